"""Pure helpers of the CLI: time arguments, schedule editing, masking, trace scrubbing, exit codes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from renault_ext.cli import failures, schedules
from renault_ext.cli.common import flatten, parse_when
from renault_ext.cli.context import RecordingRedactor
from renault_ext.cli.failures import CliError
from renault_ext.cli.selection import mask
from renault_ext.errors import EndpointNotAvailableError, InvalidCredentialsError, QuotaLimitError

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("+30m", NOW + timedelta(minutes=30)),
    ("2h", NOW + timedelta(hours=2)),
    ("13:15", NOW.replace(hour=13, minute=15)),
    ("11:00", NOW.replace(hour=11) + timedelta(days=1)),  # already past today: tomorrow
    ("2026-03-11T08:00:00+00:00", datetime(2026, 3, 11, 8, 0, tzinfo=UTC)),
])
def test_parse_when(text: str, expected: datetime) -> None:
    assert parse_when(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["soon", "25:00", "+3w"])
def test_parse_when_rejects(text: str) -> None:
    with pytest.raises(CliError):
        parse_when(text, now=NOW)


def test_schedule_edit_touches_only_one_schedule() -> None:
    read = schedules.normalise([
        {"id": 1, "activated": True, "monday": {"startTime": "T01:01Z", "duration": 30}, "extra": "x"},
        {"id": 2, "activated": False},
    ], schedules.CHARGE_DAY_FIELDS)
    assert read[0]["tuesday"] is None and "extra" not in read[0]
    edited = schedules.edit(read, 2, days={"friday": {"startTime": "T02:00Z", "duration": 60}}, activated=True)
    assert edited[0] == read[0]
    assert edited[1]["friday"] == {"startTime": "T02:00Z", "duration": 60} and edited[1]["activated"] is True
    assert read[1]["friday"] is None  # the input is not modified
    created = schedules.edit(read, 4, activated=False)
    assert [s["id"] for s in created] == [1, 2, 4]
    with pytest.raises(CliError):
        schedules.edit(read, 4, activated=True, allow_new=False)


def test_mask_and_flatten() -> None:
    assert mask("VF1AAAAA555777001") == "…7001" and mask(None) == "-"
    assert flatten({"a": {"b": 1}, "c": [1, 2], "d": [{"e": None}]}) == [
        ("a.b", 1), ("c", "1, 2"), ("d[0].e", None)]


def test_trace_log_replaces_known_secrets_as_it_writes(tmp_path: Path) -> None:
    from renault_ext.traces.logfile import TraceWriter

    redactor = RecordingRedactor()
    redactor.add_secret("VF1AAAAA555777001", "vin")
    log = tmp_path / "trace.jsonl"
    with TraceWriter(log, known_secrets=redactor.known) as writer:
        # Learned after the writer was opened, as the session learns account ids mid-command.
        redactor.add_secret("demo-secret-password", "password")
        writer.write_exchange(
            method="POST", url="https://h/accounts/account-id-demo-1/cars/VF1AAAAA555777001",
            status=200, request_body="loginID=me%40example.com",
            request_headers={"content-type": "application/x-www-form-urlencoded"},
            response_body='{"note": "someone@example.org said demo-secret-password"}',
        )
        text = log.read_text()  # safe while still open: nothing is rewritten afterwards
    for secret in ("VF1AAAAA555777001", "account-id-demo-1", "me%40example.com", "me@example.com",
                   "someone@example.org", "demo-secret-password"):
        assert secret not in text
    record = json.loads(text.splitlines()[1])
    assert len(record["url"].rsplit("/", 1)[1]) == 17  # still VIN-shaped for the validator


def test_exit_codes() -> None:
    assert failures.describe(QuotaLimitError(retry_after=30)).exit_code == failures.QUOTA
    stale = failures.describe(InvalidCredentialsError(403042, "invalid", "accounts.login"))
    assert stale.exit_code == failures.AUTH and "gigya-api-key" in stale.hint
    missing = failures.describe(EndpointNotAvailableError("charge-mode", "R5E1VE", alternative="KCM ev/settings"))
    assert missing.exit_code == failures.NOT_AVAILABLE
    assert failures.describe(ValueError("bug")) is None  # shown as an internal error (70)
