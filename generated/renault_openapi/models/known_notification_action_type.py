from enum import StrEnum


class KnownNotificationActionType(StrEnum):
    COMMAND_RESPONSE = "COMMAND_RESPONSE"
    SRP_SALT_REQUEST = "SRP_SALT_REQUEST"

    def __str__(self) -> str:
        return str(self.value)
