"""`renault charge ...`: start/stop, mode, settings, schedules, history and sessions."""

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
from renault_ext.validation import validate_charge_mode

MODE_CHOICES = ("always", "scheduled", "always_charging", "schedule_mode")


SCHEDULES = schedules.ScheduleCommands(
    "charge schedule", reader="get_charging_settings", writer="set_charge_schedules", hvac=False
)


def register(subparsers: Any) -> None:
    _, charge = group(subparsers, "charge", help="charging: start/stop, mode, schedules, history")

    start = command(
        charge,
        "start",
        vehicle_command(_start, prepare=_check_start),
        help="start charging (now, or --at on KCM models)",
    )
    start.add_argument(
        "--at", metavar="TIME", help="delayed start: +30m, 23:00 or an ISO date-time"
    )
    command(charge, "stop", vehicle_command(_stop), help="stop charging")

    mode = command(
        charge,
        "mode",
        vehicle_command(_mode_show),
        help="show the charge mode (`charge mode set` changes it)",
    )
    mode_children = mode.add_subparsers(dest="mode_command", metavar="COMMAND")
    mode_set = command(
        mode_children,
        "set",
        vehicle_command(_mode_set, prepare=_check_mode),
        help="set the charge mode",
    )
    mode_set.add_argument("mode", choices=MODE_CHOICES)

    command(
        charge,
        "settings",
        vehicle_command(_settings),
        help="charging settings (KCA charging-settings, or KCM ev/settings on newer models)",
    )

    add_history_commands(charge, _history, _sessions, what="charge", per_period="charges")

    _, schedule = group(
        charge, "schedule", help="charge schedules (show, set, activate, deactivate)"
    )
    command(schedule, "show", vehicle_command(_schedule_show), help="show the charge schedules")
    SCHEDULES.register_edits(schedule)


def _check_start(args: Any) -> Any:
    # Only the time itself: whether the model accepts a delayed start needs the vehicle.
    return future_when(args.at)


async def _start(cli: Any, info: Any) -> int:
    when = cli.prepared
    mark = cli.mark()
    answer = await info.vehicle.set_charge_start(when)
    return confirm_action(
        cli, info, "charge start", answer, mark, {"at": when.isoformat() if when else None}
    )


async def _stop(cli: Any, info: Any) -> int:
    mark = cli.mark()
    return confirm_action(cli, info, "charge stop", await info.vehicle.set_charge_stop(), mark)


async def _mode_show(cli: Any, info: Any) -> int:
    data = await info.vehicle.get_charge_mode()
    if not cli.out.json_mode:
        mode = data.to_dict().get("chargeMode") if hasattr(data, "to_dict") else None
        if mode is not None:
            cli.out.line(f"{info.label}: charge mode {mode}")
            return 0
    return show_read(cli, info, "charge mode", data)


def _check_mode(args: Any) -> Any:
    return validate_charge_mode(args.mode)


async def _mode_set(cli: Any, info: Any) -> int:
    mark = cli.mark()
    answer = await info.vehicle.set_charge_mode(cli.args.mode)
    return confirm_action(cli, info, "charge mode set", answer, mark, {"mode": cli.args.mode})


async def _settings(cli: Any, info: Any) -> int:
    vehicle = info.vehicle
    if not await vehicle.supports_endpoint("charging-settings"):
        definition = await vehicle.get_endpoint_definition("charge-schedule")
        if definition is not None and definition.mode == "kcm-settings":
            return show_read(
                cli,
                info,
                "charge settings",
                await vehicle.get_kcm_ev_settings(),
                title="charge settings (KCM ev/settings)",
            )
    return show_read(cli, info, "charge settings", await vehicle.get_charging_settings())


async def _history(cli: Any, info: Any) -> int:
    start, end = cli.prepared
    data = await info.vehicle.get_charge_history(start, end, cli.args.period)
    return show_read(cli, info, "charge history", data)


async def _sessions(cli: Any, info: Any) -> int:
    start, end = cli.prepared
    if cli.out.json_mode:  # the wire document, as every read's --json
        return show_read(cli, info, "charge sessions", await info.vehicle.get_charges(start, end))
    # Normalised: ZOE phase 1 reports durations in minutes, every other model in seconds.
    sessions = await info.vehicle.get_charge_sessions(start, end)
    if not sessions:
        cli.out.line(f"{info.label}: no charge sessions in this period.")
        return 0
    cli.out.table(
        ("Start", "End", "Duration", "Battery at start", "Battery at end", "Energy", "End status"),
        (
            (
                s.start,
                s.end,
                s.duration,
                _unit(s.start_level, "%"),
                _unit(s.end_level, "%"),
                _unit(s.energy_kwh, "kWh"),
                s.end_status,
            )
            for s in sessions
        ),
        title=f"{info.label} — charge sessions",
    )
    return 0


def _unit(value: float | None, unit: str) -> str | None:
    return None if value is None else f"{value:g} {unit}"


# -- schedules --------------------------------------------------------------------------------


async def _schedule_show(cli: Any, info: Any) -> int:
    vehicle = info.vehicle
    if not await vehicle.supports_endpoint("charging-settings"):
        # KCA calendar (ZOE ph1) or the flat KCM ev/settings, as the model table routes it.
        return show_read(cli, info, "charge schedule", await vehicle.get_charge_schedule())
    data, items = await SCHEDULES.read(info)
    if cli.out.json_mode:
        return SCHEDULES.show_json(cli, info, data, items)
    raw = data.to_dict() if hasattr(data, "to_dict") else {}
    cli.out.line(f"{info.label}: charge mode {raw.get('mode', '-')}")
    cli.out.table(
        schedules.COLUMNS, schedules.rows(items, hvac=False), title="Charge schedules (times UTC)"
    )
    return 0
