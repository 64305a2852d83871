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

from renault_ext.spec import Operation, iter_operations, load_spec

SPEC_URI = "urn:renault-ext:openapi"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = ""
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            pattern += f"(?P<{piece[1:-1]}>[^/]+)"
        else:
            pattern += re.escape(piece)
    return re.compile(f"^{pattern}$")


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


class SpecIndex:
    """Routes and validators of one bundled document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self._registry: Registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(spec), default_specification=DRAFT202012)
        )
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self.routes: list[Route] = []
        self.by_id: dict[str, Route] = {}
        for op in iter_operations(spec):
            route = self._build_route(op)
            self.routes.append(route)
            self.by_id[op.operation_id] = route

    @classmethod
    def load(cls, path: Path | None = None) -> SpecIndex:
        """Shared per document (and its modification time): the index is read-only."""
        stamp = Path(path).stat().st_mtime if path is not None else None
        return _load_index(path, stamp)

    # -- pointers and refs ----------------------------------------------------------------
    def node_at(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.lstrip("/").split("/") if pointer not in ("", "/") else []:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def follow(self, pointer: str) -> str:
        """Pointer of the node after following ``$ref`` chains (local refs only)."""
        seen = set()
        node = self.node_at(pointer)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                break
            seen.add(ref)
            pointer = ref[1:]
            node = self.node_at(pointer)
        return pointer

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = self.node_at(node["$ref"][1:])
        return node

    # -- routes ---------------------------------------------------------------------------
    def _build_route(self, op: Operation) -> Route:
        path_ptr = f"/paths/{_escape(op.path)}"
        op_ptr = f"{path_ptr}/{op.method.lower()}"
        params: dict[tuple[str, str], Parameter] = {}
        for owner in (path_ptr, op_ptr):
            for index, _ in enumerate(self.node_at(owner).get("parameters") or []):
                p_ptr = self.follow(f"{owner}/parameters/{index}")
                p = self.node_at(p_ptr)
                schema_ptr = f"{p_ptr}/schema" if "schema" in p else None
                params[(p["name"], p["in"])] = Parameter(
                    p["name"], p["in"], bool(p.get("required")), schema_ptr
                )
        body = None
        if "requestBody" in op.node:
            rb_ptr = self.follow(f"{op_ptr}/requestBody")
            rb = self.node_at(rb_ptr)
            for media_type, media in (rb.get("content") or {}).items():
                schema_ptr = (
                    f"{rb_ptr}/content/{_escape(media_type)}/schema" if "schema" in media else None
                )
                body = BodyRule(media_type, schema_ptr, bool(rb.get("required")))
                break
        return Route(op, _template_regex(op.path), list(params.values()), body)

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path params, path_exists). ``path_exists`` with no route = wrong method."""
        path_exists = False
        for route in self.routes:
            found = route.regex.match(path)
            if found is None:
                continue
            path_exists = True
            if route.operation.method == method.upper():
                return route, found.groupdict(), True
        return None, {}, path_exists

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
        op = self.by_id[operation_id].operation
        op_ptr = f"/paths/{_escape(op.path)}/{op.method.lower()}"
        responses = op.node.get("responses") or {}
        key = str(status) if str(status) in responses else None
        if key is None and f"{str(status)[0]}XX" in responses:
            key = f"{str(status)[0]}XX"
        if key is None and "default" in responses:
            key = "default"
        if key is None:
            return None, None, False
        r_ptr = self.follow(f"{op_ptr}/responses/{_escape(key)}")
        content = self.node_at(r_ptr).get("content") or {}
        for media_type, media in content.items():
            if "schema" in media:
                return media_type, f"{r_ptr}/content/{_escape(media_type)}/schema", True
            return media_type, None, True
        return None, None, True

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
