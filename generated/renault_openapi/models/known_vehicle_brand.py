from enum import StrEnum


class KnownVehicleBrand(StrEnum):
    ALPINE = "ALPINE"
    DACIA = "DACIA"
    RENAULT = "RENAULT"

    def __str__(self) -> str:
        return str(self.value)
