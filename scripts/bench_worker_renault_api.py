#!/usr/bin/env python
"""Benchmark worker driving renault-api (aiohttp + marshmallow) against the fake backend.

Run by scripts/bench_run.py with the interpreter of the throwaway renault-api virtual environment:
standard library + renault-api only, nothing from the project except scripts/bench_protocol.py.
renault-api is used unmodified and pointed at the fake through its ``locale_details``.
Library imports happen inside the scenarios on purpose: cold start counts them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_protocol import serve, timed_section

# The read endpoints a full refresh tries (the same keys as renault_ext.snapshot.READ_KEYS), with
# renault-api's getter for each; the model table of renault-api decides which ones a car supports.
READS: dict[str, str] = {
    "battery-status": "get_battery_status",
    "cockpit": "get_cockpit",
    "location": "get_location",
    "hvac-status": "get_hvac_status",
    "lock-status": "get_lock_status",
    "pressure": "get_tyre_pressure",
    "res-state": "get_res_state",
    "soc-levels": "get_battery_soc",
    "charge-mode": "get_charge_mode",
    "charging-settings": "get_charging_settings",
    "charge-schedule": "get_charge_schedule",
    "hvac-settings": "get_hvac_settings",
}


def _locale_details(fake: dict[str, Any]) -> dict[str, str]:
    return {
        "gigya-api-key": fake["gigya_api_key"],
        "gigya-root-url": fake["base_url"],
        "kamereon-api-key": fake["kamereon_api_key"],
        "kamereon-root-url": fake["base_url"],
    }


class Counter:
    """Counts round trips through an aiohttp trace hook."""

    def __init__(self) -> None:
        self.requests = 0

    def trace_config(self) -> Any:
        import aiohttp

        async def on_start(*_: Any) -> None:
            self.requests += 1

        config = aiohttp.TraceConfig()
        config.on_request_start.append(on_start)
        return config


async def _open(fake: dict[str, Any], counter: Counter) -> tuple[Any, Any]:
    import aiohttp
    from renault_api.renault_client import RenaultClient

    websession = aiohttp.ClientSession(trace_configs=[counter.trace_config()])
    client = RenaultClient(
        websession=websession, locale="fr_FR", locale_details=_locale_details(fake)
    )
    return websession, client


async def cold_start(command: dict[str, Any]) -> dict[str, Any]:
    stop = timed_section()
    counter = Counter()
    websession, client = await _open(command["fake"], counter)
    try:
        await client.session.login(command["user"]["email"], command["user"]["password"])
        accounts = await client.get_api_accounts()
        vehicles = await accounts[0].get_api_vehicles()
        battery = await vehicles[0].get_battery_status()
        seconds = stop()
    finally:
        await websession.close()
    return {"seconds": seconds, "requests": counter.requests, "battery_level": battery.batteryLevel}


async def _supported(vehicle: Any) -> list[str]:
    return [key for key in READS if await vehicle.supports_endpoint(key)]


async def _read_all(vehicle: Any, keys: list[str], concurrent: bool) -> int:
    """Every supported read of one car; returns the number of failed reads."""

    async def one(key: str) -> bool:
        try:
            await getattr(vehicle, READS[key])()
        except Exception:  # noqa: BLE001 - a failed read is counted, like a refresh would
            return False
        return True

    if concurrent:
        results = await asyncio.gather(*(one(k) for k in keys))
    else:
        results = [await one(k) for k in keys]
    return results.count(False)


class RenaultApi:
    def __init__(self) -> None:
        self.sessions: dict[str, tuple[Any, Counter, list[tuple[Any, list[str]]]]] = {}

    async def setup(self, command: dict[str, Any]) -> dict[str, Any]:
        counter = Counter()
        websession, client = await _open(command["fake"], counter)
        await client.session.login(command["user"]["email"], command["user"]["password"])
        vehicles = []
        for account in await client.get_api_accounts():
            vehicles.extend(await account.get_api_vehicles())
        await vehicles[0].get_battery_status()  # the JWT is minted: later timings are warm
        self.sessions[command["name"]] = (
            websession,
            counter,
            [(v, await _supported(v)) for v in vehicles],
        )
        return {
            "vehicles": len(vehicles),
            "models": [(await v.get_details()).get_model_code() for v in vehicles],
        }

    async def refresh(self, command: dict[str, Any]) -> dict[str, Any]:
        """``mode``: ``sequential`` (one awaited getter after another, the way renault-api's API and
        CLI read a car) or ``gather`` (every read of every car at once, hand-written by the user)."""
        _, counter, vehicles = self.sessions[command["name"]]
        concurrent = command.get("mode") == "gather"
        before = counter.requests
        stop = timed_section()
        if concurrent:
            failures = sum(
                await asyncio.gather(*(_read_all(v, keys, True) for v, keys in vehicles))
            )
        else:
            failures = 0
            for vehicle, keys in vehicles:
                failures += await _read_all(vehicle, keys, False)
        seconds = stop()
        return {
            "seconds": seconds,
            "requests": counter.requests - before,
            "endpoints": sum(len(keys) for _, keys in vehicles),
            "errors": failures,
        }

    async def one_request(self, command: dict[str, Any]) -> dict[str, Any]:
        _, _, vehicles = self.sessions[command["name"]]
        stop = timed_section()
        await vehicles[0][0].get_battery_status()
        return {"seconds": stop()}

    async def close(self, command: dict[str, Any]) -> dict[str, Any]:
        for websession, _, _ in self.sessions.values():
            await websession.close()
        self.sessions.clear()
        return {}

    async def parse_check(self, command: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": [i for i, parse in enumerate(_parsers(command["items"])) if parse is not None]
        }

    async def parse(self, command: dict[str, Any]) -> dict[str, Any]:
        return _throughput(_parsers(command["items"]), command["min_seconds"])


# operationId -> (document schema, attributes schema or None), as renault-api's getters use them.
_VEHICLE_DATA = {
    "getBatteryStatus": "KamereonVehicleBatteryStatusDataSchema",
    "getCockpit": "KamereonVehicleCockpitDataSchema",
    "getLocation": "KamereonVehicleLocationDataSchema",
    "getHvacStatus": "KamereonVehicleHvacStatusDataSchema",
    "getLockStatus": "KamereonVehicleLockStatusDataSchema",
    "getPressure": "KamereonVehicleTyrePressureDataSchema",
    "getResState": "KamereonVehicleResStateDataSchema",
    "getChargeMode": "KamereonVehicleChargeModeDataSchema",
    "getChargingSettings": "KamereonVehicleChargingSettingsDataSchema",
    "getHvacSettings": "KamereonVehicleHvacSettingsDataSchema",
    "getNotificationSettings": "KamereonVehicleNotificationSettingsDataSchema",
    "getChargeHistory": "KamereonVehicleChargeHistoryDataSchema",
    "getCharges": "KamereonVehicleChargesDataSchema",
    "getHvacHistory": "KamereonVehicleHvacHistoryDataSchema",
    "getHvacSessions": "KamereonVehicleHvacSessionsDataSchema",
    "getCarAdapter": "KamereonVehicleCarAdapterDataSchema",
}
_DOCUMENTS = {
    "getPerson": "KamereonPersonResponseSchema",
    "getAccountVehicles": "KamereonVehiclesResponseSchema",
    "getVehicleDetails": "KamereonVehicleDetailsResponseSchema",
    "getVehicleContracts": "KamereonVehicleContractsResponseSchema",
}


def _parser(operation_id: str, body: Any) -> Any:
    from renault_api.kamereon import schemas

    if operation_id in _VEHICLE_DATA:
        attributes = getattr(schemas, _VEHICLE_DATA[operation_id])
        document = schemas.KamereonVehicleDataResponseSchema
        return lambda: document.load(body).get_attributes(attributes)
    if operation_id in _DOCUMENTS:
        schema = getattr(schemas, _DOCUMENTS[operation_id])
        return lambda: schema.load(body)
    return None


def _parsers(items: list[list[str]]) -> list[Any]:
    out: list[Any] = []
    for operation_id, path in items:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        parse = _parser(operation_id, body) if isinstance(body, dict) else None
        try:
            if parse is not None:
                parse()
        except Exception:  # noqa: BLE001 - such a body is left out of the shared set
            parse = None
        out.append(parse)
    return out


def _throughput(parsers: list[Any], min_seconds: float) -> dict[str, Any]:
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
    """Peak memory of the fleet refresh in this fresh process (imports, login and reads)."""
    import resource
    import tracemalloc

    import renault_api.renault_client  # noqa: F401 - imports are in the RSS, not in the traced peak

    if command.get("trace", True):
        tracemalloc.start()
    counter = Counter()
    websession, client = await _open(command["fake"], counter)
    try:
        await client.session.login(command["user"]["email"], command["user"]["password"])
        vehicles = []
        for account in await client.get_api_accounts():
            vehicles.extend(await account.get_api_vehicles())
        # Concurrent, like our refresh: the like-for-like peak (sequential would hold less at once).
        await asyncio.gather(*[_read_all(v, await _supported(v), True) for v in vehicles])
    finally:
        await websession.close()
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
    worker = RenaultApi()
    await serve(
        {
            name: getattr(worker, name)
            for name in ("setup", "refresh", "one_request", "close", "parse_check", "parse")
        }
    )


if __name__ == "__main__":
    asyncio.run(main())
