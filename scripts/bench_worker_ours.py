#!/usr/bin/env python
"""Benchmark worker driving OUR client (renault_ext) against the fake backend.

Run by scripts/bench_run.py with the project's interpreter; speaks scripts/bench_protocol.py.
``--once cold_start|memory`` runs one scenario (JSON command on stdin) in this fresh process and prints
one JSON line.
Library imports happen inside the scenarios on purpose: cold start counts them.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_protocol import serve, timed_section


def _counting_transport() -> Any:
    """An httpx transport that counts round trips (one per request sent)."""
    import httpx

    class Counting(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()
            self.requests = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.requests += 1
            return await self.inner.handle_async_request(request)

        async def aclose(self) -> None:
            await self.inner.aclose()

    return Counting()


def _client(fake: dict[str, Any], transport: Any) -> Any:
    from renault_ext.client import RenaultClient

    return RenaultClient(
        locale="fr_FR",
        gigya_url=fake["base_url"],
        kamereon_url=fake["base_url"],
        gigya_api_key=fake["gigya_api_key"],
        kamereon_api_key=fake["kamereon_api_key"],
        http_transport=transport,
    )


async def _vehicles(client: Any, user: dict[str, Any]) -> list[Any]:
    await client.session.login(user["email"], user["password"])
    vehicles: list[Any] = []
    for account in await client.get_api_accounts():
        vehicles.extend(await account.get_api_vehicles())
    return vehicles


async def cold_start(command: dict[str, Any]) -> dict[str, Any]:
    """Construct, log in, list accounts and vehicles, read the battery: time to first answer."""
    stop = timed_section()
    transport = _counting_transport()
    client = _client(command["fake"], transport)
    try:
        await client.session.login(command["user"]["email"], command["user"]["password"])
        accounts = await client.get_api_accounts()
        vehicles = await accounts[0].get_api_vehicles()
        battery = await vehicles[0].get_battery_status()
        seconds = stop()
        level = getattr(battery, "battery_level", None)
    finally:
        await client.aclose()
    return {"seconds": seconds, "requests": transport.requests, "battery_level": level}


class Ours:
    """The long-lived worker: logged-in clients by name, reused across timed commands."""

    def __init__(self) -> None:
        self.sessions: dict[str, tuple[Any, Any, list[Any]]] = {}

    async def setup(self, command: dict[str, Any]) -> dict[str, Any]:
        transport = _counting_transport()
        client = _client(command["fake"], transport)
        vehicles = await _vehicles(client, command["user"])
        await vehicles[0].get_battery_status()  # the JWT is minted: later timings are warm
        self.sessions[command["name"]] = (client, transport, vehicles)
        return {"vehicles": len(vehicles), "models": [await v.model_code() for v in vehicles]}

    async def refresh(self, command: dict[str, Any]) -> dict[str, Any]:
        _, transport, vehicles = self.sessions[command["name"]]
        before = transport.requests
        stop = timed_section()
        snapshots = await asyncio.gather(*(v.refresh() for v in vehicles))
        seconds = stop()
        return {
            "seconds": seconds,
            "requests": transport.requests - before,
            "endpoints": sum(len(s.raw) + len(s.errors) for s in snapshots),
            "errors": sum(len(s.errors) for s in snapshots),
        }

    async def one_request(self, command: dict[str, Any]) -> dict[str, Any]:
        vehicles = self.sessions[command["name"]][2]
        stop = timed_section()
        await vehicles[0].get_battery_status()
        return {"seconds": stop()}

    async def close(self, command: dict[str, Any]) -> dict[str, Any]:
        for client, _, _ in self.sessions.values():
            await client.aclose()
        self.sessions.clear()
        return {}

    async def parse_check(self, command: dict[str, Any]) -> dict[str, Any]:
        parsers = _parsers(command["items"])
        return {"ok": [i for i, parse in enumerate(parsers) if parse is not None]}

    async def parse(self, command: dict[str, Any]) -> dict[str, Any]:
        return _throughput(_parsers(command["items"]), command["min_seconds"])


_CLASS_200 = re.compile(r"response_200 = (\w+)\.from_dict\(")


def _document_class(operation_id: str) -> Any:
    """The generated model of an operation's 200 answer (as its generated parser uses it)."""
    import inspect

    from renault_ext.operations import OperationModules

    module = OperationModules().get(operation_id)
    match = _CLASS_200.search(inspect.getsource(module._parse_response))
    return getattr(module, match.group(1)) if match else None


def _parsers(items: list[list[str]]) -> list[Any]:
    """One zero-argument callable per (operationId, body file), or None when it does not parse."""
    out: list[Any] = []
    for operation_id, path in items:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        cls = _document_class(operation_id)
        if cls is None or not isinstance(body, dict):
            out.append(None)
            continue
        try:
            cls.from_dict(body)
        except Exception:  # noqa: BLE001 - such a body is left out of the shared set
            out.append(None)
            continue
        out.append(lambda cls=cls, body=body: cls.from_dict(body))
    return out


def _throughput(parsers: list[Any], min_seconds: float) -> dict[str, Any]:
    """Bodies per second: whole passes over the set, for at least ``min_seconds``; best of 3 slices."""
    usable = [p for p in parsers if p is not None]
    rates = []
    for _ in range(3):
        count, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < min_seconds / 3:
            for parse in usable:
                parse()
            count += len(usable)
        rates.append(count / elapsed)
    return {"bodies_per_second": max(rates), "bodies": len(usable)}


async def memory(command: dict[str, Any]) -> dict[str, Any]:
    """Peak memory of the fleet refresh in this fresh process: RSS (imports included) and the
    traced peak of login + refresh."""
    import resource
    import tracemalloc

    import renault_ext.client  # noqa: F401 - imports are in the RSS, not in the traced peak

    if command.get("trace", True):
        tracemalloc.start()  # after the imports: tracing them would take seconds
    transport = _counting_transport()
    client = _client(command["fake"], transport)
    try:
        vehicles = await _vehicles(client, command["user"])
        await asyncio.gather(*(v.refresh() for v in vehicles))
    finally:
        await client.aclose()
    peak = tracemalloc.get_traced_memory()[1] if tracemalloc.is_tracing() else None
    return {
        "tracemalloc_peak_mb": None if peak is None else peak / 2**20,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


async def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--once":
        scenario = {"cold_start": cold_start, "memory": memory}[sys.argv[2]]
        print(json.dumps(await scenario(json.loads(sys.stdin.read()))))
        return
    worker = Ours()
    await serve(
        {
            name: getattr(worker, name)
            for name in ("setup", "refresh", "one_request", "close", "parse_check", "parse")
        }
    )


if __name__ == "__main__":
    asyncio.run(main())
