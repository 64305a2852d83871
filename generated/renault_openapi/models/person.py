from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_account import PersonAccount
    from ..models.person_email import PersonEmail
    from ..models.person_idp import PersonIdp
    from ..models.person_phone import PersonPhone


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A Kamereon person (the MyRenault user) and its accounts."""

    person_id: str | Unset = UNSET
    """ Kamereon person id (same as Gigya `data.personId`). """
    type_: str | Unset = UNSET
    """ Person type; `I` (individual) seen. """
    country: str | Unset = UNSET
    """ Two-letter country code of the person. """
    civility: str | Unset = UNSET
    """ Civility code as a string (`1` seen). """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    idp: PersonIdp | Unset = UNSET
    """ Identity-provider (Gigya) record of the person. """
    emails: list[PersonEmail] | Unset = UNSET
    """ E-mail addresses of the person. """
    phones: list[PersonPhone] | Unset = UNSET
    """ Phone numbers of the person. """
    identities: list[Any] | Unset = UNSET
    """ Other identities (always empty in captures; item shape unknown). """
    myr_request: bool | Unset = UNSET
    """ Whether a MyRenault request is pending for the person. """
    accounts: list[PersonAccount] | Unset = UNSET
    """ Kamereon accounts of the person; the `MYRENAULT` one holds the vehicles. """
    party_id: str | Unset = UNSET
    """ Renault CRM party id. """
    mdm_id: str | Unset = UNSET
    """ Master-data-management id. """
    created_date: str | Unset = UNSET
    """ Creation timestamp, ISO 8601 with microseconds. """
    last_modified_date: str | Unset = UNSET
    """ Last modification timestamp, ISO 8601 with microseconds. """
    functional_creation_date: str | Unset = UNSET
    """ Business creation timestamp, ISO 8601. """
    functional_modification_date: str | Unset = UNSET
    """ Business modification timestamp, ISO 8601. """
    locale: str | Unset = UNSET
    """ Locale with a hyphen, e.g. `fr-FR`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        type_ = self.type_

        country = self.country

        civility = self.civility

        first_name = self.first_name

        last_name = self.last_name

        idp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idp, Unset):
            idp = self.idp.to_dict()

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        identities: list[Any] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = self.identities

        myr_request = self.myr_request

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        party_id = self.party_id

        mdm_id = self.mdm_id

        created_date = self.created_date

        last_modified_date = self.last_modified_date

        functional_creation_date = self.functional_creation_date

        functional_modification_date = self.functional_modification_date

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if civility is not UNSET:
            field_dict["civility"] = civility
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if idp is not UNSET:
            field_dict["idp"] = idp
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if identities is not UNSET:
            field_dict["identities"] = identities
        if myr_request is not UNSET:
            field_dict["myrRequest"] = myr_request
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if party_id is not UNSET:
            field_dict["partyId"] = party_id
        if mdm_id is not UNSET:
            field_dict["mdmId"] = mdm_id
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date
        if functional_creation_date is not UNSET:
            field_dict["functionalCreationDate"] = functional_creation_date
        if functional_modification_date is not UNSET:
            field_dict["functionalModificationDate"] = functional_modification_date
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_account import PersonAccount  # noqa: PLC0415
        from ..models.person_email import PersonEmail  # noqa: PLC0415
        from ..models.person_idp import PersonIdp  # noqa: PLC0415
        from ..models.person_phone import PersonPhone  # noqa: PLC0415

        d = dict(src_dict)
        person_id = d.pop("personId", UNSET)

        type_ = d.pop("type", UNSET)

        country = d.pop("country", UNSET)

        civility = d.pop("civility", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _idp = d.pop("idp", UNSET)
        idp: PersonIdp | Unset
        if isinstance(_idp, Unset):
            idp = UNSET
        else:
            idp = PersonIdp.from_dict(_idp)

        _emails = d.pop("emails", UNSET)
        emails: list[PersonEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = PersonEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _phones = d.pop("phones", UNSET)
        phones: list[PersonPhone] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = PersonPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        identities = cast(list[Any], d.pop("identities", UNSET))

        myr_request = d.pop("myrRequest", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[PersonAccount] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = PersonAccount.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        party_id = d.pop("partyId", UNSET)

        mdm_id = d.pop("mdmId", UNSET)

        created_date = d.pop("createdDate", UNSET)

        last_modified_date = d.pop("lastModifiedDate", UNSET)

        functional_creation_date = d.pop("functionalCreationDate", UNSET)

        functional_modification_date = d.pop("functionalModificationDate", UNSET)

        locale = d.pop("locale", UNSET)

        person = cls(
            person_id=person_id,
            type_=type_,
            country=country,
            civility=civility,
            first_name=first_name,
            last_name=last_name,
            idp=idp,
            emails=emails,
            phones=phones,
            identities=identities,
            myr_request=myr_request,
            accounts=accounts,
            party_id=party_id,
            mdm_id=mdm_id,
            created_date=created_date,
            last_modified_date=last_modified_date,
            functional_creation_date=functional_creation_date,
            functional_modification_date=functional_modification_date,
            locale=locale,
        )

        person.additional_properties = d
        return person

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
