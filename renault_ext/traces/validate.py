"""Validate exchanges against the bundled spec: match the operation, check both bodies.

Bulk checks use jsonschema-rs (compiled once per schema and cached); only bodies already known to
be invalid have their errors listed (``iter_errors``), to explain why with JSON pointers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import jsonschema_rs

from renault_ext.spec import Operation, load_spec
from renault_ext.spec.index import Media
from renault_ext.traces.drift import DriftContext, SchemaCompiler, json_type, safe_repr, walk
from renault_ext.traces.model import (
    ERROR,
    NOT_IN_SPEC,
    SEVERITY_DRIFT,
    SEVERITY_INVALID,
    SKIPPED,
    Exchange,
    ExchangeResult,
    FileError,
    Problem,
    worst_status,
)
from renault_ext.traces.sensitive import is_sensitive_name
from renault_ext.traces.spec_index import SpecIndex

_SPEC_URI = "urn:renault-spec"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

# Deepest JSON nesting the validator checks. Real Renault bodies are under ten levels deep; the
# schema checks recurse (jsonschema-rs gives up at ~500 levels, the drift walk at Python's
# recursion limit), so anything deeper is reported as a problem instead of being checked.
MAX_NESTING = 64


@dataclass(frozen=True)
class RawBodyOptions:
    """How to read a file that is a bare body (`--method/--url` or `--operation`)."""

    method: str | None = None
    url: str | None = None
    operation: str | None = None
    status: int = 200
    request: bool = False


def _is_json_media(media_type: str) -> bool:
    m = media_type.lower()
    return "json" in m or "javascript" in m


def _is_form_media(media_type: str) -> bool:
    return "x-www-form-urlencoded" in media_type.lower()


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or "<html" in head


class Validator:
    """Validates exchanges and bodies against one spec document. Reuse it: it caches compiled schemas."""

    def __init__(
        self, spec: Mapping[str, Any] | None = None, *, spec_path: Path | str | None = None
    ) -> None:
        if spec is None:
            spec = load_spec(Path(spec_path) if spec_path is not None else None)
        if not isinstance(spec, Mapping) or not isinstance(spec.get("paths"), Mapping):
            raise ValueError("not an OpenAPI document (no `paths` object)")  # noqa: TRY004 - a bad file, as load_spec reports it
        self.index = SpecIndex(spec)
        self._registry = jsonschema_rs.Registry([(_SPEC_URI, dict(spec))])
        self._fast: dict[str, Any] = {}
        self._summaries: dict[Any, Any] = {}
        self._compiler = SchemaCompiler(lambda pointer: self.index.ref("#" + pointer))

    # -- compiled validators -----------------------------------------------------------------
    def _fast_validator(self, pointer: str) -> Any:
        found = self._fast.get(pointer)
        if found is None:
            ref = f"{_SPEC_URI}#{quote(pointer, safe='/~-._')}"
            found = jsonschema_rs.Draft202012Validator({"$ref": ref}, registry=self._registry)
            self._fast[pointer] = found
        return found

    def check_spec(self) -> None:
        """Compile every body schema now (a user's edited spec): raises ValueError naming the
        first broken one, instead of failing halfway through a report."""
        for op in self.index.operations:
            medias = [self.index.request_body(op)]
            medias += [
                self.index.response(op, int(key) if key.isdigit() else None)
                for key in (op.node.get("responses") or {})
            ]
            for media in medias:
                if media is None or media.schema_pointer is None:
                    continue
                try:
                    self._fast_validator(media.schema_pointer)
                except Exception as exc:  # noqa: BLE001 - jsonschema_rs raises several types
                    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                    raise ValueError(
                        f"{op.operation_id}: schema at {media.schema_pointer} is not valid "
                        f"({type(exc).__name__}: {first_line})"
                    ) from None

    def is_valid(self, pointer: str, value: Any) -> bool:
        return bool(self._fast_validator(pointer).is_valid(value))

    # -- bodies ----------------------------------------------------------------------------
    def check_value(self, pointer: str, value: Any, where: str) -> list[Problem]:
        """Problems of one parsed body against the schema at ``pointer``."""
        if nesting_exceeds(value, MAX_NESTING):
            return [_too_deep(where)]
        valid = self.is_valid(pointer, value)
        ctx = DriftContext(where, self.is_valid, valid, self._summaries)
        walk(self._compiler.node(pointer), value, ctx)
        if valid:
            return ctx.problems
        return self._explain(pointer, value, where, ctx.personal) + ctx.problems

    def _explain(self, pointer: str, value: Any, where: str, personal: set[str]) -> list[Problem]:
        problems: list[Problem] = []
        for error in self._fast_validator(pointer).iter_errors(value):
            problems.extend(_problems_from_error(error, where, personal))
        if not problems:  # cannot happen when is_valid said no, but never report "invalid" silently
            problems.append(
                Problem(SEVERITY_INVALID, "schema", where, "", "body does not match the schema")
            )
        return problems

    def _check_text(
        self,
        text: str | None,
        binary: bool,
        media: Media,
        where: str,
        empty_is_error: bool,
    ) -> list[Problem]:
        media_type = media.media_type
        if media_type is None:
            if text and text.strip():
                return [
                    Problem(
                        SEVERITY_DRIFT,
                        "undocumented-body",
                        where,
                        "",
                        "a body is present but the spec describes none",
                    )
                ]
            return []
        if binary:
            return [
                Problem(
                    SEVERITY_INVALID, "not-json", where, "", "binary body where JSON is expected"
                )
            ]
        if not (_is_json_media(media_type) or _is_form_media(media_type)):
            return []  # text/html and friends: nothing structured to check
        if text is None or not text.strip():
            if empty_is_error:
                return [
                    Problem(
                        SEVERITY_INVALID,
                        "empty-body",
                        where,
                        "",
                        "empty body where JSON is expected",
                    )
                ]
            return []
        value, problem = parse_body(text, media_type, where)
        if problem is not None:
            return [problem]
        if media.schema_pointer is None:
            return []
        return self.check_value(media.schema_pointer, value, where)

    # -- exchanges ---------------------------------------------------------------------------
    def validate_exchange(self, exchange: Exchange) -> ExchangeResult:
        if _not_an_api_call(exchange):
            return ExchangeResult(
                exchange.source,
                None,
                SKIPPED,
                [],
                method=exchange.method,
                path=urlsplit(exchange.url or "").path or None,
                http_status=exchange.status,
            )
        match_masked = ""
        op: Operation | None = None
        renamed: Problem | None = None
        if exchange.operation and exchange.operation in self.index.by_id and not exchange.url:
            op = self.index.by_id[exchange.operation]
        else:
            match = self.index.match(exchange.method, exchange.url)
            op, match_masked = match.operation, match.masked_path
            if op is None and exchange.operation in self.index.by_id:
                # URL unknown, but the trace names the operation: check the bodies against it,
                # and still say the path is not the spec's (a renamed endpoint must show).
                op = self.index.by_id[exchange.operation]
                renamed = Problem(
                    SEVERITY_DRIFT,
                    "not-in-spec",
                    "exchange",
                    "",
                    f"{(exchange.method or '?').upper()} {match_masked or '?'}: {match.reason} "
                    f"(bodies checked as {op.operation_id}, which the trace names)",
                )
            if op is None:
                return ExchangeResult(
                    exchange.source,
                    None,
                    NOT_IN_SPEC,
                    [
                        Problem(
                            SEVERITY_DRIFT,
                            "not-in-spec",
                            "exchange",
                            "",
                            f"{(exchange.method or '?').upper()} {match_masked or '?'}: {match.reason}",
                        )
                    ],
                    method=exchange.method,
                    path=match_masked,
                    http_status=exchange.status,
                )
        problems: list[Problem] = [renamed] if renamed is not None else []
        if exchange.check_request:
            problems += self._check_request(op, exchange)
        if exchange.check_response:
            problems += self._check_response(op, exchange)
        path = match_masked or op.path
        return ExchangeResult(
            exchange.source,
            op.operation_id,
            worst_status(problems),
            problems,
            method=op.method,
            path=path,
            http_status=exchange.status,
        )

    def _check_request(self, op: Operation, exchange: Exchange) -> list[Problem]:
        body = self.index.request_body(op, _header(exchange.request_headers, "content-type"))
        text = exchange.request_body
        if body is None:
            if text and text.strip():
                return [
                    Problem(
                        SEVERITY_DRIFT,
                        "undocumented-body",
                        "request",
                        "",
                        "a request body is present but the spec describes none",
                    )
                ]
            return []
        if text is None or not text.strip():
            if body.node.get("required") and op.method in _BODY_METHODS:
                return [
                    Problem(
                        SEVERITY_INVALID,
                        "missing-body",
                        "request",
                        "",
                        "the operation requires a request body",
                    )
                ]
            return []
        return self._check_text(text, False, body, "request", True)

    def _check_response(self, op: Operation, exchange: Exchange) -> list[Problem]:
        status = exchange.status if exchange.status is not None else 200
        response = self.index.response(
            op, status, _header(exchange.response_headers, "content-type")
        )
        if response is None:
            return [
                Problem(
                    SEVERITY_DRIFT,
                    "undocumented-status",
                    "response",
                    "",
                    f"HTTP {status} is not described for {op.operation_id}",
                )
            ]
        if exchange.response_body is None and not exchange.response_binary:
            return []  # body not captured
        return self._check_text(
            exchange.response_body, exchange.response_binary, response, "response", True
        )

    # -- convenience -------------------------------------------------------------------------
    def validate_body(
        self,
        operation_id: str,
        body: str,
        *,
        status: int = 200,
        request: bool = False,
        source: str = "<body>",
    ) -> ExchangeResult:
        """Validate one raw body (response by default) of a named operation."""
        op = self.index.by_id[operation_id]
        exchange = Exchange(
            source,
            op.method,
            None,
            status,
            operation=operation_id,
            check_request=request,
            check_response=not request,
        )
        if request:
            exchange.request_body = body
        else:
            exchange.response_body = body
        return self.validate_exchange(exchange)

    def validate_paths(
        self, paths: Iterable[Path | str], raw: RawBodyOptions | None = None
    ) -> Iterator[ExchangeResult]:
        from renault_ext.traces.formats import iter_exchanges, iter_files

        if raw is not None and raw.operation and raw.operation not in self.index.by_id:
            raise KeyError(f"unknown operationId: {raw.operation}")
        for file in iter_files(paths):
            for item in iter_exchanges(file, raw):
                if isinstance(item, FileError):
                    yield ExchangeResult(
                        item.source,
                        None,
                        ERROR,
                        [Problem(SEVERITY_INVALID, "unreadable", "exchange", "", item.message)],
                    )
                else:
                    try:
                        yield self.validate_exchange(item)
                    except Exception as exc:  # noqa: BLE001 - one exchange must not stop a report
                        yield ExchangeResult(
                            item.source,
                            item.operation,
                            ERROR,
                            [
                                Problem(
                                    SEVERITY_INVALID,
                                    "unreadable",
                                    "exchange",
                                    "",
                                    f"could not be checked ({type(exc).__name__}); please report",
                                )
                            ],
                        )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    return headers.get(name) or next((v for k, v in headers.items() if k.lower() == name), None)


def parse_body(text: str, media_type: str, where: str) -> tuple[Any, Problem | None]:
    stripped = text.lstrip()
    if _is_form_media(media_type) and not stripped.startswith(("{", "[")):
        return dict(parse_qsl(text.strip(), keep_blank_values=True)), None
    try:
        # NaN / Infinity: Python reads them, JSON (and Renault's parser) does not.
        return json.loads(text, parse_constant=_not_json_constant), None
    except RecursionError:  # thousands of levels: the decoder itself gives up
        return None, _too_deep(where)
    except ValueError as exc:
        if looks_like_html(text):
            return None, Problem(
                SEVERITY_INVALID, "html-page", where, "", "an HTML page where JSON is expected"
            )
        msg = getattr(exc, "msg", str(exc))
        pos = getattr(exc, "pos", None)
        return None, Problem(
            SEVERITY_INVALID,
            "not-json",
            where,
            "",
            f"not JSON ({msg}{f' at character {pos}' if pos is not None else ''})",
        )


def nesting_exceeds(value: Any, limit: int) -> bool:
    """Whether ``value`` has containers nested more than ``limit`` levels (iterative: any depth)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _too_deep(where: str) -> Problem:
    return Problem(
        SEVERITY_INVALID,
        "too-deep",
        where,
        "",
        f"JSON nested more than {MAX_NESTING} levels deep: not checked against the schema",
    )


def _pointer(path: Iterable[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _best_branch(branches: list[list[Any]]) -> list[Any]:
    """The anyOf/oneOf branch that came closest: errors deepest in the instance, then fewest."""
    candidates = [b for b in branches if b]
    if not candidates:
        return []
    return max(candidates, key=lambda errs: (max(len(e.instance_path) for e in errs), -len(errs)))


def _problems_from_error(error: Any, where: str, personal: set[str]) -> list[Problem]:
    kind = error.kind
    name = type(kind).__name__
    if name in ("AnyOf", "OneOfNotValid"):
        branch = _best_branch(list(getattr(kind, "context", None) or []))
        # The errors of the branch that came closest explain the failure better than "matches
        # none of anyOf".
        if branch:
            return [p for e in branch for p in _problems_from_error(e, where, personal)]
    path = list(error.instance_path)
    pointer = _pointer(path)
    last = str(path[-1]) if path else ""
    is_personal = (
        pointer in personal
        or any(pointer.startswith(p + "/") for p in personal if p)
        or (bool(last) and is_sensitive_name(last))
    )
    shown = safe_repr(error.instance, is_personal)
    if name == "Required":
        prop = str(kind.property)
        return [
            Problem(
                SEVERITY_INVALID,
                "missing-required",
                where,
                f"{pointer}/{prop}",
                f"required property '{prop}' is missing",
                {"name": prop},
            )
        ]
    if name == "Type":
        types = kind.types if isinstance(kind.types, list) else [kind.types]
        expected = " | ".join(str(t) for t in types)
        got = json_type(error.instance)
        return [
            Problem(
                SEVERITY_INVALID,
                "wrong-type",
                where,
                pointer,
                f"expected {expected}, got {got}"
                + (f" {shown}" if shown and got != "null" else ""),
                {"expected": expected, "got": got},
            )
        ]
    if name in ("Enum", "Constant"):
        return [
            Problem(
                SEVERITY_INVALID,
                "not-in-enum",
                where,
                pointer,
                "value " + (shown or "(hidden)") + " is not allowed",
            )
        ]
    limit = getattr(kind, "limit", None)
    detail = f" {limit}" if limit is not None and not isinstance(limit, (dict, list)) else ""
    return [
        Problem(
            SEVERITY_INVALID,
            "constraint",
            where,
            pointer,
            f"violates {name}{detail}" + (f" (value {shown})" if shown else ""),
        )
    ]


def validate_exchange(exchange: Exchange, validator: Validator | None = None) -> ExchangeResult:
    return (validator or Validator()).validate_exchange(exchange)


def validate_paths(
    paths: Iterable[Path | str],
    raw: RawBodyOptions | None = None,
    *,
    validator: Validator | None = None,
    spec_path: Path | str | None = None,
) -> list[ExchangeResult]:
    validator = validator or Validator(spec_path=spec_path)
    return list(validator.validate_paths(paths, raw))


def _not_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


# What a browser records besides the API calls: preflights, probes and the page's own files.
_NOT_API_METHODS = frozenset({"OPTIONS", "HEAD", "CONNECT", "TRACE"})
_STATIC_SUFFIXES = (
    ".js", ".mjs", ".css", ".map", ".html", ".htm", ".png", ".jpg", ".jpeg", ".gif", ".svg",
    ".ico", ".webp", ".woff", ".woff2", ".ttf", ".eot",
)  # fmt: skip


def _not_an_api_call(exchange: Exchange) -> bool:
    if exchange.operation:  # a trace that names its operation is an API call
        return False
    if (exchange.method or "").upper() in _NOT_API_METHODS:
        return True
    path = urlsplit(exchange.url or "").path.lower()
    return path in ("", "/") and bool(exchange.url) or path.endswith(_STATIC_SUFFIXES)
