from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcmSocLevels")


@_attrs_define
class KcmSocLevels:
    """Battery state-of-charge limits, flat."""

    last_energy_update_timestamp: str | Unset = UNSET
    """ Last update of the energy data, ISO 8601 UTC (e.g. `2025-04-18T06:51:09Z`). """
    soc_min: int | Unset = UNSET
    """ Minimum state of charge in % (15–45 in the app). """
    soc_target: int | Unset = UNSET
    """ Target state of charge in % (charging stops there, 55–100 in the app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_energy_update_timestamp = self.last_energy_update_timestamp

        soc_min = self.soc_min

        soc_target = self.soc_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_energy_update_timestamp is not UNSET:
            field_dict["lastEnergyUpdateTimestamp"] = last_energy_update_timestamp
        if soc_min is not UNSET:
            field_dict["socMin"] = soc_min
        if soc_target is not UNSET:
            field_dict["socTarget"] = soc_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_energy_update_timestamp = d.pop("lastEnergyUpdateTimestamp", UNSET)

        soc_min = d.pop("socMin", UNSET)

        soc_target = d.pop("socTarget", UNSET)

        kcm_soc_levels = cls(
            last_energy_update_timestamp=last_energy_update_timestamp,
            soc_min=soc_min,
            soc_target=soc_target,
        )

        kcm_soc_levels.additional_properties = d
        return kcm_soc_levels

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
