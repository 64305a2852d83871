from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaCarAdapterAttributes")


@_attrs_define
class KcaCarAdapterAttributes:
    """The car adapter's record of the vehicle. Many fields are always null in captures."""

    vin: str | Unset = UNSET
    """ Vehicle identification number. """
    vehicle_id: int | None | Unset = UNSET
    """ Renault-internal numeric vehicle id. """
    battery_code: None | str | Unset = UNSET
    """ Traction battery code (`BT4AR1`; `SANBAT` = no traction battery / not applicable). """
    bin_: Any | Unset = UNSET
    """ Unknown; only ever null in captures. """
    brand: None | str | Unset = UNSET
    """ Brand in upper case. """
    can_generation: None | str | Unset = UNSET
    """ CAN bus generation of the vehicle. """
    car_gateway: None | str | Unset = UNSET
    """ Telematics gateway. `GDC` (ZOE phase 1) reports power in W and session durations in minutes. """
    color: None | str | Unset = UNSET
    """ Body colour (null in captures). """
    dealer_id: None | str | Unset = UNSET
    """ Selling dealer id (null in captures). """
    delivery_country: None | str | Unset = UNSET
    """ Two-letter delivery country, sometimes padded with a trailing space (`"FR "`). """
    delivery_date: None | str | Unset = UNSET
    """ Delivery date, ISO 8601 with a `+0000`-style offset (`2017-08-11T00:00:00.000+0000`). """
    device_serial_number: None | str | Unset = UNSET
    """ Serial number of the telematics unit (null in captures). """
    electricity_unit_cost: float | None | Unset = UNSET
    """ User-entered electricity cost per kWh, in the account currency (null in captures). """
    energy: None | str | Unset = UNSET
    """ Energy class; electricity is used iff `electric`, fuel iff `gasoline`. """
    engine_type: None | str | Unset = UNSET
    """ Engine code (`5AQ`, `H5H`, ...). """
    family_code: None | str | Unset = UNSET
    """ Vehicle family code (`X10`, `XBG`, ...). """
    first_registration_date: None | str | Unset = UNSET
    """ First registration date, `YYYYMMDD`. """
    fuel_unit_cost: float | None | Unset = UNSET
    """ User-entered fuel cost per litre, in the account currency (null in captures). """
    gearbox: None | str | Unset = UNSET
    """ Gearbox type. """
    model_code: None | str | Unset = UNSET
    """ Short model code (`B10`, `BBG`, `B07`, `HJD`). """
    model_code_detail: None | str | Unset = UNSET
    """ Full model code, same as `vehicleDetails.model.code` (`X101VE`, `XBG1VE`, ...). """
    model_name: None | str | Unset = UNSET
    """ Model name in upper case (`ZOE`, `SPRING`, `TWINGO III`, `NEW DUSTER`). """
    model_year: Any | Unset = UNSET
    """ Model year; only ever null in captures. """
    navig_assist_code: None | str | Unset = UNSET
    """ Navigation-assistance option code (null or empty in captures). """
    nickname: None | str | Unset = UNSET
    """ User-chosen vehicle name. """
    pack_id: Any | Unset = UNSET
    """ Battery pack id; only ever null in captures. """
    pack_manufacturing_date: Any | Unset = UNSET
    """ Battery pack manufacturing date; only ever null in captures. """
    pack_nominal_capacity: Any | Unset = UNSET
    """ Battery pack nominal capacity (probably kWh); only ever null in captures. """
    pack_type: Any | Unset = UNSET
    """ Battery pack type; only ever null in captures. """
    picture_url: None | str | Unset = UNSET
    """ Vehicle picture URL (null in captures; pictures come from vehicle details). """
    radio_type: None | str | Unset = UNSET
    """ Multimedia unit code (`RAD37A`, `NA418`, ...). """
    region: None | str | Unset = UNSET
    """ Sales region (`EU`, `RU`). """
    registration_country: None | str | Unset = UNSET
    """ Two-letter registration country, sometimes padded with a trailing space. """
    registration_number: None | str | Unset = UNSET
    """ Registration plate (may be empty). """
    source_reference_id: Any | Unset = UNSET
    """ Unknown; only ever null in captures. """
    tcu_code: None | str | Unset = UNSET
    """ Telematics control unit code (`AIVCT`, `TCU0G2`). """
    temperature_unit: Any | Unset = UNSET
    """ Preferred temperature unit; only ever null in captures. """
    upholstery: Any | Unset = UNSET
    """ Upholstery code; only ever null in captures. """
    vehicle_source_reference: None | str | Unset = UNSET
    """ Source system of the record (`BVM` seen). """
    vehicle_source_type: Any | Unset = UNSET
    """ Unknown; only ever null in captures. """
    vehicle_type: Any | Unset = UNSET
    """ Unknown; only ever null in captures. """
    version_code: None | str | Unset = UNSET
    """ Version code (`INT MB 10R`, ...). """
    version_name: None | str | Unset = UNSET
    """ Version name (null in captures). """
    privacy_mode: None | str | Unset = UNSET
    """ Privacy mode of the car; with `on`, location reads fail with `err.func.privacy.on`. """
    privacy_mode_update_date: None | str | Unset = UNSET
    """ When the privacy mode last changed, ISO 8601 (fractional seconds of varying length). """
    svt_flag: bool | None | Unset = UNSET
    """ Stolen-vehicle tracking active. """
    svt_last_update_time: None | str | Unset = UNSET
    """ Last change of `svtFlag`, ISO 8601. """
    svt_block_flag: bool | None | Unset = UNSET
    """ Stolen-vehicle immobilisation active. """
    svt_block_last_update_time: None | str | Unset = UNSET
    """ Last change of `svtBlockFlag`, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin = self.vin

        vehicle_id: int | None | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        battery_code: None | str | Unset
        if isinstance(self.battery_code, Unset):
            battery_code = UNSET
        else:
            battery_code = self.battery_code

        bin_ = self.bin_

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        can_generation: None | str | Unset
        if isinstance(self.can_generation, Unset):
            can_generation = UNSET
        else:
            can_generation = self.can_generation

        car_gateway: None | str | Unset
        if isinstance(self.car_gateway, Unset):
            car_gateway = UNSET
        else:
            car_gateway = self.car_gateway

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        dealer_id: None | str | Unset
        if isinstance(self.dealer_id, Unset):
            dealer_id = UNSET
        else:
            dealer_id = self.dealer_id

        delivery_country: None | str | Unset
        if isinstance(self.delivery_country, Unset):
            delivery_country = UNSET
        else:
            delivery_country = self.delivery_country

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        device_serial_number: None | str | Unset
        if isinstance(self.device_serial_number, Unset):
            device_serial_number = UNSET
        else:
            device_serial_number = self.device_serial_number

        electricity_unit_cost: float | None | Unset
        if isinstance(self.electricity_unit_cost, Unset):
            electricity_unit_cost = UNSET
        else:
            electricity_unit_cost = self.electricity_unit_cost

        energy: None | str | Unset
        if isinstance(self.energy, Unset):
            energy = UNSET
        else:
            energy = self.energy

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        else:
            engine_type = self.engine_type

        family_code: None | str | Unset
        if isinstance(self.family_code, Unset):
            family_code = UNSET
        else:
            family_code = self.family_code

        first_registration_date: None | str | Unset
        if isinstance(self.first_registration_date, Unset):
            first_registration_date = UNSET
        else:
            first_registration_date = self.first_registration_date

        fuel_unit_cost: float | None | Unset
        if isinstance(self.fuel_unit_cost, Unset):
            fuel_unit_cost = UNSET
        else:
            fuel_unit_cost = self.fuel_unit_cost

        gearbox: None | str | Unset
        if isinstance(self.gearbox, Unset):
            gearbox = UNSET
        else:
            gearbox = self.gearbox

        model_code: None | str | Unset
        if isinstance(self.model_code, Unset):
            model_code = UNSET
        else:
            model_code = self.model_code

        model_code_detail: None | str | Unset
        if isinstance(self.model_code_detail, Unset):
            model_code_detail = UNSET
        else:
            model_code_detail = self.model_code_detail

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        model_year = self.model_year

        navig_assist_code: None | str | Unset
        if isinstance(self.navig_assist_code, Unset):
            navig_assist_code = UNSET
        else:
            navig_assist_code = self.navig_assist_code

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        pack_id = self.pack_id

        pack_manufacturing_date = self.pack_manufacturing_date

        pack_nominal_capacity = self.pack_nominal_capacity

        pack_type = self.pack_type

        picture_url: None | str | Unset
        if isinstance(self.picture_url, Unset):
            picture_url = UNSET
        else:
            picture_url = self.picture_url

        radio_type: None | str | Unset
        if isinstance(self.radio_type, Unset):
            radio_type = UNSET
        else:
            radio_type = self.radio_type

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        registration_country: None | str | Unset
        if isinstance(self.registration_country, Unset):
            registration_country = UNSET
        else:
            registration_country = self.registration_country

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        source_reference_id = self.source_reference_id

        tcu_code: None | str | Unset
        if isinstance(self.tcu_code, Unset):
            tcu_code = UNSET
        else:
            tcu_code = self.tcu_code

        temperature_unit = self.temperature_unit

        upholstery = self.upholstery

        vehicle_source_reference: None | str | Unset
        if isinstance(self.vehicle_source_reference, Unset):
            vehicle_source_reference = UNSET
        else:
            vehicle_source_reference = self.vehicle_source_reference

        vehicle_source_type = self.vehicle_source_type

        vehicle_type = self.vehicle_type

        version_code: None | str | Unset
        if isinstance(self.version_code, Unset):
            version_code = UNSET
        else:
            version_code = self.version_code

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        privacy_mode: None | str | Unset
        if isinstance(self.privacy_mode, Unset):
            privacy_mode = UNSET
        else:
            privacy_mode = self.privacy_mode

        privacy_mode_update_date: None | str | Unset
        if isinstance(self.privacy_mode_update_date, Unset):
            privacy_mode_update_date = UNSET
        else:
            privacy_mode_update_date = self.privacy_mode_update_date

        svt_flag: bool | None | Unset
        if isinstance(self.svt_flag, Unset):
            svt_flag = UNSET
        else:
            svt_flag = self.svt_flag

        svt_last_update_time: None | str | Unset
        if isinstance(self.svt_last_update_time, Unset):
            svt_last_update_time = UNSET
        else:
            svt_last_update_time = self.svt_last_update_time

        svt_block_flag: bool | None | Unset
        if isinstance(self.svt_block_flag, Unset):
            svt_block_flag = UNSET
        else:
            svt_block_flag = self.svt_block_flag

        svt_block_last_update_time: None | str | Unset
        if isinstance(self.svt_block_last_update_time, Unset):
            svt_block_last_update_time = UNSET
        else:
            svt_block_last_update_time = self.svt_block_last_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["vin"] = vin
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if battery_code is not UNSET:
            field_dict["batteryCode"] = battery_code
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if brand is not UNSET:
            field_dict["brand"] = brand
        if can_generation is not UNSET:
            field_dict["canGeneration"] = can_generation
        if car_gateway is not UNSET:
            field_dict["carGateway"] = car_gateway
        if color is not UNSET:
            field_dict["color"] = color
        if dealer_id is not UNSET:
            field_dict["dealerId"] = dealer_id
        if delivery_country is not UNSET:
            field_dict["deliveryCountry"] = delivery_country
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if device_serial_number is not UNSET:
            field_dict["deviceSerialNumber"] = device_serial_number
        if electricity_unit_cost is not UNSET:
            field_dict["electricityUnitCost"] = electricity_unit_cost
        if energy is not UNSET:
            field_dict["energy"] = energy
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type
        if family_code is not UNSET:
            field_dict["familyCode"] = family_code
        if first_registration_date is not UNSET:
            field_dict["firstRegistrationDate"] = first_registration_date
        if fuel_unit_cost is not UNSET:
            field_dict["fuelUnitCost"] = fuel_unit_cost
        if gearbox is not UNSET:
            field_dict["gearbox"] = gearbox
        if model_code is not UNSET:
            field_dict["modelCode"] = model_code
        if model_code_detail is not UNSET:
            field_dict["modelCodeDetail"] = model_code_detail
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if navig_assist_code is not UNSET:
            field_dict["navigAssistCode"] = navig_assist_code
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if pack_id is not UNSET:
            field_dict["packId"] = pack_id
        if pack_manufacturing_date is not UNSET:
            field_dict["packManufacturingDate"] = pack_manufacturing_date
        if pack_nominal_capacity is not UNSET:
            field_dict["packNominalCapacity"] = pack_nominal_capacity
        if pack_type is not UNSET:
            field_dict["packType"] = pack_type
        if picture_url is not UNSET:
            field_dict["pictureUrl"] = picture_url
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type
        if region is not UNSET:
            field_dict["region"] = region
        if registration_country is not UNSET:
            field_dict["registrationCountry"] = registration_country
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if source_reference_id is not UNSET:
            field_dict["sourceReferenceId"] = source_reference_id
        if tcu_code is not UNSET:
            field_dict["tcuCode"] = tcu_code
        if temperature_unit is not UNSET:
            field_dict["temperatureUnit"] = temperature_unit
        if upholstery is not UNSET:
            field_dict["upholstery"] = upholstery
        if vehicle_source_reference is not UNSET:
            field_dict["vehicleSourceReference"] = vehicle_source_reference
        if vehicle_source_type is not UNSET:
            field_dict["vehicleSourceType"] = vehicle_source_type
        if vehicle_type is not UNSET:
            field_dict["vehicleType"] = vehicle_type
        if version_code is not UNSET:
            field_dict["versionCode"] = version_code
        if version_name is not UNSET:
            field_dict["versionName"] = version_name
        if privacy_mode is not UNSET:
            field_dict["privacyMode"] = privacy_mode
        if privacy_mode_update_date is not UNSET:
            field_dict["privacyModeUpdateDate"] = privacy_mode_update_date
        if svt_flag is not UNSET:
            field_dict["svtFlag"] = svt_flag
        if svt_last_update_time is not UNSET:
            field_dict["svtLastUpdateTime"] = svt_last_update_time
        if svt_block_flag is not UNSET:
            field_dict["svtBlockFlag"] = svt_block_flag
        if svt_block_last_update_time is not UNSET:
            field_dict["svtBlockLastUpdateTime"] = svt_block_last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vin = d.pop("vin", UNSET)

        def _parse_vehicle_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vehicle_id = _parse_vehicle_id(d.pop("vehicleId", UNSET))

        def _parse_battery_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        battery_code = _parse_battery_code(d.pop("batteryCode", UNSET))

        bin_ = d.pop("bin", UNSET)

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_can_generation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        can_generation = _parse_can_generation(d.pop("canGeneration", UNSET))

        def _parse_car_gateway(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        car_gateway = _parse_car_gateway(d.pop("carGateway", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_dealer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dealer_id = _parse_dealer_id(d.pop("dealerId", UNSET))

        def _parse_delivery_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_country = _parse_delivery_country(d.pop("deliveryCountry", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        def _parse_device_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_serial_number = _parse_device_serial_number(
            d.pop("deviceSerialNumber", UNSET)
        )

        def _parse_electricity_unit_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        electricity_unit_cost = _parse_electricity_unit_cost(
            d.pop("electricityUnitCost", UNSET)
        )

        def _parse_energy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        energy = _parse_energy(d.pop("energy", UNSET))

        def _parse_engine_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engine_type = _parse_engine_type(d.pop("engineType", UNSET))

        def _parse_family_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_code = _parse_family_code(d.pop("familyCode", UNSET))

        def _parse_first_registration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_registration_date = _parse_first_registration_date(
            d.pop("firstRegistrationDate", UNSET)
        )

        def _parse_fuel_unit_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fuel_unit_cost = _parse_fuel_unit_cost(d.pop("fuelUnitCost", UNSET))

        def _parse_gearbox(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gearbox = _parse_gearbox(d.pop("gearbox", UNSET))

        def _parse_model_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_code = _parse_model_code(d.pop("modelCode", UNSET))

        def _parse_model_code_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_code_detail = _parse_model_code_detail(d.pop("modelCodeDetail", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("modelName", UNSET))

        model_year = d.pop("modelYear", UNSET)

        def _parse_navig_assist_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        navig_assist_code = _parse_navig_assist_code(d.pop("navigAssistCode", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        pack_id = d.pop("packId", UNSET)

        pack_manufacturing_date = d.pop("packManufacturingDate", UNSET)

        pack_nominal_capacity = d.pop("packNominalCapacity", UNSET)

        pack_type = d.pop("packType", UNSET)

        def _parse_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture_url = _parse_picture_url(d.pop("pictureUrl", UNSET))

        def _parse_radio_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        radio_type = _parse_radio_type(d.pop("radioType", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_registration_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_country = _parse_registration_country(
            d.pop("registrationCountry", UNSET)
        )

        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(
            d.pop("registrationNumber", UNSET)
        )

        source_reference_id = d.pop("sourceReferenceId", UNSET)

        def _parse_tcu_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tcu_code = _parse_tcu_code(d.pop("tcuCode", UNSET))

        temperature_unit = d.pop("temperatureUnit", UNSET)

        upholstery = d.pop("upholstery", UNSET)

        def _parse_vehicle_source_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vehicle_source_reference = _parse_vehicle_source_reference(
            d.pop("vehicleSourceReference", UNSET)
        )

        vehicle_source_type = d.pop("vehicleSourceType", UNSET)

        vehicle_type = d.pop("vehicleType", UNSET)

        def _parse_version_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_code = _parse_version_code(d.pop("versionCode", UNSET))

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("versionName", UNSET))

        def _parse_privacy_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_mode = _parse_privacy_mode(d.pop("privacyMode", UNSET))

        def _parse_privacy_mode_update_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_mode_update_date = _parse_privacy_mode_update_date(
            d.pop("privacyModeUpdateDate", UNSET)
        )

        def _parse_svt_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        svt_flag = _parse_svt_flag(d.pop("svtFlag", UNSET))

        def _parse_svt_last_update_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        svt_last_update_time = _parse_svt_last_update_time(
            d.pop("svtLastUpdateTime", UNSET)
        )

        def _parse_svt_block_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        svt_block_flag = _parse_svt_block_flag(d.pop("svtBlockFlag", UNSET))

        def _parse_svt_block_last_update_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        svt_block_last_update_time = _parse_svt_block_last_update_time(
            d.pop("svtBlockLastUpdateTime", UNSET)
        )

        kca_car_adapter_attributes = cls(
            vin=vin,
            vehicle_id=vehicle_id,
            battery_code=battery_code,
            bin_=bin_,
            brand=brand,
            can_generation=can_generation,
            car_gateway=car_gateway,
            color=color,
            dealer_id=dealer_id,
            delivery_country=delivery_country,
            delivery_date=delivery_date,
            device_serial_number=device_serial_number,
            electricity_unit_cost=electricity_unit_cost,
            energy=energy,
            engine_type=engine_type,
            family_code=family_code,
            first_registration_date=first_registration_date,
            fuel_unit_cost=fuel_unit_cost,
            gearbox=gearbox,
            model_code=model_code,
            model_code_detail=model_code_detail,
            model_name=model_name,
            model_year=model_year,
            navig_assist_code=navig_assist_code,
            nickname=nickname,
            pack_id=pack_id,
            pack_manufacturing_date=pack_manufacturing_date,
            pack_nominal_capacity=pack_nominal_capacity,
            pack_type=pack_type,
            picture_url=picture_url,
            radio_type=radio_type,
            region=region,
            registration_country=registration_country,
            registration_number=registration_number,
            source_reference_id=source_reference_id,
            tcu_code=tcu_code,
            temperature_unit=temperature_unit,
            upholstery=upholstery,
            vehicle_source_reference=vehicle_source_reference,
            vehicle_source_type=vehicle_source_type,
            vehicle_type=vehicle_type,
            version_code=version_code,
            version_name=version_name,
            privacy_mode=privacy_mode,
            privacy_mode_update_date=privacy_mode_update_date,
            svt_flag=svt_flag,
            svt_last_update_time=svt_last_update_time,
            svt_block_flag=svt_block_flag,
            svt_block_last_update_time=svt_block_last_update_time,
        )

        kca_car_adapter_attributes.additional_properties = d
        return kca_car_adapter_attributes

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
