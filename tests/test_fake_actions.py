"""Fake backend: every action changes what reads return; simulated time moves batteries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from renault_ext.fake import FakeBackend, FakeHandle, running_fake_backend
from renault_ext.fake.clock import iso
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.testing import RawSession

WHOLE_YEAR = {"start": "20200101", "end": "20991231"}


def vin_of(fake: FakeHandle, model: str) -> str:
    return next(v for v in fake.demo.main.vins if fake.controls.vehicle(v).model_code == model)


@pytest.fixture
def s(fake_backend: FakeHandle) -> Iterator[RawSession]:
    with RawSession(fake_backend).login() as session:
        yield session


def action(kind: str, **attributes: object) -> dict:
    return {"data": {"type": kind, "attributes": attributes}}


def battery(s: RawSession, vin: str) -> dict:
    return s.attributes(vin, "battery-status", version=2)


def test_zoe1_charge_start_stop_and_history(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "X101VE")
    vehicle = fake_backend.controls.vehicle(vin)
    before = battery(s, vin)
    assert before["chargingStatus"] != 1.0
    response = s.post(s.kca(vin, "actions/charging-start"), action("ChargingStart", action="start"))
    assert response.status_code == 200
    assert response.json()["data"]["attributes"] == {"action": "start"}
    charging = battery(s, vin)
    assert charging["chargingStatus"] == 1.0
    # ZOE phase 1 reports watts
    assert charging["chargingInstantaneousPower"] == vehicle.charge_power_kw * 1000
    fake_backend.controls.advance(1800)
    half_hour = battery(s, vin)
    expected_gain = vehicle.charge_power_kw * 0.5 / vehicle.capacity_kwh * 100
    assert half_hour["batteryLevel"] == pytest.approx(before["batteryLevel"] + expected_gain, abs=1)
    assert half_hour["batteryAutonomy"] > before["batteryAutonomy"]
    s.post(s.kca(vin, "actions/charging-start"), action("ChargingStart", action="stop"))
    assert battery(s, vin)["chargingStatus"] == 0.0
    charges = s.attributes(vin, "charges", **WHOLE_YEAR)["charges"]
    last = max(charges, key=lambda c: c["chargeStartDate"])
    assert last["chargeDuration"] == 30  # minutes on X101VE
    assert last["chargeEndBatteryLevel"] > last["chargeStartBatteryLevel"]


def test_charge_stops_at_target_and_reports_ended(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "XCB1VE")  # Mégane: KCM charge/start, soc levels
    fake_backend.controls.plug(vin)
    response = s.post(s.kcm(vin, "ev/soc-levels"), {"socMin": 20, "socTarget": 85})
    assert response.status_code == 200 and response.json()["status"] == "CREATED"
    levels = s.get(s.kcm(vin, "ev/soc-levels")).json()
    assert (levels["socMin"], levels["socTarget"]) == (20, 85)
    s.post(s.kcm(vin, "charge/start"), action("ChargingStart", action="start"))
    fake_backend.controls.advance(10 * 3600)
    final = battery(s, vin)
    assert final["batteryLevel"] == 85
    assert final["chargingStatus"] == 0.2  # CHARGE_ENDED


def test_delayed_kcm_charge(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "XCB1VE")
    fake_backend.controls.drive(vin, 100)  # below the charge target
    fake_backend.controls.plug(vin)
    past = iso(fake_backend.controls.now() - 60)
    response = s.post(
        s.kcm(vin, "charge/start"), action("ChargingStart", action="start", startDateTime=past)
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["errorCode"] == "err.func.400"
    when = iso(fake_backend.controls.now() + 3600)
    s.post(s.kcm(vin, "charge/start"), action("ChargingStart", action="start", startDateTime=when))
    assert battery(s, vin)["chargingStatus"] == 0.1  # waiting for a planned charge
    fake_backend.controls.advance(3700)
    assert battery(s, vin)["chargingStatus"] == 1.0


def test_spring_pause_resume(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "XBG1VE")
    assert (
        s.post(
            s.kca(vin, "actions/charging-start"), action("ChargingStart", action="start")
        ).status_code
        >= 400
    )
    s.post(s.kcm(vin, "charge/pause-resume"), action("ChargePauseResume", action="resume"))
    assert battery(s, vin)["chargingStatus"] == 1.0
    s.post(s.kcm(vin, "charge/pause-resume"), action("ChargePauseResume", action="pause"))
    assert battery(s, vin)["chargingStatus"] == 0.0


def test_r5_charge_start_through_ev_settings(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "R5E1VE")
    settings = s.get(s.kcm(vin, "ev/settings")).json()
    for program in settings["programs"]:
        program["programActivationStatus"] = False
    settings["chargeModeRq"] = "ALWAYS"
    response = s.post(s.kcm(vin, "ev/settings"), settings)
    assert response.status_code == 200, response.text
    assert battery(s, vin)["chargingStatus"] == 1.0
    assert s.get(s.kcm(vin, "ev/settings")).json()["chargeModeRq"] == "ALWAYS"


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_r5_charge_starts_when_no_program_holds_it_back(
    fake_backend: FakeHandle, s: RawSession
) -> None:
    vin = vin_of(fake_backend, "R5E1VE")
    held = s.get(s.kcm(vin, "ev/settings")).json()
    held["programs"][0]["programActivationStatus"] = True
    assert s.post(s.kcm(vin, "ev/settings"), held).status_code == 200
    assert battery(s, vin)["chargingStatus"] != 1.0  # an active program keeps the car waiting
    # What the app sends to start a charge: chargeModeRq untouched, every program switched off.
    request = json.loads((FIXTURES / "postKcmEvSettings" / "charge_start.request.json").read_text())
    assert request["chargeModeRq"] != "ALWAYS"
    response = s.post(s.kcm(vin, "ev/settings"), request)
    assert response.status_code == 200, response.text
    assert battery(s, vin)["chargingStatus"] == 1.0
    assert s.get(s.kcm(vin, "ev/settings")).json()["chargeModeRq"] == request["chargeModeRq"]


def test_hvac_start_cancel_and_sessions(fake_backend: FakeHandle, s: RawSession) -> None:
    # ZOE phase 1: the demo model whose cancel works and which serves hvac-sessions. Its hvac-status
    # always reads "off" (quirk, tests/test_fake_quirks.py), so the car is watched through controls.
    vin = vin_of(fake_backend, "X101VE")
    car = fake_backend.controls.vehicle(vin)
    s.post(
        s.kca(vin, "actions/hvac-start"), action("HvacStart", action="start", targetTemperature=21)
    )
    assert car.hvac_on
    s.post(s.kca(vin, "actions/hvac-start"), action("HvacStart", action="cancel"))
    assert not car.hvac_on
    # the car stops on its own after a while
    s.post(
        s.kca(vin, "actions/hvac-start"), action("HvacStart", action="start", targetTemperature=20)
    )
    assert car.hvac_on
    fake_backend.controls.advance(3600)
    assert not car.hvac_on
    sessions = s.get(s.kca(vin, "hvac-sessions"), **WHOLE_YEAR).json()["data"]["attributes"][
        "hvacSessions"
    ]
    assert len(sessions) == 2


def test_scheduled_hvac_shows_next_start(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "R5E1VE")
    when = iso(fake_backend.controls.now() + 7200)
    s.post(
        s.kca(vin, "actions/hvac-start"),
        action("HvacStart", action="start", targetTemperature=21, startDateTime=when),
    )
    status = s.attributes(vin, "hvac-status")
    assert status["hvacStatus"] == "off"
    assert status["nextHvacStartDate"] == when
    s.post(s.kca(vin, "actions/hvac-start"), action("HvacStart", action="stop"))
    assert "nextHvacStartDate" not in s.attributes(vin, "hvac-status")


def test_charge_mode_read_back_per_model(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "X101VE")
    s.post(s.kca(vin, "actions/charge-mode"), action("ChargeMode", action="schedule_mode"))
    assert s.attributes(vin, "charge-mode")["chargeMode"] == "schedule_mode"
    s.post(s.kca(vin, "actions/charge-mode"), action("ChargeMode", action="always_charging"))
    assert s.attributes(vin, "charge-mode")["chargeMode"] == "always_charging"


def test_charge_and_hvac_schedules(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "X101VE")
    slot = {"startTime": "T22:15Z", "duration": 135}
    schedules = [{"id": 1, "activated": True, "monday": slot, "friday": slot}]
    response = s.post(
        s.kca(vin, "actions/charge-schedule", version=2),
        action("ChargeSchedule", schedules=schedules),
    )
    assert response.status_code == 200, response.text
    read = s.attributes(vin, "charging-settings")
    assert read["schedules"][0]["monday"] == slot
    assert read["schedules"][0]["tuesday"] is None
    calendar = s.attributes(vin, "charge-schedule")["calendar"]
    assert calendar["friday"] == [{"startTime": "2215", "duration": 135, "activationState": True}]
    assert calendar["tuesday"] == []
    vin2 = vin_of(fake_backend, "X102VE")
    hvac = [{"id": 2, "activated": True, "tuesday": {"readyAtTime": "T06:45Z"}}]
    response = s.post(
        s.kca(vin2, "actions/hvac-schedule", version=2), action("HvacSchedule", schedules=hvac)
    )
    assert response.status_code == 200, response.text
    assert s.attributes(vin2, "hvac-settings")["schedules"] == hvac


def test_horn_lights_and_refresh_location(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "R5E1VE")
    before = s.attributes(vin, "location")["lastUpdateTime"]
    response = s.post(
        s.kca(vin, "actions/horn-lights"), action("HornLights", action="start", target="lights")
    )
    assert response.status_code == 200
    assert fake_backend.controls.vehicle(vin).horn_lights[-1][1] == "lights"
    fake_backend.controls.advance(120)
    response = s.post(s.kca(vin, "actions/refresh-location"), {"data": {"type": "RefreshLocation"}})
    assert response.status_code == 200
    assert "attributes" not in response.json()["data"]
    assert s.attributes(vin, "location")["lastUpdateTime"] > before


def test_driving_lowers_battery_and_adds_mileage(fake_backend: FakeHandle, s: RawSession) -> None:
    vin = vin_of(fake_backend, "X102VE")
    before, cockpit = battery(s, vin), s.attributes(vin, "cockpit")
    fake_backend.controls.drive(vin, 42)
    after = battery(s, vin)
    assert after["batteryLevel"] < before["batteryLevel"]
    assert after["plugStatus"] == 0
    assert s.attributes(vin, "cockpit")["totalMileage"] == pytest.approx(
        cockpit["totalMileage"] + 42
    )
    fuel_vin = vin_of(fake_backend, "XJA2VP")
    fuel_before = s.attributes(fuel_vin, "cockpit")["fuelQuantity"]
    fake_backend.controls.drive(fuel_vin, 100)
    assert s.attributes(fuel_vin, "cockpit")["fuelQuantity"] < fuel_before


def _history(config: FakeBackend) -> list:
    with running_fake_backend(config) as fake, RawSession(fake).login() as session:
        vin = vin_of(fake, "X102VE")
        return session.attributes(vin, "charges", start="20250101", end="20261231")["charges"]


def test_seed_makes_the_world_reproducible() -> None:
    from datetime import UTC, datetime

    start = datetime(2026, 1, 15, 12, tzinfo=UTC)
    first = _history(default_test_config(seed=7, start_time=start))
    assert first  # a few weeks of generated history
    assert _history(default_test_config(seed=7, start_time=start)) == first
    assert _history(default_test_config(seed=8, start_time=start)) != first
    # Started "now" (any fraction of a second): the dates move, the durations do not.
    durations = [
        [c.get("chargeDuration") for c in _history(default_test_config(seed=7))] for _ in range(2)
    ]
    assert durations[0] == durations[1] and any(d is not None for d in durations[0])


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than any parser's recursion limit
        b'{"data": {"type": "HvacStart", "attributes": {"action": "start", "targetTemperature": NaN}}}',
    ],
    ids=["deep nesting", "NaN"],
)
def test_bodies_that_are_not_json_are_refused(
    fake_backend: FakeHandle, s: RawSession, raw: bytes
) -> None:
    vin = vin_of(fake_backend, "X101VE")
    response = s.client.post(
        s.kca(vin, "actions/hvac-start"),
        content=raw,
        params={"country": "FR"},
        headers={**s.headers(), "content-type": "application/vnd.api+json"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["errorCode"] == "err.func.wired.invalid-body-format"
    assert not fake_backend.controls.vehicle(vin).hvac_on
    assert s.get(s.kca(vin, "cockpit")).status_code == 200  # the server is still fine


def test_soc_limits_are_a_client_rule_not_a_server_one(
    fake_backend: FakeHandle, s: RawSession
) -> None:
    # facts: the app offers 15-45 / 55-100 and clients check it; nothing says the server refuses
    # 10/50 (renault-api's own test sends it), so the fake does not invent a rejection.
    vin = vin_of(fake_backend, "XCB1VE")
    response = s.post(s.kcm(vin, "ev/soc-levels"), {"socMin": 10, "socTarget": 50})
    assert response.status_code == 200, response.text
    assert s.post(s.kcm(vin, "ev/soc-levels"), {"socMin": 10, "socTarget": 150}).status_code == 400
