from enum import StrEnum


class KnownVehicleAssetType(StrEnum):
    PDF = "PDF"
    PICTURE = "PICTURE"
    URL = "URL"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
