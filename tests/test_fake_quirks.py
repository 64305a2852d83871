"""Fake backend: documented per-model quirks (renault_ext/fake/quirks.yaml) over real HTTP.

* ZOE phase 1 (X101VE): hvac-start accepted and the car preconditions, but hvac-status always reads
  "off"; chargingStatus only 0.0 / 1.0 / -1.0.
* ZOE phase 2 (X102VE): hvac `cancel` accepted (normal answer) but without effect.
* Renault 5 (R5E1VE): hvac `cancel` accepted but ignored; `stop` (what the model table sends) works.
* Controls: the Mégane (no quirk listed) and `stop` on the ZOE phase 2 do take effect.
* The quirks are data: a demo file's `model_quirks:` adds or removes them, and bad entries are
  refused when the fake starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_client_support import Exchanges, logged_in_client, vehicle_of

from renault_ext.fake import FakeHandle, running_fake_backend
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.quirks import QuirksError, load_quirks
from renault_ext.fake.state import DEMO_FILE, HVAC_RUN_SECONDS
from renault_ext.fake.testing import RawSession
from renault_ext.units import ChargeState, effective_charge_state
from renault_ext.yamlio import load_yaml

WHOLE_YEAR = {"start": "20200101", "end": "20991231"}


def vin_of(fake: FakeHandle, model: str) -> str:
    return next(v for v in fake.demo.main.vins if fake.controls.vehicle(v).model_code == model)


def hvac(action: str, **attributes: Any) -> dict[str, Any]:
    return {"data": {"type": "HvacStart", "attributes": {"action": action, **attributes}}}


@pytest.fixture
def s(fake_backend: FakeHandle) -> Iterator[RawSession]:
    with RawSession(fake_backend).login() as session:
        yield session


def conforms(fake: FakeHandle, operation_id: str, body: Any) -> None:
    """The (quirky) answer still validates against the spec's 200 schema."""
    index = fake.app.index
    _, pointer, declared = index.response_schema_pointer(operation_id, 200)
    assert declared and pointer is not None
    assert index.errors(pointer, body) == []


def hvac_status(s: RawSession, fake: FakeHandle, vin: str) -> str:
    response = s.get(s.kca(vin, "hvac-status"))
    assert response.status_code == 200, response.text
    conforms(fake, "getHvacStatus", response.json())
    return response.json()["data"]["attributes"]["hvacStatus"]


# -- ZOE phase 1: hvacStatus always "off" ----------------------------------------------------------
async def test_zoe1_hvac_start_accepted_but_status_stays_off(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        car = fake_backend.controls.vehicle(zoe.vin)
        answer = await zoe.set_ac_start(21)
        assert sink.seen[-1][2] == 200
        assert answer.to_dict()["data"]["attributes"]["action"] == "start"
        assert car.hvac_on  # the car does precondition...
        assert (await zoe.get_hvac_status()).to_dict()["hvacStatus"] == "off"  # ...and says "off"
        snapshot = await zoe.refresh(keys=["hvac-status"])
        assert snapshot.hvac.status == "off"
        fake_backend.controls.advance(600)
        assert car.hvac_on
        assert (await zoe.get_hvac_status()).to_dict()["hvacStatus"] == "off"


def test_zoe1_preconditioning_shows_only_in_sessions(
    fake_backend: FakeHandle, s: RawSession
) -> None:
    vin = vin_of(fake_backend, "X101VE")
    assert s.post(s.kca(vin, "actions/hvac-start"), hvac("start", targetTemperature=20)).is_success
    assert hvac_status(s, fake_backend, vin) == "off"
    fake_backend.controls.advance(HVAC_RUN_SECONDS + 60)
    sessions = s.attributes(vin, "hvac-sessions", **WHOLE_YEAR)["hvacSessions"]
    assert len(sessions) == 1  # it did run


# -- ZOE phase 1: chargingStatus only 0.0 / 1.0 / -1.0 ---------------------------------------------
def test_zoe1_charging_status_only_zero_one_minus_one(
    fake_backend: FakeHandle, s: RawSession
) -> None:
    vin = vin_of(fake_backend, "X101VE")
    car = fake_backend.controls.vehicle(vin)

    def reported() -> float:
        response = s.get(s.kca(vin, "battery-status", version=2))
        assert response.status_code == 200, response.text
        conforms(fake_backend, "getBatteryStatus", response.json())
        return response.json()["data"]["attributes"]["chargingStatus"]

    assert (car.charging_status, reported()) == (0.0, 0.0)
    fake_backend.controls.plug(vin, plugged=False)
    start = {"data": {"type": "ChargingStart", "attributes": {"action": "start"}}}
    assert s.post(s.kca(vin, "actions/charging-start"), start).is_success
    # Other models report 0.3 "waiting for current" here; a ZE40 only knows "not charging".
    assert car.charging_status == 0.3
    assert reported() == -1.0
    fake_backend.controls.plug(vin)
    assert s.post(s.kca(vin, "actions/charging-start"), start).is_success
    assert reported() == 1.0
    fake_backend.controls.advance(12 * 3600)  # up to the charge target: "charge ended" (0.2)
    assert car.charging_status == 0.2
    assert reported() == -1.0


async def test_zoe1_charge_state_through_the_client(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as client:
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        fake_backend.controls.plug(zoe.vin, plugged=False)
        await zoe.set_charge_start()
        battery = (await zoe.refresh(keys=["battery-status"])).battery
        assert battery.charge_state is ChargeState.CHARGE_ERROR  # -1.0 on the wire
        # The client's display rule for older cars: unplugged -1.0 means "not charging".
        assert effective_charge_state(battery.charge_state, battery.plug) is (
            ChargeState.NOT_IN_CHARGE
        )


# -- ZOE phase 2: cancel accepted, no effect -------------------------------------------------------
async def test_zoe2_cancel_accepted_but_hvac_stays_on(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await vehicle_of(client, fake_backend, "X102VE")
        car = fake_backend.controls.vehicle(zoe.vin)
        await zoe.set_ac_start(21)
        assert (await zoe.get_hvac_status()).to_dict()["hvacStatus"] == "on"
        answer = await zoe.set_ac_stop()
        method, path, status = sink.seen[-1]
        assert (method, path.rsplit("/", 1)[-1], status) == ("POST", "hvac-start", 200)
        assert answer.to_dict()["data"]["type"] == "HvacStart"
        assert answer.to_dict()["data"]["attributes"]["action"] == "cancel"
        assert (await zoe.get_hvac_status()).to_dict()["hvacStatus"] == "on"
        assert car.hvac_on and not car.hvac_sessions
        # Only the car's own timeout ends it.
        fake_backend.controls.advance(HVAC_RUN_SECONDS)
        assert (await zoe.get_hvac_status()).to_dict()["hvacStatus"] == "off"


def test_zoe2_cancel_answer_is_the_normal_one(fake_backend: FakeHandle, s: RawSession) -> None:
    zoe2, megane = vin_of(fake_backend, "X102VE"), vin_of(fake_backend, "XCB1VE")
    answers = {}
    for vin in (zoe2, megane):
        started = s.post(s.kca(vin, "actions/hvac-start"), hvac("start", targetTemperature=21))
        assert started.status_code == 200, started.text
        response = s.post(s.kca(vin, "actions/hvac-start"), hvac("cancel"))
        assert response.status_code == 200, response.text
        conforms(fake_backend, "postHvacStart", response.json())
        answers[vin] = response.json()["data"]
    assert {k: v for k, v in answers[zoe2].items() if k != "id"} == {
        k: v for k, v in answers[megane].items() if k != "id"
    }
    assert hvac_status(s, fake_backend, zoe2) == "on"
    assert hvac_status(s, fake_backend, megane) == "off"
    # A quirk is no licence for bad requests: validation still applies.
    bad = s.post(s.kca(zoe2, "actions/hvac-start"), {"data": {"type": "HvacStart"}})
    assert bad.status_code >= 400
    # A scheduled start cannot be cancelled either.
    fake_backend.controls.advance(HVAC_RUN_SECONDS)
    when = "2099-01-01T07:00:00Z"
    s.post(
        s.kca(zoe2, "actions/hvac-start"), hvac("start", targetTemperature=21, startDateTime=when)
    )
    s.post(s.kca(zoe2, "actions/hvac-start"), hvac("cancel"))
    assert s.attributes(zoe2, "hvac-status")["nextHvacStartDate"] == when


def test_zoe2_stop_verb_takes_effect(fake_backend: FakeHandle, s: RawSession) -> None:
    # Only `cancel` is documented as ignored on the ZE50.
    vin = vin_of(fake_backend, "X102VE")
    s.post(s.kca(vin, "actions/hvac-start"), hvac("start", targetTemperature=21))
    assert s.post(s.kca(vin, "actions/hvac-start"), hvac("stop")).status_code == 200
    assert hvac_status(s, fake_backend, vin) == "off"


# -- Renault 5: cancel ignored, stop works ---------------------------------------------------------
async def test_r5_cancel_ignored_stop_from_the_client_works(
    fake_backend: FakeHandle, s: RawSession
) -> None:
    vin = vin_of(fake_backend, "R5E1VE")
    s.post(s.kca(vin, "actions/hvac-start"), hvac("start", targetTemperature=21))
    response = s.post(s.kca(vin, "actions/hvac-start"), hvac("cancel"))
    assert response.status_code == 200
    assert response.json()["data"]["attributes"] == {"action": "cancel"}
    assert hvac_status(s, fake_backend, vin) == "on"
    async with await logged_in_client(fake_backend) as client:
        r5 = await vehicle_of(client, fake_backend, "R5E1VE")
        answer = await r5.set_ac_stop()  # model table: mode kca-stop, action `stop`
        assert answer.to_dict()["data"]["attributes"]["action"] == "stop"
        assert (await r5.get_hvac_status()).to_dict()["hvacStatus"] == "off"


# -- control: no quirk on the Mégane E-Tech -------------------------------------------------------
@pytest.mark.parametrize("verb", ["cancel", "stop"])
async def test_megane_stop_and_cancel_take_effect(fake_backend: FakeHandle, verb: str) -> None:
    async with await logged_in_client(fake_backend) as client:
        megane = await vehicle_of(client, fake_backend, "XCB1VE")
        await megane.set_ac_start(21)
        assert (await megane.get_hvac_status()).to_dict()["hvacStatus"] == "on"
    with RawSession(fake_backend).login() as s:
        response = s.post(s.kca(megane.vin, "actions/hvac-start"), hvac(verb))
        assert response.status_code == 200
        assert hvac_status(s, fake_backend, megane.vin) == "off"
        assert len(fake_backend.controls.vehicle(megane.vin).hvac_sessions) == 1


# -- data, not code --------------------------------------------------------------------------------
def demo_with(tmp_path: Path, model_quirks: Any) -> Path:
    data = load_yaml(DEMO_FILE.read_text(encoding="utf-8"))
    data["model_quirks"] = model_quirks
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_a_demo_file_adds_and_removes_quirks(tmp_path: Path) -> None:
    demo = demo_with(
        tmp_path,
        {
            "X101VE": {},  # shipped quirks off: a truthful ZOE phase 1
            "XCB1VE": {  # a quirk described without code
                "ignored_actions": {"postHvacStart": ["cancel"], "postHornLights": ["*"]},
                "reported_fields": {"getLocation": {"gpsLatitude": {"map": {43.29648: 0.0}}}},
            },
        },
    )
    with (
        running_fake_backend(default_test_config(demo_file=demo)) as fake,
        RawSession(fake).login() as s,
    ):
        zoe1, megane = vin_of(fake, "X101VE"), vin_of(fake, "XCB1VE")
        s.post(s.kca(zoe1, "actions/hvac-start"), hvac("start", targetTemperature=21))
        assert hvac_status(s, fake, zoe1) == "on"
        s.post(s.kca(megane, "actions/hvac-start"), hvac("start", targetTemperature=21))
        assert s.post(s.kca(megane, "actions/hvac-start"), hvac("cancel")).status_code == 200
        assert hvac_status(s, fake, megane) == "on"
        horn = {"data": {"type": "HornLights", "attributes": {"action": "start", "target": "horn"}}}
        assert s.post(s.kca(megane, "actions/horn-lights"), horn).status_code == 200
        assert fake.controls.vehicle(megane).horn_lights == []
        location = s.attributes(megane, "location")
        assert location["gpsLatitude"] == 0.0
        assert fake.controls.vehicle(megane).latitude == pytest.approx(43.29648)
        # Models the demo file does not mention keep the shipped quirks.
        zoe2 = vin_of(fake, "X102VE")
        s.post(s.kca(zoe2, "actions/hvac-start"), hvac("start", targetTemperature=21))
        s.post(s.kca(zoe2, "actions/hvac-start"), hvac("cancel"))
        assert hvac_status(s, fake, zoe2) == "on"


@pytest.mark.parametrize(
    ("model_quirks", "message"),
    [
        ({"XCB1VE": {"ignored_actions": {"postHvacStrat": ["cancel"]}}}, "postHvacStrat"),
        ({"XCB1VE": {"ignored": {"postHvacStart": ["cancel"]}}}, "unknown field(s) ignored"),
        ({"XCB1VE": {"ignored_actions": {"postHvacStart": "cancel"}}}, "list of action values"),
        (
            {"XCB1VE": {"reported_fields": {"getHvacStatus": {"hvacStatus": "off"}}}},
            "reported_fields.getHvacStatus.hvacStatus must be a mapping",
        ),
        (
            {"XCB1VE": {"reported_fields": {"getHvacStatus": {"hvacStatus": {"only": ["on"]}}}}},
            "otherwise",
        ),
    ],
)
def test_bad_quirks_are_refused_at_start(tmp_path: Path, model_quirks: Any, message: str) -> None:
    demo = demo_with(tmp_path, model_quirks)
    with (
        pytest.raises(QuirksError, match=r"XCB1VE") as caught,
        running_fake_backend(default_test_config(demo_file=demo)),
    ):
        pass
    assert message in str(caught.value)


def test_shipped_quirks_cover_the_documented_models() -> None:
    quirks = load_quirks()
    assert quirks["X101VE"].reported_fields["getHvacStatus"]["hvacStatus"].apply("on") == "off"
    rule = quirks["X101VE"].reported_fields["getBatteryStatus"]["chargingStatus"]
    assert [rule.apply(v) for v in (0.0, 0.1, 0.2, 0.3, 1.0, -1.0)] == [
        0.0,
        -1.0,
        -1.0,
        -1.0,
        1.0,
        -1.0,
    ]
    assert quirks["X102VE"].ignores("postHvacStart", "cancel")
    assert not quirks["X102VE"].ignores("postHvacStart", "stop")
    assert quirks["R5E1VE"].ignores("postHvacStart", "cancel")
    assert "XCB1VE" not in quirks
    assert all(entry.notes for entry in quirks.values())  # each quirk says where it is documented
