"""renault-api's session-level methods (endpoint names, raw attributes) work on the fake backend,
routed through the spec: versions and JSON:API types come from the spec, not from a table."""

from __future__ import annotations

import pytest
from test_client_support import Exchanges, logged_in_client

from renault_ext.endpoints import EndpointNames
from renault_ext.errors import InvalidInputError, RenaultError, UnknownEndpointError
from renault_ext.fake import FakeHandle
from renault_ext.spec import load_spec


@pytest.fixture(scope="module")
def names() -> EndpointNames:
    return EndpointNames(load_spec())


@pytest.mark.parametrize(
    ("method", "endpoint", "adapter", "operation_id", "body_type"),
    [
        ("GET", "battery-status", "kca", "getBatteryStatus", None),
        ("GET", "cockpit", "kca", "getCockpit", None),  # v1 wins over v2, as in renault-api
        ("GET", "", "kca", "getCarAdapter", None),
        ("GET", "ev/soc-levels", "kcm", "getKcmSocLevels", None),
        ("POST", "actions/charge-mode", "kca", "postChargeMode", "ChargeMode"),
        ("POST", "actions/hvac-start", "kca", "postHvacStart", "HvacStart"),
        ("POST", "charge/pause-resume", "kcm", "postKcmChargePauseResume", "ChargePauseResume"),
        ("POST", "ev/soc-levels", "kcm", "postKcmSocLevels", None),
    ],
)
def test_endpoint_names_map_to_spec_operations(
    names: EndpointNames,
    method: str,
    endpoint: str,
    adapter: str,
    operation_id: str,
    body_type: str | None,
) -> None:
    route = names.route(method, endpoint, adapter)
    assert route.operation.operation_id == operation_id
    assert route.body_type == body_type


def test_an_unknown_endpoint_name_is_a_lookup_error(names: EndpointNames) -> None:
    # A LookupError as before, and an input error (ValueError) like every caller mistake.
    with pytest.raises(UnknownEndpointError, match="no-such-thing") as caught:
        names.route("GET", "no-such-thing")
    assert isinstance(caught.value, LookupError) and isinstance(caught.value, ValueError)


async def test_query_parameters_by_wire_name_and_unknown_ones(
    fake_backend_module: FakeHandle,
) -> None:
    fake = fake_backend_module
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        session = client.session
        account_id, vin = fake.demo.main.account_ids[0], fake.demo.main.vins[0]  # ZOE phase 1
        sink.clear()
        # renault-api's spelling: the wire names, "type" included (the generator calls it type_).
        history = await session.get_vehicle_data(
            account_id, vin, "charge-history", {"type": "month", "start": "202010", "end": "202011"}
        )
        by_day = await session.get_vehicle_data(
            account_id,
            vin,
            "charge-history",
            {"type": "day", "start": "20201001", "end": "20201130"},
        )
        assert sink.statuses("charge-history") == [200, 200]
        assert history.data.id == by_day.data.id == vin
        # "type" is the generator's type_, an enum: a value outside it is refused locally.
        with pytest.raises(InvalidInputError, match="month") as caught:
            await session.get_vehicle_data(account_id, vin, "charge-history", {"type": "year"})
        assert caught.value.field == "type_" and sink.statuses("charge-history") == [200, 200]
        with pytest.raises(InvalidInputError, match="needs the parameter"):
            await session.get_vehicle_data(account_id, vin, "charge-history", {"type": "day"})
        sink.clear()
        with pytest.raises(UnknownEndpointError, match="foo") as caught:
            await session.get_vehicle_data(account_id, vin, "battery-status", {"foo": "bar"})
        assert caught.value.field == "foo"
        assert sink.seen == []  # refused before any request, not reported as a server answer


@pytest.mark.parametrize(
    "path", ["http://127.0.0.1:9/x", "//127.0.0.1:9/x", "commerce/v1/x", "/x?next=http://h/"]
)
async def test_raw_requests_never_leave_the_kamereon_root(
    fake_backend_module: FakeHandle, path: str
) -> None:
    # The raw request carries the JWT and the API key: a URL of its own must not receive them.
    fake = fake_backend_module
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        vehicle = (await (await client.get_api_accounts())[0].get_api_vehicles())[0]
        sink.clear()
        if path.startswith("/x?"):  # a query that merely mentions a URL is fine
            with pytest.raises(RenaultError) as caught:
                await vehicle.http_get(path)
            assert not isinstance(caught.value, InvalidInputError)
            return
        with pytest.raises(InvalidInputError, match="Kamereon path"):
            await vehicle.http_get(path)
        assert sink.seen == []


async def test_session_methods_of_renault_api(fake_backend_module: FakeHandle) -> None:
    fake = fake_backend_module
    sink = Exchanges()
    async with await logged_in_client(fake, exchange_sink=sink) as client:
        session = client.session
        account_id = fake.demo.main.account_ids[0]
        vin = fake.demo.main.vins[0]  # ZOE phase 1
        person = await session.get_person()
        assert account_id in [a.account_id for a in person.accounts]
        vehicles = await session.get_account_vehicles(account_id)
        assert vin in [link.vin for link in vehicles.vehicle_links]
        details = await session.get_vehicle_details(account_id, vin)
        assert details.to_dict()["model"]["code"] == "X101VE"
        assert isinstance(await session.get_vehicle_contracts(account_id, vin), list)
        battery = await session.get_vehicle_data(account_id, vin, "battery-status")
        assert 0 <= battery.data.attributes.battery_level <= 100
        sink.clear()
        answer = await session.set_vehicle_action(
            account_id, vin, "actions/hvac-start", {"action": "start", "targetTemperature": 21}
        )
        assert answer.data.to_dict()["type"] == "HvacStart"
        assert [path for _, path, _ in sink.seen] == [
            f"/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/actions/hvac-start"
        ]
        # The ZOE phase 1 preconditions, but its hvac-status always reads "off" (fake quirks.yaml).
        assert fake.controls.vehicle(vin).hvac_on
        status = await session.get_vehicle_data(account_id, vin, "hvac-status")
        assert status.data.attributes.to_dict()["hvacStatus"] == "off"


async def test_full_endpoint_follows_the_model_routing(fake_backend_module: FakeHandle) -> None:
    fake = fake_backend_module
    async with await logged_in_client(fake) as client:
        account = await client.get_api_account(fake.demo.main.account_ids[0])
        codes = {v: await v.model_code() for v in await account.get_api_vehicles()}
        spring = next(v for v, code in codes.items() if code == "XBG1VE")
        path = await spring.get_full_endpoint("actions/charge-start")
        assert path.endswith(f"/kcm/v1/vehicles/{spring.vin}/charge/pause-resume")
        assert f"/accounts/{account.account_id}/" in path
