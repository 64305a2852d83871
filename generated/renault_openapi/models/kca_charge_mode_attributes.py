from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_charge_mode_reading import KnownChargeModeReading
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaChargeModeAttributes")


@_attrs_define
class KcaChargeModeAttributes:
    charge_mode: KnownChargeModeReading | str | Unset = UNSET
    """ Current charge mode (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_mode: str | Unset
        if isinstance(self.charge_mode, Unset):
            charge_mode = UNSET
        elif isinstance(self.charge_mode, KnownChargeModeReading):
            charge_mode = self.charge_mode.value
        else:
            charge_mode = self.charge_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_mode is not UNSET:
            field_dict["chargeMode"] = charge_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_charge_mode(data: object) -> KnownChargeModeReading | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                charge_mode_type_0 = KnownChargeModeReading(data)

                return charge_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownChargeModeReading | str | Unset, data)

        charge_mode = _parse_charge_mode(d.pop("chargeMode", UNSET))

        kca_charge_mode_attributes = cls(
            charge_mode=charge_mode,
        )

        kca_charge_mode_attributes.additional_properties = d
        return kca_charge_mode_attributes

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
