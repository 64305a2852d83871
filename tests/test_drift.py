"""Unknown fields from Renault are kept by the parser and reported once, without their values."""

from __future__ import annotations

import json
import logging

from spec_catalog import FIXTURES

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
