from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaNotificationSetting")


@_attrs_define
class KcaNotificationSetting:
    message_key: str | Unset = UNSET
    """ Notification kind. """
    email: Any | Unset = UNSET
    """ Whether it is sent by e-mail (flag; type not established). """
    sms: Any | Unset = UNSET
    """ Whether it is sent by SMS (flag; type not established). """
    push_app: Any | Unset = UNSET
    """ Whether it is pushed to the app (flag; type not established). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_key = self.message_key

        email = self.email

        sms = self.sms

        push_app = self.push_app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_key is not UNSET:
            field_dict["messageKey"] = message_key
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if push_app is not UNSET:
            field_dict["pushApp"] = push_app

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_key = d.pop("messageKey", UNSET)

        email = d.pop("email", UNSET)

        sms = d.pop("sms", UNSET)

        push_app = d.pop("pushApp", UNSET)

        kca_notification_setting = cls(
            message_key=message_key,
            email=email,
            sms=sms,
            push_app=push_app,
        )

        kca_notification_setting.additional_properties = d
        return kca_notification_setting

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
