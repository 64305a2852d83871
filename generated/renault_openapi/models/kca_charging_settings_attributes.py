from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_charging_settings_mode import KnownChargingSettingsMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_charging_settings_schedule import KcaChargingSettingsSchedule


T = TypeVar("T", bound="KcaChargingSettingsAttributes")


@_attrs_define
class KcaChargingSettingsAttributes:
    date_time: str | Unset = UNSET
    """ Time of the last settings change, ISO 8601. """
    mode: KnownChargingSettingsMode | str | Unset = UNSET
    """ Charge mode (open set). """
    start_date_time: str | Unset = UNSET
    """ Start of the delayed charge, ISO 8601 UTC (mode `delayed`). """
    delay: float | Unset = UNSET
    """ Delay of a delayed charge (300 seen; unit not established, probably minutes). """
    schedules: list[KcaChargingSettingsSchedule] | Unset = UNSET
    """ Up to five schedules (ids 1-5); empty in mode `always`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time = self.date_time

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, KnownChargingSettingsMode):
            mode = self.mode.value
        else:
            mode = self.mode

        start_date_time = self.start_date_time

        delay = self.delay

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
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if delay is not UNSET:
            field_dict["delay"] = delay
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_charging_settings_schedule import KcaChargingSettingsSchedule  # noqa: PLC0415

        d = dict(src_dict)
        date_time = d.pop("dateTime", UNSET)

        def _parse_mode(data: object) -> KnownChargingSettingsMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = KnownChargingSettingsMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownChargingSettingsMode | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        start_date_time = d.pop("startDateTime", UNSET)

        delay = d.pop("delay", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[KcaChargingSettingsSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = KcaChargingSettingsSchedule.from_dict(
                    schedules_item_data
                )

                schedules.append(schedules_item)

        kca_charging_settings_attributes = cls(
            date_time=date_time,
            mode=mode,
            start_date_time=start_date_time,
            delay=delay,
            schedules=schedules,
        )

        kca_charging_settings_attributes.additional_properties = d
        return kca_charging_settings_attributes

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
