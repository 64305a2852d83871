"""Trace tooling: read captures (HAR, trace logs, VCR cassettes, raw bodies), validate them against
the spec with drift detection, suggest spec patches, and anonymise captures.

    >>> from renault_ext.traces import Validator
    >>> results = Validator().validate_paths(["capture.har"])

Names are imported on first use (PEP 562): the client's drift check needs only the validator, the
CLI's ``--log`` only the trace writer, and neither should pay for the anonymiser and the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "Anonymiser": "anonymise",
    "TraceWriter": "logfile",
    "read_trace_log": "logfile",
    "Exchange": "model",
    "ExchangeResult": "model",
    "FileError": "model",
    "Problem": "model",
    "AnonymiseError": "rewrite",
    "AnonymiseResult": "rewrite",
    "anonymise_file": "rewrite",
    "save_fixtures": "rewrite",
    "apply_suggestions": "suggest",
    "build_suggestions": "suggest",
    "render_yaml": "suggest",
    "RawBodyOptions": "validate",
    "Validator": "validate",
    "validate_exchange": "validate",
    "validate_paths": "validate",
}

if TYPE_CHECKING:
    from renault_ext.traces.anonymise import Anonymiser
    from renault_ext.traces.logfile import TraceWriter, read_trace_log
    from renault_ext.traces.model import Exchange, ExchangeResult, FileError, Problem
    from renault_ext.traces.rewrite import (
        AnonymiseError,
        AnonymiseResult,
        anonymise_file,
        save_fixtures,
    )
    from renault_ext.traces.suggest import apply_suggestions, build_suggestions, render_yaml
    from renault_ext.traces.validate import (
        RawBodyOptions,
        Validator,
        validate_exchange,
        validate_paths,
    )


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AnonymiseError",
    "AnonymiseResult",
    "Anonymiser",
    "Exchange",
    "ExchangeResult",
    "FileError",
    "Problem",
    "RawBodyOptions",
    "TraceWriter",
    "Validator",
    "anonymise_file",
    "apply_suggestions",
    "build_suggestions",
    "read_trace_log",
    "render_yaml",
    "save_fixtures",
    "validate_exchange",
    "validate_paths",
]
