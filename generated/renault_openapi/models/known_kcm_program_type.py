from enum import StrEnum


class KnownKcmProgramType(StrEnum):
    CHARGE = "CHARGE"
    CHARGE_AND_PRECONDITIONING = "CHARGE_AND_PRECONDITIONING"
    PRECONDITIONING = "PRECONDITIONING"

    def __str__(self) -> str:
        return str(self.value)
