from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonPhone")


@_attrs_define
class PersonPhone:
    """One phone number of the person."""

    phone_type: str | Unset = UNSET
    """ Kind of phone. """
    phone_value: str | Unset = UNSET
    """ The phone number (without country prefix). """
    area_code: str | Unset = UNSET
    """ International dialling prefix without `+`, e.g. `33`. """
    created_date: str | Unset = UNSET
    """ Creation timestamp, ISO 8601. """
    last_modified_date: str | Unset = UNSET
    """ Last modification timestamp, ISO 8601. """
    functional_creation_date: str | Unset = UNSET
    """ Business creation timestamp, ISO 8601. """
    functional_modification_date: str | Unset = UNSET
    """ Business modification timestamp, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_type = self.phone_type

        phone_value = self.phone_value

        area_code = self.area_code

        created_date = self.created_date

        last_modified_date = self.last_modified_date

        functional_creation_date = self.functional_creation_date

        functional_modification_date = self.functional_modification_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_type is not UNSET:
            field_dict["phoneType"] = phone_type
        if phone_value is not UNSET:
            field_dict["phoneValue"] = phone_value
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date
        if functional_creation_date is not UNSET:
            field_dict["functionalCreationDate"] = functional_creation_date
        if functional_modification_date is not UNSET:
            field_dict["functionalModificationDate"] = functional_modification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_type = d.pop("phoneType", UNSET)

        phone_value = d.pop("phoneValue", UNSET)

        area_code = d.pop("areaCode", UNSET)

        created_date = d.pop("createdDate", UNSET)

        last_modified_date = d.pop("lastModifiedDate", UNSET)

        functional_creation_date = d.pop("functionalCreationDate", UNSET)

        functional_modification_date = d.pop("functionalModificationDate", UNSET)

        person_phone = cls(
            phone_type=phone_type,
            phone_value=phone_value,
            area_code=area_code,
            created_date=created_date,
            last_modified_date=last_modified_date,
            functional_creation_date=functional_creation_date,
            functional_modification_date=functional_modification_date,
        )

        person_phone.additional_properties = d
        return person_phone

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
