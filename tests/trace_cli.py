"""`renault validate` / `renault anonymise` run in-process, without the other commands' modules."""

from __future__ import annotations

import argparse
import io
from contextlib import redirect_stdout


def cli_main(argv: list[str]) -> int:
    from renault_ext.cli import cmd_anonymise, cmd_validate

    parser = argparse.ArgumentParser(prog="renault")
    sub = parser.add_subparsers(dest="command")
    cmd_validate.register(sub)
    cmd_anonymise.register(sub)
    args = parser.parse_args(argv)
    return int(args.handler(args))


def run_trace_cli(*argv: str) -> tuple[int, str]:
    """(exit code, stdout); argparse usage errors give their exit code, not an exception."""
    out = io.StringIO()
    with redirect_stdout(out):
        try:
            code = cli_main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue()
