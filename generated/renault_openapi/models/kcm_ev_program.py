from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_kcm_program_type import KnownKcmProgramType
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcmEvProgram")


@_attrs_define
class KcmEvProgram:
    """One departure program of the KCM settings."""

    program_activation_status: bool | Unset = UNSET
    """ Whether the program is active (setting all to false starts an immediate charge). """
    program_type: KnownKcmProgramType | str | Unset = UNSET
    """ What the program prepares for the departure time. """
    program_departure_time: str | Unset = UNSET
    """ Departure time, `HH:MM` (time zone not established). """
    program_activation_monday: bool | Unset = UNSET
    """ Program applies on Mondays. """
    program_activation_tuesday: bool | Unset = UNSET
    """ Program applies on Tuesdays. """
    program_activation_wednesday: bool | Unset = UNSET
    """ Program applies on Wednesdays. """
    program_activation_thursday: bool | Unset = UNSET
    """ Program applies on Thursdays. """
    program_activation_friday: bool | Unset = UNSET
    """ Program applies on Fridays. """
    program_activation_saturday: bool | Unset = UNSET
    """ Program applies on Saturdays. """
    program_activation_sunday: bool | Unset = UNSET
    """ Program applies on Sundays. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_activation_status = self.program_activation_status

        program_type: str | Unset
        if isinstance(self.program_type, Unset):
            program_type = UNSET
        elif isinstance(self.program_type, KnownKcmProgramType):
            program_type = self.program_type.value
        else:
            program_type = self.program_type

        program_departure_time = self.program_departure_time

        program_activation_monday = self.program_activation_monday

        program_activation_tuesday = self.program_activation_tuesday

        program_activation_wednesday = self.program_activation_wednesday

        program_activation_thursday = self.program_activation_thursday

        program_activation_friday = self.program_activation_friday

        program_activation_saturday = self.program_activation_saturday

        program_activation_sunday = self.program_activation_sunday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_activation_status is not UNSET:
            field_dict["programActivationStatus"] = program_activation_status
        if program_type is not UNSET:
            field_dict["programType"] = program_type
        if program_departure_time is not UNSET:
            field_dict["programDepartureTime"] = program_departure_time
        if program_activation_monday is not UNSET:
            field_dict["programActivationMonday"] = program_activation_monday
        if program_activation_tuesday is not UNSET:
            field_dict["programActivationTuesday"] = program_activation_tuesday
        if program_activation_wednesday is not UNSET:
            field_dict["programActivationWednesday"] = program_activation_wednesday
        if program_activation_thursday is not UNSET:
            field_dict["programActivationThursday"] = program_activation_thursday
        if program_activation_friday is not UNSET:
            field_dict["programActivationFriday"] = program_activation_friday
        if program_activation_saturday is not UNSET:
            field_dict["programActivationSaturday"] = program_activation_saturday
        if program_activation_sunday is not UNSET:
            field_dict["programActivationSunday"] = program_activation_sunday

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program_activation_status = d.pop("programActivationStatus", UNSET)

        def _parse_program_type(data: object) -> KnownKcmProgramType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                program_type_type_0 = KnownKcmProgramType(data)

                return program_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownKcmProgramType | str | Unset, data)

        program_type = _parse_program_type(d.pop("programType", UNSET))

        program_departure_time = d.pop("programDepartureTime", UNSET)

        program_activation_monday = d.pop("programActivationMonday", UNSET)

        program_activation_tuesday = d.pop("programActivationTuesday", UNSET)

        program_activation_wednesday = d.pop("programActivationWednesday", UNSET)

        program_activation_thursday = d.pop("programActivationThursday", UNSET)

        program_activation_friday = d.pop("programActivationFriday", UNSET)

        program_activation_saturday = d.pop("programActivationSaturday", UNSET)

        program_activation_sunday = d.pop("programActivationSunday", UNSET)

        kcm_ev_program = cls(
            program_activation_status=program_activation_status,
            program_type=program_type,
            program_departure_time=program_departure_time,
            program_activation_monday=program_activation_monday,
            program_activation_tuesday=program_activation_tuesday,
            program_activation_wednesday=program_activation_wednesday,
            program_activation_thursday=program_activation_thursday,
            program_activation_friday=program_activation_friday,
            program_activation_saturday=program_activation_saturday,
            program_activation_sunday=program_activation_sunday,
        )

        kcm_ev_program.additional_properties = d
        return kcm_ev_program

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
