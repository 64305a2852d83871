from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_engine_energy_type import KnownEngineEnergyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_details_asset import VehicleDetailsAsset
    from ..models.vehicle_details_code_label import VehicleDetailsCodeLabel
    from ..models.vehicle_details_energy import VehicleDetailsEnergy
    from ..models.vehicle_details_model import VehicleDetailsModel


T = TypeVar("T", bound="VehicleDetails")


@_attrs_define
class VehicleDetails:
    """Static description of a vehicle, shared by `vehicleLinks[].vehicleDetails` and the
    details endpoint. Most equipment items are `{code, label, group}` triples
    (`VehicleDetailsCodeLabel`); `group` is the equipment family number.

    """

    vin: str | Unset = UNSET
    """ VIN (17 characters). """
    registration_date: None | str | Unset = UNSET
    """ Registration date, `YYYY-MM-DD`. """
    first_registration_date: None | str | Unset = UNSET
    """ First registration date, `YYYY-MM-DD`. """
    engine_type: str | Unset = UNSET
    """ Engine type code (`5AQ`, `H4M`, …). """
    engine_ratio: str | Unset = UNSET
    """ Engine ratio code (three digits as a string). """
    model_scr: str | Unset = UNSET
    """ Short model code (`ZOE`, `ZO1`, `R5E`; may be empty). """
    pass_to_sales_date: str | Unset = UNSET
    """ Date handed to sales, `YYYY-MM-DD`. """
    manufacturing_date: str | Unset = UNSET
    """ Manufacturing date, `YYYY-MM-DD`. """
    delivery_country: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    family: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    tcu: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    navigation_assistance_level: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    battery: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    radio_type: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    registration_country: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    brand: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    model: VehicleDetailsModel | Unset = UNSET
    """ Model of the vehicle; `code` drives per-model endpoint routing. """
    gearbox: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    version: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    energy: VehicleDetailsEnergy | Unset = UNSET
    """ Energy of the vehicle. """
    body_type: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    steering_side: VehicleDetailsCodeLabel | Unset = UNSET
    """ An equipment item as code, label and equipment-family group; any part may be null or empty. """
    additional_engine_type: None | Unset | VehicleDetailsCodeLabel = UNSET
    """ Additional engine (hybrids), or `null`. """
    hybridation: None | Unset | VehicleDetailsCodeLabel = UNSET
    """ Hybridisation level (`NOHYB`, `HYB05`…), or `null`. """
    registration_number: str | Unset = UNSET
    """ Registration plate. """
    model_year: Any | Unset = UNSET
    """ Model year (only `null` seen; type unknown). """
    vcd: str | Unset = UNSET
    """ Slash-separated list of equipment codes (VCD) of the car; includes the model code. """
    assets: list[VehicleDetailsAsset] | Unset = UNSET
    """ Pictures, guides and videos of the model. """
    heading: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    mileage_unit: None | str | Unset = UNSET
    """ Unit of mileages for this car (only `null` seen). """
    years_of_maintenance: int | Unset = UNSET
    """ Length of the maintenance plan, years. """
    maintenances_heading: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    operations_heading: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    fluids_heading: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    operations: Any | Unset = UNSET
    """ Maintenance operations (only `null` seen; shape unknown). """
    fluid_recommendations: Any | Unset = UNSET
    """ Fluid recommendations (only `null` seen; shape unknown). """
    disclaimer: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    service_copy: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    fluids_disclaimer: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    special_infos: Any | Unset = UNSET
    """ Only `null` seen; shape unknown. """
    commercial_model: Any | Unset = UNSET
    """ Commercial model (only `null` seen; shape unknown). """
    harmony: Any | Unset = UNSET
    """ Colour/trim harmony (only `null` seen; shape unknown). """
    trim: Any | Unset = UNSET
    """ Trim level (only `null` seen; shape unknown). """
    color_marketing: Any | Unset = UNSET
    """ Marketing colour (only `null` seen; shape unknown). """
    equipments: Any | Unset = UNSET
    """ Equipment list (only `null` seen; shape unknown). """
    options: Any | Unset = UNSET
    """ Options (only `null` seen; shape unknown). """
    preferred_dealer: Any | Unset = UNSET
    """ Preferred dealer (only `null` seen here; see `VehicleLink.preferredDealer`). """
    connectivity_technology: None | str | Unset = UNSET
    """ Connectivity generation of the multimedia system. """
    easy_connect_store: bool | None | Unset = UNSET
    """ Whether the Easy Connect store is available. """
    electrical: bool | None | Unset = UNSET
    """ Whether the vehicle is (at least partly) electric. """
    rlink_store: bool | None | Unset = UNSET
    """ Whether the R-Link store is available. """
    recall_notifications: Any | Unset = UNSET
    """ Recall campaigns (only `null` seen; shape unknown). """
    delivery_date: str | Unset = UNSET
    """ Delivery date, `YYYY-MM-DD`. """
    order_tracking: Any | Unset = UNSET
    """ Order tracking (only `null` seen; shape unknown). """
    retrieved_from_dhs: bool | Unset = UNSET
    """ Whether the details came from the DHS back end. """
    engine_energy_type: KnownEngineEnergyType | None | str | Unset = UNSET
    """ Energy of the power train (open set, may be absent or null): `ELEC`, `PHEV`, `HEV`,
    `OTHER` (petrol, LPG). Preferred over `energy.code` to classify electricity/fuel use.
     """
    radio_code: str | Unset = UNSET
    """ Radio anti-theft code (empty when none). """
    premium_subscribed: bool | Unset = UNSET
    """ Whether a premium connected-services subscription is active. """
    battery_type: str | Unset = UNSET
    """ Traction-battery chemistry. """
    multimedia_system: Any | Unset = UNSET
    """ Multimedia system (only `null` seen; shape unknown). """
    maintenance: Any | Unset = UNSET
    """ Maintenance data (only `null` seen; shape unknown). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vehicle_details_code_label import VehicleDetailsCodeLabel  # noqa: PLC0415

        vin = self.vin

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        else:
            registration_date = self.registration_date

        first_registration_date: None | str | Unset
        if isinstance(self.first_registration_date, Unset):
            first_registration_date = UNSET
        else:
            first_registration_date = self.first_registration_date

        engine_type = self.engine_type

        engine_ratio = self.engine_ratio

        model_scr = self.model_scr

        pass_to_sales_date = self.pass_to_sales_date

        manufacturing_date = self.manufacturing_date

        delivery_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_country, Unset):
            delivery_country = self.delivery_country.to_dict()

        family: dict[str, Any] | Unset = UNSET
        if not isinstance(self.family, Unset):
            family = self.family.to_dict()

        tcu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tcu, Unset):
            tcu = self.tcu.to_dict()

        navigation_assistance_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.navigation_assistance_level, Unset):
            navigation_assistance_level = self.navigation_assistance_level.to_dict()

        battery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery, Unset):
            battery = self.battery.to_dict()

        radio_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.radio_type, Unset):
            radio_type = self.radio_type.to_dict()

        registration_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_country, Unset):
            registration_country = self.registration_country.to_dict()

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        gearbox: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gearbox, Unset):
            gearbox = self.gearbox.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        energy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.energy, Unset):
            energy = self.energy.to_dict()

        body_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body_type, Unset):
            body_type = self.body_type.to_dict()

        steering_side: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steering_side, Unset):
            steering_side = self.steering_side.to_dict()

        additional_engine_type: dict[str, Any] | None | Unset
        if isinstance(self.additional_engine_type, Unset):
            additional_engine_type = UNSET
        elif isinstance(self.additional_engine_type, VehicleDetailsCodeLabel):
            additional_engine_type = self.additional_engine_type.to_dict()
        else:
            additional_engine_type = self.additional_engine_type

        hybridation: dict[str, Any] | None | Unset
        if isinstance(self.hybridation, Unset):
            hybridation = UNSET
        elif isinstance(self.hybridation, VehicleDetailsCodeLabel):
            hybridation = self.hybridation.to_dict()
        else:
            hybridation = self.hybridation

        registration_number = self.registration_number

        model_year = self.model_year

        vcd = self.vcd

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        heading = self.heading

        mileage_unit: None | str | Unset
        if isinstance(self.mileage_unit, Unset):
            mileage_unit = UNSET
        else:
            mileage_unit = self.mileage_unit

        years_of_maintenance = self.years_of_maintenance

        maintenances_heading = self.maintenances_heading

        operations_heading = self.operations_heading

        fluids_heading = self.fluids_heading

        operations = self.operations

        fluid_recommendations = self.fluid_recommendations

        disclaimer = self.disclaimer

        service_copy = self.service_copy

        fluids_disclaimer = self.fluids_disclaimer

        special_infos = self.special_infos

        commercial_model = self.commercial_model

        harmony = self.harmony

        trim = self.trim

        color_marketing = self.color_marketing

        equipments = self.equipments

        options = self.options

        preferred_dealer = self.preferred_dealer

        connectivity_technology: None | str | Unset
        if isinstance(self.connectivity_technology, Unset):
            connectivity_technology = UNSET
        else:
            connectivity_technology = self.connectivity_technology

        easy_connect_store: bool | None | Unset
        if isinstance(self.easy_connect_store, Unset):
            easy_connect_store = UNSET
        else:
            easy_connect_store = self.easy_connect_store

        electrical: bool | None | Unset
        if isinstance(self.electrical, Unset):
            electrical = UNSET
        else:
            electrical = self.electrical

        rlink_store: bool | None | Unset
        if isinstance(self.rlink_store, Unset):
            rlink_store = UNSET
        else:
            rlink_store = self.rlink_store

        recall_notifications = self.recall_notifications

        delivery_date = self.delivery_date

        order_tracking = self.order_tracking

        retrieved_from_dhs = self.retrieved_from_dhs

        engine_energy_type: None | str | Unset
        if isinstance(self.engine_energy_type, Unset):
            engine_energy_type = UNSET
        elif isinstance(self.engine_energy_type, KnownEngineEnergyType):
            engine_energy_type = self.engine_energy_type.value
        else:
            engine_energy_type = self.engine_energy_type

        radio_code = self.radio_code

        premium_subscribed = self.premium_subscribed

        battery_type = self.battery_type

        multimedia_system = self.multimedia_system

        maintenance = self.maintenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["vin"] = vin
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if first_registration_date is not UNSET:
            field_dict["firstRegistrationDate"] = first_registration_date
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type
        if engine_ratio is not UNSET:
            field_dict["engineRatio"] = engine_ratio
        if model_scr is not UNSET:
            field_dict["modelSCR"] = model_scr
        if pass_to_sales_date is not UNSET:
            field_dict["passToSalesDate"] = pass_to_sales_date
        if manufacturing_date is not UNSET:
            field_dict["manufacturingDate"] = manufacturing_date
        if delivery_country is not UNSET:
            field_dict["deliveryCountry"] = delivery_country
        if family is not UNSET:
            field_dict["family"] = family
        if tcu is not UNSET:
            field_dict["tcu"] = tcu
        if navigation_assistance_level is not UNSET:
            field_dict["navigationAssistanceLevel"] = navigation_assistance_level
        if battery is not UNSET:
            field_dict["battery"] = battery
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type
        if registration_country is not UNSET:
            field_dict["registrationCountry"] = registration_country
        if brand is not UNSET:
            field_dict["brand"] = brand
        if model is not UNSET:
            field_dict["model"] = model
        if gearbox is not UNSET:
            field_dict["gearbox"] = gearbox
        if version is not UNSET:
            field_dict["version"] = version
        if energy is not UNSET:
            field_dict["energy"] = energy
        if body_type is not UNSET:
            field_dict["bodyType"] = body_type
        if steering_side is not UNSET:
            field_dict["steeringSide"] = steering_side
        if additional_engine_type is not UNSET:
            field_dict["additionalEngineType"] = additional_engine_type
        if hybridation is not UNSET:
            field_dict["hybridation"] = hybridation
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if vcd is not UNSET:
            field_dict["vcd"] = vcd
        if assets is not UNSET:
            field_dict["assets"] = assets
        if heading is not UNSET:
            field_dict["heading"] = heading
        if mileage_unit is not UNSET:
            field_dict["mileageUnit"] = mileage_unit
        if years_of_maintenance is not UNSET:
            field_dict["yearsOfMaintenance"] = years_of_maintenance
        if maintenances_heading is not UNSET:
            field_dict["maintenancesHeading"] = maintenances_heading
        if operations_heading is not UNSET:
            field_dict["operationsHeading"] = operations_heading
        if fluids_heading is not UNSET:
            field_dict["fluidsHeading"] = fluids_heading
        if operations is not UNSET:
            field_dict["operations"] = operations
        if fluid_recommendations is not UNSET:
            field_dict["fluidRecommendations"] = fluid_recommendations
        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer
        if service_copy is not UNSET:
            field_dict["serviceCopy"] = service_copy
        if fluids_disclaimer is not UNSET:
            field_dict["fluidsDisclaimer"] = fluids_disclaimer
        if special_infos is not UNSET:
            field_dict["specialInfos"] = special_infos
        if commercial_model is not UNSET:
            field_dict["commercialModel"] = commercial_model
        if harmony is not UNSET:
            field_dict["harmony"] = harmony
        if trim is not UNSET:
            field_dict["trim"] = trim
        if color_marketing is not UNSET:
            field_dict["colorMarketing"] = color_marketing
        if equipments is not UNSET:
            field_dict["equipments"] = equipments
        if options is not UNSET:
            field_dict["options"] = options
        if preferred_dealer is not UNSET:
            field_dict["preferredDealer"] = preferred_dealer
        if connectivity_technology is not UNSET:
            field_dict["connectivityTechnology"] = connectivity_technology
        if easy_connect_store is not UNSET:
            field_dict["easyConnectStore"] = easy_connect_store
        if electrical is not UNSET:
            field_dict["electrical"] = electrical
        if rlink_store is not UNSET:
            field_dict["rlinkStore"] = rlink_store
        if recall_notifications is not UNSET:
            field_dict["recallNotifications"] = recall_notifications
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if order_tracking is not UNSET:
            field_dict["orderTracking"] = order_tracking
        if retrieved_from_dhs is not UNSET:
            field_dict["retrievedFromDhs"] = retrieved_from_dhs
        if engine_energy_type is not UNSET:
            field_dict["engineEnergyType"] = engine_energy_type
        if radio_code is not UNSET:
            field_dict["radioCode"] = radio_code
        if premium_subscribed is not UNSET:
            field_dict["premiumSubscribed"] = premium_subscribed
        if battery_type is not UNSET:
            field_dict["batteryType"] = battery_type
        if multimedia_system is not UNSET:
            field_dict["multimediaSystem"] = multimedia_system
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_details_asset import VehicleDetailsAsset  # noqa: PLC0415
        from ..models.vehicle_details_code_label import VehicleDetailsCodeLabel  # noqa: PLC0415
        from ..models.vehicle_details_energy import VehicleDetailsEnergy  # noqa: PLC0415
        from ..models.vehicle_details_model import VehicleDetailsModel  # noqa: PLC0415

        d = dict(src_dict)
        vin = d.pop("vin", UNSET)

        def _parse_registration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_date = _parse_registration_date(d.pop("registrationDate", UNSET))

        def _parse_first_registration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_registration_date = _parse_first_registration_date(
            d.pop("firstRegistrationDate", UNSET)
        )

        engine_type = d.pop("engineType", UNSET)

        engine_ratio = d.pop("engineRatio", UNSET)

        model_scr = d.pop("modelSCR", UNSET)

        pass_to_sales_date = d.pop("passToSalesDate", UNSET)

        manufacturing_date = d.pop("manufacturingDate", UNSET)

        _delivery_country = d.pop("deliveryCountry", UNSET)
        delivery_country: VehicleDetailsCodeLabel | Unset
        if isinstance(_delivery_country, Unset):
            delivery_country = UNSET
        else:
            delivery_country = VehicleDetailsCodeLabel.from_dict(_delivery_country)

        _family = d.pop("family", UNSET)
        family: VehicleDetailsCodeLabel | Unset
        if isinstance(_family, Unset):
            family = UNSET
        else:
            family = VehicleDetailsCodeLabel.from_dict(_family)

        _tcu = d.pop("tcu", UNSET)
        tcu: VehicleDetailsCodeLabel | Unset
        if isinstance(_tcu, Unset):
            tcu = UNSET
        else:
            tcu = VehicleDetailsCodeLabel.from_dict(_tcu)

        _navigation_assistance_level = d.pop("navigationAssistanceLevel", UNSET)
        navigation_assistance_level: VehicleDetailsCodeLabel | Unset
        if isinstance(_navigation_assistance_level, Unset):
            navigation_assistance_level = UNSET
        else:
            navigation_assistance_level = VehicleDetailsCodeLabel.from_dict(
                _navigation_assistance_level
            )

        _battery = d.pop("battery", UNSET)
        battery: VehicleDetailsCodeLabel | Unset
        if isinstance(_battery, Unset):
            battery = UNSET
        else:
            battery = VehicleDetailsCodeLabel.from_dict(_battery)

        _radio_type = d.pop("radioType", UNSET)
        radio_type: VehicleDetailsCodeLabel | Unset
        if isinstance(_radio_type, Unset):
            radio_type = UNSET
        else:
            radio_type = VehicleDetailsCodeLabel.from_dict(_radio_type)

        _registration_country = d.pop("registrationCountry", UNSET)
        registration_country: VehicleDetailsCodeLabel | Unset
        if isinstance(_registration_country, Unset):
            registration_country = UNSET
        else:
            registration_country = VehicleDetailsCodeLabel.from_dict(
                _registration_country
            )

        _brand = d.pop("brand", UNSET)
        brand: VehicleDetailsCodeLabel | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = VehicleDetailsCodeLabel.from_dict(_brand)

        _model = d.pop("model", UNSET)
        model: VehicleDetailsModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = VehicleDetailsModel.from_dict(_model)

        _gearbox = d.pop("gearbox", UNSET)
        gearbox: VehicleDetailsCodeLabel | Unset
        if isinstance(_gearbox, Unset):
            gearbox = UNSET
        else:
            gearbox = VehicleDetailsCodeLabel.from_dict(_gearbox)

        _version = d.pop("version", UNSET)
        version: VehicleDetailsCodeLabel | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = VehicleDetailsCodeLabel.from_dict(_version)

        _energy = d.pop("energy", UNSET)
        energy: VehicleDetailsEnergy | Unset
        if isinstance(_energy, Unset):
            energy = UNSET
        else:
            energy = VehicleDetailsEnergy.from_dict(_energy)

        _body_type = d.pop("bodyType", UNSET)
        body_type: VehicleDetailsCodeLabel | Unset
        if isinstance(_body_type, Unset):
            body_type = UNSET
        else:
            body_type = VehicleDetailsCodeLabel.from_dict(_body_type)

        _steering_side = d.pop("steeringSide", UNSET)
        steering_side: VehicleDetailsCodeLabel | Unset
        if isinstance(_steering_side, Unset):
            steering_side = UNSET
        else:
            steering_side = VehicleDetailsCodeLabel.from_dict(_steering_side)

        def _parse_additional_engine_type(
            data: object,
        ) -> None | Unset | VehicleDetailsCodeLabel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_engine_type_type_0 = VehicleDetailsCodeLabel.from_dict(data)

                return additional_engine_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VehicleDetailsCodeLabel, data)

        additional_engine_type = _parse_additional_engine_type(
            d.pop("additionalEngineType", UNSET)
        )

        def _parse_hybridation(data: object) -> None | Unset | VehicleDetailsCodeLabel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hybridation_type_0 = VehicleDetailsCodeLabel.from_dict(data)

                return hybridation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VehicleDetailsCodeLabel, data)

        hybridation = _parse_hybridation(d.pop("hybridation", UNSET))

        registration_number = d.pop("registrationNumber", UNSET)

        model_year = d.pop("modelYear", UNSET)

        vcd = d.pop("vcd", UNSET)

        _assets = d.pop("assets", UNSET)
        assets: list[VehicleDetailsAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = VehicleDetailsAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        heading = d.pop("heading", UNSET)

        def _parse_mileage_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mileage_unit = _parse_mileage_unit(d.pop("mileageUnit", UNSET))

        years_of_maintenance = d.pop("yearsOfMaintenance", UNSET)

        maintenances_heading = d.pop("maintenancesHeading", UNSET)

        operations_heading = d.pop("operationsHeading", UNSET)

        fluids_heading = d.pop("fluidsHeading", UNSET)

        operations = d.pop("operations", UNSET)

        fluid_recommendations = d.pop("fluidRecommendations", UNSET)

        disclaimer = d.pop("disclaimer", UNSET)

        service_copy = d.pop("serviceCopy", UNSET)

        fluids_disclaimer = d.pop("fluidsDisclaimer", UNSET)

        special_infos = d.pop("specialInfos", UNSET)

        commercial_model = d.pop("commercialModel", UNSET)

        harmony = d.pop("harmony", UNSET)

        trim = d.pop("trim", UNSET)

        color_marketing = d.pop("colorMarketing", UNSET)

        equipments = d.pop("equipments", UNSET)

        options = d.pop("options", UNSET)

        preferred_dealer = d.pop("preferredDealer", UNSET)

        def _parse_connectivity_technology(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connectivity_technology = _parse_connectivity_technology(
            d.pop("connectivityTechnology", UNSET)
        )

        def _parse_easy_connect_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        easy_connect_store = _parse_easy_connect_store(d.pop("easyConnectStore", UNSET))

        def _parse_electrical(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        electrical = _parse_electrical(d.pop("electrical", UNSET))

        def _parse_rlink_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rlink_store = _parse_rlink_store(d.pop("rlinkStore", UNSET))

        recall_notifications = d.pop("recallNotifications", UNSET)

        delivery_date = d.pop("deliveryDate", UNSET)

        order_tracking = d.pop("orderTracking", UNSET)

        retrieved_from_dhs = d.pop("retrievedFromDhs", UNSET)

        def _parse_engine_energy_type(
            data: object,
        ) -> KnownEngineEnergyType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_energy_type_type_0 = KnownEngineEnergyType(data)

                return engine_energy_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownEngineEnergyType | None | str | Unset, data)

        engine_energy_type = _parse_engine_energy_type(d.pop("engineEnergyType", UNSET))

        radio_code = d.pop("radioCode", UNSET)

        premium_subscribed = d.pop("premiumSubscribed", UNSET)

        battery_type = d.pop("batteryType", UNSET)

        multimedia_system = d.pop("multimediaSystem", UNSET)

        maintenance = d.pop("maintenance", UNSET)

        vehicle_details = cls(
            vin=vin,
            registration_date=registration_date,
            first_registration_date=first_registration_date,
            engine_type=engine_type,
            engine_ratio=engine_ratio,
            model_scr=model_scr,
            pass_to_sales_date=pass_to_sales_date,
            manufacturing_date=manufacturing_date,
            delivery_country=delivery_country,
            family=family,
            tcu=tcu,
            navigation_assistance_level=navigation_assistance_level,
            battery=battery,
            radio_type=radio_type,
            registration_country=registration_country,
            brand=brand,
            model=model,
            gearbox=gearbox,
            version=version,
            energy=energy,
            body_type=body_type,
            steering_side=steering_side,
            additional_engine_type=additional_engine_type,
            hybridation=hybridation,
            registration_number=registration_number,
            model_year=model_year,
            vcd=vcd,
            assets=assets,
            heading=heading,
            mileage_unit=mileage_unit,
            years_of_maintenance=years_of_maintenance,
            maintenances_heading=maintenances_heading,
            operations_heading=operations_heading,
            fluids_heading=fluids_heading,
            operations=operations,
            fluid_recommendations=fluid_recommendations,
            disclaimer=disclaimer,
            service_copy=service_copy,
            fluids_disclaimer=fluids_disclaimer,
            special_infos=special_infos,
            commercial_model=commercial_model,
            harmony=harmony,
            trim=trim,
            color_marketing=color_marketing,
            equipments=equipments,
            options=options,
            preferred_dealer=preferred_dealer,
            connectivity_technology=connectivity_technology,
            easy_connect_store=easy_connect_store,
            electrical=electrical,
            rlink_store=rlink_store,
            recall_notifications=recall_notifications,
            delivery_date=delivery_date,
            order_tracking=order_tracking,
            retrieved_from_dhs=retrieved_from_dhs,
            engine_energy_type=engine_energy_type,
            radio_code=radio_code,
            premium_subscribed=premium_subscribed,
            battery_type=battery_type,
            multimedia_system=multimedia_system,
            maintenance=maintenance,
        )

        vehicle_details.additional_properties = d
        return vehicle_details

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
