"""High-level client, actions: every action of RenaultVehicle on the demo fleet, every routing mode
of the model table, and the action's effect in the next read (the fake simulates the car).

Actions change the fake's world, so every test gets its own fake (frozen simulated clock).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from test_client_support import Exchanges, logged_in_client, vehicle_of

from renault_ext.errors import EndpointNotAvailableError, InvalidInputError
from renault_ext.fake import FakeHandle
from renault_ext.snapshot import VehicleSnapshot
from renault_ext.units import ChargeState

SCHEDULE = {
    "id": 1,
    "activated": True,
    **{
        day: {"startTime": "T01:00Z", "duration": 120}
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    },
}
HVAC_SCHEDULE = {"id": 2, "activated": True, "monday": {"readyAtTime": "T06:45Z"}}


def _future(fake: FakeHandle, seconds: float = 3600) -> datetime:
    return datetime.fromtimestamp(fake.controls.now() + seconds, UTC)


def _sent(sink: Exchanges) -> tuple[str, str]:
    """Method and last path segments of the last exchange."""
    method, path, _ = sink.seen[-1]
    return method, "/".join(path.split("/")[-2:])


async def _state(vehicle) -> VehicleSnapshot:  # type: ignore[no-untyped-def]
    return await vehicle.refresh(keys=["battery-status", "hvac-status"])


async def test_charge_start_and_stop_default_kca(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        answer = await zoe.set_charge_start()
        assert _sent(sink) == ("POST", "actions/charging-start")
        assert answer.to_dict()["data"]["attributes"]["action"] == "start"
        snapshot = await _state(zoe)
        assert snapshot.battery.charge_state is ChargeState.CHARGE_IN_PROGRESS
        # X101VE reports watts; the normalised view is kW (demo charger: 7.4 kW).
        assert snapshot.raw["battery-status"].to_dict()["chargingInstantaneousPower"] == 7400
        assert snapshot.battery.charging_power_kw == pytest.approx(7.4)
        assert snapshot.battery.remaining_time > timedelta(0)
        level = snapshot.battery.level
        fake_backend.controls.advance(1800)
        assert (await _state(zoe)).battery.level > level
        await zoe.set_charge_stop()
        assert _sent(sink) == ("POST", "actions/charging-start")
        assert (await _state(zoe)).battery.charge_state is ChargeState.NOT_IN_CHARGE


async def test_power_stays_kw_on_models_reporting_kw(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe = await vehicle_of(client, fake_backend, "X102VE")
        await zoe.set_charge_start()
        snapshot = await _state(zoe)
        assert snapshot.raw["battery-status"].to_dict()["chargingInstantaneousPower"] == 11.0
        assert snapshot.battery.charging_power_kw == pytest.approx(11.0)


async def test_charge_stop_via_kcm_pause_resume(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await vehicle_of(client, fake_backend, "X102VE")  # start default, stop pause-resume
        await zoe.set_charge_start()
        assert _sent(sink) == ("POST", "actions/charging-start")
        answer = await zoe.set_charge_stop()
        assert _sent(sink) == ("POST", "charge/pause-resume")
        assert answer.to_dict()["data"]["attributes"]["action"] == "pause"
        assert (await _state(zoe)).battery.charge_state is ChargeState.NOT_IN_CHARGE
        spring = await vehicle_of(client, fake_backend, "XBG1VE")  # both via pause-resume
        answer = await spring.set_charge_start()
        assert _sent(sink) == ("POST", "charge/pause-resume")
        assert answer.to_dict()["data"]["attributes"]["action"] == "resume"
        assert (await _state(spring)).battery.charge_state is ChargeState.CHARGE_IN_PROGRESS
        await spring.set_charge_stop()
        assert (await _state(spring)).battery.charge_state is ChargeState.NOT_IN_CHARGE


async def test_charge_start_via_kcm_with_delay(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        megane = await vehicle_of(client, fake_backend, "XCB1VE")
        fake_backend.controls.plug(megane.vin)
        fake_backend.controls.vehicle(megane.vin).level = 40.0  # below its 80 % target
        when = _future(fake_backend, 3600)
        answer = await megane.set_charge_start(when=when)
        assert _sent(sink) == ("POST", "charge/start")
        assert answer.to_dict()["data"]["attributes"]["startDateTime"] == when.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        snapshot = await _state(megane)
        assert snapshot.battery.charge_state is ChargeState.WAITING_FOR_A_PLANNED_CHARGE
        fake_backend.controls.advance(3700)
        assert (await _state(megane)).battery.charge_state is ChargeState.CHARGE_IN_PROGRESS
        # No charge stop on this model: refused before any request.
        before = len(sink.seen)
        with pytest.raises(EndpointNotAvailableError):
            await megane.set_charge_stop()
        assert len(sink.seen) == before


@pytest.mark.parametrize("model", ["X101VE", "XBG1VE", "R5E1VE"])
async def test_delayed_start_refused_where_not_kcm(fake_backend: FakeHandle, model: str) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        vehicle = await vehicle_of(client, fake_backend, model)
        state = fake_backend.controls.vehicle(vehicle.vin)
        before = len(sink.seen)
        with pytest.raises(InvalidInputError):
            await vehicle.set_charge_start(when=_future(fake_backend))
        assert len(sink.seen) == before
        assert not state.charging and state.delayed_start_at is None


async def test_charge_start_via_kcm_settings(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        r5 = await vehicle_of(client, fake_backend, "R5E1VE")
        state = fake_backend.controls.vehicle(r5.vin)
        for program in state.ev_settings["programs"]:
            program["programActivationStatus"] = True
        sink.clear()
        await r5.set_charge_start()
        # Read-modify-write: GET ev/settings, then POST the whole object back.
        assert [(m, p.rsplit("/", 2)[-2:]) for m, p, _ in sink.seen] == [
            ("GET", ["ev", "settings"]),
            ("POST", ["ev", "settings"]),
        ]
        settings = (await r5.get_kcm_ev_settings()).to_dict()
        assert settings["programs"]
        assert not any(p["programActivationStatus"] for p in settings["programs"])
        assert (
            settings["preconditioningTemperature"]
            == state.ev_settings["preconditioningTemperature"]
        )
        assert (await _state(r5)).battery.charge_state is ChargeState.CHARGE_IN_PROGRESS
        with pytest.raises(EndpointNotAvailableError) as caught:
            await r5.set_charge_stop()
        assert "charger" in str(caught.value)


@pytest.mark.parametrize(
    ("model", "stop_action", "reported_while_on"),
    [
        # ZOE phase 1 preconditions but its hvac-status always says "off" (fake quirks.yaml).
        ("X101VE", "cancel", "off"),
        ("R5E1VE", "stop", "on"),
        ("XBG1VE", "stop", "on"),
    ],
)
async def test_hvac_start_and_stop(
    fake_backend: FakeHandle, model: str, stop_action: str, reported_while_on: str
) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        vehicle = await vehicle_of(client, fake_backend, model)
        car = fake_backend.controls.vehicle(vehicle.vin)
        answer = await vehicle.set_ac_start(21.5)
        assert answer.to_dict()["data"]["attributes"]["targetTemperature"] == 21.5
        assert car.hvac_on
        assert (await _state(vehicle)).hvac.status == reported_while_on
        answer = await vehicle.set_ac_stop()
        assert _sent(sink) == ("POST", "actions/hvac-start")
        assert answer.to_dict()["data"]["attributes"]["action"] == stop_action
        assert not car.hvac_on
        assert (await _state(vehicle)).hvac.status == "off"


async def test_delayed_hvac_start(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe = await vehicle_of(client, fake_backend, "X102VE")
        when = _future(fake_backend, 7200)
        await zoe.set_ac_start(20, when=when)
        status = (await zoe.get_hvac_status()).to_dict()
        assert status["hvacStatus"] == "off"
        assert status["nextHvacStartDate"] == when.strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_charge_schedule_kca_and_kcm(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        await zoe.set_charge_schedules([SCHEDULE])
        assert _sent(sink) == ("POST", "actions/charge-schedule")
        calendar = (await zoe.get_charge_schedule()).to_dict()["calendar"]
        assert calendar["monday"][0]["startTime"] == "0100"
        assert calendar["monday"][0]["duration"] == 120
        megane = await vehicle_of(client, fake_backend, "XCB1VE")
        await megane.set_charge_schedules([SCHEDULE])
        assert _sent(sink) == ("POST", "charge/schedule")
        settings = (await megane.get_charging_settings()).to_dict()
        assert settings["schedules"][0]["activated"] is True
        assert settings["schedules"][0]["monday"] == {"startTime": "T01:00Z", "duration": 120}


async def test_charge_mode(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        answer = await zoe.set_charge_mode("scheduled")
        assert answer.to_dict()["data"]["attributes"]["action"] == "schedule_mode"
        assert (await zoe.get_charge_mode()).to_dict()["chargeMode"] == "schedule_mode"
        await zoe.set_charge_mode("always_charging")
        assert (await zoe.get_charge_mode()).to_dict()["chargeMode"] == "always_charging"


async def test_hvac_schedules(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe = await vehicle_of(client, fake_backend, "X102VE")
        await zoe.set_hvac_schedules([HVAC_SCHEDULE])
        schedules = (await zoe.get_hvac_settings()).to_dict()["schedules"]
        assert schedules[0]["id"] == 2
        assert schedules[0]["monday"] == {"readyAtTime": "T06:45Z"}
        # Schedules as read (generated models) go back as they are, as renault-api allows.
        read_back = (await zoe.get_hvac_settings()).schedules
        await zoe.set_hvac_schedules(read_back)
        assert (await zoe.get_hvac_settings()).to_dict()["schedules"] == schedules


async def test_battery_soc(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        megane = await vehicle_of(client, fake_backend, "XCB1VE")
        await megane.set_battery_soc(min=15, target=90)
        assert _sent(sink) == ("POST", "ev/soc-levels")
        snapshot = await megane.refresh(keys=["soc-levels"])
        assert (snapshot.soc_min, snapshot.soc_target) == (15, 90)
        before = len(sink.seen)
        with pytest.raises(InvalidInputError):
            await megane.set_battery_soc(min=90, target=15)
        assert len(sink.seen) == before


async def test_horn_lights_and_refreshes(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        r5 = await vehicle_of(client, fake_backend, "R5E1VE")
        state = fake_backend.controls.vehicle(r5.vin)
        await r5.start_horn()
        await r5.start_lights()
        assert [target for _, target in state.horn_lights] == ["horn", "lights"]
        old = (await r5.get_location()).to_dict()["lastUpdateTime"]
        fake_backend.controls.advance(600)
        answer = await r5.refresh_location()
        assert "attributes" not in answer.to_dict()["data"]
        assert (await r5.get_location()).to_dict()["lastUpdateTime"] > old
        await r5.refresh_battery_status()
        await r5.refresh_hvac_status()
        assert state.battery_ts == pytest.approx(fake_backend.controls.now())
        assert state.hvac_ts == pytest.approx(fake_backend.controls.now())


@pytest.mark.parametrize(
    ("model", "method"),
    [
        ("XJA2VP", "start_horn"),
        ("XJA2VP", "set_ac_start"),
        ("X102VE", "start_lights"),
        ("XJB1SU", "set_charge_start"),
        ("R5E1VE", "set_charge_mode"),
    ],
)
async def test_unsupported_actions_send_nothing(
    fake_backend: FakeHandle, model: str, method: str
) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        vehicle = await vehicle_of(client, fake_backend, model)
        args = {"set_ac_start": (21,), "set_charge_mode": ("always",)}.get(method, ())
        before = len(sink.seen)
        with pytest.raises(EndpointNotAvailableError) as caught:
            await getattr(vehicle, method)(*args)
        assert len(sink.seen) == before
        assert caught.value.model_code == model


async def test_charge_durations_normalised_per_model(fake_backend: FakeHandle) -> None:
    """X101VE reports charge-session durations in minutes, the others in seconds."""
    async with await logged_in_client(fake_backend) as client:
        start = datetime.fromtimestamp(fake_backend.controls.now() - 40 * 86400, UTC)
        end = datetime.fromtimestamp(fake_backend.controls.now(), UTC)
        for model in ("X101VE", "X102VE"):
            vehicle = await vehicle_of(client, fake_backend, model)
            state = fake_backend.controls.vehicle(vehicle.vin)
            sessions = await vehicle.get_charge_sessions(start, end)
            expected = sorted(
                timedelta(seconds=int(s.end - s.start)) for s in state.charge_sessions
            )
            got = sorted(s.duration for s in sessions)
            assert len(got) == len(expected) > 0
            for mine, theirs in zip(got, expected, strict=True):
                assert abs(mine - theirs) < timedelta(minutes=1), model


async def test_raw_http_post(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        r5 = await vehicle_of(client, fake_backend, "R5E1VE")
        fake_backend.controls.advance(60)
        answer = await r5.http_post(
            "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}"
            "/actions/refresh-location",
            {"data": {"type": "RefreshLocation"}},
        )
        assert answer["data"]["type"] == "RefreshLocation"
        state = fake_backend.controls.vehicle(r5.vin)
        assert state.location_ts == pytest.approx(fake_backend.controls.now())


async def test_hvac_stop_on_a_model_that_ignores_it_is_flagged(
    fake_backend: FakeHandle, caplog: pytest.LogCaptureFixture
) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe2 = await vehicle_of(client, fake_backend, "X102VE")
        r5 = await vehicle_of(client, fake_backend, "R5E1VE")
        assert await zoe2.ac_stop_is_ignored() and not await r5.ac_stop_is_ignored()
        with caplog.at_level(logging.WARNING, logger="renault_ext.vehicle"):
            await zoe2.set_ac_stop()
        assert any("known to ignore" in r.getMessage() for r in caplog.records)
