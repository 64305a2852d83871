"""The handwritten code keeps the pinned formatter's style and passes its checks (generated/ is
formatted by scripts/regenerate with ruff's defaults)."""

from __future__ import annotations

import subprocess
import sys

from spec_catalog import ROOT

PATHS = ["renault_ext", "scripts", "tests"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *PATHS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_ruff_checks_pass() -> None:
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
