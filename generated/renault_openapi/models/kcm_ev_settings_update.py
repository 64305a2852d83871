from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_kcm_charge_mode import KnownKcmChargeMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kcm_ev_program_update import KcmEvProgramUpdate


T = TypeVar("T", bound="KcmEvSettingsUpdate")


@_attrs_define
class KcmEvSettingsUpdate:
    """Body of POST `ev/settings`: the whole settings object as read, changed. Stricter than
    `KcmEvSettings`: known charge modes and program types only, `HH:MM` times.

    """

    charge_mode_rq: KnownKcmChargeMode
    """ KCM charge modes (`ALWAYS` = charge when plugged in, `SCHEDULED` = follow the charge window / programs). """
    programs: list[KcmEvProgramUpdate]
    """ All departure programs (the list replaces the stored one). """
    last_settings_update_timestamp: str | Unset = UNSET
    """ As read from `getKcmEvSettings` (sent back unchanged). """
    delegated_activated: bool | Unset = UNSET
    """ Charging delegated to a smart-charging service. """
    charge_time_start: str | Unset = UNSET
    """ Start of the charge window, `HH:MM`. """
    charge_duration: int | Unset = UNSET
    """ Length of the charge window in minutes. """
    preconditioning_temperature: float | Unset = UNSET
    """ Cabin temperature for preconditioning, °C. """
    preconditioning_heated_strg_wheel: bool | Unset = UNSET
    """ Heat the steering wheel. """
    preconditioning_heated_right_seat: bool | Unset = UNSET
    """ Heat the front right seat. """
    preconditioning_heated_left_seat: bool | Unset = UNSET
    """ Heat the front left seat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_mode_rq = self.charge_mode_rq.value

        programs = []
        for programs_item_data in self.programs:
            programs_item = programs_item_data.to_dict()
            programs.append(programs_item)

        last_settings_update_timestamp = self.last_settings_update_timestamp

        delegated_activated = self.delegated_activated

        charge_time_start = self.charge_time_start

        charge_duration = self.charge_duration

        preconditioning_temperature = self.preconditioning_temperature

        preconditioning_heated_strg_wheel = self.preconditioning_heated_strg_wheel

        preconditioning_heated_right_seat = self.preconditioning_heated_right_seat

        preconditioning_heated_left_seat = self.preconditioning_heated_left_seat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargeModeRq": charge_mode_rq,
                "programs": programs,
            }
        )
        if last_settings_update_timestamp is not UNSET:
            field_dict["lastSettingsUpdateTimestamp"] = last_settings_update_timestamp
        if delegated_activated is not UNSET:
            field_dict["delegatedActivated"] = delegated_activated
        if charge_time_start is not UNSET:
            field_dict["chargeTimeStart"] = charge_time_start
        if charge_duration is not UNSET:
            field_dict["chargeDuration"] = charge_duration
        if preconditioning_temperature is not UNSET:
            field_dict["preconditioningTemperature"] = preconditioning_temperature
        if preconditioning_heated_strg_wheel is not UNSET:
            field_dict["preconditioningHeatedStrgWheel"] = (
                preconditioning_heated_strg_wheel
            )
        if preconditioning_heated_right_seat is not UNSET:
            field_dict["preconditioningHeatedRightSeat"] = (
                preconditioning_heated_right_seat
            )
        if preconditioning_heated_left_seat is not UNSET:
            field_dict["preconditioningHeatedLeftSeat"] = (
                preconditioning_heated_left_seat
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kcm_ev_program_update import KcmEvProgramUpdate  # noqa: PLC0415

        d = dict(src_dict)
        charge_mode_rq = KnownKcmChargeMode(d.pop("chargeModeRq"))

        programs = []
        _programs = d.pop("programs")
        for programs_item_data in _programs:
            programs_item = KcmEvProgramUpdate.from_dict(programs_item_data)

            programs.append(programs_item)

        last_settings_update_timestamp = d.pop("lastSettingsUpdateTimestamp", UNSET)

        delegated_activated = d.pop("delegatedActivated", UNSET)

        charge_time_start = d.pop("chargeTimeStart", UNSET)

        charge_duration = d.pop("chargeDuration", UNSET)

        preconditioning_temperature = d.pop("preconditioningTemperature", UNSET)

        preconditioning_heated_strg_wheel = d.pop(
            "preconditioningHeatedStrgWheel", UNSET
        )

        preconditioning_heated_right_seat = d.pop(
            "preconditioningHeatedRightSeat", UNSET
        )

        preconditioning_heated_left_seat = d.pop("preconditioningHeatedLeftSeat", UNSET)

        kcm_ev_settings_update = cls(
            charge_mode_rq=charge_mode_rq,
            programs=programs,
            last_settings_update_timestamp=last_settings_update_timestamp,
            delegated_activated=delegated_activated,
            charge_time_start=charge_time_start,
            charge_duration=charge_duration,
            preconditioning_temperature=preconditioning_temperature,
            preconditioning_heated_strg_wheel=preconditioning_heated_strg_wheel,
            preconditioning_heated_right_seat=preconditioning_heated_right_seat,
            preconditioning_heated_left_seat=preconditioning_heated_left_seat,
        )

        kcm_ev_settings_update.additional_properties = d
        return kcm_ev_settings_update

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
