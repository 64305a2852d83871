from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaHvacSettingsDay")


@_attrs_define
class KcaHvacSettingsDay:
    ready_at_time: str | Unset = UNSET
    """ Time at which the cabin should be ready, `Thh:mmZ` (UTC, e.g. `T15:15Z`). """
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

        kca_hvac_settings_day = cls(
            ready_at_time=ready_at_time,
        )

        kca_hvac_settings_day.additional_properties = d
        return kca_hvac_settings_day

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
