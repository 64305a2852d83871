from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gigya_tfa_finalize_form_temp_device import GigyaTfaFinalizeFormTempDevice
from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaTfaFinalizeForm")


@_attrs_define
class GigyaTfaFinalizeForm:
    """Form fields of `accounts.tfa.finalizeTFA`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    gigya_assertion: str
    """ The assertion of `accounts.tfa.initTFA`. Secret. """
    provider_assertion: str
    """ The assertion of `accounts.tfa.email.completeVerification`. Secret. """
    reg_token: str
    """ The `regToken` of the `403101` login answer. Secret. """
    temp_device: GigyaTfaFinalizeFormTempDevice | Unset = UNSET
    """ `true`: verify this login only; `false`: remember the device (`gmid`) for 30 days. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        gigya_assertion = self.gigya_assertion

        provider_assertion = self.provider_assertion

        reg_token = self.reg_token

        temp_device: str | Unset = UNSET
        if not isinstance(self.temp_device, Unset):
            temp_device = self.temp_device.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "gigyaAssertion": gigya_assertion,
                "providerAssertion": provider_assertion,
                "regToken": reg_token,
            }
        )
        if temp_device is not UNSET:
            field_dict["tempDevice"] = temp_device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        gigya_assertion = d.pop("gigyaAssertion")

        provider_assertion = d.pop("providerAssertion")

        reg_token = d.pop("regToken")

        _temp_device = d.pop("tempDevice", UNSET)
        temp_device: GigyaTfaFinalizeFormTempDevice | Unset
        if isinstance(_temp_device, Unset):
            temp_device = UNSET
        else:
            temp_device = GigyaTfaFinalizeFormTempDevice(_temp_device)

        gigya_tfa_finalize_form = cls(
            api_key=api_key,
            gigya_assertion=gigya_assertion,
            provider_assertion=provider_assertion,
            reg_token=reg_token,
            temp_device=temp_device,
        )

        gigya_tfa_finalize_form.additional_properties = d
        return gigya_tfa_finalize_form

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
