"""Bundle the multi-file spec under spec/ into one self-contained OpenAPI document.

openapi-python-client cannot follow references into other files, and a single document is also
what the trace validator and the fake backend load at run time. The rules:

* a reference to ``<file>#/components/<kind>/<Name>`` (or a local ``#/components/...`` inside a
  part file) becomes ``#/components/<kind>/<Name>`` and the target is hoisted under that name;
  two different definitions with one name are an error, never a silent overwrite;
* any other external reference (path items) is replaced by the referenced content.

Output is deterministic: same input files, same bytes.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

_Node = Any
# The C loader is several times faster on the large part files and parses identically.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BundleError(Exception):
    """The spec cannot be bundled (missing file or pointer, name clash, reference cycle)."""


def _decode_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    if not pointer.startswith("/"):
        raise BundleError(f"JSON pointer must start with '/': {pointer!r}")
    return [part.replace("~1", "/").replace("~0", "~") for part in unquote(pointer)[1:].split("/")]


class Bundler:
    def __init__(self, root: Path, *, allow_missing: bool = False) -> None:
        self.root = root.resolve()
        self.allow_missing = allow_missing
        self.missing: list[str] = []
        self._files: dict[Path, _Node] = {}
        # (kind, name) -> (origin "file#pointer", bundled content or None while being built)
        self._hoisted: dict[tuple[str, str], tuple[str, _Node]] = {}

    # -- loading -------------------------------------------------------------------------
    def _load(self, path: Path) -> _Node:
        if path not in self._files:
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError as exc:
                raise BundleError(f"referenced file does not exist: {path}") from exc
            self._files[path] = yaml.load(text, Loader=_LOADER)
        return self._files[path]

    def _resolve(self, path: Path, pointer: str) -> _Node:
        node = self._load(path)
        for part in _decode_pointer(pointer):
            if isinstance(node, list):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise BundleError(f"{path.name}#{pointer} does not exist")
        return node

    def _split(self, ref: str, current: Path) -> tuple[Path, str]:
        file_part, _, pointer = ref.partition("#")
        target = (current.parent / file_part).resolve() if file_part else current
        return target, pointer

    # -- walking -------------------------------------------------------------------------
    def _walk(self, node: _Node, current: Path) -> _Node:
        if isinstance(node, list):
            return [self._walk(item, current) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and isinstance(node["$ref"], str):
            return self._walk_ref(node, current)
        return {key: self._walk(value, current) for key, value in node.items()}

    def _walk_ref(self, node: dict[str, _Node], current: Path) -> _Node:
        target, pointer = self._split(node["$ref"], current)
        siblings = {k: self._walk(v, current) for k, v in node.items() if k != "$ref"}
        parts = _decode_pointer(pointer)
        if len(parts) == 3 and parts[0] == "components":
            local = self._hoist(parts[1], parts[2], target, pointer)
            return {"$ref": local, **siblings}
        try:
            content = self._resolve(target, pointer)
        except BundleError:
            if not self.allow_missing:
                raise
            self.missing.append(f"{target.name}#{pointer}")
            return None
        inlined = self._walk(copy.deepcopy(content), target)
        if isinstance(inlined, dict):
            inlined = {**inlined, **siblings}
        return inlined

    def _hoist(self, kind: str, name: str, target: Path, pointer: str) -> str:
        origin = f"{target.relative_to(self.root.parent)}#{pointer}"
        key = (kind, name)
        if key in self._hoisted:
            known_origin, _ = self._hoisted[key]
            if known_origin != origin:
                raise BundleError(
                    f"components/{kind}/{name} is defined twice: {known_origin} and {origin}"
                )
            return f"#/components/{kind}/{name}"
        self._hoisted[key] = (origin, None)  # placeholder: breaks recursion on cyclic schemas
        content = self._resolve(target, pointer)
        self._hoisted[key] = (origin, self._walk(copy.deepcopy(content), target))
        return f"#/components/{kind}/{name}"

    # -- entry point ---------------------------------------------------------------------
    def bundle(self) -> dict[str, _Node]:
        document = self._load(self.root)
        out: dict[str, _Node] = {}
        for key, value in document.items():
            if key == "components":
                continue
            out[key] = self._walk(copy.deepcopy(value), self.root)
        for kind, items in (document.get("components") or {}).items():
            for name in items:
                self._hoist(kind, name, self.root, f"/components/{kind}/{name}")
        if isinstance(out.get("paths"), dict):
            out["paths"] = {path: item for path, item in out["paths"].items() if item is not None}
        components: dict[str, dict[str, _Node]] = {}
        for (kind, name), (_, content) in sorted(self._hoisted.items()):
            components.setdefault(kind, {})[name] = content
        out["components"] = components
        return out


def bundle_spec(root: Path, *, allow_missing: bool = False) -> tuple[dict[str, _Node], list[str]]:
    """Return the bundled document and the references skipped with ``allow_missing``."""
    bundler = Bundler(root, allow_missing=allow_missing)
    return bundler.bundle(), bundler.missing


def dumps(document: dict[str, _Node]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
