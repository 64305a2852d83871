"""Rendering validation results: one JSON object per exchange, or a readable text report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Protocol, TextIO

from renault_ext.traces.model import (
    DRIFT,
    ERROR,
    INVALID,
    NOT_IN_SPEC,
    OK,
    SKIPPED,
    ExchangeResult,
)

_MARK = {
    OK: "ok     ",
    DRIFT: "DRIFT  ",
    NOT_IN_SPEC: "UNKNOWN",
    INVALID: "INVALID",
    ERROR: "ERROR  ",
    SKIPPED: "skipped",
}


def write_json_lines(result: ExchangeResult, out: TextIO) -> None:
    out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")


def write_text(result: ExchangeResult, out: TextIO, *, verbose: bool = False) -> None:
    if result.status in (OK, SKIPPED) and not verbose:
        return
    what = result.operation or (f"{result.method or '?'} {result.path}" if result.path else "")
    status = f" [{result.http_status}]" if result.http_status is not None else ""
    out.write(f"{_MARK.get(result.status, result.status)} {result.file}: {what}{status}\n")
    for p in result.problems:
        where = f"{p.where} {p.pointer or '/'}" if p.where != "exchange" else ""
        out.write(f"    {p.severity:7} {p.kind:18} {where}  {p.message}\n".replace("  \n", "\n"))


class HasStatus(Protocol):
    """An exchange's outcome: a full ExchangeResult, or just its status."""

    @property
    def status(self) -> str: ...


def summary(results: Iterable[HasStatus]) -> str:
    counts = Counter(r.status for r in results)
    total = sum(counts.values())
    parts = [
        f"{counts[s]} {s}" + (" (not API calls)" if s == SKIPPED else "")
        for s in (OK, DRIFT, NOT_IN_SPEC, INVALID, ERROR, SKIPPED)
        if counts[s]
    ]
    return f"{total} exchange{'s' if total != 1 else ''}: " + (
        ", ".join(parts) if parts else "nothing found"
    )


def exit_code(results: Iterable[HasStatus], *, strict: bool) -> int:
    bad = {INVALID, ERROR} | ({DRIFT, NOT_IN_SPEC} if strict else set())
    return 1 if any(r.status in bad for r in results) else 0
