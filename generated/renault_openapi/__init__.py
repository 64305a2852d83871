"""A client library for accessing Renault connected-car cloud (Gigya + Kamereon)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
