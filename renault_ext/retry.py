"""When a failed read is worth a second try.

Reads (GET) are retried with exponential backoff on timeouts, connection errors, gateway pages
(502/503/504) and Kamereon's failed-forward error: all transient on Renault's side. Actions
(POST) are never retried automatically: a horn or a charge start must not happen twice because a
response was lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from renault_ext.errors import (
    ConnectError,
    FailedForwardError,
    InvalidResponseError,
    KamereonError,
    RenaultError,
    RequestTimeoutError,
)

TRANSIENT_STATUSES = frozenset({502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3  # total tries for a read, including the first
    backoff: float = 0.5  # seconds before the second try; doubles each time
    max_backoff: float = 8.0

    def delay(self, attempt: int) -> float:
        """Pause before try number ``attempt + 1`` (``attempt`` counts from 1)."""
        return min(self.max_backoff, self.backoff * (2 ** (attempt - 1)))

    @staticmethod
    def is_transient(error: RenaultError) -> bool:
        if isinstance(error, (RequestTimeoutError, ConnectError, FailedForwardError)):
            return True
        status = getattr(error, "status", None)
        return (
            isinstance(error, (InvalidResponseError, KamereonError))
            and status in TRANSIENT_STATUSES
        )


NO_RETRY = RetryPolicy(attempts=1)
