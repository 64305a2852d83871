from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaSessionInfo")


@_attrs_define
class GigyaSessionInfo:
    """Session of a successful login: `cookieName` / `cookieValue` (the login token). In a
    pending answer (`403101`) only `expires_in` is present. Web-SDK flows may name the token
    `login_token` instead.

    """

    cookie_name: str | Unset = UNSET
    """ Name of the session cookie, `gac_<ApiKey>` in real traffic. """
    cookie_value: str | Unset = UNSET
    """ The **login token** (starts with `st2.s.`). Secret; stored instead of the password. """
    login_token: str | Unset = UNSET
    """ The login token under the name used by web-SDK (`targetEnv=jssdk`) answers. Secret. """
    expires_in: str | Unset = UNSET
    """ Lifetime in seconds as a decimal string (`3600` in a `403101` answer, where it is the `regToken` lifetime).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cookie_name = self.cookie_name

        cookie_value = self.cookie_value

        login_token = self.login_token

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cookie_name is not UNSET:
            field_dict["cookieName"] = cookie_name
        if cookie_value is not UNSET:
            field_dict["cookieValue"] = cookie_value
        if login_token is not UNSET:
            field_dict["login_token"] = login_token
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cookie_name = d.pop("cookieName", UNSET)

        cookie_value = d.pop("cookieValue", UNSET)

        login_token = d.pop("login_token", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        gigya_session_info = cls(
            cookie_name=cookie_name,
            cookie_value=cookie_value,
            login_token=login_token,
            expires_in=expires_in,
        )

        gigya_session_info.additional_properties = d
        return gigya_session_info

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
