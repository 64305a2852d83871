from enum import StrEnum


class KnownChargingSettingsMode(StrEnum):
    ALWAYS = "always"
    DELAYED = "delayed"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
