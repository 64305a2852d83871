from enum import StrEnum


class KnownKcmChargeMode(StrEnum):
    ALWAYS = "ALWAYS"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
