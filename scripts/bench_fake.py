#!/usr/bin/env python
"""Run the fake backend for scripts/bench in its own process (its CPU must not count as a client's).

Prints one JSON line (base URL, API keys, demo users) once the server accepts connections, then
serves until stdin closes. Loopback only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEMO = ROOT / "benchmarks" / "demo_fleet.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--jitter-ms", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--demo-file", type=Path, default=DEFAULT_DEMO)
    args = parser.parse_args()

    from renault_ext.fake import FakeBackend, Faults, running_fake_backend

    config = FakeBackend(
        host="127.0.0.1",
        seed=args.seed,
        demo_file=args.demo_file,
        test_endpoints=False,
        faults=Faults(latency_ms=args.latency_ms, jitter_ms=args.jitter_ms),
    )
    with running_fake_backend(config) as fake:
        info = {
            "base_url": fake.base_url,
            "gigya_api_key": fake.demo.gigya_api_key,
            "kamereon_api_key": fake.demo.kamereon_api_key,
            "users": [
                {"email": u.email, "password": u.password, "vins": len(u.vins)}
                for u in fake.demo.users
            ],
        }
        sys.stdout.write(json.dumps(info) + "\n")
        sys.stdout.flush()
        sys.stdin.read()  # the orchestrator closes our stdin when it is done
    return 0


if __name__ == "__main__":
    sys.exit(main())
