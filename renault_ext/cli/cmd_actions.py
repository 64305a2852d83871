"""`renault horn`, `renault lights`, `renault refresh-location`."""

from __future__ import annotations

from typing import Any

from renault_ext.cli.common import command, confirm_action, vehicle_command

ACTIONS: dict[str, tuple[str, str]] = {
    "horn": ("start_horn", "sound the horn"),
    "lights": ("start_lights", "flash the lights"),
    "refresh-location": ("refresh_location", "ask the car to send its position now"),
}


def register(subparsers: Any) -> None:
    for name, (method, text) in ACTIONS.items():
        command(subparsers, name, vehicle_command(_action(name, method)), help=text)


def _action(name: str, method: str) -> Any:
    async def handler(cli: Any, info: Any) -> int:
        mark = cli.mark()
        answer = await getattr(info.vehicle, method)()
        return confirm_action(cli, info, name, answer, mark)

    return handler
