from enum import StrEnum


class KnownChargeModeAction(StrEnum):
    ALWAYS_CHARGING = "always_charging"
    SCHEDULE_MODE = "schedule_mode"

    def __str__(self) -> str:
        return str(self.value)
