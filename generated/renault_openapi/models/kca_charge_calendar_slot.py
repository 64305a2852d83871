from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaChargeCalendarSlot")


@_attrs_define
class KcaChargeCalendarSlot:
    start_time: str | Unset = UNSET
    """ Start time `HHMM` (no `T`, no `Z`; e.g. `"2300"`), time zone not established. """
    duration: int | Unset = UNSET
    """ Slot length, minutes. """
    activation_state: bool | Unset = UNSET
    """ Whether the slot is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        duration = self.duration

        activation_state = self.activation_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if activation_state is not UNSET:
            field_dict["activationState"] = activation_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("startTime", UNSET)

        duration = d.pop("duration", UNSET)

        activation_state = d.pop("activationState", UNSET)

        kca_charge_calendar_slot = cls(
            start_time=start_time,
            duration=duration,
            activation_state=activation_state,
        )

        kca_charge_calendar_slot.additional_properties = d
        return kca_charge_calendar_slot

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
