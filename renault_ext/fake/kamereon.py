"""Fake Kamereon: scope checks (person, account, VIN, model support) and per-operation behaviour.

An operation without behaviour answers its fixture for the vehicle (see FixtureStore.pick) with the
vehicle's VIN, account and person ids substituted. Operations with behaviour overlay the simulated
state on that fixture, so every field the capture has stays, and values that move are live.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from renault_ext.fake.clock import iso, parse_iso
from renault_ext.fake.errors import KamereonError
from renault_ext.fake.quirks import action_of, without_effect
from renault_ext.fake.spec_index import Route
from renault_ext.fake.state import WAITING_PLANNED, WEEKDAYS, User, Vehicle

if TYPE_CHECKING:
    from renault_ext.fake.app import FakeApp

VIN_LIKE = re.compile(r"^(VF1|UU1|VYS)[A-Z0-9]{13,14}$|^\*PRIVATE\*$")


@dataclass
class Call:
    app: FakeApp
    route: Route
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    claims: dict[str, Any]
    now: float
    user: User | None = None
    vehicle: Vehicle | None = None
    account_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def operation_id(self) -> str:
        return self.route.operation_id

    @property
    def v(self) -> Vehicle:
        assert self.vehicle is not None
        return self.vehicle

    def resolve_scope(self) -> None:
        """Person/account/VIN must belong to the JWT's person; the model must serve the call."""
        world = self.app.world
        person_id = str(self.claims.get("data.personId", ""))
        self.user = world.user_by_person(person_id)
        if self.user is None:
            raise KamereonError("err.func.wired.unauthorized", "Unknown person")
        if "personId" in self.params and self.params["personId"] != person_id:
            raise KamereonError("err.func.wired.notFound")
        if "accountId" in self.params:
            account_id = self.params["accountId"]
            if not any(a["accountId"] == account_id for a in self.user.accounts):
                raise KamereonError("err.func.wired.notFound")
            self.account_id = account_id
        if "vin" in self.params:
            vehicle = world.vehicles.get(self.params["vin"])
            if vehicle is None or vehicle.account_id != self.account_id:
                raise KamereonError("err.func.wired.notFound")
            self.vehicle = vehicle
            refusal = self.app.support.check(vehicle.model_code, self.operation_id)
            if refusal is not None:
                raise KamereonError(refusal.code, refusal.reason, refusal.status)

    # -- body helpers ---------------------------------------------------------------------
    def fixture(self) -> Any:
        hints = self.vehicle.fixture_hints if self.vehicle else ()
        return self.app.fixtures.pick(self.operation_id, hints)

    def personalise(self, node: Any) -> Any:
        """Put this call's VIN, plate, account and person ids into a fixture body."""
        if isinstance(node, list):
            return [self.personalise(item) for item in node]
        if not isinstance(node, dict):
            if self.vehicle and isinstance(node, str) and VIN_LIKE.match(node):
                return self.vehicle.vin
            return node
        out = {}
        for key, value in node.items():
            if key == "vin" and self.vehicle and isinstance(value, str):
                out[key] = self.vehicle.vin
            elif key == "registrationNumber" and self.vehicle and isinstance(value, str):
                out[key] = self.vehicle.plate
            elif key == "accountId" and self.account_id and isinstance(value, str):
                out[key] = self.account_id
            elif key == "personId" and self.user and isinstance(value, str):
                out[key] = self.user.person_id
            else:
                out[key] = self.personalise(value)
        return out

    def kca(self, attributes: dict[str, Any], *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
        """A JSON:API read body: the vehicle's fixture with ``attributes`` overlaid."""
        body = self.personalise(self.fixture())
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            body = {"data": {"type": "Car", "id": self.v.vin, "attributes": {}}}
        data = body["data"]
        data["id"] = self.v.vin
        attrs = data.get("attributes")
        if not isinstance(attrs, dict):
            attrs = data["attributes"] = {}
        for key in drop:
            attrs.pop(key, None)
        attrs.update(attributes)
        return body

    def flat(self, values: dict[str, Any]) -> dict[str, Any]:
        body = self.personalise(self.fixture())
        if not isinstance(body, dict):
            body = {}
        body.update(values)
        return body

    def echo(self) -> dict[str, Any]:
        """Action answers echo the request: same type, a new id, the sent attributes."""
        data = (self.body or {}).get("data") or {}
        template = self.fixture()
        out_data: dict[str, Any] = {}
        if isinstance(template, dict) and isinstance(template.get("data"), dict):
            out_data = dict(template["data"])
        if "type" in data:
            out_data["type"] = data["type"]
        out_data["id"] = str(uuid.UUID(int=self.app.rng.getrandbits(128)))
        if "attributes" in data:
            out_data["attributes"] = data["attributes"]
        else:
            out_data.pop("attributes", None)
        return {"data": out_data}

    @property
    def attributes(self) -> dict[str, Any]:
        data = (self.body or {}).get("data") if isinstance(self.body, dict) else None
        attrs = data.get("attributes") if isinstance(data, dict) else None
        return attrs if isinstance(attrs, dict) else {}

    def future_time(self, value: str | None) -> float | None:
        if value is None:
            return None
        try:
            ts = parse_iso(value)
        except ValueError:
            raise KamereonError(
                "err.func.wired.invalid-body-format", "startDateTime is not a date"
            ) from None
        if ts <= self.now:
            raise KamereonError(
                "err.func.400", "/data/attributes/startDateTime must be a future date"
            )
        return ts

    def require_action(self, action: str | None, target: str | None = None) -> None:
        refusal = self.app.support.check_action(
            self.v.model_code, self.operation_id, action, target
        )
        if refusal is not None:
            raise KamereonError(refusal.code, refusal.reason, refusal.status)


# -- commerce ---------------------------------------------------------------------------------
def get_person(call: Call) -> Any:
    user = call.user
    assert user is not None
    body = call.fixture() or {}
    template = (body.get("accounts") or [{}])[0]
    accounts = []
    for account in user.accounts:
        entry = {k: v for k, v in template.items() if k != "externalId"}
        entry.update(account)
        entry.update(
            {"accountStatus": "ACTIVE", "country": user.country, "personId": user.person_id}
        )
        accounts.append(entry)
    body = call.personalise(body)
    body.update({"personId": user.person_id, "country": user.country, "accounts": accounts})
    for email in body.get("emails") or []:
        if isinstance(email, dict) and "emailValue" in email:
            email["emailValue"] = user.email
    if isinstance(body.get("idp"), dict) and "login" in body["idp"]:
        body["idp"]["login"] = user.email
    return body


def _vehicle_link(call: Call, vehicle: Vehicle) -> dict[str, Any]:
    fixtures = call.app.fixtures
    link: dict[str, Any] | None = None
    for entry in fixtures.responses("getAccountVehicles"):
        # peek: personalise() below builds a new body, the cached one is never changed
        for candidate in fixtures.peek(entry).get("vehicleLinks") or []:
            model = ((candidate.get("vehicleDetails") or {}).get("model") or {}).get("code")
            if model == vehicle.model_code:
                link = candidate
                break
        if link:
            break
    if link is None:
        body = fixtures.pick("getAccountVehicles", vehicle.fixture_hints) or {}
        link = (body.get("vehicleLinks") or [{}])[0]
    scoped = replace(call, body=None, vehicle=vehicle, account_id=vehicle.account_id)
    link = scoped.personalise(link)
    link["vin"] = vehicle.vin
    link["brand"] = vehicle.brand
    if "mileage" in link:
        link["mileage"] = int(vehicle.mileage)
    details = link.setdefault("vehicleDetails", {})
    details.update({"vin": vehicle.vin, "registrationNumber": vehicle.plate})
    details.setdefault("model", {}).update(
        {"code": vehicle.model_code, "label": vehicle.model_label}
    )
    details.setdefault("brand", {})["label"] = vehicle.brand
    details["engineEnergyType"] = vehicle.engine_energy_type
    if "radioCode" in details:
        details["radioCode"] = "1234"
    return link


def get_account_vehicles(call: Call) -> Any:
    assert call.account_id is not None and call.user is not None
    body = call.personalise(call.fixture() or {})
    body.update({"accountId": call.account_id, "country": call.user.country})
    body["vehicleLinks"] = [
        _vehicle_link(call, v) for v in call.app.world.account_vehicles(call.account_id)
    ]
    return body


def get_vehicle_details(call: Call) -> Any:
    return _vehicle_link(call, call.v)["vehicleDetails"]


def get_car_adapter(call: Call) -> Any:
    v = call.v
    return call.kca(
        {
            "vin": v.vin,
            "registrationNumber": v.plate,
            "modelCodeDetail": v.model_code,
            "carGateway": "GDC" if v.reports_watts else "AVN",
            "energy": "electric" if v.has_battery and not v.has_fuel else "gasoline",
        }
    )


# -- car adapter reads -----------------------------------------------------------------------
def get_battery_status(call: Call) -> Any:
    v = call.v
    remaining = None
    power: float = 0.0
    if v.charging and v.capacity_kwh and v.charge_power_kw:
        remaining = int((v.charge_limit - v.level) / 100 * v.capacity_kwh / v.charge_power_kw * 60)
        power = v.charge_power_kw * 1000 if v.reports_watts else v.charge_power_kw
    attrs: dict[str, Any] = {
        "timestamp": iso(v.battery_ts),
        "batteryLevel": round(v.level),
        "batteryAutonomy": v.autonomy_km,
        "batteryCapacity": 0,
        "batteryAvailableEnergy": v.available_energy,
        "plugStatus": 1 if v.plugged else 0,
        "chargingStatus": v.charging_status,
        "chargingInstantaneousPower": power,
    }
    drop = ("chargingRemainingTime",)
    if remaining is not None:
        attrs["chargingRemainingTime"] = remaining
    return call.kca(attrs, drop=drop)


def get_cockpit(call: Call) -> Any:
    v = call.v
    attrs: dict[str, Any] = {"totalMileage": round(v.mileage, 2)}
    drop: tuple[str, ...] = ()
    if v.has_fuel:
        attrs.update(
            {"fuelAutonomy": float(v.fuel_autonomy_km), "fuelQuantity": round(v.fuel_l, 1)}
        )
    else:
        drop = ("fuelAutonomy", "fuelQuantity")
    body = call.kca(attrs, drop=drop)
    if "timestamp" in body["data"]["attributes"]:
        body["data"]["attributes"]["timestamp"] = iso(call.now)
    return body


def get_location(call: Call) -> Any:
    v = call.v
    return call.kca(
        {
            "gpsLatitude": v.latitude,
            "gpsLongitude": v.longitude,
            "lastUpdateTime": iso(v.location_ts),
        }
    )


def get_hvac_status(call: Call) -> Any:
    v = call.v
    attrs: dict[str, Any] = {
        "hvacStatus": "on" if v.hvac_on else "off",
        "externalTemperature": v.external_temperature,
        "lastUpdateTime": iso(v.hvac_ts),
    }
    drop: tuple[str, ...] = ("nextHvacStartDate",)
    if v.hvac_next_start is not None:
        attrs["nextHvacStartDate"] = iso(v.hvac_next_start)
    return call.kca(attrs, drop=drop)


def get_charge_mode(call: Call) -> Any:
    v = call.v
    # ZOE phase 1 reports the action vocabulary, later models their own (facts §5.4).
    if v.reports_watts:
        value = "schedule_mode" if v.charge_mode == "scheduled" else "always_charging"
    else:
        value = v.charge_mode
    return call.kca({"chargeMode": value})


def get_charging_settings(call: Call) -> Any:
    v = call.v
    return call.kca({"mode": v.charge_mode, "schedules": v.charge_schedules})


def _hhmm(start: str) -> str:
    return start.strip("TZ").replace(":", "")


def get_charge_schedule(call: Call) -> Any:
    v = call.v
    schedule = next((s for s in v.charge_schedules if s.get("activated")), v.charge_schedules[0])
    calendar: dict[str, list[dict[str, Any]]] = {}
    for day in WEEKDAYS:
        slot = schedule.get(day)
        calendar[day] = (
            [
                {
                    "startTime": _hhmm(slot["startTime"]),
                    "duration": slot["duration"],
                    "activationState": bool(schedule.get("activated")),
                }
            ]
            if isinstance(slot, dict)
            else []
        )
    return call.kca({"calendar": calendar})


def get_hvac_settings(call: Call) -> Any:
    return call.kca({"mode": "scheduled", "schedules": call.v.hvac_schedules})


def _day_range(call: Call) -> tuple[float, float]:
    def parse(name: str, default: float) -> float:
        value = call.query.get(name)
        if not value:
            return default
        fmt = "%Y%m%d" if len(value) == 8 else "%Y%m"
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC).timestamp()
        except ValueError:
            raise KamereonError("err.func.400", f"Invalid parameter '{name}'") from None

    start = parse("start", 0.0)
    end_raw = parse("end", call.now)
    end = (
        end_raw + (86400 if len(call.query.get("end", "")) == 8 else 31 * 86400)
        if "end" in call.query
        else end_raw
    )
    return start, end


def get_charges(call: Call) -> Any:
    v = call.v
    start, end = _day_range(call)
    charges = []
    for s in v.charge_sessions:
        if not start <= s.start < end:
            continue
        seconds = s.end - s.start
        charges.append(
            {
                "chargeStartDate": iso(s.start),
                "chargeEndDate": iso(s.end),
                "chargeDuration": int(seconds / 60) if v.durations_in_minutes else int(seconds),
                "chargeStartBatteryLevel": int(s.start_level),
                "chargeEndBatteryLevel": int(s.end_level),
                "chargeBatteryLevelRecovered": int(s.end_level) - int(s.start_level),
                "chargeEnergyRecovered": s.energy_kwh,
                # Captures only ever show "slow" (spec x-known-values); a made-up "fast" would
                # be reported as drift by every client that checks answers against the spec.
                "chargePower": "slow",
                "chargeStartInstantaneousPower": int(s.power_kw * 1000),
                "chargeEndStatus": s.status,
            }
        )
    return call.kca({"charges": charges})


def get_charge_history(call: Call) -> Any:
    v = call.v
    start, end = _day_range(call)
    period = call.query.get("type", "month")
    fmt, key = ("%Y%m%d", "day") if period == "day" else ("%Y%m", "month")
    groups: dict[str, list[Any]] = defaultdict(list)
    for s in v.charge_sessions:
        if start <= s.start < end:
            groups[datetime.fromtimestamp(s.start, UTC).strftime(fmt)].append(s)
    summaries = [
        {
            key: label,
            "totalChargesNumber": len(items),
            "totalChargesDuration": int(sum(s.end - s.start for s in items) / 60),
            "totalChargesErrors": sum(1 for s in items if s.status != "ok"),
        }
        for label, items in sorted(groups.items())
    ]
    return call.kca({"chargeSummaries": summaries})


def get_hvac_sessions(call: Call) -> Any:
    start, end = _day_range(call)
    sessions = [
        {
            "hvacSessionRequestDate": iso(s.start),
            "hvacSessionStartDate": iso(s.start),
            "hvacSessionEndStatus": "ok",
        }
        for s in reversed(call.v.hvac_sessions)
        if start <= s.start < end
    ]
    return (
        call.kca({"hvacSessions": sessions}) if sessions else call.kca({}, drop=("hvacSessions",))
    )


def get_hvac_history(call: Call) -> Any:
    start, end = _day_range(call)
    fmt, key = ("%Y%m%d", "day") if call.query.get("type") == "day" else ("%Y%m", "month")
    counts: dict[str, int] = defaultdict(int)
    for s in call.v.hvac_sessions:
        if start <= s.start < end:
            counts[datetime.fromtimestamp(s.start, UTC).strftime(fmt)] += 1
    summaries = [
        {key: label, "totalHvacSessionsNumber": n, "totalHvacSessionsErrors": 0}
        for label, n in sorted(counts.items(), reverse=True)
    ]
    if not summaries:
        return call.kca({}, drop=("hvacSessionsSummaries",))
    return call.kca({"hvacSessionsSummaries": summaries})


def get_kcm_ev_settings(call: Call) -> Any:
    v = call.v
    settings = dict(v.ev_settings)
    settings["lastSettingsUpdateTimestamp"] = settings.get("lastSettingsUpdateTimestamp") or iso(
        call.now - 86400
    )
    return call.flat(settings)


def get_kcm_soc_levels(call: Call) -> Any:
    v = call.v
    return call.flat(
        {
            "lastEnergyUpdateTimestamp": iso(v.soc_ts or call.now),
            "socMin": v.soc_min,
            "socTarget": v.soc_target,
        }
    )


# -- actions ----------------------------------------------------------------------------------
def post_charging_start(call: Call) -> Any:
    action = call.attributes.get("action")
    call.require_action(action)
    if action == "start":
        call.v.start_charge(call.now)
    elif action == "stop":
        call.v.stop_charge(call.now)
    return call.echo()


def post_kcm_charge_start(call: Call) -> Any:
    call.require_action(call.attributes.get("action"))
    at = call.future_time(call.attributes.get("startDateTime"))
    if at is None:
        call.v.start_charge(call.now)
    else:
        call.v.delayed_start_at = at
        call.v.charging_status = WAITING_PLANNED
        call.v.battery_ts = call.now
    return call.echo()


def post_kcm_pause_resume(call: Call) -> Any:
    action = call.attributes.get("action")
    call.require_action(action)
    if action == "resume":
        call.v.start_charge(call.now)
    elif action == "pause":
        call.v.stop_charge(call.now)
        call.v.paused = True
    return call.echo()


def post_charge_mode(call: Call) -> Any:
    action = str(call.attributes.get("action", ""))
    call.v.charge_mode = "scheduled" if "schedul" in action else "always"
    return call.echo()


def _normalise_schedules(schedules: Any, days_default: Any = None) -> list[dict[str, Any]]:
    out = []
    for item in schedules or []:
        if isinstance(item, dict):
            entry = {"id": item.get("id"), "activated": bool(item.get("activated"))}
            for day in WEEKDAYS:
                entry[day] = item.get(day, days_default)
            out.append(entry)
    return out


def post_charge_schedule(call: Call) -> Any:
    call.v.charge_schedules = _normalise_schedules(call.attributes.get("schedules"))
    if any(s["activated"] for s in call.v.charge_schedules):
        call.v.charge_mode = "scheduled"
    return call.echo()


def post_hvac_schedule(call: Call) -> Any:
    schedules = []
    for item in call.attributes.get("schedules") or []:
        if isinstance(item, dict):
            schedules.append({k: val for k, val in item.items() if val is not None})
    call.v.hvac_schedules = schedules
    return call.echo()


def post_hvac_start(call: Call) -> Any:
    attrs = call.attributes
    action = attrs.get("action")
    call.require_action(action)
    if action == "start":
        at = call.future_time(attrs.get("startDateTime"))
        call.v.start_hvac(call.now, float(attrs.get("targetTemperature", 21)), at)
    else:
        call.v.stop_hvac(call.now)
    return call.echo()


def post_horn_lights(call: Call) -> Any:
    attrs = call.attributes
    call.require_action(attrs.get("action"), attrs.get("target"))
    call.v.horn_lights.append((call.now, str(attrs.get("target"))))
    return call.echo()


def post_refresh_location(call: Call) -> Any:
    call.v.location_ts = call.now
    return call.echo()


def post_refresh_battery(call: Call) -> Any:
    call.v.battery_ts = call.now
    return call.echo()


def post_refresh_hvac(call: Call) -> Any:
    call.v.hvac_ts = call.now
    return call.echo()


def post_kcm_ev_settings(call: Call) -> Any:
    v = call.v
    body = call.body if isinstance(call.body, dict) else {}
    settings = dict(v.ev_settings)
    settings.update(body)
    settings["lastSettingsUpdateTimestamp"] = iso(call.now)
    v.ev_settings = settings
    programs = settings.get("programs") or []
    active = any(isinstance(p, dict) and p.get("programActivationStatus") for p in programs)
    # kcm-settings models start a charge by switching every program off: nothing holds the car
    # back any more. The app leaves chargeModeRq as it was (often "SCHEDULED"), so it is not read.
    if not active:
        v.start_charge(call.now)
    v.charge_mode = "always" if settings.get("chargeModeRq") == "ALWAYS" else "scheduled"
    return call.flat(body)


def post_kcm_soc_levels(call: Call) -> Any:
    body = call.body if isinstance(call.body, dict) else {}
    v = call.v
    v.soc_min = int(body.get("socMin", v.soc_min))
    v.soc_target = int(body.get("socTarget", v.soc_target))
    v.soc_ts = call.now
    return call.flat(
        {
            "commandId": str(uuid.UUID(int=call.app.rng.getrandbits(128))),
            "type": "SOC_SYNCH",
            "status": "CREATED",
        }
    )


def generic(call: Call) -> Any:
    body = call.fixture()
    if body is None:
        if call.vehicle is not None and "/kca/" in call.route.operation.path:
            return {"data": {"type": "Car", "id": call.v.vin, "attributes": {}}}
        return {}
    body = call.personalise(body)
    data = body.get("data") if isinstance(body, dict) else None
    if call.vehicle is not None and isinstance(data, dict) and "id" in data:
        data["id"] = call.v.vin
    return body


BEHAVIOURS: dict[str, Callable[[Call], Any]] = {
    "getPerson": get_person,
    "getAccountVehicles": get_account_vehicles,
    "getVehicleDetails": get_vehicle_details,
    "getCarAdapter": get_car_adapter,
    "getBatteryStatus": get_battery_status,
    "getCockpit": get_cockpit,
    "getCockpitV2": get_cockpit,
    "getLocation": get_location,
    "getHvacStatus": get_hvac_status,
    "getChargeMode": get_charge_mode,
    "getChargingSettings": get_charging_settings,
    "getChargeSchedule": get_charge_schedule,
    "getHvacSettings": get_hvac_settings,
    "getCharges": get_charges,
    "getChargeHistory": get_charge_history,
    "getHvacSessions": get_hvac_sessions,
    "getHvacHistory": get_hvac_history,
    "getKcmEvSettings": get_kcm_ev_settings,
    "getKcmSocLevels": get_kcm_soc_levels,
    "postChargingStart": post_charging_start,
    "postKcmChargeStart": post_kcm_charge_start,
    "postKcmChargePauseResume": post_kcm_pause_resume,
    "postChargeMode": post_charge_mode,
    "postChargeSchedule": post_charge_schedule,
    "postKcmChargeSchedule": post_charge_schedule,
    "postHvacSchedule": post_hvac_schedule,
    "postHvacStart": post_hvac_start,
    "postHornLights": post_horn_lights,
    "postRefreshLocation": post_refresh_location,
    "postRefreshBatteryStatus": post_refresh_battery,
    "postRefreshHvacStatus": post_refresh_hvac,
    "postKcmEvSettings": post_kcm_ev_settings,
    "postKcmSocLevels": post_kcm_soc_levels,
}


def handle(call: Call) -> Any:
    behaviour = BEHAVIOURS.get(call.operation_id, generic)
    if call.vehicle is None:
        return behaviour(call)
    # Documented per-model quirks (quirks.yaml): an action accepted without effect, a field that
    # always reads the same.
    quirks = call.app.world.quirks_of(call.vehicle)
    if quirks.ignores(call.operation_id, action_of(call.body)):
        return without_effect(call.vehicle, lambda: behaviour(call))
    return quirks.report(call.operation_id, behaviour(call))
