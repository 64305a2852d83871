from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_schedule_action_response_attributes import (
        ChargeScheduleActionResponseAttributes,
    )


T = TypeVar("T", bound="ChargeScheduleActionResponseData")


@_attrs_define
class ChargeScheduleActionResponseData:
    type_: str | Unset = UNSET
    """ Echoed type, `ChargeSchedule`. """
    id: str | Unset = UNSET
    """ Id of the command created for the action (a guid; the captures show the placeholder `guid`). """
    attributes: ChargeScheduleActionResponseAttributes | Unset = UNSET
    """ Attributes of a charge-schedule echo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_schedule_action_response_attributes import (
            ChargeScheduleActionResponseAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: ChargeScheduleActionResponseAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ChargeScheduleActionResponseAttributes.from_dict(_attributes)

        charge_schedule_action_response_data = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        charge_schedule_action_response_data.additional_properties = d
        return charge_schedule_action_response_data

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
