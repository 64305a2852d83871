"""Run the fake on uvicorn: in a background thread (sync tests, CLI) or in the current loop."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from renault_ext.fake.app import FakeApp
from renault_ext.fake.config import FakeBackend
from renault_ext.fake.controls import Controls
from renault_ext.fake.state import World
from renault_ext.redaction import Redactor

START_TIMEOUT = 10.0


@dataclass(frozen=True)
class DemoUser:
    email: str
    password: str
    person_id: str
    account_ids: tuple[str, ...]
    vins: tuple[str, ...]
    tfa: bool


@dataclass(frozen=True)
class Demo:
    """Demo credentials (public demo data, documented in the README)."""

    users: tuple[DemoUser, ...]
    gigya_api_key: str
    kamereon_api_key: str

    @property
    def main(self) -> DemoUser:
        return self.users[0]

    @property
    def email(self) -> str:
        return self.main.email

    @property
    def password(self) -> str:
        return self.main.password

    @property
    def tfa_user(self) -> DemoUser:
        return next(u for u in self.users if u.tfa)

    def user(self, email: str) -> DemoUser:
        return next(u for u in self.users if u.email == email)


def build_demo(app: FakeApp) -> Demo:
    world = app.world
    users = []
    for user in world.users.values():
        accounts = tuple(a["accountId"] for a in user.accounts)
        vins = tuple(v.vin for v in world.vehicles.values() if v.account_id in accounts)
        users.append(
            DemoUser(user.email, user.password, user.person_id, accounts, vins, bool(user.tfa))
        )
    return Demo(tuple(users), app.gigya_keys[0], app.kamereon_keys[0])


def demo_credentials(app: FakeApp) -> dict[str, Any]:
    demo = build_demo(app)
    return {
        "gigya_api_key": demo.gigya_api_key,
        "kamereon_api_key": demo.kamereon_api_key,
        "users": [
            {
                "email": u.email,
                "password": u.password,
                "two_factor": u.tfa,
                "vehicles": [
                    {"vin": v.vin, "model": v.model_code}
                    for v in app.world.vehicles.values()
                    if v.vin in u.vins
                ],
            }
            for u in demo.users
        ],
    }


@dataclass
class FakeHandle:
    """A running fake backend."""

    app: FakeApp
    base_url: str
    controls: Controls
    demo: Demo

    @property
    def state(self) -> World:
        return self.app.world

    @property
    def config(self) -> FakeBackend:
        return self.app.config

    def locale_details(self) -> dict[str, str]:
        """renault-api style ``locale_details``: point any client at this fake."""
        return {
            "gigya-api-key": self.demo.gigya_api_key,
            "gigya-root-url": self.base_url,
            "kamereon-api-key": self.demo.kamereon_api_key,
            "kamereon-root-url": self.base_url,
        }


def _bind(config: FakeBackend) -> socket.socket:
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without, headers and body leave in two segments and
    # delayed ACKs add ~40 ms to every answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((config.host, config.port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class RedactedAccessLog(logging.Filter):
    """Redact the request target of uvicorn's access-log records.

    Clients put secrets in URLs (Gigya keys and login tokens in query strings, VINs and account
    ids in paths): even the fake's demo values are shaped like real ones and must not teach users
    to paste such lines. uvicorn's AccessFormatter reads ``record.args`` positionally, so only the
    path argument is rewritten (the generic RedactingFilter clears ``args``). Installed on the
    logger, not a handler, so records that propagate elsewhere are redacted too.
    """

    def __init__(self) -> None:
        super().__init__()
        self.redactor = Redactor()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:  # client, method, path, version, status
            client, method, target, version, status = args
            # redact_url also hides the ids after accounts/, persons/, cars/ and vehicles/.
            record.args = (client, method, self.redactor.redact_url(str(target)), version, status)
        return True


def _log_config(access_log: bool) -> dict[str, Any]:
    """uvicorn's logging, quiet but for warnings, with an access log that is redacted.

    Levels are set here rather than through ``log_level``, which would apply one level to the
    access log too and so hide it (its lines are INFO). Off, the access logger stays at WARNING:
    uvicorn decides whether to log by looking for handlers, and a test harness may add some.
    """
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"redact": {"()": RedactedAccessLog}}
    config["loggers"]["uvicorn"]["level"] = "WARNING"
    config["loggers"]["uvicorn.error"]["level"] = "WARNING"
    config["loggers"]["uvicorn.access"]["level"] = "INFO" if access_log else "WARNING"
    config["loggers"]["uvicorn.access"]["filters"] = ["redact"]
    return config


def _server(app: FakeApp, config: FakeBackend) -> uvicorn.Server:
    uv_config = uvicorn.Config(
        app.asgi,
        lifespan="off",
        log_level=None,
        access_log=config.access_log,
        log_config=_log_config(config.access_log),
        timeout_graceful_shutdown=2,
    )
    # uvicorn installs signal handlers only on the main thread; in a background thread the owner
    # stops the server through should_exit.
    return uvicorn.Server(uv_config)


def _handle(app: FakeApp, sock: socket.socket) -> FakeHandle:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return FakeHandle(app, f"http://{shown}:{port}", Controls(app), build_demo(app))


@contextlib.contextmanager
def running_fake_backend(config: FakeBackend | None = None) -> Iterator[FakeHandle]:
    """Start the fake in a background thread; stops it on exit."""
    config = config or FakeBackend()
    app = FakeApp(config)
    sock = _bind(config)
    server = _server(app, config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="fake-renault", daemon=True
    )
    thread.start()
    try:
        waited = 0.0
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("fake backend failed to start")
            if waited > START_TIMEOUT:
                raise TimeoutError("fake backend did not start")
            thread.join(0.01)
            waited += 0.01
        yield _handle(app, sock)
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
        sock.close()


@contextlib.asynccontextmanager
async def running_fake_backend_async(
    config: FakeBackend | None = None,
) -> AsyncIterator[FakeHandle]:
    """Start the fake as a task of the running event loop; stops it on exit."""
    config = config or FakeBackend()
    app = FakeApp(config)
    sock = _bind(config)
    server = _server(app, config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("fake backend failed to start")
            await asyncio.sleep(0.005)
        yield _handle(app, sock)
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, START_TIMEOUT)
        sock.close()
