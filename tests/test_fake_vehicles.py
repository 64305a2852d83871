"""Fake backend: demo fleet, per-model support from the model table, strict request checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from renault_ext.fake import FakeHandle, running_fake_backend
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.testing import RawSession
from renault_ext.model_table import EndpointDefinition, load_model_table

REQUIRED_MODELS = {"X101VE", "X102VE", "XCB1VE", "R5E1VE", "XBG1VE", "XJB1SU"}

# GET logical keys and how to call them (path relative to the account's kamereon root)
READ_KEYS = {
    "battery-status": ("kca", "battery-status", 2),
    "charge-mode": ("kca", "charge-mode", 1),
    "charging-settings": ("kca", "charging-settings", 1),
    "cockpit": ("kca", "cockpit", 1),
    "hvac-settings": ("kca", "hvac-settings", 1),
    "hvac-status": ("kca", "hvac-status", 1),
    "location": ("kca", "location", 1),
    "lock-status": ("kca", "lock-status", 1),
    "pressure": ("kca", "pressure", 1),
    "res-state": ("kca", "res-state", 1),
    "notification-settings": ("kca", "notification-settings", 1),
    "soc-levels": ("kcm", "ev/soc-levels", 1),
}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHandle]:
    with running_fake_backend(default_test_config()) as handle:
        yield handle


@pytest.fixture(scope="module")
def session(fake: FakeHandle) -> Iterator[RawSession]:
    with RawSession(fake).login() as s:
        yield s


def test_demo_fleet_covers_the_required_models(fake: FakeHandle, session: RawSession) -> None:
    person = session.get(f"/commerce/v1/persons/{session.person_id}").json()
    account_ids = [a["accountId"] for a in person["accounts"]]
    assert account_ids == list(fake.demo.main.account_ids)
    links = session.get(f"{session.account_path()}/vehicles").json()["vehicleLinks"]
    models = {link["vehicleDetails"]["model"]["code"] for link in links}
    assert REQUIRED_MODELS <= models
    assert any(link["vehicleDetails"]["engineEnergyType"] == "OTHER" for link in links)  # fuel only
    vins = [link["vin"] for link in links]
    assert len(set(vins)) == len(vins) == len(fake.demo.main.vins)
    for link in links:
        assert link["vin"].startswith("VF1AAAA") and len(link["vin"]) == 17
        assert link["vehicleDetails"]["vin"] == link["vin"]
        assert link["vehicleDetails"]["registrationNumber"].startswith("REG-")


def test_details_and_car_adapter_carry_the_vehicle(fake: FakeHandle, session: RawSession) -> None:
    for vin in fake.demo.main.vins:
        model = fake.controls.vehicle(vin).model_code
        details = session.get(f"{session.account_path()}/vehicles/{vin}/details")
        assert details.status_code == 200
        assert details.json()["model"]["code"] == model
        adapter = session.get(session.kca(vin, "", version=2))
        assert adapter.status_code == 200
        assert adapter.json()["data"]["id"] == vin


def test_each_model_answers_exactly_its_endpoints(fake: FakeHandle, session: RawSession) -> None:
    table = load_model_table()
    checked = 0
    for vin in fake.demo.main.vins:
        model = fake.controls.vehicle(vin).model_code
        for key, (adapter, endpoint, version) in READ_KEYS.items():
            path = (
                session.kca(vin, endpoint, version)
                if adapter == "kca"
                else session.kcm(vin, endpoint)
            )
            response = session.get(path)
            expected = table.lookup(model, key)
            if isinstance(expected, EndpointDefinition) and expected.operation_id in (
                "getKcmEvSettings",
            ):
                continue  # routed elsewhere for this model; the KCA path is not its endpoint
            if isinstance(expected, EndpointDefinition):
                assert response.status_code == 200, (model, key, response.text)
            else:
                assert response.status_code == expected.status, (model, key, response.text)
                assert response.json()["errors"][0]["errorCode"] == expected.code
            checked += 1
    assert checked >= len(fake.demo.main.vins) * (len(READ_KEYS) - 1)


def test_action_support_follows_body(fake: FakeHandle, session: RawSession) -> None:
    table = load_model_table()
    for vin in fake.demo.main.vins:
        model = fake.controls.vehicle(vin).model_code
        for target, key in (("horn", "actions/horn-start"), ("lights", "actions/lights-start")):
            body = {
                "data": {"type": "HornLights", "attributes": {"action": "start", "target": target}}
            }
            response = session.post(session.kca(vin, "actions/horn-lights"), body)
            if table.supports(model, key):
                assert response.status_code == 200, (model, key, response.text)
                assert response.json()["data"]["attributes"]["target"] == target
            else:
                assert response.status_code >= 400, (model, key)


def test_unknown_vin_account_and_path(fake: FakeHandle, session: RawSession) -> None:
    vin = fake.demo.main.vins[0]
    response = session.get(session.kca("VF1AAAAA000000000", "cockpit"))
    assert (response.status_code, response.json()["errors"][0]["errorCode"]) == (
        404,
        "err.func.wired.notFound",
    )
    other_vin = fake.demo.user("other@example.com").vins[0]
    assert session.get(session.kca(other_vin, "cockpit")).status_code == 404
    response = session.get(
        f"{session.account_path()}/kamereon/kca/car-adapter/v1/cars/{vin}/no-such-thing"
    )
    assert (response.status_code, response.json()["errors"][0]["errorCode"]) == (
        404,
        "err.func.wired.not-found",
    )
    response = session.client.delete(
        session.kca(vin, "cockpit"), params={"country": "FR"}, headers=session.headers()
    )
    assert (response.status_code, response.json()["errors"][0]["errorCode"]) == (
        405,
        "err.func.wired.methodNotAllowed",
    )
    assert (
        response.json()["errors"][0]["errorMessage"] == "Request method 'DELETE' is not supported"
    )


def test_country_is_required(fake: FakeHandle, session: RawSession) -> None:
    vin = fake.demo.main.vins[0]
    response = session.client.get(session.kca(vin, "cockpit"), headers=session.headers())
    assert response.status_code == 400
    assert response.json()["errors"][0]["errorCode"] == "err.func.wired.missingRequestParam"


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"type": "HvacStart", "attributes": {"action": "explode"}}},
        {"nothing": True},
        "not an object",
    ],
)
def test_bodies_are_checked_against_the_spec(
    fake: FakeHandle, session: RawSession, body: object
) -> None:
    vin = next(v for v in fake.demo.main.vins if fake.controls.vehicle(v).model_code == "X101VE")
    response = session.post(session.kca(vin, "actions/hvac-start"), body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["errorCode"] == "err.func.wired.invalid-body-format"


def test_malformed_json_is_invalid_body_format(fake: FakeHandle, session: RawSession) -> None:
    vin = fake.demo.main.vins[0]
    response = session.client.post(
        session.kca(vin, "actions/hvac-start"),
        params={"country": "FR"},
        content=b"{nope",
        headers=session.headers(),
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["errorCode"] == "err.func.wired.invalid-body-format"


def test_kcm_endpoints_only_for_models_routed_through_them(
    fake: FakeHandle, session: RawSession
) -> None:
    # ev/settings, charge/start, pause-resume... are reached only through a routing mode: a car
    # whose table entry does not use that mode refuses them (a fuel Clio has no ev/settings).
    table = load_model_table()
    by_model = {fake.controls.vehicle(v).model_code: v for v in fake.demo.main.vins}
    settings = session.get(session.kcm(by_model["R5E1VE"], "ev/settings"))
    assert settings.status_code == 200  # R5: kcm-settings
    for model in ("XJA2VP", "X101VE"):
        assert "getKcmEvSettings" not in {
            getattr(table.lookup(model, key), "operation_id", None) for key in table.logical_keys
        }
        refused = session.get(session.kcm(by_model[model], "ev/settings"))
        assert refused.status_code == 403, (model, refused.text)
    pause = {"data": {"type": "ChargePauseResume", "attributes": {"action": "pause"}}}
    r5_pause = session.post(session.kcm(by_model["R5E1VE"], "charge/pause-resume"), pause)
    assert r5_pause.status_code == 403  # R5 has no remote charge stop
    spring = session.post(session.kcm(by_model["XBG1VE"], "charge/pause-resume"), pause)
    assert spring.status_code == 200  # Dacia Spring: kcm-pause-resume
