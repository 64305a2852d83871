from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_hvac_start_action import KnownHvacStartAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="HvacStartActionResponseDataAttributes")


@_attrs_define
class HvacStartActionResponseDataAttributes:
    action: KnownHvacStartAction | str | Unset = UNSET
    """ The verb that was sent. """
    target_temperature: float | Unset = UNSET
    """ Target temperature in °C, as sent. """
    start_date_time: str | Unset = UNSET
    """ Deferred start as sent, UTC `YYYY-MM-DDTHH:MM:SSZ` so far. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, KnownHvacStartAction):
            action = self.action.value
        else:
            action = self.action

        target_temperature = self.target_temperature

        start_date_time = self.start_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if target_temperature is not UNSET:
            field_dict["targetTemperature"] = target_temperature
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_action(data: object) -> KnownHvacStartAction | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = KnownHvacStartAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownHvacStartAction | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        target_temperature = d.pop("targetTemperature", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        hvac_start_action_response_data_attributes = cls(
            action=action,
            target_temperature=target_temperature,
            start_date_time=start_date_time,
        )

        hvac_start_action_response_data_attributes.additional_properties = d
        return hvac_start_action_response_data_attributes

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
