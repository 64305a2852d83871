from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GigyaGetJwtForm")


@_attrs_define
class GigyaGetJwtForm:
    """Form fields of `accounts.getJWT`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    login_token: str
    """ The login token (`sessionInfo.cookieValue` of `accounts.login`). Secret. """
    fields: str
    """ Comma-separated account fields copied into the JWT claims; always `data.personId,data.gigyaDataCenter`. """
    expiration: str
    """ Requested JWT lifetime in seconds, as a decimal string; always `900`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        login_token = self.login_token

        fields = self.fields

        expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "login_token": login_token,
                "fields": fields,
                "expiration": expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        login_token = d.pop("login_token")

        fields = d.pop("fields")

        expiration = d.pop("expiration")

        gigya_get_jwt_form = cls(
            api_key=api_key,
            login_token=login_token,
            fields=fields,
            expiration=expiration,
        )

        gigya_get_jwt_form.additional_properties = d
        return gigya_get_jwt_form

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
