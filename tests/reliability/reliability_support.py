"""Helpers shared by the reliability suite: a fake backend in a child process, and sessions
pointed at a fake."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from renault_ext.session import RenaultSession

HERE = Path(__file__).resolve().parent
FLEET_FILE = HERE / "data" / "fleet10.yaml"
START_TIMEOUT = 30.0


@dataclass
class FakeProcess:
    """A fake backend running in a child process, driven through its ``/_fake`` endpoints."""

    info: dict[str, Any]
    control: httpx.Client

    @property
    def base_url(self) -> str:
        return str(self.info["base_url"])

    def advance(self, seconds: float) -> float:
        return float(
            self.control.post("/_fake/time/advance", params={"seconds": seconds}).json()["now"]
        )

    def now(self) -> float:
        return float(self.control.get("/_fake/time").json()["now"])

    def set_faults(self, **changes: Any) -> dict[str, Any]:
        if "kinds" in changes:
            changes["kinds"] = list(changes["kinds"])
        response = self.control.post("/_fake/faults", json=changes)
        response.raise_for_status()
        return response.json()

    def revoke(self, what: str) -> int:
        response = self.control.post("/_fake/revoke", params={"what": what})
        response.raise_for_status()
        return int(response.json()["revoked"])


@contextlib.contextmanager
def fake_process(**config: Any) -> Iterator[FakeProcess]:
    """Start ``fake_process.py`` with ``config`` (FakeBackend fields; ``faults`` as a dict)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "fake_process.py"), json.dumps(config, default=str)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line:
            raise RuntimeError(f"fake backend process exited early (code {child.wait(5)})")
        info = json.loads(line)
        with httpx.Client(base_url=info["base_url"], timeout=10) as control:
            yield FakeProcess(info, control)
    finally:
        if child.stdin is not None:
            child.stdin.close()  # EOF: the child shuts its server down
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(5)


def session_for(info: dict[str, Any], **options: Any) -> RenaultSession:
    """A client session pointed at a fake backend (one origin for Gigya and Kamereon)."""
    return RenaultSession(
        locale="fr_FR",
        gigya_url=info["base_url"],
        kamereon_url=info["base_url"],
        gigya_api_key=info["gigya_api_key"],
        kamereon_api_key=info["kamereon_api_key"],
        **options,
    )
