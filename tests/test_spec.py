"""The spec itself: valid OpenAPI, complete, written to the project's conventions, and in sync
with generated/."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from spec_catalog import ROOT, bundled_spec, operations, resolve

SPEC_DIR = ROOT / "spec"

# The operations the project promises to describe (issue #3). Adding one is fine; losing one fails.
REQUIRED_OPERATIONS = {
    # Gigya
    "gigyaLogin",
    "gigyaGetAccountInfo",
    "gigyaGetJwt",
    "gigyaWebSdkBootstrap",
    "gigyaTfaInit",
    "gigyaTfaEmailGetEmails",
    "gigyaTfaEmailSendVerificationCode",
    "gigyaTfaEmailCompleteVerification",
    "gigyaTfaFinalize",
    "gigyaFinalizeRegistration",
    # Kamereon commerce
    "getPerson",
    "getPersonNotifications",
    "getAccountVehicles",
    "getVehicleDetails",
    "getVehicleContracts",
    "getVehicleAlerts",
    # car adapter reads
    "getCarAdapter",
    "getBatteryStatus",
    "getChargeHistory",
    "getChargeMode",
    "getChargeSchedule",
    "getCharges",
    "getChargingSettings",
    "getCockpit",
    "getCockpitV2",
    "getHvacHistory",
    "getHvacSessions",
    "getHvacSettings",
    "getHvacStatus",
    "getLocation",
    "getLockStatus",
    "getNotificationSettings",
    "getPressure",
    "getResState",
    # actions
    "postChargeMode",
    "postChargeSchedule",
    "postChargingStart",
    "postHvacStart",
    "postHvacSchedule",
    "postHornLights",
    "postRefreshLocation",
    "postRefreshBatteryStatus",
    "postRefreshHvacStatus",
    # KCM
    "getKcmEvSettings",
    "postKcmEvSettings",
    "getKcmSocLevels",
    "postKcmSocLevels",
    "postKcmChargeStart",
    "postKcmChargePauseResume",
    "postKcmChargeSchedule",
}
TAGS = {"gigya", "kamereon-commerce", "car-adapter", "actions", "kcm"}


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def test_entry_point_is_valid_openapi_with_its_part_files() -> None:
    path = SPEC_DIR / "openapi.yaml"
    validate(yaml.safe_load(path.read_text()), base_uri=path.absolute().as_uri())


def test_bundled_document_is_valid_openapi() -> None:
    validate(bundled_spec())


def test_legacy_ze_services_document_is_valid_and_deprecated() -> None:
    path = SPEC_DIR / "legacy-ze-services.yaml"
    document = yaml.safe_load(path.read_text())
    validate(document, base_uri=path.absolute().as_uri())
    ops = [
        op
        for item in document["paths"].values()
        for m, op in item.items()
        if m in ("get", "post", "put", "delete")
    ]
    assert ops, "the legacy document describes no operation"
    assert all(op.get("deprecated") is True for op in ops)


def test_every_promised_operation_is_described() -> None:
    missing = REQUIRED_OPERATIONS - set(operations())
    assert not missing, f"operations missing from the spec: {sorted(missing)}"


def test_operation_ids_are_unique() -> None:
    ids = [
        op.get("operationId")
        for item in bundled_spec()["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    ]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("operation_id", sorted(REQUIRED_OPERATIONS))
def test_operation_is_documented(operation_id: str) -> None:
    op = operations().get(operation_id)
    if op is None:
        pytest.fail(f"{operation_id} is not in the spec")
    node = op.node
    assert node.get("summary"), "summary"
    assert len(node.get("description", "")) >= 40, "a real description (units, models, errors)"
    assert len(node.get("tags", [])) == 1 and node["tags"][0] in TAGS
    assert "200" in node["responses"]
    if op.method == "POST":
        assert "requestBody" in node
    spec = bundled_spec()
    if op.is_gigya:
        assert op.method == "POST"
        media = list(resolve(spec, node["requestBody"])["content"])
        assert media == ["application/x-www-form-urlencoded"]
    else:
        codes = set(node["responses"])
        assert {"401", "403", "404", "429", "500"} <= codes, f"error responses: {sorted(codes)}"
        params = [resolve(spec, p) for p in node.get("parameters", [])]
        assert any(p["name"] == "country" and p["in"] == "query" and p["required"] for p in params)
        assert node.get("security") or spec.get("security")


def test_bundle_has_only_local_references() -> None:
    for pointer, node in walk(bundled_spec()):
        if isinstance(node, dict) and "$ref" in node:
            assert node["$ref"].startswith("#/components/"), pointer


def test_schemas_stay_tolerant_and_generator_friendly() -> None:
    problems = []
    for pointer, node in walk(bundled_spec()):
        if not isinstance(node, dict):
            continue
        if node.get("additionalProperties") is False:
            problems.append(f"{pointer}: additionalProperties false")
        if "discriminator" in node:
            problems.append(f"{pointer}: discriminator is ignored by the generator")
        if node.get("format") in ("date-time", "date") and "/responses/" in pointer:
            problems.append(f"{pointer}: format {node['format']} on a response property")
    assert not problems, "\n".join(problems)


def test_open_enums_have_known_values_and_a_fallback() -> None:
    spec = bundled_spec()
    found = 0
    for pointer, node in walk(spec):
        if isinstance(node, dict) and node.get("x-open-enum"):
            found += 1
            branches = [b for b in node.get("anyOf", []) if b != {"type": "null"}]
            assert len(branches) == 2, pointer
            known = resolve(spec, branches[0])
            assert known.get("enum"), f"{pointer}: first branch must be the known values"
            assert "type" in branches[1] and "enum" not in branches[1], f"{pointer}: open fallback"
    assert found >= 5, "plug status, charge modes, error codes, … are open enumerations"


def _tree(base: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(base)): p
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_regeneration_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--out", str(out)],
            check=True,
            capture_output=True,
            text=True,
        )
        outputs.append(out)
    first, second = (_tree(o) for o in outputs)
    assert first.keys() == second.keys()
    different = [
        name for name in first if not filecmp.cmp(first[name], second[name], shallow=False)
    ]
    assert not different


def test_generated_code_is_in_sync_with_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
