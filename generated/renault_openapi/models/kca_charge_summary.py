from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaChargeSummary")


@_attrs_define
class KcaChargeSummary:
    day: str | Unset = UNSET
    """ The day, `YYYYMMDD` (with `type=day`). """
    month: str | Unset = UNSET
    """ The month, `YYYYMM` (with `type=month`). """
    total_charges_number: int | Unset = UNSET
    """ Number of charging sessions. """
    total_charges_duration: float | Unset = UNSET
    """ Total charging time, minutes. """
    total_charges_errors: int | Unset = UNSET
    """ Number of sessions that ended in error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        month = self.month

        total_charges_number = self.total_charges_number

        total_charges_duration = self.total_charges_duration

        total_charges_errors = self.total_charges_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if month is not UNSET:
            field_dict["month"] = month
        if total_charges_number is not UNSET:
            field_dict["totalChargesNumber"] = total_charges_number
        if total_charges_duration is not UNSET:
            field_dict["totalChargesDuration"] = total_charges_duration
        if total_charges_errors is not UNSET:
            field_dict["totalChargesErrors"] = total_charges_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("day", UNSET)

        month = d.pop("month", UNSET)

        total_charges_number = d.pop("totalChargesNumber", UNSET)

        total_charges_duration = d.pop("totalChargesDuration", UNSET)

        total_charges_errors = d.pop("totalChargesErrors", UNSET)

        kca_charge_summary = cls(
            day=day,
            month=month,
            total_charges_number=total_charges_number,
            total_charges_duration=total_charges_duration,
            total_charges_errors=total_charges_errors,
        )

        kca_charge_summary.additional_properties = d
        return kca_charge_summary

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
