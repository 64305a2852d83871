"""The route table, parameter and body rules of the fake, all read from the bundled spec.

A new path in the spec is routed without code change; its answer then comes from fixtures.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from renault_ext.spec import Operation, load_spec
from renault_ext.spec.index import OperationIndex, PathTemplate

SPEC_URI = "urn:renault-ext:openapi"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    schema_pointer: str | None


@dataclass(frozen=True)
class BodyRule:
    media_type: str
    schema_pointer: str | None
    required: bool

    @property
    def is_form(self) -> bool:
        return "form" in self.media_type


@dataclass
class Route:
    operation: Operation
    regex: re.Pattern[str]
    parameters: list[Parameter] = field(default_factory=list)
    body: BodyRule | None = None

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


class SpecIndex(OperationIndex):
    """Routes and validators of one bundled document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        super().__init__(spec)
        self._registry: Registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(spec), default_specification=DRAFT202012)
        )
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self.routes: list[Route] = [self._build_route(t) for t in self.templates]
        self.route_by_id: dict[str, Route] = {r.operation_id: r for r in self.routes}

    @classmethod
    def load(cls, path: Path | None = None) -> SpecIndex:
        """Shared per document (and its modification time): the index is read-only."""
        stamp = Path(path).stat().st_mtime if path is not None else None
        return _load_index(path, stamp)

    # -- routes ---------------------------------------------------------------------------
    def _build_route(self, template: PathTemplate) -> Route:
        op = template.operation
        op_ptr = self.operation_pointer(op)
        params: dict[tuple[str, str], Parameter] = {}
        for owner in (op_ptr.rsplit("/", 1)[0], op_ptr):  # path-level, then operation-level
            for index, _ in enumerate(self.node_at(owner).get("parameters") or []):
                p_ptr = self.follow(f"{owner}/parameters/{index}")
                p = self.node_at(p_ptr)
                schema_ptr = f"{p_ptr}/schema" if "schema" in p else None
                params[(p["name"], p["in"])] = Parameter(
                    p["name"], p["in"], bool(p.get("required")), schema_ptr
                )
        body = None
        media = self.request_body(op)
        if media is not None and media.media_type is not None:
            body = BodyRule(
                media.media_type, media.schema_pointer, bool(media.node.get("required"))
            )
        return Route(op, template.regex, list(params.values()), body)

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path params, path_exists). ``path_exists`` with no route = wrong method."""
        op, params, path_exists = self.match_path(method, path)
        return (self.route_by_id[op.operation_id] if op else None), params, path_exists

    # -- schemas --------------------------------------------------------------------------
    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        found = self._validators.get(pointer)
        if found is None:
            found = jsonschema.Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry
            )
            self._validators[pointer] = found
        return found

    def errors(self, pointer: str, instance: Any) -> list[str]:
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in self.validator(pointer).iter_errors(instance)
        ]

    def schema(self, pointer: str) -> Any:
        return self.node_at(pointer)

    def response_schema_pointer(
        self, operation_id: str, status: int
    ) -> tuple[str | None, str | None, bool]:
        """(media type, schema pointer, declared) of the answer for ``status``."""
        media = self.response(self.by_id[operation_id], status)
        if media is None:
            return None, None, False
        return media.media_type, media.schema_pointer, True

    @cached_property
    def kamereon_error_pointer(self) -> str | None:
        schemas = self.spec.get("components", {}).get("schemas", {})
        return "/components/schemas/KamereonErrorBody" if "KamereonErrorBody" in schemas else None


@functools.lru_cache(maxsize=4)
def _load_index(path: Path | None, stamp: float | None) -> SpecIndex:
    return SpecIndex(load_spec(path))


def coerce_form(fields: Mapping[str, str], schema: Any, index: SpecIndex) -> dict[str, Any]:
    """Form fields are strings on the wire; convert those the schema types as numbers/booleans."""
    schema = index.resolve(schema) if schema is not None else {}
    props: dict[str, Any] = {}
    for part in [schema, *[index.resolve(s) for s in schema.get("allOf", [])]]:
        props.update(part.get("properties") or {})
    out: dict[str, Any] = {}
    for name, value in fields.items():
        prop = index.resolve(props.get(name, {}))
        types = prop.get("type", "string")
        types = types if isinstance(types, list) else [types]
        out[name] = value
        if "string" in types:
            continue
        try:
            if "integer" in types:
                out[name] = int(value)
            elif "number" in types:
                out[name] = float(value)
            elif "boolean" in types and value.lower() in ("true", "false"):
                out[name] = value.lower() == "true"
        except ValueError:
            pass
    return out
