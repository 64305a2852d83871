from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KcmSocLevelsUpdate")


@_attrs_define
class KcmSocLevelsUpdate:
    """Body of POST `ev/soc-levels` (flat)."""

    soc_min: int
    """ Minimum state of charge in %. The MyRenault app offers 15–45 in steps of 5 and clients check that range
    before sending (renault_ext does); what the server itself refuses is not known (renault-api's test sends 10), so
    the schema only bounds it to 0–100. """
    soc_target: int
    """ Target state of charge in %. The app offers 55–100 in steps of 5 (checked by clients, as socMin); the schema
    only bounds it to 0–100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        soc_min = self.soc_min

        soc_target = self.soc_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "socMin": soc_min,
                "socTarget": soc_target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soc_min = d.pop("socMin")

        soc_target = d.pop("socTarget")

        kcm_soc_levels_update = cls(
            soc_min=soc_min,
            soc_target=soc_target,
        )

        kcm_soc_levels_update.additional_properties = d
        return kcm_soc_levels_update

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
