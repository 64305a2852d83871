"""The world the fake serves: users, accounts, vehicles and their simulated state.

State changes through actions (handlers) and simulated time (:meth:`World.sync`, called before
every read). All mutation happens under one lock: the server thread and the test thread share it.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.fake.clock import SimClock
from renault_ext.fake.quirks import NO_QUIRKS, ModelQuirks, load_quirks
from renault_ext.yamlio import load_yaml

DEMO_FILE = Path(__file__).with_name("demo.yaml")
HVAC_RUN_SECONDS = 15 * 60  # the car stops preconditioning on its own after a while
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# chargingStatus values (facts §6.1)
NOT_IN_CHARGE = 0.0
WAITING_PLANNED = 0.1
CHARGE_ENDED = 0.2
CHARGE_IN_PROGRESS = 1.0


@dataclass
class User:
    email: str
    password: str
    uid: str
    person_id: str
    country: str
    accounts: list[dict[str, str]]
    tfa: str | None = None
    tfa_cleared: bool = False
    """Set once the TFA chain is finalised: later logins succeed (like a trusted device)."""


@dataclass
class ChargeSession:
    start: float
    end: float
    start_level: float
    end_level: float
    energy_kwh: float
    power_kw: float
    status: str = "ok"


@dataclass
class HvacSession:
    start: float
    end: float
    target_temperature: float


@dataclass
class Vehicle:
    vin: str
    account_id: str
    plate: str
    model_code: str
    model_label: str
    brand: str
    engine_energy_type: str
    fixture_hints: tuple[str, ...]
    reports_watts: bool = False
    durations_in_minutes: bool = False
    # battery
    has_battery: bool = False
    capacity_kwh: float = 0.0
    level: float = 0.0
    plugged: bool = False
    charge_power_kw: float = 0.0
    consumption: float = 0.0  # kWh/100 km
    charging: bool = False
    charging_status: float = NOT_IN_CHARGE
    charge_started_at: float | None = None
    charge_start_level: float = 0.0
    delayed_start_at: float | None = None
    paused: bool = False
    battery_ts: float = 0.0
    # fuel
    has_fuel: bool = False
    tank_l: float = 0.0
    fuel_l: float = 0.0
    fuel_consumption: float = 0.0  # L/100 km
    # body
    mileage: float = 0.0
    latitude: float = 0.0
    longitude: float = 0.0
    location_ts: float = 0.0
    locked: bool = True
    # hvac
    hvac_on: bool = False
    hvac_started_at: float | None = None
    hvac_target: float = 21.0
    hvac_next_start: float | None = None
    external_temperature: float = 12.0
    hvac_ts: float = 0.0
    # settings
    charge_mode: str = "always"  # canonical: always | scheduled
    charge_schedules: list[dict[str, Any]] = field(default_factory=list)
    hvac_schedules: list[dict[str, Any]] = field(default_factory=list)
    ev_settings: dict[str, Any] = field(default_factory=dict)
    soc_min: int = 20
    soc_target: int = 80
    soc_ts: float = 0.0
    # history and events
    charge_sessions: list[ChargeSession] = field(default_factory=list)
    hvac_sessions: list[HvacSession] = field(default_factory=list)
    horn_lights: list[tuple[float, str]] = field(default_factory=list)
    last_synced: float = 0.0

    @property
    def autonomy_km(self) -> int:
        if not self.has_battery or self.consumption <= 0:
            return 0
        return int(self.capacity_kwh * self.level / 100 / self.consumption * 100)

    @property
    def available_energy(self) -> float:
        return round(self.capacity_kwh * self.level / 100, 1)

    @property
    def fuel_autonomy_km(self) -> int:
        if not self.has_fuel or self.fuel_consumption <= 0:
            return 0
        return int(self.fuel_l / self.fuel_consumption * 100)

    @property
    def charge_limit(self) -> float:
        return float(self.soc_target) if self.soc_target else 100.0

    # -- simulation -----------------------------------------------------------------------
    def start_charge(self, now: float) -> None:
        if not self.has_battery:
            return
        self.delayed_start_at = None
        self.paused = False
        if not self.plugged:
            # The car accepts the order and waits for the plug (status "waiting for current").
            self.charging_status = 0.3
            self.battery_ts = now
            return
        if self.level >= self.charge_limit:
            self.charging_status = CHARGE_ENDED
            self.battery_ts = now
            return
        self.charging = True
        self.charging_status = CHARGE_IN_PROGRESS
        self.charge_started_at = now
        self.charge_start_level = self.level
        self.battery_ts = now

    def stop_charge(self, now: float, status: float = NOT_IN_CHARGE) -> None:
        self.delayed_start_at = None
        if self.charging and self.charge_started_at is not None:
            self._record_charge(now)
        self.charging = False
        self.charge_started_at = None
        self.charging_status = status
        self.battery_ts = now

    def _record_charge(self, end: float) -> None:
        assert self.charge_started_at is not None
        gained = self.level - self.charge_start_level
        self.charge_sessions.append(
            ChargeSession(
                start=self.charge_started_at,
                end=end,
                start_level=self.charge_start_level,
                end_level=self.level,
                energy_kwh=round(gained * self.capacity_kwh / 100, 2),
                power_kw=self.charge_power_kw,
            )
        )

    def sync(self, now: float) -> None:
        """Move the simulation forward to ``now`` (idempotent)."""
        if now <= self.last_synced:
            return
        if self.delayed_start_at is not None and now >= self.delayed_start_at:
            start = self.delayed_start_at
            self.last_synced = max(self.last_synced, start)
            self.start_charge(start)
        if self.charging and self.charge_started_at is not None and self.capacity_kwh > 0:
            rate = self.charge_power_kw / self.capacity_kwh * 100 / 3600  # % per second
            since = max(self.last_synced, self.charge_started_at)
            needed = (self.charge_limit - self.level) / rate if rate > 0 else float("inf")
            if now - since >= needed:
                self.level = self.charge_limit
                self.stop_charge(since + needed, CHARGE_ENDED)
            else:
                self.level = min(self.charge_limit, self.level + rate * (now - since))
                self.battery_ts = now
        started = self.hvac_started_at
        if self.hvac_on and started is not None and now - started >= HVAC_RUN_SECONDS:
            self.stop_hvac(started + HVAC_RUN_SECONDS)
        self.last_synced = now

    def start_hvac(self, now: float, target: float, at: float | None) -> None:
        self.hvac_target = target
        if at is not None and at > now:
            self.hvac_next_start = at
        else:
            self.hvac_on = True
            self.hvac_started_at = now
            self.hvac_next_start = None
        self.hvac_ts = now

    def stop_hvac(self, now: float) -> None:
        if self.hvac_on and self.hvac_started_at is not None:
            self.hvac_sessions.append(HvacSession(self.hvac_started_at, now, self.hvac_target))
            if self.has_battery and not self.plugged:
                # Preconditioning draws about 3 kW from the traction battery.
                used = 3.0 * (now - self.hvac_started_at) / 3600 / self.capacity_kwh * 100
                self.level = max(0.0, self.level - used)
        self.hvac_on = False
        self.hvac_started_at = None
        self.hvac_next_start = None
        self.hvac_ts = now

    def drive(self, now: float, km: float) -> None:
        """A trip of ``km``: unplugs, uses energy/fuel, adds mileage, moves the car a little."""
        if self.charging:
            self.stop_charge(now)
        self.plugged = False
        self.charging_status = NOT_IN_CHARGE
        remaining = km
        if self.has_battery and self.capacity_kwh > 0:
            electric_km = min(km, self.autonomy_km)
            self.level = max(
                0.0, self.level - electric_km * self.consumption / 100 / self.capacity_kwh * 100
            )
            remaining = km - electric_km
            self.battery_ts = now
        if self.has_fuel:
            self.fuel_l = max(0.0, self.fuel_l - remaining * self.fuel_consumption / 100)
        self.mileage += km
        self.latitude = round(self.latitude + km * 0.0004, 6)
        self.location_ts = now

    def plug(self, now: float, plugged: bool = True) -> None:
        if not plugged and self.charging:
            self.stop_charge(now)
        self.plugged = plugged
        self.battery_ts = now


def _initial_history(vehicle: Vehicle, rng: random.Random, now: float) -> None:
    """A few weeks of past charges so that history endpoints have something to show."""
    if not vehicle.has_battery:
        return
    t = now - 28 * 86400
    for _ in range(rng.randint(4, 8)):
        t += rng.uniform(2, 5) * 86400
        if t >= now - 3600:
            break
        start_level = rng.randint(15, 50)
        end_level = rng.randint(start_level + 20, 100)
        hours = (
            (end_level - start_level) / 100 * vehicle.capacity_kwh / max(vehicle.charge_power_kw, 1)
        )
        start = round(t)
        vehicle.charge_sessions.append(
            ChargeSession(
                start=start,
                # From the rounded start: with one --seed every duration is the same whatever
                # fraction of a second the server started at.
                end=start + round(hours * 3600),
                start_level=start_level,
                end_level=end_level,
                energy_kwh=round((end_level - start_level) * vehicle.capacity_kwh / 100, 2),
                power_kw=vehicle.charge_power_kw,
                status="ok" if rng.random() > 0.1 else "error",
            )
        )


def _default_charge_schedules() -> list[dict[str, Any]]:
    night = {"startTime": "T23:30Z", "duration": 420}
    first = {"id": 1, "activated": False, **{day: night for day in WEEKDAYS}}
    return [first] + [
        {"id": i, "activated": False, **{d: None for d in WEEKDAYS}} for i in range(2, 6)
    ]


def _default_hvac_schedules() -> list[dict[str, Any]]:
    first = {"id": 1, "activated": False, **{d: {"readyAtTime": "T07:15Z"} for d in WEEKDAYS[:5]}}
    return [first] + [{"id": i, "activated": False} for i in range(2, 6)]


def _default_ev_settings() -> dict[str, Any]:
    program = {
        "programActivationStatus": False,
        "programType": "CHARGE",
        "programDepartureTime": "07:00",
        **{f"programActivation{d.capitalize()}": d not in ("saturday", "sunday") for d in WEEKDAYS},
    }
    return {
        "delegatedActivated": False,
        "chargeModeRq": "ALWAYS",
        "chargeTimeStart": "23:00",
        "chargeDuration": 480,
        "preconditioningTemperature": 21.0,
        "preconditioningHeatedStrgWheel": False,
        "preconditioningHeatedRightSeat": False,
        "preconditioningHeatedLeftSeat": False,
        "programs": [program],
    }


class World:
    """Users, vehicles and issued tokens. Guard every access with :attr:`lock`."""

    def __init__(self, data: dict[str, Any], clock: SimClock, rng: random.Random) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.rng = rng
        self.users: dict[str, User] = {}
        self.vehicles: dict[str, Vehicle] = {}
        # Per-model behaviour quirks (quirks.yaml, then the demo file's `model_quirks:`).
        self.model_quirks: dict[str, ModelQuirks] = load_quirks(data.get("model_quirks"))
        now = clock.now()
        for raw in data.get("users") or []:
            user = User(
                email=raw["email"],
                password=str(raw["password"]),
                uid=raw["uid"],
                person_id=raw["person_id"],
                country=raw.get("country", "FR"),
                accounts=[
                    {"accountId": a["account_id"], "accountType": a.get("type", "MYRENAULT")}
                    for a in raw.get("accounts") or []
                ],
                tfa=raw.get("tfa"),
            )
            self.users[user.email.lower()] = user
        for raw in data.get("vehicles") or []:
            vehicle = self._vehicle(raw, now)
            _initial_history(vehicle, rng, now)
            self.vehicles[vehicle.vin] = vehicle
        # issued credentials
        self.login_tokens: dict[str, str] = {}  # token -> email
        self.revoked_login_tokens: set[str] = set()
        self.issued_jwt_ids: set[str] = set()
        self.revoked_jwt_ids: set[str] = set()
        self.tfa_codes: dict[str, str] = {}  # email -> last code sent
        self.tfa_flows: dict[str, dict[str, Any]] = {}  # regToken/assertion -> flow state

    @staticmethod
    def _vehicle(raw: dict[str, Any], now: float) -> Vehicle:
        battery = raw.get("battery") or {}
        fuel = raw.get("fuel") or {}
        lat, lon = raw.get("location") or (48.8566, 2.3522)
        vehicle = Vehicle(
            vin=raw["vin"],
            account_id=raw["account"],
            plate=raw.get("plate", "REG-000"),
            model_code=raw["model_code"],
            model_label=raw.get("model_label", raw["model_code"]),
            brand=raw.get("brand", "RENAULT"),
            engine_energy_type=raw.get("engine_energy_type", "ELEC"),
            fixture_hints=tuple(raw.get("fixture_hints") or (raw["model_code"],)),
            reports_watts=bool(raw.get("reports_watts")),
            durations_in_minutes=bool(raw.get("durations_in_minutes")),
            has_battery=bool(battery),
            capacity_kwh=float(battery.get("capacity_kwh", 0)),
            level=float(battery.get("level", 0)),
            plugged=bool(battery.get("plugged", False)),
            charge_power_kw=float(battery.get("charge_power_kw", 0)),
            consumption=float(battery.get("consumption", 0)),
            has_fuel=bool(fuel),
            tank_l=float(fuel.get("tank_l", 0)),
            fuel_l=float(fuel.get("quantity_l", 0)),
            fuel_consumption=float(fuel.get("consumption", 0)),
            mileage=float(raw.get("mileage", 0)),
            latitude=float(lat),
            longitude=float(lon),
            location_ts=now - 600,
            battery_ts=now - 300,
            hvac_ts=now - 300,
            soc_ts=now - 86400,
            last_synced=now,
        )
        vehicle.charge_schedules = _default_charge_schedules()
        vehicle.hvac_schedules = _default_hvac_schedules()
        vehicle.ev_settings = _default_ev_settings()
        vehicle.ev_settings["lastSettingsUpdateTimestamp"] = None
        if vehicle.plugged and vehicle.has_battery:
            vehicle.charging_status = CHARGE_ENDED if vehicle.level >= 80 else NOT_IN_CHARGE
        return vehicle

    @classmethod
    def from_file(cls, path: Path | None, clock: SimClock, rng: random.Random) -> World:
        data = load_yaml((path or DEMO_FILE).read_text(encoding="utf-8")) or {}
        return cls(data, clock, rng)

    # -- lookups --------------------------------------------------------------------------
    def quirks_of(self, vehicle: Vehicle) -> ModelQuirks:
        return self.model_quirks.get(vehicle.model_code.strip().upper(), NO_QUIRKS)

    def user_by_person(self, person_id: str) -> User | None:
        return next((u for u in self.users.values() if u.person_id == person_id), None)

    def owner_of_account(self, account_id: str) -> User | None:
        return next(
            (
                u
                for u in self.users.values()
                if any(a["accountId"] == account_id for a in u.accounts)
            ),
            None,
        )

    def account_vehicles(self, account_id: str) -> list[Vehicle]:
        return [v for v in self.vehicles.values() if v.account_id == account_id]

    def sync(self) -> float:
        """Bring every vehicle to the current simulated time; returns it."""
        now = self.clock.now()
        with self.lock:
            for vehicle in self.vehicles.values():
                vehicle.sync(now)
        return now
