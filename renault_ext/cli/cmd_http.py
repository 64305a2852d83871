"""`renault http get PATH` and `renault http post PATH BODY`: raw Kamereon requests.

``{account_id}`` and ``{vin}`` in PATH are replaced by the selected account and vehicle, so a
command line can be shared without them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from renault_ext.cli.common import command, group
from renault_ext.cli.failures import USAGE, CliError


def register(subparsers: Any) -> None:
    _, http = group(
        subparsers, "http", help="raw Kamereon requests (paths may use {account_id} and {vin})"
    )
    get = command(http, "get", _raw_command("GET", _check_get), help="GET a Kamereon path")
    get.add_argument(
        "path",
        help="e.g. /commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit",
    )
    post = command(
        http,
        "post",
        _raw_command("POST", _check_post),
        help="POST a JSON body to a Kamereon path",
    )
    post.add_argument("path")
    post.add_argument("body", help="JSON text, or @FILE to read it from a file")


def _check_path(path: str) -> str:
    if not path.startswith("/") or "://" in path:
        raise CliError("PATH must be a Kamereon path starting with /, not a URL.", exit_code=USAGE)
    return path


def _check_get(args: Any) -> tuple[str, None]:
    return _check_path(args.path), None


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


def _raw_command(method: str, prepare: Any) -> Any:
    """Run on the selected vehicle when PATH has ``{vin}``, else on the selected account only
    (``/commerce/v1/accounts/{account_id}/vehicles`` needs no --vin)."""

    def run_it(args: Any) -> int:
        from renault_ext.cli.context import run

        async def body(cli: Any) -> int:
            from renault_ext.cli.selection import select_account, select_vehicle
            from renault_ext.endpoints import expand_path

            path, payload = cli.prepared
            if "{vin}" in path:
                info = await select_vehicle(cli)
                vehicle = info.vehicle
                data = await (
                    vehicle.http_post(path, payload) if method == "POST" else vehicle.http_get(path)
                )
            else:
                account = await select_account(cli)
                data = await cli.session.http_request(
                    method,
                    expand_path(path, account_id=account.account_id),
                    json=payload,
                    account_id=account.account_id,
                )
            return _show(cli, f"http {method.lower()}", data)

        return run(args, body, prepare=prepare)

    return run_it


def _show(cli: Any, name: str, data: Any) -> int:
    if cli.out.json_mode:
        cli.out.json({"command": name, "data": data})
    else:
        cli.out.line(json.dumps(cli.out.clean_json(data), ensure_ascii=False, indent=2))
    return 0
