"""`renault fake-server`: run the embedded fake Renault backend (Gigya + Kamereon) on one origin."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from renault_ext.cli.failures import CliError, fake_backend_module

if TYPE_CHECKING:  # the fake pulls in starlette/uvicorn: imported only when this command runs
    from renault_ext.fake.config import FakeBackend


def _latency(text: str) -> tuple[float, float]:
    base, _, jitter = text.partition(":")
    try:
        return float(base), float(jitter or 0)
    except ValueError:
        raise argparse.ArgumentTypeError("expected MS or MS:JITTER, e.g. 200:50") from None


def _quota(text: str) -> int:
    value = text.removesuffix("/min")
    if not value.isdigit() or int(value) <= 0:
        raise argparse.ArgumentTypeError("expected N/min, e.g. 30/min")
    return int(value)


def _rate(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("expected a probability between 0 and 1")
    return value


def _fault_kinds(text: str) -> tuple[str, ...]:
    try:
        from renault_ext.fake.controls import check_fault_kinds
    except ImportError:  # no `fake` extra: run() says so
        return tuple(k.strip() for k in text.split(",") if k.strip())
    try:
        return check_fault_kinds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fake-server",
        help="run the embedded fake Renault backend (demo accounts, no network)",
        description=(
            "Serve the Gigya (/accounts.*) and Kamereon (/commerce/v1/...) paths on one local origin, "
            "from the spec and fixtures, with demo accounts, simulated time and fault injection. "
            "Point any client at the printed URL (it accepts the real public API keys)."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port (default 8765)")
    parser.add_argument("--latency", type=_latency, default=(0.0, 0.0), metavar="MS[:JITTER]")
    parser.add_argument(
        "--fault-rate",
        type=_rate,
        default=0.0,
        metavar="F",
        help="probability that a Kamereon call fails (502 page, failed forward, ...)",
    )
    parser.add_argument(
        "--fault-kinds",
        type=_fault_kinds,
        default=None,
        metavar="K1,K2",
        help="restrict the random faults (http_502_html, failed_forward, invalid_upstream, "
        "truncated_body, slow_body, jwt_revocation, empty_body)",
    )
    parser.add_argument(
        "--quota",
        type=_quota,
        default=None,
        metavar="N/min",
        help="Kamereon calls allowed per account per minute (then 429 overloaded)",
    )
    parser.add_argument("--gigya-outage", action="store_true", help="Gigya answers 503 pages")
    parser.add_argument("--jwt-lifetime", type=int, default=900, metavar="S")
    parser.add_argument("--seed", type=int, default=None, metavar="N", help="reproducible run")
    parser.add_argument(
        "--speed", type=float, default=1.0, help="simulated seconds per real second"
    )
    parser.add_argument(
        "--test-endpoints", action="store_true", help="serve the /_fake/... helpers"
    )
    parser.add_argument("--fixtures-dir", type=Path, default=None)
    parser.add_argument("--spec", type=Path, default=None, help="bundled OpenAPI document")
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="print one line per request (tokens, keys and VINs redacted)",
    )
    parser.set_defaults(handler=run)


def config_from_args(args: argparse.Namespace) -> FakeBackend:
    from renault_ext.fake.config import FakeBackend, Faults

    latency, jitter = args.latency
    faults = Faults(
        latency_ms=latency,
        jitter_ms=jitter,
        fault_rate=args.fault_rate,
        quota_per_minute=args.quota,
        gigya_outage=args.gigya_outage,
    )
    if args.fault_kinds:
        faults.kinds = args.fault_kinds
    return FakeBackend(
        host=args.host,
        port=args.port,
        seed=args.seed,
        jwt_lifetime=args.jwt_lifetime,
        clock_speed=args.speed,
        faults=faults,
        fixtures_dir=args.fixtures_dir,
        spec_path=args.spec,
        test_endpoints=args.test_endpoints,
        access_log=args.access_log,
    )


def banner(handle) -> str:
    demo = handle.demo
    lines = [
        f"Fake Renault backend on {handle.base_url}  (Gigya and Kamereon root URL)",
        f"  Gigya API key:    {demo.gigya_api_key}  (public app key)",
        f"  Kamereon API key: {demo.kamereon_api_key}  (public app key)",
        "  Demo accounts (demo data):",
    ]
    for user in demo.users:
        extra = "  [2FA by e-mail: code in this log]" if user.tfa else ""
        lines.append(f"    {user.email} / {user.password}  ({len(user.vins)} vehicles){extra}")
    lines.append("Press Ctrl+C to stop.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        running_fake_backend = fake_backend_module().running_fake_backend
    except CliError as error:
        print(f"fake-server: {error}", file=sys.stderr)
        return error.exit_code
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        with running_fake_backend(config_from_args(args)) as handle:
            print(banner(handle), flush=True)
            try:
                threading.Event().wait()
            except KeyboardInterrupt:
                pass
    except OSError as exc:
        print(f"fake-server: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0
