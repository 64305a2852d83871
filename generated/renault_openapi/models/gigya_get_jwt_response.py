from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaGetJwtResponse")


@_attrs_define
class GigyaGetJwtResponse:
    """Answer of `accounts.getJWT` (success, or an error envelope)."""

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
    id_token: str | Unset = UNSET
    """ The JWT for Kamereon's `x-gigya-id_token` header (header.payload.signature,
    base64url). Claims include `exp` (Unix seconds, `iat` + `expiration`) and the
    requested fields (`data.personId`, `data.gigyaDataCenter`). Secret.
     """
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

        id_token = self.id_token

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
        if id_token is not UNSET:
            field_dict["id_token"] = id_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        id_token = d.pop("id_token", UNSET)

        gigya_get_jwt_response = cls(
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
            id_token=id_token,
        )

        gigya_get_jwt_response.additional_properties = d
        return gigya_get_jwt_response

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
