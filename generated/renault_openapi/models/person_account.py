from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_account_type import KnownAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonAccount")


@_attrs_define
class PersonAccount:
    """One Kamereon account of the person."""

    account_id: str | Unset = UNSET
    """ Kamereon account id, used in every vehicle URL. """
    external_id: str | Unset = UNSET
    """ Id of the account in the external system (SFDC accounts). """
    account_type: KnownAccountType | str | Unset = UNSET
    """ Account type (open set): `MYRENAULT` holds the vehicles, `SFDC` is the Salesforce CRM account. """
    account_status: str | Unset = UNSET
    """ Account status. """
    country: str | Unset = UNSET
    """ Two-letter country code of the account. """
    person_id: str | Unset = UNSET
    """ Owning person id. """
    relation_type: str | Unset = UNSET
    """ Relation of the person to the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        external_id = self.external_id

        account_type: str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, KnownAccountType):
            account_type = self.account_type.value
        else:
            account_type = self.account_type

        account_status = self.account_status

        country = self.country

        person_id = self.person_id

        relation_type = self.relation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if country is not UNSET:
            field_dict["country"] = country
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if relation_type is not UNSET:
            field_dict["relationType"] = relation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        external_id = d.pop("externalId", UNSET)

        def _parse_account_type(data: object) -> KnownAccountType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_type_type_0 = KnownAccountType(data)

                return account_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownAccountType | str | Unset, data)

        account_type = _parse_account_type(d.pop("accountType", UNSET))

        account_status = d.pop("accountStatus", UNSET)

        country = d.pop("country", UNSET)

        person_id = d.pop("personId", UNSET)

        relation_type = d.pop("relationType", UNSET)

        person_account = cls(
            account_id=account_id,
            external_id=external_id,
            account_type=account_type,
            account_status=account_status,
            country=country,
            person_id=person_id,
            relation_type=relation_type,
        )

        person_account.additional_properties = d
        return person_account

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
