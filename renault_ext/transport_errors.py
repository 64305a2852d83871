"""httpx's transport failures (timeouts, refused connections) as the project's typed errors.

One place for the Gigya and the Kamereon calls alike; ``auth`` cannot import ``transport`` (which
imports it), so this small module stands apart.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

import httpx

from renault_ext.errors import ClientClosedError, ConnectError, RequestTimeoutError

T = TypeVar("T")


async def translated(awaitable: Awaitable[T], *, service: str, operation: str | None = None) -> T:
    """Await ``awaitable``; a timeout or a connection failure becomes RequestTimeoutError or
    ConnectError naming ``service`` ("Gigya", "Renault") and the operation, never the URL."""
    what = f"{service} {operation}" if operation else service
    try:
        return await awaitable
    except httpx.TimeoutException as exc:
        raise RequestTimeoutError(
            f"{what} did not answer in time ({type(exc).__name__})", operation=operation
        ) from None
    except httpx.TransportError as exc:
        raise ConnectError(
            f"cannot reach {what} ({type(exc).__name__})", operation=operation
        ) from None
    except RuntimeError as exc:
        # httpx's answer to a request on a closed client (aclose() while calls were in flight).
        if "client has been closed" not in str(exc):
            raise
        raise ClientClosedError(f"{what}: this Renault session is closed") from None
