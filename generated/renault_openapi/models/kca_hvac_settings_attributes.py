from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_hvac_settings_schedule import KcaHvacSettingsSchedule


T = TypeVar("T", bound="KcaHvacSettingsAttributes")


@_attrs_define
class KcaHvacSettingsAttributes:
    date_time: str | Unset = UNSET
    """ Time of the last settings change, ISO 8601. """
    mode: str | Unset = UNSET
    """ HVAC programming mode (informal set). """
    schedules: list[KcaHvacSettingsSchedule] | Unset = UNSET
    """ Up to five schedules (ids 1-5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time = self.date_time

        mode = self.mode

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if mode is not UNSET:
            field_dict["mode"] = mode
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_hvac_settings_schedule import KcaHvacSettingsSchedule  # noqa: PLC0415

        d = dict(src_dict)
        date_time = d.pop("dateTime", UNSET)

        mode = d.pop("mode", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[KcaHvacSettingsSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = KcaHvacSettingsSchedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        kca_hvac_settings_attributes = cls(
            date_time=date_time,
            mode=mode,
            schedules=schedules,
        )

        kca_hvac_settings_attributes.additional_properties = d
        return kca_hvac_settings_attributes

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
