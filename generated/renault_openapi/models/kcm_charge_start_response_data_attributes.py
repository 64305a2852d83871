from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcmChargeStartResponseDataAttributes")


@_attrs_define
class KcmChargeStartResponseDataAttributes:
    action: str | Unset = UNSET
    """ The verb that was sent (`start`). """
    start_date_time: str | Unset = UNSET
    """ Deferred start as sent, UTC `YYYY-MM-DDTHH:MM:SSZ` so far; absent for an immediate start. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        start_date_time = self.start_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        kcm_charge_start_response_data_attributes = cls(
            action=action,
            start_date_time=start_date_time,
        )

        kcm_charge_start_response_data_attributes.additional_properties = d
        return kcm_charge_start_response_data_attributes

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
