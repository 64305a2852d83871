from enum import StrEnum


class KnownLockStatus(StrEnum):
    LOCKED = "locked"
    UNLOCKED = "unlocked"

    def __str__(self) -> str:
        return str(self.value)
