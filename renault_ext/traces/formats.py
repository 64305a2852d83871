"""Input formats, detected by content: HAR 1.2, the project's trace log, VCR cassettes, raw bodies.

Every reader yields :class:`Exchange` objects, or a :class:`FileError` for what it cannot read, and
never raises for a bad file: one broken capture must not hide the others.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renault_ext.traces.model import Exchange, FileError

if TYPE_CHECKING:
    from renault_ext.traces.validate import RawBodyOptions

HAR = "har"
TRACE = "trace"
CASSETTE = "cassette"
RAW = "raw"

_HEAD = 64 * 1024
_HAR_HEAD = re.compile(
    r'^\s*\{\s*"log"\s*:|"log"\s*:\s*\{\s*"(?:version|creator|entries|pages|browser)"'
)
_CASSETTE_HEAD = re.compile(r"^interactions:\s*(?:\[\]\s*)?$", re.MULTILINE)


class FormatError(ValueError):
    """The file is not something this tool can read (empty, binary, not UTF-8, unknown)."""


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files given, with directories walked recursively in sorted order (hidden entries skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel):
                    yield child
        else:
            yield path


def detect(path: Path) -> str:
    """Format of a file from its first bytes; raises :class:`FormatError` for unusable files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror or exc}") from None
    if not head.strip():
        raise FormatError("empty file")
    if head[:2] == b"\x1f\x8b":
        raise FormatError("gzip-compressed file: decompress it first")
    if b"\x00" in head:
        raise FormatError("binary file (NUL bytes), not text")
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        if _HAR_HEAD.search(stripped[:4096]):
            return HAR
        first_line = stripped.split("\n", 1)[0]
        try:
            header = json.loads(first_line)
        except (ValueError, RecursionError):  # deeply nested: certainly not a trace header
            header = None
        if isinstance(header, dict) and header.get("format") == "renault-trace":
            return TRACE
        return RAW
    if _CASSETTE_HEAD.search(text):
        return CASSETTE
    return RAW


def iter_exchanges(path: Path, raw: RawBodyOptions | None = None) -> Iterator[Exchange | FileError]:
    source = str(path)
    try:
        kind = detect(path)
    except FormatError as exc:
        yield FileError(source, str(exc))
        return
    if kind == HAR:
        yield from read_har(path)
    elif kind == TRACE:
        from renault_ext.traces.logfile import read_trace_log

        yield from read_trace_log(path)
    elif kind == CASSETTE:
        yield from read_cassette(path)
    elif raw is None or not (raw.operation or (raw.method and raw.url)):
        yield FileError(
            source,
            "not a HAR file, trace log or cassette; for a raw body pass --method and --url, or --operation",
        )
    else:
        yield from read_raw(path, raw)


# -- HAR -----------------------------------------------------------------------------------------
def _har_headers(items: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        if isinstance(item, Mapping) and "name" in item:
            name = str(item["name"]).lower()
            value = str(item.get("value", ""))
            out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def har_entry_to_exchange(entry: Any, source: str) -> Exchange:
    if not isinstance(entry, Mapping):
        raise TypeError("entry is not an object")
    request = entry.get("request") or {}
    response = entry.get("response") or {}
    post = request.get("postData") or {}
    req_body: str | None = post.get("text")
    if req_body is None and post.get("params"):
        from urllib.parse import urlencode

        req_body = urlencode([(p.get("name", ""), p.get("value", "")) for p in post["params"]])
    content = response.get("content") or {}
    body: str | None = content.get("text")
    binary = False
    if body is not None and content.get("encoding") == "base64":
        body, binary = _decode_bytes(base64.b64decode(body, validate=False))
    status = response.get("status")
    req_headers = _har_headers(request.get("headers"))
    if post.get("mimeType") and "content-type" not in req_headers:
        req_headers["content-type"] = post["mimeType"]
    resp_headers = _har_headers(response.get("headers"))
    if content.get("mimeType") and "content-type" not in resp_headers:
        resp_headers["content-type"] = content["mimeType"]
    return Exchange(
        source=source,
        method=request.get("method"),
        url=request.get("url"),
        status=int(status) if isinstance(status, int) and status > 0 else None,
        request_headers=req_headers,
        request_body=req_body,
        response_headers=resp_headers,
        response_body=body,
        operation=entry.get("_operation") if isinstance(entry.get("_operation"), str) else None,
        check_response=isinstance(status, int) and status > 0,
        response_binary=binary,
    )


def _decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str | None, bool]:
    if encoding and "gzip" in encoding.lower() or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except OSError:
            return None, True
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return None, True


def read_har(path: Path) -> Iterator[Exchange | FileError]:
    from renault_ext.traces.jsonstream import StreamError, iter_har

    index = 0
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as stream:
            for event, value in iter_har(stream):
                if event != "entry":
                    continue
                index += 1
                source = f"{path}#{index}"
                try:
                    yield har_entry_to_exchange(value, source)
                except (ValueError, TypeError, AttributeError) as exc:
                    yield FileError(source, f"malformed HAR entry: {exc}")
    except StreamError as exc:
        yield FileError(str(path), f"malformed HAR after {index} entries: {exc}")
    except UnicodeDecodeError as exc:
        yield FileError(
            str(path), f"not UTF-8 text after {index} entries (byte {exc.start} of a chunk)"
        )


# -- cassettes -----------------------------------------------------------------------------------
def _cassette_headers(headers: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(headers, Mapping):
        for name, value in headers.items():
            values = value if isinstance(value, list) else [value]
            out[str(name).lower()] = ", ".join(str(v) for v in values)
    return out


def _cassette_body(body: Any, headers: Mapping[str, str]) -> tuple[str | None, bool]:
    if isinstance(body, Mapping):
        body = body.get("string")
    if body is None:
        return None, False
    if isinstance(body, bytes):
        return _decode_bytes(body, headers.get("content-encoding"))
    return str(body), False


def load_cassette(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("r", encoding="utf-8") as stream:
        return yaml.load(stream, Loader=loader)


def read_cassette(path: Path) -> Iterator[Exchange | FileError]:
    import yaml

    try:
        doc = load_cassette(path)
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        yield FileError(str(path), f"malformed cassette YAML: {str(exc).splitlines()[0]}")
        return
    interactions = doc.get("interactions") if isinstance(doc, Mapping) else None
    if not isinstance(interactions, list):
        yield FileError(str(path), "malformed cassette: no 'interactions' list")
        return
    for i, item in enumerate(interactions, 1):
        source = f"{path}#{i}"
        try:
            request = item["request"]
            response = item.get("response") or {}
            req_headers = _cassette_headers(request.get("headers"))
            resp_headers = _cassette_headers(response.get("headers"))
            req_body, _ = _cassette_body(request.get("body"), req_headers)
            resp_body, binary = _cassette_body(response.get("body"), resp_headers)
            status = response.get("status")
            code = status.get("code") if isinstance(status, Mapping) else status
            yield Exchange(
                source,
                str(request.get("method", "")),
                str(request.get("uri", "")),
                int(code) if code is not None else None,
                req_headers,
                req_body,
                resp_headers,
                resp_body,
                response_binary=binary,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            yield FileError(source, f"malformed cassette interaction: {exc!r}")


# -- raw bodies ----------------------------------------------------------------------------------
def read_raw(path: Path, raw: RawBodyOptions) -> Iterator[Exchange | FileError]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        yield FileError(str(path), f"not UTF-8 text (invalid byte at offset {exc.start})")
        return
    except OSError as exc:
        yield FileError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    exchange = Exchange(
        str(path),
        raw.method,
        raw.url,
        raw.status,
        operation=raw.operation,
        check_request=raw.request,
        check_response=not raw.request,
    )
    if raw.request:
        exchange.request_body = text
    else:
        exchange.response_body = text
    yield exchange
