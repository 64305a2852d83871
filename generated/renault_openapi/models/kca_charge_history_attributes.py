from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_charge_summary import KcaChargeSummary


T = TypeVar("T", bound="KcaChargeHistoryAttributes")


@_attrs_define
class KcaChargeHistoryAttributes:
    charge_summaries: list[KcaChargeSummary] | Unset = UNSET
    """ One summary per day or month of the requested range, most recent first; days without charge are absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_summaries, Unset):
            charge_summaries = []
            for charge_summaries_item_data in self.charge_summaries:
                charge_summaries_item = charge_summaries_item_data.to_dict()
                charge_summaries.append(charge_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_summaries is not UNSET:
            field_dict["chargeSummaries"] = charge_summaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_charge_summary import KcaChargeSummary  # noqa: PLC0415

        d = dict(src_dict)
        _charge_summaries = d.pop("chargeSummaries", UNSET)
        charge_summaries: list[KcaChargeSummary] | Unset = UNSET
        if _charge_summaries is not UNSET:
            charge_summaries = []
            for charge_summaries_item_data in _charge_summaries:
                charge_summaries_item = KcaChargeSummary.from_dict(
                    charge_summaries_item_data
                )

                charge_summaries.append(charge_summaries_item)

        kca_charge_history_attributes = cls(
            charge_summaries=charge_summaries,
        )

        kca_charge_history_attributes.additional_properties = d
        return kca_charge_history_attributes

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
