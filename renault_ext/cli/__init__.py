"""The `renault` command line.

Each subcommand lives in its own module `cmd_<name>.py` exposing ``register(subparsers)``, which adds
a parser whose default ``handler`` is a function ``(args) -> int`` returning the exit code.
Exit codes: 0 success, 1 the command ran and found a problem (or the API said no), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Order is the order of `renault --help`. Modules are imported lazily so that `renault validate`
# does not pay for the HTTP client, and a broken subcommand cannot break the others.
COMMAND_MODULES: tuple[str, ...] = (
    "cmd_validate",
    "cmd_anonymise",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="renault",
        description="Spec-first client for the Renault / Dacia / Alpine connected-car cloud.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return int(handler(args))
