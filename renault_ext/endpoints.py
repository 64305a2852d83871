"""renault-api's endpoint-name calls (``get_vehicle_data(…, "battery-status")``) mapped onto the
spec's operations.

renault-api addresses the car adapter by endpoint name plus a hard-coded version table; here the
name is looked up in the bundled spec instead, so the version and the JSON:API ``data.type`` of an
action come from the one description of the wire.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from renault_ext.errors import UnknownEndpointError
from renault_ext.spec import Operation, iter_operations
from renault_ext.spec.index import OperationIndex

_ADAPTER_PATHS = {
    "kca": re.compile(r"/kamereon/kca/car-adapter/v(\d+)/cars/\{vin\}(?:/(.*))?$"),
    "kcm": re.compile(r"/kamereon/kcm/v(\d+)/vehicles/\{vin\}(?:/(.*))?$"),
}


@dataclass(frozen=True)
class EndpointRoute:
    operation: Operation
    body_type: str | None  # the const ``data.type`` of a JSON:API request body, if any


class EndpointNames:
    """Find the operation serving ``(method, adapter, endpoint name)``; lowest version wins, as
    in renault-api (``cockpit`` is served by v1 and v2: v1)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._index = OperationIndex(spec)
        self._routes: dict[tuple[str, str, str], tuple[int, Operation]] = {}
        for op in iter_operations(spec):
            for adapter, pattern in _ADAPTER_PATHS.items():
                match = pattern.search(op.path)
                if match:
                    key = (op.method, adapter, match.group(2) or "")
                    version = int(match.group(1))
                    if key not in self._routes or version < self._routes[key][0]:
                        self._routes[key] = (version, op)

    def route(self, method: str, endpoint: str, adapter_type: str = "kca") -> EndpointRoute:
        name = endpoint.strip("/")
        found = self._routes.get((method.upper(), adapter_type, name))
        if found is None:
            raise UnknownEndpointError(
                f"no {method.upper()} {adapter_type} endpoint named {endpoint!r} in the spec",
                field="endpoint",
            )
        op = found[1]
        return EndpointRoute(op, self._body_type(op))

    def path_of(self, operation_id: str) -> str:
        return self._index.by_id[operation_id].path

    def _body_type(self, op: Operation) -> str | None:
        media = self._index.request_body(op)
        schema = self._index.resolve(media.schema) if media is not None else None
        data = self._index.resolve((schema or {}).get("properties", {}).get("data", {}))
        body_type = self._index.resolve(data.get("properties", {}).get("type", {}))
        value = body_type.get("const", body_type.get("default"))
        return value if isinstance(value, str) else None


def expand_path(template: str, **values: str) -> str:
    """``/commerce/v1/accounts/{accountId}/…`` with the given ids filled in."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
