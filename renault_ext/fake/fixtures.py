"""Read-only access to fixtures/<operationId>/ (bodies the fake answers with)."""

from __future__ import annotations

import copy
import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from renault_ext.yamlio import YamlSyntaxError, load_yaml

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FixtureEntry:
    operation_id: str
    path: Path
    kind: str  # response | request | error
    status: int
    note: str

    @property
    def name(self) -> str:
        return self.path.name


def _kind(name: str) -> str:
    if name.endswith(".request.json"):
        return "request"
    if ".error." in name:
        return "error"
    return "response"


class FixtureStore:
    """Fixtures indexed by operation; JSON bodies are parsed once and copied on use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.by_operation: dict[str, list[FixtureEntry]] = {}
        self._cache: dict[Path, Any] = {}
        if not root.is_dir():
            log.warning("fixtures directory %s not found; answers will be minimal", root)
            return
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            entries = self._read_folder(folder)
            if entries:
                self.by_operation[folder.name] = entries

    def _read_folder(self, folder: Path) -> list[FixtureEntry]:
        index = folder / "index.yaml"
        rows: list[dict[str, Any]] = []
        if index.exists():
            try:
                rows = load_yaml(index.read_text(encoding="utf-8")) or []
            except YamlSyntaxError:
                log.warning("unreadable %s, listing the folder instead", index)
        if not rows:  # a folder without index still serves its files (being written right now)
            rows = [
                {"file": p.name} for p in sorted(folder.iterdir()) if p.suffix in (".json", ".html")
            ]
        entries = []
        for row in rows:
            if not isinstance(row, dict) or "file" not in row:
                continue
            path = folder / str(row["file"])
            if not path.exists():
                continue
            kind = _kind(path.name)
            status = int(row.get("status") or (200 if kind != "error" else 400))
            entries.append(
                FixtureEntry(folder.name, path, kind, status, str(row.get("note") or ""))
            )
        return entries

    def load(self, entry: FixtureEntry) -> Any:
        """A copy of the body, free to change."""
        return copy.deepcopy(self.peek(entry))

    def peek(self, entry: FixtureEntry) -> Any:
        """The cached body itself, for reading only (scans would otherwise copy every file)."""
        if entry.path not in self._cache:
            text = entry.path.read_text(encoding="utf-8")
            self._cache[entry.path] = json.loads(text) if entry.path.suffix == ".json" else text
        return self._cache[entry.path]

    def responses(self, operation_id: str) -> list[FixtureEntry]:
        return [
            e
            for e in self.by_operation.get(operation_id, [])
            if e.kind == "response" and e.status == 200 and e.path.suffix == ".json"
        ]

    def pick(
        self, operation_id: str, hints: tuple[str, ...] = (), explicit: str | None = None
    ) -> Any:
        """The body for a vehicle: the explicitly named file, else the first whose name or note
        mentions one of the hints (in hint order), else the first 200 fixture; None if none."""
        candidates = self.responses(operation_id)
        if not candidates:
            return None
        if explicit:
            for entry in candidates:
                if entry.name == explicit:
                    return self.load(entry)
        for hint in hints:
            needle = hint.lower()
            for entry in candidates:
                if needle in entry.name.lower() or needle in entry.note.lower():
                    return self.load(entry)
        return self.load(candidates[0])

    def errors(self) -> list[FixtureEntry]:
        return [e for entries in self.by_operation.values() for e in entries if e.kind == "error"]

    def error_body(self, code: str) -> tuple[Any, int] | None:
        """An error fixture whose ``errors[0].errorCode`` is ``code``: (body, status)."""
        for entry in self.errors():
            if entry.path.suffix != ".json":
                continue
            body = self.peek(entry)
            errors = body.get("errors") if isinstance(body, dict) else None
            if errors and isinstance(errors[0], dict) and str(errors[0].get("errorCode")) == code:
                return copy.deepcopy(body), entry.status
        return None

    def gigya_error_body(self, code: int, operation_id: str | None = None) -> dict[str, Any] | None:
        """A Gigya error fixture whose ``errorCode`` is ``code``, the operation's own first."""
        entries = sorted(self.errors(), key=lambda e: e.operation_id != operation_id)
        for entry in entries:
            if entry.path.suffix != ".json":
                continue
            body = self.peek(entry)
            if isinstance(body, dict) and body.get("errorCode") == code:
                return copy.deepcopy(body)
        return None

    def html_page(self, status: int) -> str | None:
        for entry in self.errors():
            if entry.path.suffix == ".html" and entry.status == status:
                return str(self.load(entry))
        for entry in self.errors():
            if entry.path.suffix == ".html" and str(status) in entry.name:
                return str(self.load(entry))
        return None


@functools.lru_cache(maxsize=8)
def shared_store(root: Path) -> FixtureStore:
    """One store per directory and process: fixtures are read-only, tests start many fakes."""
    return FixtureStore(root)
