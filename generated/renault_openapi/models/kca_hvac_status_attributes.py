from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_hvac_status import KnownHvacStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaHvacStatusAttributes")


@_attrs_define
class KcaHvacStatusAttributes:
    hvac_status: KnownHvacStatus | str | Unset = UNSET
    """ Climate control running (`on`) or not (`off`); ZOE phase 1 always says `off`. """
    external_temperature: float | Unset = UNSET
    """ Outside temperature, °C. """
    internal_temperature: float | Unset = UNSET
    """ Cabin temperature, °C (added 2026-03). """
    soc_threshold: float | Unset = UNSET
    """ Battery level below which remote pre-conditioning is refused, %. """
    next_hvac_start_date: str | Unset = UNSET
    """ Next programmed pre-conditioning start, ISO 8601. """
    last_update_time: str | Unset = UNSET
    """ When the car reported these values, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hvac_status: str | Unset
        if isinstance(self.hvac_status, Unset):
            hvac_status = UNSET
        elif isinstance(self.hvac_status, KnownHvacStatus):
            hvac_status = self.hvac_status.value
        else:
            hvac_status = self.hvac_status

        external_temperature = self.external_temperature

        internal_temperature = self.internal_temperature

        soc_threshold = self.soc_threshold

        next_hvac_start_date = self.next_hvac_start_date

        last_update_time = self.last_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hvac_status is not UNSET:
            field_dict["hvacStatus"] = hvac_status
        if external_temperature is not UNSET:
            field_dict["externalTemperature"] = external_temperature
        if internal_temperature is not UNSET:
            field_dict["internalTemperature"] = internal_temperature
        if soc_threshold is not UNSET:
            field_dict["socThreshold"] = soc_threshold
        if next_hvac_start_date is not UNSET:
            field_dict["nextHvacStartDate"] = next_hvac_start_date
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hvac_status(data: object) -> KnownHvacStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hvac_status_type_0 = KnownHvacStatus(data)

                return hvac_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownHvacStatus | str | Unset, data)

        hvac_status = _parse_hvac_status(d.pop("hvacStatus", UNSET))

        external_temperature = d.pop("externalTemperature", UNSET)

        internal_temperature = d.pop("internalTemperature", UNSET)

        soc_threshold = d.pop("socThreshold", UNSET)

        next_hvac_start_date = d.pop("nextHvacStartDate", UNSET)

        last_update_time = d.pop("lastUpdateTime", UNSET)

        kca_hvac_status_attributes = cls(
            hvac_status=hvac_status,
            external_temperature=external_temperature,
            internal_temperature=internal_temperature,
            soc_threshold=soc_threshold,
            next_hvac_start_date=next_hvac_start_date,
            last_update_time=last_update_time,
        )

        kca_hvac_status_attributes.additional_properties = d
        return kca_hvac_status_attributes

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
