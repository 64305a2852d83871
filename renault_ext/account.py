"""RenaultAccount: one Kamereon account (MyRenault, SFDC…) and its vehicles."""

from __future__ import annotations

from typing import Any

from renault_ext import details as vehicle_details
from renault_ext.model_table import ModelTable
from renault_ext.session import RenaultSession
from renault_ext.validation import validate_account_id
from renault_ext.vehicle import RenaultVehicle


class RenaultAccount:
    def __init__(
        self,
        session: RenaultSession,
        account_id: str,
        *,
        model_table: ModelTable,
        account_type: str | None = None,
    ) -> None:
        account_id = validate_account_id(account_id)  # before any request (tests/reliability)
        self._session = session
        self._account_id = account_id
        self._table = model_table
        self.account_type = account_type
        session.redactor.add_secret(account_id, "account_id")

    def __repr__(self) -> str:
        return f"<RenaultAccount type={self.account_type}>"

    @property
    def session(self) -> RenaultSession:
        return self._session

    @property
    def account_id(self) -> str:
        return self._account_id

    async def get_vehicles(self) -> Any:
        """The raw vehicles document (``vehicleLinks`` with embedded details)."""
        return await self._session.call("getAccountVehicles", account_id=self._account_id)

    async def get_api_vehicles(self) -> list[RenaultVehicle]:
        """One proxy per linked vehicle, pre-filled with its details (no extra call later)."""
        document = await self.get_vehicles()
        vehicles = []
        for link in getattr(document, "vehicle_links", None) or []:
            vin = getattr(link, "vin", None)
            if not isinstance(vin, str) or not vin:
                continue
            details = getattr(link, "vehicle_details", None)
            vehicles.append(
                self._vehicle(vin, details=details if hasattr(details, "to_dict") else None)
            )
        return vehicles

    async def get_api_vehicle(self, vin: str, *, details: Any = None) -> RenaultVehicle:
        """A proxy for ``vin`` (no request; details are fetched when routing needs them).

        A coroutine although it sends nothing, as in renault-api, so code written for it runs
        unchanged.
        """
        return self._vehicle(vin, details=details)

    def _vehicle(self, vin: str, *, details: Any = None) -> RenaultVehicle:
        return RenaultVehicle(
            self._session, self._account_id, vin, details=details, model_table=self._table
        )

    @staticmethod
    def describe_vehicle(vehicle_link: Any) -> dict[str, str | None]:
        details = getattr(vehicle_link, "vehicle_details", None)
        return {
            "model_code": vehicle_details.model_code(details),
            "model": vehicle_details.model_label(details),
            "brand": vehicle_details.brand_label(details),
        }
