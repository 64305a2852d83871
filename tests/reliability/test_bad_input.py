"""Bad input table: every public method and CLI command given invalid arguments fails with a clear,
typed error *before any request* is sent.

The library cases run against a transport that counts requests (and answers nothing useful, so a
request that slips through is also visible as a different error). The CLI cases run in-process
against a fake backend whose request counter must not move.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from renault_ext.cli.testing import isolated_environment, run_cli
from renault_ext.client import RenaultClient
from renault_ext.errors import InvalidInputError, RenaultError
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.server import FakeHandle, running_fake_backend
from renault_ext.session import RenaultSession

pytestmark = pytest.mark.reliability

VIN = "VF1AAAAA555777999"
ACCOUNT = "account-id-bad-input"
PAST = datetime(2020, 1, 1, tzinfo=UTC)
FUTURE = datetime.now(UTC) + timedelta(days=2)
GOOD_SCHEDULE = {"id": 1, "activated": True, "monday": {"startTime": "T23:30Z", "duration": 480}}


def _schedule(**changes: Any) -> list[dict[str, Any]]:
    return [{**GOOD_SCHEDULE, **changes}]


# (case id, model code, call) - the call gets a RenaultVehicle (or the client with "client:" ids).
LIBRARY_CASES: list[tuple[str, str, Callable[[Any], Any]]] = [
    # state-of-charge limits
    ("soc min below range", "XCB1VE", lambda v: v.set_battery_soc(min=10, target=80)),
    ("soc min above range", "XCB1VE", lambda v: v.set_battery_soc(min=50, target=80)),
    ("soc target above 100", "XCB1VE", lambda v: v.set_battery_soc(min=20, target=105)),
    ("soc target below range", "XCB1VE", lambda v: v.set_battery_soc(min=20, target=50)),
    ("soc not a multiple of 5", "XCB1VE", lambda v: v.set_battery_soc(min=22, target=80)),
    ("soc as text", "XCB1VE", lambda v: v.set_battery_soc(min="twenty", target=80)),
    ("soc as bool", "XCB1VE", lambda v: v.set_battery_soc(min=True, target=80)),
    ("soc empty string", "XCB1VE", lambda v: v.set_battery_soc(min="", target=80)),
    ("soc NaN", "XCB1VE", lambda v: v.set_battery_soc(min=float("nan"), target=80)),
    # HVAC
    ("hvac temperature too hot", "X102VE", lambda v: v.set_ac_start(100)),
    ("hvac temperature too cold", "X102VE", lambda v: v.set_ac_start(-5)),
    ("hvac temperature NaN", "X102VE", lambda v: v.set_ac_start(float("nan"))),
    ("hvac temperature text", "X102VE", lambda v: v.set_ac_start("warm")),
    ("hvac start in the past", "X102VE", lambda v: v.set_ac_start(21, when=PAST)),
    ("hvac start naive/not a datetime", "X102VE", lambda v: v.set_ac_start(21, when="tomorrow")),
    (
        "hvac schedule bad time",
        "X102VE",
        lambda v: v.set_hvac_schedules(
            [{"id": 1, "activated": True, "monday": {"readyAtTime": "T25:00Z"}}]
        ),
    ),
    # charge mode and schedules
    ("charge mode unknown", "X101VE", lambda v: v.set_charge_mode("turbo")),
    ("charge mode empty", "X101VE", lambda v: v.set_charge_mode("")),
    ("charge mode None", "X101VE", lambda v: v.set_charge_mode(None)),
    ("schedule id out of range", "X102VE", lambda v: v.set_charge_schedules(_schedule(id=9))),
    (
        "schedule bad start time",
        "X102VE",
        lambda v: v.set_charge_schedules(
            _schedule(monday={"startTime": "T24:30Z", "duration": 60})
        ),
    ),
    (
        "schedule zero duration",
        "X102VE",
        lambda v: v.set_charge_schedules(_schedule(monday={"startTime": "T23:30Z", "duration": 0})),
    ),
    (
        "schedule negative duration",
        "X102VE",
        lambda v: v.set_charge_schedules(
            _schedule(monday={"startTime": "T23:30Z", "duration": -15})
        ),
    ),
    (
        "schedule duration over a day",
        "X102VE",
        lambda v: v.set_charge_schedules(
            _schedule(monday={"startTime": "T23:30Z", "duration": 2000})
        ),
    ),
    (
        "schedule unknown day",
        "X102VE",
        lambda v: v.set_charge_schedules(
            _schedule(funday={"startTime": "T23:30Z", "duration": 60})
        ),
    ),
    ("schedule not a mapping", "X102VE", lambda v: v.set_charge_schedules(["monday 23:30"])),
    ("delayed charge start on a KCA model", "X102VE", lambda v: v.set_charge_start(when=FUTURE)),
    # history ranges
    ("history end before start", "X102VE", lambda v: v.get_charge_history(FUTURE, PAST)),
    (
        "history unknown period",
        "X102VE",
        lambda v: v.get_charge_history(PAST, FUTURE, period="year"),
    ),
    ("history start not a date", "X102VE", lambda v: v.get_charge_history("yesterday", FUTURE)),
    ("charges end before start", "X102VE", lambda v: v.get_charges(FUTURE, PAST)),
    ("hvac history empty period", "X102VE", lambda v: v.get_hvac_history(PAST, FUTURE, period="")),
    ("charges before year 2000", "X101VE", lambda v: v.get_charges(date(1, 1, 1), FUTURE)),
    # schedule lists: the API replaces the car's whole list with what is sent
    ("schedules not a list", "X102VE", lambda v: v.set_charge_schedules(None)),
    ("hvac schedules a number", "X102VE", lambda v: v.set_hvac_schedules(5)),
    ("schedules empty (would delete all)", "X102VE", lambda v: v.set_charge_schedules([])),
    ("schedules with the same id", "X102VE", lambda v: v.set_charge_schedules(_schedule() * 2)),
    # refresh and raw requests
    ("refresh keys a number", "X102VE", lambda v: v.refresh(5)),
    ("refresh unknown key", "X102VE", lambda v: v.refresh(["battery-status", "no-such"])),
    ("raw GET to another host", "X102VE", lambda v: v.http_get("https://evil.example.com/x")),
    ("raw GET without a path", "X102VE", lambda v: v.http_get(None)),
    (
        "raw POST body not JSON",
        "X102VE",
        lambda v: v.http_post("/commerce/v1/x", {"x": object()}),
    ),
    (
        "action attributes not a mapping",
        "X102VE",
        lambda v: v.session.set_vehicle_action(ACCOUNT, VIN, "actions/charge-mode", 5),
    ),
    (
        "raw data: unknown parameter",
        "X102VE",
        lambda v: v.session.get_vehicle_data(ACCOUNT, VIN, "battery-status", {"foo": "x"}),
    ),
    (
        "raw data: unknown endpoint",
        "X102VE",
        lambda v: v.session.get_vehicle_data(ACCOUNT, VIN, "no-such-endpoint"),
    ),
    ("client: login token missing", "", lambda c: c.session.set_login_token(None)),
    # identifiers
    (
        "client: empty account id",
        "",
        lambda c: _cockpit_of(c, "", VIN),
    ),
    (
        "client: empty VIN",
        "",
        lambda c: _cockpit_of(c, ACCOUNT, ""),
    ),
    (
        "client: malformed VIN",
        "",
        lambda c: _cockpit_of(c, ACCOUNT, "not-a-vin"),
    ),
]


async def _cockpit_of(client: Any, account_id: str, vin: str) -> Any:
    account = await client.get_api_account(account_id)
    return await (await account.get_api_vehicle(vin)).get_cockpit()


class _CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path.rsplit('/', 1)[-1]}")
        return httpx.Response(599, text="request reached the network")


@pytest.mark.parametrize(
    ("case", "model", "call"), LIBRARY_CASES, ids=[c[0] for c in LIBRARY_CASES]
)
async def test_library_rejects_bad_input_before_any_request(case, model, call) -> None:
    transport = _CountingTransport()
    session = RenaultSession(
        locale="fr_FR",
        gigya_url="https://gigya.test",
        kamereon_url="https://kamereon.test",
        http_transport=transport,
    )
    session.set_login_token("st2.s.bad-input-login-token")
    async with RenaultClient(session) as client:
        target: Any = client
        if not case.startswith("client:"):
            account = await client.get_api_account(ACCOUNT)
            target = await account.get_api_vehicle(VIN, details={"model": {"code": model}})
        with pytest.raises(RenaultError) as caught:
            await call(target)
    error = caught.value
    assert transport.requests == [], f"{case}: sent {transport.requests} before rejecting the input"
    assert isinstance(error, InvalidInputError), f"{case}: {type(error).__name__}: {error}"
    message = str(error)
    assert len(message) > 15 and VIN not in message and ACCOUNT not in message


# -- CLI ------------------------------------------------------------------------------------------

ZOE1, ZOE2, MEGANE = "1", "2", "3"
CLI_CASES: list[tuple[str, list[str]]] = [
    ("soc min below range", ["soc", "set", "--min", "10", "--target", "80", "--vin", MEGANE]),
    ("soc target above 100", ["soc", "set", "--min", "20", "--target", "105", "--vin", MEGANE]),
    ("soc not a number", ["soc", "set", "--min", "abc", "--target", "80", "--vin", MEGANE]),
    ("soc empty", ["soc", "set", "--min", "", "--target", "80", "--vin", MEGANE]),
    ("hvac temperature too hot", ["hvac", "start", "--temperature", "99", "--vin", ZOE1]),
    ("hvac temperature text", ["hvac", "start", "--temperature", "warm", "--vin", ZOE1]),
    ("hvac bad time", ["hvac", "start", "--at", "25:99", "--vin", ZOE1]),
    ("hvac time in the past", ["hvac", "start", "--at", "2020-01-01T10:00:00Z", "--vin", ZOE1]),
    ("charge mode unknown", ["charge", "mode", "set", "turbo", "--vin", ZOE1]),
    ("charge mode empty", ["charge", "mode", "set", "", "--vin", ZOE1]),
    (
        "charge schedule bad id",
        ["charge", "schedule", "set", "9", "--monday", "T07:00Z,60", "--vin", ZOE2],
    ),
    (
        "charge schedule bad time",
        ["charge", "schedule", "set", "2", "--monday", "T27:00Z,60", "--vin", ZOE2],
    ),
    (
        "charge schedule bad duration",
        ["charge", "schedule", "set", "2", "--monday", "T07:00Z,-5", "--vin", ZOE2],
    ),
    (
        "charge schedule empty spec",
        ["charge", "schedule", "set", "2", "--monday", "", "--vin", ZOE2],
    ),
    (
        "hvac schedule bad time",
        ["hvac", "schedule", "set", "2", "--friday", "T06:61Z", "--vin", ZOE2],
    ),
    ("charge history bad date", ["charge", "history", "--from", "yesterday-ish", "--vin", ZOE1]),
    (
        "charge history reversed",
        ["charge", "history", "--from", "2024-05-01", "--to", "2024-04-01", "--vin", ZOE1],
    ),
    ("charge history bad period", ["charge", "history", "--period", "year", "--vin", ZOE1]),
    ("charge start too far ahead", ["charge", "start", "--at", "+100000000h", "--vin", MEGANE]),
    ("schedule set with nothing to change", ["charge", "schedule", "set", "1", "--vin", ZOE2]),
    ("probe negative delay", ["probe", "--delay", "-1", "--vin", ZOE1]),
    ("--log is a directory", ["--log", "/", "battery", "--vin", ZOE1]),
    ("--log in a missing directory", ["--log", "/no-such-dir/x/t.jsonl", "battery", "--vin", ZOE1]),
    ("unknown vehicle", ["battery", "--vin", "VF1AAAAA000000000"]),
    ("vehicle number out of range", ["battery", "--vin", "42"]),
    ("empty vehicle", ["battery", "--vin", ""]),
    ("unknown account", ["vehicles", "--account", "no-such-account"]),
    ("unknown locale", ["battery", "--locale", "xx_YY", "--vin", ZOE1]),
    ("http path outside Kamereon", ["http", "get", "https://evil.example.com/x", "--vin", ZOE1]),
    (
        "http post body not JSON",
        ["http", "post", "/commerce/v1/persons/x", "{not json", "--vin", ZOE1],
    ),
]


# Only the vehicle list can tell that a vehicle or account does not exist: reads are allowed,
# nothing else.
NEEDS_LOOKUP = {
    "unknown vehicle",
    "vehicle number out of range",
    "empty vehicle",
    "unknown account",
}
MAX_LOOKUP_REQUESTS = 4


@pytest.fixture(scope="module")
def logged_in_fake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeHandle]:
    with running_fake_backend(default_test_config()) as fake:
        home = tmp_path_factory.mktemp("home")
        with isolated_environment(home, base_url=fake.base_url):
            login = run_cli(
                ["login", "--email", fake.demo.email, "--password-stdin"],
                stdin=fake.demo.password + "\n",
            )
            assert login.exit_code == 0, login.stderr
            assert (
                run_cli(["vehicles"]).exit_code == 0
            )  # cache whatever the CLI caches about vehicles
            yield fake


@pytest.mark.parametrize(("case", "argv"), CLI_CASES, ids=[c[0] for c in CLI_CASES])
def test_cli_rejects_bad_input_before_any_request(case, argv, logged_in_fake: FakeHandle) -> None:
    before = logged_in_fake.app.requests_served
    result = run_cli(argv)
    sent = logged_in_fake.app.requests_served - before
    assert result.exit_code not in (0, 70), f"{case}: exit {result.exit_code}"
    assert "Traceback" not in result.stderr, f"{case}: crashed\n{result.stderr}"
    assert result.stderr.strip(), f"{case}: no message"
    if case in NEEDS_LOOKUP:
        assert sent <= MAX_LOOKUP_REQUESTS, f"{case}: {sent} requests"
    else:
        assert sent == 0, f"{case}: {sent} request(s) sent before the input was rejected"
    assert logged_in_fake.demo.password not in result.stdout + result.stderr
