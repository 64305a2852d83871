"""One typed picture of a vehicle after :meth:`RenaultVehicle.refresh`.

Raw generated models stay available (``snapshot.raw[key]``); the normalised views beside them
settle the per-model quirks once: power in kW (watts on the models the table flags, and on a GDC
gateway once ``get_car_adapter()`` has been read), pressures in bar,
timestamps as aware datetimes, plug and charge states as enums that keep unknown values.
A failed endpoint is an entry in ``errors``, never a failed refresh.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from renault_ext import units

_LOG = logging.getLogger(__name__)

# The reads a refresh tries, in display order (logical keys of the model table).
READ_KEYS: tuple[str, ...] = (
    "battery-status",
    "cockpit",
    "location",
    "hvac-status",
    "lock-status",
    "pressure",
    "res-state",
    "soc-levels",
    "charge-mode",
    "charging-settings",
    "charge-schedule",
    "hvac-settings",
)


def _plain(model: Any) -> Any:
    """The wire form of a generated model (declared and extra fields alike), converted once."""
    return model.to_dict() if hasattr(model, "to_dict") else model


def _field(data: Any, wire_name: str) -> Any:
    """A value of a plain (wire-form) document by its wire name."""
    return data.get(wire_name) if isinstance(data, dict) else None


def _timestamp(model: Any, *names: str) -> datetime | None:
    for name in names:
        value = _field(model, name)
        if value:
            try:
                return units.parse_timestamp(value)
            except (ValueError, TypeError, AttributeError):  # a number, a list...: not a time
                _LOG.warning("unreadable timestamp in %s", name)
    return None


def _number(value: Any, name: str) -> float | None:
    """A numeric field as a number, or None (with a warning) when Renault sent something else:
    the generated models do not check types, and one odd value must not lose the snapshot."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        _LOG.warning("%s is not a number", name)
        return None


def _session_in_minutes(item: dict[str, Any], duration: float | None, model_says: bool) -> bool:
    """Minutes or seconds: the model table says (X101VE: minutes), but the session's own start
    and end settle it when both are there (a Mégane E-Tech capture counts minutes too)."""
    start, end = _timestamp(item, "chargeStartDate"), _timestamp(item, "chargeEndDate")
    if duration is None or start is None or end is None or duration <= 0:
        return model_says
    elapsed = (end - start).total_seconds()
    if elapsed <= 0:
        return model_says
    return abs(duration * 60 - elapsed) < abs(duration - elapsed)


@dataclass(frozen=True)
class BatteryView:
    level: int | None  # %
    autonomy_km: float | None
    available_energy_kwh: float | None  # None when the car reports 0 (= unknown)
    plug: Any  # units.PlugStatus | units.UnknownValue | None
    charge_state: Any  # units.ChargeState | units.UnknownValue | None
    charging_power_kw: float | None
    remaining_time: timedelta | None
    timestamp: datetime | None


@dataclass(frozen=True)
class CockpitView:
    total_mileage_km: float | None
    fuel_autonomy_km: float | None
    fuel_quantity_l: float | None


@dataclass(frozen=True)
class LocationView:
    latitude: float | None
    longitude: float | None
    updated: datetime | None


@dataclass(frozen=True)
class HvacView:
    status: str | None
    external_temperature_c: float | None
    internal_temperature_c: float | None
    updated: datetime | None
    # False on models whose hvac-status always says "off" (ZOE phase 1): `status` is what Renault
    # sent, not what the car does.
    status_reported: bool = True


@dataclass(frozen=True)
class TyresView:
    front_left_bar: float | None
    front_right_bar: float | None
    rear_left_bar: float | None
    rear_right_bar: float | None


@dataclass(frozen=True)
class VehicleSnapshot:
    vin: str = field(repr=False)
    model_code: str | None
    raw: dict[str, Any]
    errors: dict[str, Exception]
    battery: BatteryView | None = None
    cockpit: CockpitView | None = None
    location: LocationView | None = None
    hvac: HvacView | None = None
    lock_status: str | None = None
    tyres: TyresView | None = None
    soc_min: int | None = None
    soc_target: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ChargeSessionView:
    """One past charge of ``charges``, with its duration as a timedelta whatever the model."""

    start: datetime | None
    end: datetime | None
    duration: timedelta | None
    start_level: int | None  # %
    end_level: int | None  # %
    energy_kwh: float | None
    end_status: str | None


def charge_sessions(model: Any, specifications: frozenset[str]) -> list[ChargeSessionView]:
    """Normalised ``charges[]`` of a charges read (durations: minutes on X101VE, else seconds)."""
    in_minutes = "reports-charge-session-durations-in-minutes" in specifications
    sessions = []
    for item in _field(_plain(model), "charges") or []:
        if not isinstance(item, dict):
            continue
        duration = _number(item.get("chargeDuration"), "chargeDuration")
        sessions.append(
            ChargeSessionView(
                start=_timestamp(item, "chargeStartDate"),
                end=_timestamp(item, "chargeEndDate"),
                duration=units.charge_session_duration(
                    duration, in_minutes=_session_in_minutes(item, duration, in_minutes)
                ),
                start_level=item.get("chargeStartBatteryLevel"),
                end_level=item.get("chargeEndBatteryLevel"),
                energy_kwh=item.get("chargeEnergyRecovered"),
                end_status=item.get("chargeEndStatus"),
            )
        )
    return sessions


def _battery(model: Any, specifications: frozenset[str]) -> BatteryView:
    energy = _field(model, "batteryAvailableEnergy")
    return BatteryView(
        level=_field(model, "batteryLevel"),
        autonomy_km=_field(model, "batteryAutonomy"),
        available_energy_kwh=energy or None,
        plug=units.PlugStatus.from_raw(_field(model, "plugStatus")),
        charge_state=units.ChargeState.from_raw(_field(model, "chargingStatus")),
        charging_power_kw=units.charging_power_kw(
            _number(_field(model, "chargingInstantaneousPower"), "chargingInstantaneousPower"),
            reports_in_watts="reports-charging-power-in-watts" in specifications,
        ),
        remaining_time=units.minutes_duration(
            _number(_field(model, "chargingRemainingTime"), "chargingRemainingTime")
        ),
        timestamp=_timestamp(model, "timestamp"),
    )


def build_snapshot(
    *, vin: str, model_code: str | None, results: dict[str, Any], specifications: frozenset[str]
) -> VehicleSnapshot:
    raw = {k: v for k, v in results.items() if not isinstance(v, Exception)}
    errors = {k: v for k, v in results.items() if isinstance(v, Exception)}
    plain = {k: _plain(v) for k, v in raw.items()}
    views: dict[str, Any] = {}
    if plain.get("battery-status") is not None:
        views["battery"] = _battery(plain["battery-status"], specifications)
    if (cockpit := plain.get("cockpit")) is not None:
        views["cockpit"] = CockpitView(
            _field(cockpit, "totalMileage"),
            _field(cockpit, "fuelAutonomy"),
            _field(cockpit, "fuelQuantity"),
        )
    if (location := plain.get("location")) is not None:
        views["location"] = LocationView(
            _field(location, "gpsLatitude"),
            _field(location, "gpsLongitude"),
            _timestamp(location, "lastUpdateTime"),
        )
    if (hvac := plain.get("hvac-status")) is not None:
        views["hvac"] = HvacView(
            _field(hvac, "hvacStatus"),
            _field(hvac, "externalTemperature"),
            _field(hvac, "internalTemperature"),
            _timestamp(hvac, "lastUpdateTime"),
            status_reported="hvac-status-always-off" not in specifications,
        )
    if (lock := plain.get("lock-status")) is not None:
        views["lock_status"] = _field(lock, "lockStatus")
    if (pressure := plain.get("pressure")) is not None:
        views["tyres"] = TyresView(
            *(
                units.tyre_pressure_bar(_number(_field(pressure, name), name))
                for name in ("flPressure", "frPressure", "rlPressure", "rrPressure")
            )
        )
    if (soc := plain.get("soc-levels")) is not None:
        views["soc_min"] = _field(soc, "socMin")
        views["soc_target"] = _field(soc, "socTarget")
    return VehicleSnapshot(vin=vin, model_code=model_code, raw=raw, errors=errors, **views)
