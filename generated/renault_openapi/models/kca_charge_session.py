from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaChargeSession")


@_attrs_define
class KcaChargeSession:
    charge_start_date: str | Unset = UNSET
    """ Session start, ISO 8601. """
    charge_end_date: str | Unset = UNSET
    """ Session end, ISO 8601. """
    charge_duration: float | Unset = UNSET
    """ Session length; **minutes on ZOE phase 1 (X101VE / gateway GDC), seconds elsewhere**. """
    charge_start_battery_level: int | Unset = UNSET
    """ State of charge at start, %. """
    charge_end_battery_level: int | Unset = UNSET
    """ State of charge at end, %. """
    charge_battery_level_recovered: int | Unset = UNSET
    """ State of charge gained, percentage points. """
    charge_energy_recovered: float | Unset = UNSET
    """ Energy gained, kWh. """
    charge_power: str | Unset = UNSET
    """ Charging power class (informal). """
    charge_start_instantaneous_power: float | Unset = UNSET
    """ Charging power at the start of the session, W. """
    charge_end_status: str | Unset = UNSET
    """ How the session ended (ZOE phase 2 reports `error` for normal sessions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_start_date = self.charge_start_date

        charge_end_date = self.charge_end_date

        charge_duration = self.charge_duration

        charge_start_battery_level = self.charge_start_battery_level

        charge_end_battery_level = self.charge_end_battery_level

        charge_battery_level_recovered = self.charge_battery_level_recovered

        charge_energy_recovered = self.charge_energy_recovered

        charge_power = self.charge_power

        charge_start_instantaneous_power = self.charge_start_instantaneous_power

        charge_end_status = self.charge_end_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_start_date is not UNSET:
            field_dict["chargeStartDate"] = charge_start_date
        if charge_end_date is not UNSET:
            field_dict["chargeEndDate"] = charge_end_date
        if charge_duration is not UNSET:
            field_dict["chargeDuration"] = charge_duration
        if charge_start_battery_level is not UNSET:
            field_dict["chargeStartBatteryLevel"] = charge_start_battery_level
        if charge_end_battery_level is not UNSET:
            field_dict["chargeEndBatteryLevel"] = charge_end_battery_level
        if charge_battery_level_recovered is not UNSET:
            field_dict["chargeBatteryLevelRecovered"] = charge_battery_level_recovered
        if charge_energy_recovered is not UNSET:
            field_dict["chargeEnergyRecovered"] = charge_energy_recovered
        if charge_power is not UNSET:
            field_dict["chargePower"] = charge_power
        if charge_start_instantaneous_power is not UNSET:
            field_dict["chargeStartInstantaneousPower"] = (
                charge_start_instantaneous_power
            )
        if charge_end_status is not UNSET:
            field_dict["chargeEndStatus"] = charge_end_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charge_start_date = d.pop("chargeStartDate", UNSET)

        charge_end_date = d.pop("chargeEndDate", UNSET)

        charge_duration = d.pop("chargeDuration", UNSET)

        charge_start_battery_level = d.pop("chargeStartBatteryLevel", UNSET)

        charge_end_battery_level = d.pop("chargeEndBatteryLevel", UNSET)

        charge_battery_level_recovered = d.pop("chargeBatteryLevelRecovered", UNSET)

        charge_energy_recovered = d.pop("chargeEnergyRecovered", UNSET)

        charge_power = d.pop("chargePower", UNSET)

        charge_start_instantaneous_power = d.pop("chargeStartInstantaneousPower", UNSET)

        charge_end_status = d.pop("chargeEndStatus", UNSET)

        kca_charge_session = cls(
            charge_start_date=charge_start_date,
            charge_end_date=charge_end_date,
            charge_duration=charge_duration,
            charge_start_battery_level=charge_start_battery_level,
            charge_end_battery_level=charge_end_battery_level,
            charge_battery_level_recovered=charge_battery_level_recovered,
            charge_energy_recovered=charge_energy_recovered,
            charge_power=charge_power,
            charge_start_instantaneous_power=charge_start_instantaneous_power,
            charge_end_status=charge_end_status,
        )

        kca_charge_session.additional_properties = d
        return kca_charge_session

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
