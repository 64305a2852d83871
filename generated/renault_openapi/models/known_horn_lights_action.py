from enum import StrEnum


class KnownHornLightsAction(StrEnum):
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
