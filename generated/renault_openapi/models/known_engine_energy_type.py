from enum import StrEnum


class KnownEngineEnergyType(StrEnum):
    ELEC = "ELEC"
    HEV = "HEV"
    OTHER = "OTHER"
    PHEV = "PHEV"

    def __str__(self) -> str:
        return str(self.value)
