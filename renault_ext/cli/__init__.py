"""The `renault` command line.

Each subcommand lives in its own module `cmd_<name>.py` exposing ``register(subparsers)``, which adds
a parser whose default ``handler`` is a function ``(args) -> int`` returning the exit code.
Exit codes (docs/CLI.md, renault_ext.cli.failures): 0 success, 1 the command ran and found a
problem (or the API said no), 2 usage error, 3 authentication, 4 quota, 5 endpoint not available
for the model, 6 configuration, 70 internal error, 130 interrupted.

Global options (``--json``, ``--log``, ``--fake``, ``--debug``, ``--locale``, ``--account``,
``--vin``, ``--credentials``) are accepted before the command and, for the client commands, after
it as well.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import typing
from collections.abc import Sequence

# Order is the order of `renault --help`. Modules are imported lazily so that `renault validate`
# does not pay for the HTTP client, and a broken subcommand cannot break the others.
COMMAND_MODULES: tuple[str, ...] = (
    "cmd_login",
    "cmd_vehicles",
    "cmd_reads",
    "cmd_charge",
    "cmd_hvac",
    "cmd_soc",
    "cmd_actions",
    "cmd_http",
    "cmd_probe",
    "cmd_validate",
    "cmd_anonymise",
    "cmd_fake_server",
)


def add_global_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """The options every client command understands.

    On subcommands the defaults are SUPPRESS so that an option given before the command is not
    reset by the subcommand's own default.
    """

    def default(value: object) -> object:
        return value if top_level else argparse.SUPPRESS

    group = parser.add_argument_group("global options")
    group.add_argument(
        "--json",
        action="store_true",
        dest="global_json" if top_level else "json",
        default=default(False),
        help="machine-readable output (shapes in docs/CLI.md)",
    )
    group.add_argument(
        "--log",
        metavar="FILE",
        default=default(None),
        help="write an anonymised trace of every HTTP exchange (read by `renault validate`)",
    )
    group.add_argument(
        "--fake",
        action="store_true",
        default=default(False),
        help="run against an in-process fake backend with the demo account (no network)",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="redacted debug logging on stderr, and a redacted traceback on errors",
    )
    group.add_argument(
        "--locale", metavar="LOCALE", default=default(None), help="e.g. fr_FR (this run only)"
    )
    group.add_argument(
        "--account",
        metavar="ACCOUNT",
        default=default(None),
        help="account: number from `renault accounts`, type (MYRENAULT) or id",
    )
    group.add_argument(
        "--vin",
        metavar="VEHICLE",
        default=default(None),
        help="vehicle: number from `renault vehicles`, VIN (or its end), nickname, plate",
    )
    group.add_argument(
        "--credentials",
        metavar="FILE",
        default=default(None),
        help="credential file (default $RENAULT_CREDENTIALS_FILE or ~/.config/renault/credentials.json)",
    )


class _Parser(argparse.ArgumentParser):
    """argparse's parser, minus echoing the values of arguments it does not know: a mistyped
    `--password SECRET` (or `--password=SECRET`, taken as an abbreviation of --password-stdin)
    would otherwise print the password in its error line."""

    _UNRECOGNISED = "unrecognized arguments: "

    def error(self, message: str) -> typing.NoReturn:
        if message.startswith(self._UNRECOGNISED):
            shown = [
                token.partition("=")[0] + ("=…" if "=" in token else "")
                if token.startswith("-")
                else "…"
                for token in message.removeprefix(self._UNRECOGNISED).split(" ")
            ]
            message = self._UNRECOGNISED + " ".join(shown) + " (values not shown)"
        message = re.sub(
            r"ignored explicit argument .*", "takes no value (value not shown)", message
        )
        from renault_ext.redaction import Redactor

        # "invalid int value: 'VF1…'": argparse quotes what was typed.
        super().error(Redactor().redact_text(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="renault",
        description="Spec-first client for the Renault / Dacia / Alpine connected-car cloud.",
        epilog="Try it without an account: renault --fake status --all",
    )
    parser.add_argument("--version", action=_VersionAction)
    add_global_options(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


class _VersionAction(argparse.Action):
    """argparse's "version" action, but the version is looked up only when asked for: reading
    package metadata costs every command tens of milliseconds at start-up."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        sys.stdout.write(f"{parser.prog} {_version()}\n")  # stdout, like argparse's own
        parser.exit()


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("renault-openapi")
    except metadata.PackageNotFoundError:
        return "dev"


_RELATIVE_DAY = re.compile(r"-\d+d")


def _join_relative_dates(argv: Sequence[str]) -> list[str]:
    """``--from -30d`` as ``--from=-30d``: argparse takes a value starting with "-" for an option."""
    joined: list[str] = []
    for item in argv:
        if joined and joined[-1] in ("--from", "--to") and _RELATIVE_DAY.fullmatch(item):
            joined[-1] = f"{joined[-1]}={item}"
        else:
            joined.append(item)
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_join_relative_dates(sys.argv[1:] if argv is None else argv))
    # --json before the command, or after it (a command's own --json included).
    args.json = bool(getattr(args, "json", False) or getattr(args, "global_json", False))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args))
    except BrokenPipeError:
        # The reader went away (`renault validate --json big.har | head`): stop quietly, and
        # point stdout at /dev/null so that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a command killed by a closed pipe
