"""The fake backend is an extra (`renault-openapi[fake]`): without starlette/uvicorn the library
still imports, and every fake entry point names the extra instead of failing with a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Runs in a fresh interpreter in which the named module cannot be imported (as if not installed).
_WITHOUT = """
import sys
sys.modules[{module!r}] = None
{body}
"""


def _run_without(module: str, body: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT.format(module=module, body=body)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("module", ["starlette", "uvicorn"])
def test_importing_the_fake_names_the_extra(module: str) -> None:
    result = _run_without(
        module,
        "try:\n"
        "    import renault_ext.fake\n"
        "except ModuleNotFoundError as e:\n"
        "    print(e.name, '|', e)\n",
    )
    assert result.returncode == 0, result.stderr
    name, _, message = result.stdout.partition(" | ")
    assert name == module
    assert "renault-openapi[fake]" in message


@pytest.mark.parametrize(
    "argv", [["--fake", "status"], ["--fake", "--json", "battery"], ["fake-server"]]
)
def test_cli_fake_entry_points_exit_with_the_configuration_code(argv: list[str]) -> None:
    result = _run_without(
        "starlette", f"from renault_ext.cli import main\nsys.exit(main({argv!r}))"
    )
    assert result.returncode == 6, result.stdout + result.stderr
    assert "renault-openapi[fake]" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_library_works_without_the_fake_extra() -> None:
    result = _run_without(
        "starlette",
        "import renault_ext.client, renault_ext.traces.validate, renault_openapi.client\n"
        "assert 'uvicorn' not in sys.modules\n"
        "print('ok')",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
