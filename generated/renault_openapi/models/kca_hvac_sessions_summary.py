from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaHvacSessionsSummary")


@_attrs_define
class KcaHvacSessionsSummary:
    day: str | Unset = UNSET
    """ The day, `YYYYMMDD` (with `type=day`). """
    month: str | Unset = UNSET
    """ The month, `YYYYMM` (with `type=month`). """
    total_hvac_sessions_number: int | Unset = UNSET
    """ Number of pre-conditioning sessions. """
    total_hvac_sessions_errors: int | Unset = UNSET
    """ Number of sessions that ended in error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        month = self.month

        total_hvac_sessions_number = self.total_hvac_sessions_number

        total_hvac_sessions_errors = self.total_hvac_sessions_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if month is not UNSET:
            field_dict["month"] = month
        if total_hvac_sessions_number is not UNSET:
            field_dict["totalHvacSessionsNumber"] = total_hvac_sessions_number
        if total_hvac_sessions_errors is not UNSET:
            field_dict["totalHvacSessionsErrors"] = total_hvac_sessions_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("day", UNSET)

        month = d.pop("month", UNSET)

        total_hvac_sessions_number = d.pop("totalHvacSessionsNumber", UNSET)

        total_hvac_sessions_errors = d.pop("totalHvacSessionsErrors", UNSET)

        kca_hvac_sessions_summary = cls(
            day=day,
            month=month,
            total_hvac_sessions_number=total_hvac_sessions_number,
            total_hvac_sessions_errors=total_hvac_sessions_errors,
        )

        kca_hvac_sessions_summary.additional_properties = d
        return kca_hvac_sessions_summary

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
