from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GigyaAccountData")


@_attrs_define
class GigyaAccountData:
    """Site-specific account data; for Renault the link to Kamereon."""

    person_id: str | Unset = UNSET
    """ The Kamereon person id (`{personId}` of the commerce person endpoint). """
    gigya_data_center: str | Unset = UNSET
    """ Gigya data centre holding the account, e.g. `eu1.gigya.com` (the captures use a placeholder). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        gigya_data_center = self.gigya_data_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if gigya_data_center is not UNSET:
            field_dict["gigyaDataCenter"] = gigya_data_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("personId", UNSET)

        gigya_data_center = d.pop("gigyaDataCenter", UNSET)

        gigya_account_data = cls(
            person_id=person_id,
            gigya_data_center=gigya_data_center,
        )

        gigya_account_data.additional_properties = d
        return gigya_account_data

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
