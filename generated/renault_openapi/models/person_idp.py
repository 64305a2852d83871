from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonIdp")


@_attrs_define
class PersonIdp:
    """Identity-provider (Gigya) record of the person."""

    idp_id: str | Unset = UNSET
    """ Id of the person at the identity provider (Gigya UID). """
    idp_type: str | Unset = UNSET
    """ Identity provider. """
    idp_status: str | Unset = UNSET
    """ Status at the identity provider. """
    login: str | Unset = UNSET
    """ Login (the e-mail address). """
    login_type: str | Unset = UNSET
    """ Kind of login. """
    last_login_date: str | Unset = UNSET
    """ Last login, ISO 8601 UTC. """
    terms_condition_acceptance: bool | Unset = UNSET
    """ Whether the terms and conditions were accepted. """
    terms_condition_last_acceptance_date: str | Unset = UNSET
    """ Last acceptance of the terms, ISO 8601 with microseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idp_id = self.idp_id

        idp_type = self.idp_type

        idp_status = self.idp_status

        login = self.login

        login_type = self.login_type

        last_login_date = self.last_login_date

        terms_condition_acceptance = self.terms_condition_acceptance

        terms_condition_last_acceptance_date = self.terms_condition_last_acceptance_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idp_id is not UNSET:
            field_dict["idpId"] = idp_id
        if idp_type is not UNSET:
            field_dict["idpType"] = idp_type
        if idp_status is not UNSET:
            field_dict["idpStatus"] = idp_status
        if login is not UNSET:
            field_dict["login"] = login
        if login_type is not UNSET:
            field_dict["loginType"] = login_type
        if last_login_date is not UNSET:
            field_dict["lastLoginDate"] = last_login_date
        if terms_condition_acceptance is not UNSET:
            field_dict["termsConditionAcceptance"] = terms_condition_acceptance
        if terms_condition_last_acceptance_date is not UNSET:
            field_dict["termsConditionLastAcceptanceDate"] = (
                terms_condition_last_acceptance_date
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idp_id = d.pop("idpId", UNSET)

        idp_type = d.pop("idpType", UNSET)

        idp_status = d.pop("idpStatus", UNSET)

        login = d.pop("login", UNSET)

        login_type = d.pop("loginType", UNSET)

        last_login_date = d.pop("lastLoginDate", UNSET)

        terms_condition_acceptance = d.pop("termsConditionAcceptance", UNSET)

        terms_condition_last_acceptance_date = d.pop(
            "termsConditionLastAcceptanceDate", UNSET
        )

        person_idp = cls(
            idp_id=idp_id,
            idp_type=idp_type,
            idp_status=idp_status,
            login=login,
            login_type=login_type,
            last_login_date=last_login_date,
            terms_condition_acceptance=terms_condition_acceptance,
            terms_condition_last_acceptance_date=terms_condition_last_acceptance_date,
        )

        person_idp.additional_properties = d
        return person_idp

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
