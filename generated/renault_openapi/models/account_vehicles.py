from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_link import VehicleLink


T = TypeVar("T", bound="AccountVehicles")


@_attrs_define
class AccountVehicles:
    """Vehicles linked to one account."""

    account_id: str | Unset = UNSET
    """ The account id of the request. """
    country: str | Unset = UNSET
    """ Two-letter country code of the account. """
    vehicle_links: list[VehicleLink] | Unset = UNSET
    """ One entry per linked vehicle; empty for accounts without cars. """
    active_orders: Any | Unset = UNSET
    """ Pending vehicle orders (only `null` seen; shape unknown). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        country = self.country

        vehicle_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vehicle_links, Unset):
            vehicle_links = []
            for vehicle_links_item_data in self.vehicle_links:
                vehicle_links_item = vehicle_links_item_data.to_dict()
                vehicle_links.append(vehicle_links_item)

        active_orders = self.active_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if country is not UNSET:
            field_dict["country"] = country
        if vehicle_links is not UNSET:
            field_dict["vehicleLinks"] = vehicle_links
        if active_orders is not UNSET:
            field_dict["activeOrders"] = active_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_link import VehicleLink  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        country = d.pop("country", UNSET)

        _vehicle_links = d.pop("vehicleLinks", UNSET)
        vehicle_links: list[VehicleLink] | Unset = UNSET
        if _vehicle_links is not UNSET:
            vehicle_links = []
            for vehicle_links_item_data in _vehicle_links:
                vehicle_links_item = VehicleLink.from_dict(vehicle_links_item_data)

                vehicle_links.append(vehicle_links_item)

        active_orders = d.pop("activeOrders", UNSET)

        account_vehicles = cls(
            account_id=account_id,
            country=country,
            vehicle_links=vehicle_links,
            active_orders=active_orders,
        )

        account_vehicles.additional_properties = d
        return account_vehicles

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
