"""Generic lookups in the bundled document, shared by the fake backend, the trace tools and tests.

* path templates -> operations (``/cars/{vin}/cockpit`` matches ``/cars/VF1…/cockpit``);
* local ``$ref`` resolution and JSON pointers;
* the request body and the response for a status (exact code, ``4XX``, then ``default``), their
  media type and the pointer of their schema;
* property names the spec marks ``x-personal-data``.

Only the standard library: ``renault validate`` imports this on every start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import unquote

from renault_ext.spec import Operation, iter_operations

_PARAM = re.compile(r"\{([^}/]+)\}")
_MAX_REF_HOPS = 50  # a longer $ref chain is a cycle


def escape(token: str) -> str:
    """A JSON-pointer token (RFC 6901): ``~`` and ``/`` escaped."""
    return token.replace("~", "~0").replace("/", "~1")


def node_at(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (``""`` or ``"/"`` is the document itself)."""
    node = document
    for part in pointer.lstrip("/").split("/") if pointer not in ("", "/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def ref_pointer(ref: str) -> str:
    """JSON pointer of a local ``$ref`` (``#/components/...``, percent-encoding undone)."""
    if not ref.startswith("#"):
        raise KeyError(f"only local references are supported: {ref}")
    return unquote(ref[1:])


def follow(document: Any, pointer: str) -> str:
    """Pointer of the node at ``pointer`` after following its local ``$ref`` chain."""
    node = node_at(document, pointer)
    for _ in range(_MAX_REF_HOPS):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        if not node["$ref"].startswith("#"):
            break
        pointer = ref_pointer(node["$ref"])
        node = node_at(document, pointer)
    return pointer


def resolve(document: Any, node: Any) -> Any:
    """The node itself, or the target of its local ``$ref`` chain."""
    for _ in range(_MAX_REF_HOPS):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        node = node_at(document, ref_pointer(node["$ref"]))
    return node


def pick_media(
    content: Mapping[str, Any] | None, content_type: str | None = None
) -> tuple[str, Mapping[str, Any]] | None:
    """The declared media type matching a Content-Type header, else the first declared one."""
    if not content:
        return None
    if content_type:
        wanted = content_type.split(";", 1)[0].strip().lower()
        for media_type, media in content.items():
            if media_type.lower() == wanted:
                return media_type, media
    media_type = next(iter(content))
    return media_type, content[media_type]


@dataclass(frozen=True)
class PathTemplate:
    """One operation's path template, compiled."""

    operation: Operation
    regex: re.Pattern[str]  # anchored; one named group per path parameter
    literal_segments: int  # more literal segments = more specific

    @classmethod
    def of(cls, op: Operation) -> PathTemplate:
        literal = sum(1 for s in op.path.split("/") if s and not _PARAM.search(s))
        return cls(op, re.compile(f"^{template_pattern(op.path)}$"), literal)

    @cached_property
    def suffix_regex(self) -> re.Pattern[str]:
        """Matches a path that *ends* with the template (behind a base path, trailing slash ok)."""
        return re.compile(f"(?:.*?){template_pattern(self.operation.path)}/?$")


def template_pattern(template: str) -> str:
    """Regex source of a path template: each ``{name}`` a named group of one segment."""
    # re.split with one group alternates literal, name, literal, ...
    return "".join(
        f"(?P<{piece}>[^/]+)" if i % 2 else re.escape(piece)
        for i, piece in enumerate(_PARAM.split(template))
    )


@dataclass(frozen=True)
class Media:
    """A request body or response content: its media type and the pointer of its schema."""

    status_key: str | None  # the responses key used (None for a request body)
    pointer: str  # of the (resolved) request body / response object
    node: Mapping[str, Any]  # that object
    media_type: str | None
    schema_pointer: str | None

    @property
    def schema(self) -> Any:
        media = (self.node.get("content") or {}).get(self.media_type or "", {})
        return media.get("schema")


class OperationIndex:
    """Operations of one document, indexed by id and by path template."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.operations: list[Operation] = list(iter_operations(spec))
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    @cached_property
    def templates(self) -> list[PathTemplate]:
        """Most specific first: a template with more literal segments wins over a looser one.
        Built on first use (one regex per operation): lookups by id never need them."""
        return sorted(
            (PathTemplate.of(op) for op in self.operations), key=lambda t: -t.literal_segments
        )

    # -- pointers and refs ---------------------------------------------------------------------
    def node_at(self, pointer: str) -> Any:
        return node_at(self.spec, pointer)

    def ref(self, ref: str) -> Any:
        """The target of a local ``$ref`` string."""
        return node_at(self.spec, ref_pointer(ref))

    def follow(self, pointer: str) -> str:
        return follow(self.spec, pointer)

    def resolve(self, node: Any) -> Any:
        return resolve(self.spec, node)

    # -- paths ---------------------------------------------------------------------------------
    def match_path(
        self, method: str, path: str, *, suffix: bool = False
    ) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, path parameters, path exists). A path with no operation = wrong method.

        ``suffix`` also matches behind a base path and with a trailing slash (recorded URLs).
        """
        method = method.upper()
        path_exists = False
        for template in self.templates:
            found = (template.suffix_regex if suffix else template.regex).match(path)
            if found is None:
                continue
            path_exists = True
            if template.operation.method == method:
                return template.operation, found.groupdict(), True
        return None, {}, path_exists

    # -- bodies --------------------------------------------------------------------------------
    @staticmethod
    def operation_pointer(op: Operation) -> str:
        return f"/paths/{escape(op.path)}/{op.method.lower()}"

    @staticmethod
    def response_key(op: Operation, status: int | None) -> str | None:
        """The responses key describing ``status``: exact code, then ``4XX``, then ``default``.

        ``None`` (a status nobody recorded) is described by ``default`` only.
        """
        responses = op.node.get("responses") or {}
        code = str(status)
        keys = (code, f"{code[0]}XX", f"{code[0]}xx") if status is not None else ()
        for key in (*keys, "default"):
            if key in responses:
                return key
        return None

    def response(
        self, op: Operation, status: int | None, content_type: str | None = None
    ) -> Media | None:
        """The response described for ``status``, or None when the spec has none for it."""
        key = self.response_key(op, status)
        if key is None:
            return None
        return self._media(
            f"{self.operation_pointer(op)}/responses/{escape(key)}", key, content_type
        )

    def request_body(self, op: Operation, content_type: str | None = None) -> Media | None:
        if "requestBody" not in op.node:
            return None
        return self._media(f"{self.operation_pointer(op)}/requestBody", None, content_type)

    def _media(self, pointer: str, key: str | None, content_type: str | None) -> Media:
        pointer = self.follow(pointer)
        node = self.node_at(pointer)
        picked = pick_media(node.get("content"), content_type)
        if picked is None:
            return Media(key, pointer, node, None, None)
        media_type, media = picked
        schema_pointer = (
            f"{pointer}/content/{escape(media_type)}/schema" if "schema" in media else None
        )
        return Media(key, pointer, node, media_type, schema_pointer)

    # -- personal data -------------------------------------------------------------------------
    @cached_property
    def personal_property_names(self) -> frozenset[str]:
        """Every property name the spec marks ``x-personal-data`` (used by the anonymiser)."""
        return frozenset(_personal_names(self.spec))


def _personal_names(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        props = node.get("properties")
        if isinstance(props, Mapping):
            for name, sub in props.items():
                if isinstance(sub, Mapping) and sub.get("x-personal-data") is True:
                    yield name
        for value in node.values():
            yield from _personal_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _personal_names(value)
