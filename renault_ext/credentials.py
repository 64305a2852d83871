"""Opt-in credential store: settings and tokens that survive between runs.

* :class:`CredentialStore` is the protocol the client codes against (``get``/``set``/``delete``/
  ``items``); :func:`clear_store` works on any implementation.
* :class:`MemoryCredentialStore` keeps everything in the process (the default).
* :class:`FileCredentialStore` persists a flat JSON object of strings. Compared to what users of
  other clients complained about, it is careful: file ``0600`` in a ``0700`` directory, atomic
  replacement (temporary file in the same directory + fsync + ``os.replace``), an advisory lock
  (``flock`` on a sidecar ``.lock`` file) under which the file is re-read and merged so two
  processes writing at once lose nothing, and a corrupt file is moved aside as
  ``<name>.corrupt-<timestamp>`` and reported (:class:`~renault_ext.errors.ConfigurationError`),
  never silently overwritten.

The password is never written to disk unless ``store_password=True``: without it, a password given
to ``set`` lives only in the store object's memory. JWT entries expire from their ``exp`` claim
(decoded without verifying the signature, which the client cannot check anyway): an expired JWT
reads as absent.

File I/O here is synchronous on purpose: the file is a few hundred bytes and is touched a handful
of times per session, far below anything worth a thread hop.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from renault_ext.errors import ConfigurationError

try:  # POSIX; on other systems the lock degrades to in-process only
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "JWT_KEYS",
    "PASSWORD_KEYS",
    "PERMANENT_KEYS",
    "CredentialStore",
    "FileCredentialStore",
    "MemoryCredentialStore",
    "clear_store",
    "decode_jwt_claims",
    "default_credentials_path",
    "is_jwt_expired",
    "jwt_expiry",
]

_LOGGER = logging.getLogger(__name__)

# Settings that survive `clear_store` (facts §3.1): they are configuration, not session state.
PERMANENT_KEYS = frozenset(
    {
        "locale",
        "country",
        "gigya-api-key",
        "gigya-root-url",
        "kamereon-api-key",
        "kamereon-root-url",
    }
)
PASSWORD_KEYS = frozenset({"password", "gigya_password"})
# Keys always judged as JWTs (an undecodable value there counts as expired). Any other value
# that looks like a JWT is judged by its exp claim too.
JWT_KEYS = frozenset({"gigya_jwt"})

FILE_MODE = 0o600
DIR_MODE = 0o700


def default_credentials_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/renault/credentials.json`` (``~/.config/renault/credentials.json``)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base.strip() else Path.home() / ".config"
    return root / "renault" / "credentials.json"


# -- JWT expiry -------------------------------------------------------------------------------


def decode_jwt_claims(token: str) -> dict[str, Any] | None:
    """Claims of a JWT, without verifying the signature; None if it is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[1]:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return None
    return claims if isinstance(claims, dict) else None


def jwt_expiry(token: str) -> datetime | None:
    claims = decode_jwt_claims(token)
    exp = claims.get("exp") if claims else None
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    return datetime.fromtimestamp(exp, UTC)


def is_jwt_expired(token: str, *, now: float | None = None, leeway: float = 0.0) -> bool:
    """True when the ``exp`` claim is past (``leeway`` seconds early); False without ``exp``."""
    expiry = jwt_expiry(token)
    if expiry is None:
        return False
    current = time.time() if now is None else now
    return expiry.timestamp() <= current + leeway


def _looks_like_jwt(value: str) -> bool:
    return value.startswith("eyJ") and value.count(".") == 2


# -- protocol and memory store ----------------------------------------------------------------


@runtime_checkable
class CredentialStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


def clear_store(store: CredentialStore, *, keep: Iterable[str] = PERMANENT_KEYS) -> None:
    """Delete every entry except the ``keep`` keys (by default the permanent settings)."""
    kept = set(keep)
    for key in [k for k, _ in store.items() if k not in kept]:
        store.delete(key)


def _check_entry(key: Any, value: Any) -> None:
    if not isinstance(key, str) or not key:
        raise TypeError("credential keys must be non-empty strings")
    if not isinstance(value, str):
        raise TypeError(f"credential {key!r} must be a string, not {type(value).__name__}")


class _ExpiryRules:
    def __init__(self, jwt_leeway: float, clock: Callable[[], float]) -> None:
        self.jwt_leeway = jwt_leeway
        self.clock = clock

    def is_live(self, key: str, value: str) -> bool:
        if key in JWT_KEYS:
            if decode_jwt_claims(value) is None:
                return False
        elif not _looks_like_jwt(value):
            return True
        return not is_jwt_expired(value, now=self.clock(), leeway=self.jwt_leeway)


class MemoryCredentialStore:
    """In-process store; expired JWTs read as absent."""

    def __init__(
        self,
        initial: Mapping[str, str] | None = None,
        *,
        jwt_leeway: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._rules = _ExpiryRules(jwt_leeway, clock)
        self._lock = threading.Lock()
        self._data: dict[str, str] = {}
        for key, value in (initial or {}).items():
            self.set(key, value)

    def get(self, key: str) -> str | None:
        with self._lock:
            value = self._data.get(key)
        return value if value is not None and self._rules.is_live(key, value) else None

    def set(self, key: str, value: str) -> None:
        _check_entry(key, value)
        with self._lock:
            self._data[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def items(self) -> list[tuple[str, str]]:
        with self._lock:
            snapshot = list(self._data.items())
        return sorted((k, v) for k, v in snapshot if self._rules.is_live(k, v))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __repr__(self) -> str:  # keys only: values are secrets
        return f"MemoryCredentialStore(keys={[k for k, _ in self.items()]})"


# -- file store -------------------------------------------------------------------------------


class FileCredentialStore:
    """JSON file store, safe against crashes, concurrent writers and prying eyes."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        store_password: bool = False,
        jwt_leeway: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._path = Path(path) if path is not None else default_credentials_path()
        self._store_password = store_password
        self._rules = _ExpiryRules(jwt_leeway, clock)
        self._memory: dict[str, str] = {}  # passwords when not persisted
        self._thread_lock = threading.RLock()
        self._cache: tuple[tuple[int, int, int], dict[str, str]] | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def lock_path(self) -> Path:
        return self._path.with_name(self._path.name + ".lock")

    # -- public API ---------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        if key in PASSWORD_KEYS and not self._store_password:
            return self._memory.get(key)
        value = self._snapshot().get(key)
        return value if value is not None and self._rules.is_live(key, value) else None

    def set(self, key: str, value: str) -> None:
        _check_entry(key, value)
        if key in PASSWORD_KEYS and not self._store_password:
            self._memory[key] = value
            return
        self._mutate(lambda data: data.__setitem__(key, value))

    def delete(self, key: str) -> None:
        self._memory.pop(key, None)
        self._mutate(lambda data: data.pop(key, None))

    def items(self) -> list[tuple[str, str]]:
        merged = {**self._snapshot(), **self._memory}
        return sorted((k, v) for k, v in merged.items() if self._rules.is_live(k, v))

    def update(self, entries: Mapping[str, str]) -> None:
        """Set several entries in one locked write."""
        persisted: dict[str, str] = {}
        for key, value in entries.items():
            _check_entry(key, value)
            if key in PASSWORD_KEYS and not self._store_password:
                self._memory[key] = value
            else:
                persisted[key] = value
        if persisted:
            self._mutate(lambda data: data.update(persisted))

    def clear(self, *, keep: Iterable[str] = PERMANENT_KEYS) -> None:
        kept = set(keep)
        self._memory = {k: v for k, v in self._memory.items() if k in kept}

        def drop(data: dict[str, str]) -> None:
            for key in [k for k in data if k not in kept]:
                del data[key]

        self._mutate(drop)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __repr__(self) -> str:  # never the values
        return f"FileCredentialStore({str(self._path)!r})"

    # -- reading ------------------------------------------------------------------------------

    def _snapshot(self) -> dict[str, str]:
        """Current content; cached while the file's inode, size and mtime are unchanged."""
        with self._thread_lock:
            try:
                st = self._path.stat()
            except FileNotFoundError:
                self._cache = None
                return {}
            signature = (st.st_ino, st.st_size, st.st_mtime_ns)
            if self._cache is not None and self._cache[0] == signature:
                return dict(self._cache[1])
            try:
                data = self._parse(self._path.read_bytes())
            except _CorruptFile:
                # Move it aside under the lock (another process may be repairing it right now).
                with self._locked():
                    return dict(self._read_locked())
            self._cache = (signature, data)
            return dict(data)

    def _read_locked(self) -> dict[str, str]:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            return self._parse(raw)
        except _CorruptFile as exc:
            backup = self._backup_corrupt()
            raise ConfigurationError(
                f"Credential file {self._path} is corrupt ({exc}); it was kept as {backup.name}. "
                "Log in again to create a new one."
            ) from None

    @staticmethod
    def _parse(raw: bytes) -> dict[str, str]:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise _CorruptFile("not valid JSON") from exc
        if not isinstance(data, dict):
            raise _CorruptFile("not a JSON object")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise _CorruptFile("values must be strings")
        return data

    def _backup_corrupt(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        backup = self._path.with_name(f"{self._path.name}.corrupt-{stamp}")
        counter = 1
        while backup.exists():
            backup = self._path.with_name(f"{self._path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        os.replace(self._path, backup)
        with contextlib.suppress(OSError):
            os.chmod(backup, FILE_MODE)
        self._cache = None
        _LOGGER.warning("Corrupt credential file moved to %s", backup)
        return backup

    # -- writing ------------------------------------------------------------------------------

    def _mutate(self, change: Callable[[dict[str, str]], Any]) -> None:
        with self._thread_lock, self._locked():
            # Re-read under the lock: another process may have written since our last read.
            data = self._read_locked()
            before = dict(data)
            change(data)
            if data != before:
                self._write_locked(data)

    def _write_locked(self, data: dict[str, str]) -> None:
        directory = self._path.parent
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                os.fchmod(handle.fileno(), FILE_MODE)  # mkstemp uses 0600, but be explicit
                json.dump(data, handle, indent=2, sort_keys=True)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, self._path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            if isinstance(exc, OSError):
                raise ConfigurationError(
                    f"Could not write credential file {self._path}: {exc.strerror or exc}"
                ) from exc
            raise
        self._cache = None
        _fsync_directory(directory)

    def _ensure_directory(self) -> None:
        directory = self._path.parent
        if not directory.exists():
            directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            os.chmod(directory, DIR_MODE)  # mkdir's mode is filtered by the umask

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            self._ensure_directory()
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                # Closing the descriptor releases the flock.
                os.close(fd)


class _CorruptFile(Exception):
    pass


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not supported everywhere (e.g. some network filesystems).
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
