"""Plain data shared by the trace readers, the validator and the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Exchange outcomes, from best to worst. `not-in-spec` is drift-level: the traffic is fine but the
# spec does not describe it; `error` means the input itself could not be read.
OK = "ok"
DRIFT = "drift"
NOT_IN_SPEC = "not-in-spec"
INVALID = "invalid"
ERROR = "error"
# Not an API call at all (a browser HAR's CORS preflight, HEAD request or static asset): counted,
# never judged.
SKIPPED = "skipped"

SEVERITY_DRIFT = "drift"
SEVERITY_INVALID = "invalid"


@dataclass
class Exchange:
    """One HTTP request/response pair, whatever file format it came from.

    Bodies are text (``None`` = not captured). ``check_request`` / ``check_response`` say which
    sides the validator must look at: a raw body file carries only one of them.
    """

    source: str  # file name, plus `#n` / `:line` locating the exchange inside it
    method: str | None = None
    url: str | None = None
    status: int | None = None
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: str | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: str | None = None
    operation: str | None = None  # operationId hint (trace log, --operation)
    check_request: bool = True
    check_response: bool = True
    # Set by readers when the body bytes were not text (base64 binary in a HAR, say).
    response_binary: bool = False

    def __post_init__(self) -> None:
        # Captures are hand-edited and tools disagree on types (a body as an object, a method as
        # a number): whatever the reader found, the validator gets text or None.
        self.method = _text_or_none(self.method)
        self.url = _text_or_none(self.url)
        self.operation = _text_or_none(self.operation)
        self.request_body = _body_text(self.request_body)
        self.response_body = _body_text(self.response_body)
        self.status = (
            self.status
            if isinstance(self.status, int) and not isinstance(self.status, bool)
            else None
        )
        self.request_headers = _text_headers(self.request_headers)
        self.response_headers = _text_headers(self.response_headers)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _body_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):  # a body stored as JSON instead of JSON text
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _text_headers(headers: Any) -> dict[str, str]:
    if not isinstance(headers, dict):
        return {}
    return {str(k): str(v) for k, v in headers.items()}


@dataclass
class FileError:
    """A file (or a part of it) that could not be read; the other files are still processed."""

    source: str
    message: str


@dataclass(frozen=True)
class Problem:
    severity: str  # drift | invalid
    kind: str
    where: str  # request | response | exchange
    pointer: str  # JSON pointer into the body ("" = the whole body)
    message: str  # never contains a personal value
    # Machine-readable details for --suggest (schema pointer, inferred schema, value when safe).
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "severity": self.severity,
            "kind": self.kind,
            "where": self.where,
            "pointer": self.pointer,
            "message": self.message,
        }
        public = {k: v for k, v in self.detail.items() if not k.startswith("_")}
        if public:
            out["detail"] = public
        return out


@dataclass
class ExchangeResult:
    file: str
    operation: str | None
    status: str
    problems: list[Problem] = field(default_factory=list)
    method: str | None = None
    path: str | None = None  # ids masked
    http_status: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "operation": self.operation,
            "status": self.status,
            "method": self.method,
            "path": self.path,
            "http_status": self.http_status,
            "problems": [p.to_json() for p in self.problems],
        }


def worst_status(problems: list[Problem]) -> str:
    if any(p.severity == SEVERITY_INVALID for p in problems):
        return INVALID
    if problems:
        return DRIFT
    return OK
