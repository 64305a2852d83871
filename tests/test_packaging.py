"""What `pip install renault-openapi` gets: the wheel built from this tree carries both packages,
their data (spec bundle, locales, model table, demo world, quirks), a copy of fixtures/ for the fake
backend (licence notice included), the console script, and keeps the fake's server an extra."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from spec_catalog import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    (path,) = out.glob("renault_openapi-*.whl")
    return zipfile.ZipFile(path)


def _tracked(folder: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return listed.stdout.split()


def test_wheel_carries_the_data_files(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for data in (
        "renault_ext/spec/openapi.json",
        "renault_ext/data/locales.yaml",
        "renault_ext/data/models.yaml",
        "renault_ext/fake/demo.yaml",
        "renault_ext/fake/quirks.yaml",
        "renault_ext/py.typed",
        "renault_openapi/py.typed",
        "renault_openapi/client.py",
        "renault_openapi/api/car_adapter/get_battery_status.py",
    ):
        assert data in names, data


def test_wheel_carries_every_fixture_for_the_fake_backend(wheel: zipfile.ZipFile) -> None:
    fixtures = _tracked("fixtures")
    assert len(fixtures) > 250
    names = set(wheel.namelist())
    missing = [
        f
        for f in fixtures
        if "renault_ext/fake/bundled_fixtures/" + f.split("/", 1)[1] not in names
    ]
    assert missing == []
    assert "renault_ext/fake/bundled_fixtures/LICENSE-renault-api.rst" in names
    assert not any(n.startswith("fixtures/") for n in names)  # not a top-level folder


def test_wheel_metadata_keeps_the_web_server_an_extra(wheel: zipfile.ZipFile) -> None:
    (metadata_name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = Parser().parsestr(wheel.read(metadata_name).decode())
    requires = metadata.get_all("Requires-Dist") or []
    for server in ("starlette", "uvicorn", "jsonschema"):
        lines = [r for r in requires if re.match(rf"{server}\b(?!-)", r)]
        assert lines and all('extra == "fake"' in r for r in lines), lines
    assert any(r.startswith("httpx") and "extra" not in r for r in requires)
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "renault = renault_ext.cli:main" in wheel.read(entry_points).decode()


def test_the_fake_prefers_a_bundled_copy_and_falls_back_to_the_checkout() -> None:
    from renault_ext.fake import config

    # In this checkout (editable install) nothing is bundled: fixtures/ is read in place.
    assert not config.BUNDLED_FIXTURES.exists()
    assert config.default_fixtures_dir() == Path(ROOT) / "fixtures"
