from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleAlert")


@_attrs_define
class VehicleAlert:
    """One vehicle alert (definition, vehicle/owner context and localised texts)."""

    id: str | Unset = UNSET
    """ Alert id. """
    alert_type: str | Unset = UNSET
    """ Kind of alert. """
    can_architecture: str | Unset = UNSET
    """ CAN architecture of the vehicle (`204`). """
    alert_code: str | Unset = UNSET
    """ Alert code (`crashairbagmalfunction`, …). """
    true_values: str | Unset = UNSET
    """ Signal value(s) that trigger the alert. """
    priority: int | Unset = UNSET
    """ Priority of the alert (0 seen). """
    min_age: float | Unset = UNSET
    """ Minimum vehicle age before the alert applies (days, inferred). """
    min_mileage: float | Unset = UNSET
    """ Minimum mileage before the alert applies, km. """
    generate_time: float | Unset = UNSET
    """ Signal duration before the alert is raised, minutes (inferred, 1440 = one day). """
    generate_mileage: float | Unset = UNSET
    """ Distance with the signal before the alert is raised, km. """
    close_time: float | Unset = UNSET
    """ Signal-free duration before the alert closes, minutes (inferred). """
    close_mileage: float | Unset = UNSET
    """ Signal-free distance before the alert closes, km. """
    criticity: int | Unset = UNSET
    """ Criticity level (3 = major alert, see `criticityName`). """
    generate_occurrence: int | Unset = UNSET
    """ Occurrences needed to raise the alert. """
    close_occurrence: int | Unset = UNSET
    """ Occurrences needed to close the alert. """
    generate_lead: int | Unset = UNSET
    """ Whether a dealer lead is generated (0/1). """
    notif_sms: int | Unset = UNSET
    """ Notify by SMS (0/1). """
    notif_mail: int | Unset = UNSET
    """ Notify by e-mail (0/1). """
    notif_mybrand: int | Unset = UNSET
    """ Notify in the MyRenault app (0/1). """
    notif_source_event: str | Unset = UNSET
    """ Notification event key (`CRIT3.RDVDEALER`). """
    lead_contact_days: int | Unset = UNSET
    """ Days within which the dealer contacts the owner. """
    notif_contact_days: int | Unset = UNSET
    """ Days between notifications. """
    notif_reminder_day: int | Unset = UNSET
    """ Days before a reminder is sent. """
    notif_reminder_count: int | Unset = UNSET
    """ Maximum number of reminders. """
    notif_reminder_counter: int | Unset = UNSET
    """ Reminders sent so far. """
    notif_reminder_date: None | str | Unset = UNSET
    """ Next reminder, ISO 8601 UTC. """
    vin: str | Unset = UNSET
    """ VIN of the vehicle. """
    registration_number: str | Unset = UNSET
    """ Registration plate. """
    country_code: str | Unset = UNSET
    """ Two-letter country code. """
    delivery_date: str | Unset = UNSET
    """ Vehicle delivery date, ISO 8601 UTC. """
    brand_com_code: str | Unset = UNSET
    """ Commercial brand code (`REN`). """
    model_code: str | Unset = UNSET
    """ Commercial body/model code (`HJB` = Captur II), not the routing model code. """
    party_id: str | Unset = UNSET
    """ CRM party id of the owner. """
    party_country: str | Unset = UNSET
    """ Country of the owner. """
    party_org: int | Unset = UNSET
    """ Owner is an organisation (0/1). """
    party_staff: int | Unset = UNSET
    """ Owner is Renault staff (0/1). """
    party_phone: int | None | Unset = UNSET
    """ Owner accepts phone contact (0/1). """
    party_sms: int | None | Unset = UNSET
    """ Owner accepts SMS (0/1). """
    party_mail: int | None | Unset = UNSET
    """ Owner accepts e-mail (0/1). """
    party_postal: int | None | Unset = UNSET
    """ Owner accepts post (0/1). """
    locale_default: str | Unset = UNSET
    """ Locale of the texts (`it-IT`). """
    dealer_number: str | Unset = UNSET
    """ Dealer of the owner. """
    dealer_number_origin: str | Unset = UNSET
    """ Where the dealer comes from (`dealer_myr`). """
    is_connected: int | Unset = UNSET
    """ Vehicle is connected (0/1). """
    mileage_date: str | Unset = UNSET
    """ Date of `mileage`, ISO 8601 UTC. """
    mileage: float | Unset = UNSET
    """ Mileage when the alert was raised, in `mileageUnit` (km). """
    year_mileage: float | Unset = UNSET
    """ Yearly mileage, km per year. """
    operation_code: None | str | Unset = UNSET
    """ Maintenance operation code. """
    operation_name: None | str | Unset = UNSET
    """ Maintenance operation name. """
    operation_type: None | str | Unset = UNSET
    """ Maintenance operation type. """
    next_date: None | str | Unset = UNSET
    """ Next due date, ISO 8601. """
    next_mileage: float | None | Unset = UNSET
    """ Next due mileage, km. """
    reconduct_count: int | Unset = UNSET
    """ Times the alert was renewed. """
    is_connected_operation: int | Unset = UNSET
    """ Operation is detected by the connected car (0/1). """
    gen_reason: None | str | Unset = UNSET
    """ Reason the alert was generated. """
    end_mileage: float | Unset = UNSET
    """ Mileage at which the alert ends, km. """
    status: int | Unset = UNSET
    """ Alert status code (0 seen on an archived alert). """
    creation_date_time: str | Unset = UNSET
    """ Alert creation, ISO 8601 UTC with milliseconds. """
    last_update_date_time: str | Unset = UNSET
    """ Last update, ISO 8601 UTC with milliseconds. """
    in_vehicle_date_time: str | Unset = UNSET
    """ Time the car raised the signal, ISO 8601 UTC. """
    closure_reason: None | str | Unset = UNSET
    """ Why the alert was closed. """
    function: str | Unset = UNSET
    """ Affected function, localised (`the airbag`). """
    short_description: str | Unset = UNSET
    """ Short localised text. """
    long_description: str | Unset = UNSET
    """ Long localised text. """
    criticity_name: str | Unset = UNSET
    """ Localised criticity (`Major alert`). """
    alert_code_title: str | Unset = UNSET
    """ Localised title. """
    alert_code_sub_title: str | Unset = UNSET
    """ Localised subtitle. """
    alert_code_description: str | Unset = UNSET
    """ Localised description. """
    alert_code_detail_description: str | Unset = UNSET
    """ Localised detailed description (multi-line). """
    icon_url: str | Unset = UNSET
    """ URL of the alert icon. """
    detail_image_url: str | Unset = UNSET
    """ URL of the detail image. """
    user_guide_url: str | Unset = UNSET
    """ URL of the vehicle e-guide. """
    mileage_unit: str | Unset = UNSET
    """ Unit of the mileages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alert_type = self.alert_type

        can_architecture = self.can_architecture

        alert_code = self.alert_code

        true_values = self.true_values

        priority = self.priority

        min_age = self.min_age

        min_mileage = self.min_mileage

        generate_time = self.generate_time

        generate_mileage = self.generate_mileage

        close_time = self.close_time

        close_mileage = self.close_mileage

        criticity = self.criticity

        generate_occurrence = self.generate_occurrence

        close_occurrence = self.close_occurrence

        generate_lead = self.generate_lead

        notif_sms = self.notif_sms

        notif_mail = self.notif_mail

        notif_mybrand = self.notif_mybrand

        notif_source_event = self.notif_source_event

        lead_contact_days = self.lead_contact_days

        notif_contact_days = self.notif_contact_days

        notif_reminder_day = self.notif_reminder_day

        notif_reminder_count = self.notif_reminder_count

        notif_reminder_counter = self.notif_reminder_counter

        notif_reminder_date: None | str | Unset
        if isinstance(self.notif_reminder_date, Unset):
            notif_reminder_date = UNSET
        else:
            notif_reminder_date = self.notif_reminder_date

        vin = self.vin

        registration_number = self.registration_number

        country_code = self.country_code

        delivery_date = self.delivery_date

        brand_com_code = self.brand_com_code

        model_code = self.model_code

        party_id = self.party_id

        party_country = self.party_country

        party_org = self.party_org

        party_staff = self.party_staff

        party_phone: int | None | Unset
        if isinstance(self.party_phone, Unset):
            party_phone = UNSET
        else:
            party_phone = self.party_phone

        party_sms: int | None | Unset
        if isinstance(self.party_sms, Unset):
            party_sms = UNSET
        else:
            party_sms = self.party_sms

        party_mail: int | None | Unset
        if isinstance(self.party_mail, Unset):
            party_mail = UNSET
        else:
            party_mail = self.party_mail

        party_postal: int | None | Unset
        if isinstance(self.party_postal, Unset):
            party_postal = UNSET
        else:
            party_postal = self.party_postal

        locale_default = self.locale_default

        dealer_number = self.dealer_number

        dealer_number_origin = self.dealer_number_origin

        is_connected = self.is_connected

        mileage_date = self.mileage_date

        mileage = self.mileage

        year_mileage = self.year_mileage

        operation_code: None | str | Unset
        if isinstance(self.operation_code, Unset):
            operation_code = UNSET
        else:
            operation_code = self.operation_code

        operation_name: None | str | Unset
        if isinstance(self.operation_name, Unset):
            operation_name = UNSET
        else:
            operation_name = self.operation_name

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = self.operation_type

        next_date: None | str | Unset
        if isinstance(self.next_date, Unset):
            next_date = UNSET
        else:
            next_date = self.next_date

        next_mileage: float | None | Unset
        if isinstance(self.next_mileage, Unset):
            next_mileage = UNSET
        else:
            next_mileage = self.next_mileage

        reconduct_count = self.reconduct_count

        is_connected_operation = self.is_connected_operation

        gen_reason: None | str | Unset
        if isinstance(self.gen_reason, Unset):
            gen_reason = UNSET
        else:
            gen_reason = self.gen_reason

        end_mileage = self.end_mileage

        status = self.status

        creation_date_time = self.creation_date_time

        last_update_date_time = self.last_update_date_time

        in_vehicle_date_time = self.in_vehicle_date_time

        closure_reason: None | str | Unset
        if isinstance(self.closure_reason, Unset):
            closure_reason = UNSET
        else:
            closure_reason = self.closure_reason

        function = self.function

        short_description = self.short_description

        long_description = self.long_description

        criticity_name = self.criticity_name

        alert_code_title = self.alert_code_title

        alert_code_sub_title = self.alert_code_sub_title

        alert_code_description = self.alert_code_description

        alert_code_detail_description = self.alert_code_detail_description

        icon_url = self.icon_url

        detail_image_url = self.detail_image_url

        user_guide_url = self.user_guide_url

        mileage_unit = self.mileage_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if alert_type is not UNSET:
            field_dict["alertType"] = alert_type
        if can_architecture is not UNSET:
            field_dict["canArchitecture"] = can_architecture
        if alert_code is not UNSET:
            field_dict["alertCode"] = alert_code
        if true_values is not UNSET:
            field_dict["trueValues"] = true_values
        if priority is not UNSET:
            field_dict["priority"] = priority
        if min_age is not UNSET:
            field_dict["minAge"] = min_age
        if min_mileage is not UNSET:
            field_dict["minMileage"] = min_mileage
        if generate_time is not UNSET:
            field_dict["generateTime"] = generate_time
        if generate_mileage is not UNSET:
            field_dict["generateMileage"] = generate_mileage
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if close_mileage is not UNSET:
            field_dict["closeMileage"] = close_mileage
        if criticity is not UNSET:
            field_dict["criticity"] = criticity
        if generate_occurrence is not UNSET:
            field_dict["generateOccurrence"] = generate_occurrence
        if close_occurrence is not UNSET:
            field_dict["closeOccurrence"] = close_occurrence
        if generate_lead is not UNSET:
            field_dict["generateLead"] = generate_lead
        if notif_sms is not UNSET:
            field_dict["notifSMS"] = notif_sms
        if notif_mail is not UNSET:
            field_dict["notifMail"] = notif_mail
        if notif_mybrand is not UNSET:
            field_dict["notifMybrand"] = notif_mybrand
        if notif_source_event is not UNSET:
            field_dict["notifSourceEvent"] = notif_source_event
        if lead_contact_days is not UNSET:
            field_dict["leadContactDays"] = lead_contact_days
        if notif_contact_days is not UNSET:
            field_dict["notifContactDays"] = notif_contact_days
        if notif_reminder_day is not UNSET:
            field_dict["notifReminderDay"] = notif_reminder_day
        if notif_reminder_count is not UNSET:
            field_dict["notifReminderCount"] = notif_reminder_count
        if notif_reminder_counter is not UNSET:
            field_dict["notifReminderCounter"] = notif_reminder_counter
        if notif_reminder_date is not UNSET:
            field_dict["notifReminderDate"] = notif_reminder_date
        if vin is not UNSET:
            field_dict["vin"] = vin
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if brand_com_code is not UNSET:
            field_dict["brandComCode"] = brand_com_code
        if model_code is not UNSET:
            field_dict["modelCode"] = model_code
        if party_id is not UNSET:
            field_dict["partyId"] = party_id
        if party_country is not UNSET:
            field_dict["partyCountry"] = party_country
        if party_org is not UNSET:
            field_dict["partyOrg"] = party_org
        if party_staff is not UNSET:
            field_dict["partyStaff"] = party_staff
        if party_phone is not UNSET:
            field_dict["partyPhone"] = party_phone
        if party_sms is not UNSET:
            field_dict["partySms"] = party_sms
        if party_mail is not UNSET:
            field_dict["partyMail"] = party_mail
        if party_postal is not UNSET:
            field_dict["partyPostal"] = party_postal
        if locale_default is not UNSET:
            field_dict["localeDefault"] = locale_default
        if dealer_number is not UNSET:
            field_dict["dealerNumber"] = dealer_number
        if dealer_number_origin is not UNSET:
            field_dict["dealerNumberOrigin"] = dealer_number_origin
        if is_connected is not UNSET:
            field_dict["isConnected"] = is_connected
        if mileage_date is not UNSET:
            field_dict["mileageDate"] = mileage_date
        if mileage is not UNSET:
            field_dict["mileage"] = mileage
        if year_mileage is not UNSET:
            field_dict["yearMileage"] = year_mileage
        if operation_code is not UNSET:
            field_dict["operationCode"] = operation_code
        if operation_name is not UNSET:
            field_dict["operationName"] = operation_name
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if next_date is not UNSET:
            field_dict["nextDate"] = next_date
        if next_mileage is not UNSET:
            field_dict["nextMileage"] = next_mileage
        if reconduct_count is not UNSET:
            field_dict["reconductCount"] = reconduct_count
        if is_connected_operation is not UNSET:
            field_dict["isConnectedOperation"] = is_connected_operation
        if gen_reason is not UNSET:
            field_dict["genReason"] = gen_reason
        if end_mileage is not UNSET:
            field_dict["endMileage"] = end_mileage
        if status is not UNSET:
            field_dict["status"] = status
        if creation_date_time is not UNSET:
            field_dict["creationDateTime"] = creation_date_time
        if last_update_date_time is not UNSET:
            field_dict["lastUpdateDateTime"] = last_update_date_time
        if in_vehicle_date_time is not UNSET:
            field_dict["inVehicleDateTime"] = in_vehicle_date_time
        if closure_reason is not UNSET:
            field_dict["closureReason"] = closure_reason
        if function is not UNSET:
            field_dict["function"] = function
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if long_description is not UNSET:
            field_dict["longDescription"] = long_description
        if criticity_name is not UNSET:
            field_dict["criticityName"] = criticity_name
        if alert_code_title is not UNSET:
            field_dict["alertCodeTitle"] = alert_code_title
        if alert_code_sub_title is not UNSET:
            field_dict["alertCodeSubTitle"] = alert_code_sub_title
        if alert_code_description is not UNSET:
            field_dict["alertCodeDescription"] = alert_code_description
        if alert_code_detail_description is not UNSET:
            field_dict["alertCodeDetailDescription"] = alert_code_detail_description
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if detail_image_url is not UNSET:
            field_dict["detailImageUrl"] = detail_image_url
        if user_guide_url is not UNSET:
            field_dict["userGuideUrl"] = user_guide_url
        if mileage_unit is not UNSET:
            field_dict["mileageUnit"] = mileage_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        alert_type = d.pop("alertType", UNSET)

        can_architecture = d.pop("canArchitecture", UNSET)

        alert_code = d.pop("alertCode", UNSET)

        true_values = d.pop("trueValues", UNSET)

        priority = d.pop("priority", UNSET)

        min_age = d.pop("minAge", UNSET)

        min_mileage = d.pop("minMileage", UNSET)

        generate_time = d.pop("generateTime", UNSET)

        generate_mileage = d.pop("generateMileage", UNSET)

        close_time = d.pop("closeTime", UNSET)

        close_mileage = d.pop("closeMileage", UNSET)

        criticity = d.pop("criticity", UNSET)

        generate_occurrence = d.pop("generateOccurrence", UNSET)

        close_occurrence = d.pop("closeOccurrence", UNSET)

        generate_lead = d.pop("generateLead", UNSET)

        notif_sms = d.pop("notifSMS", UNSET)

        notif_mail = d.pop("notifMail", UNSET)

        notif_mybrand = d.pop("notifMybrand", UNSET)

        notif_source_event = d.pop("notifSourceEvent", UNSET)

        lead_contact_days = d.pop("leadContactDays", UNSET)

        notif_contact_days = d.pop("notifContactDays", UNSET)

        notif_reminder_day = d.pop("notifReminderDay", UNSET)

        notif_reminder_count = d.pop("notifReminderCount", UNSET)

        notif_reminder_counter = d.pop("notifReminderCounter", UNSET)

        def _parse_notif_reminder_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notif_reminder_date = _parse_notif_reminder_date(
            d.pop("notifReminderDate", UNSET)
        )

        vin = d.pop("vin", UNSET)

        registration_number = d.pop("registrationNumber", UNSET)

        country_code = d.pop("countryCode", UNSET)

        delivery_date = d.pop("deliveryDate", UNSET)

        brand_com_code = d.pop("brandComCode", UNSET)

        model_code = d.pop("modelCode", UNSET)

        party_id = d.pop("partyId", UNSET)

        party_country = d.pop("partyCountry", UNSET)

        party_org = d.pop("partyOrg", UNSET)

        party_staff = d.pop("partyStaff", UNSET)

        def _parse_party_phone(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_phone = _parse_party_phone(d.pop("partyPhone", UNSET))

        def _parse_party_sms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_sms = _parse_party_sms(d.pop("partySms", UNSET))

        def _parse_party_mail(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_mail = _parse_party_mail(d.pop("partyMail", UNSET))

        def _parse_party_postal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_postal = _parse_party_postal(d.pop("partyPostal", UNSET))

        locale_default = d.pop("localeDefault", UNSET)

        dealer_number = d.pop("dealerNumber", UNSET)

        dealer_number_origin = d.pop("dealerNumberOrigin", UNSET)

        is_connected = d.pop("isConnected", UNSET)

        mileage_date = d.pop("mileageDate", UNSET)

        mileage = d.pop("mileage", UNSET)

        year_mileage = d.pop("yearMileage", UNSET)

        def _parse_operation_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_code = _parse_operation_code(d.pop("operationCode", UNSET))

        def _parse_operation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_name = _parse_operation_name(d.pop("operationName", UNSET))

        def _parse_operation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_type = _parse_operation_type(d.pop("operationType", UNSET))

        def _parse_next_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_date = _parse_next_date(d.pop("nextDate", UNSET))

        def _parse_next_mileage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        next_mileage = _parse_next_mileage(d.pop("nextMileage", UNSET))

        reconduct_count = d.pop("reconductCount", UNSET)

        is_connected_operation = d.pop("isConnectedOperation", UNSET)

        def _parse_gen_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gen_reason = _parse_gen_reason(d.pop("genReason", UNSET))

        end_mileage = d.pop("endMileage", UNSET)

        status = d.pop("status", UNSET)

        creation_date_time = d.pop("creationDateTime", UNSET)

        last_update_date_time = d.pop("lastUpdateDateTime", UNSET)

        in_vehicle_date_time = d.pop("inVehicleDateTime", UNSET)

        def _parse_closure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closure_reason = _parse_closure_reason(d.pop("closureReason", UNSET))

        function = d.pop("function", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        long_description = d.pop("longDescription", UNSET)

        criticity_name = d.pop("criticityName", UNSET)

        alert_code_title = d.pop("alertCodeTitle", UNSET)

        alert_code_sub_title = d.pop("alertCodeSubTitle", UNSET)

        alert_code_description = d.pop("alertCodeDescription", UNSET)

        alert_code_detail_description = d.pop("alertCodeDetailDescription", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        detail_image_url = d.pop("detailImageUrl", UNSET)

        user_guide_url = d.pop("userGuideUrl", UNSET)

        mileage_unit = d.pop("mileageUnit", UNSET)

        vehicle_alert = cls(
            id=id,
            alert_type=alert_type,
            can_architecture=can_architecture,
            alert_code=alert_code,
            true_values=true_values,
            priority=priority,
            min_age=min_age,
            min_mileage=min_mileage,
            generate_time=generate_time,
            generate_mileage=generate_mileage,
            close_time=close_time,
            close_mileage=close_mileage,
            criticity=criticity,
            generate_occurrence=generate_occurrence,
            close_occurrence=close_occurrence,
            generate_lead=generate_lead,
            notif_sms=notif_sms,
            notif_mail=notif_mail,
            notif_mybrand=notif_mybrand,
            notif_source_event=notif_source_event,
            lead_contact_days=lead_contact_days,
            notif_contact_days=notif_contact_days,
            notif_reminder_day=notif_reminder_day,
            notif_reminder_count=notif_reminder_count,
            notif_reminder_counter=notif_reminder_counter,
            notif_reminder_date=notif_reminder_date,
            vin=vin,
            registration_number=registration_number,
            country_code=country_code,
            delivery_date=delivery_date,
            brand_com_code=brand_com_code,
            model_code=model_code,
            party_id=party_id,
            party_country=party_country,
            party_org=party_org,
            party_staff=party_staff,
            party_phone=party_phone,
            party_sms=party_sms,
            party_mail=party_mail,
            party_postal=party_postal,
            locale_default=locale_default,
            dealer_number=dealer_number,
            dealer_number_origin=dealer_number_origin,
            is_connected=is_connected,
            mileage_date=mileage_date,
            mileage=mileage,
            year_mileage=year_mileage,
            operation_code=operation_code,
            operation_name=operation_name,
            operation_type=operation_type,
            next_date=next_date,
            next_mileage=next_mileage,
            reconduct_count=reconduct_count,
            is_connected_operation=is_connected_operation,
            gen_reason=gen_reason,
            end_mileage=end_mileage,
            status=status,
            creation_date_time=creation_date_time,
            last_update_date_time=last_update_date_time,
            in_vehicle_date_time=in_vehicle_date_time,
            closure_reason=closure_reason,
            function=function,
            short_description=short_description,
            long_description=long_description,
            criticity_name=criticity_name,
            alert_code_title=alert_code_title,
            alert_code_sub_title=alert_code_sub_title,
            alert_code_description=alert_code_description,
            alert_code_detail_description=alert_code_detail_description,
            icon_url=icon_url,
            detail_image_url=detail_image_url,
            user_guide_url=user_guide_url,
            mileage_unit=mileage_unit,
        )

        vehicle_alert.additional_properties = d
        return vehicle_alert

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
