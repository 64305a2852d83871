"""Unit normalisation and open enumerations."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renault_ext.errors import InvalidInputError
from renault_ext.units import (
    ChargeMode,
    ChargeState,
    PlugStatus,
    Quantity,
    UnknownValue,
    charge_mode_wire_value,
    charge_session_duration,
    charging_power,
    charging_power_kw,
    effective_charge_state,
    history_query_date,
    minutes_duration,
    parse_schedule_time,
    parse_timestamp,
    schedule_end_time,
    sessions_query_date,
    tyre_pressure_bar,
)

VEHICLE_DATA = Path("/work/shared/reference/renault-api-fixtures/kamereon/vehicle_data")


@pytest.mark.parametrize(
    ("raw", "watts", "expected"),
    [(27.0, False, 27.0), (3100, True, 3.1), (0, True, 0.0), (None, True, None), (7, False, 7.0)],
)
def test_charging_power_kw(raw: float | None, watts: bool, expected: float | None) -> None:
    assert charging_power_kw(raw, reports_in_watts=watts) == expected


def test_charging_power_keeps_raw() -> None:
    assert charging_power(3100, reports_in_watts=True) == Quantity(3100, 3.1, "kW")


def test_durations() -> None:
    assert charge_session_duration(30, in_minutes=True) == timedelta(minutes=30)
    assert charge_session_duration(1800, in_minutes=False) == timedelta(minutes=30)
    assert charge_session_duration(None, in_minutes=False) is None
    assert minutes_duration(145) == timedelta(hours=2, minutes=25)


def test_tyre_pressure() -> None:
    assert tyre_pressure_bar(2460) == 2.46
    assert tyre_pressure_bar(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-12T21:40:16Z", datetime(2020, 1, 12, 21, 40, 16, tzinfo=UTC)),
        ("2020-11-17T09:06:48+01:00", datetime(2020, 11, 17, 8, 6, 48, tzinfo=UTC)),
        ("2020-11-17T09:06:48+0100", datetime(2020, 11, 17, 8, 6, 48, tzinfo=UTC)),
        ("2025-12-30T17:03:18.644879Z", datetime(2025, 12, 30, 17, 3, 18, 644879, tzinfo=UTC)),
        ("2025-04-15T12:06:32.266Z", datetime(2025, 4, 15, 12, 6, 32, 266000, tzinfo=UTC)),
        ("2025-04-15T12:06:32.2661234Z", datetime(2025, 4, 15, 12, 6, 32, 266123, tzinfo=UTC)),
        ("2021-03-04T05:06:07", datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)),
    ],
)
def test_parse_timestamp(text: str, expected: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is not None


def test_parse_timestamp_edge_cases() -> None:
    assert parse_timestamp(None) is None
    assert parse_timestamp("") is None
    naive = datetime(2021, 1, 1, 12)
    assert parse_timestamp(naive) == naive.replace(tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_timestamp("yesterday")


@pytest.mark.skipif(not VEHICLE_DATA.is_dir(), reason="reference fixtures not available")
def test_every_fixture_timestamp_parses() -> None:
    seen = 0
    for path in VEHICLE_DATA.glob("*.json"):
        attributes = json.loads(path.read_text()).get("data", {}).get("attributes") or {}
        for key in ("timestamp", "lastUpdateTime", "chargingRemainingTimeLastUpdateDateTime"):
            if isinstance(attributes.get(key), str):
                assert parse_timestamp(attributes[key]).tzinfo is not None
                seen += 1
    assert seen > 5


@pytest.mark.parametrize(
    ("raw", "member"),
    [(0, PlugStatus.UNPLUGGED), (1, PlugStatus.PLUGGED), (-1, PlugStatus.PLUG_ERROR),
     (-2147483648, PlugStatus.PLUG_UNKNOWN), (1.0, PlugStatus.PLUGGED)],
)  # fmt: skip
def test_plug_status_known(raw: int, member: PlugStatus) -> None:
    assert PlugStatus.from_raw(raw) is member


@pytest.mark.parametrize("raw", [3, 2.5, "plugged"])
def test_plug_status_unknown_is_kept(raw: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        value = PlugStatus.from_raw(raw)
    assert isinstance(value, UnknownValue)
    assert value.raw == raw and value.value == raw
    assert value.name == "UNKNOWN"
    assert value.enum_name == "PlugStatus"
    assert "plugStatus" in caplog.text


@pytest.mark.parametrize(
    ("raw", "member"),
    [(0.0, ChargeState.NOT_IN_CHARGE), (0.1, ChargeState.WAITING_FOR_A_PLANNED_CHARGE),
     (0.30000000000000004, ChargeState.WAITING_FOR_CURRENT_CHARGE), (1, ChargeState.CHARGE_IN_PROGRESS),
     (-1.0, ChargeState.CHARGE_ERROR), (-1.1, ChargeState.UNAVAILABLE), (-1.6, ChargeState.V2G_CHARGING_NORMAL)],
)  # fmt: skip
def test_charge_state_known(raw: float, member: ChargeState) -> None:
    assert ChargeState.from_raw(raw) is member


@pytest.mark.parametrize("raw", [0.5, -1.2, 2.0, "x"])
def test_charge_state_unknown_is_kept(raw: object) -> None:
    value = ChargeState.from_raw(raw)
    assert isinstance(value, UnknownValue)
    assert value.raw == raw


def test_none_stays_none() -> None:
    assert PlugStatus.from_raw(None) is None
    assert ChargeState.from_raw(None) is None
    assert ChargeMode.from_raw(None) is None


def test_effective_charge_state() -> None:
    assert (
        effective_charge_state(ChargeState.CHARGE_ERROR, PlugStatus.UNPLUGGED)
        is ChargeState.NOT_IN_CHARGE
    )
    assert (
        effective_charge_state(ChargeState.CHARGE_ERROR, PlugStatus.PLUGGED)
        is ChargeState.CHARGE_ERROR
    )
    unknown = UnknownValue("ChargeState", 9.9)
    assert effective_charge_state(unknown, PlugStatus.UNPLUGGED) is unknown


@pytest.mark.parametrize(
    ("raw", "mode"),
    [
        ("always", ChargeMode.ALWAYS), ("always_charging", ChargeMode.ALWAYS), ("ALWAYS", ChargeMode.ALWAYS),
        ("scheduled", ChargeMode.SCHEDULED), ("schedule_mode", ChargeMode.SCHEDULED),
        ("SCHEDULED", ChargeMode.SCHEDULED), ("delayed", ChargeMode.DELAYED),
        ("delegated", ChargeMode.DELEGATED),
    ],
)  # fmt: skip
def test_charge_mode_unified(raw: str, mode: ChargeMode) -> None:
    assert ChargeMode.from_raw(raw) is mode


def test_charge_mode_unknown_kept() -> None:
    value = ChargeMode.from_raw("always_schedule")
    assert isinstance(value, UnknownValue)
    assert value.raw == "always_schedule"


def test_charge_mode_wire_values() -> None:
    assert charge_mode_wire_value(ChargeMode.ALWAYS, "kca-action") == "always_charging"
    assert charge_mode_wire_value(ChargeMode.SCHEDULED, "kca-action") == "schedule_mode"
    assert charge_mode_wire_value(ChargeMode.SCHEDULED, "kcm") == "SCHEDULED"
    assert charge_mode_wire_value(ChargeMode.DELAYED, "charging-settings") == "delayed"
    with pytest.raises(InvalidInputError):
        charge_mode_wire_value(ChargeMode.DELAYED, "kcm")


@given(
    st.sampled_from(list(ChargeMode)), st.sampled_from(["kca-action", "charging-settings", "kcm"])
)
def test_charge_mode_wire_round_trip(mode: ChargeMode, api: str) -> None:
    try:
        wire = charge_mode_wire_value(mode, api)  # type: ignore[arg-type]
    except InvalidInputError:
        return
    assert ChargeMode.from_raw(wire) is mode


def test_history_dates() -> None:
    d = date(2024, 3, 7)
    assert history_query_date(d, "day") == "20240307"
    assert history_query_date(datetime(2024, 3, 7, 23, 59), "month") == "202403"
    assert sessions_query_date(d) == "20240307"
    with pytest.raises(InvalidInputError):
        history_query_date(d, "week")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "duration", "end"),
    [
        ("T23:30Z", 480, "T07:30Z"),
        ("T00:00Z", 15, "T00:15Z"),
        ("T12:00Z", 1440, "T12:00Z"),
        ("2300", 60, "T00:00Z"),
    ],
)
def test_schedule_end_time(start: str, duration: int, end: str) -> None:
    assert schedule_end_time(start, duration) == end


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 5000))
def test_schedule_end_time_property(hour: int, minute: int, duration: int) -> None:
    end_h, end_m = parse_schedule_time(schedule_end_time(f"T{hour:02d}:{minute:02d}Z", duration))
    assert (end_h * 60 + end_m) == (hour * 60 + minute + duration) % 1440


@pytest.mark.parametrize("bad", ["T24:00Z", "T12:60Z", "noon", ""])
def test_parse_schedule_time_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_schedule_time(bad)


def test_offset_timestamp_keeps_instant() -> None:
    parsed = parse_timestamp("2020-11-17T09:06:48+01:00")
    assert parsed == datetime(2020, 11, 17, 9, 6, 48, tzinfo=timezone(timedelta(hours=1)))


def test_hvac_status_is_marked_not_reported_where_the_model_table_says_so() -> None:
    from renault_ext.model_table import load_model_table
    from renault_ext.snapshot import build_snapshot

    table = load_model_table()
    hvac = {"hvacStatus": "off", "externalTemperature": 8.0}
    views = {
        code: build_snapshot(
            vin="VF1AAAAA555777999",
            model_code=code,
            results={"hvac-status": hvac},
            specifications=table.specifications(code),
        ).hvac
        for code in ("X101VE", "X102VE", "XCB1VE")
    }
    assert views["X101VE"] is not None and views["X101VE"].status_reported is False
    assert all(v is not None and v.status_reported for c, v in views.items() if c != "X101VE")
    assert {v.status for v in views.values() if v is not None} == {"off"}  # the raw value is kept


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _charges(name: str) -> dict:
    return json.loads((FIXTURES / "getCharges" / name).read_text())["data"]["attributes"]


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("megane.json", frozenset()),  # seconds per the model table, minutes on the wire
        ("zoe_50.json", frozenset()),  # seconds
        ("zoe_40.json", frozenset({"reports-charge-session-durations-in-minutes"})),
    ],
)
def test_session_durations_agree_with_their_start_and_end(name: str, flags: frozenset) -> None:
    from renault_ext.snapshot import charge_sessions

    sessions = [s for s in charge_sessions(_charges(name), flags) if s.start and s.end]
    assert sessions
    for session in sessions:
        elapsed = session.end - session.start
        assert abs(session.duration - elapsed) < timedelta(minutes=2), (name, session)


def test_odd_values_do_not_lose_the_snapshot() -> None:
    from renault_ext.snapshot import build_snapshot

    results = {
        "battery-status": {
            "timestamp": 1605600408,
            "chargingInstantaneousPower": "n/a",
            "chargingRemainingTime": "145",
            "batteryLevel": 60,
        },
        "pressure": {"flPressure": "n/a", "frPressure": 2460},
        "charges": {"charges": [{"chargeDuration": "97", "chargeStartDate": 5}]},
    }
    snapshot = build_snapshot(
        vin="VF1AAAAA555777001", model_code="XCB1VE", results=results, specifications=frozenset()
    )
    assert snapshot.battery.level == 60 and snapshot.battery.timestamp is None
    assert snapshot.battery.charging_power_kw is None
    assert snapshot.battery.remaining_time == timedelta(minutes=145)  # "145" is a number in text
    assert snapshot.tyres.front_left_bar is None and snapshot.tyres.front_right_bar == 2.46


@pytest.mark.parametrize(
    ("raw", "known"), [(0.30000000000000004, True), (0.3, True), (0.25, False), (1.04, False)]
)
def test_charge_state_codes_are_not_rounded_into_known_ones(raw: float, known: bool) -> None:
    from renault_ext.units import ChargeState, UnknownValue

    state = ChargeState.from_raw(raw)
    assert isinstance(state, ChargeState) is known
    assert isinstance(state, UnknownValue) is not known
