"""Shared test configuration.

Tests never reach the internet: everything runs against the embedded fake backend on 127.0.0.1
(fixtures ``fake_backend`` / ``fake_backend_module`` from the plugin below) or against fixtures.
"""

from __future__ import annotations

pytest_plugins = ["renault_ext.fake.pytest_plugin"]
