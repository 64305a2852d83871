from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonNotificationSrpResponse")


@_attrs_define
class PersonNotificationSrpResponse:
    """Answer of the vehicle to an SRP (secure remote password) salt request. Secret values."""

    status: str | Unset = UNSET
    """ Exchange status. """
    login_b: str | Unset = UNSET
    """ SRP public value B (secret). """
    login_salt: str | Unset = UNSET
    """ SRP salt (secret). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        login_b = self.login_b

        login_salt = self.login_salt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if login_b is not UNSET:
            field_dict["loginB"] = login_b
        if login_salt is not UNSET:
            field_dict["loginSalt"] = login_salt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        login_b = d.pop("loginB", UNSET)

        login_salt = d.pop("loginSalt", UNSET)

        person_notification_srp_response = cls(
            status=status,
            login_b=login_b,
            login_salt=login_salt,
        )

        person_notification_srp_response.additional_properties = d
        return person_notification_srp_response

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
