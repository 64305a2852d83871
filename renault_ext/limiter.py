"""Client-side pacing of Kamereon calls, shared by every vehicle of an account.

Renault counts calls per account and answers `err.func.wired.overloaded` (HTTP 429) once a quota
is spent, then keeps refusing for a while. Two mechanisms keep a poller out of that hole:
an optional minimum spacing between calls, and a cool-down after a quota error during which no
request is sent at all (callers get the quota error again, with the remaining wait).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from renault_ext.errors import QuotaLimitError


@dataclass
class RateLimiter:
    """``calls_per_minute=None`` disables spacing; the cool-down after a quota error always applies."""

    calls_per_minute: float | None = None
    default_cool_down: float = 60.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _next_slot: float = field(default=0.0, init=False)
    _cool_down_until: float = field(default=0.0, init=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    @property
    def cooling_down_for(self) -> float:
        """Seconds left in the current cool-down (0 when none)."""
        return max(0.0, self._cool_down_until - self.clock())

    def cool_down(self, seconds: float | None = None) -> None:
        """Start (or extend) a cool-down, typically after a quota error."""
        until = self.clock() + (self.default_cool_down if seconds is None else seconds)
        self._cool_down_until = max(self._cool_down_until, until)

    def refuse_if_cooling_down(self) -> None:
        """Raise QuotaLimitError (with the remaining wait) while a cool-down runs."""
        remaining = self.cooling_down_for
        if remaining > 0:
            raise QuotaLimitError(
                "client-side cool-down after a quota error: no request sent", retry_after=remaining
            )

    async def acquire(self) -> None:
        """Wait for the next free slot; raise QuotaLimitError during a cool-down (nothing is sent)."""
        self.refuse_if_cooling_down()
        if not self.calls_per_minute:
            return
        interval = 60.0 / self.calls_per_minute
        async with self._lock:
            now = self.clock()
            wait = self._next_slot - now
            self._next_slot = max(now, self._next_slot) + interval
            booked = self._next_slot
        if wait > 0:
            try:
                await self.sleep(wait)
            except asyncio.CancelledError:
                # A call cancelled while it waited (a poll under a timeout) gives its slot back
                # when it was the last one booked; otherwise cancelled calls pile up a backlog.
                async with self._lock:
                    if self._next_slot == booked:
                        self._next_slot -= interval
                raise
