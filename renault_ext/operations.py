"""Find the generated function module of an operation by its operationId.

The generator files each operation as ``renault_openapi.api.<tag>.<snake_case_id>``; the
snake-casing is the generator's business, so the lookup normalises both sides instead of
re-implementing its rules.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import typing
from types import ModuleType
from typing import Any

from renault_ext.errors import InvalidInputError, UnknownEndpointError


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    """The Enum class in ``annotation`` (``KcaHistoryPeriod``, ``Unset | KcaHistoryPeriod``)."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _normalise(name: str) -> str:
    return name.replace("_", "").lower()


class OperationModules:
    """Lazy index of the generated operation modules (imports only what is used)."""

    def __init__(self) -> None:
        self._names: dict[str, str] | None = None
        self._modules: dict[str, ModuleType] = {}
        self._parameters: dict[str, dict[str, Any]] = {}
        self._required: dict[str, frozenset[str]] = {}

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
                raise UnknownEndpointError(
                    f"no generated code for operation {operation_id!r}", field="operation_id"
                ) from None
            self._modules[key] = importlib.import_module(dotted)
        return self._modules[key]

    def body_type(self, operation_id: str) -> Any:
        """The generated model class of the operation's request body (form or JSON)."""
        return self.parameters(operation_id)["body"]

    def parameters(self, operation_id: str) -> dict[str, Any]:
        """The keyword parameters of the operation's generated function (``client`` excluded),
        with their resolved annotations."""
        key = _normalise(operation_id)
        if key not in self._parameters:
            function = self.get(operation_id).asyncio_detailed
            # Resolving the annotations evaluates the module's type hints: once per operation.
            hints = typing.get_type_hints(function)
            signature = inspect.signature(function).parameters
            names = [name for name in signature if name != "client"]
            self._parameters[key] = {name: hints.get(name) for name in names}
            self._required[key] = frozenset(
                name for name in names if signature[name].default is inspect.Parameter.empty
            )
        return self._parameters[key]

    def arguments(self, operation_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` checked against the generated function before calling it: an unknown name
        or a value outside a closed enum is the caller's mistake (InvalidInputError), not an
        answer that breaks the spec, which is what the generated call's TypeError would look
        like. Enum parameters may be given as their wire strings (``"month"``)."""
        accepted = self.parameters(operation_id)
        checked: dict[str, Any] = {}
        for name, value in values.items():
            if name not in accepted:
                takes = ", ".join(sorted(n for n in accepted if n not in ("country", "body")))
                raise UnknownEndpointError(
                    f"{operation_id} has no parameter {name!r} (it takes: {takes})", field=name
                )
            enum = _enum_in(accepted[name])
            if enum is not None and isinstance(value, str) and not isinstance(value, enum):
                try:
                    value = enum(value)
                except ValueError:
                    allowed = ", ".join(str(member.value) for member in enum)
                    raise InvalidInputError(
                        f"{name} must be one of {allowed}, not {value!r}", field=name
                    ) from None
            checked[name] = value
        missing = sorted(self._required[_normalise(operation_id)] - set(checked))
        if missing:
            raise InvalidInputError(
                f"{operation_id} needs the parameter {missing[0]!r}", field=missing[0]
            )
        return checked

    def __contains__(self, operation_id: str) -> bool:
        return _normalise(operation_id) in self._index()
