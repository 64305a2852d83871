from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaLocationAttributes")


@_attrs_define
class KcaLocationAttributes:
    gps_latitude: float | Unset = UNSET
    """ Latitude, decimal degrees (WGS 84); 91 is a "no fix" sentinel. """
    gps_longitude: float | Unset = UNSET
    """ Longitude, decimal degrees (WGS 84); 181 is a "no fix" sentinel. """
    gps_direction: float | None | Unset = UNSET
    """ Heading, degrees (null in captures). """
    last_update_time: str | Unset = UNSET
    """ When the position was recorded, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gps_latitude = self.gps_latitude

        gps_longitude = self.gps_longitude

        gps_direction: float | None | Unset
        if isinstance(self.gps_direction, Unset):
            gps_direction = UNSET
        else:
            gps_direction = self.gps_direction

        last_update_time = self.last_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gps_latitude is not UNSET:
            field_dict["gpsLatitude"] = gps_latitude
        if gps_longitude is not UNSET:
            field_dict["gpsLongitude"] = gps_longitude
        if gps_direction is not UNSET:
            field_dict["gpsDirection"] = gps_direction
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gps_latitude = d.pop("gpsLatitude", UNSET)

        gps_longitude = d.pop("gpsLongitude", UNSET)

        def _parse_gps_direction(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gps_direction = _parse_gps_direction(d.pop("gpsDirection", UNSET))

        last_update_time = d.pop("lastUpdateTime", UNSET)

        kca_location_attributes = cls(
            gps_latitude=gps_latitude,
            gps_longitude=gps_longitude,
            gps_direction=gps_direction,
            last_update_time=last_update_time,
        )

        kca_location_attributes.additional_properties = d
        return kca_location_attributes

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
