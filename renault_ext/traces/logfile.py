"""The trace log format written by the CLI's ``--log`` and read by ``renault validate``.

JSON lines, UTF-8. The first line is a header::

    {"format": "renault-trace", "version": 1, "created": "2026-…Z", "tool": "renault-openapi 0.1.0"}

then one object per exchange::

    {"ts": "2026-…Z", "method": "GET", "url": "https://…", "request_headers": {…},
     "request_body": "…" | null, "status": 200, "response_headers": {…},
     "response_body": "…" | null, "duration_ms": 123.4, "operation": "getBatteryStatus" | null}

Bodies are stored as text exactly as sent/received (after anonymisation). The writer anonymises
everything it writes, so a log file is safe to share by construction; one anonymiser per file keeps
replacements consistent across its lines.

A live session also knows which values are *its* secrets (``known_secrets``): those are replaced
wherever they occur, and identifiers that merely look like fixture placeholders (``VF1AAAA…``,
``@example.com``: the fake backend's demo data) are replaced too, since here they are real.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from renault_ext.traces import sensitive as s
from renault_ext.traces.anonymise import Anonymiser
from renault_ext.traces.model import Exchange, FileError

FORMAT = "renault-trace"
VERSION = 1


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def header_record(**extra: Any) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "created": _now(), **extra}


# Redactor kinds (renault_ext.redaction) -> anonymiser categories.
_KIND_CATEGORY = {
    "vin": s.VIN,
    "account_id": s.ACCOUNT_ID,
    "person_id": s.PERSON_ID,
    "email": s.EMAIL,
    "password": s.PASSWORD,
    "jwt": s.JWT,
    "apikey": s.API_KEY,
    "plate": s.PLATE,
}
# Identifiers replaced even when they look like placeholders, in a live session's trace.
_IDENTIFIERS = frozenset(
    {s.VIN, s.ACCOUNT_ID, s.PERSON_ID, s.USER_ID, s.OTHER_ID, s.EMAIL, s.PLATE}
)
_MIN_SECRET_LENGTH = 3  # shorter values are not matched literally (they would garble the text)


class SessionAnonymiser(Anonymiser):
    """The anonymiser of a live session's trace: knows the session's secrets, trusts no look-alike.

    ``known`` (value -> redactor kind) may grow while the trace is written: the session learns
    account ids and VINs from the very responses being logged, hence the look-alike rule.
    """

    def __init__(self, known: Mapping[str, str], **options: Any) -> None:
        super().__init__(**options)
        self._session_secrets = known
        self._learned = 0

    def learn(self) -> None:
        """Take in the values added to ``known`` since the last call."""
        if len(self._session_secrets) == self._learned:
            return
        for value, kind in list(self._session_secrets.items()):
            if len(value) >= _MIN_SECRET_LENGTH and value not in self._known:
                self._known.add(value, self._fake(_KIND_CATEGORY.get(kind, s.TOKEN), value))
        self._learned = len(self._session_secrets)

    def replace_string(self, category: str, original: str) -> str:
        found = self._known.get(original)
        if found is not None:
            return found
        if (
            category in _IDENTIFIERS
            and s.looks_anonymous(original)
            and original not in ("", "1234")
            and not original.startswith("REDACTED")
            and not self._known.is_fake(original)
        ):
            found = self._fake(category, original)
            self._known.add(original, found)
            return found
        return super().replace_string(category, original)


class TraceWriter:
    """Appends anonymised exchanges to a trace log. Thread-safe; usable as a context manager.

    >>> with TraceWriter(path) as log:
    ...     log.write_exchange(method="GET", url=url, status=200, response_body=text)
    """

    def __init__(
        self,
        path: Path | str,
        *,
        keep_location: bool = False,
        personal_names: frozenset[str] = frozenset(),
        tool: str | None = None,
        known_secrets: Mapping[str, str] | None = None,
    ) -> None:
        """``known_secrets``: value -> redactor kind (``vin``, ``email``, ...) of the session's own
        secrets; read again before each exchange, so a mapping that grows is fine."""
        self.path = Path(path)
        self._anonymiser: Anonymiser
        if known_secrets is None:
            self._anonymiser = Anonymiser(
                keep_location=keep_location, personal_names=personal_names
            )
        else:
            self._anonymiser = SessionAnonymiser(
                known_secrets, keep_location=keep_location, personal_names=personal_names
            )
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] | None = self.path.open("w", encoding="utf-8", newline="\n")
        extra = {"tool": tool} if tool else {}
        self._write(header_record(**extra))

    def _write(self, record: Mapping[str, Any]) -> None:
        assert self._file is not None, "TraceWriter is closed"
        self._file.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._file.flush()

    def write_exchange(
        self,
        *,
        method: str,
        url: str,
        status: int | None,
        request_headers: Mapping[str, str] | None = None,
        request_body: str | bytes | None = None,
        response_headers: Mapping[str, str] | None = None,
        response_body: str | bytes | None = None,
        duration_ms: float | None = None,
        operation: str | None = None,
        ts: str | None = None,
    ) -> None:
        a = self._anonymiser
        with self._lock:
            if isinstance(a, SessionAnonymiser):
                a.learn()
            req_headers = dict(request_headers or {})
            resp_headers = dict(response_headers or {})
            record = {
                "ts": ts or _now(),
                "method": method.upper(),
                "url": a.url(url),
                "request_headers": a.headers(req_headers),
                "request_body": a.body(_text(request_body), _ct(req_headers)),
                "status": status,
                "response_headers": a.headers(resp_headers),
                "response_body": a.body(_text(response_body), _ct(resp_headers)),
                "duration_ms": None if duration_ms is None else round(float(duration_ms), 1),
                "operation": operation,
            }
            self._write(record)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _text(body: str | bytes | None) -> str | None:
    if body is None or isinstance(body, str):
        return body
    return body.decode("utf-8", errors="replace")


def _ct(headers: Mapping[str, str]) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == "content-type"), None)


def exchange_from_record(record: Mapping[str, Any], source: str) -> Exchange:
    status = record.get("status")
    return Exchange(
        source=source,
        method=record.get("method"),
        url=record.get("url"),
        status=int(status) if status is not None else None,
        request_headers={
            str(k).lower(): str(v) for k, v in (record.get("request_headers") or {}).items()
        },
        request_body=record.get("request_body"),
        response_headers={
            str(k).lower(): str(v) for k, v in (record.get("response_headers") or {}).items()
        },
        response_body=record.get("response_body"),
        operation=record.get("operation"),
        check_response=status is not None,
    )


def iter_records(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed record or None, error message or None) for every non-blank line."""
    with path.open("r", encoding="utf-8", errors="strict") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield number, None, f"malformed JSON line: {getattr(exc, 'msg', exc)}"
                continue
            except RecursionError:
                yield number, None, "JSON line nested too deeply to read"
                continue
            yield number, record, None


def read_trace_log(path: Path | str) -> Iterator[Exchange | FileError]:
    path = Path(path)
    try:
        for number, record, error in iter_records(path):
            source = f"{path}:{number}"
            if error is not None:
                yield FileError(source, error)
            elif number == 1 or (isinstance(record, dict) and record.get("format") == FORMAT):
                if not (isinstance(record, dict) and record.get("format") == FORMAT):
                    yield FileError(source, "not a renault-trace header")
                elif record.get("version") != VERSION:
                    yield FileError(source, f"unsupported trace version {record.get('version')!r}")
                    return
            elif not isinstance(record, dict):
                yield FileError(source, "trace line is not a JSON object")
            else:
                try:
                    yield exchange_from_record(record, source)
                except (TypeError, ValueError, AttributeError) as exc:
                    yield FileError(source, f"malformed trace record: {exc}")
    except UnicodeDecodeError as exc:
        yield FileError(str(path), f"not UTF-8 text (invalid byte at offset {exc.start})")
    except OSError as exc:
        yield FileError(str(path), f"cannot read: {exc.strerror or exc}")
