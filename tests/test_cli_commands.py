"""Every `renault` client command against the fake backend: human output, --json shape, exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from renault_ext.cli.testing import CliResult, isolated_environment, run_cli
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.server import FakeHandle, running_fake_backend

# Demo world (renault_ext/fake/demo.yaml): vehicles by their number in `renault vehicles`.
ZOE1, ZOE2, MEGANE, R5, SPRING, CAPTUR, CLIO = "1", "2", "3", "4", "5", "6", "7"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHandle]:
    with running_fake_backend(default_test_config()) as handle:
        yield handle


@pytest.fixture(scope="module")
def logged_in(fake: FakeHandle, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A credential file holding the demo user's login token (the password was typed on stdin)."""
    home = tmp_path_factory.mktemp("home")
    with isolated_environment(home, base_url=fake.base_url) as credentials:
        result = run_cli(
            ["login", "--email", fake.demo.email, "--password-stdin"],
            stdin=fake.demo.password + "\n",
        )
        assert result.exit_code == 0, result.stderr
        yield credentials


def cli(*argv: str) -> CliResult:
    result = run_cli(argv)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def ok_json(*argv: str) -> dict:
    result = cli(*argv, "--json")
    assert result.exit_code == 0, result.stderr + result.stdout
    return result.json()


# -- --fake: the README's first command -------------------------------------------------------


def test_fake_status_all_shows_every_demo_vehicle(tmp_path: Path) -> None:
    with isolated_environment(tmp_path):
        result = cli("--fake", "status", "--all")
    assert result.exit_code == 0, result.stderr
    for suffix in ("7001", "7002", "7003", "7004", "7005", "7006", "7007"):
        assert f"…{suffix}" in result.stdout
    assert "Battery level" in result.stdout and "Total mileage" in result.stdout
    assert "VF1AAAAA555777001" not in result.stdout


def test_fake_status_json_shape(tmp_path: Path) -> None:
    with isolated_environment(tmp_path):
        document = cli("--fake", "--json", "status", "--vin", ZOE2).json()
    assert document["command"] == "status"
    (entry,) = document["vehicles"]
    assert set(entry) == {"vehicle", "summary", "data", "errors"}
    assert entry["vehicle"]["model_code"] == "X102VE"
    assert (
        entry["summary"]["battery_level_percent"] == entry["data"]["battery-status"]["batteryLevel"]
    )
    # ZOE ph2 is the only model with tyre pressures; bar = mbar / 1000.
    assert entry["summary"]["tyre_pressure_bar"]["front_left"] == pytest.approx(
        entry["data"]["pressure"]["flPressure"] / 1000
    )


def test_status_says_when_the_hvac_status_is_not_the_cars(tmp_path: Path) -> None:
    """ZOE phase 1 always reports hvacStatus off (models.yaml flag hvac-status-always-off)."""
    with isolated_environment(tmp_path):
        zoe1 = cli("--fake", "--json", "status", "--vin", ZOE1).json()["vehicles"][0]["summary"]
        zoe2 = cli("--fake", "--json", "status", "--vin", ZOE2).json()["vehicles"][0]["summary"]
        human = cli("--fake", "status", "--vin", ZOE1).stdout
    assert zoe1["hvac_status"] == "off" and zoe1["hvac_status_reported"] is False
    assert "hvac_status" in zoe2 and "hvac_status_reported" not in zoe2
    assert "always reports off" in human


# -- selection and listing ------------------------------------------------------------------------


def test_accounts_and_vehicles(logged_in: Path, fake: FakeHandle) -> None:
    accounts = ok_json("accounts")["accounts"]
    assert [a["type"] for a in accounts] == ["MYRENAULT", "SFDC"]
    assert all(a["id"].startswith("<account:") for a in accounts)  # never in clear
    vehicles = ok_json("vehicles")["vehicles"]
    assert [v["vin_suffix"] for v in vehicles] == [vin[-4:] for vin in fake.demo.main.vins]
    human = cli("vehicles")
    assert "MEGANE E-TECH" in human.stdout and "…7003" in human.stdout


def test_several_vehicles_need_a_choice(logged_in: Path) -> None:
    result = cli("battery")
    assert result.exit_code == 2
    assert "Several vehicles could be meant" in result.stderr
    assert "--vin" in result.stderr and "…7005" in result.stderr


@pytest.mark.parametrize("selector", ["2", "7002", "X102VE"])
def test_vehicle_selection(logged_in: Path, selector: str) -> None:
    assert ok_json("cockpit", "--vin", selector)["vehicle"]["vin_suffix"] == "7002"


# -- reads ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["battery", "--vin", ZOE1], "batteryLevel"),
        (["cockpit", "--vin", CLIO], "totalMileage"),
        (["location", "--vin", MEGANE], "gpsLatitude"),
        (["tyres", "--vin", ZOE2], "flPressure"),
        (["details", "--vin", R5], "model"),
        (["charge", "mode", "--vin", ZOE1], "chargeMode"),
        (["charge", "settings", "--vin", ZOE2], "schedules"),
        (["charge", "settings", "--vin", R5], "chargeModeRq"),
        (["charge", "history", "--vin", ZOE1, "--period", "day"], "chargeSummaries"),
        (["charge", "sessions", "--vin", ZOE1], "charges"),
        (["charge", "schedule", "show", "--vin", ZOE2], "schedules"),
        (["charge", "schedule", "show", "--vin", R5], "chargeModeRq"),
        (["hvac", "status", "--vin", ZOE1], "hvacStatus"),
        (["hvac", "settings", "--vin", ZOE2], "schedules"),
        (["hvac", "history", "--vin", ZOE1], "hvacSessionsSummaries"),
        (["hvac", "sessions", "--vin", ZOE1], "hvacSessions"),
        (["hvac", "schedule", "show", "--vin", ZOE2], "schedules"),
        (["soc", "show", "--vin", MEGANE], "socTarget"),
    ],
)
def test_reads(logged_in: Path, argv: list[str], field: str) -> None:
    document = ok_json(*argv)
    assert set(document) >= {"command", "vehicle", "data"}
    data = document["data"]
    if field in ("hvacSessionsSummaries", "hvacSessions"):  # names differ between captures
        assert isinstance(data, dict)
    else:
        assert field in data, data
    human = cli(*argv)
    assert human.exit_code == 0 and "…" in human.stdout


def test_hvac_stop_warns_where_the_model_ignores_it(logged_in: Path) -> None:
    ignored = cli("hvac", "stop", "--vin", ZOE2)  # ZOE phase 2: cancel accepted, no effect
    assert ignored.exit_code == 0 and "known to ignore it" in ignored.stderr
    honoured = cli("hvac", "stop", "--vin", R5)  # action "stop" (kca-stop mode)
    assert honoured.exit_code == 0 and "known to ignore" not in honoured.stderr


def test_relative_dates_as_documented(logged_in: Path) -> None:
    # "-30d" starts with "-": argparse alone would take it for an option.
    document = ok_json("charge", "sessions", "--vin", ZOE1, "--from", "-30d", "--to", "today")
    assert document["command"] == "charge sessions"


def test_plates_are_masked_in_human_output_too(logged_in: Path) -> None:
    # By field name, as in --json: "REG-002" does not look secret as text.
    human = cli("details", "--vin", ZOE2).stdout
    assert "registrationNumber" in human and "<plate>" in human and "REG-" not in human


def test_charge_settings_command_name_is_stable(logged_in: Path) -> None:
    # Scripts key on "command"; which endpoint answered shows only in the human title.
    assert ok_json("charge", "settings", "--vin", ZOE2)["command"] == "charge settings"
    assert ok_json("charge", "settings", "--vin", R5)["command"] == "charge settings"
    assert "KCM ev/settings" in cli("charge", "settings", "--vin", R5).stdout


@pytest.mark.parametrize(
    ("argv", "records", "header"),
    [
        (["charge", "sessions", "--vin", ZOE1], "charges", "Battery at start"),
        (["charge", "history", "--vin", ZOE1], "chargeSummaries", "Month"),
    ],
)
def test_record_lists_are_tables_with_one_row_per_record(
    logged_in: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], records: str, header: str
) -> None:
    items = ok_json(*argv)["data"][records]
    assert items, "the demo car has no records to show"
    monkeypatch.setenv("COLUMNS", "250")  # headers unwrapped, one line per record
    human = cli(*argv)
    assert human.exit_code == 0
    assert f"{records}[0]" not in human.stdout  # not a Field/Value dump
    header_line = next(line for line in human.stdout.splitlines() if header in line)
    lines = human.stdout.splitlines()
    body = lines[lines.index(header_line) + 2 : -1]  # below the header rule, above the bottom
    assert len(body) == len(items)
    if records == "charges":  # durations normalised: minutes on ZOE phase 1 (X101VE)
        minutes = items[0]["chargeDuration"]
        assert f"{minutes // 60}:{minutes % 60:02d} h" in body[0]
    else:  # history totals are minutes on every model
        minutes = items[0]["totalChargesDuration"]
        assert f"{minutes // 60}:{minutes % 60:02d} h" in body[0]


def test_list_reads(logged_in: Path) -> None:
    alerts = ok_json("alerts", "--vin", R5)["data"]
    assert alerts and "alertCode" in alerts[0]
    assert "alertCode" in cli("alerts", "--vin", R5).stdout


def test_contracts(logged_in: Path) -> None:
    result = cli("contracts", "--vin", ZOE1, "--json")
    assert result.exit_code == 0, result.stdout
    assert isinstance(result.json()["data"], list)


def test_unsupported_endpoint_names_alternative(logged_in: Path) -> None:
    result = cli("charge", "stop", "--vin", R5, "--json")
    assert result.exit_code == 5
    error = result.json()
    assert error["error"] == "EndpointNotAvailableError" and "charger" in error["message"]
    # KCA charge-mode on a KCM model: the message points at KCM ev/settings.
    kcm = cli("charge", "mode", "--vin", R5)
    assert kcm.exit_code == 5 and "ev/settings" in kcm.stderr
    human = cli("lock-status", "--vin", ZOE1)
    assert human.exit_code == 5 and "not available" in human.stderr


# -- actions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "path_end", "attributes"),
    [
        (["charge", "start", "--vin", ZOE1], "/actions/charging-start", {"action": "start"}),
        (["charge", "stop", "--vin", SPRING], "/charge/pause-resume", {"action": "pause"}),
        (["charge", "start", "--vin", MEGANE, "--at", "+2h"], "/charge/start", {"action": "start"}),
        (
            ["charge", "mode", "set", "scheduled", "--vin", ZOE1],
            "/actions/charge-mode",
            {"action": "schedule_mode"},
        ),
        (
            ["hvac", "start", "--temperature", "20", "--vin", ZOE1],
            "/actions/hvac-start",
            {"action": "start", "targetTemperature": 20.0},
        ),
        (["hvac", "stop", "--vin", R5], "/actions/hvac-start", {"action": "stop"}),
        (["horn", "--vin", MEGANE], "/actions/horn-lights", {"action": "start", "target": "horn"}),
        (
            ["lights", "--vin", MEGANE],
            "/actions/horn-lights",
            {"action": "start", "target": "lights"},
        ),
        (["refresh-location", "--vin", R5], "/actions/refresh-location", None),
        (["soc", "set", "--min", "20", "--target", "85", "--vin", MEGANE], "/ev/soc-levels", None),
    ],
)
def test_actions_confirm_what_was_sent(
    logged_in: Path, argv: list[str], path_end: str, attributes: dict | None
) -> None:
    document = ok_json(*argv)
    sent = document["sent"][-1]
    assert sent["method"] == "POST" and sent["status"] == 200
    assert sent["path"].endswith(path_end)
    assert "<VIN:" in sent["path"]  # identifiers redacted in the confirmation
    if attributes is not None:
        sent_attributes = sent["body"]["data"]["attributes"]
        assert {k: sent_attributes.get(k) for k in attributes} == attributes
    assert "answer" in document
    human = cli(*argv)
    assert "sent     POST" in human.stdout and "answer" in human.stdout


def test_soc_set_rejects_bad_levels_before_sending(logged_in: Path) -> None:
    result = cli("soc", "set", "--min", "10", "--target", "80", "--vin", MEGANE, "--json")
    assert result.exit_code == 2
    assert result.json()["field"] == "min"


def _schedules(argv: list[str]) -> list[dict]:
    return ok_json(*argv)["schedules"]


@pytest.mark.parametrize("kind", ["charge", "hvac"])
def test_schedule_set_changes_only_the_named_schedule(logged_in: Path, kind: str) -> None:
    before = _schedules([kind, "schedule", "show", "--vin", ZOE2])
    spec = "T06:00Z,120" if kind == "charge" else "T06:00Z"
    document = ok_json(kind, "schedule", "set", "3", "--tuesday", spec, "--activate", "--vin", ZOE2)
    sent = document["sent"][-1]["body"]["data"]["attributes"]["schedules"]
    by_id = {s["id"]: s for s in sent}
    expected_day = (
        {"startTime": "T06:00Z", "duration": 120}
        if kind == "charge"
        else {"readyAtTime": "T06:00Z"}
    )
    assert by_id[3]["tuesday"] == expected_day and by_id[3]["activated"] is True
    for schedule in before:
        if schedule["id"] != 3:
            assert by_id[schedule["id"]] == schedule  # untouched, sent back as read
    after = _schedules([kind, "schedule", "show", "--vin", ZOE2])
    assert next(s for s in after if s["id"] == 3)["tuesday"] == expected_day

    toggled = ok_json(kind, "schedule", "deactivate", "3", "--vin", ZOE2)
    assert {
        s["id"]: s["activated"]
        for s in toggled["sent"][-1]["body"]["data"]["attributes"]["schedules"]
    }[3] is False


def test_schedule_toggle_unknown_id(logged_in: Path) -> None:
    result = cli("charge", "schedule", "activate", "9", "--vin", ZOE2)
    assert result.exit_code == 2


# -- raw http and probe -------------------------------------------------------------------------------


def test_http_get_and_post(logged_in: Path) -> None:
    base = "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter"
    got = ok_json("http", "get", base + "/v1/cars/{vin}/cockpit", "--vin", CLIO)
    assert got["data"]["data"]["attributes"]["totalMileage"] > 0
    body = '{"data": {"type": "HornLights", "attributes": {"action": "start", "target": "horn"}}}'
    posted = ok_json(
        "http", "post", base + "/v1/cars/{vin}/actions/horn-lights", body, "--vin", MEGANE
    )
    assert posted["data"]["data"]["attributes"]["target"] == "horn"
    assert cli("http", "post", base + "/x", "not json", "--vin", MEGANE).exit_code == 2
    # A path without {vin} needs no vehicle (the demo account has several: no --vin error).
    listed = ok_json("http", "get", "/commerce/v1/accounts/{account_id}/vehicles")
    assert len(listed["data"]["vehicleLinks"]) > 1


def test_probe(logged_in: Path) -> None:
    document = ok_json("probe", "--delay", "0", "--vin", R5)
    results = {r["operation"]: r for r in document["results"]}
    assert results["getCockpit"]["result"] == "ok"
    assert (
        results["getLockStatus"]["result"] == "failed"
        and results["getLockStatus"]["http_status"] == 403
    )
    entry = document["model_table_entry"]["R5E1VE"]["endpoints"]
    assert entry["cockpit"] == "default"
    assert entry["lock-status"]["unsupported"]["code"] == "err.func.wired.forbidden"
    assert entry["charge-schedule"] == "kcm-settings"  # routed mode kept, not "unsupported"
    human = cli("probe", "--delay", "0", "--vin", R5)
    assert "Model table entry" in human.stdout and "R5E1VE:" in human.stdout


def test_probe_stopped_by_quota_does_not_call_the_endpoint_unsupported(
    logged_in: Path, fake: FakeHandle
) -> None:
    fake.controls.set_faults(quota_per_minute=4)
    try:
        result = cli("probe", "--delay", "0", "--vin", R5, "--json")
    finally:
        fake.controls.clear_faults()
    assert result.exit_code == 4, result.stderr
    document = json.loads(result.stdout)
    assert document["stopped_by_quota"] is True
    hit = [r for r in document["results"] if r["http_status"] == 429]
    assert hit and all(r["result"] == "transient" for r in hit)
    entry = document["model_table_entry"]["R5E1VE"]["endpoints"]
    assert not any(
        isinstance(v, dict) and v["unsupported"].get("status") == 429 for v in entry.values()
    )


# -- failures -------------------------------------------------------------------------------------------


def test_quota_error_says_when_to_retry(logged_in: Path, fake: FakeHandle) -> None:
    fake.controls.set_faults(quota_per_minute=1)
    try:
        results = [cli("cockpit", "--vin", CLIO, "--json") for _ in range(3)]
    finally:
        fake.controls.clear_faults()
    failed = [r for r in results if r.exit_code != 0]
    assert failed and all(r.exit_code == 4 for r in failed)
    error = failed[0].json()
    assert error["error"] == "QuotaLimitError" and "retry" in error["hint"].lower()


def test_debug_shows_a_redacted_traceback(logged_in: Path, fake: FakeHandle) -> None:
    result = run_cli(["charge", "stop", "--vin", R5, "--debug"])
    assert result.exit_code == 5
    assert "Traceback" in result.stderr
    for vin in fake.demo.main.vins:
        assert vin not in result.stderr


def test_not_logged_in(tmp_path: Path, fake: FakeHandle) -> None:
    with isolated_environment(tmp_path, base_url=fake.base_url):
        result = cli("vehicles")
    assert result.exit_code == 3 and "renault login" in result.stderr


def test_usage_errors() -> None:
    assert cli("charge").exit_code == 2
    assert cli("charge", "mode", "set", "sometimes").exit_code == 2
