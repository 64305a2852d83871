"""Anonymise whole files (HAR, trace log, cassette, raw body) and optionally keep bodies as fixtures.

Each file is read twice, streaming: the first pass only learns which values are secret (so a VIN
first met in a body is also replaced in an earlier URL), the second writes the output. A file is
written to a temporary name and moved into place only when complete, so a broken input never
leaves a half-anonymised output behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from renault_ext.traces.anonymise import Anonymiser
from renault_ext.traces.formats import (
    CASSETTE,
    HAR,
    RAW,
    TRACE,
    _cassette_body,
    detect,
    load_cassette,
)
from renault_ext.traces.model import Exchange


class AnonymiseError(ValueError):
    """The file cannot be anonymised (unreadable, malformed); nothing was written for it."""


@dataclass
class AnonymiseResult:
    source: Path
    output: Path
    format: str
    exchanges: list[Exchange] = field(default_factory=list)  # anonymised, for --save-fixture


# -- per-format rewriting -------------------------------------------------------------------------
def _har_pairs(a: Anonymiser, items: Any, *, cookies: bool = False) -> Any:
    if not isinstance(items, list):
        return a.json_value(items)
    out = []
    for item in items:
        if isinstance(item, Mapping) and "name" in item and "value" in item:
            item = dict(item)
            name, value = str(item["name"]), str(item["value"])
            if cookies:
                item["name"] = a.cookie_name(name)
                item["value"] = a.replace_string("cookie", value)
            else:
                item["value"] = a.header(name, value)
            item = {k: (v if k in ("name", "value") else a.json_value(v)) for k, v in item.items()}
        else:
            item = a.json_value(item)
        out.append(item)
    return out


def _content_type(headers: Any) -> str | None:
    for item in headers or []:
        if isinstance(item, Mapping) and str(item.get("name", "")).lower() == "content-type":
            return str(item.get("value"))
    return None


def rewrite_har_entry(a: Anonymiser, entry: Any) -> Any:
    if not isinstance(entry, Mapping):
        return a.json_value(entry)
    entry = dict(entry)
    for side in ("request", "response"):
        msg = entry.get(side)
        if not isinstance(msg, Mapping):
            continue
        msg = dict(msg)
        ctype = _content_type(msg.get("headers"))
        for key in list(msg):
            value = msg[key]
            if key == "url" and isinstance(value, str):
                msg[key] = a.url(value)
            elif key in ("headers", "queryString"):
                msg[key] = _har_pairs(a, value)
            elif key == "cookies":
                msg[key] = _har_pairs(a, value, cookies=True)
            elif key == "postData" and isinstance(value, Mapping):
                post = dict(value)
                if isinstance(post.get("text"), str):
                    post["text"] = a.body(post["text"], post.get("mimeType") or ctype)
                if "params" in post:
                    post["params"] = [
                        {
                            **p,
                            "value": a._form_value(str(p.get("name", "")), str(p.get("value", ""))),
                        }
                        if isinstance(p, Mapping)
                        else a.json_value(p)
                        for p in post["params"]
                    ]
                msg[key] = {
                    k: v if k in ("text", "params", "mimeType") else a.json_value(v)
                    for k, v in post.items()
                }
            elif key == "content" and isinstance(value, Mapping):
                content = dict(value)
                text = content.get("text")
                if isinstance(text, str) and content.get("encoding") != "base64":
                    content["text"] = a.body(text, content.get("mimeType") or ctype)
                    content["size"] = len(content["text"].encode("utf-8"))
                elif isinstance(text, str):
                    content["text"] = _rewrite_base64(a, text)
                msg[key] = content
            elif key == "redirectURL" and isinstance(value, str) and value:
                msg[key] = a.url(value)
            elif key not in (
                "method",
                "httpVersion",
                "status",
                "statusText",
                "headersSize",
                "bodySize",
            ):
                msg[key] = a.json_value(value)
        entry[side] = msg
    for key in list(entry):
        if key not in ("request", "response"):
            entry[key] = a.json_value(entry[key])
    return entry


def _rewrite_base64(a: Anonymiser, text: str) -> str:
    import base64

    try:
        raw = base64.b64decode(text, validate=False).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return text  # binary payload (image…): nothing textual to anonymise
    return base64.b64encode((a.body(raw) or "").encode("utf-8")).decode("ascii")


def rewrite_trace_record(a: Anonymiser, record: Any) -> Any:
    if not isinstance(record, Mapping) or record.get("format") == "renault-trace":
        return record
    out = dict(record)
    req_headers = out.get("request_headers") or {}
    resp_headers = out.get("response_headers") or {}
    if isinstance(out.get("url"), str):
        out["url"] = a.url(out["url"])
    out["request_headers"] = (
        a.headers(req_headers) if isinstance(req_headers, Mapping) else a.json_value(req_headers)
    )
    out["response_headers"] = (
        a.headers(resp_headers) if isinstance(resp_headers, Mapping) else a.json_value(resp_headers)
    )
    for key, headers in (("request_body", req_headers), ("response_body", resp_headers)):
        if isinstance(out.get(key), str):
            out[key] = a.body(out[key], _get_ct(headers))
    for key in list(out):
        if key not in (
            "url",
            "request_headers",
            "response_headers",
            "request_body",
            "response_body",
            "method",
            "status",
            "ts",
            "duration_ms",
            "operation",
        ):
            out[key] = a.json_value(out[key])
    return out


def _get_ct(headers: Any) -> str | None:
    if isinstance(headers, Mapping):
        for k, v in headers.items():
            if str(k).lower() == "content-type":
                return str(v[0] if isinstance(v, list) and v else v)
    return None


def rewrite_cassette(a: Anonymiser, doc: Any) -> Any:
    if not isinstance(doc, Mapping):
        raise AnonymiseError("malformed cassette: not a mapping")
    out = dict(doc)
    interactions = []
    for item in doc.get("interactions") or []:
        item = dict(item)
        for side, url_key in (("request", "uri"), ("response", None)):
            msg = item.get(side)
            if not isinstance(msg, Mapping):
                continue
            msg = dict(msg)
            headers = msg.get("headers") or {}
            ctype = _get_ct(headers)
            if url_key and isinstance(msg.get(url_key), str):
                msg[url_key] = a.url(msg[url_key])
            if isinstance(headers, Mapping):
                msg["headers"] = a.headers(headers)
            body = msg.get("body")
            new_len: int | None = None
            if isinstance(body, Mapping) and "string" in body:
                body = dict(body)
                text, _ = _cassette_body(body, {})
                if text is not None:
                    body["string"] = a.body(text, ctype)
                    new_len = len(body["string"].encode("utf-8"))
                msg["body"] = body
            elif isinstance(body, (str, bytes)):
                text, _ = _cassette_body(body, {})
                if text is not None:
                    msg["body"] = a.body(text, ctype)
                    new_len = len(msg["body"].encode("utf-8"))
            if new_len is not None and isinstance(msg.get("headers"), Mapping):
                msg["headers"] = {
                    k: ([str(new_len)] if isinstance(v, list) else str(new_len))
                    if str(k).lower() == "content-length"
                    else v
                    for k, v in msg["headers"].items()
                }
            for key in list(msg):
                if key not in (url_key, "headers", "body", "method", "status"):
                    msg[key] = a.json_value(msg[key])
            item[side] = msg
        interactions.append(item)
    out["interactions"] = interactions
    return out


# -- file drivers ---------------------------------------------------------------------------------
def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


def _write_har(
    a: Anonymiser, source: Path, out: IO[str] | None, collect: bool = False
) -> list[Any]:
    from renault_ext.traces.jsonstream import StreamError, iter_har

    entries_seen: list[Any] = []
    state = {
        "log": False,
        "entries": False,
        "first_top": True,
        "first_log": True,
        "first_entry": True,
    }

    def w(text: str) -> None:
        if out is not None:
            out.write(text)

    def close_entries() -> None:
        if state["entries"]:
            w("\n]")
            state["entries"] = False

    def open_log() -> None:
        if not state["log"]:
            w(("" if state["first_top"] else ",\n") + '"log": {')
            state.update(log=True, first_top=False, first_log=True)

    w("{")
    try:
        with source.open("r", encoding="utf-8-sig", newline="") as stream:
            for event, value in iter_har(stream):
                if event.startswith("top:"):
                    close_entries()
                    if state["log"]:
                        w("}")
                        state["log"] = False
                    w(
                        ("" if state["first_top"] else ",\n")
                        + json.dumps(event[4:])
                        + ": "
                        + _dump(a.json_value(value))
                    )
                    state["first_top"] = False
                elif event == "log:entries":
                    open_log()
                    close_entries()
                    w(("" if state["first_log"] else ",\n") + '"entries": [')
                    state.update(entries=True, first_log=False, first_entry=True)
                elif event.startswith("log:"):
                    open_log()
                    close_entries()
                    w(
                        ("" if state["first_log"] else ",\n")
                        + json.dumps(event[4:])
                        + ": "
                        + _dump(a.json_value(value))
                    )
                    state["first_log"] = False
                else:
                    entry = rewrite_har_entry(a, value)
                    if collect and out is not None:
                        entries_seen.append(entry)
                    w(
                        ("\n" if state["first_entry"] else ",\n")
                        + json.dumps(entry, ensure_ascii=False)
                    )
                    state["first_entry"] = False
    except StreamError as exc:
        raise AnonymiseError(f"malformed HAR: {exc}") from None
    close_entries()
    if state["log"]:
        w("}")
    w("}\n")
    return entries_seen


def _write_trace(
    a: Anonymiser, source: Path, out: IO[str] | None, collect: bool = False
) -> list[Any]:
    from renault_ext.traces.logfile import iter_records

    records = []
    for number, record, error in iter_records(source):
        if error is not None:
            raise AnonymiseError(f"line {number}: {error}")
        new = rewrite_trace_record(a, record)
        if out is not None:
            out.write(json.dumps(new, ensure_ascii=False, separators=(",", ":")) + "\n")
            if collect:
                records.append(new)
    return records


def _write_cassette(a: Anonymiser, source: Path, out: IO[str] | None, collect: bool = False) -> Any:
    import yaml

    try:
        doc = load_cassette(source)
    except yaml.YAMLError as exc:
        raise AnonymiseError(f"malformed cassette YAML: {str(exc).splitlines()[0]}") from None
    new = rewrite_cassette(a, doc)
    if out is not None:
        yaml.safe_dump(new, out, sort_keys=False, allow_unicode=True, width=1 << 16)
    return new


def _write_raw(a: Anonymiser, source: Path, out: IO[str] | None, collect: bool = False) -> str:
    text = source.read_text(encoding="utf-8-sig")
    new = a.body(text) or ""
    if out is not None:
        out.write(new)
    return new


_WRITERS = {HAR: _write_har, TRACE: _write_trace, CASSETTE: _write_cassette, RAW: _write_raw}


def default_output(source: Path) -> Path:
    return source.with_name(f"{source.stem}.anonymised{source.suffix}")


def anonymise_file(
    source: Path | str,
    output: Path | str | None = None,
    *,
    in_place: bool = False,
    keep_location: bool = False,
    personal_names: frozenset[str] = frozenset(),
    collect: bool = False,
) -> AnonymiseResult:
    """Write an anonymised copy of ``source`` (to ``output``, beside it, or over it with ``in_place``)."""
    from renault_ext.traces.formats import FormatError

    source = Path(source)
    try:
        kind = detect(source)
    except FormatError as exc:
        raise AnonymiseError(str(exc)) from None
    target = source if in_place else Path(output) if output is not None else default_output(source)
    a = Anonymiser(keep_location=keep_location, personal_names=personal_names)
    writer = _WRITERS[kind]
    try:
        writer(a, source, None)  # pass 1: learn every secret of the file
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                produced = writer(a, source, out, collect)  # pass 2: write
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except UnicodeDecodeError as exc:
        raise AnonymiseError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    except OSError as exc:
        raise AnonymiseError(f"cannot read or write: {exc.strerror or exc}") from None
    result = AnonymiseResult(source, target, kind)
    if collect:  # only for --save-fixture: a large HAR is not kept in memory otherwise
        result.exchanges = list(_exchanges_of(kind, produced, str(target)))
    return result


def _exchanges_of(kind: str, produced: Any, source: str) -> Iterator[Exchange]:
    from renault_ext.traces.formats import har_entry_to_exchange, read_cassette
    from renault_ext.traces.logfile import exchange_from_record

    if kind == HAR:
        for i, entry in enumerate(produced, 1):
            try:
                yield har_entry_to_exchange(entry, f"{source}#{i}")
            except (ValueError, TypeError, AttributeError):
                continue
    elif kind == TRACE:
        for i, record in enumerate(produced, 1):
            if isinstance(record, Mapping) and record.get("format") != "renault-trace":
                yield exchange_from_record(record, f"{source}:{i}")
    elif kind == CASSETTE:
        for item in read_cassette(Path(source)):
            if isinstance(item, Exchange):
                yield item
    else:
        yield Exchange(source, response_body=produced, check_request=False)


# -- fixtures -------------------------------------------------------------------------------------
_CASE_RE = re.compile(r"[^a-z0-9_-]+")


def save_fixtures(
    result: AnonymiseResult,
    fixtures_dir: Path,
    *,
    operation: str | None = None,
    status: int = 200,
    spec: Mapping[str, Any] | None = None,
) -> list[Path]:
    """Write each anonymised JSON body into ``fixtures/<operationId>/`` and append it to index.yaml."""
    from renault_ext.spec import load_spec
    from renault_ext.traces.spec_index import SpecIndex

    index = SpecIndex(spec if spec is not None else load_spec())
    written: list[Path] = []
    present: dict[Path, list[Any]] = {}  # folder -> bodies already there, read once per folder
    base = _CASE_RE.sub("-", result.source.stem.lower()).strip("-") or "capture"
    for exchange in result.exchanges:
        op_id = operation
        if exchange.url:
            match = index.match(exchange.method, exchange.url)
            op_id = match.operation.operation_id if match.operation else None
        op_id = op_id or exchange.operation
        if op_id is None or op_id not in index.by_id:
            continue
        code = exchange.status if exchange.status is not None else status
        folder = fixtures_dir / op_id
        bodies: list[tuple[str, Any, int | None]] = []
        if exchange.request_body and exchange.request_body.strip() and exchange.url:
            bodies.append(("request", _as_fixture_json(exchange.request_body), None))
        if exchange.response_body and exchange.response_body.strip():
            bodies.append(
                (
                    "error" if code >= 400 else "response",
                    _as_fixture_json(exchange.response_body),
                    code,
                )
            )
        for kind, value, body_status in bodies:
            if folder not in present:
                present[folder] = _bodies_in(folder)
            if value is None or value in present[folder]:
                continue
            present[folder].append(value)
            path = _free_name(folder, base, kind)
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(
                json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            entry: dict[str, Any] = {"file": path.name}
            if body_status is not None:
                entry["status"] = body_status
            entry.update(
                source="capture",
                origin=result.source.name,
                note=f"anonymised capture ({exchange.method or ''} {kind}) saved by renault anonymise",
            )
            _append_index(folder / "index.yaml", entry)
            written.append(path)
    return written


def _as_fixture_json(text: str) -> Any:
    stripped = text.strip()
    try:
        return json.loads(stripped)
    except ValueError:
        pass
    from urllib.parse import parse_qsl

    if "=" in stripped and " " not in stripped:  # Gigya form: the fields as an object of strings
        return dict(parse_qsl(stripped, keep_blank_values=True))
    return None


def _bodies_in(folder: Path) -> list[Any]:
    bodies: list[Any] = []
    if folder.is_dir():
        for existing in folder.glob("*.json"):
            try:
                bodies.append(json.loads(existing.read_text(encoding="utf-8")))
            except (ValueError, OSError):
                continue
    return bodies


def _free_name(folder: Path, base: str, kind: str) -> Path:
    suffix = {"request": ".request.json", "error": ".error.json"}.get(kind, ".json")
    n = 1
    while True:
        name = f"{base}{'' if n == 1 else f'-{n}'}{suffix}"
        if not (folder / name).exists():
            return folder / name
        n += 1


def _append_index(index: Path, entry: Mapping[str, Any]) -> None:
    import yaml

    text = yaml.safe_dump([dict(entry)], sort_keys=False, allow_unicode=True)
    existing = index.read_text(encoding="utf-8") if index.exists() else ""
    if existing.strip() in ("[]",):
        existing = ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    index.write_text(existing + text, encoding="utf-8")
