from enum import StrEnum


class KnownChargePauseResumeAction(StrEnum):
    PAUSE = "pause"
    RESUME = "resume"

    def __str__(self) -> str:
        return str(self.value)
