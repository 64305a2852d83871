"""Operation lookup in the bundled spec: URL -> operation, status -> response schema.

Matching is by method and path template only (not host), so traces recorded against the fake
backend on 127.0.0.1 match the same operations as captures of the real servers. Gigya calls are
matched by method name (the last path segment, e.g. ``accounts.login``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

from renault_ext.spec import Operation, iter_operations

_PARAM = re.compile(r"\{[^}/]+\}")

# Path segments that look like identifiers, masked when reporting an unknown URL.
_ID_SEGMENT = re.compile(
    r"""^(?:
        [A-HJ-NPR-Z0-9]{11,17}            # VIN-like (letters and digits, no I/O/Q)
      | [0-9a-fA-F-]{16,}                 # uuid / hex ids
      | \d{4,}                            # numeric ids
      | (?:account|person|user)-id-\w+    # project placeholders
      | [^@/]+@[^@/]+                     # e-mail
    )$""",
    re.VERBOSE,
)
# After these segments the next one is always an identifier.
_ID_AFTER = frozenset({"accounts", "persons", "cars", "vehicles", "users"})


@dataclass(frozen=True)
class Match:
    operation: Operation | None
    masked_path: str
    reason: str = ""  # why nothing matched


@dataclass(frozen=True)
class _Template:
    operation: Operation
    regex: re.Pattern[str]
    literal_segments: int


def mask_path(path: str) -> str:
    """The path with anything that looks like an identifier replaced by ``{id}``."""
    out: list[str] = []
    previous = ""
    for segment in path.split("/"):
        if segment and (
            previous in _ID_AFTER and segment not in _ID_AFTER or _ID_SEGMENT.match(segment)
        ):
            out.append("{id}")
        else:
            out.append(segment)
        previous = segment
    return "/".join(out)


def split_path(url: str) -> str:
    """Path part of a URL (or of a bare path), percent-decoded, without query or fragment."""
    parts = urlsplit(url)
    path = parts.path if (parts.scheme or url.startswith("/")) else url.split("?", 1)[0]
    return unquote(path) or "/"


def _is_gigya(op: Operation) -> bool:
    return op.tag == "gigya" or op.path.lstrip("/").startswith("accounts.")


class SpecIndex:
    """Operations of one bundled document, indexed for matching."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.operations: list[Operation] = list(iter_operations(spec))
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}
        self._gigya: dict[tuple[str, str], Operation] = {}
        templates: list[_Template] = []
        for op in self.operations:
            if _is_gigya(op):
                self._gigya[(op.method, op.path.rsplit("/", 1)[-1])] = op
            pattern = _PARAM.sub(
                "[^/]+", re.escape(op.path).replace(r"\{", "{").replace(r"\}", "}")
            )
            literal = sum(1 for s in op.path.split("/") if s and not _PARAM.search(s))
            templates.append(_Template(op, re.compile(f"(?:.*?)({pattern})/?$"), literal))
        # Most specific first: a template with more literal segments wins over a looser one.
        templates.sort(key=lambda t: -t.literal_segments)
        self._templates = templates

    def match(self, method: str | None, url: str | None) -> Match:
        if not url:
            return Match(None, "", "no URL")
        path = split_path(url)
        method = (method or "").upper()
        masked = mask_path(path)
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if last.startswith("accounts."):
            op = self._gigya.get((method, last))
            if op is not None:
                return Match(op, masked)
        path_only: Operation | None = None
        for template in self._templates:
            if template.regex.fullmatch(path):
                if template.operation.method == method:
                    return Match(template.operation, masked)
                path_only = path_only or template.operation
        if path_only is not None:
            return Match(None, masked, f"method {method} is not described for this path")
        return Match(None, masked, "no operation has this path")

    # -- bodies -----------------------------------------------------------------------------
    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node and seen < 50:
            node = self.pointer(node["$ref"])
            seen += 1
        return node

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise KeyError(f"only local references are supported: {ref}")
        target: Any = self.spec
        for part in ref[1:].split("/")[1:] if ref != "#" else []:
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            target = target[int(part)] if isinstance(target, list) else target[part]
        return target

    def pointer_from_json_pointer(self, pointer: str) -> Any:
        return self.pointer("#" + pointer)

    def response_for(self, op: Operation, status: int) -> tuple[str, Mapping[str, Any]] | None:
        """(status key, response object) for a status: exact code, then `4XX`, then `default`."""
        responses = op.node.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                return key, self.resolve(responses[key])
        return None

    def request_body_for(self, op: Operation) -> Mapping[str, Any] | None:
        body = op.node.get("requestBody")
        return None if body is None else self.resolve(body)

    def response_pointer(self, op: Operation, status_key: str, media_type: str) -> str:
        """JSON pointer of a response body schema (follows a `$ref`'d response object)."""
        raw = (op.node.get("responses") or {})[status_key]
        if "$ref" in raw:
            base = raw["$ref"][1:]
        else:
            base = f"{self.operation_pointer(op)}/responses/{status_key}"
        return f"{base}/content/{escape(media_type)}/schema"

    def request_pointer(self, op: Operation, media_type: str) -> str:
        raw = op.node["requestBody"]
        base = raw["$ref"][1:] if "$ref" in raw else f"{self.operation_pointer(op)}/requestBody"
        return f"{base}/content/{escape(media_type)}/schema"

    @staticmethod
    def operation_pointer(op: Operation) -> str:
        return f"/paths/{escape(op.path)}/{op.method.lower()}"

    @cached_property
    def personal_property_names(self) -> frozenset[str]:
        """Every property name the spec marks ``x-personal-data`` (used by the anonymiser)."""
        return frozenset(_personal_names(self.spec))


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


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


def pick_media(
    content: Mapping[str, Any], content_type: str | None
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
