"""The per-command runtime: logging, the fake backend, the trace log, the client, error handling.

Every client command is ``run(args, handler)`` where ``handler`` is ``async (Cli) -> int``. The
runner owns everything that must be set up and torn down around it, and turns expected failures
into a message plus an exit code (:mod:`renault_ext.cli.failures`) instead of a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.cli import failures, prompts
from renault_ext.cli.failures import USAGE, CliError
from renault_ext.cli.output import Output
from renault_ext.cli.store import SETTING_KEYS, enable_keyring, open_store
from renault_ext.errors import LoginTokenExpiredError
from renault_ext.redaction import RedactingFilter, Redactor

_LOG = logging.getLogger("renault_ext.cli")

Handler = Callable[["Cli"], Awaitable[int]]
# Checks and parses the arguments that do not depend on the account or vehicle; its result is
# ``Cli.prepared``. Runs before the client exists, so a bad argument costs no request.
Prepare = Callable[[argparse.Namespace], Any]

FAKE_LOCALE = "fr_FR"


@dataclass
class Exchange:
    """One HTTP exchange as seen by the CLI (raw: redact before showing)."""

    method: str
    url: str
    status: int
    request_body: str | None
    response_body: str


@dataclass
class Cli:
    """What a command handler works with."""

    args: argparse.Namespace
    out: Output
    redactor: Redactor
    store: Any = None
    fake: Any = None  # renault_ext.fake.FakeHandle with --fake
    client: Any = None  # renault_ext.client.RenaultClient
    exchanges: list[Exchange] = field(default_factory=list)
    prepared: Any = None  # what the command's ``prepare`` step returned (see run())

    @property
    def session(self) -> Any:
        return self.client.session

    @property
    def settings(self) -> Any:
        return self.client.session.settings if self.client is not None else None

    def mark(self) -> int:
        """Position in the exchange list; :meth:`sent_since` lists what was sent after it."""
        return len(self.exchanges)

    def sent_since(self, mark: int) -> list[Exchange]:
        return [e for e in self.exchanges[mark:] if e.method != "GET"]


# -- logging ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _logging(debug: bool, redactor: Redactor) -> Iterator[None]:
    """Warnings (or everything with --debug) to stderr, always through the redacting filter."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter(redactor))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("renault_ext")
    previous = logger.level
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


# -- trace log --------------------------------------------------------------------------------


def _trace_writer(path: str, known_secrets: Mapping[str, str] | None) -> Any:
    """A trace writer that also replaces every value the session knows is secret, as it writes."""
    from renault_ext.cli import _version
    from renault_ext.spec import load_spec
    from renault_ext.spec.index import OperationIndex
    from renault_ext.traces.logfile import TraceWriter

    tool = f"renault-openapi {_version()}"
    target = Path(path)
    if not target.parent.is_dir():  # a typo must not create directories
        raise CliError(f"--log: the directory of {path!r} does not exist.", exit_code=USAGE)
    # The properties the spec marks x-personal-data (contract ids, dealer numbers…), as
    # `renault anonymise` uses them: a --log trace is meant to be shared as it is.
    personal = OperationIndex(load_spec()).personal_property_names
    try:
        return TraceWriter(target, tool=tool, known_secrets=known_secrets, personal_names=personal)
    except OSError as exc:
        raise CliError(
            f"--log: cannot write {path!r} ({exc.strerror or type(exc).__name__}).",
            exit_code=USAGE,
        ) from None


class RecordingRedactor(Redactor):
    """A redactor that also remembers which values it was told are secret (for the trace log)."""

    def __init__(self) -> None:
        super().__init__()
        self.known: dict[str, str] = {}  # value -> kind

    def add_secret(self, value: object, kind: str = "secret") -> str:
        text = "" if value is None else str(value)
        if len(text) >= 3:
            self.known.setdefault(text, kind)
        return super().add_secret(value, kind)


def _sink(cli: Cli, writer: Any) -> Callable[[Any, float], None]:
    def sink(response: Any, elapsed: float) -> None:
        request = response.request
        try:
            request_body = (
                request.content.decode("utf-8", errors="replace") if request.content else None
            )
        except Exception:  # noqa: BLE001 - a streamed body cannot be re-read; log without it
            request_body = None
        text = response.content.decode("utf-8", errors="replace")
        cli.exchanges.append(
            Exchange(request.method, str(request.url), response.status_code, request_body, text)
        )
        if writer is not None:
            writer.write_exchange(
                method=request.method,
                url=str(request.url),
                status=response.status_code,
                request_headers=dict(request.headers),
                request_body=request_body,
                response_headers=dict(response.headers),
                response_body=text,
                duration_ms=elapsed * 1000,
            )

    return sink


# -- settings ---------------------------------------------------------------------------------


def setting_overrides(args: argparse.Namespace, store: Any) -> dict[str, Any]:
    """resolve_settings arguments: command-line options, then values saved by `renault settings`.

    A saved value works like a config file: an environment variable beats it (a key rotation is
    fixed by RENAULT_GIGYA_API_KEY even when an old key was saved).
    """
    from renault_ext.settings import ENV_VARS

    overrides: dict[str, Any] = {}
    for store_key, name in SETTING_KEYS.items():
        if os.environ.get(ENV_VARS.get(name, ""), "").strip():
            continue
        value = store.get(store_key) if store is not None else None
        if value:
            overrides[name] = value
    if getattr(args, "locale", None):
        overrides["locale"] = args.locale
    return overrides


def _two_factor(out: Output) -> Callable[[Any], str]:
    def ask(prompt: Any) -> str:
        hint = getattr(prompt, "email_hint", "") or "your e-mail address"
        out.message(f"Two-factor authentication: a verification code was sent to {hint}.")
        return prompts.ask("Verification code: ").strip()

    return ask


# -- the runner -------------------------------------------------------------------------------


def run(
    args: argparse.Namespace,
    handler: Handler,
    *,
    login: bool = True,
    client: bool = True,
    prepare: Prepare | None = None,
) -> int:
    """Run ``handler`` with a ready client (logged in unless ``login=False``; none at all with
    ``client=False``, only the store); return the exit code.

    ``prepare(args)`` runs first, before the fake backend, the client and the login: invalid input
    (InvalidInputError, CliError) is reported with exit code 2 and nothing sent."""
    redactor = RecordingRedactor()
    out = Output(json_mode=bool(getattr(args, "json", False)), redactor=redactor)
    cli = Cli(args=args, out=out, redactor=redactor)
    with _logging(bool(getattr(args, "debug", False)), redactor):
        try:
            return asyncio.run(_run(cli, handler, login=login, client=client, prepare=prepare))
        except KeyboardInterrupt:
            out.message("Interrupted.")
            return 130
        except SystemExit as stop:
            # rich exits with 1 when the reader goes away (`renault status | head`): not a bug.
            return stop.code if isinstance(stop.code, int) else 1
        except BaseException as error:  # noqa: BLE001 - every failure ends in a message, never a raw traceback
            return report(cli, error)


def report(cli: Cli, error: BaseException) -> int:
    failure = failures.describe(error, settings=cli.settings)
    debug = bool(getattr(cli.args, "debug", False))
    if debug:
        # Formatted by logging, through the redacting filter.
        _LOG.error("traceback (redacted)", exc_info=(type(error), error, error.__traceback__))
    if failure is None:
        failure = failures.Failure(
            failures.INTERNAL,
            f"internal error: {type(error).__name__}: {error}",
            "This is a bug: run the command again with --debug and report the (redacted) traceback.",
            {"error": type(error).__name__},
        )
    if cli.out.json_mode:
        cli.out.json(failure.to_dict())
    cli.out.message(f"Error: {failure.message}", style="bold red")
    if failure.hint:
        cli.out.message(failure.hint, style="yellow")
    return failure.exit_code


async def _run(
    cli: Cli, handler: Handler, *, login: bool, client: bool, prepare: Prepare | None
) -> int:
    args = cli.args
    with contextlib.ExitStack() as stack:
        # The trace file exists even when the command fails before any HTTP traffic, so a bug
        # report always has one (validate/anonymise/fake-server do not come through here).
        writer = None
        if getattr(args, "log", None):
            writer = stack.enter_context(
                _trace_writer(args.log, getattr(cli.redactor, "known", None))
            )
        if prepare is not None:
            cli.prepared = prepare(args)
        if not client:
            cli.store = open_store(getattr(args, "credentials", None))
            return int(await handler(cli))
        if getattr(args, "fake", False):
            fake = failures.fake_backend_module()
            cli.fake = stack.enter_context(fake.running_fake_backend(fake.FakeBackend(seed=1)))
            cli.out.message(
                "Demo data: in-process fake backend, demo account, no network (--fake).",
                style="dim",
            )
        cli.client = _build_client(cli, writer)
        try:
            if login:
                await ensure_logged_in(cli)
            try:
                return int(await handler(cli))
            except LoginTokenExpiredError:
                # Raised while minting a JWT, before the request itself: nothing was sent yet.
                if not login or not await _login_with_saved_password(cli):
                    raise
                return int(await handler(cli))
        finally:
            await cli.client.aclose()
    raise AssertionError("unreachable")  # pragma: no cover


def _build_client(cli: Cli, writer: Any) -> Any:
    from renault_ext.client import RenaultClient
    from renault_ext.credentials import MemoryCredentialStore
    from renault_ext.session import RenaultSession

    args = cli.args
    if cli.fake is not None:
        cli.store = MemoryCredentialStore()
        demo = cli.fake.demo
        overrides: dict[str, Any] = {
            "locale": FAKE_LOCALE,
            "gigya_url": cli.fake.base_url,
            "kamereon_url": cli.fake.base_url,
            "gigya_api_key": demo.gigya_api_key,
            "kamereon_api_key": demo.kamereon_api_key,
        }
    else:
        cli.store = open_store(getattr(args, "credentials", None))
        if getattr(args, "keyring", False):  # `renault login --keyring`
            cli.store = enable_keyring(cli.store)
        overrides = setting_overrides(args, cli.store)
    session = RenaultSession(
        credential_store=cli.store,
        two_factor=_two_factor(cli.out),
        redactor=cli.redactor,
        exchange_sink=_sink(cli, writer),
        **overrides,
    )
    return RenaultClient(session=session)


async def ensure_logged_in(cli: Cli) -> None:
    """A usable login token: the demo account with --fake, else the saved token (or password)."""
    session = cli.session
    if cli.fake is not None:
        if not session.login_token:
            await session.login(cli.fake.demo.email, cli.fake.demo.password)
        return
    if session.login_token:
        # Not set_login_token(): that would drop the cached person id and JWT and cost two calls.
        cli.redactor.add_secret(session.login_token, "login_token")
        return
    if await _login_with_saved_password(cli):
        return
    from renault_ext.errors import NotAuthenticatedError

    raise NotAuthenticatedError("Not logged in.")


async def _login_with_saved_password(cli: Cli) -> bool:
    """Log in again with the e-mail and password saved by `login --save-password`, if any."""
    email, password = cli.store.get("email"), cli.store.get("password")
    if not (email and password) or cli.fake is not None:
        return False
    _LOG.info("logging in again with the saved password")
    await cli.session.login(email, password)
    return True
