from enum import StrEnum


class KnownContractType(StrEnum):
    CONNECTED_SERVICES = "CONNECTED_SERVICES"
    WARRANTY = "WARRANTY"
    WARRANTY_MAINTENANCE_CONTRACTS = "WARRANTY_MAINTENANCE_CONTRACTS"

    def __str__(self) -> str:
        return str(self.value)
