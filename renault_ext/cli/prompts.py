"""Interactive questions (one place, so tests can answer them)."""

from __future__ import annotations

import getpass


def ask(question: str) -> str:
    return input(question)


def ask_secret(question: str) -> str:
    """Hidden input (the password is never echoed)."""
    return getpass.getpass(question)
