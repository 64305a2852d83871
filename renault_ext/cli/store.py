"""The CLI's credential file: settings, selection and the login token (never the password unless
``renault login --save-password``).

The file is :class:`~renault_ext.credentials.FileCredentialStore` (mode 0600 in a 0700 directory,
atomic writes). With ``keyring`` installed and ``renault login --keyring``, the login token and
a saved password live in the system keyring instead, and the file only remembers that choice.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from renault_ext.credentials import FileCredentialStore, default_credentials_path

# Store key -> resolve_settings argument. The store keys are those of renault-api's file.
SETTING_KEYS: dict[str, str] = {
    "locale": "locale",
    "country": "country",
    "gigya-api-key": "gigya_api_key",
    "gigya-root-url": "gigya_url",
    "kamereon-api-key": "kamereon_api_key",
    "kamereon-root-url": "kamereon_url",
}
ACCOUNT_KEY = "account-id"
VIN_KEY = "vin"
NICKNAME_PREFIX = "nickname:"
USE_KEYRING = "use-keyring"
KEYRING_SERVICE = "renault-openapi"
# What goes to the keyring when it is in use.
KEYRING_KEYS = frozenset({"gigya_login_token", "password", "email"})
CREDENTIALS_ENV = "RENAULT_CREDENTIALS_FILE"


def credentials_path(path: str | os.PathLike[str] | None = None) -> Path:
    if path:
        return Path(path).expanduser()
    env = os.environ.get(CREDENTIALS_ENV, "").strip()
    return Path(env).expanduser() if env else default_credentials_path()


def keyring_module() -> Any:
    """The ``keyring`` module, or None when it is not installed."""
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


class KeyringCredentialStore:
    """File store for settings; the login token and password go to the system keyring."""

    def __init__(self, file_store: FileCredentialStore, keyring: Any) -> None:
        self._file = file_store
        self._keyring = keyring
        self._user = str(file_store.path)  # one keyring entry set per credential file

    @property
    def path(self) -> Path:
        return self._file.path

    def _name(self, key: str) -> str:
        return f"{self._user}:{key}"

    def get(self, key: str) -> str | None:
        if key in KEYRING_KEYS:
            return self._keyring.get_password(KEYRING_SERVICE, self._name(key))
        return self._file.get(key)

    def set(self, key: str, value: str) -> None:
        if key in KEYRING_KEYS:
            self._keyring.set_password(KEYRING_SERVICE, self._name(key), value)
        else:
            self._file.set(key, value)

    def delete(self, key: str) -> None:
        if key in KEYRING_KEYS:
            # keyring raises PasswordDeleteError when the entry is absent: nothing to delete then.
            with contextlib.suppress(Exception):
                self._keyring.delete_password(KEYRING_SERVICE, self._name(key))
        else:
            self._file.delete(key)

    def setting_items(self) -> Iterable[tuple[str, str]]:
        """The entries kept in the file: reading them never asks the keyring (which may prompt
        the user to unlock it)."""
        return self._file.items()

    def items(self) -> Iterable[tuple[str, str]]:
        found = dict(self._file.items())
        for key in KEYRING_KEYS:
            value = self.get(key)
            if value:
                found[key] = value
        return sorted(found.items())


def open_store(path: str | os.PathLike[str] | None = None) -> Any:
    """The CLI's store: the credential file, with the keyring when the file says so."""
    # store_password=True so a password saved by `login --save-password` is read back; the CLI
    # only ever writes one when that option is given.
    file_store = FileCredentialStore(credentials_path(path), store_password=True)
    if file_store.get(USE_KEYRING) == "yes":
        keyring = keyring_module()
        if keyring is not None:
            return KeyringCredentialStore(file_store, keyring)
    return file_store


def enable_keyring(store: Any) -> Any:
    """Switch ``store`` (a file store) to the keyring; returns the new store."""
    from renault_ext.cli.failures import CONFIG, CliError

    keyring = keyring_module()
    if keyring is None:
        raise CliError(
            "--keyring needs the `keyring` package (pip install keyring).", exit_code=CONFIG
        )
    file_store = store._file if isinstance(store, KeyringCredentialStore) else store
    file_store.set(USE_KEYRING, "yes")
    for key in KEYRING_KEYS:  # nothing secret stays in the file
        file_store.delete(key)
    return KeyringCredentialStore(file_store, keyring)
