from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_contract_status import KnownContractStatus
from ..models.known_contract_type import KnownContractType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_contract_condition import VehicleContractCondition


T = TypeVar("T", bound="VehicleContract")


@_attrs_define
class VehicleContract:
    """One contract, connected service or warranty of the vehicle."""

    type_: KnownContractType | str | Unset = UNSET
    """ Contract kind (open set): `WARRANTY_MAINTENANCE_CONTRACTS`, `CONNECTED_SERVICES`, `WARRANTY`. """
    contract_id: str | Unset = UNSET
    """ Contract number (absent for warranties). """
    code: str | Unset = UNSET
    """ Product code (`40`, `ZECONNECTP`, `GBA`, `ManufacturerWarranty`…). """
    sub_code: str | Unset = UNSET
    """ Product sub-code. """
    group: str | Unset = UNSET
    """ Product group (`EXT`, `Z`, `T`, `L`, `N`). """
    duration_months: int | Unset = UNSET
    """ Contract duration, months (0 when open-ended or rejected). """
    start_date: str | Unset = UNSET
    """ Start date, `YYYY-MM-DD`. """
    end_date: str | Unset = UNSET
    """ End date, `YYYY-MM-DD`. """
    status: KnownContractStatus | str | Unset = UNSET
    """ Contract status (open set): `ACTIVE`, `ENDED`, `REJECTED`. """
    status_label: str | Unset = UNSET
    """ Localised status (`Actif`, `Expiré`, `Echec d’activation`). """
    description: str | Unset = UNSET
    """ Localised product description. """
    conditions: list[VehicleContractCondition] | Unset = UNSET
    """ Coverage conditions (period and mileage limit). """
    extendable: bool | Unset = UNSET
    """ Whether the contract can be extended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, KnownContractType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        contract_id = self.contract_id

        code = self.code

        sub_code = self.sub_code

        group = self.group

        duration_months = self.duration_months

        start_date = self.start_date

        end_date = self.end_date

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownContractStatus):
            status = self.status.value
        else:
            status = self.status

        status_label = self.status_label

        description = self.description

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        extendable = self.extendable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if code is not UNSET:
            field_dict["code"] = code
        if sub_code is not UNSET:
            field_dict["subCode"] = sub_code
        if group is not UNSET:
            field_dict["group"] = group
        if duration_months is not UNSET:
            field_dict["durationMonths"] = duration_months
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if status is not UNSET:
            field_dict["status"] = status
        if status_label is not UNSET:
            field_dict["statusLabel"] = status_label
        if description is not UNSET:
            field_dict["description"] = description
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if extendable is not UNSET:
            field_dict["extendable"] = extendable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_contract_condition import VehicleContractCondition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> KnownContractType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = KnownContractType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownContractType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        contract_id = d.pop("contractId", UNSET)

        code = d.pop("code", UNSET)

        sub_code = d.pop("subCode", UNSET)

        group = d.pop("group", UNSET)

        duration_months = d.pop("durationMonths", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        def _parse_status(data: object) -> KnownContractStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = KnownContractStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownContractStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        status_label = d.pop("statusLabel", UNSET)

        description = d.pop("description", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[VehicleContractCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = VehicleContractCondition.from_dict(
                    conditions_item_data
                )

                conditions.append(conditions_item)

        extendable = d.pop("extendable", UNSET)

        vehicle_contract = cls(
            type_=type_,
            contract_id=contract_id,
            code=code,
            sub_code=sub_code,
            group=group,
            duration_months=duration_months,
            start_date=start_date,
            end_date=end_date,
            status=status,
            status_label=status_label,
            description=description,
            conditions=conditions,
            extendable=extendable,
        )

        vehicle_contract.additional_properties = d
        return vehicle_contract

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
