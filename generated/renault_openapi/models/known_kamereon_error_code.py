from enum import StrEnum


class KnownKamereonErrorCode(StrEnum):
    ERR_FUNC_400 = "err.func.400"
    ERR_FUNC_403 = "err.func.403"
    ERR_FUNC_PRIVACY_ON = "err.func.privacy.on"
    ERR_FUNC_VCPS_EV_CHARGE_MODE_ERROR = "err.func.vcps.ev.charge-mode.error"
    ERR_FUNC_VCPS_EV_CHARGE_SCHEDULE_ERROR = "err.func.vcps.ev.charge-schedule.error"
    ERR_FUNC_VCPS_USERS_HELPER_GET_NOTIFICATION_SETTINGS_ERROR = (
        "err.func.vcps.users-helper.get-notification-settings.error"
    )
    ERR_FUNC_WIRED_FORBIDDEN = "err.func.wired.forbidden"
    ERR_FUNC_WIRED_INVALID_BODY = "err.func.wired.invalid-body"
    ERR_FUNC_WIRED_INVALID_BODY_FORMAT = "err.func.wired.invalid-body-format"
    ERR_FUNC_WIRED_METHODNOTALLOWED = "err.func.wired.methodNotAllowed"
    ERR_FUNC_WIRED_MISSINGREQUESTPARAM = "err.func.wired.missingRequestParam"
    ERR_FUNC_WIRED_NOTFOUND = "err.func.wired.notFound"
    ERR_FUNC_WIRED_NOT_FOUND = "err.func.wired.not-found"
    ERR_FUNC_WIRED_OVERLOADED = "err.func.wired.overloaded"
    ERR_FUNC_WIRED_UNAUTHORIZED = "err.func.wired.unauthorized"
    ERR_TECH_500 = "err.tech.500"
    ERR_TECH_501 = "err.tech.501"
    ERR_TECH_502 = "err.tech.502"
    ERR_TECH_VCPS_EV_HVAC_SETTINGS_ERROR = "err.tech.vcps.ev.hvac-settings.error"
    ERR_TECH_WIRED_KAMEREON_PROXY = "err.tech.wired.kamereon-proxy"
    ERR_TECH_WIRED_UNKNOWN_ERROR = "err.tech.wired.unknown-error"
    ERR_TECH_WIRED_VEHICLE_DETAILS = "err.tech.wired.vehicle-details"
    VALUE_22 = "409001"
    VALUE_23 = "400001"

    def __str__(self) -> str:
        return str(self.value)
