"""Credential store under hostile conditions: permissive umask, real crashes (SIGKILL while
writing), corrupt files, several processes and threads writing at once.

tests/test_credentials.py covers the API; these tests use real processes and signals.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from renault_ext.credentials import FileCredentialStore
from renault_ext.errors import ConfigurationError, RenaultError

pytestmark = pytest.mark.reliability

SECRET = "st2.s.AAAAsecret-login-token-for-the-store-test"

WRITER = r"""
import sys
from renault_ext.credentials import FileCredentialStore
path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = FileCredentialStore(path)
print("ready", flush=True)
sys.stdin.readline()  # start together
for i in range(count):
    store.set(f"{prefix}-{i}", f"value-{prefix}-{i}" + "x" * (i % 7) * 300)
"""

LOOPER = r"""
import sys
from renault_ext.credentials import FileCredentialStore
store = FileCredentialStore(sys.argv[1])
i = 0
print("ready", flush=True)
while True:
    i += 1
    # Big values: a write takes long enough to be interrupted in the middle.
    store.update({"counter": str(i), "payload": str(i) * 20000})
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "renault" / "credentials.json"


def test_modes_hold_under_a_permissive_umask(store_path: Path) -> None:
    old = os.umask(0o000)
    try:
        store = FileCredentialStore(store_path)
        store.set("gigya_login_token", SECRET)
        store.set("locale", "fr_FR")  # a rewrite keeps the mode too
    finally:
        os.umask(old)
    assert _mode(store_path) == 0o600
    assert _mode(store_path.parent) == 0o700
    leftovers = [p.name for p in store_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert SECRET not in repr(store)


def test_sigkill_in_the_middle_of_writes_never_leaves_a_broken_file(store_path: Path) -> None:
    FileCredentialStore(store_path).update({"counter": "0", "payload": "0"})
    kills = 0
    for delay in (0.35, 0.5, 0.62, 0.8, 0.93):
        child = subprocess.Popen(
            [sys.executable, "-c", LOOPER, str(store_path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        kills += 1
        data = json.loads(store_path.read_text())  # never half-written
        counter = data["counter"]
        assert data["payload"] == counter * 20000 or data["payload"] == "0", "a torn write survived"
        assert _mode(store_path) == 0o600
        # The store still works (a stray temporary file from the killed writer is harmless).
        assert FileCredentialStore(store_path).get("counter") == counter
    assert kills == 5
    assert int(counter) > 0, "the writer never got to write: the test proved nothing"


def test_corrupt_file_is_reported_and_kept_never_silently_replaced(store_path: Path) -> None:
    store = FileCredentialStore(store_path)
    store.set("gigya_login_token", SECRET)
    garbage = b'{"gigya_login_token": "' + SECRET.encode() + b'", "trunc'
    store_path.write_bytes(garbage)
    for attempt in (lambda: store.get("gigya_login_token"), lambda: store.set("locale", "fr_FR")):
        with pytest.raises(ConfigurationError) as caught:
            attempt()
        assert isinstance(caught.value, RenaultError)
        message = str(caught.value)
        assert "corrupt" in message.lower() and store_path.name in message
        assert SECRET not in message and SECRET not in repr(caught.value)
        backups = sorted(store_path.parent.glob(store_path.name + ".corrupt-*"))
        assert backups, "the corrupt file was not kept"
        assert backups[0].read_bytes() == garbage
        assert _mode(backups[0]) == 0o600
        store_path.write_bytes(garbage)  # corrupt again for the second attempt
    # Two attempts, two backups: nothing was overwritten silently.
    assert len(list(store_path.parent.glob(store_path.name + ".corrupt-*"))) == 2


def test_processes_writing_at_once_lose_nothing(store_path: Path) -> None:
    writers, count = 3, 25
    FileCredentialStore(store_path).set("locale", "fr_FR")
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store_path), f"p{n}", str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        assert child.wait(60) == 0
    data = json.loads(store_path.read_text())
    expected = {f"p{n}-{i}" for n in range(writers) for i in range(count)} | {"locale"}
    assert set(data) == expected
    assert all(
        data[f"p{n}-{i}"].startswith(f"value-p{n}-{i}")
        for n in range(writers)
        for i in range(count)
    )


def test_threads_writing_at_once_lose_nothing(store_path: Path) -> None:
    stores = [FileCredentialStore(store_path) for _ in range(4)]  # separate instances, one file

    def write(n: int) -> None:
        for i in range(15):
            stores[n].set(f"t{n}-{i}", str(i))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    data = json.loads(store_path.read_text())
    assert {f"t{n}-{i}" for n in range(4) for i in range(15)} <= set(data)
