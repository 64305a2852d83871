"""The handwritten package type-checks (mypy, settings in pyproject.toml); the generated one is
mypy --strict clean by construction of the generator."""

from __future__ import annotations

import subprocess
import sys

from spec_catalog import ROOT


def test_renault_ext_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
