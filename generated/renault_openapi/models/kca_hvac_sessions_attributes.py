from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_hvac_session import KcaHvacSession


T = TypeVar("T", bound="KcaHvacSessionsAttributes")


@_attrs_define
class KcaHvacSessionsAttributes:
    """Empty in the only capture."""

    hvac_sessions: list[KcaHvacSession] | Unset = UNSET
    """ Pre-conditioning sessions, most recent first (shape from third-party clients). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hvac_sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hvac_sessions, Unset):
            hvac_sessions = []
            for hvac_sessions_item_data in self.hvac_sessions:
                hvac_sessions_item = hvac_sessions_item_data.to_dict()
                hvac_sessions.append(hvac_sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hvac_sessions is not UNSET:
            field_dict["hvacSessions"] = hvac_sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_hvac_session import KcaHvacSession  # noqa: PLC0415

        d = dict(src_dict)
        _hvac_sessions = d.pop("hvacSessions", UNSET)
        hvac_sessions: list[KcaHvacSession] | Unset = UNSET
        if _hvac_sessions is not UNSET:
            hvac_sessions = []
            for hvac_sessions_item_data in _hvac_sessions:
                hvac_sessions_item = KcaHvacSession.from_dict(hvac_sessions_item_data)

                hvac_sessions.append(hvac_sessions_item)

        kca_hvac_sessions_attributes = cls(
            hvac_sessions=hvac_sessions,
        )

        kca_hvac_sessions_attributes.additional_properties = d
        return kca_hvac_sessions_attributes

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
