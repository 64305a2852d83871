from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gigya_tfa_init_form_mode import GigyaTfaInitFormMode
from ..models.gigya_tfa_init_form_provider import GigyaTfaInitFormProvider

T = TypeVar("T", bound="GigyaTfaInitForm")


@_attrs_define
class GigyaTfaInitForm:
    """Form fields of `accounts.tfa.initTFA`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    reg_token: str
    """ The `regToken` of the `403101` login answer (valid one hour). Secret. """
    provider: GigyaTfaInitFormProvider
    """ Second-factor provider; Renault accounts use `gigyaEmail`. """
    mode: GigyaTfaInitFormMode
    """ `verify` an existing factor (the login case) or `register` a new one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        reg_token = self.reg_token

        provider = self.provider.value

        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "regToken": reg_token,
                "provider": provider,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        reg_token = d.pop("regToken")

        provider = GigyaTfaInitFormProvider(d.pop("provider"))

        mode = GigyaTfaInitFormMode(d.pop("mode"))

        gigya_tfa_init_form = cls(
            api_key=api_key,
            reg_token=reg_token,
            provider=provider,
            mode=mode,
        )

        gigya_tfa_init_form.additional_properties = d
        return gigya_tfa_init_form

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
