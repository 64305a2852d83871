"""Drift detection: what in a body is valid but not described by the spec.

jsonschema-rs says whether a body is valid; it cannot say what the schema *does not describe*,
because the spec is tolerant on purpose (additional properties everywhere, open enumerations).
This module walks a body beside its schema and reports:

* ``unknown-property``: a key no applicable ``properties`` declares;
* ``new-enum-value``: an ``x-open-enum`` value accepted only by the fallback branch;
* ``unknown-value``: a value outside ``x-known-values``;
* ``unknown-format``: a string not matching ``x-known-pattern`` (the format seen so far of a
  response string that is deliberately not a ``pattern``, e.g. the times echoed by schedule
  actions: a new format is drift, not an invalid answer);
* ``new-type``: a value whose JSON type the schema does not name (e.g. ``27.0`` where ``integer``
  is declared: valid JSON Schema, but the generated client types it ``int``).

Schemas are compiled once into :class:`Node` objects (``$ref`` resolved, keyed by JSON pointer),
so walking a body costs a dictionary lookup per value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from renault_ext.secrets_patterns import looks_secret
from renault_ext.spec.index import escape
from renault_ext.traces.model import SEVERITY_DRIFT, Problem
from renault_ext.traces.sensitive import is_sensitive_name

IsValid = Callable[[str, Any], bool]  # (schema pointer, value) -> valid?


_TYPE_NAMES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def json_type(value: Any) -> str:
    found = _TYPE_NAMES.get(type(value))
    if found is not None:
        return found
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _same(a: Any, b: Any) -> bool:
    # JSON equality: True is not 1, but 1 == 1.0.
    return a == b and isinstance(a, bool) == isinstance(b, bool)


def in_values(value: Any, values: list[Any]) -> bool:
    return any(_same(value, v) for v in values)


class Node:
    """One compiled schema object."""

    __slots__ = (
        "_static",
        "additional",
        "all_of",
        "any_of",
        "enum",
        "has_properties",
        "items",
        "known_pattern",
        "known_values",
        "one_of",
        "open_additional",
        "open_enum",
        "personal",
        "pointer",
        "prefix_items",
        "properties",
        "simple",
        "summary",
        "types",
    )

    def __init__(self, pointer: str) -> None:
        self.pointer = pointer
        self.types: frozenset[str] | None = None
        self.enum: list[Any] | None = None
        self.all_of: list[Node] = []
        self.any_of: list[Node] = []
        self.one_of: list[Node] = []
        self.properties: dict[str, Node] = {}
        self.has_properties = False
        self.additional: Node | None = None
        self.open_additional = False
        self.items: Node | None = None
        self.prefix_items: list[Node] = []
        self.open_enum = False
        self.known_values: list[Any] | None = None
        self.known_pattern: re.Pattern[str] | None = None
        self.personal = False
        self._static: list[Node] | None = None
        self.simple = False  # only type/enum/const/annotations: matched in Python, no validator
        self.summary: Summary | None = None  # cached Summary of this node's static expansion

    def simple_match(self, value: Any) -> bool:
        if self.types is not None and not any(_is_type(value, t) for t in self.types):
            return False
        if self.enum is not None and not in_values(value, self.enum):
            return False
        return all(n.simple_match(value) for n in self.all_of)

    def has_enum(self) -> bool:
        return self.enum is not None or any(n.has_enum() for n in self.all_of)

    def enum_owner(self) -> Node | None:
        if self.enum is not None:
            return self
        for n in self.all_of:
            owner = n.enum_owner()
            if owner is not None:
                return owner
        return None

    def static_expansion(self) -> list[Node] | None:
        """The node and its allOf closure, depth-first, when no anyOf/oneOf is involved (cached).

        Depth-first keeps `allOf: [envelope, own]` in that order, which `_property_owner` relies on.
        """
        if self._static is None:
            out: list[Node] = []

            def visit(n: Node) -> bool:
                if n.any_of or n.one_of:
                    return False
                if n not in out:
                    out.append(n)
                    return all(visit(c) for c in n.all_of)
                return True

            if not visit(self):
                return None
            self._static = out
        return self._static


class SchemaCompiler:
    """Compiles schema objects of one spec document into :class:`Node` trees, by pointer."""

    def __init__(self, resolve_pointer: Callable[[str], Any]) -> None:
        self._resolve = resolve_pointer
        self._nodes: dict[str, Node] = {}

    def node(self, pointer: str) -> Node:
        found = self._nodes.get(pointer)
        if found is not None:
            return found
        node = Node(pointer)
        self._nodes[pointer] = node  # before filling: recursive schemas
        self._fill(node, self._resolve(pointer))
        return node

    def _fill(self, node: Node, schema: Any) -> None:
        if not isinstance(schema, Mapping):
            # `true` / `false` schemas: nothing to describe.
            return
        p = node.pointer
        if "$ref" in schema:
            node.all_of.append(self.node(schema["$ref"][1:]))
        kind = schema.get("type")
        if kind is not None:
            node.types = frozenset([kind] if isinstance(kind, str) else kind)
        if "enum" in schema:
            node.enum = list(schema["enum"])
        if "const" in schema:
            node.enum = [schema["const"]]
        for key, target in (("allOf", node.all_of), ("anyOf", node.any_of), ("oneOf", node.one_of)):
            for i, _ in enumerate(schema.get(key) or []):
                target.append(self.node(f"{p}/{key}/{i}"))
        props = schema.get("properties")
        if isinstance(props, Mapping):
            node.has_properties = True
            for name in props:
                node.properties[name] = self.node(f"{p}/properties/{escape(name)}")
        additional = schema.get("additionalProperties")
        if additional is True or additional == {}:
            node.open_additional = True
        elif isinstance(additional, Mapping):
            node.additional = self.node(f"{p}/additionalProperties")
        if isinstance(schema.get("items"), Mapping):
            node.items = self.node(f"{p}/items")
        for i, _ in enumerate(schema.get("prefixItems") or []):
            node.prefix_items.append(self.node(f"{p}/prefixItems/{i}"))
        node.open_enum = bool(schema.get("x-open-enum"))
        if isinstance(schema.get("x-known-values"), list):
            node.known_values = list(schema["x-known-values"])
        pattern = schema.get("x-known-pattern")
        if isinstance(pattern, str):
            try:
                node.known_pattern = re.compile(pattern)
            except re.error:
                node.known_pattern = None  # not a Python regex: nothing to compare against
        node.personal = schema.get("x-personal-data") is True
        node.simple = all(k in _SIMPLE_KEYS or k.startswith("x-") for k in schema) and all(
            n.simple for n in node.all_of
        )


_SIMPLE_KEYS = frozenset(
    {
        "type",
        "enum",
        "const",
        "$ref",
        "description",
        "title",
        "example",
        "examples",
        "default",
        "deprecated",
        "format",
        "$comment",
        "readOnly",
        "writeOnly",
    }
)


def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return json_type(value) == kind


class Summary:
    """What a set of applicable schema nodes says about one instance location (cached per set)."""

    __slots__ = (
        "additional",
        "declared",
        "described",
        "describes_object",
        "items",
        "known",
        "nodes",
        "open_object",
        "owner",
        "patterns",
        "personal",
        "prefix",
        "type_owner",
    )

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = nodes
        described: set[str] = set()
        self.known = [n for n in nodes if n.known_values is not None]
        self.patterns = [n for n in nodes if n.known_pattern is not None]
        self.personal = any(n.personal for n in nodes)
        self.declared: dict[str, list[Node]] = {}
        self.additional = [n.additional for n in nodes if n.additional is not None]
        self.open_object = any(n.open_additional for n in nodes)
        self.describes_object = False
        for n in nodes:
            if n.types is not None:
                described |= n.types
            if n.enum is not None:
                described |= {json_type(v) for v in n.enum}
            if n.has_properties or n.additional is not None:
                described.add("object")
            if n.items is not None or n.prefix_items:
                described.add("array")
            if n.has_properties or n.additional is not None or (n.types and "object" in n.types):
                self.describes_object = True
            for name, sub in n.properties.items():
                self.declared.setdefault(name, []).append(sub)
        self.described = frozenset(described)
        self.items = [n.items for n in nodes if n.items is not None]
        self.prefix = [n.prefix_items for n in nodes if n.prefix_items]
        self.owner = _property_owner(nodes)
        self.type_owner = next((n for n in reversed(nodes) if n.types is not None), nodes[-1])


@dataclass
class DriftContext:
    where: str
    is_valid: IsValid
    body_valid: bool
    summaries: dict[tuple[Node, ...], Summary] = field(default_factory=dict)  # shared across bodies
    problems: list[Problem] = field(default_factory=list)
    personal: set[str] = field(default_factory=set)  # instance pointers holding personal data
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, kind: str, pointer: str, message: str, **detail: Any) -> None:
        key = (kind, pointer, message)
        if key in self.seen:
            return
        self.seen.add(key)
        self.problems.append(Problem(SEVERITY_DRIFT, kind, self.where, pointer, message, detail))

    def summary(self, nodes: list[Node]) -> Summary:
        key = tuple(nodes)
        found = self.summaries.get(key)
        if found is None:
            found = self.summaries[key] = Summary(nodes)
        return found


def safe_repr(value: Any, personal: bool) -> str | None:
    """A value fit for a report, or None when it may be personal (by its property, or by its
    look: a VIN, e-mail, token or key where the spec expects something else) or is not a short
    scalar."""
    if personal or isinstance(value, (dict, list)):
        return None
    if isinstance(value, str) and looks_secret(value):
        return None
    # JSON spelling (null, true, "text"): the report is about JSON, not Python values.
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else None


def walk(root: Node, value: Any, ctx: DriftContext) -> None:
    _walk([root], value, "", "", ctx, False)


def _expand(
    nodes: list[Node], value: Any, pointer: str, ctx: DriftContext, personal: bool
) -> list[Node]:
    if len(nodes) == 1:
        static = nodes[0].static_expansion()
        if static is not None:
            return static
    out: list[Node] = []
    stack = list(nodes)
    while stack:
        n = stack.pop(0)
        static = n.static_expansion()
        if static is not None:
            out.extend(x for x in static if x not in out)
            continue
        if n in out:
            continue
        out.append(n)
        stack[0:0] = n.all_of
        for branches in (n.any_of, n.one_of):
            if not branches:
                continue
            matched = [
                b
                for b in branches
                if (b.simple_match(value) if b.simple else ctx.is_valid(b.pointer, value))
            ]
            # null accepted by a `{type: 'null'}` branch is a declared absence, not a new value.
            if n.open_enum and matched and value is not None:
                known = [b for b in branches if b.has_enum()]
                if known and not any(b in matched for b in known):
                    owner = known[0].enum_owner() or known[0]
                    shown = safe_repr(value, personal)
                    ctx.add(
                        "new-enum-value",
                        pointer,
                        f"value {shown} is not a known value"
                        if shown
                        else "value is not a known value",
                        schema=owner.pointer,
                        value=value if shown else None,
                        _value=value,
                        _personal=shown is None,  # --suggest must not print what this hid
                    )
            stack.extend(matched)
    return out


def _covered(kind: str, types: frozenset[str]) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _walk(
    nodes: list[Node], value: Any, pointer: str, key: str, ctx: DriftContext, personal: bool
) -> None:
    only = nodes[0] if len(nodes) == 1 else None
    if only is not None and only.summary is not None:
        summary = only.summary  # the common case: one schema without anyOf, seen before
    else:
        summary = ctx.summary(_expand(nodes, value, pointer, ctx, personal))
        if only is not None and only.static_expansion() is not None:
            only.summary = summary
    if summary.personal or (key and is_sensitive_name(key)):
        personal = True
    if personal:
        ctx.personal.add(pointer)

    kind = json_type(value)
    # null is described by a nullable `type`, not by x-known-values (which lists real values).
    if summary.known and value is not None:
        for n in summary.known:
            if not in_values(value, n.known_values or []):
                shown = safe_repr(value, personal)
                ctx.add(
                    "unknown-value",
                    pointer,
                    f"value {shown} is not among x-known-values"
                    if shown
                    else "value is not among x-known-values",
                    schema=n.pointer,
                    value=value if shown else None,
                    _value=value,
                    _personal=shown is None,  # --suggest must not print what this hid
                )
    if summary.patterns and isinstance(value, str):
        for n in summary.patterns:
            known_pattern = n.known_pattern
            if known_pattern is not None and known_pattern.search(value) is None:
                shown = safe_repr(value, personal)
                ctx.add(
                    "unknown-format",
                    pointer,
                    f"value {shown} does not match x-known-pattern"
                    if shown
                    else "value does not match x-known-pattern",
                    schema=n.pointer,
                    pattern=known_pattern.pattern,
                    value=value if shown else None,
                    _value=value,  # for --suggest, which prints only its shape when personal
                    _personal=personal or looks_secret(value),
                )
    described = summary.described
    if described and not _covered(kind, described):
        integral_float = kind == "number" and float(value).is_integer() and "integer" in described
        if integral_float or ctx.body_valid:
            ctx.add(
                "new-type",
                pointer,
                f"{kind} value where the spec says {' | '.join(sorted(described))}",
                schema=summary.type_owner.pointer,
                seen_type=kind,
                described=sorted(described),
            )

    if kind == "object":
        _walk_object(summary, value, pointer, ctx, personal)
    elif kind == "array" and (summary.items or summary.prefix):
        for i, item in enumerate(value):
            chosen = [p[i] for p in summary.prefix if i < len(p)] or summary.items
            if chosen:
                _walk(chosen, item, f"{pointer}/{i}", "", ctx, personal)


def _walk_object(
    summary: Summary, value: Mapping[str, Any], pointer: str, ctx: DriftContext, personal: bool
) -> None:
    declared = summary.declared
    if not summary.describes_object and not declared:
        return  # free-form value (no type information at all): nothing to compare against
    for key, sub in value.items():
        # A key can be data (a map keyed by VIN or e-mail): such a key is never shown.
        secret_key = key not in declared and looks_secret(key)
        shown = "<masked>" if secret_key else key
        child = (
            f"{pointer}/{escape(shown)}" if "/" in shown or "~" in shown else f"{pointer}/{shown}"
        )
        found = declared.get(key)
        if found is not None:
            _walk(found, sub, child, key, ctx, personal)
        elif summary.additional:
            _walk(summary.additional, sub, child, key, ctx, personal)
        elif not summary.open_object:
            ctx.add(
                "unknown-property",
                child,
                f"property '{shown}' ({json_type(sub)}) is not in the spec",
                schema=summary.owner.pointer,
                name=shown,
                data_key=secret_key,
                _value=sub,
                _personal=personal or secret_key or is_sensitive_name(key),
            )


def _property_owner(expanded: list[Node]) -> Node:
    # The most specific schema declaring properties: for `allOf: [envelope, own]` that is `own`.
    for n in reversed(expanded):
        if n.has_properties:
            return n
    for n in reversed(expanded):
        if n.types and "object" in n.types:
            return n
    return expanded[0]
