from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HvacScheduleDayEcho")


@_attrs_define
class HvacScheduleDayEcho:
    """One weekday of an echoed HVAC schedule slot (as `HvacScheduleDay`, nothing enforced)."""

    ready_at_time: str | Unset = UNSET
    """ Time at which the cabin should be ready, as echoed, UTC, `Thh:mmZ` so far (e.g. `T20:45Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready_at_time = self.ready_at_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ready_at_time is not UNSET:
            field_dict["readyAtTime"] = ready_at_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ready_at_time = d.pop("readyAtTime", UNSET)

        hvac_schedule_day_echo = cls(
            ready_at_time=ready_at_time,
        )

        hvac_schedule_day_echo.additional_properties = d
        return hvac_schedule_day_echo

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
