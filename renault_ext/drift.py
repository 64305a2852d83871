"""Tell the user, once, when Renault sends something the spec does not describe.

The generated models never drop data (unknown properties land in ``additional_properties``,
unknown enum values are kept as plain values), but kept silently nobody would notice that the
spec needs an update. Every successful answer is checked against the spec with the trace
validator; each new kind of drift is logged once per session, without values (they may be
personal), with the hint to run ``renault validate --suggest`` on a trace.

The checks run on one worker thread per reporter, not on the event loop: building the validator
and walking a body cost milliseconds of CPU that a cold start or a fleet refresh would otherwise
wait for in series, while a thread gets them done during the loop's network waits.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

_LOG = logging.getLogger("renault_ext.drift")

# Checks waiting for the worker; beyond this, answers go unchecked (drift is a diagnostic: a slow
# machine must not queue a whole fleet's bodies in memory).
MAX_BACKLOG = 64


class DriftReporter:
    """``spec``: a callable returning the bundled document, so a session shares its copy."""

    def __init__(
        self,
        validator: Any = None,
        *,
        spec: Callable[[], Mapping[str, Any]] | None = None,
        max_backlog: int = MAX_BACKLOG,
        redact: Callable[[str], str] | None = None,
    ) -> None:
        self._validator = validator  # built lazily: compiling the schemas is not free
        self._spec = spec
        # The validator leaves out values of properties it knows to be personal; a secret in a
        # property it does not (a VIN or e-mail where a number was expected) is caught here.
        self._redact = redact or (lambda text: text)
        self._seen: set[tuple[str, str, str]] = set()
        self._max_backlog = max_backlog
        self._executor: ThreadPoolExecutor | None = None
        self._pending: set[Future[list[Any]]] = set()
        self._lock = threading.Lock()  # _pending is also emptied by the worker thread
        self.skipped = 0  # answers left unchecked because the backlog was full

    # -- in the background (what a session uses) ------------------------------------------------
    def submit(self, operation_id: str, status: int, body: bytes) -> None:
        """Queue one answer for :meth:`observe` on the worker thread; returns at once."""
        with self._lock:
            if len(self._pending) >= self._max_backlog:
                self.skipped += 1
                _LOG.debug(
                    "drift check of %s skipped: %d checks pending", operation_id, len(self._pending)
                )
                return
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="renault-drift")
            future = self._executor.submit(self.observe, operation_id, status, body)
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[list[Any]]) -> None:
        with self._lock:
            self._pending.discard(future)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until the checks queued so far have run (their warnings are then logged)."""
        with self._lock:
            pending = [asyncio.wrap_future(future) for future in self._pending]
        if pending:
            await asyncio.wait(pending, timeout=timeout)

    def close(self) -> None:
        """Stop the worker; checks still queued are dropped."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def _get_validator(self) -> Any:
        if self._validator is None:
            from renault_ext.traces.validate import Validator

            self._validator = Validator(self._spec() if self._spec is not None else None)
        return self._validator

    # -- in the caller's thread ---------------------------------------------------------------
    def observe(self, operation_id: str, status: int, body: bytes) -> list[Any]:
        """Check one answer now; returns the problems not reported before."""
        try:
            result = self._get_validator().validate_body(
                operation_id, body.decode("utf-8", errors="replace"), status=status
            )
        except Exception:  # noqa: BLE001 - reporting must never break a working call
            _LOG.debug("drift check of %s skipped", operation_id, exc_info=True)
            return []
        new = []
        for problem in result.problems:
            key = (operation_id, problem.kind, problem.pointer)
            if key in self._seen:
                continue
            self._seen.add(key)
            new.append(problem)
            _LOG.warning(
                "Renault's answer to %s differs from the spec (%s at %s: %s). Nothing was lost; "
                "capture a trace with `renault --log` and run `renault validate --suggest` on it.",
                operation_id,
                problem.kind,
                self._redact(problem.pointer or "/"),
                self._redact(problem.message),
            )
        return new
