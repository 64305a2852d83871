"""Find the generated function module of an operation by its operationId.

The generator files each operation as ``renault_openapi.api.<tag>.<snake_case_id>``; the
snake-casing is the generator's business, so the lookup normalises both sides instead of
re-implementing its rules.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from types import ModuleType
from typing import Any


def _normalise(name: str) -> str:
    return name.replace("_", "").lower()


class OperationModules:
    """Lazy index of the generated operation modules (imports only what is used)."""

    def __init__(self) -> None:
        self._names: dict[str, str] | None = None
        self._modules: dict[str, ModuleType] = {}
        self._body_types: dict[str, Any] = {}

    def _index(self) -> dict[str, str]:
        if self._names is None:
            from renault_openapi import api

            names: dict[str, str] = {}
            for tag in pkgutil.iter_modules(api.__path__):
                package = f"{api.__name__}.{tag.name}"
                tag_path = [f"{api.__path__[0]}/{tag.name}"]
                for info in pkgutil.iter_modules(tag_path):
                    names[_normalise(info.name)] = f"{package}.{info.name}"
            self._names = names
        return self._names

    def get(self, operation_id: str) -> ModuleType:
        key = _normalise(operation_id)
        if key not in self._modules:
            try:
                dotted = self._index()[key]
            except KeyError:
                raise LookupError(f"no generated code for operation {operation_id!r}") from None
            self._modules[key] = importlib.import_module(dotted)
        return self._modules[key]

    def body_type(self, operation_id: str) -> Any:
        """The generated model class of the operation's request body (form or JSON)."""
        key = _normalise(operation_id)
        if key not in self._body_types:
            # Resolving the annotations evaluates the module's type hints: done once per operation.
            hints = typing.get_type_hints(self.get(operation_id).asyncio_detailed)
            self._body_types[key] = hints["body"]
        return self._body_types[key]

    def __contains__(self, operation_id: str) -> bool:
        return _normalise(operation_id) in self._index()
