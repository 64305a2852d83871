from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcmCommandAck")


@_attrs_define
class KcmCommandAck:
    """Acknowledgement of an asynchronous KCM command (flat)."""

    command_id: str | Unset = UNSET
    """ Id of the created command. """
    type_: str | Unset = UNSET
    """ Command type (`SOC_SYNCH` for soc-levels). """
    status: str | Unset = UNSET
    """ Command status when answered (`CREATED`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_id is not UNSET:
            field_dict["commandId"] = command_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("commandId", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        kcm_command_ack = cls(
            command_id=command_id,
            type_=type_,
            status=status,
        )

        kcm_command_ack.additional_properties = d
        return kcm_command_ack

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
