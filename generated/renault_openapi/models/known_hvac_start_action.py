from enum import StrEnum


class KnownHvacStartAction(StrEnum):
    CANCEL = "cancel"
    START = "start"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
