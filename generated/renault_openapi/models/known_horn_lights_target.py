from enum import StrEnum


class KnownHornLightsTarget(StrEnum):
    HORN = "horn"
    LIGHTS = "lights"

    def __str__(self) -> str:
        return str(self.value)
