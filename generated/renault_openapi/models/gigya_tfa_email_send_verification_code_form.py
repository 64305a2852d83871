from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaTfaEmailSendVerificationCodeForm")


@_attrs_define
class GigyaTfaEmailSendVerificationCodeForm:
    """Form fields of `accounts.tfa.email.sendVerificationCode`."""

    api_key: str
    """ Gigya API key of the app (public app data, not a user secret). One key for all EU
    locales since 2026-05-20 (`3_VgdkgtIRH3…`), `4_yTFq…` for es_MX; Renault rotates it
    without notice and a stale key makes `accounts.login` answer `403042`. Keep it
    configurable. `ApiKey` is what renault-api sends; the web SDK sends `APIKey` and other
    clients `apiKey`, all seen working.
     """
    gigya_assertion: str
    """ The assertion of `accounts.tfa.initTFA`. Secret. """
    email_id: str
    """ `emails[].id` from `accounts.tfa.email.getEmails`. """
    lang: str | Unset = UNSET
    """ Language of the e-mail, ISO 639-1 (e.g. `fr`, `de`, `en`). """
    reg_token: str | Unset = UNSET
    """ Optional; the login's `regToken` (the web SDK may add it). Secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        gigya_assertion = self.gigya_assertion

        email_id = self.email_id

        lang = self.lang

        reg_token = self.reg_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApiKey": api_key,
                "gigyaAssertion": gigya_assertion,
                "emailID": email_id,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if reg_token is not UNSET:
            field_dict["regToken"] = reg_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("ApiKey")

        gigya_assertion = d.pop("gigyaAssertion")

        email_id = d.pop("emailID")

        lang = d.pop("lang", UNSET)

        reg_token = d.pop("regToken", UNSET)

        gigya_tfa_email_send_verification_code_form = cls(
            api_key=api_key,
            gigya_assertion=gigya_assertion,
            email_id=email_id,
            lang=lang,
            reg_token=reg_token,
        )

        gigya_tfa_email_send_verification_code_form.additional_properties = d
        return gigya_tfa_email_send_verification_code_form

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
