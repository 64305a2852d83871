"""Test-side view of spec/ and fixtures/: which fixture belongs to which operation and schema."""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from renault_ext.spec import Operation, load_spec
from renault_ext.spec.index import (
    OperationIndex,
    resolve,  # noqa: F401 - re-exported: tests resolve other documents
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
LEGACY_FIXTURES = FIXTURES / "legacy-ze-services"


@dataclass(frozen=True)
class Fixture:
    operation_id: str
    path: Path
    kind: str  # response | request | error
    status: int | None
    source: str
    entry: Mapping[str, Any]

    @property
    def is_json(self) -> bool:
        return self.path.suffix == ".json"

    def load(self) -> Any:
        return json.loads(self.path.read_text(encoding="utf-8"))


def fixture_kind(name: str) -> str:
    if name.endswith(".request.json"):
        return "request"
    if ".error." in name:
        return "error"
    return "response"


def read_index(folder: Path) -> list[dict[str, Any]]:
    index = folder / "index.yaml"
    if not index.exists():
        return []
    return yaml.safe_load(index.read_text(encoding="utf-8")) or []


def iter_fixtures(base: Path = FIXTURES) -> Iterator[Fixture]:
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and p != LEGACY_FIXTURES):
        for entry in read_index(folder):
            kind = fixture_kind(entry["file"])
            status = entry.get("status", 200 if kind != "error" else None)
            yield Fixture(
                folder.name, folder / entry["file"], kind, status, entry.get("source", ""), entry
            )


@cache
def bundled_spec() -> dict[str, Any]:
    return load_spec()


@cache
def spec_index() -> OperationIndex:
    return OperationIndex(bundled_spec())


def operations() -> dict[str, Operation]:
    return spec_index().by_id


def schema_for(fixture: Fixture) -> Mapping[str, Any] | None:
    """The schema a fixture must satisfy, or None when its status has no JSON schema."""
    index = spec_index()
    op = operations()[fixture.operation_id]
    if fixture.kind == "request":
        media = index.request_body(op)
    else:
        media = index.response(op, fixture.status)
    if media is None or media.media_type is None:
        return None
    if "json" not in media.media_type and "form" not in media.media_type:
        return None
    return media.schema


def with_components(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Wrap an operation-level schema so that its local ``#/components`` references resolve."""
    return {"allOf": [schema], "components": bundled_spec()["components"]}


@cache
def api_modules() -> dict[str, Any]:
    """Generated operation modules keyed by a normalised operation id."""
    from renault_openapi import api

    modules: dict[str, Any] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        modules[info.name.rsplit(".", 1)[1].replace("_", "").lower()] = module
    return modules


def api_module(operation_id: str) -> Any:
    return api_modules()[operation_id.replace("_", "").lower()]
