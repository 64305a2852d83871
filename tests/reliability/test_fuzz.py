"""Fuzzed input: every parser and the trace validator fed with mutated payloads.

Payloads start from the anonymised fixtures (real, schema-conforming bodies of every operation)
and are then mutated: wrong types, missing fields, huge numbers, deep nesting, unicode, truncated
JSON, HTML pages, empty bodies, random bytes. The properties:

* the response checks and error factories return or raise only the project's typed errors;
* the whole client path (transport, generated parsers, model routing, snapshot) raises nothing but
  :class:`RenaultError`, and ``vehicle.refresh()`` raises nothing at all;
* the trace validator never raises: it reports problems as data;
* nothing hangs (hypothesis deadlines, plus an overall timeout per client call).
"""

from __future__ import annotations

import asyncio
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from renault_ext.client import RenaultClient
from renault_ext.errors import RenaultError, find_kamereon_error, gigya_error_from_body
from renault_ext.model_table import load_model_table
from renault_ext.redaction import Redactor
from renault_ext.retry import NO_RETRY
from renault_ext.session import RenaultSession
from renault_ext.traces import Validator
from renault_ext.transport import check_gigya_response, check_kamereon_response
from renault_ext.vehicle import RenaultVehicle

pytestmark = pytest.mark.reliability

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FUZZ = settings(
    max_examples=60,
    deadline=3000,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CALL_TIMEOUT = 10.0  # seconds: a parser that loops forever fails here instead of hanging CI


def _load_bodies() -> dict[str, list[Any]]:
    bodies: dict[str, list[Any]] = {}
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for file in sorted(folder.glob("*.json")):
            try:
                bodies.setdefault(folder.name, []).append(
                    json.loads(file.read_text(encoding="utf-8"))
                )
            except ValueError:
                continue
    return bodies


BODIES = _load_bodies()
ALL_BODIES = [body for items in BODIES.values() for body in items]

# -- payload strategies --------------------------------------------------------------------------

HUGE_NUMBERS = st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1, 1e308, -1e308, 5e-324])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    HUGE_NUMBERS,
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(
        ["", "\u0000", "💥" * 50, "\u202e\ufeff", "null", "NaN", "2024-13-45T99:99:99Z", "9" * 500]
    ),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any, *, delete: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        if delete and not rest:
            copy.pop(head, None)
        else:
            copy[head] = _replace(value[head], rest, new, delete=delete)
        return copy
    copy = list(value)
    if delete and not rest:
        del copy[head]
    else:
        copy[head] = _replace(value[head], rest, new, delete=delete)
    return copy


def _nest(depth: int, leaf: Any) -> Any:
    for _ in range(depth):
        leaf = {"data": leaf} if depth % 2 else [leaf]
    return leaf


@st.composite
def mutated_documents(draw: st.DrawFn, pool: list[Any] | None = None) -> Any:
    """A fixture body with a few mutations at random places (type swaps, deletions, nesting)."""
    document = draw(st.sampled_from(pool or ALL_BODIES))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["value", "delete", "nest", "swap"]))
        if action == "delete" and path:
            document = _replace(document, path, None, delete=True)
        elif action == "nest":
            document = _replace(document, path, _nest(draw(st.integers(2, 60)), draw(SCALARS)))
        elif action == "swap":
            document = _replace(
                document, path, draw(st.sampled_from([[], {}, "", 0, None, True, "x"]))
            )
        else:
            document = _replace(document, path, draw(JSON_VALUES))
    return document


def _dump(document: Any) -> str:
    # Python's json writes 10**400 fine; floats like 1e308 stay finite.
    return json.dumps(document, ensure_ascii=False)


HTML_PAGES = st.sampled_from(
    [
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        "<!DOCTYPE html><html><body>Maintenance</body></html>",
        "<?xml version='1.0'?><Error><Code>AccessDenied</Code></Error>",
        "<html><title>" + "A" * 5000,  # unterminated
    ]
)


@st.composite
def bodies(draw: st.DrawFn, pool: list[Any] | None = None, *, deep: bool = True) -> bytes:
    """Raw response bodies: mutated JSON, truncated JSON, HTML, empty, deep nesting, bytes."""
    kinds = ["mutated", "mutated", "mutated", "truncated", "html", "empty", "bytes", "json", "text"]
    kind = draw(st.sampled_from([*kinds, "deep"] if deep else kinds))
    if kind == "mutated":
        return _dump(draw(mutated_documents(pool))).encode()
    if kind == "truncated":
        text = _dump(draw(st.sampled_from(pool or ALL_BODIES)))
        return text[: draw(st.integers(0, max(0, len(text) - 1)))].encode()
    if kind == "html":
        return draw(HTML_PAGES).encode()
    if kind == "empty":
        return draw(st.sampled_from([b"", b" ", b"\n\r\t", b"null", b"{}", b"[]", b'""']))
    if kind == "deep":
        depth = draw(st.sampled_from([500, 5_000, 100_000]))
        opener, closer = draw(
            st.sampled_from([("[", "]"), ('{"data":', "}"), ('{"errors":[', "]}")])
        )
        return (opener * depth + "1" + closer * depth).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "json":
        return _dump(draw(JSON_VALUES)).encode()
    return draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")


def deep_json(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


STATUSES = st.sampled_from(
    [200, 200, 200, 201, 204, 400, 401, 403, 404, 405, 409, 429, 500, 501, 502, 503, 504]
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/vnd.api+json",
        "text/html",
        "text/plain",
        None,
        "application/xml",
    ]
)
RETRY_AFTER = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["10", "-5", "1e400", "nan", "Wed, 21 Oct 2015 07:28:00 GMT"]),
)

# -- 1. error factories and response checks ------------------------------------------------------


@FUZZ
@given(
    status=st.integers(100, 599), body=bodies(), content_type=CONTENT_TYPES, retry_after=RETRY_AFTER
)
def test_kamereon_error_factory_returns_typed_errors_only(
    status, body, content_type, retry_after
) -> None:
    error = find_kamereon_error(
        status, body, content_type=content_type, retry_after_header=retry_after
    )
    assert error is None or isinstance(error, RenaultError)
    if error is not None:
        assert str(error)  # a sentence, never empty
        retry = getattr(error, "retry_after", None)
        assert retry is None or (math.isfinite(retry) and retry >= 0)


@FUZZ
@given(body=bodies(BODIES["gigyaLogin"] + BODIES["gigyaGetJwt"] + BODIES["gigyaGetAccountInfo"]))
def test_gigya_error_factory_returns_typed_errors_only(body) -> None:
    error = gigya_error_from_body("accounts.getJWT", body)
    assert error is None or isinstance(error, RenaultError)


def _response(status: int, body: bytes, content_type: str | None, url: str) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=body, headers=headers, request=httpx.Request("GET", url))


@FUZZ
@given(status=STATUSES, body=bodies(), content_type=CONTENT_TYPES)
def test_response_checks_raise_typed_errors_only(status, body, content_type) -> None:
    redactor = Redactor()
    kamereon = _response(
        status, body, content_type, "https://k.test/commerce/v1/accounts/a/kamereon/x"
    )
    gigya = _response(status, body, content_type, "https://g.test/accounts.getJWT")
    for check, response in ((check_kamereon_response, kamereon), (check_gigya_response, gigya)):
        try:
            check(response, redactor)
        except RenaultError:
            pass


# -- 2. the whole client path over a mock transport ----------------------------------------------

VIN = "VF1AAAAA555777999"
ACCOUNT = "account-id-fuzz-1"
FAKE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln"  # exp in 2100


def _gigya_ok(path: str) -> dict[str, Any]:
    base = {"errorCode": 0, "statusCode": 200, "callId": "1"}
    if path.endswith("accounts.getJWT"):
        return {**base, "id_token": FAKE_JWT}
    if path.endswith("accounts.getAccountInfo"):
        return {**base, "data": {"personId": "person-id-fuzz"}}
    return {**base, "sessionInfo": {"cookieValue": "st2.s.fuzz-login-token"}}


class FuzzBackend:
    """Answers Gigya correctly and every Kamereon request with the next fuzzed body."""

    def __init__(self, answers: list[tuple[int, bytes, str | None]]) -> None:
        self.answers = answers
        self.served = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/accounts."):
            return httpx.Response(200, json=_gigya_ok(request.url.path))
        status, body, content_type = self.answers[self.served % len(self.answers)]
        self.served += 1
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(status, content=body, headers=headers)


async def _with_vehicle(
    answers: list[tuple[int, bytes, str | None]], model_code: str | None, work: Any
) -> Any:
    """Run ``work(vehicle)``; ``model_code=None`` leaves the details to be fetched (and fuzzed)."""
    backend = FuzzBackend(answers)
    session = RenaultSession(
        locale="fr_FR",
        gigya_url="https://gigya.test",
        kamereon_url="https://kamereon.test",
        http_transport=httpx.MockTransport(backend),
        retry=NO_RETRY,
    )
    session.set_login_token("st2.s.fuzz-login-token")
    async with RenaultClient(session, model_table=MODEL_TABLE) as client:
        account = await client.get_api_account(ACCOUNT)
        details = {"model": {"code": model_code}} if model_code else None
        vehicle = await account.get_api_vehicle(VIN, details=details)
        return await asyncio.wait_for(work(vehicle), CALL_TIMEOUT)


MODEL_TABLE = load_model_table()
MODELS = ["X101VE", "X102VE", "XCB1VE", "R5E1VE", "XBG1VE", "XJB1SU", "XJA2VP", "XDD1VE"]
ANSWERS = st.lists(st.tuples(STATUSES, bodies(), CONTENT_TYPES), min_size=1, max_size=12)


@FUZZ
@given(answers=ANSWERS, model=st.sampled_from(MODELS))
def test_refresh_never_raises_and_keeps_typed_errors(answers, model) -> None:
    snapshot = asyncio.run(_with_vehicle(answers, model, lambda v: v.refresh()))
    for key, error in snapshot.errors.items():
        assert isinstance(error, RenaultError), f"{key}: {type(error).__name__}: {error!r}"


READS = [
    "get_battery_status",
    "get_cockpit",
    "get_location",
    "get_hvac_status",
    "get_lock_status",
    "get_tyre_pressure",
    "get_res_state",
    "get_battery_soc",
    "get_charge_mode",
    "get_charging_settings",
    "get_charge_schedule",
    "get_hvac_settings",
    "get_notification_settings",
    "get_alerts",
    "get_kcm_ev_settings",
    "get_car_adapter",
    "get_contracts",
    "get_details",
]


@FUZZ
@given(answers=ANSWERS, model=st.sampled_from(MODELS), method=st.sampled_from(READS))
def test_every_read_parses_or_raises_typed(answers, model, method) -> None:
    async def read(vehicle: RenaultVehicle) -> Any:
        return await getattr(vehicle, method)()

    try:
        # get_details: no pre-filled details, so the (fuzzed) details document is fetched.
        asyncio.run(_with_vehicle(answers, None if method == "get_details" else model, read))
    except RenaultError:
        pass


@FUZZ
@given(answers=ANSWERS)
def test_account_and_person_documents_parse_or_raise_typed(answers) -> None:
    async def walk(vehicle: RenaultVehicle) -> Any:
        client = RenaultClient(vehicle.session, model_table=MODEL_TABLE)
        try:
            accounts = await client.get_api_accounts()
        except ValueError as error:  # "no Kamereon account": must be typed too
            assert isinstance(error, RenaultError), f"untyped: {type(error).__name__}: {error}"
            return None
        return await accounts[0].get_api_vehicles()

    try:
        asyncio.run(_with_vehicle(answers, "X102VE", walk))
    except RenaultError:
        pass


def _har(entries: Any) -> str:
    return json.dumps({"log": {"version": "1.2", "entries": entries}})


# -- 3. the trace validator -----------------------------------------------------------------------
# Deep nesting has its own explicit tests below (fixed finding of issue 9: reported as a problem,
# never raised), so that the fuzzing keeps checking everything else.

VALIDATOR = Validator()
OPERATIONS = sorted(VALIDATOR.index.by_id)


@pytest.mark.parametrize("depth", [600, 5_000, 100_000])
def test_validator_reports_deep_nesting_instead_of_raising(depth) -> None:
    result = VALIDATOR.validate_body("getBatteryStatus", '{"data": ' + deep_json(depth) + "}")
    assert result is not None


def test_validator_reads_deeply_nested_har_without_raising(tmp_path) -> None:
    entry = {
        "request": {
            "method": "GET",
            "url": "https://x.test/commerce/v1/persons/p?country=FR",
            "headers": [],
        },
        "response": {
            "status": 200,
            "headers": [],
            "content": {"mimeType": "application/json", "text": deep_json(5_000)},
        },
    }
    path = tmp_path / "deep.har"
    path.write_text(_har([entry]))
    assert list(VALIDATOR.validate_paths([path]))


@FUZZ
@given(operation=st.sampled_from(OPERATIONS), body=bodies(deep=False), status=STATUSES)
def test_validator_reports_instead_of_raising(operation, body, status) -> None:
    text = body.decode("utf-8", "replace")
    result = VALIDATOR.validate_body(operation, text, status=status)
    assert result is not None
    VALIDATOR.validate_body(operation, text, status=status, request=True)


@st.composite
def capture_files(draw: st.DrawFn) -> bytes:
    body = draw(bodies(deep=False)).decode("utf-8", "replace")
    url = draw(
        st.sampled_from(
            [
                f"https://api-wired-prod-1-euw1.wrd-aws.com/commerce/v1/accounts/{ACCOUNT}/kamereon/kca/car-adapter/v2/cars/{VIN}/battery-status?country=FR",
                "https://accounts.eu1.gigya.com/accounts.getJWT",
                "not a url",
                "",
                "https://x/💥",
            ]
        )
    )
    entry = {
        "request": {
            "method": draw(st.sampled_from(["GET", "POST", "", "BREW"])),
            "url": url,
            "headers": [],
        },
        "response": {
            "status": draw(STATUSES),
            "headers": [],
            "content": {"mimeType": "application/json", "text": body},
        },
    }
    kind = draw(st.sampled_from(["har", "har-mutated", "trace", "cassette", "truncated", "raw"]))
    if kind == "har":
        return _har([entry]).encode()
    if kind == "har-mutated":
        return _har(draw(mutated_documents([{"e": entry}]))).encode()
    if kind == "trace":
        header = {"format": "renault-trace", "version": 1}
        record = {"method": "GET", "url": url, "status": draw(STATUSES), "response_body": body}
        lines = [json.dumps(header), json.dumps(draw(st.sampled_from([record, {}, [], "x"])))]
        return "\n".join(lines).encode()
    if kind == "cassette":
        return (
            "interactions:\n- request: {method: GET, uri: '" + url.replace("'", "") + "'}\n"
            "  response: {status: {code: 200}, body: {string: " + json.dumps(body) + "}}\n"
        ).encode()
    if kind == "truncated":
        text = _har([entry] * 3)
        return text[: draw(st.integers(0, len(text)))].encode()
    return draw(bodies(deep=False))


@settings(FUZZ, max_examples=40)
@given(content=capture_files())
def test_validator_reads_any_capture_file_without_raising(content, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("captures")
    path = folder / "capture.har"
    path.write_bytes(content)
    for result in VALIDATOR.validate_paths([path]):
        assert result is not None
