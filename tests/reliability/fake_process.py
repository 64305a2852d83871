"""Run the fake backend in a child process, for tests that measure the client's own memory.

    python fake_process.py '{"seed": 7, "demo_file": "...", "jwt_lifetime": 70, ...}'

Prints one JSON line (``base_url`` and the demo credentials) once the server listens, then serves
until its standard input closes (the parent died or closed the pipe): no orphan server survives a
crashed test run. The ``/_fake/...`` endpoints are on, so the parent drives time and faults over
HTTP. Everything binds to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from renault_ext.fake import FakeBackend, Faults, running_fake_backend_async


def _config(raw: dict[str, Any]) -> FakeBackend:
    faults = Faults(**raw.pop("faults", {}))
    if raw.get("demo_file"):
        raw["demo_file"] = Path(raw["demo_file"])
    if raw.get("start_time") is not None:
        raw["start_time"] = datetime.fromtimestamp(float(raw["start_time"]), UTC)
    return FakeBackend(host="127.0.0.1", port=0, test_endpoints=True, faults=faults, **raw)


async def _serve(config: FakeBackend) -> None:
    async with running_fake_backend_async(config) as handle:
        demo = handle.demo
        print(
            json.dumps(
                {
                    "base_url": handle.base_url,
                    "gigya_api_key": demo.gigya_api_key,
                    "kamereon_api_key": demo.kamereon_api_key,
                    "email": demo.email,
                    "password": demo.password,
                    "person_id": demo.main.person_id,
                    "account_ids": list(demo.main.account_ids),
                    "vins": list(demo.main.vins),
                }
            ),
            flush=True,
        )
        loop = asyncio.get_running_loop()
        # Blocks a worker thread until EOF on stdin: the parent's pipe is our lifeline.
        await loop.run_in_executor(None, sys.stdin.read)


def main() -> None:
    asyncio.run(_serve(_config(json.loads(sys.argv[1]))))


if __name__ == "__main__":
    main()
