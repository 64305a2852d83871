from enum import StrEnum


class GigyaTfaInitFormMode(StrEnum):
    ADD = "add"
    EDIT = "edit"
    REGISTER = "register"
    VERIFY = "verify"

    def __str__(self) -> str:
        return str(self.value)
