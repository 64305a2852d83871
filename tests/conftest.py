"""Shared test configuration.

Tests never reach the internet: everything runs against the embedded fake backend on 127.0.0.1
or against fixtures.
"""

from __future__ import annotations
