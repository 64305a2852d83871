from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaAccountEmails")


@_attrs_define
class GigyaAccountEmails:
    """The account's e-mail addresses by verification state."""

    verified: list[str] | Unset = UNSET
    """ Verified addresses. """
    unverified: list[str] | Unset = UNSET
    """ Addresses not yet verified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verified: list[str] | Unset = UNSET
        if not isinstance(self.verified, Unset):
            verified = self.verified

        unverified: list[str] | Unset = UNSET
        if not isinstance(self.unverified, Unset):
            unverified = self.unverified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verified is not UNSET:
            field_dict["verified"] = verified
        if unverified is not UNSET:
            field_dict["unverified"] = unverified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verified = cast(list[str], d.pop("verified", UNSET))

        unverified = cast(list[str], d.pop("unverified", UNSET))

        gigya_account_emails = cls(
            verified=verified,
            unverified=unverified,
        )

        gigya_account_emails.additional_properties = d
        return gigya_account_emails

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
