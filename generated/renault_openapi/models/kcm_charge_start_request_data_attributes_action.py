from enum import StrEnum


class KcmChargeStartRequestDataAttributesAction(StrEnum):
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
