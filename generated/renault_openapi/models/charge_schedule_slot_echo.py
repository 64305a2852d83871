from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_schedule_day_echo import ChargeScheduleDayEcho


T = TypeVar("T", bound="ChargeScheduleSlotEcho")


@_attrs_define
class ChargeScheduleSlotEcho:
    """One echoed charge schedule slot (as `ChargeScheduleSlot`, nothing required). A weekday
    that is absent or `null` has no charge window.

    """

    id: int | Unset = UNSET
    """ Slot number (1–5 seen). """
    activated: bool | Unset = UNSET
    """ Whether the slot is in use. """
    monday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Monday's charge window, or null for none. """
    tuesday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Tuesday's charge window, or null for none. """
    wednesday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Wednesday's charge window, or null for none. """
    thursday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Thursday's charge window, or null for none. """
    friday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Friday's charge window, or null for none. """
    saturday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Saturday's charge window, or null for none. """
    sunday: ChargeScheduleDayEcho | None | Unset = UNSET
    """ Sunday's charge window, or null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.charge_schedule_day_echo import ChargeScheduleDayEcho  # noqa: PLC0415

        id = self.id

        activated = self.activated

        monday: dict[str, Any] | None | Unset
        if isinstance(self.monday, Unset):
            monday = UNSET
        elif isinstance(self.monday, ChargeScheduleDayEcho):
            monday = self.monday.to_dict()
        else:
            monday = self.monday

        tuesday: dict[str, Any] | None | Unset
        if isinstance(self.tuesday, Unset):
            tuesday = UNSET
        elif isinstance(self.tuesday, ChargeScheduleDayEcho):
            tuesday = self.tuesday.to_dict()
        else:
            tuesday = self.tuesday

        wednesday: dict[str, Any] | None | Unset
        if isinstance(self.wednesday, Unset):
            wednesday = UNSET
        elif isinstance(self.wednesday, ChargeScheduleDayEcho):
            wednesday = self.wednesday.to_dict()
        else:
            wednesday = self.wednesday

        thursday: dict[str, Any] | None | Unset
        if isinstance(self.thursday, Unset):
            thursday = UNSET
        elif isinstance(self.thursday, ChargeScheduleDayEcho):
            thursday = self.thursday.to_dict()
        else:
            thursday = self.thursday

        friday: dict[str, Any] | None | Unset
        if isinstance(self.friday, Unset):
            friday = UNSET
        elif isinstance(self.friday, ChargeScheduleDayEcho):
            friday = self.friday.to_dict()
        else:
            friday = self.friday

        saturday: dict[str, Any] | None | Unset
        if isinstance(self.saturday, Unset):
            saturday = UNSET
        elif isinstance(self.saturday, ChargeScheduleDayEcho):
            saturday = self.saturday.to_dict()
        else:
            saturday = self.saturday

        sunday: dict[str, Any] | None | Unset
        if isinstance(self.sunday, Unset):
            sunday = UNSET
        elif isinstance(self.sunday, ChargeScheduleDayEcho):
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
        from ..models.charge_schedule_day_echo import ChargeScheduleDayEcho  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        activated = d.pop("activated", UNSET)

        def _parse_monday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return monday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        monday = _parse_monday(d.pop("monday", UNSET))

        def _parse_tuesday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tuesday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return tuesday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        tuesday = _parse_tuesday(d.pop("tuesday", UNSET))

        def _parse_wednesday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wednesday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return wednesday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        wednesday = _parse_wednesday(d.pop("wednesday", UNSET))

        def _parse_thursday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thursday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return thursday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        thursday = _parse_thursday(d.pop("thursday", UNSET))

        def _parse_friday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                friday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return friday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        friday = _parse_friday(d.pop("friday", UNSET))

        def _parse_saturday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                saturday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return saturday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        saturday = _parse_saturday(d.pop("saturday", UNSET))

        def _parse_sunday(data: object) -> ChargeScheduleDayEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sunday_type_0 = ChargeScheduleDayEcho.from_dict(data)

                return sunday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargeScheduleDayEcho | None | Unset, data)

        sunday = _parse_sunday(d.pop("sunday", UNSET))

        charge_schedule_slot_echo = cls(
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

        charge_schedule_slot_echo.additional_properties = d
        return charge_schedule_slot_echo

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
