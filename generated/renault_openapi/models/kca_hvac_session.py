from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaHvacSession")


@_attrs_define
class KcaHvacSession:
    hvac_session_request_date: str | Unset = UNSET
    """ When the session was requested, ISO 8601 with offset. """
    hvac_session_start_date: str | Unset = UNSET
    """ When the car started pre-conditioning, ISO 8601 with offset. """
    hvac_session_end_status: str | Unset = UNSET
    """ How the session ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hvac_session_request_date = self.hvac_session_request_date

        hvac_session_start_date = self.hvac_session_start_date

        hvac_session_end_status = self.hvac_session_end_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hvac_session_request_date is not UNSET:
            field_dict["hvacSessionRequestDate"] = hvac_session_request_date
        if hvac_session_start_date is not UNSET:
            field_dict["hvacSessionStartDate"] = hvac_session_start_date
        if hvac_session_end_status is not UNSET:
            field_dict["hvacSessionEndStatus"] = hvac_session_end_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hvac_session_request_date = d.pop("hvacSessionRequestDate", UNSET)

        hvac_session_start_date = d.pop("hvacSessionStartDate", UNSET)

        hvac_session_end_status = d.pop("hvacSessionEndStatus", UNSET)

        kca_hvac_session = cls(
            hvac_session_request_date=hvac_session_request_date,
            hvac_session_start_date=hvac_session_start_date,
            hvac_session_end_status=hvac_session_end_status,
        )

        kca_hvac_session.additional_properties = d
        return kca_hvac_session

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
