"""The bundled OpenAPI document shipped with the package, and a typed view of its operations.

``openapi.json`` beside this module is written by ``scripts/regenerate`` from spec/ (never by
hand). The trace validator, the fake backend and the client's routing all read operations from
here, so there is one description of the wire, not several; :mod:`renault_ext.spec.index` holds
the lookups they share (path templates, `$ref`, request/response schemas, personal-data names).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. /commerce/v1/accounts/{accountId}/vehicles
    tag: str
    node: Mapping[str, Any]  # the operation object of the bundled document

    @property
    def is_gigya(self) -> bool:
        return self.tag == "gigya"


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """Load the bundled document (the shipped one unless ``path`` is given)."""
    if path is not None:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    text = resources.files(__name__).joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


def iter_operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            node = item.get(method)
            if node is None:
                continue
            tags = node.get("tags") or [""]
            yield Operation(node["operationId"], method.upper(), path, tags[0], node)


def operations_by_id(spec: Mapping[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}
