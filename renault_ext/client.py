"""RenaultClient: the entry point of the comfortable API.

async with RenaultClient(locale="fr_FR") as client:
    await client.session.login("me@example.com", "password")
    for account in await client.get_api_accounts():
        for vehicle in await account.get_api_vehicles():
            snapshot = await vehicle.refresh()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

from renault_ext.account import RenaultAccount
from renault_ext.errors import ResourceNotFoundError
from renault_ext.model_table import ModelTable, load_model_table
from renault_ext.session import RenaultSession


class RenaultClient:
    def __init__(
        self,
        session: RenaultSession | None = None,
        *,
        model_table: ModelTable | None = None,
        models_file: Path | None = None,
        **session_options: Any,
    ) -> None:
        self._session = session if session is not None else RenaultSession(**session_options)
        if model_table is None:
            model_table = load_model_table(models_file or self._session.settings.models_file)
        self._table = model_table

    def __repr__(self) -> str:
        return f"<RenaultClient {self._session!r}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._session.aclose()

    @property
    def session(self) -> RenaultSession:
        return self._session

    @property
    def model_table(self) -> ModelTable:
        return self._table

    async def get_person(self) -> Any:
        return await self._session.call("getPerson", person_id=await self._session.person_id())

    async def get_api_accounts(self) -> list[RenaultAccount]:
        person = await self.get_person()
        accounts = []
        for account in getattr(person, "accounts", None) or []:
            account_id = getattr(account, "account_id", None)
            if isinstance(account_id, str) and account_id:
                account_type = getattr(account, "account_type", None)
                accounts.append(
                    self._account(
                        account_id,
                        account_type=str(getattr(account_type, "value", account_type) or "")
                        or None,
                    )
                )
        if not accounts:
            # Typed like every other failure (was a bare ValueError; tests/reliability/test_fuzz.py).
            raise ResourceNotFoundError(
                "This person has no Kamereon account with an id.", operation="getPerson"
            )
        return accounts

    async def get_api_account(
        self, account_id: str, *, account_type: str | None = None
    ) -> RenaultAccount:
        """A proxy for ``account_id`` (no request). A coroutine although it sends nothing, as in
        renault-api, so code written for it runs unchanged."""
        return self._account(account_id, account_type=account_type)

    def _account(self, account_id: str, *, account_type: str | None = None) -> RenaultAccount:
        return RenaultAccount(
            self._session, account_id, model_table=self._table, account_type=account_type
        )
