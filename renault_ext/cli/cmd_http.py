"""`renault http get PATH` and `renault http post PATH BODY`: raw Kamereon requests.

``{account_id}`` and ``{vin}`` in PATH are replaced by the selected account and vehicle, so a
command line can be shared without them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from renault_ext.cli.common import command, group, vehicle_command
from renault_ext.cli.failures import USAGE, CliError


def register(subparsers: Any) -> None:
    _, http = group(
        subparsers, "http", help="raw Kamereon requests (paths may use {account_id} and {vin})"
    )
    get = command(
        http, "get", vehicle_command(_get, prepare=_check_get), help="GET a Kamereon path"
    )
    get.add_argument(
        "path",
        help="e.g. /commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit",
    )
    post = command(
        http,
        "post",
        vehicle_command(_post, prepare=_check_post),
        help="POST a JSON body to a Kamereon path",
    )
    post.add_argument("path")
    post.add_argument("body", help="JSON text, or @FILE to read it from a file")


def _check_path(path: str) -> str:
    if not path.startswith("/") or "://" in path:
        raise CliError("PATH must be a Kamereon path starting with /, not a URL.", exit_code=USAGE)
    return path


def _check_get(args: Any) -> str:
    return _check_path(args.path)


def _check_post(args: Any) -> tuple[str, Any]:
    path = _check_path(args.path)
    text = args.body
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(
                f"BODY: cannot read {text[1:]!r}: {exc.__class__.__name__}.", exit_code=USAGE
            ) from None
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise CliError(f"BODY is not valid JSON: {exc}", exit_code=USAGE) from None
    return path, body


async def _get(cli: Any, info: Any) -> int:
    data = await info.vehicle.http_get(cli.prepared)
    return _show(cli, "http get", data)


async def _post(cli: Any, info: Any) -> int:
    path, body = cli.prepared
    data = await info.vehicle.http_post(path, body)
    return _show(cli, "http post", data)


def _show(cli: Any, name: str, data: Any) -> int:
    if cli.out.json_mode:
        cli.out.json({"command": name, "data": data})
    else:
        cli.out.line(json.dumps(cli.out.clean_json(data), ensure_ascii=False, indent=2))
    return 0
