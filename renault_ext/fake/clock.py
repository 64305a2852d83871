"""Simulated time: real time scaled by a speed factor, plus manual jumps for tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime


class SimClock:
    """Seconds since the epoch in simulated time.

    ``speed`` 1.0 follows the wall clock, 0 freezes time (tests then call :meth:`advance`).
    The monotonic clock drives the scaling, so a wall-clock change does not move simulated time.
    """

    def __init__(
        self,
        start: datetime | None = None,
        speed: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._monotonic = monotonic
        self._origin_real = monotonic()
        self._origin_sim = (start or datetime.now(UTC)).timestamp()
        self._speed = speed

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        with self._lock:
            return self._origin_sim + (self._monotonic() - self._origin_real) * self._speed

    def now_dt(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> float:
        """Jump forward; returns the new simulated time."""
        if seconds < 0:
            raise ValueError("simulated time only moves forward")
        with self._lock:
            self._origin_sim += seconds
        return self.now()

    def set_speed(self, speed: float) -> None:
        with self._lock:
            now_real = self._monotonic()
            self._origin_sim += (now_real - self._origin_real) * self._speed
            self._origin_real = now_real
            self._speed = speed


def iso(ts: float) -> str:
    """Kamereon timestamp style: ``2024-01-02T03:04:05Z``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(ts: float) -> str:
    """Gigya timestamp style: milliseconds and ``Z``."""
    dt = datetime.fromtimestamp(ts, UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> float:
    parsed = datetime.fromisoformat(value)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
