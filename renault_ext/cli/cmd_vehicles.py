"""`renault accounts` and `renault vehicles`."""

from __future__ import annotations

from typing import Any

from renault_ext.cli.common import client_command, command
from renault_ext.cli.store import ACCOUNT_KEY, VIN_KEY


def register(subparsers: Any) -> None:
    command(
        subparsers,
        "accounts",
        client_command(_accounts),
        help="list the Kamereon accounts of this login",
    )
    vehicles = command(
        subparsers,
        "vehicles",
        client_command(_vehicles),
        help="list the vehicles (numbers and nicknames usable with --vin)",
    )
    vehicles.add_argument(
        "--all-accounts",
        action="store_true",
        help="vehicles of every account, even when a default account is saved",
    )


async def _accounts(cli: Any) -> int:
    from renault_ext.cli.selection import mask

    accounts = await cli.client.get_api_accounts()
    saved = cli.store.get(ACCOUNT_KEY)
    rows = []
    for number, account in enumerate(accounts, 1):
        rows.append(
            {
                "index": number,
                "type": account.account_type,
                "id": account.account_id,
                "id_suffix": account.account_id[-4:],
                "saved_default": account.account_id == saved,
            }
        )
    if cli.out.json_mode:
        cli.out.json({"command": "accounts", "accounts": rows})
        return 0
    cli.out.table(
        ("#", "Type", "Id", "Default"),
        [
            (r["index"], r["type"], mask(r["id"]), "saved" if r["saved_default"] else "")
            for r in rows
        ],
        title="Accounts",
    )
    return 0


async def _vehicles(cli: Any) -> int:
    from renault_ext.cli.selection import candidate_accounts, list_vehicles, mask, order_accounts

    if cli.args.all_accounts:
        accounts = order_accounts(await cli.client.get_api_accounts())
    else:
        accounts = await candidate_accounts(cli)
    with cli.out.spinner("Reading vehicles…"):
        infos = await list_vehicles(cli, accounts)
    saved = cli.store.get(VIN_KEY)
    if cli.out.json_mode:
        cli.out.json(
            {
                "command": "vehicles",
                "vehicles": [
                    {
                        **i.describe(),
                        "account_type": i.account.account_type,
                        "saved_default": i.vin == saved,
                    }
                    for i in infos
                ],
            }
        )
        return 0
    if not infos:
        cli.out.line("No vehicle is linked to this account (try --all-accounts).")
        return 0
    cli.out.table(
        ("#", "Brand", "Model", "Code", "Energy", "VIN", "Nickname", "Default"),
        [
            (
                i.index,
                i.brand,
                i.model,
                i.model_code,
                i.describe()["energy"],
                mask(i.vin),
                i.nickname or "",
                "saved" if i.vin == saved else "",
            )
            for i in infos
        ],
        title="Vehicles",
    )
    return 0
