"""Interactive questions (one place, so tests can answer them)."""

from __future__ import annotations

import getpass

from renault_ext.cli.failures import USAGE, CliError


def ask(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        raise _no_answer(question) from None


def ask_secret(question: str) -> str:
    """Hidden input (the password is never echoed)."""
    try:
        return getpass.getpass(question)
    except EOFError:
        raise _no_answer(question) from None


def _no_answer(question: str) -> CliError:
    # stdin closed (a script, cron, `< /dev/null`): say what was asked and how to pass it.
    return CliError(
        f"No answer to {question.strip().rstrip(':')!r}: standard input is closed.",
        exit_code=USAGE,
        hint="Give it on the command line (e.g. --email, --password-stdin, --locale).",
    )
