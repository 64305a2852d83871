from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaTfaEmail")


@_attrs_define
class GigyaTfaEmail:
    """One e-mail address registered as second factor."""

    id: str | Unset = UNSET
    """ Opaque id of the address; pass it as `emailID` to `sendVerificationCode`. """
    obfuscated: str | Unset = UNSET
    """ The address with most characters masked (e.g. `u***@example.com`); safe to show to the user, still personal.
    """
    last_verification: str | Unset = UNSET
    """ Last successful verification with this address, ISO 8601 UTC with milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        obfuscated = self.obfuscated

        last_verification = self.last_verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if obfuscated is not UNSET:
            field_dict["obfuscated"] = obfuscated
        if last_verification is not UNSET:
            field_dict["lastVerification"] = last_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        obfuscated = d.pop("obfuscated", UNSET)

        last_verification = d.pop("lastVerification", UNSET)

        gigya_tfa_email = cls(
            id=id,
            obfuscated=obfuscated,
            last_verification=last_verification,
        )

        gigya_tfa_email.additional_properties = d
        return gigya_tfa_email

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
