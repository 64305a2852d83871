"""``--suggest``: the spec change that would describe the drift, as YAML ready to paste.

Output is a YAML list of changes, one per schema to touch::

    - at: '#/components/schemas/BatteryStatusAttributes'     # where to paste (bundled pointer)
      properties:                                            # add these properties
        newField: {type: integer, description: 'TODO: …'}
    - at: '#/components/schemas/KnownPlugStatus'
      enum: [3]                                              # append these values

Components keep their names when bundled, so ``#/components/schemas/<Name>`` is the schema of that
name in whichever spec/*.yaml part defines it. :func:`apply_suggestions` applies such a list to a
bundled document (what the tests do to prove the drift disappears).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from renault_ext.secrets_patterns import looks_secret
from renault_ext.traces.drift import json_type
from renault_ext.traces.model import ExchangeResult, Problem
from renault_ext.traces.sensitive import is_sensitive_name

_LIST_KEYS = ("enum", "x-known-values")


def infer_schema(value: Any, *, personal: bool = False, name: str = "") -> dict[str, Any]:
    """A tolerant schema describing ``value`` (never its content: no examples)."""
    personal = personal or (bool(name) and is_sensitive_name(name))
    kind = json_type(value)
    schema: dict[str, Any]
    if kind == "null":
        schema = {"description": "TODO: only null seen so far; type unknown"}
    elif kind == "object":
        schema = {"type": "object", "properties": {}}
        for key, item in value.items():
            if looks_secret(key):  # a key that is data (VIN, e-mail): the object is a map
                inferred = infer_schema(item, personal=True)
                known = schema.get("additionalProperties")
                schema["additionalProperties"] = (
                    merge_schemas(known, inferred) if known else inferred
                )
            else:
                schema["properties"][key] = infer_schema(item, personal=personal, name=key)
        if not schema["properties"]:
            del schema["properties"]
    elif kind == "array":
        items: dict[str, Any] = {}
        for element in value:
            items = (
                merge_schemas(items, infer_schema(element, personal=personal))
                if items
                else infer_schema(element, personal=personal)
            )
        schema = {"type": "array", "items": items}
    else:
        schema = {"type": kind}
    if kind not in ("object", "array", "null"):
        schema["description"] = "TODO: describe (unit?)"
    if personal and kind not in ("object", "array"):
        schema["x-personal-data"] = True
    return schema


def _null_only(schema: Mapping[str, Any]) -> bool:
    return not any(k in schema for k in ("type", "properties", "items"))


def merge_schemas(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """Union of two inferred schemas (integer + number = number, other mixes = a type list; a
    value seen null and typed is nullable; members of an object side are kept)."""
    out = dict(a)
    ta, tb = a.get("type"), b.get("type")
    if _null_only(a) != _null_only(b):
        # Seen null and seen typed: the typed schema, with "null" among its types.
        out = dict(b if _null_only(a) else a)
        typed = out.get("type") or ("array" if "items" in out else "object")
        types = set(typed if isinstance(typed, list) else [typed]) | {"null"}
        out["type"] = sorted(types)
        return out
    if ta is None or tb is None:
        out = dict(b) if ta is None and tb is not None else out
    elif ta != tb:
        types = set(ta if isinstance(ta, list) else [ta]) | set(
            tb if isinstance(tb, list) else [tb]
        )
        if {"integer", "number"} <= types:
            types.discard("integer")
        out["type"] = min(types) if len(types) == 1 else sorted(types)
    if "properties" in a or "properties" in b:  # both objects, or an object and a scalar
        props = dict(a.get("properties", {}))
        for k, v in b.get("properties", {}).items():
            props[k] = merge_schemas(props[k], v) if k in props else v
        out["properties"] = props
    if "additionalProperties" in a and "additionalProperties" in b:
        out["additionalProperties"] = merge_schemas(
            a["additionalProperties"], b["additionalProperties"]
        )
    elif "additionalProperties" in b:
        out["additionalProperties"] = b["additionalProperties"]
    if "items" in a and "items" in b:
        out["items"] = merge_schemas(a["items"], b["items"])
    elif "items" in a or "items" in b:
        out["items"] = dict(a.get("items") or b["items"])
    if a.get("x-personal-data") or b.get("x-personal-data"):
        out["x-personal-data"] = True
    return out


def infer_pattern(value: str, *, personal: bool = False) -> str:
    """An anchored regular expression of a string's shape: digit runs become ``\\d{n}``; letters
    stay literal (``T12:00Z``), or become ``[A-Za-z]{n}`` for a personal value, so that a
    suggestion never carries personal text."""
    parts = []
    for run in re.finditer(r"\d+|[A-Za-z]+|[^\dA-Za-z]+", value):
        text = run.group()
        if text[0].isdigit():
            parts.append(r"\d" if len(text) == 1 else rf"\d{{{len(text)}}}")
        elif text[0].isalpha() and personal:
            parts.append("[A-Za-z]" if len(text) == 1 else rf"[A-Za-z]{{{len(text)}}}")
        else:
            parts.append(re.escape(text))
    return "^" + "".join(parts) + "$"


def build_suggestions(results: Iterable[ExchangeResult]) -> list[dict[str, Any]]:
    changes: dict[str, dict[str, Any]] = {}

    def change(pointer: str) -> dict[str, Any]:
        return changes.setdefault(pointer, {"at": "#" + pointer})

    for result in results:
        for problem in result.problems:
            _add(problem, change)
    for item in changes.values():
        item.pop("_alternatives", None)  # bookkeeping of unknown-format, not a spec key
    return [changes[k] for k in sorted(changes)]


def _add(problem: Problem, change: Any) -> None:
    d = problem.detail
    schema = d.get("schema")
    if schema is None:
        return
    if problem.kind == "unknown-property":
        new = infer_schema(d.get("_value"), personal=bool(d.get("_personal")), name=d["name"])
        if d.get("data_key"):
            # Keys that are data (VINs, e-mails): a map, described by additionalProperties.
            entry = change(schema)
            old = entry.get("additionalProperties")
            entry["additionalProperties"] = merge_schemas(old, new) if old else new
            return
        props = change(schema).setdefault("properties", {})
        props[d["name"]] = merge_schemas(props[d["name"]], new) if d["name"] in props else new
    elif problem.kind in ("new-enum-value", "unknown-value"):
        if d.get("_personal"):
            return  # a value the report hid is not printed here either: describe it by hand
        key = "enum" if problem.kind == "new-enum-value" else "x-known-values"
        values = change(schema).setdefault(key, [])
        value = d.get("_value")
        if not any(v == value and type(v) is type(value) for v in values):
            values.append(value)
    elif problem.kind == "unknown-format":
        entry = change(schema)
        shape = infer_pattern(str(d.get("_value", "")), personal=bool(d.get("_personal")))
        alternatives = entry.setdefault("_alternatives", [str(d.get("pattern", ""))])
        if shape not in alternatives:
            alternatives.append(shape)
        entry["x-known-pattern"] = "|".join(f"(?:{a})" for a in alternatives if a)
    elif problem.kind == "new-type":
        described = [
            t for t in d.get("described", []) if t != "integer" or d.get("seen_type") != "number"
        ]
        types = sorted(set(described) | {d.get("seen_type", "")} - {""})
        change(schema)["type"] = types[0] if len(types) == 1 else types


def render_yaml(changes: list[dict[str, Any]]) -> str:
    import yaml

    if not changes:
        return "# nothing to suggest: no drift, or only values that may be personal (not shown)\n"
    head = (
        "# Spec changes describing the drift. `at` is the schema (bundled pointer; components keep their\n"
        "# names in spec/*.yaml). Add `properties`, append `enum` / `x-known-values`, replace `type`.\n"
        "# Values of personal properties are never shown; write descriptions and units before merging.\n"
    )
    return head + yaml.safe_dump(changes, sort_keys=False, allow_unicode=True, width=100)


def apply_suggestions(
    spec: Mapping[str, Any], changes: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """A copy of a bundled spec with the suggested changes applied."""
    out = copy.deepcopy(dict(spec))
    for item in changes:
        target: Any = out
        for part in str(item["at"]).lstrip("#").split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            target = target[int(part)] if isinstance(target, list) else target[part]
        for key, value in item.items():
            if key == "at":
                continue
            if key == "properties":
                target.setdefault("properties", {}).update(copy.deepcopy(value))
            elif key in _LIST_KEYS:
                existing = target.setdefault(key, [])
                existing.extend(v for v in value if v not in existing)
            else:
                target[key] = copy.deepcopy(value)
    return out
