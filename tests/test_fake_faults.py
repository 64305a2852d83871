"""Fake backend: every fault kind, latency, quotas and Gigya outages."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from renault_ext.fake import FAULT_KINDS, FakeHandle, Faults
from renault_ext.fake.testing import RawSession


@pytest.fixture
def s(fake_backend: FakeHandle) -> Iterator[RawSession]:
    with RawSession(fake_backend, auto_refresh=False).login() as session:
        yield session


def cockpit(s: RawSession) -> httpx.Response:
    return s.get(s.kca(s.fake.demo.main.vins[0], "cockpit"))


def test_no_faults_by_default(s: RawSession) -> None:
    assert all(cockpit(s).status_code == 200 for _ in range(20))


def test_http_502_html(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=("http_502_html",))
    response = cockpit(s)
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in response.text


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        ("failed_forward", 502, "err.tech.wired.kamereon-proxy"),
        ("invalid_upstream", 500, "err.tech.500"),
    ],
)
def test_kamereon_error_faults(
    fake_backend: FakeHandle, s: RawSession, kind: str, status: int, code: str
) -> None:
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=(kind,))
    response = cockpit(s)
    assert response.status_code == status
    assert response.json()["errors"][0]["errorCode"] == code


def test_truncated_body(fake_backend: FakeHandle, s: RawSession) -> None:
    full = cockpit(s).content
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=("truncated_body",))
    response = cockpit(s)
    assert response.status_code == 200
    assert 0 < len(response.content) < len(full)
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_empty_body(fake_backend: FakeHandle, s: RawSession) -> None:
    assert cockpit(s).content  # a normal answer first: the fault, not the operation, empties it
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=("empty_body",))
    response = cockpit(s)
    assert response.status_code == 200
    assert response.content == b""
    assert "json" in response.headers["content-type"]
    assert "empty_body" in FAULT_KINDS  # part of the default mix (drawn by a plain fault_rate)


def test_slow_body(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=("slow_body",), slow_body_seconds=0.5)
    start = time.perf_counter()
    response = cockpit(s)
    assert time.perf_counter() - start >= 0.4
    assert response.json()["data"]["id"] == s.fake.demo.main.vins[0]


def test_jwt_revocation_fault_sticks(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(fault_rate=1.0, kinds=("jwt_revocation",))
    assert cockpit(s).status_code == 401
    fake_backend.controls.clear_faults()
    assert cockpit(s).status_code == 401  # that JWT stays revoked
    s.fetch_jwt()
    assert cockpit(s).status_code == 200


def test_per_operation_rate(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(per_operation={"getCockpit": 1.0}, kinds=("failed_forward",))
    assert cockpit(s).status_code == 502
    vin = s.fake.demo.main.vins[0]
    assert s.get(s.kca(vin, "hvac-status")).status_code == 200


def test_fault_rate_is_roughly_respected(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(fault_rate=0.3, kinds=("invalid_upstream",))
    failures = sum(cockpit(s).status_code == 500 for _ in range(100))
    assert 10 <= failures <= 55


def test_latency_with_jitter(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(latency_ms=150, jitter_ms=20)
    start = time.perf_counter()
    cockpit(s)
    assert time.perf_counter() - start >= 0.125


def test_quota_per_account(fake_backend: FakeHandle, s: RawSession) -> None:
    fake_backend.controls.set_faults(quota_per_minute=3)
    statuses = [cockpit(s).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    body = cockpit(s).json()
    assert body["errors"][0]["errorCode"] == "err.func.wired.overloaded"
    with RawSession(fake_backend).login("other@example.com", "other-password") as other:
        vin = fake_backend.demo.user("other@example.com").vins[0]
        account = fake_backend.demo.user("other@example.com").account_ids[0]
        assert other.get(other.kca(vin, "cockpit", account_id=account)).status_code == 200
    fake_backend.controls.advance(61)  # the window is a simulated minute
    s.fetch_jwt()
    assert cockpit(s).status_code == 200


def test_gigya_outage(fake_backend: FakeHandle) -> None:
    fake_backend.controls.gigya_outage(True)
    response = httpx.post(f"{fake_backend.base_url}/accounts.login", data={"loginID": "x"})
    assert response.status_code == 503
    assert "html" in response.headers["content-type"]
    fake_backend.controls.gigya_outage(False)
    with RawSession(fake_backend).login() as s:
        assert s.jwt


def test_faults_over_http_endpoint(fake_backend: FakeHandle, s: RawSession) -> None:
    response = s.client.post(
        "/_fake/faults", json={"fault_rate": 1.0, "kinds": ["invalid_upstream"]}
    )
    assert response.status_code == 200 and response.json()["fault_rate"] == 1.0
    assert cockpit(s).status_code == 500
    assert s.client.post("/_fake/faults", json={"bogus": 1}).status_code == 400


def test_fault_kinds_are_all_covered() -> None:
    assert set(Faults().kinds) == set(FAULT_KINDS)
    assert set(FAULT_KINDS) == {
        "http_502_html",
        "failed_forward",
        "invalid_upstream",
        "truncated_body",
        "slow_body",
        "jwt_revocation",
        "empty_body",
    }


def test_fault_settings_are_checked(fake_backend: FakeHandle) -> None:
    with pytest.raises(ValueError, match="bogus"):
        fake_backend.controls.set_faults(kinds=["http_502_html", "bogus"])
    with pytest.raises(ValueError, match="fault_rate"):
        fake_backend.controls.set_faults(fault_rate=5)
    assert fake_backend.controls.set_faults(kinds=["empty_body"]).kinds == ("empty_body",)
    fake_backend.controls.clear_faults()
