from enum import StrEnum


class KnownChargeModeReading(StrEnum):
    ALWAYS = "always"
    ALWAYS_CHARGING = "always_charging"
    SCHEDULED = "scheduled"
    SCHEDULE_MODE = "schedule_mode"

    def __str__(self) -> str:
        return str(self.value)
