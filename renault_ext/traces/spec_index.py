"""Operation lookup in the bundled spec: URL -> operation, status -> response schema.

Matching is by method and path template only (not host), so traces recorded against the fake
backend on 127.0.0.1 match the same operations as captures of the real servers. Gigya calls are
matched by method name (the last path segment, e.g. ``accounts.login``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from renault_ext.spec import Operation
from renault_ext.spec.index import OperationIndex

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


class SpecIndex(OperationIndex):
    """Operations of one bundled document, matched against recorded URLs."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        super().__init__(spec)
        self._gigya: dict[tuple[str, str], Operation] = {
            (op.method, op.path.rsplit("/", 1)[-1]): op for op in self.operations if _is_gigya(op)
        }

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
        op, _, path_exists = self.match_path(method, path, suffix=True)
        if op is not None:
            return Match(op, masked)
        if path_exists:
            return Match(None, masked, f"method {method} is not described for this path")
        return Match(None, masked, "no operation has this path")
