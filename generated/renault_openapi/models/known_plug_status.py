from enum import IntEnum


class KnownPlugStatus(IntEnum):
    UNPLUGGED = 0
    PLUGGED = 1
    PLUG_ERROR = -1
    PLUG_UNKNOWN = -2147483648

    def __str__(self) -> str:
        return str(self.value)
