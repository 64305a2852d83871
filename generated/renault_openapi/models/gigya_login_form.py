from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gigya_login_form_include_user_info import GigyaLoginFormIncludeUserInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaLoginForm")


@_attrs_define
class GigyaLoginForm:
    """Form fields of `accounts.login`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    login_id: str
    """ The account e-mail address. """
    password: str
    """ The account password. Never logged or stored by the project. """
    session_expiration: str | Unset = UNSET
    """ Optional session lifetime in seconds (not sent by renault-api; without it the login token does not expire
    client-side). """
    include: str | Unset = UNSET
    """ Optional comma-separated account sections to return (e.g. `profile,data`). """
    include_user_info: GigyaLoginFormIncludeUserInfo | Unset = UNSET
    """ Optional; `true` adds the user fields to the answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        login_id = self.login_id

        password = self.password

        session_expiration = self.session_expiration

        include = self.include

        include_user_info: str | Unset = UNSET
        if not isinstance(self.include_user_info, Unset):
            include_user_info = self.include_user_info.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "loginID": login_id,
                "password": password,
            }
        )
        if session_expiration is not UNSET:
            field_dict["sessionExpiration"] = session_expiration
        if include is not UNSET:
            field_dict["include"] = include
        if include_user_info is not UNSET:
            field_dict["includeUserInfo"] = include_user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        login_id = d.pop("loginID")

        password = d.pop("password")

        session_expiration = d.pop("sessionExpiration", UNSET)

        include = d.pop("include", UNSET)

        _include_user_info = d.pop("includeUserInfo", UNSET)
        include_user_info: GigyaLoginFormIncludeUserInfo | Unset
        if isinstance(_include_user_info, Unset):
            include_user_info = UNSET
        else:
            include_user_info = GigyaLoginFormIncludeUserInfo(_include_user_info)

        gigya_login_form = cls(
            api_key=api_key,
            login_id=login_id,
            password=password,
            session_expiration=session_expiration,
            include=include,
            include_user_info=include_user_info,
        )

        gigya_login_form.additional_properties = d
        return gigya_login_form

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
