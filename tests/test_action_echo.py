"""Action answers are echoes of what was sent: lenient, while the requests stay strict.

Renault answers a KCA/KCM action with the body it received plus a command id. When a detail of
that echo changes (another time format, a dropped or a new field), `renault validate` reports
drift, not an invalid answer, and the generated client and renault_ext parse it; the same change
in a request body is still invalid (we must send exactly what Renault accepts).
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from spec_catalog import FIXTURES, api_module, bundled_spec
from test_client_support import logged_in_client, vehicle_of

from renault_ext.fake import FakeHandle
from renault_ext.traces import Validator
from renault_ext.traces.suggest import apply_suggestions, build_suggestions, render_yaml


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def _load(operation: str, name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / operation / name).read_text(encoding="utf-8"))


def _kinds(result: Any) -> set[str]:
    return {p.kind for p in result.problems}


def _first_day(body: dict[str, Any], field: str) -> dict[str, Any]:
    """The first weekday object of the first slot that has one."""
    for slot in body["data"]["attributes"]["schedules"]:
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
            value = slot.get(day)
            if isinstance(value, dict) and field in value:
                return value
    raise AssertionError("no weekday in this fixture")


SCHEDULE_CASES = [
    ("postChargeSchedule", "one_slot_six_days", "startTime"),
    ("postKcmChargeSchedule", "one_slot_four_days", "startTime"),
    ("postHvacSchedule", "five_slots", "readyAtTime"),
]
NEW_TIMES = ["T12:00:00Z", "12:00", "T12:00+01:00"]


# -- trace validator: the echo drifts, the request is invalid --------------------------------------
@pytest.mark.parametrize(("operation", "case", "field"), SCHEDULE_CASES)
@pytest.mark.parametrize("new_time", NEW_TIMES)
def test_a_changed_time_format_in_an_echo_is_drift_but_invalid_in_a_request(
    validator, operation, case, field, new_time
) -> None:
    echo = _load(operation, f"{case}.json")
    day = _first_day(echo, field)
    day[field] = new_time
    result = validator.validate_body(operation, json.dumps(echo))
    assert result.status == "drift", result.problems
    assert _kinds(result) == {"unknown-format"}
    assert all(p.severity == "drift" and p.where == "response" for p in result.problems)
    assert result.problems[0].pointer.endswith(f"/{field}")

    request = _load(operation, f"{case}.request.json")
    _first_day(request, field)[field] = new_time
    sent = validator.validate_body(operation, json.dumps(request), request=True)
    assert sent.status == "invalid"
    assert any(p.kind == "constraint" and p.pointer.endswith(f"/{field}") for p in sent.problems)


@pytest.mark.parametrize(("operation", "case", "field"), SCHEDULE_CASES)
def test_new_and_missing_fields_in_an_echo_are_drift_or_ok(
    validator, operation, case, field
) -> None:
    echo = _load(operation, f"{case}.json")
    slot = echo["data"]["attributes"]["schedules"][0]
    slot["timeZone"] = "UTC"  # a new field
    result = validator.validate_body(operation, json.dumps(echo))
    assert result.status == "drift" and _kinds(result) == {"unknown-property"}

    dropped = _load(operation, f"{case}.json")
    for slot in dropped["data"]["attributes"]["schedules"]:
        slot.pop("activated")
        slot.pop("id")
    if field == "startTime":
        _first_day(dropped, field).pop("duration")
    assert validator.validate_body(operation, json.dumps(dropped)).status == "ok"

    request = _load(operation, f"{case}.request.json")
    request["data"]["attributes"]["schedules"][0].pop("activated")
    sent = validator.validate_body(operation, json.dumps(request), request=True)
    assert sent.status == "invalid" and "missing-required" in _kinds(sent)


@pytest.mark.parametrize(
    ("operation", "case"),
    [("postHvacStart", "start_delayed"), ("postKcmChargeStart", "delayed")],
)
def test_a_changed_date_format_in_a_start_echo_is_drift(validator, operation, case) -> None:
    echo = _load(operation, f"{case}.json")
    echo["data"]["attributes"]["startDateTime"] = "2026-03-06T06:30:00.000+00:00"
    result = validator.validate_body(operation, json.dumps(echo))
    assert result.status == "drift" and _kinds(result) == {"unknown-format"}
    request = _load(operation, f"{case}.request.json")
    request["data"]["attributes"]["startDateTime"] = "2026-03-06T06:30:00.000+00:00"
    assert validator.validate_body(operation, json.dumps(request), request=True).status == (
        "invalid"
    )


def test_unchanged_echoes_stay_ok_under_strict(validator) -> None:
    for operation, case, _ in SCHEDULE_CASES:
        result = validator.validate_body(operation, json.dumps(_load(operation, f"{case}.json")))
        assert (result.status, result.problems) == ("ok", [])


def test_an_unknown_format_never_shows_a_personal_value() -> None:
    spec = copy.deepcopy(bundled_spec())
    day = spec["components"]["schemas"]["ChargeScheduleDayEcho"]["properties"]["startTime"]
    day["x-personal-data"] = True
    echo = _load("postChargeSchedule", "one_slot_six_days.json")
    _first_day(echo, "startTime")["startTime"] = "secret-time-42"
    result = Validator(spec).validate_body("postChargeSchedule", json.dumps(echo))
    assert _kinds(result) == {"unknown-format"}
    assert "secret-time-42" not in json.dumps(result.to_json())


@pytest.mark.parametrize("new_time", NEW_TIMES)
def test_suggest_widens_the_known_pattern_until_the_drift_is_gone(new_time) -> None:
    spec = bundled_spec()
    echo = _load("postChargeSchedule", "one_slot_six_days.json")
    _first_day(echo, "startTime")["startTime"] = new_time
    result = Validator(spec).validate_body("postChargeSchedule", json.dumps(echo))
    changes = build_suggestions([result])
    assert [sorted(c) for c in changes] == [["at", "x-known-pattern"]]
    patched = apply_suggestions(spec, changes)
    again = Validator(patched).validate_body("postChargeSchedule", json.dumps(echo))
    assert (again.status, again.problems) == ("ok", [])
    # the old format is still known
    original = _load("postChargeSchedule", "one_slot_six_days.json")
    assert (
        Validator(patched).validate_body("postChargeSchedule", json.dumps(original)).status == "ok"
    )


def test_suggest_for_a_personal_format_shows_only_its_shape() -> None:
    spec = copy.deepcopy(bundled_spec())
    day = spec["components"]["schemas"]["ChargeScheduleDayEcho"]["properties"]["startTime"]
    day["x-personal-data"] = True
    echo = _load("postChargeSchedule", "one_slot_six_days.json")
    _first_day(echo, "startTime")["startTime"] = "secret-time-42"
    text = render_yaml(
        build_suggestions([Validator(spec).validate_body("postChargeSchedule", json.dumps(echo))])
    )
    assert "secret" not in text and "time" not in text.split("x-known-pattern")[1]
    assert "[A-Za-z]{6}" in text


# -- the spec: no response of an action reuses a strict request shape ------------------------------
_STRICT_KEYWORDS = (
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _strictness(
    spec: dict[str, Any],
    node: Any,
    where: str,
    *,
    root: bool,
    known_branch: bool,
    seen: set[tuple[str, bool, bool]],
) -> Iterator[str]:
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        ref = node["$ref"]
        if (ref, root, known_branch) in seen:
            return
        seen.add((ref, root, known_branch))
        yield from _strictness(
            spec, _resolve(spec, ref), ref, root=root, known_branch=known_branch, seen=seen
        )
    for key in _STRICT_KEYWORDS:
        if key in node:
            yield f"{where}: {key}"
    if ("enum" in node or "const" in node) and not known_branch:
        yield f"{where}: closed enum/const (use x-open-enum or x-known-values)"
    if node.get("required") and not root:
        yield f"{where}: required {node['required']}"
    for name, sub in (node.get("properties") or {}).items():
        yield from _strictness(
            spec, sub, f"{where}/{name}", root=False, known_branch=False, seen=seen
        )
    if isinstance(node.get("items"), dict):
        yield from _strictness(
            spec, node["items"], f"{where}[]", root=False, known_branch=False, seen=seen
        )
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(node.get(key) or []):
            known = key == "anyOf" and bool(node.get("x-open-enum")) and i == 0
            yield from _strictness(
                spec,
                sub,
                f"{where}/{key}/{i}",
                root=root and key == "allOf",
                known_branch=known,
                seen=seen,
            )


def _action_responses(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if method != "post" or not {"actions", "kcm"} & set(op.get("tags", [])):
                continue
            response = op["responses"]["200"]
            if "$ref" in response:
                response = _resolve(spec, response["$ref"])
            for media in (response.get("content") or {}).values():
                yield op["operationId"], media["schema"]


def test_action_responses_are_lenient() -> None:
    spec = bundled_spec()
    checked, problems = 0, []
    for operation, schema in _action_responses(spec):
        checked += 1
        found = _strictness(spec, schema, operation, root=True, known_branch=False, seen=set())
        problems += [f"{operation}: {p}" for p in found]
    assert checked >= 14, "every KCA/KCM action has a 200 schema"
    assert not problems, "\n".join(problems)


# -- parsing: generated client and renault_ext keep the changed echo --------------------------------
def _parse(operation: str, body: dict[str, Any]) -> Any:
    from renault_openapi.client import Client

    response = httpx.Response(200, json=body, headers={"content-type": "application/json"})
    return api_module(operation)._parse_response(
        client=Client(base_url="http://127.0.0.1"), response=response
    )


@pytest.mark.parametrize(("operation", "case", "field"), SCHEDULE_CASES)
def test_generated_client_parses_a_changed_echo(operation, case, field) -> None:
    echo = _load(operation, f"{case}.json")
    _first_day(echo, field)[field] = "12:00"
    for slot in echo["data"]["attributes"]["schedules"]:
        slot.pop("id")
        slot.pop("activated")
        slot["timeZone"] = "UTC"
    parsed = _parse(operation, echo)
    assert parsed.to_dict() == echo  # nothing lost, nothing rewritten
    slots = parsed.data.attributes.schedules
    assert slots[0].additional_properties == {"timeZone": "UTC"}
    days = [getattr(s, d) for s in slots for d in ("monday", "tuesday", "wednesday", "sunday")]
    attribute = "start_time" if field == "startTime" else "ready_at_time"
    assert "12:00" in {getattr(d, attribute) for d in days if hasattr(d, attribute)}


class _ChangesTheEcho(httpx.AsyncBaseTransport):
    """Forwards to the fake, then changes the echo of schedule actions as Renault might."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method != "POST" or not request.url.path.endswith("-schedule"):
            return response
        body = json.loads(await response.aread())
        for slot in body["data"]["attributes"]["schedules"]:
            slot.pop("activated", None)
            slot["timeZone"] = "UTC"
            for value in slot.values():
                if isinstance(value, dict):
                    for field in ("startTime", "readyAtTime"):
                        if field in value:
                            value[field] = value[field][1:-1] + ":00Z"  # T01:00Z -> 01:00:00Z
                    value.pop("duration", None)
        return httpx.Response(200, headers={"content-type": "application/json"}, json=body)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_renault_ext_parses_and_reports_a_changed_schedule_echo(
    fake_backend: FakeHandle, caplog
) -> None:
    schedule = {"id": 1, "activated": True, "monday": {"startTime": "T01:00Z", "duration": 120}}
    hvac = {"id": 2, "activated": True, "monday": {"readyAtTime": "T06:45Z"}}
    client = await logged_in_client(fake_backend, http_transport=_ChangesTheEcho())
    with caplog.at_level(logging.WARNING, logger="renault_ext.drift"):
        zoe = await vehicle_of(client, fake_backend, "X101VE")
        answer = await zoe.set_charge_schedules([schedule])
        hvac_answer = await (await vehicle_of(client, fake_backend, "X102VE")).set_hvac_schedules(
            [hvac]
        )
        await asyncio.sleep(0)  # let the drift checks scheduled with the answers run
        await client.aclose()  # and closing waits for those still running
    echoed = answer.data.attributes.schedules[0]
    assert echoed.monday.start_time == "01:00:00Z" and echoed.additional_properties == {
        "timeZone": "UTC"
    }
    assert hvac_answer.to_dict()["data"]["attributes"]["schedules"][0]["monday"] == {
        "readyAtTime": "06:45:00Z"
    }
    drift = "\n".join(r.getMessage() for r in caplog.records if r.name == "renault_ext.drift")
    assert "unknown-format" in drift and "unknown-property" in drift
    assert "postChargeSchedule" in drift and "postHvacSchedule" in drift


# -- reads: the KCM settings' HH:MM times are described by x-known-pattern too --------------------
@pytest.mark.parametrize("new_time", ["T01:55Z", "1:55", "01:55:00"])
def test_a_changed_kcm_settings_time_is_drift(validator, new_time) -> None:
    body = _load("getKcmEvSettings", "single_program.json")
    assert body["programs"], "the fixture needs a program"
    body["chargeTimeStart"] = new_time
    body["programs"][0]["programDepartureTime"] = new_time
    result = validator.validate_body("getKcmEvSettings", json.dumps(body))
    assert result.status == "drift", result.problems
    assert {(p.kind, p.pointer) for p in result.problems} == {
        ("unknown-format", "/chargeTimeStart"),
        ("unknown-format", "/programs/0/programDepartureTime"),
    }
