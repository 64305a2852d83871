"""Stream the ``log.entries`` of a HAR file one entry at a time.

A HAR of 100 MB becomes several hundred MB of Python objects when parsed whole; here only one
entry (plus a read buffer) is in memory at a time. The other members of ``log`` (``pages``,
``creator``…) are handed over as they are met, so the anonymiser can write them back out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

_CHUNK = 1 << 20
_JSON_KINDS = {
    type(None): "null",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    str: "a string",
    dict: "an object",
}
_WS = " \t\r\n"


class StreamError(ValueError):
    """Malformed or truncated JSON; ``offset`` is the character position in the file."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(f"{message} (at character {offset})")
        self.offset = offset


class _Buffer:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.buf = ""
        self.pos = 0
        self.base = 0  # file offset of buf[0]
        self.eof = False
        self._decoder = json.JSONDecoder()

    def _more(self, at_least: int = _CHUNK) -> bool:
        if self.eof:
            return False
        if self.pos > _CHUNK:  # drop what was consumed
            self.base += self.pos
            self.buf = self.buf[self.pos :]
            self.pos = 0
        chunk = self._stream.read(max(at_least, _CHUNK))
        if not chunk:
            self.eof = True
            return False
        self.buf += chunk
        return True

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        got = self.peek()
        if got != char:
            what = repr(got) if got else "end of file"
            raise StreamError(f"expected {char!r}, found {what}", self.base + self.pos)
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        want = _CHUNK
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buf, self.pos)
            except RecursionError:
                # Thousands of nested brackets: the C decoder gives up. Nothing after it can be
                # located reliably, so the rest of the file is reported as unreadable.
                raise StreamError("JSON nested too deeply to read", self.base + self.pos) from None
            except json.JSONDecodeError as exc:
                if self._more(want):
                    want *= 2  # grow reads so a huge value costs O(n log n), not O(n^2)
                    continue
                raise StreamError(
                    exc.msg if not self.eof else f"truncated or malformed JSON: {exc.msg}",
                    self.base + exc.pos,
                ) from None
            # A number at the very end of the buffer may continue in the next chunk.
            if end >= len(self.buf) and not self.eof and self._more(want):
                continue
            self.pos = end
            return value


def iter_har(stream: IO[str]) -> Iterator[tuple[str, Any]]:
    """Yield ``("entry", entry)`` for each entry and ``("log:<key>", value)`` / ``("top:<key>", value)``
    for every other member, in file order."""
    buf = _Buffer(stream)
    buf.expect("{")
    found_log = False
    while True:
        if buf.peek() == "}":
            buf.pos += 1
            break
        key = buf.value()
        buf.expect(":")
        if key == "log" and buf.peek() == "{":
            found_log = True
            buf.expect("{")
            yield from _iter_log(buf)
        else:
            yield f"top:{key}", buf.value()
        if buf.peek() == ",":
            buf.pos += 1
    if not found_log:
        raise StreamError("not a HAR file: no top-level 'log' object", 0)
    if buf.peek() != "":
        raise StreamError("trailing data after the HAR document", buf.base + buf.pos)


def _iter_log(buf: _Buffer) -> Iterator[tuple[str, Any]]:
    # HAR 1.2 requires log.entries to be an array. Anything else (null, an object, missing) is
    # an error rather than "no exchanges": a reader would otherwise report nothing at all.
    seen_entries = False
    while True:
        if buf.peek() == "}":
            buf.pos += 1
            if not seen_entries:
                raise StreamError(
                    "not a HAR file: the log object has no 'entries' array", buf.base + buf.pos
                )
            return
        key = buf.value()
        buf.expect(":")
        if key == "entries":
            seen_entries = True
            if buf.peek() != "[":
                at = buf.base + buf.pos
                found = buf.value()
                kind = _JSON_KINDS.get(type(found), type(found).__name__)
                raise StreamError(f"log.entries must be an array, not {kind}", at)
            buf.expect("[")
            yield "log:entries", None  # marks where the entries start
            while True:
                if buf.peek() == "]":
                    buf.pos += 1
                    break
                yield "entry", buf.value()
                sep = buf.peek()
                if sep == ",":
                    buf.pos += 1
                elif sep != "]":
                    raise StreamError("expected ',' or ']' between entries", buf.base + buf.pos)
        else:
            yield f"log:{key}", buf.value()
        sep = buf.peek()
        if sep == ",":
            buf.pos += 1
        elif sep != "}":
            raise StreamError("expected ',' or '}' in the log object", buf.base + buf.pos)
