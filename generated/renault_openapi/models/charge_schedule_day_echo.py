from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeScheduleDayEcho")


@_attrs_define
class ChargeScheduleDayEcho:
    """One weekday of an echoed charge schedule slot (as `ChargeScheduleDay`, nothing enforced)."""

    start_time: str | Unset = UNSET
    """ Charge start time as echoed, UTC, `Thh:mmZ` so far (e.g. `T23:30Z`). """
    duration: int | Unset = UNSET
    """ Charge duration in minutes, as echoed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("startTime", UNSET)

        duration = d.pop("duration", UNSET)

        charge_schedule_day_echo = cls(
            start_time=start_time,
            duration=duration,
        )

        charge_schedule_day_echo.additional_properties = d
        return charge_schedule_day_echo

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
