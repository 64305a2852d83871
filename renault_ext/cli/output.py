"""Everything the CLI writes to the terminal goes through :class:`Output`.

Two modes: ``--json`` (one JSON document on stdout, shapes documented in docs/CLI.md) and human
(rich tables; colours only when stdout is a terminal). Both pass every value through the session's
redactor, so a VIN, account id, e-mail or token cannot reach the terminal even when Renault echoes
it back inside a body.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, datetime, timedelta
from enum import Enum
from typing import IO, Any

from renault_ext.redaction import Redactor


def to_jsonable(value: Any) -> Any:
    """Generated models, enums, dates and timedeltas as plain JSON values."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return to_jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    name = getattr(value, "name", None)  # units.UnknownValue and friends
    raw = getattr(value, "raw", None)
    if name is not None and raw is not None:
        return to_jsonable(raw)
    return str(value)


def format_value(value: Any) -> str:
    """Short human text for one cell."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.name)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d} h" if minutes >= 60 else f"{minutes} min"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    name = getattr(value, "name", None)
    raw = getattr(value, "raw", None)
    if name == "UNKNOWN":
        return f"unknown ({raw})"
    return str(value)


class Output:
    """Writes results (stdout) and messages (stderr), redacted."""

    def __init__(
        self,
        *,
        json_mode: bool,
        redactor: Redactor,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.redactor = redactor
        self._stdout = stdout if stdout is not None else sys.stdout
        self._stderr = stderr if stderr is not None else sys.stderr
        self._console: Any = None
        self._err_console: Any = None

    # -- consoles (rich is imported lazily: `renault --help` must stay fast) --------------------
    @property
    def console(self) -> Any:
        if self._console is None:
            from rich.console import Console

            # Colours and the spinner only on a terminal; highlight off so data is not restyled.
            self._console = Console(file=self._stdout, highlight=False, soft_wrap=False)
        return self._console

    @property
    def err_console(self) -> Any:
        if self._err_console is None:
            from rich.console import Console

            self._err_console = Console(file=self._stderr, highlight=False, stderr=True)
        return self._err_console

    @property
    def interactive(self) -> bool:
        return not self.json_mode and self.console.is_terminal

    # -- redaction --------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        return self.redactor.redact_text(text)

    def clean_json(self, value: Any) -> Any:
        return self.redactor.redact_json(to_jsonable(value))

    # -- writing ----------------------------------------------------------------------------
    def json(self, document: Any) -> None:
        text = json.dumps(self.clean_json(document), ensure_ascii=False, indent=2, sort_keys=False)
        self._stdout.write(text + "\n")
        self._stdout.flush()

    def line(self, text: str = "", *, style: str | None = None) -> None:
        """A line of human output (ignored in --json mode, where only the document is written)."""
        if self.json_mode:
            return
        self.console.print(self.clean(text), style=style, markup=False)

    def message(self, text: str, *, style: str | None = None) -> None:
        """A note for the user on stderr, in both modes."""
        self.err_console.print(self.clean(text), style=style, markup=False)

    def table(
        self, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None
    ) -> None:
        if self.json_mode:
            return
        from rich.table import Table

        table = Table(
            title=self.clean(title) if title else None, title_justify="left", show_lines=False
        )
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(self.clean(format_value(cell)) for cell in row))
        self.console.print(table)

    def key_values(self, rows: Iterable[tuple[str, Any]], *, title: str | None = None) -> None:
        self.table(("Field", "Value"), rows, title=title)

    @contextmanager
    def spinner(self, text: str) -> Iterator[None]:
        """A spinner while requests run, only on an interactive terminal."""
        context = (
            self.err_console.status(text)
            if self.interactive and self.err_console.is_terminal
            else nullcontext()
        )
        with context:
            yield
