"""Every fixture in fixtures/ validates `ok` under --strict against the bundled spec.

An index entry may say `expect: drift` (or `invalid`) for a fixture that deliberately shows
something the spec does not describe; anything else must be `ok`. Non-JSON fixtures (the load
balancer's HTML 502 page) are invalid by definition: clients must treat them as invalid responses.
"""

from __future__ import annotations

import pytest
from spec_catalog import FIXTURES, iter_fixtures

from renault_ext.traces import Validator

CASES = [(f.operation_id, f.path, dict(f.entry)) for f in iter_fixtures()]


def test_there_are_fixtures_to_check() -> None:
    assert len(CASES) > 250  # an empty parameter set would skip the check below silently


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
