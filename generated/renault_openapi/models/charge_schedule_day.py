from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChargeScheduleDay")


@_attrs_define
class ChargeScheduleDay:
    """One weekday of a charge schedule slot."""

    start_time: str
    """ Charge start time, UTC, `Thh:mmZ` (e.g. `T23:30Z`). Quarter hours in the apps; other minutes occur. """
    duration: int
    """ Charge duration in minutes (multiples of 15 in the apps; 15–480 seen). The end may fall on the next day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("startTime")

        duration = d.pop("duration")

        charge_schedule_day = cls(
            start_time=start_time,
            duration=duration,
        )

        charge_schedule_day.additional_properties = d
        return charge_schedule_day

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
