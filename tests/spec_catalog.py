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

from renault_ext.spec import Operation, load_spec, operations_by_id

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
            yield Fixture(folder.name, folder / entry["file"], kind, status, entry.get("source", ""), entry)


@cache
def bundled_spec() -> dict[str, Any]:
    return load_spec()


@cache
def operations() -> dict[str, Operation]:
    return operations_by_id(bundled_spec())


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def first_media(spec: Mapping[str, Any], node: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    content = resolve(spec, node).get("content") or {}
    for media_type, media in content.items():
        return media_type, media
    return None


def schema_for(fixture: Fixture) -> Mapping[str, Any] | None:
    """The schema a fixture must satisfy, or None when its status has no JSON schema."""
    spec = bundled_spec()
    node = operations()[fixture.operation_id].node
    if fixture.kind == "request":
        media = first_media(spec, node["requestBody"])
    else:
        responses = node.get("responses", {})
        response = responses.get(str(fixture.status)) or responses.get("default")
        if response is None:
            return None
        media = first_media(spec, response)
    if media is None or "json" not in media[0] and "form" not in media[0]:
        return None
    return media[1].get("schema")


def with_components(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Wrap an operation-level schema so that its local ``#/components`` references resolve."""
    return {"allOf": [schema], "components": bundled_spec()["components"]}


@cache
def api_modules() -> dict[str, Any]:
    """Generated operation modules keyed by a normalised operation id."""
    import renault_openapi.api as api

    modules: dict[str, Any] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        modules[info.name.rsplit(".", 1)[1].replace("_", "").lower()] = module
    return modules


def api_module(operation_id: str) -> Any:
    return api_modules()[operation_id.replace("_", "").lower()]
