from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaCockpitAttributes")


@_attrs_define
class KcaCockpitAttributes:
    total_mileage: float | Unset = UNSET
    """ Odometer, km (may be fractional). """
    fuel_autonomy: float | Unset = UNSET
    """ Estimated fuel range, km (0 or absent on electric vehicles). """
    fuel_quantity: float | Unset = UNSET
    """ Fuel in the tank, litres (0 or absent on electric vehicles). """
    timestamp: str | Unset = UNSET
    """ When the car reported these values, ISO 8601 (Renault 5, 2026). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_mileage = self.total_mileage

        fuel_autonomy = self.fuel_autonomy

        fuel_quantity = self.fuel_quantity

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_mileage is not UNSET:
            field_dict["totalMileage"] = total_mileage
        if fuel_autonomy is not UNSET:
            field_dict["fuelAutonomy"] = fuel_autonomy
        if fuel_quantity is not UNSET:
            field_dict["fuelQuantity"] = fuel_quantity
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_mileage = d.pop("totalMileage", UNSET)

        fuel_autonomy = d.pop("fuelAutonomy", UNSET)

        fuel_quantity = d.pop("fuelQuantity", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        kca_cockpit_attributes = cls(
            total_mileage=total_mileage,
            fuel_autonomy=fuel_autonomy,
            fuel_quantity=fuel_quantity,
            timestamp=timestamp,
        )

        kca_cockpit_attributes.additional_properties = d
        return kca_cockpit_attributes

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
