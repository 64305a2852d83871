"""pytest fixtures for the fake backend. Register with ``pytest_plugins = ["renault_ext.fake.pytest_plugin"]``.

* ``fake_backend_config``: override in a test module to change the configuration;
* ``fake_backend``: a running fake (background thread, 127.0.0.1, free port), one per test;
* ``fake_backend_module``: one fake shared by a module (for read-only tests).

Defaults: seed 1234 and a frozen clock (``clock_speed=0``), so a test controls simulated time with
``fake_backend.controls.advance(seconds)`` and every run sees the same world.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from renault_ext.fake.config import FakeBackend
from renault_ext.fake.server import FakeHandle, running_fake_backend


def current_spec_path() -> Path | None:
    """The shipped bundle, unless spec/ in this checkout is newer: then a fresh bundle of spec/.

    Lets the fake's tests follow spec edits before ``scripts/regenerate`` runs.
    """
    root = Path(__file__).resolve().parents[2]
    shipped = root / "renault_ext" / "spec" / "openapi.json"
    parts = list((root / "spec").glob("*.yaml"))
    bundler = root / "scripts" / "spec_bundle.py"
    if not parts or not bundler.exists():
        return None
    if shipped.exists() and shipped.stat().st_mtime >= max(p.stat().st_mtime for p in parts):
        return None
    return _fresh_bundle(root)


@functools.cache
def _fresh_bundle(root: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "_fake_spec_bundle", root / "scripts" / "spec_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document, _ = module.bundle_spec(root / "spec" / "openapi.yaml", allow_missing=True)
    target = Path(tempfile.mkdtemp(prefix="fake-spec-")) / "openapi.json"
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def default_test_config(**changes: Any) -> FakeBackend:
    settings: dict[str, Any] = {
        "seed": 1234,
        "clock_speed": 0.0,
        "test_endpoints": True,
        "spec_path": current_spec_path(),
    }
    settings.update(changes)
    return FakeBackend(**settings)


@pytest.fixture
def fake_backend_config() -> FakeBackend:
    return default_test_config()


@pytest.fixture
def fake_backend(fake_backend_config: FakeBackend) -> Iterator[FakeHandle]:
    with running_fake_backend(fake_backend_config) as handle:
        yield handle


@pytest.fixture(scope="module")
def fake_backend_module() -> Iterator[FakeHandle]:
    with running_fake_backend(default_test_config()) as handle:
        yield handle
