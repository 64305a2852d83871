"""Credential stores: permissions, atomicity, locking, corruption, expiry, password policy."""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
import stat
import time
from pathlib import Path

import pytest

from renault_ext import credentials as C
from renault_ext.errors import ConfigurationError


def make_jwt(exp: float | None) -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    claims: dict[str, object] = {"sub": "person-id-1"}
    if exp is not None:
        claims["exp"] = exp
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "renault" / "credentials.json"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- helpers and protocol -----------------------------------------------------------------------


def test_default_path_follows_xdg(tmp_path: Path) -> None:
    assert C.default_credentials_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "renault" / "credentials.json"
    )
    assert (
        C.default_credentials_path({}) == Path.home() / ".config" / "renault" / "credentials.json"
    )


def test_stores_implement_protocol(store_path: Path) -> None:
    assert isinstance(C.MemoryCredentialStore(), C.CredentialStore)
    assert isinstance(C.FileCredentialStore(store_path), C.CredentialStore)


def test_jwt_helpers() -> None:
    now = 1_800_000_000.0
    assert not C.is_jwt_expired(make_jwt(now + 60), now=now)
    assert C.is_jwt_expired(make_jwt(now - 1), now=now)
    assert C.is_jwt_expired(make_jwt(now + 5), now=now, leeway=10)
    assert not C.is_jwt_expired(make_jwt(None), now=now)
    assert C.decode_jwt_claims("not-a-jwt") is None
    assert C.decode_jwt_claims("a.!!!.c") is None
    assert C.jwt_expiry(make_jwt(now)).timestamp() == now  # type: ignore[union-attr]


@pytest.mark.parametrize("factory", ["memory", "file"])
def test_basic_operations(factory: str, store_path: Path) -> None:
    store: C.CredentialStore = (
        C.MemoryCredentialStore() if factory == "memory" else C.FileCredentialStore(store_path)
    )
    assert store.get("locale") is None
    store.set("locale", "fr_FR")
    store.set("gigya_login_token", "token-1")
    assert store.get("locale") == "fr_FR"
    assert dict(store.items()) == {"locale": "fr_FR", "gigya_login_token": "token-1"}
    store.delete("gigya_login_token")
    store.delete("never-there")
    assert store.get("gigya_login_token") is None
    with pytest.raises(TypeError):
        store.set("locale", 5)  # type: ignore[arg-type]


@pytest.mark.parametrize("factory", ["memory", "file"])
def test_expired_jwt_reads_as_absent(factory: str, store_path: Path) -> None:
    clock = [1_800_000_000.0]
    kwargs = {"clock": lambda: clock[0]}
    store = (
        C.MemoryCredentialStore(**kwargs)
        if factory == "memory"
        else C.FileCredentialStore(store_path, **kwargs)
    )
    token = make_jwt(clock[0] + 900)
    store.set("gigya_jwt", token)
    assert store.get("gigya_jwt") == token
    clock[0] += 901
    assert store.get("gigya_jwt") is None
    assert "gigya_jwt" not in dict(store.items())
    store.set("gigya_jwt", "garbage")  # an undecodable JWT cannot be trusted
    assert store.get("gigya_jwt") is None


def test_clear_store_keeps_permanent_keys(store_path: Path) -> None:
    store = C.FileCredentialStore(store_path)
    for key in ("locale", "kamereon-api-key", "gigya_login_token", "gigya_person_id"):
        store.set(key, "v")
    C.clear_store(store)
    assert {k for k, _ in store.items()} == {"locale", "kamereon-api-key"}
    store.set("gigya_jwt", make_jwt(time.time() + 900))
    store.clear()
    assert {k for k, _ in store.items()} == {"locale", "kamereon-api-key"}


# -- password policy ---------------------------------------------------------------------------


def test_password_not_persisted_by_default(store_path: Path) -> None:
    store = C.FileCredentialStore(store_path)
    store.set("password", "hunter2-secret")
    store.set("locale", "fr_FR")
    assert store.get("password") == "hunter2-secret"  # usable in this process
    assert "hunter2-secret" not in store_path.read_text()
    assert C.FileCredentialStore(store_path).get("password") is None
    assert "hunter2-secret" not in repr(store)


def test_password_persisted_when_asked(store_path: Path) -> None:
    C.FileCredentialStore(store_path, store_password=True).set("password", "hunter2-secret")
    assert (
        C.FileCredentialStore(store_path, store_password=True).get("password") == "hunter2-secret"
    )


# -- permissions and atomicity ------------------------------------------------------------------


def test_file_and_directory_modes(store_path: Path) -> None:
    old_umask = os.umask(0)  # prove the modes do not depend on a friendly umask
    try:
        C.FileCredentialStore(store_path).set("gigya_login_token", "t")
    finally:
        os.umask(old_umask)
    assert mode(store_path) == 0o600
    assert mode(store_path.parent) == 0o700
    assert mode(store_path.with_name(store_path.name + ".lock")) == 0o600


def test_mode_repaired_on_rewrite(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text('{"locale": "fr_FR"}')
    os.chmod(store_path, 0o644)
    store = C.FileCredentialStore(store_path)
    assert store.get("locale") == "fr_FR"
    store.set("country", "FR")
    assert mode(store_path) == 0o600


def test_crash_during_replace_keeps_old_file(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = C.FileCredentialStore(store_path)
    store.set("gigya_login_token", "old")
    before = store_path.read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(ConfigurationError, match="No space left"):
        store.set("gigya_login_token", "new")
    monkeypatch.undo()
    assert store_path.read_bytes() == before
    assert C.FileCredentialStore(store_path).get("gigya_login_token") == "old"
    leftovers = [p.name for p in store_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_write_is_valid_json_object(store_path: Path) -> None:
    store = C.FileCredentialStore(store_path)
    store.update({"a": "1", "b": "2"})
    assert json.loads(store_path.read_text()) == {"a": "1", "b": "2"}


# -- corruption ---------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b'{"locale": "fr_', b"[1, 2]", b'{"a": 1}', b"\xff\xfe"])
def test_corrupt_file_is_backed_up_and_reported(store_path: Path, content: bytes) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)
    store = C.FileCredentialStore(store_path)
    with pytest.raises(ConfigurationError, match="corrupt") as info:
        store.get("locale")
    backups = list(store_path.parent.glob("credentials.json.corrupt-*"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == content
    assert backups[0].name in str(info.value)
    assert not store_path.exists()
    # the store is usable again, and the backup is never overwritten
    store.set("locale", "fr_FR")
    assert store.get("locale") == "fr_FR"
    assert backups[0].read_bytes() == content


def test_corrupt_file_is_not_overwritten_by_a_write(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text("not json")
    with pytest.raises(ConfigurationError):
        C.FileCredentialStore(store_path).set("locale", "fr_FR")
    (backup,) = store_path.parent.glob("credentials.json.corrupt-*")
    assert backup.read_text() == "not json"
    assert not store_path.exists()


# -- concurrency --------------------------------------------------------------------------------


def test_two_instances_see_each_other(store_path: Path) -> None:
    first, second = C.FileCredentialStore(store_path), C.FileCredentialStore(store_path)
    first.set("a", "1")
    assert second.get("a") == "1"
    second.set("b", "2")
    first.set("c", "3")  # must merge, not overwrite second's write
    assert dict(C.FileCredentialStore(store_path).items()) == {"a": "1", "b": "2", "c": "3"}


def _writer(path: str, worker: int, count: int, start: object) -> None:
    start.wait()  # type: ignore[attr-defined]
    store = C.FileCredentialStore(path)
    for i in range(count):
        store.set(f"worker{worker}-key{i}", f"value-{worker}-{i}")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_concurrent_processes_lose_nothing(store_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    start = ctx.Event()
    workers, count = 4, 25
    procs = [
        ctx.Process(target=_writer, args=(str(store_path), w, count, start)) for w in range(workers)
    ]
    for proc in procs:
        proc.start()
    start.set()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    data = dict(C.FileCredentialStore(store_path).items())
    expected = {f"worker{w}-key{i}": f"value-{w}-{i}" for w in range(workers) for i in range(count)}
    assert data == expected
