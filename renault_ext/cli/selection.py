"""Choosing the account and the vehicle a command works on.

``--account`` accepts the account id, its type (``MYRENAULT``) or its number in ``renault
accounts``; ``--vin`` accepts the VIN, its last characters (at least 4), a nickname saved with
``renault settings --nickname``, the plate, the model (when unique) or its number in ``renault
vehicles``. Without them the saved choice is used, then the only candidate (the MYRENAULT account
when there are several accounts). Identifiers are never printed: lists show the last 4 characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from renault_ext import details as vehicle_details
from renault_ext.cli.failures import USAGE, CliError
from renault_ext.cli.store import ACCOUNT_KEY, NICKNAME_PREFIX, VIN_KEY

DEFAULT_ACCOUNT_TYPE = "MYRENAULT"


def mask(identifier: str | None) -> str:
    """``…7001``: enough to tell vehicles apart, not enough to identify one."""
    if not identifier:
        return "-"
    return "…" + identifier[-4:]


@dataclass
class VehicleInfo:
    index: int
    account: Any  # RenaultAccount
    vehicle: Any  # RenaultVehicle
    details: dict[str, Any]
    nickname: str | None

    @property
    def vin(self) -> str:
        return str(self.vehicle.vin)

    @property
    def model_code(self) -> str | None:
        return vehicle_details.model_code(self.details)

    @property
    def model(self) -> str | None:
        return vehicle_details.model_label(self.details)

    @property
    def brand(self) -> str | None:
        return vehicle_details.brand_label(self.details)

    @property
    def plate(self) -> str | None:
        plate = self.details.get("registrationNumber")
        return plate if isinstance(plate, str) and plate else None

    @property
    def label(self) -> str:
        name = self.nickname or " ".join(p for p in (self.brand, self.model) if p) or "vehicle"
        return f"{name} {mask(self.vin)}"

    def describe(self) -> dict[str, Any]:
        """JSON description (the VIN goes through the redactor like every output)."""
        return {
            "index": self.index,
            "vin": self.vin,
            "vin_suffix": self.vin[-4:],
            "nickname": self.nickname,
            "model_code": self.model_code,
            "model": self.model,
            "brand": self.brand,
            "energy": vehicle_details.energy_code(self.details),
        }


def nicknames(store: Any) -> dict[str, str]:
    """VIN -> nickname, from the store."""
    found: dict[str, str] = {}
    if store is None:
        return found
    # Nicknames live with the settings: the keyring (secrets only) need not be asked.
    entries = store.setting_items() if hasattr(store, "setting_items") else store.items()
    for key, value in entries:
        if key.startswith(NICKNAME_PREFIX):
            found[value] = key[len(NICKNAME_PREFIX) :]
    return found


def _account_type(account: Any) -> str:
    return str(account.account_type or "").upper()


def order_accounts(accounts: list[Any]) -> list[Any]:
    return sorted(accounts, key=lambda a: _account_type(a) != DEFAULT_ACCOUNT_TYPE)


def match_account(accounts: list[Any], wanted: str) -> Any:
    text = wanted.strip()
    if text.isdigit() and 1 <= int(text) <= len(accounts):
        return accounts[int(text) - 1]
    for account in accounts:
        if account.account_id == text:
            return account
    by_type = [a for a in accounts if _account_type(a) == text.upper()]
    if len(by_type) == 1:
        return by_type[0]
    if len(text) >= 4:
        by_suffix = [a for a in accounts if a.account_id.endswith(text)]
        if len(by_suffix) == 1:
            return by_suffix[0]
    raise CliError(
        "No account matches --account.",
        exit_code=USAGE,
        hint="`renault accounts` lists them; give the number, the type or the id.",
    )


async def select_account(cli: Any) -> Any:
    accounts = await cli.client.get_api_accounts()
    wanted = getattr(cli.args, "account", None) or cli.store.get(ACCOUNT_KEY)
    if wanted:
        return match_account(accounts, wanted)
    return order_accounts(accounts)[0]


async def list_vehicles(cli: Any, accounts: list[Any]) -> list[VehicleInfo]:
    names = nicknames(cli.store)
    infos: list[VehicleInfo] = []
    for account in accounts:
        for vehicle in await account.get_api_vehicles():
            details = await vehicle.get_details()
            data = details.to_dict() if hasattr(details, "to_dict") else dict(details or {})
            infos.append(
                VehicleInfo(len(infos) + 1, account, vehicle, data, names.get(vehicle.vin))
            )
    return infos


def match_vehicle(infos: list[VehicleInfo], wanted: str, store: Any) -> VehicleInfo:
    text = wanted.strip()
    nickname_vin = store.get(NICKNAME_PREFIX + text.lower()) if store is not None else None
    tests = (
        lambda i: nickname_vin is not None and i.vin == nickname_vin,
        lambda i: i.vin.upper() == text.upper(),
        lambda i: text.isdigit() and len(text) < 4 and i.index == int(text),
        lambda i: len(text) >= 4 and i.vin.upper().endswith(text.upper()),
        lambda i: i.plate is not None and i.plate.upper() == text.upper(),
        lambda i: (
            (i.model or "").upper() == text.upper() or (i.model_code or "").upper() == text.upper()
        ),
    )
    for test in tests:
        found = [i for i in infos if test(i)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise CliError("Several vehicles match --vin.", hint=_choices(infos))
    raise CliError("No vehicle matches --vin.", hint=_choices(infos))


def _choices(infos: list[VehicleInfo]) -> str:
    listed = ", ".join(f"{i.index} = {i.label}" for i in infos)
    return f"Choose one with --vin NUMBER (or VIN ending, nickname, plate): {listed}."


async def candidate_accounts(cli: Any) -> list[Any]:
    if getattr(cli.args, "account", None) or cli.store.get(ACCOUNT_KEY):
        return [await select_account(cli)]
    return order_accounts(await cli.client.get_api_accounts())


async def select_vehicle(cli: Any) -> VehicleInfo:
    accounts = await candidate_accounts(cli)
    infos = await list_vehicles(cli, accounts)
    if not infos:
        where = "this account" if len(accounts) == 1 else "any account of this login"
        raise CliError(f"No vehicle is linked to {where}.", exit_code=1)
    wanted = getattr(cli.args, "vin", None) or cli.store.get(VIN_KEY)
    if wanted:
        return match_vehicle(infos, wanted, cli.store)
    if len(infos) == 1:
        return infos[0]
    raise CliError("Several vehicles could be meant.", hint=_choices(infos))
