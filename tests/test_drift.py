"""Unknown fields from Renault are kept by the parser and reported once, without their values."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from spec_catalog import FIXTURES
from test_client_support import VIN_BY_MODEL, logged_in_client

from renault_ext.drift import DriftReporter


def _battery_body(**extra: object) -> bytes:
    body = json.loads((FIXTURES / "getBatteryStatus" / "charging.json").read_text())
    body["data"]["attributes"].update(extra)
    return json.dumps(body).encode()


def test_a_new_property_is_reported_once_without_its_value(caplog) -> None:
    reporter = DriftReporter()
    with caplog.at_level(logging.WARNING, logger="renault_ext.drift"):
        first = reporter.observe(
            "getBatteryStatus", 200, _battery_body(secretNewField="VF1ZZZZZ123456789")
        )
        again = reporter.observe("getBatteryStatus", 200, _battery_body(secretNewField="other"))
    assert [p.pointer for p in first] == ["/data/attributes/secretNewField"]
    assert again == []
    assert len(caplog.records) == 1
    assert "secretNewField" in caplog.text and "VF1ZZZZZ123456789" not in caplog.text


def test_a_described_answer_reports_nothing(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="renault_ext.drift"):
        assert DriftReporter().observe("getBatteryStatus", 200, _battery_body()) == []
    assert not caplog.records


def test_a_broken_check_never_breaks_the_call() -> None:
    assert DriftReporter().observe("noSuchOperation", 200, b"{}") == []


def test_a_full_backlog_skips_checks_instead_of_queueing_bodies() -> None:
    reporter = DriftReporter(max_backlog=0)
    reporter.submit("getBatteryStatus", 200, _battery_body())
    assert reporter.skipped == 1
    reporter.close()


# -- through a session, against the fake backend -------------------------------------------------
class _AddsAField(httpx.AsyncBaseTransport):
    """Renault starts sending a new property in battery-status answers."""

    def __init__(self, value: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.value = value

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not request.url.path.endswith("/battery-status") or response.status_code != 200:
            return response
        body = json.loads(await response.aread())
        body["data"]["attributes"]["brandNewGauge"] = self.value
        return httpx.Response(200, headers={"content-type": "application/json"}, json=body)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _battery_through_session(fake_backend, caplog, *, wait: str) -> tuple[object, str]:
    secret_value = "VF1ZZZZZ987654321"
    client = await logged_in_client(fake_backend, http_transport=_AddsAField(secret_value))
    account = await client.get_api_account(fake_backend.demo.main.account_ids[0])
    vehicle = await account.get_api_vehicle(VIN_BY_MODEL["XCB1VE"])
    with caplog.at_level(logging.WARNING, logger="renault_ext.drift"):
        battery = await vehicle.get_battery_status()
        if wait == "drift_checks_done":
            await client.session.drift_checks_done()
            await client.aclose()
        else:
            await client.aclose()  # a one-shot script: closing still lets the check report
    return battery, secret_value


@pytest.mark.parametrize("wait", ["drift_checks_done", "aclose"])
async def test_a_live_answer_with_a_new_property_is_parsed_and_reported(
    fake_backend, caplog, wait: str
) -> None:
    battery, secret_value = await _battery_through_session(fake_backend, caplog, wait=wait)
    assert battery.additional_properties["brandNewGauge"] == secret_value  # kept, not dropped
    drift = [r for r in caplog.records if r.name == "renault_ext.drift"]
    assert len(drift) == 1
    assert "getBatteryStatus" in drift[0].getMessage()
    assert "/data/attributes/brandNewGauge" in drift[0].getMessage()
    assert secret_value not in caplog.text
    # The check ran on the reporter's worker thread, not on the event loop.
    assert drift[0].threadName.startswith("renault-drift")
