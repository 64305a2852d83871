from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_charging_settings_day import KcaChargingSettingsDay


T = TypeVar("T", bound="KcaChargingSettingsSchedule")


@_attrs_define
class KcaChargingSettingsSchedule:
    id: int | Unset = UNSET
    """ Schedule slot, 1-5. """
    activated: bool | Unset = UNSET
    """ Whether this schedule is active. """
    monday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    tuesday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    wednesday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    thursday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    friday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    saturday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    sunday: KcaChargingSettingsDay | None | Unset = UNSET
    """ Charge window on this weekday; absent or null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kca_charging_settings_day import KcaChargingSettingsDay  # noqa: PLC0415

        id = self.id

        activated = self.activated

        monday: dict[str, Any] | None | Unset
        if isinstance(self.monday, Unset):
            monday = UNSET
        elif isinstance(self.monday, KcaChargingSettingsDay):
            monday = self.monday.to_dict()
        else:
            monday = self.monday

        tuesday: dict[str, Any] | None | Unset
        if isinstance(self.tuesday, Unset):
            tuesday = UNSET
        elif isinstance(self.tuesday, KcaChargingSettingsDay):
            tuesday = self.tuesday.to_dict()
        else:
            tuesday = self.tuesday

        wednesday: dict[str, Any] | None | Unset
        if isinstance(self.wednesday, Unset):
            wednesday = UNSET
        elif isinstance(self.wednesday, KcaChargingSettingsDay):
            wednesday = self.wednesday.to_dict()
        else:
            wednesday = self.wednesday

        thursday: dict[str, Any] | None | Unset
        if isinstance(self.thursday, Unset):
            thursday = UNSET
        elif isinstance(self.thursday, KcaChargingSettingsDay):
            thursday = self.thursday.to_dict()
        else:
            thursday = self.thursday

        friday: dict[str, Any] | None | Unset
        if isinstance(self.friday, Unset):
            friday = UNSET
        elif isinstance(self.friday, KcaChargingSettingsDay):
            friday = self.friday.to_dict()
        else:
            friday = self.friday

        saturday: dict[str, Any] | None | Unset
        if isinstance(self.saturday, Unset):
            saturday = UNSET
        elif isinstance(self.saturday, KcaChargingSettingsDay):
            saturday = self.saturday.to_dict()
        else:
            saturday = self.saturday

        sunday: dict[str, Any] | None | Unset
        if isinstance(self.sunday, Unset):
            sunday = UNSET
        elif isinstance(self.sunday, KcaChargingSettingsDay):
            sunday = self.sunday.to_dict()
        else:
            sunday = self.sunday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if monday is not UNSET:
            field_dict["monday"] = monday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if friday is not UNSET:
            field_dict["friday"] = friday
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_charging_settings_day import KcaChargingSettingsDay  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        activated = d.pop("activated", UNSET)

        def _parse_monday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return monday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        monday = _parse_monday(d.pop("monday", UNSET))

        def _parse_tuesday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tuesday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return tuesday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        tuesday = _parse_tuesday(d.pop("tuesday", UNSET))

        def _parse_wednesday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wednesday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return wednesday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        wednesday = _parse_wednesday(d.pop("wednesday", UNSET))

        def _parse_thursday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thursday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return thursday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        thursday = _parse_thursday(d.pop("thursday", UNSET))

        def _parse_friday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                friday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return friday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        friday = _parse_friday(d.pop("friday", UNSET))

        def _parse_saturday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                saturday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return saturday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        saturday = _parse_saturday(d.pop("saturday", UNSET))

        def _parse_sunday(data: object) -> KcaChargingSettingsDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sunday_type_0 = KcaChargingSettingsDay.from_dict(data)

                return sunday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KcaChargingSettingsDay | None | Unset, data)

        sunday = _parse_sunday(d.pop("sunday", UNSET))

        kca_charging_settings_schedule = cls(
            id=id,
            activated=activated,
            monday=monday,
            tuesday=tuesday,
            wednesday=wednesday,
            thursday=thursday,
            friday=friday,
            saturday=saturday,
            sunday=sunday,
        )

        kca_charging_settings_schedule.additional_properties = d
        return kca_charging_settings_schedule

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
