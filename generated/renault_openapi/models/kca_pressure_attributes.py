from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaPressureAttributes")


@_attrs_define
class KcaPressureAttributes:
    fl_pressure: int | Unset = UNSET
    """ Tyre pressure, millibar (2460 = 2.46 bar). fl/fr/rl/rr = front/rear left/right. """
    fr_pressure: int | Unset = UNSET
    """ Tyre pressure, millibar (2460 = 2.46 bar). fl/fr/rl/rr = front/rear left/right. """
    rl_pressure: int | Unset = UNSET
    """ Tyre pressure, millibar (2460 = 2.46 bar). fl/fr/rl/rr = front/rear left/right. """
    rr_pressure: int | Unset = UNSET
    """ Tyre pressure, millibar (2460 = 2.46 bar). fl/fr/rl/rr = front/rear left/right. """
    fl_status: int | Unset = UNSET
    """ Tyre warning code (0 = no warning; other values not seen). """
    fr_status: int | Unset = UNSET
    """ Tyre warning code (0 = no warning; other values not seen). """
    rl_status: int | Unset = UNSET
    """ Tyre warning code (0 = no warning; other values not seen). """
    rr_status: int | Unset = UNSET
    """ Tyre warning code (0 = no warning; other values not seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fl_pressure = self.fl_pressure

        fr_pressure = self.fr_pressure

        rl_pressure = self.rl_pressure

        rr_pressure = self.rr_pressure

        fl_status = self.fl_status

        fr_status = self.fr_status

        rl_status = self.rl_status

        rr_status = self.rr_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fl_pressure is not UNSET:
            field_dict["flPressure"] = fl_pressure
        if fr_pressure is not UNSET:
            field_dict["frPressure"] = fr_pressure
        if rl_pressure is not UNSET:
            field_dict["rlPressure"] = rl_pressure
        if rr_pressure is not UNSET:
            field_dict["rrPressure"] = rr_pressure
        if fl_status is not UNSET:
            field_dict["flStatus"] = fl_status
        if fr_status is not UNSET:
            field_dict["frStatus"] = fr_status
        if rl_status is not UNSET:
            field_dict["rlStatus"] = rl_status
        if rr_status is not UNSET:
            field_dict["rrStatus"] = rr_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fl_pressure = d.pop("flPressure", UNSET)

        fr_pressure = d.pop("frPressure", UNSET)

        rl_pressure = d.pop("rlPressure", UNSET)

        rr_pressure = d.pop("rrPressure", UNSET)

        fl_status = d.pop("flStatus", UNSET)

        fr_status = d.pop("frStatus", UNSET)

        rl_status = d.pop("rlStatus", UNSET)

        rr_status = d.pop("rrStatus", UNSET)

        kca_pressure_attributes = cls(
            fl_pressure=fl_pressure,
            fr_pressure=fr_pressure,
            rl_pressure=rl_pressure,
            rr_pressure=rr_pressure,
            fl_status=fl_status,
            fr_status=fr_status,
            rl_status=rl_status,
            rr_status=rr_status,
        )

        kca_pressure_attributes.additional_properties = d
        return kca_pressure_attributes

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
