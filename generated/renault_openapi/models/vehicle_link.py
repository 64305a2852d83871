from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_vehicle_brand import KnownVehicleBrand
from ..models.known_vehicle_link_type import KnownVehicleLinkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_details import VehicleDetails
    from ..models.vehicle_link_cancellation_reason import VehicleLinkCancellationReason
    from ..models.vehicle_link_connected_driver import VehicleLinkConnectedDriver
    from ..models.vehicle_link_dealer import VehicleLinkDealer


T = TypeVar("T", bound="VehicleLink")


@_attrs_define
class VehicleLink:
    """Link between the account and one vehicle, with the vehicle's details."""

    vin: str
    """ VIN of the linked vehicle (17 characters). """
    brand: KnownVehicleBrand | str | Unset = UNSET
    """ Brand of the vehicle (open set: `RENAULT`, `DACIA`, `ALPINE`). """
    status: str | Unset = UNSET
    """ Link status. """
    link_type: KnownVehicleLinkType | str | Unset = UNSET
    """ Relation of the account to the vehicle (open set): `OWNER` or `USER` (shared car). """
    garage_brand: str | Unset = UNSET
    """ Brand of the garage in the app; case varies (`RENAULT`, `renault`, `alpine`). """
    annual_mileage: float | None | Unset = UNSET
    """ Declared annual mileage, km per year. """
    mileage: float | None | Unset = UNSET
    """ Last declared/known mileage, in `mileageUnit` (km). """
    mileage_unit: None | str | Unset = UNSET
    """ Unit of `mileage`. """
    mileage_date: None | str | Unset = UNSET
    """ Date of `mileage`, `YYYY-MM-DD`. """
    estimated_mileage: float | None | Unset = UNSET
    """ Estimated current mileage, km (only `null` seen). """
    start_date: str | Unset = UNSET
    """ Start of the link, `YYYY-MM-DD`. """
    end_date: None | str | Unset = UNSET
    """ End of the link, `YYYY-MM-DD`. """
    created_date: str | Unset = UNSET
    """ Creation timestamp, ISO 8601 (micro- or nanoseconds). """
    created_by: None | str | Unset = UNSET
    """ Creator of the link. """
    last_modified_date: str | Unset = UNSET
    """ Last modification timestamp, ISO 8601. """
    last_modified_by: None | str | Unset = UNSET
    """ Last modifier of the link. """
    ownership_start_date: str | Unset = UNSET
    """ Start of ownership, `YYYY-MM-DD`. """
    ownership_end_date: None | str | Unset = UNSET
    """ End of ownership, `YYYY-MM-DD`. """
    cancellation_reason: VehicleLinkCancellationReason | Unset = UNSET
    """ Reason the link was cancelled (an empty object or nulls for active links). """
    preferred_dealer: None | Unset | VehicleLinkDealer = UNSET
    """ Preferred dealer of the owner, or `null`. """
    connected_driver: VehicleLinkConnectedDriver | Unset = UNSET
    """ The driver connected to the vehicle. """
    install_software: Any | Unset = UNSET
    """ Software installation state (only `null` seen; shape unknown). """
    digital_maintenance_booklet_generation_date: None | str | Unset = UNSET
    """ Generation date of the digital maintenance booklet. """
    vehicle_details: VehicleDetails | Unset = UNSET
    """ Static description of a vehicle, shared by `vehicleLinks[].vehicleDetails` and the
    details endpoint. Most equipment items are `{code, label, group}` triples
    (`VehicleDetailsCodeLabel`); `group` is the equipment family number.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vehicle_link_dealer import VehicleLinkDealer  # noqa: PLC0415

        vin = self.vin

        brand: str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, KnownVehicleBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        status = self.status

        link_type: str | Unset
        if isinstance(self.link_type, Unset):
            link_type = UNSET
        elif isinstance(self.link_type, KnownVehicleLinkType):
            link_type = self.link_type.value
        else:
            link_type = self.link_type

        garage_brand = self.garage_brand

        annual_mileage: float | None | Unset
        if isinstance(self.annual_mileage, Unset):
            annual_mileage = UNSET
        else:
            annual_mileage = self.annual_mileage

        mileage: float | None | Unset
        if isinstance(self.mileage, Unset):
            mileage = UNSET
        else:
            mileage = self.mileage

        mileage_unit: None | str | Unset
        if isinstance(self.mileage_unit, Unset):
            mileage_unit = UNSET
        else:
            mileage_unit = self.mileage_unit

        mileage_date: None | str | Unset
        if isinstance(self.mileage_date, Unset):
            mileage_date = UNSET
        else:
            mileage_date = self.mileage_date

        estimated_mileage: float | None | Unset
        if isinstance(self.estimated_mileage, Unset):
            estimated_mileage = UNSET
        else:
            estimated_mileage = self.estimated_mileage

        start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        created_date = self.created_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        last_modified_date = self.last_modified_date

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        ownership_start_date = self.ownership_start_date

        ownership_end_date: None | str | Unset
        if isinstance(self.ownership_end_date, Unset):
            ownership_end_date = UNSET
        else:
            ownership_end_date = self.ownership_end_date

        cancellation_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_reason, Unset):
            cancellation_reason = self.cancellation_reason.to_dict()

        preferred_dealer: dict[str, Any] | None | Unset
        if isinstance(self.preferred_dealer, Unset):
            preferred_dealer = UNSET
        elif isinstance(self.preferred_dealer, VehicleLinkDealer):
            preferred_dealer = self.preferred_dealer.to_dict()
        else:
            preferred_dealer = self.preferred_dealer

        connected_driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connected_driver, Unset):
            connected_driver = self.connected_driver.to_dict()

        install_software = self.install_software

        digital_maintenance_booklet_generation_date: None | str | Unset
        if isinstance(self.digital_maintenance_booklet_generation_date, Unset):
            digital_maintenance_booklet_generation_date = UNSET
        else:
            digital_maintenance_booklet_generation_date = (
                self.digital_maintenance_booklet_generation_date
            )

        vehicle_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle_details, Unset):
            vehicle_details = self.vehicle_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if status is not UNSET:
            field_dict["status"] = status
        if link_type is not UNSET:
            field_dict["linkType"] = link_type
        if garage_brand is not UNSET:
            field_dict["garageBrand"] = garage_brand
        if annual_mileage is not UNSET:
            field_dict["annualMileage"] = annual_mileage
        if mileage is not UNSET:
            field_dict["mileage"] = mileage
        if mileage_unit is not UNSET:
            field_dict["mileageUnit"] = mileage_unit
        if mileage_date is not UNSET:
            field_dict["mileageDate"] = mileage_date
        if estimated_mileage is not UNSET:
            field_dict["estimatedMileage"] = estimated_mileage
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if ownership_start_date is not UNSET:
            field_dict["ownershipStartDate"] = ownership_start_date
        if ownership_end_date is not UNSET:
            field_dict["ownershipEndDate"] = ownership_end_date
        if cancellation_reason is not UNSET:
            field_dict["cancellationReason"] = cancellation_reason
        if preferred_dealer is not UNSET:
            field_dict["preferredDealer"] = preferred_dealer
        if connected_driver is not UNSET:
            field_dict["connectedDriver"] = connected_driver
        if install_software is not UNSET:
            field_dict["installSoftware"] = install_software
        if digital_maintenance_booklet_generation_date is not UNSET:
            field_dict["digitalMaintenanceBookletGenerationDate"] = (
                digital_maintenance_booklet_generation_date
            )
        if vehicle_details is not UNSET:
            field_dict["vehicleDetails"] = vehicle_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_details import VehicleDetails  # noqa: PLC0415
        from ..models.vehicle_link_cancellation_reason import (
            VehicleLinkCancellationReason,  # noqa: PLC0415
        )
        from ..models.vehicle_link_connected_driver import VehicleLinkConnectedDriver  # noqa: PLC0415
        from ..models.vehicle_link_dealer import VehicleLinkDealer  # noqa: PLC0415

        d = dict(src_dict)
        vin = d.pop("vin")

        def _parse_brand(data: object) -> KnownVehicleBrand | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brand_type_0 = KnownVehicleBrand(data)

                return brand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownVehicleBrand | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        status = d.pop("status", UNSET)

        def _parse_link_type(data: object) -> KnownVehicleLinkType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                link_type_type_0 = KnownVehicleLinkType(data)

                return link_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownVehicleLinkType | str | Unset, data)

        link_type = _parse_link_type(d.pop("linkType", UNSET))

        garage_brand = d.pop("garageBrand", UNSET)

        def _parse_annual_mileage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        annual_mileage = _parse_annual_mileage(d.pop("annualMileage", UNSET))

        def _parse_mileage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mileage = _parse_mileage(d.pop("mileage", UNSET))

        def _parse_mileage_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mileage_unit = _parse_mileage_unit(d.pop("mileageUnit", UNSET))

        def _parse_mileage_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mileage_date = _parse_mileage_date(d.pop("mileageDate", UNSET))

        def _parse_estimated_mileage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estimated_mileage = _parse_estimated_mileage(d.pop("estimatedMileage", UNSET))

        start_date = d.pop("startDate", UNSET)

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        created_date = d.pop("createdDate", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        last_modified_date = d.pop("lastModifiedDate", UNSET)

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("lastModifiedBy", UNSET))

        ownership_start_date = d.pop("ownershipStartDate", UNSET)

        def _parse_ownership_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ownership_end_date = _parse_ownership_end_date(d.pop("ownershipEndDate", UNSET))

        _cancellation_reason = d.pop("cancellationReason", UNSET)
        cancellation_reason: VehicleLinkCancellationReason | Unset
        if isinstance(_cancellation_reason, Unset):
            cancellation_reason = UNSET
        else:
            cancellation_reason = VehicleLinkCancellationReason.from_dict(
                _cancellation_reason
            )

        def _parse_preferred_dealer(data: object) -> None | Unset | VehicleLinkDealer:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_dealer_type_0 = VehicleLinkDealer.from_dict(data)

                return preferred_dealer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VehicleLinkDealer, data)

        preferred_dealer = _parse_preferred_dealer(d.pop("preferredDealer", UNSET))

        _connected_driver = d.pop("connectedDriver", UNSET)
        connected_driver: VehicleLinkConnectedDriver | Unset
        if isinstance(_connected_driver, Unset):
            connected_driver = UNSET
        else:
            connected_driver = VehicleLinkConnectedDriver.from_dict(_connected_driver)

        install_software = d.pop("installSoftware", UNSET)

        def _parse_digital_maintenance_booklet_generation_date(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digital_maintenance_booklet_generation_date = (
            _parse_digital_maintenance_booklet_generation_date(
                d.pop("digitalMaintenanceBookletGenerationDate", UNSET)
            )
        )

        _vehicle_details = d.pop("vehicleDetails", UNSET)
        vehicle_details: VehicleDetails | Unset
        if isinstance(_vehicle_details, Unset):
            vehicle_details = UNSET
        else:
            vehicle_details = VehicleDetails.from_dict(_vehicle_details)

        vehicle_link = cls(
            vin=vin,
            brand=brand,
            status=status,
            link_type=link_type,
            garage_brand=garage_brand,
            annual_mileage=annual_mileage,
            mileage=mileage,
            mileage_unit=mileage_unit,
            mileage_date=mileage_date,
            estimated_mileage=estimated_mileage,
            start_date=start_date,
            end_date=end_date,
            created_date=created_date,
            created_by=created_by,
            last_modified_date=last_modified_date,
            last_modified_by=last_modified_by,
            ownership_start_date=ownership_start_date,
            ownership_end_date=ownership_end_date,
            cancellation_reason=cancellation_reason,
            preferred_dealer=preferred_dealer,
            connected_driver=connected_driver,
            install_software=install_software,
            digital_maintenance_booklet_generation_date=digital_maintenance_booklet_generation_date,
            vehicle_details=vehicle_details,
        )

        vehicle_link.additional_properties = d
        return vehicle_link

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
