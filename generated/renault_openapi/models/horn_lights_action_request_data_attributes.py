from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_horn_lights_action import KnownHornLightsAction
from ..models.known_horn_lights_target import KnownHornLightsTarget

T = TypeVar("T", bound="HornLightsActionRequestDataAttributes")


@_attrs_define
class HornLightsActionRequestDataAttributes:
    action: KnownHornLightsAction
    """ Horn/lights verb (only `start` exists). """
    target: KnownHornLightsTarget
    """ What to trigger. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        target = self.target.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = KnownHornLightsAction(d.pop("action"))

        target = KnownHornLightsTarget(d.pop("target"))

        horn_lights_action_request_data_attributes = cls(
            action=action,
            target=target,
        )

        horn_lights_action_request_data_attributes.additional_properties = d
        return horn_lights_action_request_data_attributes

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
