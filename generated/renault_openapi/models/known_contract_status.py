from enum import StrEnum


class KnownContractStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ENDED = "ENDED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
