"""Soak under faults: a 10-vehicle account polled through ``vehicle.refresh()`` for many simulated
hours against the fake backend (in a child process, so that the memory measured here is the
client's own), with 20 % injected faults of every kind (empty bodies included), JWT revocations,
a Gigya outage, quota limits, restarts from the stored login token and one login-token revocation.

Time is compressed: the fake's clock is frozen and advanced between polls, and the client's
per-account limiter runs on the same simulated clock (through the public ``RateLimiter.clock``),
so a 60-second quota cool-down lasts 60 *simulated* seconds.

Passes only with: zero unhandled exceptions (raised by refresh() or left in the event loop), every
per-endpoint failure one of the typed errors the injected faults can cause, automatic recovery
(new JWTs without the password, restarts from the login token, a clean final poll), no Kamereon
request sent during a quota cool-down, no action sent twice, and no memory growth with the
number of polls.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import itertools
import os
import random
import resource
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from reliability_support import FLEET_FILE, fake_process, session_for

from renault_ext import session as session_module
from renault_ext.client import RenaultClient
from renault_ext.credentials import FileCredentialStore
from renault_ext.errors import (
    DEFAULT_RETRY_AFTER,
    EmptyResponseError,
    EndpointNotAvailableError,
    FailedForwardError,
    HtmlResponseError,
    InvalidUpstreamError,
    LoginTokenExpiredError,
    MalformedJsonError,
    NotAuthenticatedError,
    QuotaLimitError,
    RenaultError,
    RequestTimeoutError,
    UnauthorizedError,
    parse_retry_after,
)
from renault_ext.fake import FAULT_KINDS
from renault_ext.limiter import RateLimiter
from renault_ext.retry import RetryPolicy

pytestmark = pytest.mark.reliability

SEED = 20250609
ROUNDS = int(os.environ.get("RELIABILITY_SOAK_ROUNDS", "20"))
FAULT_RATE = 0.2
WARM_UP_ROUNDS = 8  # memory baseline taken after these (caches, pools and imports settled)
POLL_INTERVALS = (30, 45, 600, 1800, 3600, 7200)  # simulated seconds; some inside a cool-down
QUOTA_PER_MINUTE = 40  # below one poll of the fleet (~60 reads): the quota is hit when switched on
TIMEOUT = 0.4
SLOW_BODY_SECONDS = 2.5  # five pauses of 0.5 s: every slow body outlasts the read timeout
# The schedule of trouble (round numbers), on top of the random faults of every round.
# One-off events (restarts, the login-token revocation) happen during the warm-up, so that the
# memory measured afterwards only sees what repeats.
QUOTA_ROUNDS = frozenset({2, 3, 9, 10, 16})
JWT_REVOCATION_ROUNDS = frozenset({3, 8, 11, 17})
GIGYA_OUTAGE_ROUNDS = frozenset({4, 13})  # JWTs are revoked too, so minting must fail
RESTART_ROUNDS = frozenset({1, 7})  # new session from the stored login token, no password
LOGIN_TOKEN_REVOCATION_ROUND = 5  # then the app logs in again with the password, once
ACTIONS_PER_ROUND = 3
MAX_GROWTH_PER_POLL = 512  # bytes of traced memory per vehicle poll after the warm-up

# What the injected faults can legitimately surface as, per endpoint.
EXPECTED_ERRORS: tuple[type[RenaultError], ...] = (
    HtmlResponseError,  # http_502_html, Gigya outage (503 page) while minting a JWT
    FailedForwardError,  # failed_forward
    InvalidUpstreamError,  # invalid_upstream
    MalformedJsonError,  # truncated_body
    EmptyResponseError,  # empty_body
    RequestTimeoutError,  # slow_body
    UnauthorizedError,  # jwt_revocation striking the re-sent request too
    QuotaLimitError,  # server 429, or the client's own cool-down
    LoginTokenExpiredError,  # login token revoked
    NotAuthenticatedError,  # ... and the other reads of that poll, once it was dropped
)


@dataclass
class SimClock:
    """The client's view of the fake's simulated time (the fake's clock only moves when told)."""

    value: float

    def __call__(self) -> float:
        return self.value


@dataclass
class Wire:
    """Counters of what went on the wire, filled by :class:`CheckingTransport` as it happens."""

    requests: Counter[str] = field(default_factory=Counter)  # gigya call or "kamereon"
    statuses: Counter[int | str] = field(default_factory=Counter)  # Kamereon statuses, "timeout"
    cool_down_until: float = 0.0
    sent_during_cool_down: list[str] = field(default_factory=list)
    marks: list[list[Any]] = field(default_factory=list)  # [method path, status] while marking
    marking: bool = False


class CheckingTransport(httpx.AsyncBaseTransport):
    """Sees every request on the wire (below auth and hooks, so the auth flow's re-sends too).

    Checks the cool-down at send time, which is exactly the property: a request already in
    flight when a 429 arrives was legitimately sent. Keeps counters only, so it adds no memory
    per poll to what is measured.
    """

    def __init__(self, clock: SimClock, wire: Wire) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._clock = clock
        self._wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wire = self._wire
        path = request.url.path
        kamereon = not path.startswith("/accounts.")
        wire.requests["kamereon" if kamereon else path.lstrip("/")] += 1
        if kamereon and self._clock() < wire.cool_down_until:
            wire.sent_during_cool_down.append(f"{request.method} {path.rsplit('/', 1)[-1]}")
        what = f"{request.method} {path}"

        mark: list[Any] = [what, "timeout"]

        def timed_out() -> None:
            if kamereon:
                wire.statuses["timeout"] += 1
            mark[1] = "timeout"  # the same request: its answer never arrived in full

        if wire.marking:
            wire.marks.append(mark)
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TimeoutException:
            timed_out()
            raise
        if kamereon:
            wire.statuses[response.status_code] += 1
        mark[1] = response.status_code
        # A slow body times out while it is read, after this method returned.
        response.stream = _TimeoutSpy(response.stream, timed_out)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    def on_exchange(self, response: httpx.Response, _elapsed: float) -> None:
        """The session's exchange sink: called once the client has read an answer, which is when
        it can know about a quota error (a request sent while the 429 was still being read was
        in flight, not sent during the cool-down)."""
        if response.status_code == 429:
            wait = parse_retry_after(response.headers.get("retry-after"))
            self._wire.cool_down_until = max(self._wire.cool_down_until, self._clock() + wait)


class _TimeoutSpy(httpx.AsyncByteStream):
    def __init__(self, inner: Any, on_timeout: Any) -> None:
        self._inner = inner
        self._on_timeout = on_timeout

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TimeoutException:
            self._on_timeout()
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class Figures:
    polls: int = 0
    clean_polls: int = 0
    endpoint_reads: int = 0
    endpoint_errors: Counter[str] = field(default_factory=Counter)
    untyped: list[str] = field(default_factory=list)
    unhandled: list[str] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)
    action_resends: list[str] = field(default_factory=list)
    restarts_from_login_token: int = 0
    password_logins: int = 0
    setup_failures: Counter[str] = field(default_factory=Counter)
    skipped_rounds: int = 0


def _check_action(figures: Figures, name: str, marks: list[list[Any]]) -> None:
    """One action call: the action request may be re-sent only after a 401 (refused before it ran,
    the JWT is replaced); never after a 5xx page, a truncated body or a timeout."""
    posts = [(what, status) for what, status in marks if what.startswith("POST /commerce")]
    figures.actions["sent"] += len(posts)
    for (_, earlier), (what, _) in itertools.pairwise(posts):
        if earlier != 401:
            figures.action_resends.append(f"{name}: re-sent after {earlier}")
    if len(posts) > 2:
        figures.action_resends.append(f"{name}: {len(posts)} requests")
    failed = [status for _, status in posts if status != 401 and status != 200]
    if failed:
        figures.actions["failed on the wire (not retried)"] += 1


async def _act(vehicle: Any, wire: Wire, figures: Figures, rng: random.Random) -> None:
    name, method = rng.choice(
        (
            ("horn", "start_horn"),
            ("lights", "start_lights"),
            ("battery refresh", "refresh_battery_status"),
        )
    )
    wire.marks.clear()
    wire.marking = True
    try:
        await getattr(vehicle, method)()
        figures.actions["ok"] += 1
    except EndpointNotAvailableError:
        figures.actions["not available (no request)"] += 1
        assert not wire.marks, f"{name}: a request was sent for an unavailable endpoint"
    except RenaultError as error:
        figures.actions[f"error {type(error).__name__}"] += 1
    except Exception as error:  # noqa: BLE001 - that is the finding
        figures.unhandled.append(f"action {name}: {type(error).__name__}: {error}")
    finally:
        wire.marking = False
    _check_action(figures, name, list(wire.marks))


async def _poll(vehicles: list[Any], figures: Figures) -> None:
    """One poll of the fleet, vehicle after vehicle like an integration's staggered updates
    (each refresh reads its endpoints concurrently)."""

    async def one(vehicle: Any) -> None:
        try:
            snapshot = await vehicle.refresh()
        except Exception as error:  # noqa: BLE001 - refresh() must never raise
            figures.unhandled.append(f"refresh raised {type(error).__name__}: {error}")
            return
        figures.polls += 1
        figures.endpoint_reads += len(snapshot.raw) + len(snapshot.errors)
        figures.clean_polls += snapshot.ok
        for key, error in snapshot.errors.items():
            figures.endpoint_errors[type(error).__name__] += 1
            if not isinstance(error, EXPECTED_ERRORS) or not str(error):
                figures.untyped.append(
                    f"{key}: {type(error).__module__}.{type(error).__name__}: {error!r}"
                )

    for vehicle in vehicles:
        await one(vehicle)


def _slope(points: list[tuple[int, int]]) -> float:
    """Theil-Sen slope (median of pairwise slopes): a leak is a steady climb, while one-off
    fills of lazy caches (a schema node first met late, a re-fetched vehicle list) are steps
    that barely move the median."""
    slopes = sorted(
        (y2 - y1) / (x2 - x1)
        for i, (x1, y1) in enumerate(points)
        for x2, y2 in points[i + 1 :]
        if x2 > x1
    )
    return slopes[len(slopes) // 2] if slopes else 0.0


def _traced_now() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


@pytest.fixture
def fleet_fake():
    with fake_process(
        seed=SEED,
        demo_file=str(FLEET_FILE),
        clock_speed=0,
        faults={"slow_body_seconds": SLOW_BODY_SECONDS},
    ) as fake:
        yield fake


async def test_soak_ten_vehicles_under_faults(fleet_fake, tmp_path, monkeypatch, capsys) -> None:
    fake = fleet_fake
    info = fake.info
    rng = random.Random(SEED)
    clock = SimClock(fake.now())
    sim_start = clock.value
    wire = Wire()
    figures = Figures()
    # The per-account limiter on simulated time (public RateLimiter.clock); nothing else changes.
    monkeypatch.setattr(session_module, "RateLimiter", functools.partial(RateLimiter, clock=clock))
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda _loop, ctx: figures.unhandled.append(
            f"event loop: {ctx.get('message')}: {ctx.get('exception')!r}"
        )
    )
    store_path = tmp_path / "renault" / "credentials.json"

    def new_client() -> RenaultClient:
        transport = CheckingTransport(clock, wire)
        session = session_for(
            info,
            credential_store=FileCredentialStore(store_path),
            timeout=TIMEOUT,
            retry=RetryPolicy(attempts=3, backoff=0.01),
            http_transport=transport,
            exchange_sink=transport.on_exchange,
            clock=clock,  # JWT expiry judged on simulated time too
        )
        return RenaultClient(session)

    async def connect(client: RenaultClient) -> list[Any]:
        accounts = await client.get_api_accounts()
        return await accounts[0].get_api_vehicles()

    tracemalloc.start(int(os.environ.get("RELIABILITY_SOAK_FRAMES", "1")))
    started = time.perf_counter()
    client = new_client()
    await client.session.login(info["email"], info["password"])
    figures.password_logins += 1
    vehicles = await connect(client)
    assert len(vehicles) == 10

    fake.set_faults(fault_rate=FAULT_RATE, kinds=FAULT_KINDS)
    memory: list[tuple[int, int]] = []  # (vehicle polls so far, traced bytes after gc)
    revocations = 0
    try:
        for round_no in range(ROUNDS):
            # -- the schedule of trouble for this round ------------------------------------
            quota_on = round_no in QUOTA_ROUNDS
            fake.set_faults(
                quota_per_minute=QUOTA_PER_MINUTE if quota_on else None,
                gigya_outage=round_no in GIGYA_OUTAGE_ROUNDS,
            )
            if round_no in JWT_REVOCATION_ROUNDS or round_no in GIGYA_OUTAGE_ROUNDS:
                revocations += 1
                fake.revoke("jwts")
            if round_no == LOGIN_TOKEN_REVOCATION_ROUND:
                fake.revoke("login_tokens")
                fake.revoke("jwts")  # so that this very poll needs a new JWT
            if round_no == LOGIN_TOKEN_REVOCATION_ROUND + 1:
                # The app's duty (no password is kept by the library): log in again, once.
                # (a boolean: an assertion message must not print the token itself)
                still_stored = client.session.login_token is not None
                assert not still_stored, "the revoked login token is still stored"
                await client.session.login(info["email"], info["password"])
                figures.password_logins += 1
            if round_no in RESTART_ROUNDS:
                # An integration restart: a new session that only has the stored login token.
                await client.aclose()
                client = new_client()
                vehicles = []
                figures.restarts_from_login_token += 1
            if not vehicles:
                try:
                    vehicles = await connect(client)
                except RenaultError as error:
                    figures.setup_failures[type(error).__name__] += 1
                    vehicles = []
            # -- poll, act ---------------------------------------------------------------
            if vehicles:
                await _poll(vehicles, figures)
                for _ in range(ACTIONS_PER_ROUND):
                    await _act(rng.choice(vehicles), wire, figures, rng)
            else:
                figures.skipped_rounds += 1
            if os.environ.get("RELIABILITY_SOAK_TRACE"):
                print(
                    round_no,
                    f"{time.perf_counter() - started:.1f}",
                    dict(wire.statuses),
                    dict(wire.requests),
                )
            if round_no + 1 >= WARM_UP_ROUNDS:
                memory.append((figures.polls, _traced_now()))
            clock.value = fake.advance(rng.choice(POLL_INTERVALS))

        # -- recovery: faults off, one more poll must be entirely clean -------------------
        fake.set_faults(fault_rate=0.0, quota_per_minute=None, gigya_outage=False)
        clock.value = fake.advance(DEFAULT_RETRY_AFTER + 1)
        if not vehicles:
            vehicles = await connect(client)
        before = figures.clean_polls
        await _poll(vehicles, figures)
        final_clean = figures.clean_polls - before
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        await client.aclose()
    elapsed = time.perf_counter() - started
    simulated_hours = (clock.value - sim_start) / 3600

    polls_measured = memory[-1][0] - memory[0][0]
    growth = memory[-1][1] - memory[0][1]
    slope = _slope(memory)
    kamereon = wire.requests["kamereon"]
    faults_seen = sum(n for status, n in wire.statuses.items() if status not in (200,))
    report = [
        (
            f"soak: {ROUNDS} polls of a 10-vehicle account over {simulated_hours:.1f} simulated hours, "
            f"{elapsed:.1f} s real ({figures.skipped_rounds} polls skipped: account unreachable)"
        ),
        f"  vehicle refreshes {figures.polls} (fully clean {figures.clean_polls}), endpoint reads {figures.endpoint_reads}",
        (
            f"  requests: kamereon {kamereon}, gigya {sum(n for k, n in wire.requests.items() if k != 'kamereon')} "
            f"({dict(sorted((k, n) for k, n in wire.requests.items() if k != 'kamereon'))})"
        ),
        f"  kamereon answers by status: {dict(sorted(wire.statuses.items(), key=str))} (non-200: {faults_seen})",
        f"  errors surfaced per endpoint: {dict(figures.endpoint_errors.most_common())}",
        (
            f"  recoveries: JWT revocations {revocations}, new JWTs {wire.requests['accounts.getJWT']}, "
            f"restarts from the stored login token {figures.restarts_from_login_token}, "
            f"password logins {figures.password_logins} (initial + after the login-token revocation)"
        ),
        f"  actions: {dict(figures.actions)}",
        (
            f"  quota: sent during cool-down {len(wire.sent_during_cool_down)}, refused locally "
            f"(no request) counted in QuotaLimitError above"
        ),
        f"  setup retries after typed errors: {dict(figures.setup_failures)}",
        (
            f"  memory: traced peak {peak / 1024:.0f} KiB; after warm-up {growth / 1024:+.1f} KiB over "
            f"{polls_measured} vehicle polls, trend {slope:+.0f} B/poll (limit {MAX_GROWTH_PER_POLL}), "
            f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        ),
    ]
    with capsys.disabled():
        print("\n" + "\n".join(report))

    assert figures.unhandled == []
    assert figures.untyped == []
    assert wire.sent_during_cool_down == [], sorted(Counter(wire.sent_during_cool_down).items())
    assert figures.action_resends == []
    assert final_clean == len(vehicles) == 10, "the client did not recover once the faults stopped"
    assert slope <= MAX_GROWTH_PER_POLL, f"memory grows by {slope:.0f} B per vehicle poll"
    # The run really went through what it claims (otherwise the checks above prove nothing).
    for status in (401, 429, 500, 502, "timeout"):
        assert wire.statuses[status] > 0, f"no {status} answers were seen"
    # Every fault kind of the mix left its trace (a kind added to the fake without evidence here
    # fails the first assertion).
    evidence = {
        "http_502_html": wire.statuses[502],
        "failed_forward": wire.statuses[500],
        "invalid_upstream": wire.statuses[500],
        "truncated_body": figures.endpoint_errors["MalformedJsonError"],
        "slow_body": wire.statuses["timeout"],
        "jwt_revocation": wire.statuses[401],
        "empty_body": figures.endpoint_errors["EmptyResponseError"],
    }
    assert set(evidence) == set(FAULT_KINDS), "fault kinds without evidence in the soak"
    assert [kind for kind, seen in evidence.items() if not seen] == [], "fault kinds never seen"
    assert figures.endpoint_errors["QuotaLimitError"] > 0
    assert figures.endpoint_errors["LoginTokenExpiredError"] > 0
    assert wire.requests["accounts.getJWT"] > revocations
    assert wire.requests["accounts.login"] == figures.password_logins == 2
    assert figures.restarts_from_login_token >= 2
    assert figures.actions["failed on the wire (not retried)"] > 0
    assert figures.polls == (ROUNDS - figures.skipped_rounds + 1) * 10
