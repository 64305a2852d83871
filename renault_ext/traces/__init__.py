"""Trace tooling: read captures (HAR, trace logs, VCR cassettes, raw bodies), validate them against
the spec with drift detection, suggest spec patches, and anonymise captures.

    >>> from renault_ext.traces import Validator
    >>> results = Validator().validate_paths(["capture.har"])
"""

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
from renault_ext.traces.validate import RawBodyOptions, Validator, validate_exchange, validate_paths

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
