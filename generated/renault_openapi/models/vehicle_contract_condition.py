from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleContractCondition")


@_attrs_define
class VehicleContractCondition:
    """Coverage condition of a contract."""

    start_date: str | Unset = UNSET
    """ Start of coverage, `YYYY-MM-DD`. """
    end_date: str | Unset = UNSET
    """ End of coverage, `YYYY-MM-DD`. """
    unlimited_mileage: bool | Unset = UNSET
    """ Whether mileage is unlimited. """
    maximum_mileage: float | Unset = UNSET
    """ Maximum covered mileage, in `mileageUnit` (km). """
    mileage_unit: str | Unset = UNSET
    """ Unit of `maximumMileage` (`km` or `Km`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        unlimited_mileage = self.unlimited_mileage

        maximum_mileage = self.maximum_mileage

        mileage_unit = self.mileage_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if unlimited_mileage is not UNSET:
            field_dict["unlimitedMileage"] = unlimited_mileage
        if maximum_mileage is not UNSET:
            field_dict["maximumMileage"] = maximum_mileage
        if mileage_unit is not UNSET:
            field_dict["mileageUnit"] = mileage_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        unlimited_mileage = d.pop("unlimitedMileage", UNSET)

        maximum_mileage = d.pop("maximumMileage", UNSET)

        mileage_unit = d.pop("mileageUnit", UNSET)

        vehicle_contract_condition = cls(
            start_date=start_date,
            end_date=end_date,
            unlimited_mileage=unlimited_mileage,
            maximum_mileage=maximum_mileage,
            mileage_unit=mileage_unit,
        )

        vehicle_contract_condition.additional_properties = d
        return vehicle_contract_condition

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
