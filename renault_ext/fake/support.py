"""Which operations a vehicle model answers, derived from the model table (renault_ext.model_table).

The table maps (model, logical key) to an operation or to the real "unsupported" error. The fake
needs the reverse: for (model, operationId), serve it or answer which error. An operation is served
when some logical key that maps to it is supported for the model, or when no logical key maps to it
at all (details, contracts, car adapter...). Otherwise the error of the key whose default operation
it is; an operation reached only through a routing mode (KCM) is forbidden to the models not routed
through it.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)

UNKNOWN_MODEL = "__fake_unknown_model__"


class ModelTableLike(Protocol):
    @property
    def logical_keys(self) -> Any: ...

    def lookup(self, model_code: str, key: str) -> Any: ...


@dataclass(frozen=True)
class Refusal:
    """The real error an unsupported endpoint answers with."""

    key: str
    code: str
    status: int
    reason: str


def _operation_id(result: Any) -> str | None:
    return getattr(result, "operation_id", None)


def _operations(result: Any) -> set[str]:
    """The operation a definition routes to, plus its companion (read-before-write, soc write)."""
    ops = {_operation_id(result), getattr(result, "companion_operation_id", None)}
    return {op for op in ops if op}


def _refusal(key: str, result: Any, operation_id: str) -> Refusal | None:
    """Why ``result`` (the model's entry for ``key``) does not serve ``operation_id``, if so."""
    if operation_id in _operations(result):
        return None
    if _operation_id(result) is not None:
        # The model does this through another operation (e.g. KCM pause-resume for a Spring):
        # the default one is not allowed for it.
        return Refusal(key, "err.func.wired.forbidden", 403, "The access is forbidden")
    code = str(getattr(result, "code", None) or "err.func.wired.forbidden")
    status = int(getattr(result, "status", None) or 403)
    reason = str(getattr(result, "reason", None) or "The access is forbidden")
    return Refusal(key, code, status, reason)


class ModelSupport:
    def __init__(self, table: ModelTableLike | None) -> None:
        self._table = table
        self._cache: dict[tuple[str, str], Refusal | None] = {}
        self._keys: list[str] = list(table.logical_keys) if table is not None else []
        mode_operations = getattr(table, "mode_operations", None)
        self._mode_only: frozenset[str] = (
            frozenset(mode_operations()) if mode_operations is not None else frozenset()
        )
        self._defaults: dict[str, Any] = {}
        for key in self._keys:
            default = getattr(table, "default_definition", None)
            found = default(key) if default is not None else self._safe_lookup(UNKNOWN_MODEL, key)
            if _operation_id(found):
                self._defaults[key] = found

    def _safe_lookup(self, model: str, key: str) -> Any:
        assert self._table is not None
        # Undocumented (model, key) pairs get the default without asking the table, which would
        # log a "not documented" warning per model: the fake asks about every key of every model.
        entry_for = getattr(self._table, "entry_for", None)
        if entry_for is not None and key in self._defaults:
            endpoints = (entry_for(model) or {}).get("endpoints") or {}
            if key not in endpoints:
                return self._defaults[key]
        try:
            return self._table.lookup(model, key)
        except (KeyError, ValueError, LookupError):
            return None

    def keys_for(self, operation_id: str) -> list[str]:
        return [key for key, d in self._defaults.items() if operation_id in _operations(d)]

    def check(self, model_code: str | None, operation_id: str) -> Refusal | None:
        """None when ``model_code`` answers ``operation_id``, else the error to send."""
        if self._table is None or not model_code:
            return None
        cache_key = (model_code, operation_id)
        if cache_key in self._cache:
            return self._cache[cache_key]
        refusal: Refusal | None = None
        served = False
        for key in self._keys:
            result = self._safe_lookup(model_code, key)
            if operation_id in _operations(result):
                served = True
                break
            default = self._defaults.get(key)
            if default is not None and operation_id in _operations(default) and refusal is None:
                refusal = _refusal(key, result, operation_id)
        if not served and refusal is None and operation_id in self._mode_only:
            # Reached only through a routing mode (KCM charge start, ev/settings...) that this
            # model does not use: not its endpoint.
            refusal = Refusal(
                "(routing mode)", "err.func.wired.forbidden", 403, "The access is forbidden"
            )
        answer = None if served else refusal
        self._cache[cache_key] = answer
        return answer

    def check_action(
        self, model_code: str | None, operation_id: str, action: str | None, target: str | None
    ) -> Refusal | None:
        """Finer check for operations shared by several keys (hvac start/stop, horn/lights...):
        the key is the one whose fixed ``action``/``target`` match the request body."""
        if self._table is None or not model_code:
            return None

        def matches(definition: Any) -> bool:
            if _operation_id(definition) != operation_id:
                return False
            want_action = getattr(definition, "action", None)
            want_target = getattr(definition, "target", None)
            return (want_action is None or want_action == action) and (
                want_target is None or want_target == target
            )

        refusal = None
        for key in self._keys:
            result = self._safe_lookup(model_code, key)
            if matches(result):
                return None
            default = self._defaults.get(key)
            if default is not None and matches(default) and refusal is None:
                refusal = _refusal(key, result, operation_id)
        return refusal

    def mode(self, model_code: str | None, key: str) -> str | None:
        if self._table is None or not model_code or key not in self._keys:
            return None
        return getattr(self._safe_lookup(model_code, key), "mode", None)


@functools.lru_cache(maxsize=8)
def load_support(models_file: Any = None) -> ModelSupport:
    """The project's model table when it is importable, else a permissive one (all served)."""
    try:
        from renault_ext.model_table import load_model_table
    except ImportError:
        log.warning("renault_ext.model_table not available: every model answers every endpoint")
        return ModelSupport(None)
    return ModelSupport(load_model_table(models_file) if models_file else load_model_table())
