from enum import StrEnum


class GigyaWebSdkBootstrapFormFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
