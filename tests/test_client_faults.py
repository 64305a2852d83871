"""High-level client, failures: every fault kind of the fake maps to its typed error, reads are
retried on transient failures and actions never, quota errors start a client-side cool-down during
which nothing is sent, and invalid input is refused before any request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from test_client_support import VIN_BY_MODEL, Exchanges, logged_in_client, make_client, reset_fake

from renault_ext.errors import (
    ConnectError,
    EmptyResponseError,
    FailedForwardError,
    HtmlResponseError,
    InvalidInputError,
    InvalidResponseError,
    InvalidUpstreamError,
    MalformedJsonError,
    QuotaLimitError,
    RenaultError,
    RequestTimeoutError,
)
from renault_ext.fake import FakeHandle


@pytest.fixture
def fake_backend(fake_backend_module: FakeHandle) -> Iterator[FakeHandle]:
    """One fake for the module (starting one costs more than these tests); reset after each."""
    reset_fake(fake_backend_module)
    yield fake_backend_module
    reset_fake(fake_backend_module)


async def _vehicle(client, fake: FakeHandle, model: str = "X102VE"):  # type: ignore[no-untyped-def]
    account = await client.get_api_account(fake.demo.main.account_ids[0])
    return await account.get_api_vehicle(VIN_BY_MODEL[model], details={"model": {"code": model}})


def _always(fake: FakeHandle, kind: str, *operations: str) -> None:
    fake.controls.set_faults(per_operation={op: 1.0 for op in operations}, kinds=(kind,))


@pytest.mark.parametrize(
    ("kind", "error", "transient"),
    [
        ("http_502_html", HtmlResponseError, True),
        ("failed_forward", FailedForwardError, True),
        ("invalid_upstream", InvalidUpstreamError, False),
        ("truncated_body", MalformedJsonError, False),
        ("empty_body", EmptyResponseError, False),  # not transient (renault_ext/retry.py)
    ],
)
async def test_fault_kinds_on_reads(
    fake_backend: FakeHandle, kind: str, error: type[RenaultError], transient: bool
) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        vehicle = await _vehicle(client, fake_backend)
        _always(fake_backend, kind, "getCockpit")
        with pytest.raises(error) as caught:
            await vehicle.get_cockpit()
        assert caught.value.operation == "getCockpit"
        assert sink.count("/cockpit") == (3 if transient else 1)
        assert vehicle.vin not in str(caught.value)
        # Other operations are unaffected, and the refresh keeps the error per endpoint.
        snapshot = await vehicle.refresh(keys=["cockpit", "battery-status"])
        assert set(snapshot.raw) == {"battery-status"}
        assert isinstance(snapshot.errors["cockpit"], error)
        assert not snapshot.ok


@pytest.mark.parametrize("kind", ["http_502_html", "failed_forward"])
async def test_actions_are_never_retried(fake_backend: FakeHandle, kind: str) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        vehicle = await _vehicle(client, fake_backend, "R5E1VE")
        _always(fake_backend, kind, "postHornLights")
        with pytest.raises(RenaultError):
            await vehicle.start_horn()
        assert sink.count("/horn-lights") == 1


async def test_transient_read_failure_recovers(fake_backend: FakeHandle) -> None:
    sink = Exchanges()

    def heal_after_first_gateway_page(response: httpx.Response, elapsed: float) -> None:
        sink(response, elapsed)
        if response.status_code == 502:
            fake_backend.controls.clear_faults()

    async with await logged_in_client(
        fake_backend, exchange_sink=heal_after_first_gateway_page
    ) as client:
        vehicle = await _vehicle(client, fake_backend)
        _always(fake_backend, "http_502_html", "getCockpit")
        cockpit = await vehicle.get_cockpit()
        assert cockpit.to_dict()["totalMileage"] > 0
        assert sink.statuses("/cockpit") == [502, 200]


async def test_quota_error_then_cool_down(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(
        fake_backend, exchange_sink=sink, quota_cool_down=120
    ) as client:
        zoe = await _vehicle(client, fake_backend, "X102VE")
        spring = await _vehicle(client, fake_backend, "XBG1VE")
        fake_backend.controls.set_faults(quota_per_minute=2)
        await zoe.get_cockpit()
        await spring.get_cockpit()
        with pytest.raises(QuotaLimitError) as caught:
            await zoe.get_cockpit()
        assert sink.statuses("/cockpit")[-1] == 429
        assert caught.value.retry_after is not None and caught.value.retry_after > 0
        sent = len(sink.seen)
        # Cool-down: every vehicle of the account is held back, no request leaves.
        for vehicle in (zoe, spring):
            with pytest.raises(QuotaLimitError) as again:
                await vehicle.get_battery_status()
            assert 0 < again.value.retry_after <= 120
        with pytest.raises(QuotaLimitError):
            await spring.set_ac_stop()  # actions too
        assert len(sink.seen) == sent
        # Another account has its own limiter.
        other = await client.get_api_account(fake_backend.demo.main.account_ids[1])
        assert await other.get_api_vehicles() == []


async def test_client_side_spacing(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend, calls_per_minute=600) as client:
        vehicle = await _vehicle(client, fake_backend)
        started = time.perf_counter()
        for _ in range(4):
            await vehicle.get_cockpit()
        assert time.perf_counter() - started >= 0.3  # 0.1 s between calls


async def test_slow_body_times_out(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink, timeout=0.2) as client:
        vehicle = await _vehicle(client, fake_backend)
        fake_backend.controls.set_faults(
            per_operation={"getCockpit": 1.0}, kinds=("slow_body",), slow_body_seconds=2.0
        )
        started = time.perf_counter()
        with pytest.raises(RequestTimeoutError) as caught:
            await vehicle.get_cockpit()
        assert caught.value.operation == "getCockpit"
        assert time.perf_counter() - started < 3.0  # three tries of ~0.2 s, not 3 x 2 s


async def test_latency_times_out_and_action_is_not_retried(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend, timeout=0.2) as client:
        vehicle = await _vehicle(client, fake_backend, "R5E1VE")
        fake_backend.controls.set_faults(latency_ms=500)
        served = fake_backend.app.requests_served
        with pytest.raises(RequestTimeoutError):
            await vehicle.start_horn()
        assert fake_backend.app.requests_served == served + 1


async def test_gigya_outage(fake_backend: FakeHandle) -> None:
    async with make_client(fake_backend) as client:
        fake_backend.controls.gigya_outage()
        with pytest.raises(InvalidResponseError) as caught:
            await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        assert caught.value.status == 503
        fake_backend.controls.gigya_outage(False)
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        assert await client.get_person() is not None


async def test_unreachable_server(fake_backend: FakeHandle) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    from test_client_support import FAST_RETRY

    from renault_ext.client import RenaultClient

    client = RenaultClient(
        locale="fr_FR", gigya_url=fake_backend.base_url, kamereon_url=dead, retry=FAST_RETRY
    )
    async with client:
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        with pytest.raises(ConnectError):
            await client.get_person()


class _EmptyBodies(httpx.AsyncBaseTransport):
    """Forwards to the fake but empties the body of answers whose path ends with ``suffix``."""

    def __init__(self, suffix: str) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._suffix = suffix

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if not request.url.path.endswith(self._suffix):
            return response
        await response.aread()
        return httpx.Response(200, headers={"content-type": "application/json"}, content=b"")

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_empty_body(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(
        fake_backend, http_transport=_EmptyBodies("/cockpit")
    ) as client:
        with pytest.raises(EmptyResponseError):
            await (await _vehicle(client, fake_backend)).get_cockpit()
    async with make_client(fake_backend, http_transport=_EmptyBodies("accounts.login")) as client:
        with pytest.raises(EmptyResponseError):
            await client.session.login(fake_backend.demo.email, fake_backend.demo.password)


async def test_invalid_input_is_refused_before_any_request(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        zoe = await _vehicle(client, fake_backend, "X101VE")
        megane = await _vehicle(client, fake_backend, "XCB1VE")
        now = datetime.now(UTC)
        sent = len(sink.seen)
        attempts = [
            zoe.set_ac_start(45),
            zoe.set_ac_start(21, when=now - timedelta(hours=1)),
            zoe.set_charge_mode("sometimes"),
            zoe.set_charge_schedules([{"id": 9, "activated": True}]),
            zoe.set_charge_schedules([{"id": 1, "monday": {"startTime": "25:00", "duration": 60}}]),
            zoe.set_hvac_schedules([{"id": 1, "monday": {"readyAtTime": "soon"}}]),
            megane.set_battery_soc(min=5, target=80),
            megane.set_charge_start(when=now - timedelta(minutes=5)),
            zoe.get_charge_history(now, now - timedelta(days=3)),
            zoe.get_charges(now, now - timedelta(days=3)),
            zoe.get_hvac_history(now - timedelta(days=3), now, period="week"),
        ]
        for attempt in attempts:
            with pytest.raises(InvalidInputError):
                await attempt
        assert len(sink.seen) == sent


def _dead_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


async def test_unreachable_gigya(fake_backend: FakeHandle) -> None:
    from test_client_support import SHARED_TABLE

    from renault_ext.client import RenaultClient

    client = RenaultClient(
        locale="fr_FR",
        gigya_url=_dead_url(),
        kamereon_url=fake_backend.base_url,
        model_table=SHARED_TABLE,
    )
    async with client:
        with pytest.raises(ConnectError):
            await client.session.login(fake_backend.demo.email, fake_backend.demo.password)


async def test_gigya_timeout(fake_backend: FakeHandle) -> None:
    async with make_client(fake_backend, timeout=0.2) as client:
        fake_backend.controls.set_faults(latency_ms=500)
        with pytest.raises(RequestTimeoutError):
            await client.session.login(fake_backend.demo.email, fake_backend.demo.password)


async def test_cool_down_ends(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(
        fake_backend, exchange_sink=sink, quota_cool_down=0.3
    ) as client:
        zoe = await _vehicle(client, fake_backend, "X102VE")
        fake_backend.controls.advance(120)  # a fresh quota window
        fake_backend.controls.set_faults(quota_per_minute=1)
        await zoe.get_cockpit()
        with pytest.raises(QuotaLimitError):
            await zoe.get_cockpit()
        fake_backend.controls.set_faults(quota_per_minute=None)
        with pytest.raises(QuotaLimitError):
            await zoe.get_cockpit()  # still cooling down: not sent
        assert sink.statuses("/cockpit") == [200, 429]
        await asyncio.sleep(0.35)
        assert await zoe.get_cockpit() is not None
        assert sink.statuses("/cockpit") == [200, 429, 200]


async def test_a_failed_jwt_mint_is_shared_by_the_tasks_waiting_for_it(
    fake_backend: FakeHandle,
) -> None:
    """During a Gigya outage, twenty concurrent reads cause one getJWT, not twenty.

    (Retries off and room for all twenty at once: each retry wave would otherwise mint once more.)
    """
    from renault_ext.retry import NO_RETRY

    sink = Exchanges()
    async with make_client(
        fake_backend, exchange_sink=sink, retry=NO_RETRY, max_concurrency=32
    ) as client:
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        account = await client.get_api_account(fake_backend.demo.main.account_ids[0])
        vehicle = await account.get_api_vehicle(fake_backend.demo.main.vins[0])
        await vehicle.get_details()
        fake_backend.controls.gigya_outage()
        fake_backend.controls.revoke_jwts()
        client.session.auth._store.delete("gigya_jwt")  # force a mint for every waiting task
        sink.clear()
        try:
            results = await asyncio.gather(
                *(vehicle.get_cockpit() for _ in range(20)), return_exceptions=True
            )
        finally:
            fake_backend.controls.gigya_outage(False)
        assert all(isinstance(r, InvalidResponseError) for r in results)
        assert sink.count("accounts.getJWT") == 1
        assert sink.count("/cockpit") == 0
        # Once Gigya is back, the next call mints again and works.
        assert await vehicle.get_cockpit() is not None


async def test_a_cancelled_wait_gives_its_pacing_slot_back() -> None:
    from renault_ext.limiter import RateLimiter

    limiter = RateLimiter(calls_per_minute=60, clock=lambda: 1000.0)  # one call a second
    await limiter.acquire()  # the first call goes at once
    for _ in range(20):  # polls under a short timeout, cancelled while they wait for a slot
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(limiter.acquire(), timeout=0.01)
    # Without giving slots back the next call would wait 21 s; it waits one interval.
    assert limiter._next_slot == 1001.0
