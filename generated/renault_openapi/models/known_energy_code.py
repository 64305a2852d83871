from enum import StrEnum


class KnownEnergyCode(StrEnum):
    ELEC = "ELEC"
    ELECX = "ELECX"
    ESS = "ESS"
    GASLN = "GASLN"

    def __str__(self) -> str:
        return str(self.value)
