from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_plug_status import KnownPlugStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaBatteryStatusAttributes")


@_attrs_define
class KcaBatteryStatusAttributes:
    timestamp: str | Unset = UNSET
    """ When the car reported these values, ISO 8601 (`Z` or an offset such as `+01:00`). """
    battery_level: int | Unset = UNSET
    """ State of charge, %. """
    battery_temperature: float | Unset = UNSET
    """ Battery temperature, °C (not always present; wrong on ZOE phase 2). """
    battery_autonomy: int | Unset = UNSET
    """ Estimated electric range, km. """
    battery_capacity: float | Unset = UNSET
    """ Battery capacity, kWh; always 0 in practice. """
    battery_available_energy: float | Unset = UNSET
    """ Energy left in the battery, kWh; 0 means unknown. """
    plug_status: int | KnownPlugStatus | Unset = UNSET
    """ Plug state (open integer code; 3 has been seen on a Spring). """
    charging_status: float | Unset = UNSET
    """ Charge state (float code): 0.0 not charging, 0.1 waiting for a planned charge, 0.2 charge
    ended, 0.3 waiting for current, 0.4 energy flap open, 1.0 charging, -1.0 error (not charging
    on ZE40 and older), -1.1 unavailable, -1.3 V2G waiting, -1.4 V2L connected, -1.5 V2G
    discharging, -1.6 V2G charging.
     """
    charging_remaining_time: int | Unset = UNSET
    """ Time to full (or to target), minutes. """
    charging_instantaneous_power: float | Unset = UNSET
    """ Current charging power; **W on ZOE phase 1 (X101VE / gateway GDC), kW elsewhere**. """
    charging_remaining_time_last_update_date_time: str | Unset = UNSET
    """ When `chargingRemainingTime` was last computed, ISO 8601 (Renault 5, 2026). """
    v2l_system_status_display: int | Unset = UNSET
    """ Vehicle-to-load system status shown to the driver (Renault 5; 0 seen, meaning not established). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        battery_level = self.battery_level

        battery_temperature = self.battery_temperature

        battery_autonomy = self.battery_autonomy

        battery_capacity = self.battery_capacity

        battery_available_energy = self.battery_available_energy

        plug_status: int | Unset
        if isinstance(self.plug_status, Unset):
            plug_status = UNSET
        elif isinstance(self.plug_status, KnownPlugStatus):
            plug_status = self.plug_status.value
        else:
            plug_status = self.plug_status

        charging_status = self.charging_status

        charging_remaining_time = self.charging_remaining_time

        charging_instantaneous_power = self.charging_instantaneous_power

        charging_remaining_time_last_update_date_time = (
            self.charging_remaining_time_last_update_date_time
        )

        v2l_system_status_display = self.v2l_system_status_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if battery_level is not UNSET:
            field_dict["batteryLevel"] = battery_level
        if battery_temperature is not UNSET:
            field_dict["batteryTemperature"] = battery_temperature
        if battery_autonomy is not UNSET:
            field_dict["batteryAutonomy"] = battery_autonomy
        if battery_capacity is not UNSET:
            field_dict["batteryCapacity"] = battery_capacity
        if battery_available_energy is not UNSET:
            field_dict["batteryAvailableEnergy"] = battery_available_energy
        if plug_status is not UNSET:
            field_dict["plugStatus"] = plug_status
        if charging_status is not UNSET:
            field_dict["chargingStatus"] = charging_status
        if charging_remaining_time is not UNSET:
            field_dict["chargingRemainingTime"] = charging_remaining_time
        if charging_instantaneous_power is not UNSET:
            field_dict["chargingInstantaneousPower"] = charging_instantaneous_power
        if charging_remaining_time_last_update_date_time is not UNSET:
            field_dict["chargingRemainingTimeLastUpdateDateTime"] = (
                charging_remaining_time_last_update_date_time
            )
        if v2l_system_status_display is not UNSET:
            field_dict["V2L_SystemStatusDisplay"] = v2l_system_status_display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        battery_level = d.pop("batteryLevel", UNSET)

        battery_temperature = d.pop("batteryTemperature", UNSET)

        battery_autonomy = d.pop("batteryAutonomy", UNSET)

        battery_capacity = d.pop("batteryCapacity", UNSET)

        battery_available_energy = d.pop("batteryAvailableEnergy", UNSET)

        def _parse_plug_status(data: object) -> int | KnownPlugStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                plug_status_type_0 = KnownPlugStatus(data)

                return plug_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | KnownPlugStatus | Unset, data)

        plug_status = _parse_plug_status(d.pop("plugStatus", UNSET))

        charging_status = d.pop("chargingStatus", UNSET)

        charging_remaining_time = d.pop("chargingRemainingTime", UNSET)

        charging_instantaneous_power = d.pop("chargingInstantaneousPower", UNSET)

        charging_remaining_time_last_update_date_time = d.pop(
            "chargingRemainingTimeLastUpdateDateTime", UNSET
        )

        v2l_system_status_display = d.pop("V2L_SystemStatusDisplay", UNSET)

        kca_battery_status_attributes = cls(
            timestamp=timestamp,
            battery_level=battery_level,
            battery_temperature=battery_temperature,
            battery_autonomy=battery_autonomy,
            battery_capacity=battery_capacity,
            battery_available_energy=battery_available_energy,
            plug_status=plug_status,
            charging_status=charging_status,
            charging_remaining_time=charging_remaining_time,
            charging_instantaneous_power=charging_instantaneous_power,
            charging_remaining_time_last_update_date_time=charging_remaining_time_last_update_date_time,
            v2l_system_status_display=v2l_system_status_display,
        )

        kca_battery_status_attributes.additional_properties = d
        return kca_battery_status_attributes

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
