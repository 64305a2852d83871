from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleLinkDealer")


@_attrs_define
class VehicleLinkDealer:
    """A dealer attached to the vehicle link."""

    dealer_id: str | Unset = UNSET
    """ Dealer id (`<number>_<site>`). """
    dealer_name: str | Unset = UNSET
    """ Dealer name. """
    brand: str | Unset = UNSET
    """ Dealer brand. """
    created_date: str | Unset = UNSET
    """ Creation timestamp (ISO 8601; malformed values were seen). """
    last_modified_date: str | Unset = UNSET
    """ Last modification timestamp (ISO 8601; malformed values were seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dealer_id = self.dealer_id

        dealer_name = self.dealer_name

        brand = self.brand

        created_date = self.created_date

        last_modified_date = self.last_modified_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dealer_id is not UNSET:
            field_dict["dealerId"] = dealer_id
        if dealer_name is not UNSET:
            field_dict["dealerName"] = dealer_name
        if brand is not UNSET:
            field_dict["brand"] = brand
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dealer_id = d.pop("dealerId", UNSET)

        dealer_name = d.pop("dealerName", UNSET)

        brand = d.pop("brand", UNSET)

        created_date = d.pop("createdDate", UNSET)

        last_modified_date = d.pop("lastModifiedDate", UNSET)

        vehicle_link_dealer = cls(
            dealer_id=dealer_id,
            dealer_name=dealer_name,
            brand=brand,
            created_date=created_date,
            last_modified_date=last_modified_date,
        )

        vehicle_link_dealer.additional_properties = d
        return vehicle_link_dealer

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
