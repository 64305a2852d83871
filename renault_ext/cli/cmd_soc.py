"""`renault soc show` and `renault soc set --min --target` (battery charge limits, KCM)."""

from __future__ import annotations

from typing import Any

from renault_ext.cli.common import command, confirm_action, group, vehicle_command
from renault_ext.validation import validate_soc_levels


def register(subparsers: Any) -> None:
    _, soc = group(subparsers, "soc", help="battery state-of-charge limits (minimum and target)")
    command(soc, "show", vehicle_command(_show), help="show the minimum and target charge levels")
    set_parser = command(
        soc,
        "set",
        vehicle_command(_set, prepare=_check_levels),
        help="set the minimum and target charge levels",
    )
    set_parser.add_argument(
        "--min", type=int, required=True, metavar="PERCENT", help="15-45, multiple of 5"
    )
    set_parser.add_argument(
        "--target", type=int, required=True, metavar="PERCENT", help="55-100, multiple of 5"
    )


async def _show(cli: Any, info: Any) -> int:
    data = await info.vehicle.get_battery_soc()
    raw = data.to_dict() if hasattr(data, "to_dict") else {}
    if cli.out.json_mode:
        cli.out.json({"command": "soc", "vehicle": info.describe(), "data": raw})
        return 0
    cli.out.key_values(
        [
            ("Minimum charge level", f"{raw.get('socMin', '-')} %"),
            ("Target charge level", f"{raw.get('socTarget', '-')} %"),
        ],
        title=f"{info.label} — charge levels",
    )
    return 0


def _check_levels(args: Any) -> tuple[int, int]:
    return validate_soc_levels(args.min, args.target)


async def _set(cli: Any, info: Any) -> int:
    low, high = cli.prepared
    mark = cli.mark()
    answer = await info.vehicle.set_battery_soc(min=low, target=high)
    return confirm_action(cli, info, "soc set", answer, mark, {"min": low, "target": high})
