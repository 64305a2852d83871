from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_hvac_start_action import KnownHvacStartAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="HvacStartActionRequestAttributes")


@_attrs_define
class HvacStartActionRequestAttributes:
    """`targetTemperature` goes with `start` only; `startDateTime` defers a `start`."""

    action: KnownHvacStartAction
    """ KCA hvac-start verbs (`cancel` and `stop` both end preconditioning; which one works depends on the model).
    """
    target_temperature: float | Unset = UNSET
    """ Cabin target temperature in °C, a JSON number (quoted values are rejected). The server enforces no
    documented range. """
    start_date_time: str | Unset = UNSET
    """ Deferred start, UTC `YYYY-MM-DDTHH:MM:SSZ`; must be in the future (else `err.func.400`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        target_temperature = self.target_temperature

        start_date_time = self.start_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if target_temperature is not UNSET:
            field_dict["targetTemperature"] = target_temperature
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = KnownHvacStartAction(d.pop("action"))

        target_temperature = d.pop("targetTemperature", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        hvac_start_action_request_attributes = cls(
            action=action,
            target_temperature=target_temperature,
            start_date_time=start_date_time,
        )

        hvac_start_action_request_attributes.additional_properties = d
        return hvac_start_action_request_attributes

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
