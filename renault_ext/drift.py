"""Tell the user, once, when Renault sends something the spec does not describe.

The generated models never drop data (unknown properties land in ``additional_properties``,
unknown enum values are kept as plain values), but kept silently nobody would notice that the
spec needs an update. Every successful answer is checked against the spec with the trace
validator; each new kind of drift is logged once per session, without values (they may be
personal), with the hint to run ``renault validate --suggest`` on a trace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

_LOG = logging.getLogger("renault_ext.drift")


class DriftReporter:
    """``spec``: a callable returning the bundled document, so a session shares its copy."""

    def __init__(
        self, validator: Any = None, *, spec: Callable[[], Mapping[str, Any]] | None = None
    ) -> None:
        self._validator = validator  # built lazily: compiling the schemas is not free
        self._spec = spec
        self._seen: set[tuple[str, str, str]] = set()

    def _get_validator(self) -> Any:
        if self._validator is None:
            from renault_ext.traces.validate import Validator

            self._validator = Validator(self._spec() if self._spec is not None else None)
        return self._validator

    def observe(self, operation_id: str, status: int, body: bytes) -> list[Any]:
        """Check one answer; returns the problems not reported before (for tests and callers)."""
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
                problem.pointer or "/",
                problem.message,
            )
        return new
