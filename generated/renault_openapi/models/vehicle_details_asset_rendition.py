from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_rendition_resolution_type import KnownRenditionResolutionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleDetailsAssetRendition")


@_attrs_define
class VehicleDetailsAssetRendition:
    """One rendition of an asset."""

    resolution_type: KnownRenditionResolutionType | None | str | Unset = UNSET
    """ Picture size (open set, null for non-pictures): `ONE_MYRENAULT_LARGE`, `ONE_MYRENAULT_SMALL`. """
    resolution: Any | Unset = UNSET
    """ Resolution (only `null` seen; shape unknown). """
    url: str | Unset = UNSET
    """ URL of the rendition (for `VIDEO` assets a YouTube video id). """
    size: None | str | Unset = UNSET
    """ Size hint as a string (`11`, `72`…; unit unknown). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution_type: None | str | Unset
        if isinstance(self.resolution_type, Unset):
            resolution_type = UNSET
        elif isinstance(self.resolution_type, KnownRenditionResolutionType):
            resolution_type = self.resolution_type.value
        else:
            resolution_type = self.resolution_type

        resolution = self.resolution

        url = self.url

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution_type is not UNSET:
            field_dict["resolutionType"] = resolution_type
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_resolution_type(
            data: object,
        ) -> KnownRenditionResolutionType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_type_0 = KnownRenditionResolutionType(data)

                return resolution_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownRenditionResolutionType | None | str | Unset, data)

        resolution_type = _parse_resolution_type(d.pop("resolutionType", UNSET))

        resolution = d.pop("resolution", UNSET)

        url = d.pop("url", UNSET)

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        vehicle_details_asset_rendition = cls(
            resolution_type=resolution_type,
            resolution=resolution,
            url=url,
            size=size,
        )

        vehicle_details_asset_rendition.additional_properties = d
        return vehicle_details_asset_rendition

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
