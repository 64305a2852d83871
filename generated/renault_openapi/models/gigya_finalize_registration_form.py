from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gigya_finalize_registration_form_include_user_info import (
    GigyaFinalizeRegistrationFormIncludeUserInfo,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaFinalizeRegistrationForm")


@_attrs_define
class GigyaFinalizeRegistrationForm:
    """Form fields of `accounts.finalizeRegistration`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    reg_token: str
    """ The `regToken` of the pending login (`403101` or `206001` answer). Secret. """
    include: str | Unset = UNSET
    """ Comma-separated account sections to return (`profile,data` in the Renault web flow). """
    include_user_info: GigyaFinalizeRegistrationFormIncludeUserInfo | Unset = UNSET
    """ `true` adds the user fields to the answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        reg_token = self.reg_token

        include = self.include

        include_user_info: str | Unset = UNSET
        if not isinstance(self.include_user_info, Unset):
            include_user_info = self.include_user_info.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "regToken": reg_token,
            }
        )
        if include is not UNSET:
            field_dict["include"] = include
        if include_user_info is not UNSET:
            field_dict["includeUserInfo"] = include_user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        reg_token = d.pop("regToken")

        include = d.pop("include", UNSET)

        _include_user_info = d.pop("includeUserInfo", UNSET)
        include_user_info: GigyaFinalizeRegistrationFormIncludeUserInfo | Unset
        if isinstance(_include_user_info, Unset):
            include_user_info = UNSET
        else:
            include_user_info = GigyaFinalizeRegistrationFormIncludeUserInfo(
                _include_user_info
            )

        gigya_finalize_registration_form = cls(
            api_key=api_key,
            reg_token=reg_token,
            include=include,
            include_user_info=include_user_info,
        )

        gigya_finalize_registration_form.additional_properties = d
        return gigya_finalize_registration_form

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
