from enum import StrEnum


class GigyaTfaInitFormProvider(StrEnum):
    GIGYAEMAIL = "gigyaEmail"
    GIGYAPHONE = "gigyaPhone"
    GIGYAPUSH = "gigyaPush"
    GIGYATOTP = "gigyaTotp"

    def __str__(self) -> str:
        return str(self.value)
