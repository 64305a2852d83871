from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_kcm_charge_mode import KnownKcmChargeMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kcm_ev_program import KcmEvProgram


T = TypeVar("T", bound="KcmEvSettings")


@_attrs_define
class KcmEvSettings:
    """KCM charge and preconditioning settings, flat (no JSON:API wrapper)."""

    last_settings_update_timestamp: str | Unset = UNSET
    """ Last change of the settings, ISO 8601 UTC with milli- or microseconds (e.g. `2025-04-24T12:17:12.247Z`). """
    delegated_activated: bool | Unset = UNSET
    """ Charging is delegated to a smart-charging service (Mobilize Smart Charge). """
    charge_mode_rq: KnownKcmChargeMode | str | Unset = UNSET
    """ Requested charge mode. """
    charge_time_start: str | Unset = UNSET
    """ Start of the charge window, `HH:MM` (time zone not established; `00:00` when unused). """
    charge_duration: int | Unset = UNSET
    """ Length of the charge window in minutes (CLI label; 9000 is common and looks like a placeholder). """
    preconditioning_temperature: float | Unset = UNSET
    """ Cabin temperature for preconditioning, °C (captures show 19 and 20.0). """
    preconditioning_heated_strg_wheel: bool | Unset = UNSET
    """ Heat the steering wheel during preconditioning. """
    preconditioning_heated_right_seat: bool | Unset = UNSET
    """ Heat the front right seat during preconditioning. """
    preconditioning_heated_left_seat: bool | Unset = UNSET
    """ Heat the front left seat during preconditioning. """
    programs: list[KcmEvProgram] | Unset = UNSET
    """ Departure programs (empty when none is defined). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_settings_update_timestamp = self.last_settings_update_timestamp

        delegated_activated = self.delegated_activated

        charge_mode_rq: str | Unset
        if isinstance(self.charge_mode_rq, Unset):
            charge_mode_rq = UNSET
        elif isinstance(self.charge_mode_rq, KnownKcmChargeMode):
            charge_mode_rq = self.charge_mode_rq.value
        else:
            charge_mode_rq = self.charge_mode_rq

        charge_time_start = self.charge_time_start

        charge_duration = self.charge_duration

        preconditioning_temperature = self.preconditioning_temperature

        preconditioning_heated_strg_wheel = self.preconditioning_heated_strg_wheel

        preconditioning_heated_right_seat = self.preconditioning_heated_right_seat

        preconditioning_heated_left_seat = self.preconditioning_heated_left_seat

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_settings_update_timestamp is not UNSET:
            field_dict["lastSettingsUpdateTimestamp"] = last_settings_update_timestamp
        if delegated_activated is not UNSET:
            field_dict["delegatedActivated"] = delegated_activated
        if charge_mode_rq is not UNSET:
            field_dict["chargeModeRq"] = charge_mode_rq
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
        if programs is not UNSET:
            field_dict["programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kcm_ev_program import KcmEvProgram  # noqa: PLC0415

        d = dict(src_dict)
        last_settings_update_timestamp = d.pop("lastSettingsUpdateTimestamp", UNSET)

        delegated_activated = d.pop("delegatedActivated", UNSET)

        def _parse_charge_mode_rq(data: object) -> KnownKcmChargeMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                charge_mode_rq_type_0 = KnownKcmChargeMode(data)

                return charge_mode_rq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownKcmChargeMode | str | Unset, data)

        charge_mode_rq = _parse_charge_mode_rq(d.pop("chargeModeRq", UNSET))

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

        _programs = d.pop("programs", UNSET)
        programs: list[KcmEvProgram] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = KcmEvProgram.from_dict(programs_item_data)

                programs.append(programs_item)

        kcm_ev_settings = cls(
            last_settings_update_timestamp=last_settings_update_timestamp,
            delegated_activated=delegated_activated,
            charge_mode_rq=charge_mode_rq,
            charge_time_start=charge_time_start,
            charge_duration=charge_duration,
            preconditioning_temperature=preconditioning_temperature,
            preconditioning_heated_strg_wheel=preconditioning_heated_strg_wheel,
            preconditioning_heated_right_seat=preconditioning_heated_right_seat,
            preconditioning_heated_left_seat=preconditioning_heated_left_seat,
            programs=programs,
        )

        kcm_ev_settings.additional_properties = d
        return kcm_ev_settings

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
