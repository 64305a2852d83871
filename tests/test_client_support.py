"""Helpers shared by the tests/test_client_*.py modules (no tests here).

The client is pointed at an embedded fake backend; every exchange it makes is recorded through the
session's ``exchange_sink`` so tests can count requests per operation without touching the fake.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from renault_ext.client import RenaultClient
from renault_ext.fake import FakeHandle
from renault_ext.model_table import load_model_table
from renault_ext.retry import RetryPolicy
from renault_ext.vehicle import RenaultVehicle

# Demo fleet of renault_ext/fake/demo.yaml (account account-id-demo-1).
VIN_BY_MODEL = {
    "X101VE": "VF1AAAAA555777001",
    "X102VE": "VF1AAAAA555777002",
    "XCB1VE": "VF1AAAAA555777003",
    "R5E1VE": "VF1AAAAA555777004",
    "XBG1VE": "VF1AAAAA555777005",
    "XJB1SU": "VF1AAAAA555777006",
    "XJA2VP": "VF1AAAAA555777007",
}
FAST_RETRY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)
# Parsing models.yaml takes a noticeable time; clients of these tests share one table (a test
# about the table's warn-once state builds its own).
SHARED_TABLE = load_model_table()


@dataclass
class Exchanges:
    """Every HTTP exchange the client completed (method, path, status)."""

    seen: list[tuple[str, str, int]] = field(default_factory=list)

    def __call__(self, response: httpx.Response, elapsed: float) -> None:
        self.seen.append((response.request.method, response.request.url.path, response.status_code))

    def count(self, fragment: str = "", method: str | None = None) -> int:
        return sum(
            1 for m, path, _ in self.seen if fragment in path and (method is None or m == method)
        )

    def statuses(self, fragment: str = "") -> list[int]:
        return [status for _, path, status in self.seen if fragment in path]

    def paths(self) -> Counter[str]:
        return Counter(path.rsplit("/", 1)[-1] for _, path, _ in self.seen)

    def clear(self) -> None:
        self.seen.clear()


def make_client(fake: FakeHandle, **options: Any) -> RenaultClient:
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("model_table", SHARED_TABLE)
    return RenaultClient(
        locale="fr_FR", gigya_url=fake.base_url, kamereon_url=fake.base_url, **options
    )


async def logged_in_client(fake: FakeHandle, **options: Any) -> RenaultClient:
    client = make_client(fake, **options)
    await client.session.login(fake.demo.email, fake.demo.password)
    return client


def reset_fake(fake: FakeHandle) -> None:
    """Undo what a test of a shared fake may have switched on."""
    fake.controls.clear_faults()
    fake.controls.gigya_outage(False)
    fake.controls.reset_tfa(fake.demo.tfa_user.email)


async def vehicle_of(client: RenaultClient, fake: FakeHandle, model: str) -> RenaultVehicle:
    """The demo vehicle of ``model``, through the account listing (details pre-filled)."""
    account = await client.get_api_account(fake.demo.main.account_ids[0])
    for vehicle in await account.get_api_vehicles():
        if vehicle.vin == VIN_BY_MODEL[model]:
            return vehicle
    raise AssertionError(f"no demo vehicle of model {model}")
