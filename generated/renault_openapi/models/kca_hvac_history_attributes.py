from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_hvac_sessions_summary import KcaHvacSessionsSummary


T = TypeVar("T", bound="KcaHvacHistoryAttributes")


@_attrs_define
class KcaHvacHistoryAttributes:
    """Empty in the only capture."""

    hvac_sessions_summaries: list[KcaHvacSessionsSummary] | Unset = UNSET
    """ One summary per day or month of the requested range (shape from third-party clients). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hvac_sessions_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hvac_sessions_summaries, Unset):
            hvac_sessions_summaries = []
            for hvac_sessions_summaries_item_data in self.hvac_sessions_summaries:
                hvac_sessions_summaries_item = (
                    hvac_sessions_summaries_item_data.to_dict()
                )
                hvac_sessions_summaries.append(hvac_sessions_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hvac_sessions_summaries is not UNSET:
            field_dict["hvacSessionsSummaries"] = hvac_sessions_summaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_hvac_sessions_summary import KcaHvacSessionsSummary  # noqa: PLC0415

        d = dict(src_dict)
        _hvac_sessions_summaries = d.pop("hvacSessionsSummaries", UNSET)
        hvac_sessions_summaries: list[KcaHvacSessionsSummary] | Unset = UNSET
        if _hvac_sessions_summaries is not UNSET:
            hvac_sessions_summaries = []
            for hvac_sessions_summaries_item_data in _hvac_sessions_summaries:
                hvac_sessions_summaries_item = KcaHvacSessionsSummary.from_dict(
                    hvac_sessions_summaries_item_data
                )

                hvac_sessions_summaries.append(hvac_sessions_summaries_item)

        kca_hvac_history_attributes = cls(
            hvac_sessions_summaries=hvac_sessions_summaries,
        )

        kca_hvac_history_attributes.additional_properties = d
        return kca_hvac_history_attributes

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
