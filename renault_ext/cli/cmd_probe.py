"""`renault probe`: try every vehicle read of the spec and print the model-table entry it implies.

GET only (nothing is sent to the car), one request at a time with a pause between them, and it
stops at the first quota error. Requests go through the raw Kamereon client: the question is
"does this endpoint answer for this car", not "does the answer match the spec" (that is
`renault validate`'s job, e.g. on the --log of a probe).
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from renault_ext.cli.common import command, vehicle_command

DEFAULT_DELAY = 2.0  # seconds between requests against the real servers
_TRANSIENT = (
    "FailedForwardError",
    "InvalidUpstreamError",
    "ServiceUnavailableError",
    "TransportError",
    "RequestTimeoutError",
    "ConnectError",
    "HtmlResponseError",
)


@dataclass
class ProbeResult:
    operation: str
    path: str
    keys: list[str]
    result: str  # ok | failed | transient | skipped
    http_status: int | None = None
    code: str | None = None
    message: str | None = None


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError("must be 0 or more seconds")
    return value


def register(subparsers: Any) -> None:
    parser = command(
        subparsers,
        "probe",
        vehicle_command(_probe),
        help="try every read endpoint on the selected vehicle and print its model-table entry",
    )
    parser.add_argument(
        "--delay",
        type=_non_negative,
        default=None,
        metavar="SECONDS",
        help=f"pause between requests (default {DEFAULT_DELAY:g}; 0 with --fake)",
    )


def vehicle_reads(spec: dict[str, Any]) -> list[Any]:
    from renault_ext.spec import iter_operations

    return [
        op
        for op in iter_operations(spec)
        if op.method == "GET" and "{vin}" in op.path and not op.is_gigya and "/accounts/" in op.path
    ]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/")
    ):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(target, dict)
                else {}
            )
        node = target
    return node


def _query(op: Any, settings: Any, spec: dict[str, Any]) -> dict[str, str]:
    """Values for the required query parameters (``country`` is added by the session)."""
    today = date.today()
    params = [_resolve(spec, p) for p in op.node.get("parameters", [])]
    params = [p for p in params if isinstance(p, dict)]
    names = {p.get("name") for p in params if p.get("in") == "query" and p.get("required")}
    monthly = "type" in names
    start = today - timedelta(days=30)
    query: dict[str, str] = {}
    for name in names:
        if name == "country":
            continue
        if name == "type":
            query[name] = "month"
        elif name in ("start", "end"):
            day = start if name == "start" else today
            query[name] = day.strftime("%Y%m" if monthly else "%Y%m%d")
        elif name == "locale":
            query[name] = settings.locale
        elif name == "brand":
            query[name] = "RENAULT"
        else:
            query[name] = "true"
    return query


def _keys_by_operation(table: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key in table.logical_keys:
        if key.startswith("actions/"):
            continue
        found.setdefault(table.default_definition(key).operation_id, []).append(key)
    return found


async def _probe(cli: Any, info: Any) -> int:
    from renault_ext import errors
    from renault_ext.spec import load_spec

    delay = (
        cli.args.delay
        if cli.args.delay is not None
        else (0.0 if cli.fake is not None else DEFAULT_DELAY)
    )
    session = cli.session
    keys_of = _keys_by_operation(cli.client.model_table)
    results: list[ProbeResult] = []
    stopped = False
    spec = load_spec()
    operations = sorted(vehicle_reads(spec), key=lambda o: o.operation_id)
    with cli.out.spinner("Probing endpoints…"):
        for number, op in enumerate(operations):
            if stopped:
                results.append(
                    ProbeResult(
                        op.operation_id, op.path, keys_of.get(op.operation_id, []), "skipped"
                    )
                )
                continue
            if number and delay:
                await asyncio.sleep(delay)
            path = op.path.replace("{accountId}", info.account.account_id).replace(
                "{vin}", info.vin
            )
            result = ProbeResult(
                op.operation_id, op.path, keys_of.get(op.operation_id, []), "ok", 200
            )
            try:
                await session.http_request(
                    "GET",
                    path,
                    params=_query(op, session.settings, spec),
                    account_id=info.account.account_id,
                )
            except errors.QuotaLimitError as error:
                stopped = True
                # Says nothing about the endpoint: not "failed" (the entry would call it unsupported).
                result.result, result.http_status, result.code = (
                    "transient",
                    error.status,
                    error.code,
                )
                result.message = "quota reached: probe stopped, try again later"
            except errors.RenaultError as error:
                transient = type(error).__name__ in _TRANSIENT
                result.result = "transient" if transient else "failed"
                result.http_status = getattr(error, "status", None)
                result.code = getattr(error, "code", None)
                result.code = str(result.code) if result.code is not None else None
                result.message = getattr(error, "details", None) or error.message
            results.append(result)
    entry = model_entry(info, results, cli.client.model_table)
    current = cli.client.model_table.entry_for(info.model_code) if info.model_code else {}
    if cli.out.json_mode:
        cli.out.json(
            {
                "command": "probe",
                "vehicle": info.describe(),
                "stopped_by_quota": stopped,
                "results": [asdict(r) for r in results],
                "model_table_entry": entry,
                "current_entry": current,
            }
        )
        return 4 if stopped else 0
    _print(cli, info, results, entry, stopped)
    return 4 if stopped else 0


def model_entry(info: Any, results: list[ProbeResult], table: Any = None) -> dict[str, Any]:
    """The models.yaml entry the results imply (only keys whose default operation was tried).

    A key the table already routes through another mode (kcm-settings...) keeps that mode: the
    probe only tried the default operation.
    """
    endpoints: dict[str, Any] = {}
    for result in results:
        for key in result.keys:
            routed = (
                table.get_endpoint_definition(info.model_code, key)
                if table is not None and info.model_code
                else None
            )
            if routed is not None and routed.mode != "default":
                endpoints[key] = routed.mode
            elif result.result == "ok":
                endpoints[key] = "default"
            elif result.result == "failed" and result.http_status is not None:
                unsupported: dict[str, Any] = {"status": result.http_status}
                if result.code:
                    unsupported["code"] = result.code
                if result.message:
                    unsupported["reason"] = result.message[:120]
                endpoints[key] = {"unsupported": unsupported}
    return {
        info.model_code or "UNKNOWN": {
            "name": " ".join(p for p in (info.brand, info.model) if p) or None,
            "brand": info.brand,
            "endpoints": dict(sorted(endpoints.items())),
        }
    }


def _print(
    cli: Any, info: Any, results: list[ProbeResult], entry: dict[str, Any], stopped: bool
) -> None:
    import yaml

    cli.out.table(
        ("Operation", "Keys", "Result", "HTTP", "Code", "Message"),
        [
            (r.operation, ", ".join(r.keys), r.result, r.http_status, r.code, r.message)
            for r in results
        ],
        title=f"{info.label} ({info.model_code}) — read endpoints",
    )
    ok = sum(r.result == "ok" for r in results)
    cli.out.line(
        f"{ok} of {len(results)} read endpoints answered. Actions were not tried (GET only)."
    )
    if stopped:
        cli.out.message(
            "Stopped at a quota error: run the probe again later for the remaining endpoints."
        )
    cli.out.line("")
    cli.out.line("Model table entry (put it in your models file, or paste it in an issue):")
    cli.out.line(yaml.safe_dump({"models": entry}, sort_keys=False, allow_unicode=True).rstrip())
