"""High-level client: the blocking facade end to end, and no secret in any log record or
exception text with debug logging on (a whole session: login, reads, actions, failures).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import warnings

import pytest
from test_client_support import FAST_RETRY, VIN_BY_MODEL, logged_in_client, make_client

from renault_ext.errors import (
    ClientClosedError,
    EndpointNotAvailableError,
    QuotaLimitError,
    RenaultError,
)
from renault_ext.fake import FakeHandle
from renault_ext.snapshot import VehicleSnapshot
from renault_ext.sync import RenaultClientSync, SyncProxy

JWT_RE = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+")


def test_sync_facade_end_to_end(fake_backend: FakeHandle) -> None:
    with RenaultClientSync(
        locale="fr_FR",
        gigya_url=fake_backend.base_url,
        kamereon_url=fake_backend.base_url,
        retry=FAST_RETRY,
    ) as client:
        client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        accounts = client.get_api_accounts()
        assert all(isinstance(a, SyncProxy) for a in accounts)
        vehicles = accounts[0].get_api_vehicles()
        assert sorted(v.vin for v in vehicles) == sorted(fake_backend.demo.main.vins)
        zoe = next(v for v in vehicles if v.vin == VIN_BY_MODEL["X101VE"])
        assert zoe.model_code() == "X101VE"
        assert zoe.supports_endpoint("battery-status")
        snapshot = zoe.refresh()
        assert isinstance(snapshot, VehicleSnapshot) and snapshot.ok
        zoe.set_charge_start()
        battery = zoe.get_battery_status().to_dict()
        assert battery["chargingStatus"] == 1.0
        with pytest.raises(EndpointNotAvailableError):
            zoe.get_location()
        # The client keeps one loop and one pool across calls, and works inside a running loop.

        async def inside_a_loop() -> int:
            return len(client.get_api_accounts())

        assert asyncio.run(inside_a_loop()) == 2


def test_sync_facade_closes_its_loop(fake_backend: FakeHandle) -> None:
    client = RenaultClientSync(
        locale="fr_FR", gigya_url=fake_backend.base_url, kamereon_url=fake_backend.base_url
    )
    runner = client._runner
    client.close()
    assert runner.loop.is_closed()
    # Used after close(): the project's typed error, not "Event loop is closed".
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "coroutine was never awaited" either
        with pytest.raises(ClientClosedError, match="closed"):
            client.get_api_accounts()


async def test_async_client_used_after_close(fake_backend: FakeHandle) -> None:
    client = await logged_in_client(fake_backend)
    accounts = await client.get_api_accounts()
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await accounts[0].get_api_vehicles()
    with pytest.raises(ClientClosedError):
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)


def test_sync_facade_bad_arguments_leave_no_thread() -> None:
    import threading

    from renault_ext.errors import ConfigurationError

    before = {t for t in threading.enumerate() if t.name == "renault-sync"}
    with pytest.raises(ConfigurationError):
        RenaultClientSync(locale="fr_FR", gigya_url="not a url", kamereon_url="nor this")
    after = {t for t in threading.enumerate() if t.name == "renault-sync"}
    assert after <= before


async def test_no_secret_in_logs_or_errors(
    fake_backend: FakeHandle, caplog: pytest.LogCaptureFixture
) -> None:
    demo = fake_backend.demo
    errors: list[BaseException] = []
    caplog.set_level(logging.DEBUG)
    client = await logged_in_client(fake_backend)
    async with client:
        accounts = await client.get_api_accounts()
        for vehicle in await accounts[0].get_api_vehicles():
            snapshot = await vehicle.refresh()
            errors.extend(snapshot.errors.values())
        zoe = await accounts[0].get_api_vehicle(VIN_BY_MODEL["X101VE"])
        await zoe.set_charge_start()
        await zoe.get_car_adapter()
        for attempt in (zoe.get_location(), zoe.set_ac_start(99)):
            try:
                await attempt
            except RenaultError as error:
                errors.append(error)
        fake_backend.controls.set_faults(
            per_operation={"getCockpit": 1.0, "getBatteryStatus": 1.0},
            kinds=("http_502_html", "invalid_upstream", "truncated_body"),
        )
        snapshot = await zoe.refresh(keys=["cockpit", "battery-status"])
        errors.extend(snapshot.errors.values())
        fake_backend.controls.clear_faults()
        fake_backend.controls.revoke_jwts()
        await zoe.get_cockpit()
        fake_backend.controls.set_faults(quota_per_minute=1)
        for _ in range(2):
            try:
                await zoe.get_cockpit()
            except QuotaLimitError as error:
                errors.append(error)
        login_token = client.session.login_token
        jwt = await client.session.auth.jwt()
        person_id = await client.session.person_id()
    async with make_client(fake_backend) as other:
        try:
            await other.session.login(demo.email, "wrong-password-123")
        except RenaultError as error:
            errors.append(error)
    assert len(errors) >= 5

    secrets = {
        "password": demo.password,
        "wrong password": "wrong-password-123",
        "e-mail": demo.email,
        "login token": login_token,
        "jwt": jwt,
        "person id": person_id,
        "gigya key": demo.gigya_api_key,
        "kamereon key": demo.kamereon_api_key,
        **{f"account {a}": a for a in demo.main.account_ids},
        **{f"vin {v}": v for v in demo.main.vins},
    }
    ours = [r for r in caplog.records if not r.name.startswith(("renault_ext.fake", "uvicorn"))]
    assert any(r.levelno == logging.DEBUG for r in ours), "debug logging produced nothing"
    texts = [f"{r.name}: {r.getMessage()}" for r in ours]
    texts += [f"{type(e).__name__}: {e} {e!r}" for e in errors]
    texts += [str(getattr(e, "to_dict", dict)()) for e in errors]
    for text in texts:
        for label, secret in secrets.items():
            assert secret and secret not in text, f"{label} leaked: {text[:300]}"
        assert not JWT_RE.search(text), f"a JWT leaked: {text[:300]}"


def test_close_ends_calls_other_threads_are_waiting_in(fake_backend: FakeHandle) -> None:
    import threading

    fake_backend.controls.set_faults(latency_ms=1500)
    outcome: list[BaseException | str] = []
    client = RenaultClientSync(
        locale="fr_FR", gigya_url=fake_backend.base_url, kamereon_url=fake_backend.base_url
    )
    try:

        def slow_login() -> None:
            try:
                client.session.login(fake_backend.demo.email, fake_backend.demo.password)
                outcome.append("returned")
            except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
                outcome.append(exc)

        worker = threading.Thread(target=slow_login)
        worker.start()
        time.sleep(0.3)  # the login is under way (1.5 s of latency)
        client.close()
        worker.join(timeout=5)
        assert not worker.is_alive(), "a thread waited forever on a closed client"
        # A typed error (the connection closed under it, or ClientClosedError), never a hang.
        assert outcome and isinstance(outcome[0], RenaultError), outcome
        client.close()  # closing again is harmless
    finally:
        fake_backend.controls.clear_faults()
