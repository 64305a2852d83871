from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleLinkConnectedDriver")


@_attrs_define
class VehicleLinkConnectedDriver:
    """The driver connected to the vehicle."""

    role: str | Unset = UNSET
    """ Role of the account holder. """
    created_date: str | Unset = UNSET
    """ Creation timestamp, ISO 8601. """
    last_modified_date: str | Unset = UNSET
    """ Last modification timestamp, ISO 8601. """
    created_by: str | Unset = UNSET
    """ Creator (`MyRenault Backend` seen). """
    last_modified_by: str | Unset = UNSET
    """ Last modifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        created_date = self.created_date

        last_modified_date = self.last_modified_date

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        created_date = d.pop("createdDate", UNSET)

        last_modified_date = d.pop("lastModifiedDate", UNSET)

        created_by = d.pop("createdBy", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        vehicle_link_connected_driver = cls(
            role=role,
            created_date=created_date,
            last_modified_date=last_modified_date,
            created_by=created_by,
            last_modified_by=last_modified_by,
        )

        vehicle_link_connected_driver.additional_properties = d
        return vehicle_link_connected_driver

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
