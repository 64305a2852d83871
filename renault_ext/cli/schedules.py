"""Read-modify-write of charge and HVAC schedules: only the named schedule changes.

The API replaces the whole list on every write (facts §6.3), so the CLI reads the current list,
edits one schedule and sends all of them back.
"""

from __future__ import annotations

import argparse
from typing import Any

from renault_ext.cli.common import command, confirm_action, vehicle_command
from renault_ext.cli.failures import USAGE, CliError
from renault_ext.validation import DAY_NAMES, schedule_days_from_specs, validate_schedule_id

CHARGE_DAY_FIELDS = ("startTime", "duration")
HVAC_DAY_FIELDS = ("readyAtTime",)


def add_day_options(parser: argparse.ArgumentParser, *, hvac: bool) -> None:
    example = (
        "07:30 (local), T06:30Z (UTC) or clear"
        if hvac
        else "23:30,480 (local start, minutes), T22:30Z,480 (UTC) or clear"
    )
    for day in DAY_NAMES:
        parser.add_argument(f"--{day}", metavar="SPEC", help=f"{day}: {example}")
    activation = parser.add_mutually_exclusive_group()
    activation.add_argument(
        "--activate", dest="activated", action="store_const", const=True, default=None
    )
    activation.add_argument("--deactivate", dest="activated", action="store_const", const=False)


def day_specs(args: argparse.Namespace, *, hvac: bool) -> dict[str, Any]:
    """Parsed day options (only the days given); ``None`` value = clear that day."""
    return schedule_days_from_specs({day: getattr(args, day, None) for day in DAY_NAMES}, hvac=hvac)


def normalise(schedules: Any, day_fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Schedules as read, reduced to what a write accepts (all seven days, explicit nulls)."""
    from renault_ext.cli.output import to_jsonable

    result = []
    for item in to_jsonable(schedules) or []:
        if not isinstance(item, dict) or "id" not in item:
            continue
        entry: dict[str, Any] = {"id": item["id"], "activated": bool(item.get("activated", False))}
        for day in DAY_NAMES:
            value = item.get(day)
            entry[day] = (
                {k: value[k] for k in day_fields if k in value}
                if isinstance(value, dict) and value
                else None
            )
        result.append(entry)
    return result


def edit(
    schedules: list[dict[str, Any]],
    schedule_id: Any,
    *,
    days: dict[str, Any] | None = None,
    activated: bool | None = None,
    allow_new: bool = True,
) -> list[dict[str, Any]]:
    """A copy of ``schedules`` where only schedule ``schedule_id`` changed."""
    wanted = validate_schedule_id(schedule_id)
    result = [dict(s) for s in schedules]
    target = next((s for s in result if s["id"] == wanted), None)
    if target is None:
        if not allow_new:
            known = ", ".join(str(s["id"]) for s in result) or "none"
            raise CliError(f"No schedule {wanted} (existing: {known}).", exit_code=USAGE)
        target = {"id": wanted, "activated": False, **{day: None for day in DAY_NAMES}}
        result.append(target)
        result.sort(key=lambda s: s["id"])
    for day, value in (days or {}).items():
        target[day] = value
    if activated is not None:
        target["activated"] = activated
    return result


def rows(schedules: list[dict[str, Any]], *, hvac: bool) -> list[list[Any]]:
    """One row per schedule: id, active, then each day."""
    table = []
    for schedule in schedules:
        cells: list[Any] = [schedule["id"], "yes" if schedule.get("activated") else "no"]
        for day in DAY_NAMES:
            value = schedule.get(day)
            if not value:
                cells.append("")
            elif hvac:
                cells.append(f"ready {value.get('readyAtTime')}")
            else:
                cells.append(f"{value.get('startTime')} {value.get('duration')} min")
        table.append(cells)
    return table


COLUMNS = ("Id", "Active", *(d[:3].title() for d in DAY_NAMES))


class ScheduleCommands:
    """The read-modify-write handlers shared by `charge schedule` and `hvac schedule`.

    ``reader``/``writer`` name the vehicle methods (``get_charging_settings`` /
    ``set_charge_schedules``, ``get_hvac_settings`` / ``set_hvac_schedules``).
    """

    def __init__(self, name: str, *, reader: str, writer: str, hvac: bool) -> None:
        self.name = name  # "charge schedule" / "hvac schedule"
        self._reader = reader
        self._writer = writer
        self._hvac = hvac

    def register_edits(self, schedule_group: Any) -> None:
        """``set ID [--monday SPEC ...]``, ``activate ID`` and ``deactivate ID``."""
        set_parser = command(
            schedule_group,
            "set",
            vehicle_command(self.set, prepare=self.check_set),
            help="change one schedule (the others are sent back unchanged)",
        )
        set_parser.add_argument("id", type=int, help="schedule number (1-5)")
        add_day_options(set_parser, hvac=self._hvac)
        for name, value in (("activate", True), ("deactivate", False)):
            toggle = command(
                schedule_group,
                name,
                vehicle_command(self.toggle(value), prepare=self.check_id),
                help=f"{name} one schedule",
            )
            toggle.add_argument("id", type=int)

    def show_json(self, cli: Any, info: Any, data: Any, items: list[dict[str, Any]]) -> int:
        cli.out.json(
            {"command": self.name, "vehicle": info.describe(), "data": data, "schedules": items}
        )
        return 0

    async def read(self, info: Any) -> tuple[Any, list[dict[str, Any]]]:
        """(raw document, editable schedules)."""
        data = await getattr(info.vehicle, self._reader)()
        raw = data.to_dict() if hasattr(data, "to_dict") else (data or {})
        fields = HVAC_DAY_FIELDS if self._hvac else CHARGE_DAY_FIELDS
        return data, normalise(raw.get("schedules"), fields)

    async def _write(
        self, cli: Any, info: Any, name: str, edited: list[dict[str, Any]], summary: dict[str, Any]
    ) -> int:
        mark = cli.mark()
        answer = await getattr(info.vehicle, self._writer)(edited)
        return confirm_action(cli, info, name, answer, mark, summary)

    @staticmethod
    def check_id(args: Any) -> int:
        return validate_schedule_id(args.id)

    def check_set(self, args: Any) -> dict[str, Any]:
        validate_schedule_id(args.id)
        days = day_specs(args, hvac=self._hvac)
        if not days and args.activated is None:
            raise CliError(
                "Nothing to change: give at least one day (--monday ...) or --activate/--deactivate.",
                exit_code=USAGE,
            )
        return days

    async def set(self, cli: Any, info: Any) -> int:
        days = cli.prepared
        _, items = await self.read(info)
        edited = edit(items, cli.args.id, days=days, activated=cli.args.activated)
        summary = {"id": cli.args.id, "days": days, "activated": cli.args.activated}
        return await self._write(cli, info, f"{self.name} set", edited, summary)

    def toggle(self, value: bool) -> Any:
        async def handler(cli: Any, info: Any) -> int:
            _, items = await self.read(info)
            edited = edit(items, cli.args.id, activated=value, allow_new=False)
            name = f"{self.name} " + ("activate" if value else "deactivate")
            return await self._write(
                cli, info, name, edited, {"id": cli.args.id, "activated": value}
            )

        return handler
