"""Fixtures: one or more per operation, indexed, anonymised, valid against the spec, and parsed by
the generated models without losing a field."""

from __future__ import annotations

import json
import re
import typing
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from spec_catalog import (
    FIXTURES,
    LEGACY_FIXTURES,
    ROOT,
    Fixture,
    api_module,
    bundled_spec,
    fixture_kind,
    iter_fixtures,
    operations,
    read_index,
    resolve,
    schema_for,
    with_components,
)

SHARED_REFERENCE = ROOT.parent / "shared" / "reference"
ALL = list(iter_fixtures())
JSON_FIXTURES = [f for f in ALL if f.is_json]


def _id(fixture: Fixture) -> str:
    return f"{fixture.operation_id}/{fixture.path.name}"


def test_every_operation_has_a_response_fixture_and_posts_a_request_fixture() -> None:
    problems = []
    for op_id, op in operations().items():
        mine = [f for f in ALL if f.operation_id == op_id]
        if not any(f.kind == "response" for f in mine):
            problems.append(f"{op_id}: no response fixture")
        if op.method == "POST" and not any(f.kind == "request" for f in mine):
            problems.append(f"{op_id}: no request body fixture")
    assert not problems, "\n".join(problems)


def test_fixture_folders_are_operations_and_indexes_are_complete() -> None:
    problems = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p != LEGACY_FIXTURES):
        if folder.name not in operations():
            problems.append(f"{folder.name}: not an operationId of the spec")
        listed = {entry["file"] for entry in read_index(folder)}
        present = {p.name for p in folder.iterdir() if p.is_file() and p.name != "index.yaml"}
        problems += [
            f"{folder.name}/{name}: not in index.yaml" for name in sorted(present - listed)
        ]
        problems += [
            f"{folder.name}/{name}: listed but missing" for name in sorted(listed - present)
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("fixture", ALL, ids=_id)
def test_index_entry_names_status_and_source(fixture: Fixture) -> None:
    assert fixture.source in ("capture", "synthetic")
    assert isinstance(fixture.status, int)
    if fixture.kind == "response":
        assert fixture.status == 200
    if fixture.source == "capture":
        origin = fixture.entry.get("origin")
        assert origin, "a capture names the file it came from"
        if SHARED_REFERENCE.exists():
            assert (SHARED_REFERENCE / origin).exists(), origin


@pytest.mark.parametrize("fixture", JSON_FIXTURES, ids=_id)
def test_fixture_validates_against_its_schema(fixture: Fixture) -> None:
    schema = schema_for(fixture)
    assert schema is not None, (
        f"status {fixture.status} of {fixture.operation_id} has no JSON schema"
    )
    jsonschema.Draft202012Validator(with_components(schema)).validate(fixture.load())


def _to_plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@pytest.mark.parametrize("fixture", [f for f in JSON_FIXTURES if f.kind != "request"], ids=_id)
def test_response_fixture_round_trips_through_generated_models(fixture: Fixture) -> None:
    from renault_openapi.client import Client

    module = api_module(fixture.operation_id)
    raw = fixture.path.read_bytes()
    response = httpx.Response(
        fixture.status or 200, content=raw, headers={"content-type": "application/json"}
    )
    parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
    assert parsed is not None, "the generated client does not know this status"
    assert _to_plain(parsed) == json.loads(raw)


@pytest.mark.parametrize("fixture", [f for f in JSON_FIXTURES if f.kind == "request"], ids=_id)
def test_request_fixture_round_trips_through_generated_models(fixture: Fixture) -> None:
    module = api_module(fixture.operation_id)
    body_type = typing.get_type_hints(module.sync_detailed)["body"]
    original = fixture.load()
    assert body_type.from_dict(original).to_dict() == original


def test_every_known_kamereon_error_code_has_an_error_fixture() -> None:
    known = set(bundled_spec()["components"]["schemas"]["KnownKamereonErrorCode"]["enum"])
    seen = set()
    for fixture in JSON_FIXTURES:
        if fixture.kind == "error":
            body = fixture.load()
            seen.update(e.get("errorCode") for e in body.get("errors", []) if isinstance(e, dict))
    assert not known - seen, f"error codes without a fixture: {sorted(known - seen)}"


VIN_LIKE = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.([A-Za-z0-9_-]{20,})")


def _shipped_api_keys() -> set[str]:
    from renault_ext.locales import load_locale_table

    table = load_locale_table()
    keys = set()
    for locale in table.locales:
        details = table.get(locale)
        keys.update({details.gigya_api_key, details.kamereon_api_key})
    return {k for k in keys if k}


API_KEYS = _shipped_api_keys()


@pytest.mark.parametrize("fixture", ALL, ids=_id)
def test_fixture_is_anonymised(fixture: Fixture) -> None:
    text = fixture.path.read_text(encoding="utf-8")
    assert not [key for key in API_KEYS if key in text], (
        "a real API key: use 3_GIGYA-API-KEY-REDACTED"
    )
    for vin in VIN_LIKE.findall(text):
        if re.search(r"\d", vin) and re.search(r"[A-Z]", vin):
            assert vin.startswith("VF1AAAA"), f"VIN-like value {vin[:3]}… is not anonymised"
    for match in EMAIL.finditer(text):
        assert match.group(0).split("@")[1].startswith(("example.", "renault.", "gigya.")), "e-mail"
    for match in JWT.finditer(text):
        assert "fake" in match.group(1).lower() or "signature" in match.group(1).lower(), "JWT"
    if fixture.is_json:
        for key, value in _items(fixture.load()):
            if key == "registrationNumber" and value:
                assert str(value).startswith("REG-"), "plate"
            if key == "radioCode" and value:
                assert value == "1234", "radio code"


def _items(node: Any):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _items(value)
    elif isinstance(node, list):
        for value in node:
            yield from _items(value)


def test_licence_notice_travels_with_the_copied_captures() -> None:
    notice = FIXTURES / "LICENSE-renault-api.rst"
    assert notice.exists() and "MIT" in notice.read_text()


def test_legacy_fixtures_validate_against_the_legacy_document() -> None:
    document = yaml.safe_load((ROOT / "spec" / "legacy-ze-services.yaml").read_text())
    ops = {
        op["operationId"]: op
        for item in document["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    checked = 0
    for folder in sorted(p for p in LEGACY_FIXTURES.iterdir() if p.is_dir()):
        assert folder.name in ops, folder.name
        for entry in read_index(folder):
            path = folder / entry["file"]
            kind = fixture_kind(entry["file"])
            node = ops[folder.name]
            if kind == "request":
                target = resolve(document, node["requestBody"])
            else:
                target = resolve(document, node["responses"][str(entry.get("status", 200))])
            schema = next(iter(target["content"].values()))["schema"]
            wrapped = {"allOf": [schema], "components": document.get("components", {})}
            jsonschema.Draft202012Validator(wrapped).validate(json.loads(path.read_text()))
            checked += 1
    assert checked >= len(ops)
