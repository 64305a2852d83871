from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_charge_calendar import KcaChargeCalendar


T = TypeVar("T", bound="KcaChargeScheduleAttributes")


@_attrs_define
class KcaChargeScheduleAttributes:
    calendar: KcaChargeCalendar | Unset = UNSET
    """ Charge slots per weekday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar, Unset):
            calendar = self.calendar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calendar is not UNSET:
            field_dict["calendar"] = calendar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_charge_calendar import KcaChargeCalendar  # noqa: PLC0415

        d = dict(src_dict)
        _calendar = d.pop("calendar", UNSET)
        calendar: KcaChargeCalendar | Unset
        if isinstance(_calendar, Unset):
            calendar = UNSET
        else:
            calendar = KcaChargeCalendar.from_dict(_calendar)

        kca_charge_schedule_attributes = cls(
            calendar=calendar,
        )

        kca_charge_schedule_attributes.additional_properties = d
        return kca_charge_schedule_attributes

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
