from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_vehicle_asset_type import KnownVehicleAssetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_details_asset_rendition import VehicleDetailsAssetRendition


T = TypeVar("T", bound="VehicleDetailsAsset")


@_attrs_define
class VehicleDetailsAsset:
    """A media asset of the model (picture, PDF guide, URL, YouTube video)."""

    asset_type: KnownVehicleAssetType | str | Unset = UNSET
    """ Kind of asset (open set): `PICTURE`, `PDF`, `URL`, `VIDEO`. """
    asset_role: None | str | Unset = UNSET
    """ Role of the asset. """
    title: None | str | Unset = UNSET
    """ Title of the asset. """
    description: None | str | Unset = UNSET
    """ Description (usually empty). """
    viewpoint: None | str | Unset = UNSET
    """ Picture viewpoint (`mybrand_2`, `myb_car_selector`, …). """
    view_point_in_lower_case: None | str | Unset = UNSET
    """ Same as `viewpoint`, lower case. """
    renditions: list[VehicleDetailsAssetRendition] | Unset = UNSET
    """ Available renditions of the asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type: str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        elif isinstance(self.asset_type, KnownVehicleAssetType):
            asset_type = self.asset_type.value
        else:
            asset_type = self.asset_type

        asset_role: None | str | Unset
        if isinstance(self.asset_role, Unset):
            asset_role = UNSET
        else:
            asset_role = self.asset_role

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        viewpoint: None | str | Unset
        if isinstance(self.viewpoint, Unset):
            viewpoint = UNSET
        else:
            viewpoint = self.viewpoint

        view_point_in_lower_case: None | str | Unset
        if isinstance(self.view_point_in_lower_case, Unset):
            view_point_in_lower_case = UNSET
        else:
            view_point_in_lower_case = self.view_point_in_lower_case

        renditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.renditions, Unset):
            renditions = []
            for renditions_item_data in self.renditions:
                renditions_item = renditions_item_data.to_dict()
                renditions.append(renditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if asset_role is not UNSET:
            field_dict["assetRole"] = asset_role
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if viewpoint is not UNSET:
            field_dict["viewpoint"] = viewpoint
        if view_point_in_lower_case is not UNSET:
            field_dict["viewPointInLowerCase"] = view_point_in_lower_case
        if renditions is not UNSET:
            field_dict["renditions"] = renditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_details_asset_rendition import (
            VehicleDetailsAssetRendition,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_asset_type(data: object) -> KnownVehicleAssetType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_type_type_0 = KnownVehicleAssetType(data)

                return asset_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownVehicleAssetType | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("assetType", UNSET))

        def _parse_asset_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_role = _parse_asset_role(d.pop("assetRole", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_viewpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        viewpoint = _parse_viewpoint(d.pop("viewpoint", UNSET))

        def _parse_view_point_in_lower_case(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view_point_in_lower_case = _parse_view_point_in_lower_case(
            d.pop("viewPointInLowerCase", UNSET)
        )

        _renditions = d.pop("renditions", UNSET)
        renditions: list[VehicleDetailsAssetRendition] | Unset = UNSET
        if _renditions is not UNSET:
            renditions = []
            for renditions_item_data in _renditions:
                renditions_item = VehicleDetailsAssetRendition.from_dict(
                    renditions_item_data
                )

                renditions.append(renditions_item)

        vehicle_details_asset = cls(
            asset_type=asset_type,
            asset_role=asset_role,
            title=title,
            description=description,
            viewpoint=viewpoint,
            view_point_in_lower_case=view_point_in_lower_case,
            renditions=renditions,
        )

        vehicle_details_asset.additional_properties = d
        return vehicle_details_asset

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
