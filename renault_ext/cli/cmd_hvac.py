"""`renault hvac ...`: climate control start/stop, status, settings, schedules, history."""

from __future__ import annotations

from typing import Any

from renault_ext.cli import schedules
from renault_ext.cli.common import (
    add_history_commands,
    command,
    confirm_action,
    future_when,
    group,
    show_read,
    vehicle_command,
)
from renault_ext.validation import validate_temperature

DEFAULT_TEMPERATURE = 21.0


SCHEDULES = schedules.ScheduleCommands(
    "hvac schedule", reader="get_hvac_settings", writer="set_hvac_schedules", hvac=True
)


def register(subparsers: Any) -> None:
    _, hvac = group(
        subparsers, "hvac", help="climate control: start/stop, status, settings, schedules, history"
    )
    start = command(
        hvac, "start", vehicle_command(_start, prepare=_check_start), help="start preconditioning"
    )
    start.add_argument(
        "--temperature",
        type=float,
        default=DEFAULT_TEMPERATURE,
        metavar="°C",
        help=f"target temperature (default {DEFAULT_TEMPERATURE:g})",
    )
    start.add_argument(
        "--at", metavar="TIME", help="time the car should be ready: +30m, 07:30 or ISO date-time"
    )
    command(hvac, "stop", vehicle_command(_stop), help="stop preconditioning")
    command(
        hvac,
        "status",
        vehicle_command(_read("get_hvac_status", "hvac status")),
        help="HVAC state and temperatures",
    )
    command(
        hvac,
        "settings",
        vehicle_command(_read("get_hvac_settings", "hvac settings")),
        help="HVAC mode and schedules",
    )
    add_history_commands(
        hvac, _history, _sessions, what="preconditioning", per_period="preconditioning"
    )

    _, schedule = group(hvac, "schedule", help="HVAC schedules (show, set, activate, deactivate)")
    command(schedule, "show", vehicle_command(_schedule_show), help="show the HVAC schedules")
    SCHEDULES.register_edits(schedule)


def _read(method: str, name: str) -> Any:
    async def handler(cli: Any, info: Any) -> int:
        return show_read(cli, info, name, await getattr(info.vehicle, method)())

    return handler


def _check_start(args: Any) -> tuple[float, Any]:
    return validate_temperature(args.temperature), future_when(args.at)


async def _start(cli: Any, info: Any) -> int:
    temperature, when = cli.prepared
    mark = cli.mark()
    answer = await info.vehicle.set_ac_start(temperature, when)
    return confirm_action(
        cli,
        info,
        "hvac start",
        answer,
        mark,
        {"temperature": temperature, "at": when.isoformat() if when else None},
    )


async def _stop(cli: Any, info: Any) -> int:
    mark = cli.mark()
    answer = await info.vehicle.set_ac_stop()
    code = confirm_action(cli, info, "hvac stop", answer, mark)
    if await info.vehicle.ac_stop_is_ignored():
        cli.out.message(
            f"Note: this model ({info.model_code}) accepts the stop but is known to ignore it; "
            "preconditioning ends by itself at the end of its cycle.",
            style="yellow",
        )
    return code


async def _history(cli: Any, info: Any) -> int:
    start, end = cli.prepared
    return show_read(
        cli, info, "hvac history", await info.vehicle.get_hvac_history(start, end, cli.args.period)
    )


async def _sessions(cli: Any, info: Any) -> int:
    start, end = cli.prepared
    return show_read(cli, info, "hvac sessions", await info.vehicle.get_hvac_sessions(start, end))


async def _schedule_show(cli: Any, info: Any) -> int:
    data, items = await SCHEDULES.read(info)
    if cli.out.json_mode:
        return SCHEDULES.show_json(cli, info, data, items)
    cli.out.table(
        schedules.COLUMNS,
        schedules.rows(items, hvac=True),
        title=f"{info.label} — HVAC schedules (times UTC)",
    )
    return 0
