"""Embedded fake Renault backend (GitHub issue 6).

A real local HTTP server speaking Gigya (``/accounts.*``) and Kamereon (``/commerce/v1/...``) on one
origin, driven by the bundled spec and fixtures, with demo accounts, per-model support, simulated
time and fault injection::

    from renault_ext.fake import FakeBackend, running_fake_backend

    with running_fake_backend(FakeBackend(seed=1)) as fake:
        fake.base_url, fake.demo.email, fake.demo.password
        fake.controls.advance(3600)          # simulated time: charging raises the battery level
        fake.controls.set_faults(fault_rate=0.2)

Also ``running_fake_backend_async`` (same handle, in the current event loop), the pytest plugin
``renault_ext.fake.pytest_plugin`` and the ``renault fake-server`` command.

starlette and uvicorn come with the ``fake`` extra (``pip install 'renault-openapi[fake]'``): a
library install does not need a web server.
"""

INSTALL_HINT = "pip install 'renault-openapi[fake]'"

try:
    import jsonschema  # noqa: F401 - presence check; the server modules import what they use
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ModuleNotFoundError as missing:
    # Every entry point (CLI, pytest plugin, user code) fails the same way, naming the extra
    # instead of a bare "No module named 'starlette'".
    raise ModuleNotFoundError(
        f"The fake backend needs {missing.name!r}, which is not installed: {INSTALL_HINT}",
        name=missing.name,
    ) from None

from renault_ext.fake.config import FAULT_KINDS, OPT_IN_FAULT_KINDS, FakeBackend, Faults
from renault_ext.fake.server import (
    Demo,
    DemoUser,
    FakeHandle,
    running_fake_backend,
    running_fake_backend_async,
)

__all__ = [
    "FAULT_KINDS",
    "OPT_IN_FAULT_KINDS",
    "Demo",
    "DemoUser",
    "FakeBackend",
    "FakeHandle",
    "Faults",
    "running_fake_backend",
    "running_fake_backend_async",
]
