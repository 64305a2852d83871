from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gigya_account_data import GigyaAccountData
    from ..models.gigya_account_emails import GigyaAccountEmails
    from ..models.gigya_account_fields_preferences import GigyaAccountFieldsPreferences
    from ..models.gigya_account_password import GigyaAccountPassword
    from ..models.gigya_account_profile import GigyaAccountProfile


T = TypeVar("T", bound="GigyaGetAccountInfoResponse")


@_attrs_define
class GigyaGetAccountInfoResponse:
    """Answer of `accounts.getAccountInfo` (success, or an error envelope)."""

    error_code: int
    call_id: str | Unset = UNSET
    error_details: str | Unset = UNSET
    error_message: str | Unset = UNSET
    api_version: int | Unset = UNSET
    status_code: int | Unset = UNSET
    status_reason: str | Unset = UNSET
    time: str | Unset = UNSET
    """ ISO 8601 timestamp with milliseconds. """
    reg_token: str | Unset = UNSET
    """ Registration token, present with `403101` and `206001`; drives the two-factor chain. Secret. """
    ignored_fields: str | Unset = UNSET
    uid: str | Unset = UNSET
    """ Gigya user id. Also present in a `403101` answer. """
    uid_signature: str | Unset = UNSET
    """ Base64 HMAC signature of UID + signatureTimestamp (not checked by clients). """
    signature_timestamp: str | Unset = UNSET
    """ Unix time in seconds, as a decimal string, of the UID signature. """
    registered: str | Unset = UNSET
    """ When the registration was finalised, ISO 8601 UTC with milliseconds. """
    registered_timestamp: int | Unset = UNSET
    """ `registered` as Unix time: seconds in `accounts.login`, milliseconds in `accounts.getAccountInfo`. """
    created: str | Unset = UNSET
    """ When the account was created, ISO 8601 UTC with milliseconds. """
    created_timestamp: int | Unset = UNSET
    """ `created` as Unix time: seconds in `accounts.login`, milliseconds in `accounts.getAccountInfo`. """
    last_login: str | Unset = UNSET
    """ Time of the last login (this one, for `accounts.login`), ISO 8601 UTC with milliseconds. """
    last_login_timestamp: int | Unset = UNSET
    """ `lastLogin` as Unix time: seconds in `accounts.login`, milliseconds in `accounts.getAccountInfo`. """
    last_updated: str | Unset = UNSET
    """ Last change of the account, ISO 8601 UTC with milliseconds. """
    last_updated_timestamp: int | Unset = UNSET
    """ `lastUpdated` as Unix time in milliseconds. """
    oldest_data_updated: str | Unset = UNSET
    """ Oldest update among the data fields, ISO 8601 UTC with milliseconds. """
    oldest_data_updated_timestamp: int | Unset = UNSET
    """ `oldestDataUpdated` as Unix time in milliseconds. """
    verified: str | Unset = UNSET
    """ When the e-mail was verified, ISO 8601 UTC with milliseconds. """
    verified_timestamp: int | Unset = UNSET
    """ `verified` as Unix time in milliseconds. """
    is_active: bool | Unset = UNSET
    """ The account is active. """
    is_registered: bool | Unset = UNSET
    """ The registration is finalised. """
    is_verified: bool | Unset = UNSET
    """ The account e-mail is verified. """
    login_provider: str | Unset = UNSET
    """ Provider used for this login; `site` (e-mail + password). """
    social_providers: str | Unset = UNSET
    """ Comma-separated providers linked to the account; `site` for Renault accounts. """
    profile: GigyaAccountProfile | Unset = UNSET
    """ The user profile. Only `email` appears in captures; Gigya may add name fields. """
    data: GigyaAccountData | Unset = UNSET
    """ Site-specific account data; for Renault the link to Kamereon. """
    preferences: GigyaAccountFieldsPreferences | Unset = UNSET
    """ Consent preferences (empty object in captures). """
    emails: GigyaAccountEmails | Unset = UNSET
    """ The account's e-mail addresses by verification state. """
    password: GigyaAccountPassword | Unset = UNSET
    """ Password metadata (never the password itself). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        call_id = self.call_id

        error_details = self.error_details

        error_message = self.error_message

        api_version = self.api_version

        status_code = self.status_code

        status_reason = self.status_reason

        time = self.time

        reg_token = self.reg_token

        ignored_fields = self.ignored_fields

        uid = self.uid

        uid_signature = self.uid_signature

        signature_timestamp = self.signature_timestamp

        registered = self.registered

        registered_timestamp = self.registered_timestamp

        created = self.created

        created_timestamp = self.created_timestamp

        last_login = self.last_login

        last_login_timestamp = self.last_login_timestamp

        last_updated = self.last_updated

        last_updated_timestamp = self.last_updated_timestamp

        oldest_data_updated = self.oldest_data_updated

        oldest_data_updated_timestamp = self.oldest_data_updated_timestamp

        verified = self.verified

        verified_timestamp = self.verified_timestamp

        is_active = self.is_active

        is_registered = self.is_registered

        is_verified = self.is_verified

        login_provider = self.login_provider

        social_providers = self.social_providers

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails.to_dict()

        password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password, Unset):
            password = self.password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
            }
        )
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if time is not UNSET:
            field_dict["time"] = time
        if reg_token is not UNSET:
            field_dict["regToken"] = reg_token
        if ignored_fields is not UNSET:
            field_dict["ignoredFields"] = ignored_fields
        if uid is not UNSET:
            field_dict["UID"] = uid
        if uid_signature is not UNSET:
            field_dict["UIDSignature"] = uid_signature
        if signature_timestamp is not UNSET:
            field_dict["signatureTimestamp"] = signature_timestamp
        if registered is not UNSET:
            field_dict["registered"] = registered
        if registered_timestamp is not UNSET:
            field_dict["registeredTimestamp"] = registered_timestamp
        if created is not UNSET:
            field_dict["created"] = created
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if last_login_timestamp is not UNSET:
            field_dict["lastLoginTimestamp"] = last_login_timestamp
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if last_updated_timestamp is not UNSET:
            field_dict["lastUpdatedTimestamp"] = last_updated_timestamp
        if oldest_data_updated is not UNSET:
            field_dict["oldestDataUpdated"] = oldest_data_updated
        if oldest_data_updated_timestamp is not UNSET:
            field_dict["oldestDataUpdatedTimestamp"] = oldest_data_updated_timestamp
        if verified is not UNSET:
            field_dict["verified"] = verified
        if verified_timestamp is not UNSET:
            field_dict["verifiedTimestamp"] = verified_timestamp
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_registered is not UNSET:
            field_dict["isRegistered"] = is_registered
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified
        if login_provider is not UNSET:
            field_dict["loginProvider"] = login_provider
        if social_providers is not UNSET:
            field_dict["socialProviders"] = social_providers
        if profile is not UNSET:
            field_dict["profile"] = profile
        if data is not UNSET:
            field_dict["data"] = data
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if emails is not UNSET:
            field_dict["emails"] = emails
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gigya_account_data import GigyaAccountData  # noqa: PLC0415
        from ..models.gigya_account_emails import GigyaAccountEmails  # noqa: PLC0415
        from ..models.gigya_account_fields_preferences import (
            GigyaAccountFieldsPreferences,  # noqa: PLC0415
        )
        from ..models.gigya_account_password import GigyaAccountPassword  # noqa: PLC0415
        from ..models.gigya_account_profile import GigyaAccountProfile  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("errorCode")

        call_id = d.pop("callId", UNSET)

        error_details = d.pop("errorDetails", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        api_version = d.pop("apiVersion", UNSET)

        status_code = d.pop("statusCode", UNSET)

        status_reason = d.pop("statusReason", UNSET)

        time = d.pop("time", UNSET)

        reg_token = d.pop("regToken", UNSET)

        ignored_fields = d.pop("ignoredFields", UNSET)

        uid = d.pop("UID", UNSET)

        uid_signature = d.pop("UIDSignature", UNSET)

        signature_timestamp = d.pop("signatureTimestamp", UNSET)

        registered = d.pop("registered", UNSET)

        registered_timestamp = d.pop("registeredTimestamp", UNSET)

        created = d.pop("created", UNSET)

        created_timestamp = d.pop("createdTimestamp", UNSET)

        last_login = d.pop("lastLogin", UNSET)

        last_login_timestamp = d.pop("lastLoginTimestamp", UNSET)

        last_updated = d.pop("lastUpdated", UNSET)

        last_updated_timestamp = d.pop("lastUpdatedTimestamp", UNSET)

        oldest_data_updated = d.pop("oldestDataUpdated", UNSET)

        oldest_data_updated_timestamp = d.pop("oldestDataUpdatedTimestamp", UNSET)

        verified = d.pop("verified", UNSET)

        verified_timestamp = d.pop("verifiedTimestamp", UNSET)

        is_active = d.pop("isActive", UNSET)

        is_registered = d.pop("isRegistered", UNSET)

        is_verified = d.pop("isVerified", UNSET)

        login_provider = d.pop("loginProvider", UNSET)

        social_providers = d.pop("socialProviders", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: GigyaAccountProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = GigyaAccountProfile.from_dict(_profile)

        _data = d.pop("data", UNSET)
        data: GigyaAccountData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GigyaAccountData.from_dict(_data)

        _preferences = d.pop("preferences", UNSET)
        preferences: GigyaAccountFieldsPreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = GigyaAccountFieldsPreferences.from_dict(_preferences)

        _emails = d.pop("emails", UNSET)
        emails: GigyaAccountEmails | Unset
        if isinstance(_emails, Unset):
            emails = UNSET
        else:
            emails = GigyaAccountEmails.from_dict(_emails)

        _password = d.pop("password", UNSET)
        password: GigyaAccountPassword | Unset
        if isinstance(_password, Unset):
            password = UNSET
        else:
            password = GigyaAccountPassword.from_dict(_password)

        gigya_get_account_info_response = cls(
            error_code=error_code,
            call_id=call_id,
            error_details=error_details,
            error_message=error_message,
            api_version=api_version,
            status_code=status_code,
            status_reason=status_reason,
            time=time,
            reg_token=reg_token,
            ignored_fields=ignored_fields,
            uid=uid,
            uid_signature=uid_signature,
            signature_timestamp=signature_timestamp,
            registered=registered,
            registered_timestamp=registered_timestamp,
            created=created,
            created_timestamp=created_timestamp,
            last_login=last_login,
            last_login_timestamp=last_login_timestamp,
            last_updated=last_updated,
            last_updated_timestamp=last_updated_timestamp,
            oldest_data_updated=oldest_data_updated,
            oldest_data_updated_timestamp=oldest_data_updated_timestamp,
            verified=verified,
            verified_timestamp=verified_timestamp,
            is_active=is_active,
            is_registered=is_registered,
            is_verified=is_verified,
            login_provider=login_provider,
            social_providers=social_providers,
            profile=profile,
            data=data,
            preferences=preferences,
            emails=emails,
            password=password,
        )

        gigya_get_account_info_response.additional_properties = d
        return gigya_get_account_info_response

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
