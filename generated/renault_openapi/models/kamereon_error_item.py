from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_kamereon_error_code import KnownKamereonErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="KamereonErrorItem")


@_attrs_define
class KamereonErrorItem:
    """One element of `errors[]`. Clients map `errorCode` to an exception (see KamereonErrorCode)."""

    error_code: KnownKamereonErrorCode | str
    """ Kamereon error code (open set). Known codes and their meaning:

    | code | meaning | typical HTTP status |
    |---|---|---|
    | `err.func.400` | invalid input (e.g. `startDateTime` in the past) | 400 |
    | `err.func.403` | access denied / operation not supported for this CAN generation | 403 |
    | `err.func.wired.notFound` | resource not found | 404 |
    | `err.func.wired.not-found` | the URL does not exist (endpoint not served for this model) | 404 |
    | `err.func.wired.forbidden` | the access is forbidden (endpoint not allowed for this model) | 403 |
    | `err.func.wired.overloaded` | quota limit reached | 429 |
    | `err.func.wired.unauthorized` | missing or expired JWT / API key | 401 |
    | `err.func.wired.invalid-body` | body rejected | 400 |
    | `err.func.wired.invalid-body-format` | body does not match the expected format | 400 |
    | `err.func.wired.methodNotAllowed` | HTTP method not allowed | 405 |
    | `err.func.wired.missingRequestParam` | a required query parameter is missing | 400 |
    | `err.func.privacy.on` | privacy mode is on in the car | 403 |
    | `err.tech.500` | invalid response from the upstream server | 500 |
    | `err.tech.501` | feature not technically supported by this gateway | 501 |
    | `err.tech.wired.kamereon-proxy` | failed to forward request to remote service | 500 or 502 |
    | `err.tech.502` | upstream (VNEXT) bad gateway | 502 |
    | `err.tech.wired.unknown-error` | unspecified upstream failure | 500 |
    | `err.tech.wired.vehicle-details` | circuit breaker open on the vehicles service | 500 |
    | `err.func.vcps.ev.charge-mode.error` | charge mode not available | 400 |
    | `err.func.vcps.ev.charge-schedule.error` | charge schedule not available | 400 |
    | `err.func.vcps.users-helper.get-notification-settings.error` | notification settings not available | 400 |
    | `err.tech.vcps.ev.hvac-settings.error` | hvac settings not available | 500 |
    | `409001` | a remote CHARGE_MODE is already in progress | 409 |
    | `400001` | the vehicle does not have a GDC gateway | 400 |
     """
    error_message: str | Unset = UNSET
    """ Human-readable message. Often itself a JSON document (serialised) with an inner `errors[]`
    whose items carry `status`, `code`, `title`, `detail` and `source.pointer`; clients parse it
    into error details.
     """
    error_type: str | Unset = UNSET
    """ e.g. `functional` """
    error_level: str | Unset = UNSET
    """ e.g. `error` """
    error_details: Any | Unset = UNSET
    """ Seen rarely; free form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str
        if isinstance(self.error_code, KnownKamereonErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        error_message = self.error_message

        error_type = self.error_type

        error_level = self.error_level

        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if error_level is not UNSET:
            field_dict["errorLevel"] = error_level
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error_code(data: object) -> KnownKamereonErrorCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_kamereon_error_code_type_0 = KnownKamereonErrorCode(
                    data
                )

                return componentsschemas_kamereon_error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownKamereonErrorCode | str, data)

        error_code = _parse_error_code(d.pop("errorCode"))

        error_message = d.pop("errorMessage", UNSET)

        error_type = d.pop("errorType", UNSET)

        error_level = d.pop("errorLevel", UNSET)

        error_details = d.pop("errorDetails", UNSET)

        kamereon_error_item = cls(
            error_code=error_code,
            error_message=error_message,
            error_type=error_type,
            error_level=error_level,
            error_details=error_details,
        )

        kamereon_error_item.additional_properties = d
        return kamereon_error_item

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
