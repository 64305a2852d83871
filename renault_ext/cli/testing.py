"""Helpers to run the `renault` command in-process in tests (against a running fake backend)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Environment variables that would leak the developer's own configuration into a test.
_ISOLATED = (
    "RENAULT_CONFIG",
    "RENAULT_LOCALE",
    "RENAULT_COUNTRY",
    "RENAULT_GIGYA_URL",
    "RENAULT_GIGYA_API_KEY",
    "RENAULT_KAMEREON_URL",
    "RENAULT_KAMEREON_API_KEY",
    "RENAULT_LOCALES_FILE",
    "RENAULT_MODELS_FILE",
    "RENAULT_CREDENTIALS_FILE",
)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(argv: Sequence[str], *, stdin: str | None = None) -> CliResult:
    """``renault ARGV`` in this process; SystemExit (argparse) becomes the exit code."""
    import sys

    from renault_ext.cli import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    return CliResult(int(code), out.getvalue(), err.getvalue())


@contextmanager
def isolated_environment(
    home: Path, *, base_url: str | None = None, locale: str = "fr_FR"
) -> Iterator[Path]:
    """HOME/XDG in ``home`` and, with ``base_url``, the Gigya and Kamereon URLs of a fake."""
    saved = {name: os.environ.get(name) for name in (*_ISOLATED, "HOME", "XDG_CONFIG_HOME")}
    try:
        for name in _ISOLATED:
            os.environ.pop(name, None)
        os.environ["HOME"] = str(home)
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        if base_url:
            os.environ["RENAULT_GIGYA_URL"] = base_url
            os.environ["RENAULT_KAMEREON_URL"] = base_url
            os.environ["RENAULT_LOCALE"] = locale
        yield home / "config" / "renault" / "credentials.json"
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
