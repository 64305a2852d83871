from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_horn_lights_action import KnownHornLightsAction
from ..models.known_horn_lights_target import KnownHornLightsTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="HornLightsActionResponseDataAttributes")


@_attrs_define
class HornLightsActionResponseDataAttributes:
    action: KnownHornLightsAction | str | Unset = UNSET
    """ The verb that was sent (`start`). """
    target: KnownHornLightsTarget | str | Unset = UNSET
    """ What was triggered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, KnownHornLightsAction):
            action = self.action.value
        else:
            action = self.action

        target: str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, KnownHornLightsTarget):
            target = self.target.value
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_action(data: object) -> KnownHornLightsAction | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = KnownHornLightsAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownHornLightsAction | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_target(data: object) -> KnownHornLightsTarget | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_0 = KnownHornLightsTarget(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownHornLightsTarget | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        horn_lights_action_response_data_attributes = cls(
            action=action,
            target=target,
        )

        horn_lights_action_response_data_attributes.additional_properties = d
        return horn_lights_action_response_data_attributes

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
