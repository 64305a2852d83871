from enum import StrEnum


class KnownVehicleLinkType(StrEnum):
    OWNER = "OWNER"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
