"""`renault status` and the single reads (battery, cockpit, location, lock-status, tyres, ...)."""

from __future__ import annotations

from typing import Any

from renault_ext.cli.common import command, show_read, vehicle_command

# Keys `status` reads, in display order (each only if the model supports it).
STATUS_KEYS: tuple[str, ...] = (
    "battery-status",
    "charge-mode",
    "cockpit",
    "location",
    "lock-status",
    "res-state",
    "hvac-status",
    "pressure",
    "soc-levels",
)

# command -> (RenaultVehicle method, help)
SIMPLE_READS: dict[str, tuple[str, str]] = {
    "battery": ("get_battery_status", "battery level, range, plug and charge state"),
    "cockpit": ("get_cockpit", "mileage and fuel"),
    "location": ("get_location", "last known GPS position"),
    "lock-status": ("get_lock_status", "doors and hatch lock state"),
    "tyres": ("get_tyre_pressure", "tyre pressures (raw millibar; bar in `status`)"),
    "res-state": ("get_res_state", "remote engine start state"),
    "contracts": ("get_contracts", "warranty and connected-services contracts"),
    "alerts": ("get_alerts", "vehicle alerts"),
    "details": ("get_details", "vehicle details (model, energy, equipment)"),
}
_LIST_COLUMNS = {
    "contracts": ("type", "code", "description", "startDate", "endDate", "status"),
    "alerts": ("alertCode", "alertType", "criticity", "priority"),
}


def register(subparsers: Any) -> None:
    status = command(
        subparsers,
        "status",
        _run_status,
        help="everything the model supports in one table (battery, cockpit, location, hvac, ...)",
    )
    status.add_argument(
        "--all", action="store_true", help="every vehicle of the account(s), one table each"
    )
    for name, (method, text) in SIMPLE_READS.items():
        command(subparsers, name, vehicle_command(_simple_read(name, method)), help=text)


def _simple_read(name: str, method: str) -> Any:
    async def handler(cli: Any, info: Any) -> int:
        data = await getattr(info.vehicle, method)()
        if name in _LIST_COLUMNS and not cli.out.json_mode:
            return show_list(cli, info, name, data, _LIST_COLUMNS[name])
        return show_read(cli, info, name, data)

    return handler


def show_list(cli: Any, info: Any, name: str, items: Any, columns: tuple[str, ...]) -> int:
    from renault_ext.cli.output import to_jsonable

    rows = [to_jsonable(item) for item in items or []]
    if not rows:
        cli.out.line(f"{info.label}: no {name}.")
        return 0
    cli.out.table(
        columns,
        ([row.get(c) if isinstance(row, dict) else row for c in columns] for row in rows),
        title=f"{info.label} — {name}",
    )
    return 0


# -- status -----------------------------------------------------------------------------------


def _run_status(args: Any) -> int:
    from renault_ext.cli.context import run

    return run(args, _status)


async def _status(cli: Any) -> int:
    from renault_ext.cli.selection import candidate_accounts, list_vehicles, select_vehicle

    if cli.args.all:
        infos = await list_vehicles(cli, await candidate_accounts(cli))
    else:
        infos = [await select_vehicle(cli)]
    results = []
    with cli.out.spinner("Reading vehicle status…"):
        for info in infos:
            snapshot = await info.vehicle.refresh(STATUS_KEYS)
            _raise_quota(snapshot)
            results.append((info, snapshot))
    if cli.out.json_mode:
        cli.out.json(
            {
                "command": "status",
                "vehicles": [
                    {
                        "vehicle": info.describe(),
                        "summary": summary(snapshot),
                        "data": dict(snapshot.raw),
                        "errors": {k: _error_dict(e) for k, e in snapshot.errors.items()},
                    }
                    for info, snapshot in results
                ],
            }
        )
        return 0
    for info, snapshot in results:
        rows = status_rows(snapshot)
        for key, error in snapshot.errors.items():
            rows.append((f"! {key}", _error_text(error)))
        cli.out.key_values(rows, title=f"{info.label} ({info.model_code or 'unknown model'})")
    return 0


def _raise_quota(snapshot: Any) -> None:
    from renault_ext.errors import QuotaLimitError

    for error in snapshot.errors.values():
        if isinstance(error, QuotaLimitError):
            raise error


def _error_dict(error: Exception) -> dict[str, Any]:
    to_dict = getattr(error, "to_dict", None)
    return (
        to_dict() if callable(to_dict) else {"error": type(error).__name__, "message": str(error)}
    )


def _error_text(error: Exception) -> str:
    return getattr(error, "message", None) or f"{type(error).__name__}: {error}"


def _attr(snapshot: Any, key: str, name: str) -> Any:
    model = snapshot.raw.get(key)
    if model is None:
        return None
    data = model.to_dict() if hasattr(model, "to_dict") else model
    return data.get(name) if isinstance(data, dict) else None


def summary(snapshot: Any) -> dict[str, Any]:
    """The normalised values (units in the names); absent values are omitted."""
    from renault_ext import units

    values: dict[str, Any] = {}
    battery = snapshot.battery
    if battery is not None:
        values.update(
            {
                "battery_level_percent": battery.level,
                "available_energy_kwh": battery.available_energy_kwh,
                "range_km": battery.autonomy_km,
                "plug_status": _enum_name(battery.plug),
                "charge_state": _enum_name(
                    units.effective_charge_state(battery.charge_state, battery.plug)
                ),
                "charging_power_kw": battery.charging_power_kw,
                "charging_remaining_minutes": (
                    battery.remaining_time.total_seconds() / 60
                    if battery.remaining_time is not None
                    else None
                ),
                "battery_updated": battery.timestamp,
            }
        )
    values["charge_mode"] = _attr(snapshot, "charge-mode", "chargeMode")
    if snapshot.cockpit is not None:
        values.update(
            {
                "total_mileage_km": snapshot.cockpit.total_mileage_km,
                "fuel_autonomy_km": snapshot.cockpit.fuel_autonomy_km,
                "fuel_quantity_l": snapshot.cockpit.fuel_quantity_l,
            }
        )
    if snapshot.location is not None:
        values.update(
            {
                "latitude": snapshot.location.latitude,
                "longitude": snapshot.location.longitude,
                "location_updated": snapshot.location.updated,
            }
        )
    values["lock_status"] = snapshot.lock_status
    values["engine_state"] = _attr(snapshot, "res-state", "details")
    if snapshot.hvac is not None:
        values.update(
            {
                "hvac_status": snapshot.hvac.status,
                # only when False: the status above is not the car's (ZOE phase 1)
                "hvac_status_reported": None if snapshot.hvac.status_reported else False,
                "external_temperature_c": snapshot.hvac.external_temperature_c,
                "internal_temperature_c": snapshot.hvac.internal_temperature_c,
                "hvac_updated": snapshot.hvac.updated,
            }
        )
    if snapshot.tyres is not None:
        values["tyre_pressure_bar"] = {
            "front_left": snapshot.tyres.front_left_bar,
            "front_right": snapshot.tyres.front_right_bar,
            "rear_left": snapshot.tyres.rear_left_bar,
            "rear_right": snapshot.tyres.rear_right_bar,
        }
    values["soc_min_percent"] = snapshot.soc_min
    values["soc_target_percent"] = snapshot.soc_target
    return {k: v for k, v in values.items() if v is not None}


def _enum_name(value: Any) -> str | None:
    if value is None:
        return None
    name = getattr(value, "name", None)
    if name == "UNKNOWN":
        return f"UNKNOWN({getattr(value, 'raw', '?')})"
    return str(name) if name else str(value)


_LABELS: tuple[tuple[str, str, str], ...] = (
    ("battery_level_percent", "Battery level", "%"),
    ("available_energy_kwh", "Available energy", "kWh"),
    ("range_km", "Range estimate", "km"),
    ("plug_status", "Plug", ""),
    ("charge_state", "Charging", ""),
    ("charging_power_kw", "Charge power", "kW"),
    ("charging_remaining_minutes", "Time remaining", "min"),
    ("battery_updated", "Battery updated", ""),
    ("charge_mode", "Charge mode", ""),
    ("total_mileage_km", "Total mileage", "km"),
    ("fuel_autonomy_km", "Fuel range", "km"),
    ("fuel_quantity_l", "Fuel quantity", "L"),
    ("latitude", "GPS latitude", ""),
    ("longitude", "GPS longitude", ""),
    ("location_updated", "Location updated", ""),
    ("lock_status", "Lock status", ""),
    ("engine_state", "Engine state", ""),
    ("hvac_status", "HVAC", ""),
    ("external_temperature_c", "Outside temperature", "°C"),
    ("internal_temperature_c", "Inside temperature", "°C"),
    ("hvac_updated", "HVAC updated", ""),
    ("soc_min_percent", "Minimum charge level", "%"),
    ("soc_target_percent", "Target charge level", "%"),
)


def status_rows(snapshot: Any) -> list[tuple[str, Any]]:
    from renault_ext.cli.output import format_value

    values = summary(snapshot)
    rows: list[tuple[str, Any]] = []
    for key, label, unit in _LABELS:
        if key in values:
            text = format_value(values[key])
            if key == "hvac_status" and values.get("hvac_status_reported") is False:
                text += " (as reported: this model always reports off)"
            rows.append((label, f"{text} {unit}".strip()))
    tyres = values.get("tyre_pressure_bar")
    if tyres:
        for position, bar in tyres.items():
            if bar is not None:
                rows.append((f"Tyre {position.replace('_', ' ')}", f"{bar:.2f} bar"))
    return rows
