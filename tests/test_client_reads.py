"""High-level client, reads: person, accounts, vehicles and every read of RenaultVehicle on the
demo fleet, routed per model; unsupported reads fail before any HTTP call.

One fake serves the whole module (reads do not change its state).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from test_client_support import VIN_BY_MODEL, Exchanges, logged_in_client, vehicle_of

from renault_ext.errors import EndpointNotAvailableError
from renault_ext.fake import FakeHandle
from renault_ext.model_table import EndpointDefinition, load_model_table
from renault_ext.snapshot import READ_KEYS

TABLE = load_model_table()
NOW = datetime.now(UTC)
RANGE = (NOW - timedelta(days=60), NOW)

# method name -> (logical key, positional arguments)
READ_METHODS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "get_battery_status": ("battery-status", ()),
    "get_battery_soc": ("soc-levels", ()),
    "get_tyre_pressure": ("pressure", ()),
    "get_location": ("location", ()),
    "get_hvac_status": ("hvac-status", ()),
    "get_hvac_settings": ("hvac-settings", ()),
    "get_charge_mode": ("charge-mode", ()),
    "get_charging_settings": ("charging-settings", ()),
    "get_charge_schedule": ("charge-schedule", ()),
    "get_cockpit": ("cockpit", ()),
    "get_lock_status": ("lock-status", ()),
    "get_res_state": ("res-state", ()),
    "get_notification_settings": ("notification-settings", ()),
    "get_alerts": ("alerts", ()),
    "get_charge_history": ("charge-history", RANGE),
    "get_charges": ("charges", RANGE),
    "get_hvac_history": ("hvac-history", RANGE),
    "get_hvac_sessions": ("hvac-sessions", RANGE),
}


@pytest.fixture
def fake(fake_backend_module: FakeHandle) -> FakeHandle:
    return fake_backend_module


async def test_person_accounts_and_vehicles(fake: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        person = await client.get_person()
        assert person is not None
        accounts = await client.get_api_accounts()
        assert [a.account_id for a in accounts] == list(fake.demo.main.account_ids)
        assert [a.account_type for a in accounts] == ["MYRENAULT", "SFDC"]
        vehicles = await accounts[0].get_api_vehicles()
        assert sorted(v.vin for v in vehicles) == sorted(fake.demo.main.vins)
        assert await accounts[1].get_api_vehicles() == []
        # The listing carries the details: no per-vehicle details call afterwards.
        codes = {await v.model_code() for v in vehicles}
        assert codes == set(VIN_BY_MODEL)
        assert sink.count("/details") == 0
        raw = await accounts[0].get_vehicles()
        described = [accounts[0].describe_vehicle(link) for link in raw.vehicle_links]
        assert {d["model_code"] for d in described} == set(VIN_BY_MODEL)
        assert all(d["brand"] for d in described)
        # Gigya: one login and one JWT for all of the above; the person id comes from the JWT's
        # data.personId claim, so no accounts.getAccountInfo round trip.
        assert sink.count("accounts.login") == 1
        assert sink.count("accounts.getAccountInfo") == 0
        assert sink.count("accounts.getJWT") == 1


async def test_vehicle_proxy_without_listing_fetches_details(fake: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        account = await client.get_api_account(fake.demo.main.account_ids[0])
        vehicle = await account.get_api_vehicle(VIN_BY_MODEL["XCB1VE"])
        assert await vehicle.model_code() == "XCB1VE"
        assert await vehicle.model_code() == "XCB1VE"
        assert sink.count("/details", "GET") == 1  # cached
        adapter = await vehicle.get_car_adapter()
        assert adapter.to_dict()["vin"] == vehicle.vin


async def test_contracts(fake: FakeHandle) -> None:
    async with await logged_in_client(fake) as client:
        vehicle = await vehicle_of(client, fake, "XCB1VE")
        contracts = await vehicle.get_contracts()
        assert isinstance(contracts, list) and contracts


@pytest.mark.parametrize("model", sorted(VIN_BY_MODEL))
async def test_every_read_routes_per_model(fake: FakeHandle, model: str) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        vehicle = await vehicle_of(client, fake, model)
        for name, (key, args) in READ_METHODS.items():
            definition = TABLE.get_endpoint_definition(model, key)
            assert await vehicle.supports_endpoint(key) is (definition is not None)
            assert await vehicle.get_endpoint_definition(key) == definition
            before = len(sink.seen)
            if definition is None:
                with pytest.raises(EndpointNotAvailableError) as caught:
                    await getattr(vehicle, name)(*args)
                assert caught.value.model_code == model
                assert len(sink.seen) == before, f"{name} on {model} sent a request"
                continue
            result = await getattr(vehicle, name)(*args)
            assert result is not None, f"{name} on {model}"
            assert len(sink.seen) == before + 1, f"{name} on {model}: one request expected"
            method, path, status = sink.seen[-1]
            assert (method, status) == ("GET", 200)
            assert vehicle.vin in path


async def test_reads_return_the_fake_state(fake: FakeHandle) -> None:
    async with await logged_in_client(fake) as client:
        zoe = await vehicle_of(client, fake, "X102VE")
        state = fake.controls.vehicle(zoe.vin)
        battery = (await zoe.get_battery_status()).to_dict()
        assert battery["batteryLevel"] == round(state.level)
        assert battery["plugStatus"] == (1 if state.plugged else 0)
        location = (await zoe.get_location()).to_dict()
        assert (location["gpsLatitude"], location["gpsLongitude"]) == (
            state.latitude,
            state.longitude,
        )
        cockpit = (await zoe.get_cockpit()).to_dict()
        assert cockpit["totalMileage"] == pytest.approx(state.mileage)
        megane = await vehicle_of(client, fake, "XCB1VE")
        soc = (await megane.get_battery_soc()).to_dict()
        megane_state = fake.controls.vehicle(megane.vin)
        assert (soc["socMin"], soc["socTarget"]) == (megane_state.soc_min, megane_state.soc_target)
        r5 = await vehicle_of(client, fake, "R5E1VE")
        # kcm-settings models read their schedule from the flat KCM ev/settings.
        schedule = (await r5.get_charge_schedule()).to_dict()
        assert "programs" in schedule
        assert schedule == (await r5.get_kcm_ev_settings()).to_dict()


@pytest.mark.parametrize("model", sorted(VIN_BY_MODEL))
async def test_refresh_reads_what_the_model_supports(fake: FakeHandle, model: str) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        vehicle = await vehicle_of(client, fake, model)
        sink.clear()
        snapshot = await vehicle.refresh()
        expected = {key for key in READ_KEYS if TABLE.supports(model, key)}
        assert set(snapshot.raw) | set(snapshot.errors) == expected
        assert snapshot.errors == {}
        assert snapshot.ok
        assert snapshot.model_code == model
        assert len(sink.seen) == len(expected)
        state = fake.controls.vehicle(vehicle.vin)
        if "battery-status" in expected:
            assert snapshot.battery is not None
            assert snapshot.battery.level == round(state.level)
            assert snapshot.battery.timestamp is not None and snapshot.battery.timestamp.tzinfo
        else:
            assert snapshot.battery is None
        assert snapshot.cockpit is not None
        assert snapshot.cockpit.total_mileage_km == pytest.approx(state.mileage)
        if state.has_fuel:
            assert snapshot.cockpit.fuel_quantity_l == pytest.approx(state.fuel_l, abs=0.1)
        if "location" in expected:
            assert snapshot.location is not None and snapshot.location.updated.tzinfo
        assert vehicle.vin not in repr(snapshot)


async def test_refresh_of_chosen_keys(fake: FakeHandle) -> None:
    """Only the keys asked for, minus those the model lacks (errors per key: test_client_faults)."""
    async with await logged_in_client(fake) as client:
        zoe = await vehicle_of(client, fake, "X102VE")
        snapshot = await zoe.refresh(keys=["battery-status", "pressure", "charge-mode"])
        assert "charge-mode" not in snapshot.raw  # unsupported on X102VE: not even tried
        assert set(snapshot.raw) == {"battery-status", "pressure"}
        assert snapshot.tyres is not None and 1.0 < snapshot.tyres.front_left_bar < 4.0


async def test_unknown_model_falls_back_to_defaults_with_one_warning(
    fake: FakeHandle, caplog: pytest.LogCaptureFixture
) -> None:
    async with await logged_in_client(fake, model_table=load_model_table()) as client:
        account = await client.get_api_account(fake.demo.main.account_ids[0])
        vehicle = await account.get_api_vehicle(
            VIN_BY_MODEL["X102VE"], details={"model": {"code": "ZZZ9VE"}}
        )
        with caplog.at_level("WARNING", logger="renault_ext.model_table"):
            definition = await vehicle.get_endpoint_definition("battery-status")
            assert definition == TABLE.default_definition("battery-status")
            assert isinstance(definition, EndpointDefinition)
            await vehicle.get_battery_status()
            await vehicle.get_cockpit()
        warnings = [r for r in caplog.records if "ZZZ9VE" in r.getMessage()]
        assert len(warnings) == 1


async def test_raw_http_get(fake: FakeHandle) -> None:
    async with await logged_in_client(fake) as client:
        vehicle = await vehicle_of(client, fake, "X102VE")
        document = await vehicle.http_get(
            "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit"
        )
        assert document["data"]["id"] == vehicle.vin
        assert "totalMileage" in document["data"]["attributes"]


async def test_specifications_from_model_and_gateway(fake: FakeHandle) -> None:
    async with await logged_in_client(fake) as client:
        zoe1 = await vehicle_of(client, fake, "X101VE")
        assert "reports-charging-power-in-watts" in await zoe1.specifications()
        zoe2 = await vehicle_of(client, fake, "X102VE")
        assert "reports-charging-power-in-watts" not in await zoe2.specifications()
        # An undocumented model learns the GDC quirks from its car adapter.
        account = await client.get_api_account(fake.demo.main.account_ids[0])
        mystery = await account.get_api_vehicle(zoe1.vin, details={"model": {"code": "ZZZ8VE"}})
        assert await mystery.specifications() == frozenset()
        await mystery.get_car_adapter()
        assert "reports-charge-session-durations-in-minutes" in await mystery.specifications()
