"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 module ``__getattr__``): the package has hundreds of
them and importing one operation module would otherwise import them all. This template
(scripts/generator-templates/models_init.py.jinja) replaces the generator's eager ``__init__``.
"""

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "AccountVehicles": ".account_vehicles",
    "ChargeModeActionAttributes": ".charge_mode_action_attributes",
    "ChargeModeActionRequest": ".charge_mode_action_request",
    "ChargeModeActionRequestAttributes": ".charge_mode_action_request_attributes",
    "ChargeModeActionRequestData": ".charge_mode_action_request_data",
    "ChargeModeActionResponse": ".charge_mode_action_response",
    "ChargeModeActionResponseData": ".charge_mode_action_response_data",
    "ChargeScheduleActionRequest": ".charge_schedule_action_request",
    "ChargeScheduleActionRequestAttributes": ".charge_schedule_action_request_attributes",
    "ChargeScheduleActionRequestData": ".charge_schedule_action_request_data",
    "ChargeScheduleActionResponse": ".charge_schedule_action_response",
    "ChargeScheduleActionResponseAttributes": ".charge_schedule_action_response_attributes",
    "ChargeScheduleActionResponseData": ".charge_schedule_action_response_data",
    "ChargeScheduleDay": ".charge_schedule_day",
    "ChargeScheduleDayEcho": ".charge_schedule_day_echo",
    "ChargeScheduleSlot": ".charge_schedule_slot",
    "ChargeScheduleSlotEcho": ".charge_schedule_slot_echo",
    "ChargingStartActionRequest": ".charging_start_action_request",
    "ChargingStartActionRequestAttributes": ".charging_start_action_request_attributes",
    "ChargingStartActionRequestData": ".charging_start_action_request_data",
    "ChargingStartActionResponse": ".charging_start_action_response",
    "ChargingStartActionResponseData": ".charging_start_action_response_data",
    "ChargingStartActionResponseDataAttributes": ".charging_start_action_response_data_attributes",
    "GigyaAccountData": ".gigya_account_data",
    "GigyaAccountEmails": ".gigya_account_emails",
    "GigyaAccountFields": ".gigya_account_fields",
    "GigyaAccountFieldsPreferences": ".gigya_account_fields_preferences",
    "GigyaAccountPassword": ".gigya_account_password",
    "GigyaAccountProfile": ".gigya_account_profile",
    "GigyaFinalizeRegistrationForm": ".gigya_finalize_registration_form",
    "GigyaFinalizeRegistrationFormIncludeUserInfo": ".gigya_finalize_registration_form_include_user_info",
    "GigyaFinalizeRegistrationResponse": ".gigya_finalize_registration_response",
    "GigyaGetAccountInfoForm": ".gigya_get_account_info_form",
    "GigyaGetAccountInfoResponse": ".gigya_get_account_info_response",
    "GigyaGetJwtForm": ".gigya_get_jwt_form",
    "GigyaGetJwtResponse": ".gigya_get_jwt_response",
    "GigyaLoginForm": ".gigya_login_form",
    "GigyaLoginFormIncludeUserInfo": ".gigya_login_form_include_user_info",
    "GigyaLoginResponse": ".gigya_login_response",
    "GigyaResponse": ".gigya_response",
    "GigyaSessionInfo": ".gigya_session_info",
    "GigyaTfaEmail": ".gigya_tfa_email",
    "GigyaTfaEmailCompleteVerificationForm": ".gigya_tfa_email_complete_verification_form",
    "GigyaTfaEmailCompleteVerificationResponse": ".gigya_tfa_email_complete_verification_response",
    "GigyaTfaEmailGetEmailsForm": ".gigya_tfa_email_get_emails_form",
    "GigyaTfaEmailGetEmailsResponse": ".gigya_tfa_email_get_emails_response",
    "GigyaTfaEmailSendVerificationCodeForm": ".gigya_tfa_email_send_verification_code_form",
    "GigyaTfaEmailSendVerificationCodeResponse": ".gigya_tfa_email_send_verification_code_response",
    "GigyaTfaFinalizeForm": ".gigya_tfa_finalize_form",
    "GigyaTfaFinalizeFormTempDevice": ".gigya_tfa_finalize_form_temp_device",
    "GigyaTfaFinalizeResponse": ".gigya_tfa_finalize_response",
    "GigyaTfaInitForm": ".gigya_tfa_init_form",
    "GigyaTfaInitFormMode": ".gigya_tfa_init_form_mode",
    "GigyaTfaInitFormProvider": ".gigya_tfa_init_form_provider",
    "GigyaTfaInitResponse": ".gigya_tfa_init_response",
    "GigyaWebSdkBootstrapForm": ".gigya_web_sdk_bootstrap_form",
    "GigyaWebSdkBootstrapFormFormat": ".gigya_web_sdk_bootstrap_form_format",
    "GigyaWebSdkBootstrapResponse": ".gigya_web_sdk_bootstrap_response",
    "HornLightsActionRequest": ".horn_lights_action_request",
    "HornLightsActionRequestData": ".horn_lights_action_request_data",
    "HornLightsActionRequestDataAttributes": ".horn_lights_action_request_data_attributes",
    "HornLightsActionResponse": ".horn_lights_action_response",
    "HornLightsActionResponseData": ".horn_lights_action_response_data",
    "HornLightsActionResponseDataAttributes": ".horn_lights_action_response_data_attributes",
    "HvacScheduleActionRequest": ".hvac_schedule_action_request",
    "HvacScheduleActionRequestData": ".hvac_schedule_action_request_data",
    "HvacScheduleActionRequestDataAttributes": ".hvac_schedule_action_request_data_attributes",
    "HvacScheduleActionResponse": ".hvac_schedule_action_response",
    "HvacScheduleActionResponseAttributes": ".hvac_schedule_action_response_attributes",
    "HvacScheduleActionResponseData": ".hvac_schedule_action_response_data",
    "HvacScheduleDay": ".hvac_schedule_day",
    "HvacScheduleDayEcho": ".hvac_schedule_day_echo",
    "HvacScheduleSlot": ".hvac_schedule_slot",
    "HvacScheduleSlotEcho": ".hvac_schedule_slot_echo",
    "HvacStartActionRequest": ".hvac_start_action_request",
    "HvacStartActionRequestAttributes": ".hvac_start_action_request_attributes",
    "HvacStartActionRequestData": ".hvac_start_action_request_data",
    "HvacStartActionResponse": ".hvac_start_action_response",
    "HvacStartActionResponseData": ".hvac_start_action_response_data",
    "HvacStartActionResponseDataAttributes": ".hvac_start_action_response_data_attributes",
    "KamereonErrorBody": ".kamereon_error_body",
    "KamereonErrorItem": ".kamereon_error_item",
    "KamereonMessage": ".kamereon_message",
    "KcaBatteryStatusAttributes": ".kca_battery_status_attributes",
    "KcaBatteryStatusData": ".kca_battery_status_data",
    "KcaBatteryStatusDocument": ".kca_battery_status_document",
    "KcaCarAdapterAttributes": ".kca_car_adapter_attributes",
    "KcaCarAdapterData": ".kca_car_adapter_data",
    "KcaCarAdapterDocument": ".kca_car_adapter_document",
    "KcaChargeCalendar": ".kca_charge_calendar",
    "KcaChargeCalendarSlot": ".kca_charge_calendar_slot",
    "KcaChargeHistoryAttributes": ".kca_charge_history_attributes",
    "KcaChargeHistoryData": ".kca_charge_history_data",
    "KcaChargeHistoryDocument": ".kca_charge_history_document",
    "KcaChargeModeAttributes": ".kca_charge_mode_attributes",
    "KcaChargeModeData": ".kca_charge_mode_data",
    "KcaChargeModeDocument": ".kca_charge_mode_document",
    "KcaChargeScheduleAttributes": ".kca_charge_schedule_attributes",
    "KcaChargeScheduleData": ".kca_charge_schedule_data",
    "KcaChargeScheduleDocument": ".kca_charge_schedule_document",
    "KcaChargeSession": ".kca_charge_session",
    "KcaChargeSummary": ".kca_charge_summary",
    "KcaChargesAttributes": ".kca_charges_attributes",
    "KcaChargesData": ".kca_charges_data",
    "KcaChargesDocument": ".kca_charges_document",
    "KcaChargingSettingsAttributes": ".kca_charging_settings_attributes",
    "KcaChargingSettingsData": ".kca_charging_settings_data",
    "KcaChargingSettingsDay": ".kca_charging_settings_day",
    "KcaChargingSettingsDocument": ".kca_charging_settings_document",
    "KcaChargingSettingsSchedule": ".kca_charging_settings_schedule",
    "KcaCockpitAttributes": ".kca_cockpit_attributes",
    "KcaCockpitData": ".kca_cockpit_data",
    "KcaCockpitDocument": ".kca_cockpit_document",
    "KcaHistoryPeriod": ".kca_history_period",
    "KcaHvacHistoryAttributes": ".kca_hvac_history_attributes",
    "KcaHvacHistoryData": ".kca_hvac_history_data",
    "KcaHvacHistoryDocument": ".kca_hvac_history_document",
    "KcaHvacSession": ".kca_hvac_session",
    "KcaHvacSessionsAttributes": ".kca_hvac_sessions_attributes",
    "KcaHvacSessionsData": ".kca_hvac_sessions_data",
    "KcaHvacSessionsDocument": ".kca_hvac_sessions_document",
    "KcaHvacSessionsSummary": ".kca_hvac_sessions_summary",
    "KcaHvacSettingsAttributes": ".kca_hvac_settings_attributes",
    "KcaHvacSettingsData": ".kca_hvac_settings_data",
    "KcaHvacSettingsDay": ".kca_hvac_settings_day",
    "KcaHvacSettingsDocument": ".kca_hvac_settings_document",
    "KcaHvacSettingsSchedule": ".kca_hvac_settings_schedule",
    "KcaHvacStatusAttributes": ".kca_hvac_status_attributes",
    "KcaHvacStatusData": ".kca_hvac_status_data",
    "KcaHvacStatusDocument": ".kca_hvac_status_document",
    "KcaLocationAttributes": ".kca_location_attributes",
    "KcaLocationData": ".kca_location_data",
    "KcaLocationDocument": ".kca_location_document",
    "KcaLockStatusAttributes": ".kca_lock_status_attributes",
    "KcaLockStatusData": ".kca_lock_status_data",
    "KcaLockStatusDocument": ".kca_lock_status_document",
    "KcaNotificationSetting": ".kca_notification_setting",
    "KcaNotificationSettingsAttributes": ".kca_notification_settings_attributes",
    "KcaNotificationSettingsData": ".kca_notification_settings_data",
    "KcaNotificationSettingsDocument": ".kca_notification_settings_document",
    "KcaPressureAttributes": ".kca_pressure_attributes",
    "KcaPressureData": ".kca_pressure_data",
    "KcaPressureDocument": ".kca_pressure_document",
    "KcaResStateAttributes": ".kca_res_state_attributes",
    "KcaResStateData": ".kca_res_state_data",
    "KcaResStateDocument": ".kca_res_state_document",
    "KcmChargePauseResumeRequest": ".kcm_charge_pause_resume_request",
    "KcmChargePauseResumeRequestData": ".kcm_charge_pause_resume_request_data",
    "KcmChargePauseResumeRequestDataAttributes": ".kcm_charge_pause_resume_request_data_attributes",
    "KcmChargePauseResumeResponse": ".kcm_charge_pause_resume_response",
    "KcmChargePauseResumeResponseData": ".kcm_charge_pause_resume_response_data",
    "KcmChargePauseResumeResponseDataAttributes": ".kcm_charge_pause_resume_response_data_attributes",
    "KcmChargeStartRequest": ".kcm_charge_start_request",
    "KcmChargeStartRequestData": ".kcm_charge_start_request_data",
    "KcmChargeStartRequestDataAttributes": ".kcm_charge_start_request_data_attributes",
    "KcmChargeStartRequestDataAttributesAction": ".kcm_charge_start_request_data_attributes_action",
    "KcmChargeStartResponse": ".kcm_charge_start_response",
    "KcmChargeStartResponseData": ".kcm_charge_start_response_data",
    "KcmChargeStartResponseDataAttributes": ".kcm_charge_start_response_data_attributes",
    "KcmCommandAck": ".kcm_command_ack",
    "KcmEvProgram": ".kcm_ev_program",
    "KcmEvProgramUpdate": ".kcm_ev_program_update",
    "KcmEvSettings": ".kcm_ev_settings",
    "KcmEvSettingsUpdate": ".kcm_ev_settings_update",
    "KcmSocLevels": ".kcm_soc_levels",
    "KcmSocLevelsUpdate": ".kcm_soc_levels_update",
    "KnownAccountType": ".known_account_type",
    "KnownChargeModeAction": ".known_charge_mode_action",
    "KnownChargeModeReading": ".known_charge_mode_reading",
    "KnownChargePauseResumeAction": ".known_charge_pause_resume_action",
    "KnownChargingSettingsMode": ".known_charging_settings_mode",
    "KnownChargingStartAction": ".known_charging_start_action",
    "KnownContractStatus": ".known_contract_status",
    "KnownContractType": ".known_contract_type",
    "KnownEnergyCode": ".known_energy_code",
    "KnownEngineEnergyType": ".known_engine_energy_type",
    "KnownHornLightsAction": ".known_horn_lights_action",
    "KnownHornLightsTarget": ".known_horn_lights_target",
    "KnownHvacStartAction": ".known_hvac_start_action",
    "KnownHvacStatus": ".known_hvac_status",
    "KnownKamereonErrorCode": ".known_kamereon_error_code",
    "KnownKcmChargeMode": ".known_kcm_charge_mode",
    "KnownKcmProgramType": ".known_kcm_program_type",
    "KnownLockStatus": ".known_lock_status",
    "KnownNotificationActionType": ".known_notification_action_type",
    "KnownPlugStatus": ".known_plug_status",
    "KnownRenditionResolutionType": ".known_rendition_resolution_type",
    "KnownVehicleAssetType": ".known_vehicle_asset_type",
    "KnownVehicleBrand": ".known_vehicle_brand",
    "KnownVehicleLinkType": ".known_vehicle_link_type",
    "Person": ".person",
    "PersonAccount": ".person_account",
    "PersonEmail": ".person_email",
    "PersonIdp": ".person_idp",
    "PersonNotification": ".person_notification",
    "PersonNotificationCommandResponse": ".person_notification_command_response",
    "PersonNotificationSrpResponse": ".person_notification_srp_response",
    "PersonPhone": ".person_phone",
    "RefreshActionResponse": ".refresh_action_response",
    "RefreshActionResponseData": ".refresh_action_response_data",
    "RefreshActionResponseDataAttributes": ".refresh_action_response_data_attributes",
    "RefreshBatteryStatusActionRequest": ".refresh_battery_status_action_request",
    "RefreshBatteryStatusActionRequestData": ".refresh_battery_status_action_request_data",
    "RefreshHvacStatusActionRequest": ".refresh_hvac_status_action_request",
    "RefreshHvacStatusActionRequestData": ".refresh_hvac_status_action_request_data",
    "RefreshLocationActionRequest": ".refresh_location_action_request",
    "RefreshLocationActionRequestData": ".refresh_location_action_request_data",
    "VehicleAlert": ".vehicle_alert",
    "VehicleContract": ".vehicle_contract",
    "VehicleContractCondition": ".vehicle_contract_condition",
    "VehicleDetails": ".vehicle_details",
    "VehicleDetailsAsset": ".vehicle_details_asset",
    "VehicleDetailsAssetRendition": ".vehicle_details_asset_rendition",
    "VehicleDetailsCodeLabel": ".vehicle_details_code_label",
    "VehicleDetailsEnergy": ".vehicle_details_energy",
    "VehicleDetailsModel": ".vehicle_details_model",
    "VehicleLink": ".vehicle_link",
    "VehicleLinkCancellationReason": ".vehicle_link_cancellation_reason",
    "VehicleLinkConnectedDriver": ".vehicle_link_connected_driver",
    "VehicleLinkDealer": ".vehicle_link_dealer",
}

if TYPE_CHECKING:
    from .account_vehicles import AccountVehicles
    from .charge_mode_action_attributes import ChargeModeActionAttributes
    from .charge_mode_action_request import ChargeModeActionRequest
    from .charge_mode_action_request_attributes import ChargeModeActionRequestAttributes
    from .charge_mode_action_request_data import ChargeModeActionRequestData
    from .charge_mode_action_response import ChargeModeActionResponse
    from .charge_mode_action_response_data import ChargeModeActionResponseData
    from .charge_schedule_action_request import ChargeScheduleActionRequest
    from .charge_schedule_action_request_attributes import (
        ChargeScheduleActionRequestAttributes,
    )
    from .charge_schedule_action_request_data import ChargeScheduleActionRequestData
    from .charge_schedule_action_response import ChargeScheduleActionResponse
    from .charge_schedule_action_response_attributes import (
        ChargeScheduleActionResponseAttributes,
    )
    from .charge_schedule_action_response_data import ChargeScheduleActionResponseData
    from .charge_schedule_day import ChargeScheduleDay
    from .charge_schedule_day_echo import ChargeScheduleDayEcho
    from .charge_schedule_slot import ChargeScheduleSlot
    from .charge_schedule_slot_echo import ChargeScheduleSlotEcho
    from .charging_start_action_request import ChargingStartActionRequest
    from .charging_start_action_request_attributes import (
        ChargingStartActionRequestAttributes,
    )
    from .charging_start_action_request_data import ChargingStartActionRequestData
    from .charging_start_action_response import ChargingStartActionResponse
    from .charging_start_action_response_data import ChargingStartActionResponseData
    from .charging_start_action_response_data_attributes import (
        ChargingStartActionResponseDataAttributes,
    )
    from .gigya_account_data import GigyaAccountData
    from .gigya_account_emails import GigyaAccountEmails
    from .gigya_account_fields import GigyaAccountFields
    from .gigya_account_fields_preferences import GigyaAccountFieldsPreferences
    from .gigya_account_password import GigyaAccountPassword
    from .gigya_account_profile import GigyaAccountProfile
    from .gigya_finalize_registration_form import GigyaFinalizeRegistrationForm
    from .gigya_finalize_registration_form_include_user_info import (
        GigyaFinalizeRegistrationFormIncludeUserInfo,
    )
    from .gigya_finalize_registration_response import GigyaFinalizeRegistrationResponse
    from .gigya_get_account_info_form import GigyaGetAccountInfoForm
    from .gigya_get_account_info_response import GigyaGetAccountInfoResponse
    from .gigya_get_jwt_form import GigyaGetJwtForm
    from .gigya_get_jwt_response import GigyaGetJwtResponse
    from .gigya_login_form import GigyaLoginForm
    from .gigya_login_form_include_user_info import GigyaLoginFormIncludeUserInfo
    from .gigya_login_response import GigyaLoginResponse
    from .gigya_response import GigyaResponse
    from .gigya_session_info import GigyaSessionInfo
    from .gigya_tfa_email import GigyaTfaEmail
    from .gigya_tfa_email_complete_verification_form import (
        GigyaTfaEmailCompleteVerificationForm,
    )
    from .gigya_tfa_email_complete_verification_response import (
        GigyaTfaEmailCompleteVerificationResponse,
    )
    from .gigya_tfa_email_get_emails_form import GigyaTfaEmailGetEmailsForm
    from .gigya_tfa_email_get_emails_response import GigyaTfaEmailGetEmailsResponse
    from .gigya_tfa_email_send_verification_code_form import (
        GigyaTfaEmailSendVerificationCodeForm,
    )
    from .gigya_tfa_email_send_verification_code_response import (
        GigyaTfaEmailSendVerificationCodeResponse,
    )
    from .gigya_tfa_finalize_form import GigyaTfaFinalizeForm
    from .gigya_tfa_finalize_form_temp_device import GigyaTfaFinalizeFormTempDevice
    from .gigya_tfa_finalize_response import GigyaTfaFinalizeResponse
    from .gigya_tfa_init_form import GigyaTfaInitForm
    from .gigya_tfa_init_form_mode import GigyaTfaInitFormMode
    from .gigya_tfa_init_form_provider import GigyaTfaInitFormProvider
    from .gigya_tfa_init_response import GigyaTfaInitResponse
    from .gigya_web_sdk_bootstrap_form import GigyaWebSdkBootstrapForm
    from .gigya_web_sdk_bootstrap_form_format import GigyaWebSdkBootstrapFormFormat
    from .gigya_web_sdk_bootstrap_response import GigyaWebSdkBootstrapResponse
    from .horn_lights_action_request import HornLightsActionRequest
    from .horn_lights_action_request_data import HornLightsActionRequestData
    from .horn_lights_action_request_data_attributes import (
        HornLightsActionRequestDataAttributes,
    )
    from .horn_lights_action_response import HornLightsActionResponse
    from .horn_lights_action_response_data import HornLightsActionResponseData
    from .horn_lights_action_response_data_attributes import (
        HornLightsActionResponseDataAttributes,
    )
    from .hvac_schedule_action_request import HvacScheduleActionRequest
    from .hvac_schedule_action_request_data import HvacScheduleActionRequestData
    from .hvac_schedule_action_request_data_attributes import (
        HvacScheduleActionRequestDataAttributes,
    )
    from .hvac_schedule_action_response import HvacScheduleActionResponse
    from .hvac_schedule_action_response_attributes import (
        HvacScheduleActionResponseAttributes,
    )
    from .hvac_schedule_action_response_data import HvacScheduleActionResponseData
    from .hvac_schedule_day import HvacScheduleDay
    from .hvac_schedule_day_echo import HvacScheduleDayEcho
    from .hvac_schedule_slot import HvacScheduleSlot
    from .hvac_schedule_slot_echo import HvacScheduleSlotEcho
    from .hvac_start_action_request import HvacStartActionRequest
    from .hvac_start_action_request_attributes import HvacStartActionRequestAttributes
    from .hvac_start_action_request_data import HvacStartActionRequestData
    from .hvac_start_action_response import HvacStartActionResponse
    from .hvac_start_action_response_data import HvacStartActionResponseData
    from .hvac_start_action_response_data_attributes import (
        HvacStartActionResponseDataAttributes,
    )
    from .kamereon_error_body import KamereonErrorBody
    from .kamereon_error_item import KamereonErrorItem
    from .kamereon_message import KamereonMessage
    from .kca_battery_status_attributes import KcaBatteryStatusAttributes
    from .kca_battery_status_data import KcaBatteryStatusData
    from .kca_battery_status_document import KcaBatteryStatusDocument
    from .kca_car_adapter_attributes import KcaCarAdapterAttributes
    from .kca_car_adapter_data import KcaCarAdapterData
    from .kca_car_adapter_document import KcaCarAdapterDocument
    from .kca_charge_calendar import KcaChargeCalendar
    from .kca_charge_calendar_slot import KcaChargeCalendarSlot
    from .kca_charge_history_attributes import KcaChargeHistoryAttributes
    from .kca_charge_history_data import KcaChargeHistoryData
    from .kca_charge_history_document import KcaChargeHistoryDocument
    from .kca_charge_mode_attributes import KcaChargeModeAttributes
    from .kca_charge_mode_data import KcaChargeModeData
    from .kca_charge_mode_document import KcaChargeModeDocument
    from .kca_charge_schedule_attributes import KcaChargeScheduleAttributes
    from .kca_charge_schedule_data import KcaChargeScheduleData
    from .kca_charge_schedule_document import KcaChargeScheduleDocument
    from .kca_charge_session import KcaChargeSession
    from .kca_charge_summary import KcaChargeSummary
    from .kca_charges_attributes import KcaChargesAttributes
    from .kca_charges_data import KcaChargesData
    from .kca_charges_document import KcaChargesDocument
    from .kca_charging_settings_attributes import KcaChargingSettingsAttributes
    from .kca_charging_settings_data import KcaChargingSettingsData
    from .kca_charging_settings_day import KcaChargingSettingsDay
    from .kca_charging_settings_document import KcaChargingSettingsDocument
    from .kca_charging_settings_schedule import KcaChargingSettingsSchedule
    from .kca_cockpit_attributes import KcaCockpitAttributes
    from .kca_cockpit_data import KcaCockpitData
    from .kca_cockpit_document import KcaCockpitDocument
    from .kca_history_period import KcaHistoryPeriod
    from .kca_hvac_history_attributes import KcaHvacHistoryAttributes
    from .kca_hvac_history_data import KcaHvacHistoryData
    from .kca_hvac_history_document import KcaHvacHistoryDocument
    from .kca_hvac_session import KcaHvacSession
    from .kca_hvac_sessions_attributes import KcaHvacSessionsAttributes
    from .kca_hvac_sessions_data import KcaHvacSessionsData
    from .kca_hvac_sessions_document import KcaHvacSessionsDocument
    from .kca_hvac_sessions_summary import KcaHvacSessionsSummary
    from .kca_hvac_settings_attributes import KcaHvacSettingsAttributes
    from .kca_hvac_settings_data import KcaHvacSettingsData
    from .kca_hvac_settings_day import KcaHvacSettingsDay
    from .kca_hvac_settings_document import KcaHvacSettingsDocument
    from .kca_hvac_settings_schedule import KcaHvacSettingsSchedule
    from .kca_hvac_status_attributes import KcaHvacStatusAttributes
    from .kca_hvac_status_data import KcaHvacStatusData
    from .kca_hvac_status_document import KcaHvacStatusDocument
    from .kca_location_attributes import KcaLocationAttributes
    from .kca_location_data import KcaLocationData
    from .kca_location_document import KcaLocationDocument
    from .kca_lock_status_attributes import KcaLockStatusAttributes
    from .kca_lock_status_data import KcaLockStatusData
    from .kca_lock_status_document import KcaLockStatusDocument
    from .kca_notification_setting import KcaNotificationSetting
    from .kca_notification_settings_attributes import KcaNotificationSettingsAttributes
    from .kca_notification_settings_data import KcaNotificationSettingsData
    from .kca_notification_settings_document import KcaNotificationSettingsDocument
    from .kca_pressure_attributes import KcaPressureAttributes
    from .kca_pressure_data import KcaPressureData
    from .kca_pressure_document import KcaPressureDocument
    from .kca_res_state_attributes import KcaResStateAttributes
    from .kca_res_state_data import KcaResStateData
    from .kca_res_state_document import KcaResStateDocument
    from .kcm_charge_pause_resume_request import KcmChargePauseResumeRequest
    from .kcm_charge_pause_resume_request_data import KcmChargePauseResumeRequestData
    from .kcm_charge_pause_resume_request_data_attributes import (
        KcmChargePauseResumeRequestDataAttributes,
    )
    from .kcm_charge_pause_resume_response import KcmChargePauseResumeResponse
    from .kcm_charge_pause_resume_response_data import KcmChargePauseResumeResponseData
    from .kcm_charge_pause_resume_response_data_attributes import (
        KcmChargePauseResumeResponseDataAttributes,
    )
    from .kcm_charge_start_request import KcmChargeStartRequest
    from .kcm_charge_start_request_data import KcmChargeStartRequestData
    from .kcm_charge_start_request_data_attributes import (
        KcmChargeStartRequestDataAttributes,
    )
    from .kcm_charge_start_request_data_attributes_action import (
        KcmChargeStartRequestDataAttributesAction,
    )
    from .kcm_charge_start_response import KcmChargeStartResponse
    from .kcm_charge_start_response_data import KcmChargeStartResponseData
    from .kcm_charge_start_response_data_attributes import (
        KcmChargeStartResponseDataAttributes,
    )
    from .kcm_command_ack import KcmCommandAck
    from .kcm_ev_program import KcmEvProgram
    from .kcm_ev_program_update import KcmEvProgramUpdate
    from .kcm_ev_settings import KcmEvSettings
    from .kcm_ev_settings_update import KcmEvSettingsUpdate
    from .kcm_soc_levels import KcmSocLevels
    from .kcm_soc_levels_update import KcmSocLevelsUpdate
    from .known_account_type import KnownAccountType
    from .known_charge_mode_action import KnownChargeModeAction
    from .known_charge_mode_reading import KnownChargeModeReading
    from .known_charge_pause_resume_action import KnownChargePauseResumeAction
    from .known_charging_settings_mode import KnownChargingSettingsMode
    from .known_charging_start_action import KnownChargingStartAction
    from .known_contract_status import KnownContractStatus
    from .known_contract_type import KnownContractType
    from .known_energy_code import KnownEnergyCode
    from .known_engine_energy_type import KnownEngineEnergyType
    from .known_horn_lights_action import KnownHornLightsAction
    from .known_horn_lights_target import KnownHornLightsTarget
    from .known_hvac_start_action import KnownHvacStartAction
    from .known_hvac_status import KnownHvacStatus
    from .known_kamereon_error_code import KnownKamereonErrorCode
    from .known_kcm_charge_mode import KnownKcmChargeMode
    from .known_kcm_program_type import KnownKcmProgramType
    from .known_lock_status import KnownLockStatus
    from .known_notification_action_type import KnownNotificationActionType
    from .known_plug_status import KnownPlugStatus
    from .known_rendition_resolution_type import KnownRenditionResolutionType
    from .known_vehicle_asset_type import KnownVehicleAssetType
    from .known_vehicle_brand import KnownVehicleBrand
    from .known_vehicle_link_type import KnownVehicleLinkType
    from .person import Person
    from .person_account import PersonAccount
    from .person_email import PersonEmail
    from .person_idp import PersonIdp
    from .person_notification import PersonNotification
    from .person_notification_command_response import PersonNotificationCommandResponse
    from .person_notification_srp_response import PersonNotificationSrpResponse
    from .person_phone import PersonPhone
    from .refresh_action_response import RefreshActionResponse
    from .refresh_action_response_data import RefreshActionResponseData
    from .refresh_action_response_data_attributes import (
        RefreshActionResponseDataAttributes,
    )
    from .refresh_battery_status_action_request import RefreshBatteryStatusActionRequest
    from .refresh_battery_status_action_request_data import (
        RefreshBatteryStatusActionRequestData,
    )
    from .refresh_hvac_status_action_request import RefreshHvacStatusActionRequest
    from .refresh_hvac_status_action_request_data import (
        RefreshHvacStatusActionRequestData,
    )
    from .refresh_location_action_request import RefreshLocationActionRequest
    from .refresh_location_action_request_data import RefreshLocationActionRequestData
    from .vehicle_alert import VehicleAlert
    from .vehicle_contract import VehicleContract
    from .vehicle_contract_condition import VehicleContractCondition
    from .vehicle_details import VehicleDetails
    from .vehicle_details_asset import VehicleDetailsAsset
    from .vehicle_details_asset_rendition import VehicleDetailsAssetRendition
    from .vehicle_details_code_label import VehicleDetailsCodeLabel
    from .vehicle_details_energy import VehicleDetailsEnergy
    from .vehicle_details_model import VehicleDetailsModel
    from .vehicle_link import VehicleLink
    from .vehicle_link_cancellation_reason import VehicleLinkCancellationReason
    from .vehicle_link_connected_driver import VehicleLinkConnectedDriver
    from .vehicle_link_dealer import VehicleLinkDealer


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AccountVehicles",
    "ChargeModeActionAttributes",
    "ChargeModeActionRequest",
    "ChargeModeActionRequestAttributes",
    "ChargeModeActionRequestData",
    "ChargeModeActionResponse",
    "ChargeModeActionResponseData",
    "ChargeScheduleActionRequest",
    "ChargeScheduleActionRequestAttributes",
    "ChargeScheduleActionRequestData",
    "ChargeScheduleActionResponse",
    "ChargeScheduleActionResponseAttributes",
    "ChargeScheduleActionResponseData",
    "ChargeScheduleDay",
    "ChargeScheduleDayEcho",
    "ChargeScheduleSlot",
    "ChargeScheduleSlotEcho",
    "ChargingStartActionRequest",
    "ChargingStartActionRequestAttributes",
    "ChargingStartActionRequestData",
    "ChargingStartActionResponse",
    "ChargingStartActionResponseData",
    "ChargingStartActionResponseDataAttributes",
    "GigyaAccountData",
    "GigyaAccountEmails",
    "GigyaAccountFields",
    "GigyaAccountFieldsPreferences",
    "GigyaAccountPassword",
    "GigyaAccountProfile",
    "GigyaFinalizeRegistrationForm",
    "GigyaFinalizeRegistrationFormIncludeUserInfo",
    "GigyaFinalizeRegistrationResponse",
    "GigyaGetAccountInfoForm",
    "GigyaGetAccountInfoResponse",
    "GigyaGetJwtForm",
    "GigyaGetJwtResponse",
    "GigyaLoginForm",
    "GigyaLoginFormIncludeUserInfo",
    "GigyaLoginResponse",
    "GigyaResponse",
    "GigyaSessionInfo",
    "GigyaTfaEmail",
    "GigyaTfaEmailCompleteVerificationForm",
    "GigyaTfaEmailCompleteVerificationResponse",
    "GigyaTfaEmailGetEmailsForm",
    "GigyaTfaEmailGetEmailsResponse",
    "GigyaTfaEmailSendVerificationCodeForm",
    "GigyaTfaEmailSendVerificationCodeResponse",
    "GigyaTfaFinalizeForm",
    "GigyaTfaFinalizeFormTempDevice",
    "GigyaTfaFinalizeResponse",
    "GigyaTfaInitForm",
    "GigyaTfaInitFormMode",
    "GigyaTfaInitFormProvider",
    "GigyaTfaInitResponse",
    "GigyaWebSdkBootstrapForm",
    "GigyaWebSdkBootstrapFormFormat",
    "GigyaWebSdkBootstrapResponse",
    "HornLightsActionRequest",
    "HornLightsActionRequestData",
    "HornLightsActionRequestDataAttributes",
    "HornLightsActionResponse",
    "HornLightsActionResponseData",
    "HornLightsActionResponseDataAttributes",
    "HvacScheduleActionRequest",
    "HvacScheduleActionRequestData",
    "HvacScheduleActionRequestDataAttributes",
    "HvacScheduleActionResponse",
    "HvacScheduleActionResponseAttributes",
    "HvacScheduleActionResponseData",
    "HvacScheduleDay",
    "HvacScheduleDayEcho",
    "HvacScheduleSlot",
    "HvacScheduleSlotEcho",
    "HvacStartActionRequest",
    "HvacStartActionRequestAttributes",
    "HvacStartActionRequestData",
    "HvacStartActionResponse",
    "HvacStartActionResponseData",
    "HvacStartActionResponseDataAttributes",
    "KamereonErrorBody",
    "KamereonErrorItem",
    "KamereonMessage",
    "KcaBatteryStatusAttributes",
    "KcaBatteryStatusData",
    "KcaBatteryStatusDocument",
    "KcaCarAdapterAttributes",
    "KcaCarAdapterData",
    "KcaCarAdapterDocument",
    "KcaChargeCalendar",
    "KcaChargeCalendarSlot",
    "KcaChargeHistoryAttributes",
    "KcaChargeHistoryData",
    "KcaChargeHistoryDocument",
    "KcaChargeModeAttributes",
    "KcaChargeModeData",
    "KcaChargeModeDocument",
    "KcaChargesAttributes",
    "KcaChargeScheduleAttributes",
    "KcaChargeScheduleData",
    "KcaChargeScheduleDocument",
    "KcaChargesData",
    "KcaChargesDocument",
    "KcaChargeSession",
    "KcaChargeSummary",
    "KcaChargingSettingsAttributes",
    "KcaChargingSettingsData",
    "KcaChargingSettingsDay",
    "KcaChargingSettingsDocument",
    "KcaChargingSettingsSchedule",
    "KcaCockpitAttributes",
    "KcaCockpitData",
    "KcaCockpitDocument",
    "KcaHistoryPeriod",
    "KcaHvacHistoryAttributes",
    "KcaHvacHistoryData",
    "KcaHvacHistoryDocument",
    "KcaHvacSession",
    "KcaHvacSessionsAttributes",
    "KcaHvacSessionsData",
    "KcaHvacSessionsDocument",
    "KcaHvacSessionsSummary",
    "KcaHvacSettingsAttributes",
    "KcaHvacSettingsData",
    "KcaHvacSettingsDay",
    "KcaHvacSettingsDocument",
    "KcaHvacSettingsSchedule",
    "KcaHvacStatusAttributes",
    "KcaHvacStatusData",
    "KcaHvacStatusDocument",
    "KcaLocationAttributes",
    "KcaLocationData",
    "KcaLocationDocument",
    "KcaLockStatusAttributes",
    "KcaLockStatusData",
    "KcaLockStatusDocument",
    "KcaNotificationSetting",
    "KcaNotificationSettingsAttributes",
    "KcaNotificationSettingsData",
    "KcaNotificationSettingsDocument",
    "KcaPressureAttributes",
    "KcaPressureData",
    "KcaPressureDocument",
    "KcaResStateAttributes",
    "KcaResStateData",
    "KcaResStateDocument",
    "KcmChargePauseResumeRequest",
    "KcmChargePauseResumeRequestData",
    "KcmChargePauseResumeRequestDataAttributes",
    "KcmChargePauseResumeResponse",
    "KcmChargePauseResumeResponseData",
    "KcmChargePauseResumeResponseDataAttributes",
    "KcmChargeStartRequest",
    "KcmChargeStartRequestData",
    "KcmChargeStartRequestDataAttributes",
    "KcmChargeStartRequestDataAttributesAction",
    "KcmChargeStartResponse",
    "KcmChargeStartResponseData",
    "KcmChargeStartResponseDataAttributes",
    "KcmCommandAck",
    "KcmEvProgram",
    "KcmEvProgramUpdate",
    "KcmEvSettings",
    "KcmEvSettingsUpdate",
    "KcmSocLevels",
    "KcmSocLevelsUpdate",
    "KnownAccountType",
    "KnownChargeModeAction",
    "KnownChargeModeReading",
    "KnownChargePauseResumeAction",
    "KnownChargingSettingsMode",
    "KnownChargingStartAction",
    "KnownContractStatus",
    "KnownContractType",
    "KnownEnergyCode",
    "KnownEngineEnergyType",
    "KnownHornLightsAction",
    "KnownHornLightsTarget",
    "KnownHvacStartAction",
    "KnownHvacStatus",
    "KnownKamereonErrorCode",
    "KnownKcmChargeMode",
    "KnownKcmProgramType",
    "KnownLockStatus",
    "KnownNotificationActionType",
    "KnownPlugStatus",
    "KnownRenditionResolutionType",
    "KnownVehicleAssetType",
    "KnownVehicleBrand",
    "KnownVehicleLinkType",
    "Person",
    "PersonAccount",
    "PersonEmail",
    "PersonIdp",
    "PersonNotification",
    "PersonNotificationCommandResponse",
    "PersonNotificationSrpResponse",
    "PersonPhone",
    "RefreshActionResponse",
    "RefreshActionResponseData",
    "RefreshActionResponseDataAttributes",
    "RefreshBatteryStatusActionRequest",
    "RefreshBatteryStatusActionRequestData",
    "RefreshHvacStatusActionRequest",
    "RefreshHvacStatusActionRequestData",
    "RefreshLocationActionRequest",
    "RefreshLocationActionRequestData",
    "VehicleAlert",
    "VehicleContract",
    "VehicleContractCondition",
    "VehicleDetails",
    "VehicleDetailsAsset",
    "VehicleDetailsAssetRendition",
    "VehicleDetailsCodeLabel",
    "VehicleDetailsEnergy",
    "VehicleDetailsModel",
    "VehicleLink",
    "VehicleLinkCancellationReason",
    "VehicleLinkConnectedDriver",
    "VehicleLinkDealer",
)
