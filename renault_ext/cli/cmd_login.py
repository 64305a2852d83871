"""`renault login`, `renault logout` and `renault settings`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from renault_ext.cli import prompts
from renault_ext.cli.common import command
from renault_ext.cli.failures import USAGE, CliError
from renault_ext.cli.store import (
    ACCOUNT_KEY,
    NICKNAME_PREFIX,
    SETTING_KEYS,
    USE_KEYRING,
    VIN_KEY,
    open_store,
)

# Keys `logout` keeps: configuration and choices, not session state.
_KEPT_ON_LOGOUT = frozenset({*SETTING_KEYS, ACCOUNT_KEY, VIN_KEY, USE_KEYRING})


def register(subparsers: Any) -> None:
    login = command(
        subparsers,
        "login",
        run_login,
        help="log in to MyRenault and remember the login token",
        description="Asks for the MyRenault e-mail and password (and the e-mail code when "
        "two-factor authentication is on), then stores the login token, never the password "
        "unless --save-password, in the credential file (mode 0600).",
    )
    login.add_argument("--email", metavar="EMAIL", help="MyRenault e-mail (asked when missing)")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    login.add_argument(
        "--save-password",
        action="store_true",
        help="also store e-mail and password, to log in again automatically when the token expires",
    )
    login.add_argument(
        "--keyring", action="store_true", help="keep token and password in the system keyring"
    )

    command(subparsers, "logout", run_logout, help="forget the login token (settings are kept)")

    settings = command(
        subparsers,
        "settings",
        run_settings,
        help="show or change settings",
        description="Without options: the effective settings and where each comes from. "
        "With options: save them in the credential file (--locale, --account and --vin are "
        "saved as defaults here).",
    )
    settings.add_argument("--country", metavar="CC")
    settings.add_argument(
        "--gigya-api-key", metavar="KEY", help="override a stale shipped Gigya key"
    )
    settings.add_argument(
        "--kamereon-api-key", metavar="KEY", help="override a stale shipped Kamereon key"
    )
    settings.add_argument("--gigya-url", metavar="URL")
    settings.add_argument("--kamereon-url", metavar="URL")
    settings.add_argument(
        "--nickname", metavar="NAME", help="name the selected vehicle (then --vin NAME)"
    )
    settings.add_argument(
        "--unset",
        action="append",
        default=[],
        metavar="KEY",
        help=f"remove a saved value ({', '.join([*SETTING_KEYS, ACCOUNT_KEY, VIN_KEY])} or nickname:NAME)",
    )
    settings.add_argument(
        "--reset", action="store_true", help="delete every saved value, token included"
    )


# -- login ------------------------------------------------------------------------------------


def _ensure_locale(args: argparse.Namespace) -> None:
    """Ask for the locale on the first login when nothing configures one."""
    if args.fake:
        return
    from renault_ext.cli.context import setting_overrides
    from renault_ext.errors import ConfigurationError
    from renault_ext.settings import resolve_settings

    store = open_store(args.credentials)
    try:
        resolve_settings(**setting_overrides(args, store))
    except ConfigurationError as error:
        if getattr(error, "setting", None) != "locale":
            raise  # another setting is wrong: asking for a locale would not help
        if args.password_stdin:
            # Standard input carries the password: reading a locale from it would store the
            # password as the locale.
            raise CliError(
                "A locale is needed, and standard input holds the password.",
                exit_code=USAGE,
                hint="Add --locale fr_FR (or set RENAULT_LOCALE).",
            ) from None
        answer = prompts.ask("Locale (language_COUNTRY, e.g. fr_FR): ").strip()
        if not answer:
            raise CliError("A locale is needed, e.g. --locale fr_FR.") from None
        args.locale = answer
        try:
            resolve_settings(**setting_overrides(args, store))
        except ConfigurationError:
            # Not saved: whatever was typed stays out of the credential file.
            raise CliError(
                "That is not a known locale.", exit_code=USAGE, hint="For example: fr_FR, en_GB."
            ) from None
    if args.locale:
        from renault_ext.locales import normalise_locale

        store.set("locale", normalise_locale(args.locale))


def run_login(args: argparse.Namespace) -> int:
    from renault_ext.cli.context import run

    # As a "prepare" step, so that its failures (no answer, no locale) are reported like others.
    return run(args, _login, login=False, prepare=_ensure_locale)


async def _login(cli: Any) -> int:
    args = cli.args
    if cli.fake is not None and not args.email:
        email, password = cli.fake.demo.email, cli.fake.demo.password
    else:
        email = args.email or prompts.ask("MyRenault e-mail: ").strip()
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = prompts.ask_secret("Password: ")
    if not email or not password:
        raise CliError("E-mail and password are both needed.", exit_code=USAGE)
    await cli.session.login(email, password)
    if args.save_password:
        cli.store.set("email", email)
        cli.store.set("password", password)
    accounts = await cli.client.get_api_accounts()
    path = getattr(cli.store, "path", None)
    document = {
        "command": "login",
        "logged_in": True,
        "accounts": len(accounts),
        "credentials_file": str(path) if path else None,
        "password_saved": bool(args.save_password),
        "keyring": bool(args.keyring and cli.fake is None),
    }
    if cli.out.json_mode:
        cli.out.json(document)
    else:
        where = f" in {path}" if path else " (in memory: --fake)"
        cli.out.line(f"Logged in ({len(accounts)} account(s)). Login token saved{where}.")
        if args.save_password:
            cli.out.line("The password is saved too (--save-password).")
        cli.out.line("Next: `renault vehicles`, then `renault status`.")
    return 0


# -- logout -----------------------------------------------------------------------------------


def run_logout(args: argparse.Namespace) -> int:
    from renault_ext.cli.context import run

    async def body(cli: Any) -> int:
        removed = 0
        for key, _ in list(cli.store.items()):
            if key not in _KEPT_ON_LOGOUT and not key.startswith(NICKNAME_PREFIX):
                cli.store.delete(key)
                removed += 1
        if cli.out.json_mode:
            cli.out.json({"command": "logout", "removed": removed})
        elif removed:
            cli.out.line("Logged out: login token and cached tokens removed; settings kept.")
        else:
            cli.out.line("Not logged in: nothing to remove; settings kept.")
        return 0

    return run(args, body, client=False)


# -- settings ---------------------------------------------------------------------------------


def run_settings(args: argparse.Namespace) -> int:
    from renault_ext.cli.context import run

    needs_client = bool(args.account or args.vin or args.nickname or args.fake)
    return run(args, _settings, login=False, client=needs_client)


_OPTION_KEYS = {
    "country": "country",
    "gigya_api_key": "gigya-api-key",
    "kamereon_api_key": "kamereon-api-key",
    "gigya_url": "gigya-root-url",
    "kamereon_url": "kamereon-root-url",
}


async def _settings(cli: Any) -> int:
    args = cli.args
    store = cli.store
    if args.reset:
        for key, _ in list(store.items()):
            store.delete(key)
    for key in args.unset:
        known = (
            key in SETTING_KEYS or key in (ACCOUNT_KEY, VIN_KEY) or key.startswith(NICKNAME_PREFIX)
        )
        if not known:
            names = ", ".join(
                sorted({*SETTING_KEYS, ACCOUNT_KEY, VIN_KEY, NICKNAME_PREFIX + "NAME"})
            )
            raise CliError(f"Unknown setting {key!r}.", exit_code=USAGE, hint=f"Known: {names}.")
        store.delete(key)
    if args.locale:
        from renault_ext.locales import normalise_locale

        _check_locale(cli)
        store.set("locale", normalise_locale(args.locale))
    for option, key in _OPTION_KEYS.items():
        value = getattr(args, option)
        if value:
            store.set(key, value.strip())
    if args.account or args.vin or args.nickname:
        await _save_selection(cli)
    return _show_settings(cli)


def _check_locale(cli: Any) -> None:
    """Refuse a locale nothing can serve (not shipped, not in the locales file, no keys given)."""
    from renault_ext.cli.context import setting_overrides
    from renault_ext.errors import ConfigurationError
    from renault_ext.settings import resolve_settings

    try:
        resolve_settings(**setting_overrides(cli.args, cli.store))
    except ConfigurationError as error:
        if getattr(error, "setting", None) == "locale":
            raise CliError(
                f"Locale {cli.args.locale!r} is not known: {error}",
                exit_code=USAGE,
                hint="Known locales are in renault_ext/data/locales.yaml; a new one needs its "
                "keys and URLs (--gigya-api-key, --kamereon-api-key, ... or a locales file).",
            ) from None


async def _save_selection(cli: Any) -> None:
    from renault_ext.cli.context import ensure_logged_in
    from renault_ext.cli.selection import select_account, select_vehicle

    await ensure_logged_in(cli)
    args = cli.args
    if args.account:
        account = await select_account(cli)
        cli.store.set(ACCOUNT_KEY, account.account_id)
    if args.vin or args.nickname:
        info = await select_vehicle(cli)
        if args.vin:
            cli.store.set(VIN_KEY, info.vin)
        if args.nickname:
            name = args.nickname.strip().lower()
            if not name or name.isdigit():
                raise CliError("A nickname needs at least one letter.", exit_code=USAGE)
            cli.store.set(NICKNAME_PREFIX + name, info.vin)


def _show_settings(cli: Any) -> int:
    from renault_ext.cli.context import setting_overrides
    from renault_ext.cli.selection import mask
    from renault_ext.errors import ConfigurationError
    from renault_ext.settings import resolve_settings

    store = cli.store
    rows: list[tuple[str, str, str]] = []
    problem = None
    try:
        # With a client (--fake, or a selection to save) show what that session really uses.
        settings = cli.settings or resolve_settings(**setting_overrides(cli.args, store))
        saved = {name for key, name in SETTING_KEYS.items() if store.get(key)}
        for name, shown, source in settings.describe():
            # Saved values are passed as arguments; an environment variable beats them.
            rows.append(
                (name, shown, "saved" if name in saved and source == "argument" else source)
            )
    except ConfigurationError as error:
        problem = str(error)
    account, vin = store.get(ACCOUNT_KEY), store.get(VIN_KEY)
    nicknames = {
        k[len(NICKNAME_PREFIX) :]: mask(v)
        for k, v in sorted(store.items())
        if k.startswith(NICKNAME_PREFIX)
    }
    path = getattr(store, "path", None)
    facts: dict[str, Any] = {
        "account": mask(account) if account else None,
        "vehicle": mask(vin) if vin else None,
        "nicknames": nicknames,
        "logged_in": bool(store.get("gigya_login_token")),
        "password_saved": bool(store.get("password")),
        "keyring": store.get(USE_KEYRING) == "yes",
        "credentials_file": str(path) if path else None,
    }
    if cli.out.json_mode:
        cli.out.json(
            {
                "command": "settings",
                "settings": {
                    name: {"value": shown, "source": source} for name, shown, source in rows
                },
                "problem": problem,
                **facts,
            }
        )
    else:
        yes_no = {True: "yes", False: "no"}
        extra = [
            ("account", facts["account"] or "-", "saved" if account else "default"),
            ("vehicle", facts["vehicle"] or "-", "saved" if vin else "default"),
            (
                "nicknames",
                ", ".join(f"{n} → {v}" for n, v in nicknames.items()) or "-",
                "saved",
            ),
            ("logged in", yes_no[facts["logged_in"]], "credentials"),
            ("password saved", yes_no[facts["password_saved"]], "credentials"),
            ("keyring", yes_no[facts["keyring"]], "credentials"),
            ("credentials file", facts["credentials_file"] or "-", ""),
        ]
        cli.out.table(("Setting", "Value", "Source"), [*rows, *extra], title="Settings")
        if problem:
            cli.out.message(problem, style="yellow")
    if cli.fake is not None:
        cli.out.message("--fake: settings live in memory for this run; nothing is stored.")
    return 0
