from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gigya_web_sdk_bootstrap_form_format import GigyaWebSdkBootstrapFormFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaWebSdkBootstrapForm")


@_attrs_define
class GigyaWebSdkBootstrapForm:
    """Form fields of `accounts.webSdkBootstrap`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    page_url: str | Unset = UNSET
    """ URL of the login page the SDK pretends to run in (web flow `https://idconnect.renaultgroup.com/…`). """
    sdk: str | Unset = UNSET
    """ SDK identifier, `js_latest` in the web flow. """
    sdk_build: str | Unset = UNSET
    """ SDK build number as a decimal string (e.g. `18148`). """
    format_: GigyaWebSdkBootstrapFormFormat | Unset = UNSET
    """ Answer format; `json`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        page_url = self.page_url

        sdk = self.sdk

        sdk_build = self.sdk_build

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
            }
        )
        if page_url is not UNSET:
            field_dict["pageURL"] = page_url
        if sdk is not UNSET:
            field_dict["sdk"] = sdk
        if sdk_build is not UNSET:
            field_dict["sdkBuild"] = sdk_build
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        page_url = d.pop("pageURL", UNSET)

        sdk = d.pop("sdk", UNSET)

        sdk_build = d.pop("sdkBuild", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: GigyaWebSdkBootstrapFormFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = GigyaWebSdkBootstrapFormFormat(_format_)

        gigya_web_sdk_bootstrap_form = cls(
            api_key=api_key,
            page_url=page_url,
            sdk=sdk,
            sdk_build=sdk_build,
            format_=format_,
        )

        gigya_web_sdk_bootstrap_form.additional_properties = d
        return gigya_web_sdk_bootstrap_form

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
