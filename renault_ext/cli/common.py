"""Helpers shared by the client commands: parsers, time arguments, action confirmations."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from renault_ext.cli.failures import CliError

VehicleHandler = Callable[[Any, Any], Awaitable[int]]
Prepare = Callable[[argparse.Namespace], Any]


def command(
    subparsers: Any,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    help: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A leaf command that accepts the global options after its name too."""
    from renault_ext.cli import add_global_options

    parser = subparsers.add_parser(name, help=help, description=description or help)
    add_global_options(parser, top_level=False)
    parser.set_defaults(handler=handler)
    return parser


def group(subparsers: Any, name: str, *, help: str) -> tuple[argparse.ArgumentParser, Any]:
    """A command with sub-commands (``charge``, ``hvac``...)."""
    parser = subparsers.add_parser(name, help=help, description=help)
    children = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
    parser.set_defaults(handler=lambda args: _missing(parser))
    return parser, children


def _missing(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def vehicle_command(
    handler: VehicleHandler, *, login: bool = True, prepare: Prepare | None = None
) -> Callable[[argparse.Namespace], int]:
    """``handler(cli, vehicle_info)`` run on the selected vehicle.

    ``prepare(args)`` checks the arguments that do not depend on the vehicle and returns them
    parsed (as ``cli.prepared``). It runs before the account and vehicle are resolved (three
    requests), so a typo is reported at once and costs nothing.
    """

    def run_it(args: argparse.Namespace) -> int:
        from renault_ext.cli.context import run
        from renault_ext.cli.selection import select_vehicle

        async def body(cli: Any) -> int:
            info = await select_vehicle(cli)
            return await handler(cli, info)

        return run(args, body, login=login, prepare=prepare)

    return run_it


def client_command(
    handler: Callable[[Any], Awaitable[int]], *, login: bool = True
) -> Callable[[argparse.Namespace], int]:
    def run_it(args: argparse.Namespace) -> int:
        from renault_ext.cli.context import run

        return run(args, handler, login=login)

    return run_it


# -- time arguments ---------------------------------------------------------------------------

_RELATIVE_RE = re.compile(r"^\+?(\d+)\s*(m|min|h|d)$")
_CLOCK_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_when(text: str, *, now: datetime | None = None) -> datetime:
    """``--at``: ``+30m`` / ``+2h``, ``HH:MM`` (next occurrence, local time) or an ISO date-time."""
    value = text.strip()
    current = now or datetime.now().astimezone()
    if match := _RELATIVE_RE.match(value):
        amount, unit = int(match.group(1)), match.group(2)
        step = {
            "m": timedelta(minutes=1),
            "min": timedelta(minutes=1),
            "h": timedelta(hours=1),
            "d": timedelta(days=1),
        }[unit]
        try:
            return current + amount * step
        except OverflowError:
            raise CliError(f"--at: {value!r} is too far in the future.") from None
    if match := _CLOCK_RE.match(value):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            raise CliError(f"--at: {value!r} is not a time of day.")
        moment = current.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return moment if moment > current else moment + timedelta(days=1)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CliError(
            f"--at: expected +30m, +2h, HH:MM or an ISO date-time, not {value!r}."
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def parse_day(text: str) -> date:
    value = text.strip()
    if value == "today":
        return date.today()
    if re.fullmatch(r"-\d+d", value):
        return date.today() - timedelta(days=int(value[1:-1]))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(f"expected a date YYYY-MM-DD, today or -30d, not {value!r}.") from None


def add_period_options(parser: argparse.ArgumentParser, *, period: bool) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        default="-30d",
        metavar="DATE",
        help="first day, YYYY-MM-DD or -30d (default)",
    )
    parser.add_argument(
        "--to", dest="end", default="today", metavar="DATE", help="last day (default today)"
    )
    if period:
        parser.add_argument("--period", choices=("day", "month"), default="month")


def add_history_commands(
    parent: Any,
    history: VehicleHandler,
    sessions: VehicleHandler,
    *,
    what: str,
    per_period: str,
) -> None:
    """``history`` (totals per day or month) and ``sessions`` (one row each) under ``parent``:
    the same options for charges and preconditioning."""
    for name, handler, help_text, per_period_option in (
        ("history", history, f"{per_period} per day or month", True),
        ("sessions", sessions, f"individual {what} sessions", False),
    ):
        parser = command(
            parent, name, vehicle_command(handler, prepare=period_bounds), help=help_text
        )
        add_period_options(parser, period=per_period_option)


def period_bounds(args: argparse.Namespace) -> tuple[datetime, datetime]:
    """``--from`` / ``--to`` as datetimes, checked (and ``--period`` if the command has one).

    A ``prepare`` step: the library's own rules (validation.py) decide, before any request.
    """
    from renault_ext.errors import InvalidInputError
    from renault_ext.validation import validate_date_range, validate_history_period

    days = []
    for option, text in (("--from", args.start), ("--to", args.end)):
        try:
            days.append(parse_day(text))
        except CliError as error:
            raise CliError(f"{option}: {error}") from None
    start, end = (datetime(d.year, d.month, d.day) for d in days)
    try:
        validate_date_range(start, end)
    except InvalidInputError as error:
        # Same rule, worded with the option names the user typed.
        raise CliError(
            f"--from ({start:%Y-%m-%d}) must not be after --to ({end:%Y-%m-%d})."
        ) from error
    if getattr(args, "period", None) is not None:
        validate_history_period(args.period)
    return start, end


def future_when(text: str | None) -> datetime | None:
    """``--at`` parsed (parse_when) and checked to be in the future; None without ``--at``."""
    from renault_ext.validation import format_start_datetime

    if not text:
        return None
    when = parse_when(text)
    format_start_datetime(when, field="--at")
    return when


# -- output helpers ---------------------------------------------------------------------------


def flatten(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Nested attributes as (dotted key, value) rows for a two-column table."""
    from renault_ext.cli.output import to_jsonable

    data = to_jsonable(data)
    rows: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        if not data and prefix:
            rows.append((prefix, "{}"))
        for key, value in data.items():
            rows.extend(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(data, list) and data and all(not isinstance(v, (dict, list)) for v in data):
        rows.append((prefix, ", ".join(str(v) for v in data)))
    elif isinstance(data, list) and data:
        for number, value in enumerate(data):
            rows.extend(flatten(value, f"{prefix}[{number}]"))
    else:
        rows.append((prefix or "value", data if data != [] else "[]"))
    return rows


def split_records(data: Any) -> tuple[Any, dict[str, list[dict[str, Any]]]]:
    """Attributes without their lists of records (charge sessions, monthly summaries...), and
    those lists: a record list reads best as a table with one row per record."""
    from renault_ext.cli.output import to_jsonable

    data = to_jsonable(data)
    if not isinstance(data, dict):
        return data, {}
    fields: dict[str, Any] = {}
    records: dict[str, list[dict[str, Any]]] = {}
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            records[key] = value
        else:
            fields[key] = value
    return fields, records


_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def column_labels(keys: Sequence[str]) -> list[str]:
    """Readable headers: camelCase split into words, minus the leading words every column
    shares (``chargeStartDate``, ``chargeEndDate`` -> ``Start date``, ``End date``)."""
    words = [_WORD.findall(key.replace(".", " ")) or [key] for key in keys]
    shared = 0
    while (
        len(words) > 1
        and all(len(w) > shared + 1 for w in words)
        and len({w[shared].lower() for w in words}) == 1
    ):
        shared += 1
    return [" ".join(w[shared:]).capitalize() for w in words]


def record_rows(records: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Columns (every key seen, in order of first appearance; nested values dotted) and rows."""
    flat = [dict(flatten(record)) for record in records]
    columns: dict[str, None] = {}
    for record in flat:
        columns.update(dict.fromkeys(record))
    return list(columns), [
        [_cell(record.get(column), column) for column in columns] for record in flat
    ]


_ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})")


# Record fields whose unit is the same on every model (facts: charge history totals in minutes).
_MINUTE_FIELDS = frozenset({"totalChargesDuration"})


def _cell(value: Any, column: str = "") -> Any:
    """Timestamps as datetimes and known minute counts as durations, so that tables show them
    like every other time and duration."""
    if column in _MINUTE_FIELDS and isinstance(value, (int, float)) and not isinstance(value, bool):
        from renault_ext.units import minutes_duration  # (units pulls in errors: not at start-up)

        return minutes_duration(value)
    if isinstance(value, str) and _ISO_TIMESTAMP.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def show_read(cli: Any, info: Any, name: str, data: Any, *, title: str | None = None) -> int:
    """Standard output of a read: ``{"command", "vehicle", "data"}``, or tables: a Field/Value
    table of the attributes and one table per list of records.

    ``name`` is the stable command name of the JSON output; ``title`` (default ``name``) may add
    what only a reader needs to know, such as which endpoint answered.
    """
    if cli.out.json_mode:
        cli.out.json({"command": name, "vehicle": info.describe(), "data": data})
        return 0
    name = title or name
    # Redacted by field name first (a plate is not secret-looking as text), as --json is.
    fields, records = split_records(cli.out.clean_json(data))
    rows = flatten(fields) if fields or not records else []
    if not records and (not rows or rows == [("value", None)]):
        cli.out.line(f"{info.label}: {name}: no data.")
        return 0
    if rows:
        cli.out.key_values(rows, title=f"{info.label} — {name}")
    for key, items in records.items():
        columns, table_rows = record_rows(items)
        title = f"{info.label} — {name}" if not rows and len(records) == 1 else f"{name}: {key}"
        cli.out.table(column_labels(columns), table_rows, title=title)
    return 0


def confirm_action(
    cli: Any,
    info: Any,
    name: str,
    answer: Any,
    mark: int,
    sent_summary: dict[str, Any] | None = None,
) -> int:
    """What was sent and what the car (Renault) answered."""
    from renault_ext.cli.output import to_jsonable

    sent = cli.sent_since(mark)
    requests = []
    for exchange in sent:
        body: Any = exchange.request_body
        try:
            body = json.loads(body) if body else None
        except ValueError:
            pass
        path = exchange.url.split("?", 1)[0]
        requests.append(
            {
                "method": exchange.method,
                "path": _path_only(path),
                "body": body,
                "status": exchange.status,
            }
        )
    document = {
        "command": name,
        "vehicle": info.describe(),
        "sent": requests,
        "request": sent_summary or {},
        "answer": to_jsonable(answer),
    }
    if cli.out.json_mode:
        cli.out.json(document)
        return 0
    cli.out.line(f"{info.label}: {name}", style="bold")
    for request in requests:
        body = _short(_attributes(request["body"])) if request["body"] is not None else ""
        cli.out.line(f"  sent     {request['method']} {request['path']}")
        if body:
            cli.out.line(f"           {body}")
        cli.out.line(f"  status   HTTP {request['status']}")
    answer_text = _short(_attributes(to_jsonable(answer))) if answer is not None else "(no body)"
    cli.out.line(f"  answer   {answer_text}")
    return 0


def _attributes(document: Any) -> Any:
    """``data.attributes`` of a JSON:API document (the interesting part), else the document."""
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        return document["data"].get("attributes", document["data"])
    return document


def _short(value: Any, limit: int = 400) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "… (--json shows all)"


def _path_only(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path
