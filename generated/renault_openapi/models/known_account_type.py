from enum import StrEnum


class KnownAccountType(StrEnum):
    MYRENAULT = "MYRENAULT"
    SFDC = "SFDC"

    def __str__(self) -> str:
        return str(self.value)
