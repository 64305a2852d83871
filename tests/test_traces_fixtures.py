"""Every fixture in fixtures/ validates `ok` under --strict against the bundled spec.

An index entry may say `expect: drift` (or `invalid`) for a fixture that deliberately shows
something the spec does not describe; anything else must be `ok`. Non-JSON fixtures (the load
balancer's HTML 502 page) are invalid by definition: clients must treat them as invalid responses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from renault_ext.traces import Validator

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _cases() -> list[tuple[str, Path, dict]]:
    cases = []
    if not FIXTURES.is_dir():
        return cases
    for folder in sorted(
        p for p in FIXTURES.iterdir() if p.is_dir() and p.name != "legacy-ze-services"
    ):
        index = folder / "index.yaml"
        for entry in (
            yaml.safe_load(index.read_text(encoding="utf-8")) if index.exists() else None
        ) or []:
            cases.append((folder.name, folder / entry["file"], entry))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.mark.parametrize(
    ("operation", "path", "entry"), CASES, ids=[f"{o}/{p.name}" for o, p, _ in CASES]
)
def test_fixture_validates_ok_under_strict(validator, operation, path, entry) -> None:
    if operation not in validator.index.by_id:
        pytest.fail(f"{operation} is not an operation of the bundled spec")
    request = path.name.endswith(".request.json")
    status = int(entry.get("status", 200))
    result = validator.validate_body(
        operation,
        path.read_text(encoding="utf-8"),
        status=status,
        request=request,
        source=str(path),
    )
    expected = entry.get("expect", "ok" if path.suffix == ".json" else "invalid")
    problems = "\n".join(
        f"  {p.severity} {p.kind} {p.where} {p.pointer}: {p.message}" for p in result.problems
    )
    assert result.status == expected, f"{path.relative_to(FIXTURES)} (status {status}):\n{problems}"
