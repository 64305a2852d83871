from enum import StrEnum


class KnownRenditionResolutionType(StrEnum):
    ONE_MYRENAULT_LARGE = "ONE_MYRENAULT_LARGE"
    ONE_MYRENAULT_SMALL = "ONE_MYRENAULT_SMALL"

    def __str__(self) -> str:
        return str(self.value)
