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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+30m", NOW + timedelta(minutes=30)),
        ("2h", NOW + timedelta(hours=2)),
        ("13:15", NOW.replace(hour=13, minute=15)),
        ("11:00", NOW.replace(hour=11) + timedelta(days=1)),  # already past today: tomorrow
        ("2026-03-11T08:00:00+00:00", datetime(2026, 3, 11, 8, 0, tzinfo=UTC)),
    ],
)
def test_parse_when(text: str, expected: datetime) -> None:
    assert parse_when(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["soon", "25:00", "+3w"])
def test_parse_when_rejects(text: str) -> None:
    with pytest.raises(CliError):
        parse_when(text, now=NOW)


def test_schedule_edit_touches_only_one_schedule() -> None:
    read = schedules.normalise(
        [
            {
                "id": 1,
                "activated": True,
                "monday": {"startTime": "T01:01Z", "duration": 30},
                "extra": "x",
            },
            {"id": 2, "activated": False},
        ],
        schedules.CHARGE_DAY_FIELDS,
    )
    assert read[0]["tuesday"] is None and "extra" not in read[0]
    edited = schedules.edit(
        read, 2, days={"friday": {"startTime": "T02:00Z", "duration": 60}}, activated=True
    )
    assert edited[0] == read[0]
    assert (
        edited[1]["friday"] == {"startTime": "T02:00Z", "duration": 60}
        and edited[1]["activated"] is True
    )
    assert read[1]["friday"] is None  # the input is not modified
    created = schedules.edit(read, 4, activated=False)
    assert [s["id"] for s in created] == [1, 2, 4]
    with pytest.raises(CliError):
        schedules.edit(read, 4, activated=True, allow_new=False)


def test_mask_and_flatten() -> None:
    assert mask("VF1AAAAA555777001") == "…7001" and mask(None) == "-"
    assert flatten({"a": {"b": 1}, "c": [1, 2], "d": [{"e": None}]}) == [
        ("a.b", 1),
        ("c", "1, 2"),
        ("d[0].e", None),
    ]


def test_trace_log_replaces_known_secrets_as_it_writes(tmp_path: Path) -> None:
    from renault_ext.traces.logfile import TraceWriter

    redactor = RecordingRedactor()
    redactor.add_secret("VF1AAAAA555777001", "vin")
    log = tmp_path / "trace.jsonl"
    with TraceWriter(log, known_secrets=redactor.known) as writer:
        # Learned after the writer was opened, as the session learns account ids mid-command.
        redactor.add_secret("demo-secret-password", "password")
        writer.write_exchange(
            method="POST",
            url="https://h/accounts/account-id-demo-1/cars/VF1AAAAA555777001",
            status=200,
            request_body="loginID=me%40example.com",
            request_headers={"content-type": "application/x-www-form-urlencoded"},
            response_body='{"note": "someone@example.org said demo-secret-password"}',
        )
        text = log.read_text()  # safe while still open: nothing is rewritten afterwards
    for secret in (
        "VF1AAAAA555777001",
        "account-id-demo-1",
        "me%40example.com",
        "me@example.com",
        "someone@example.org",
        "demo-secret-password",
    ):
        assert secret not in text
    record = json.loads(text.splitlines()[1])
    assert len(record["url"].rsplit("/", 1)[1]) == 17  # still VIN-shaped for the validator


class _KeyOverridden:
    """Settings whose Gigya key is not the shipped one (describe() asks nothing else)."""

    def __init__(self, source: str = "argument") -> None:
        self.sources = {"gigya_api_key": source}

    def uses_shipped(self, name: str) -> bool:
        return name != "gigya_api_key"


def test_exit_codes() -> None:
    assert failures.describe(QuotaLimitError(retry_after=30)).exit_code == failures.QUOTA
    stale = failures.describe(InvalidCredentialsError(403042, "invalid", "accounts.login"))
    # The stale-key advice is in the message itself; the hint is only for a non-shipped key.
    assert stale.exit_code == failures.AUTH and "gigya-api-key" in stale.message
    assert stale.hint is None
    overridden = failures.describe(
        InvalidCredentialsError(403042, "invalid", "accounts.login"),
        settings=_KeyOverridden(),
    )
    assert "--unset gigya-api-key" in overridden.hint
    from_env = failures.describe(
        InvalidCredentialsError(403042, "invalid", "accounts.login"),
        settings=_KeyOverridden("env"),
    )
    assert "unset RENAULT_GIGYA_API_KEY" in from_env.hint
    missing = failures.describe(
        EndpointNotAvailableError("charge-mode", "R5E1VE", alternative="KCM ev/settings")
    )
    assert missing.exit_code == failures.NOT_AVAILABLE
    assert failures.describe(ValueError("bug")) is None  # shown as an internal error (70)


# -- argument checks that run before any request (prepare steps) --------------------------------


def test_period_bounds_checks_dates_and_period() -> None:
    from argparse import Namespace

    from renault_ext.cli.common import period_bounds
    from renault_ext.errors import InvalidInputError

    assert period_bounds(Namespace(start="2024-04-01", end="2024-05-01", period="day")) == (
        datetime(2024, 4, 1),
        datetime(2024, 5, 1),
    )
    with pytest.raises(
        CliError, match=r"--from \(2024-05-01\) must not be after --to \(2024-04-01\)"
    ):
        period_bounds(Namespace(start="2024-05-01", end="2024-04-01", period="day"))
    with pytest.raises(CliError, match="^--to: expected a date"):
        period_bounds(Namespace(start="-30d", end="someday"))
    with pytest.raises(InvalidInputError, match="period"):
        period_bounds(Namespace(start="-30d", end="today", period="year"))


def test_future_when_refuses_past_times() -> None:
    from renault_ext.cli.common import future_when
    from renault_ext.errors import InvalidInputError

    assert future_when(None) is None
    assert future_when("+30m") > datetime.now(UTC)
    with pytest.raises(InvalidInputError, match="--at must be in the future") as caught:
        future_when("2020-01-01T10:00:00Z")
    assert caught.value.field == "--at"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["soc", "set", "--min", "10", "--target", "80"], "min must be between 15 and 45"),
        (["hvac", "start", "--temperature", "40"], "temperature must be between"),
        (["hvac", "start", "--at", "2020-01-01T10:00:00Z"], "--at must be in the future"),
        (["charge", "start", "--at", "25:99"], "is not a time of day"),
        (
            ["charge", "schedule", "set", "9", "--monday", "T07:00Z,60"],
            "schedule id must be between 1 and 5",
        ),
        (["charge", "schedule", "activate", "0"], "schedule id must be between 1 and 5"),
        (["hvac", "schedule", "set", "2", "--friday", "T06:61Z"], "friday: minutes"),
        (
            ["hvac", "sessions", "--from", "2024-05-01", "--to", "2024-04-01"],
            "must not be after --to",
        ),
        (["http", "get", "https://evil.example.com/x"], "PATH must be a Kamereon path"),
        (["http", "post", "/commerce/v1/x", "{nope"], "BODY is not valid JSON"),
        (["http", "post", "/commerce/v1/x", "@/nonexistent/body.json"], "BODY: cannot read"),
    ],
)
def test_vehicle_independent_arguments_are_checked_first(
    tmp_path: Path, argv: list[str], message: str
) -> None:
    """Exit code 2 before anything starts: with --fake, not even the fake backend (its banner is
    the first thing it prints), and without credentials no 'not logged in' error."""
    from renault_ext.cli.testing import isolated_environment, run_cli

    with isolated_environment(tmp_path):
        for extra in (["--fake"], []):
            result = run_cli([*extra, *argv, "--json"])
            assert result.exit_code == failures.USAGE, result.stderr
            assert message in result.stderr
            assert "Demo data" not in result.stderr and "logged in" not in result.stderr
            assert json.loads(result.stdout)["exit_code"] == failures.USAGE


# -- record tables ----------------------------------------------------------------------------------
def test_column_labels_drop_the_words_every_column_shares() -> None:
    from renault_ext.cli.common import column_labels

    assert column_labels(["chargeStartDate", "chargeEndDate", "chargeDuration"]) == [
        "Start date",
        "End date",
        "Duration",
    ]
    assert column_labels(["hvacSessionStartDate", "hvacSessionDuration"]) == [
        "Start date",
        "Duration",
    ]
    assert column_labels(["month", "totalChargesNumber"]) == ["Month", "Total charges number"]
    assert column_labels(["chargeDuration"]) == ["Charge duration"]  # one column keeps its words


def test_records_are_split_from_fields_and_flattened_by_key_of_first_appearance() -> None:
    from datetime import datetime

    from renault_ext.cli.common import record_rows, split_records

    fields, records = split_records(
        {
            "total": 2,
            "empty": [],
            "items": [{"a": 1, "when": "2026-11-03T20:08:53Z"}, {"b": {"c": 3}, "a": 2}],
        }
    )
    assert fields == {"total": 2, "empty": []}
    columns, rows = record_rows(records["items"])
    assert columns == ["a", "when", "b.c"]
    assert rows[0][:1] == [1] and isinstance(rows[0][1], datetime) and rows[0][2] is None
    assert rows[1] == [2, None, 3]


def test_version_is_printed_on_stdout_and_read_only_when_asked() -> None:
    import subprocess
    import sys

    from renault_ext.cli import _version
    from renault_ext.cli.testing import run_cli

    result = run_cli(["--version"])
    assert (result.exit_code, result.stdout) == (0, f"renault {_version()}\n")
    code = "import sys; from renault_ext.cli import build_parser; build_parser(); print('importlib.metadata' in sys.modules)"
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "False"


@pytest.mark.parametrize(
    "argv",
    [
        ["login", "--email", "me@example.test", "--password", "Hunter2!secret"],
        ["login", "--email", "me@example.test", "--password=Hunter2!secret"],
    ],
)
def test_a_mistyped_password_option_is_not_echoed(argv: list[str]) -> None:
    from renault_ext.cli.testing import run_cli

    result = run_cli(argv)
    assert result.exit_code == 2
    assert "error:" in result.stderr and "value" in result.stderr
    assert "Hunter2!secret" not in result.stdout + result.stderr


def test_a_closed_output_pipe_is_not_reported_as_a_bug(tmp_path) -> None:
    """`renault --fake status --all | head -1`: the reader goes away early."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "HOME": str(tmp_path), "COLUMNS": "80"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "renault_ext", "--fake", "status", "--all"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the first table is written (the fake takes a moment to start)
    errors = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 70
    assert "internal error" not in errors and "Traceback" not in errors


def test_log_trace_hides_the_fields_the_spec_marks_personal(tmp_path: Path) -> None:
    from renault_ext.cli.context import _trace_writer

    log = tmp_path / "trace.jsonl"
    body = {"contracts": [{"contractId": "CTR-998877665544", "dealerNumber": "FR-7501234"}]}
    with _trace_writer(str(log), {}) as writer:
        writer.write_exchange(
            method="GET",
            url="https://h/commerce/v1/accounts/a/vehicles/v/contracts",
            status=200,
            response_body=json.dumps(body),
        )
    text = log.read_text()
    assert "contractId" in text  # the exchange was written
    assert "CTR-998877665544" not in text and "FR-7501234" not in text


def test_closed_stdin_and_closed_stdout_are_not_bugs(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    env.pop("RENAULT_LOCALE", None)
    # `renault login < /dev/null` (cron, a script): the question cannot be answered.
    login = subprocess.run(
        [sys.executable, "-m", "renault_ext", "login", "--credentials", str(tmp_path / "c.json")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert login.returncode == 2 and "standard input is" in " ".join(login.stderr.split())
    assert "Traceback" not in login.stderr
    # `renault validate --json DIR | head -1`: the reader goes away.
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    proc = subprocess.Popen(
        [sys.executable, "-m", "renault_ext", "validate", "--json", str(fixtures)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    errors = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_argparse_errors_do_not_quote_a_vin(tmp_path) -> None:
    from renault_ext.cli.testing import run_cli as run

    result = run(["charge", "schedule", "set", "VF1ZZZZZ512345678", "--vin", "1"])
    assert result.exit_code == 2 and "VF1ZZZZZ512345678" not in result.stderr
