"""Client-side input validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renault_ext import validation as V
from renault_ext.errors import InvalidInputError, RenaultError
from renault_ext.units import ChargeMode


def test_error_classes_are_invalid_input() -> None:
    for cls in (V.SocLevelError, V.ScheduleError, V.TemperatureError, V.StartTimeError,
                V.ChargeModeError, V.DateRangeError, V.IdentifierError):  # fmt: skip
        assert issubclass(cls, InvalidInputError)
        assert issubclass(cls, ValueError)
        assert issubclass(cls, RenaultError)


# -- SoC --------------------------------------------------------------------------------------


@given(st.integers(0, 110), st.integers(0, 110))
def test_soc_levels_property(low: int, high: int) -> None:
    valid = 15 <= low <= 45 and 55 <= high <= 100 and low % 5 == 0 and high % 5 == 0
    if valid:
        assert V.validate_soc_levels(low, high) == (low, high)
    else:
        with pytest.raises(V.SocLevelError) as info:
            V.validate_soc_levels(low, high)
        assert info.value.field in ("min", "target")


@pytest.mark.parametrize("bad", [True, 20.5, "abc", None, [20]])
def test_soc_rejects_non_integers(bad: object) -> None:
    with pytest.raises(V.SocLevelError):
        V.validate_soc_min(bad)


def test_soc_accepts_integral_strings_and_floats() -> None:
    assert V.validate_soc_levels("20", 80.0) == (20, 80)


def test_soc_message_is_clear() -> None:
    with pytest.raises(V.SocLevelError, match=r"between 55 and 100 % in steps of 5, not 52"):
        V.validate_soc_target(52)


# -- temperature ------------------------------------------------------------------------------


@pytest.mark.parametrize("ok", [16, 21, 21.5, "20.5", 26])
def test_temperature_ok(ok: object) -> None:
    assert V.validate_temperature(ok) == float(ok)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [15.5, 26.5, 21.3, "hot", None, True])
def test_temperature_rejected(bad: object) -> None:
    with pytest.raises(V.TemperatureError):
        V.validate_temperature(bad)


# -- start date-time --------------------------------------------------------------------------

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_start_datetime_aware_to_utc() -> None:
    paris = datetime(2026, 3, 1, 14, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert V.format_start_datetime(paris, now=NOW) == "2026-03-01T13:30:00Z"


def test_start_datetime_naive_is_local(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        assert (
            V.format_start_datetime(datetime(2026, 3, 1, 23, 0), now=NOW) == "2026-03-01T17:30:00Z"
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize("when", [NOW, NOW - timedelta(seconds=1)])
def test_start_datetime_must_be_future(when: datetime) -> None:
    with pytest.raises(V.StartTimeError, match="future"):
        V.format_start_datetime(when, now=NOW)


def test_start_datetime_type() -> None:
    with pytest.raises(V.StartTimeError):
        V.format_start_datetime("2026-03-02T10:00:00Z", now=NOW)  # type: ignore[arg-type]


# -- charge mode, history ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["always", "ALWAYS", "always_charging", "schedule_mode", ChargeMode.DELAYED]
)
def test_charge_mode_ok(raw: object) -> None:
    assert isinstance(V.validate_charge_mode(raw), ChargeMode)


@pytest.mark.parametrize("raw", ["sometimes", "", None, 1])
def test_charge_mode_rejected(raw: object) -> None:
    with pytest.raises(V.ChargeModeError, match="expected one of"):
        V.validate_charge_mode(raw)


def test_history_period() -> None:
    assert V.validate_history_period("day") == "day"
    assert V.validate_history_period("month") == "month"
    with pytest.raises(V.DateRangeError):
        V.validate_history_period("year")


def test_date_range() -> None:
    assert V.validate_date_range(date(2024, 1, 1), date(2024, 1, 1))
    assert V.validate_date_range(datetime(2024, 1, 1, 10), date(2024, 1, 1))
    with pytest.raises(V.DateRangeError, match="after"):
        V.validate_date_range(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(V.DateRangeError):
        V.validate_date_range("2024-01-01", date(2024, 1, 2))
    with pytest.raises(V.DateRangeError):
        V.validate_date_range(datetime(2024, 1, 1), datetime(2024, 1, 2, tzinfo=UTC))


# -- identifiers ------------------------------------------------------------------------------


def test_vin_ok() -> None:
    assert V.validate_vin(" vf1aaaaa555777999 ") == "VF1AAAAA555777999"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        None,
        "VF1AAAAA55577799",
        "VF1AAAAA555777999X",
        "VF1AAAAO555777999",
        "VF1AAAA-555777999",
    ],
)
def test_vin_rejected_without_echo(bad: object) -> None:
    with pytest.raises(V.IdentifierError) as info:
        V.validate_vin(bad)
    if isinstance(bad, str) and bad.strip():
        assert bad.strip() not in str(info.value)


def test_account_id() -> None:
    assert V.validate_account_id("account-id-1") == "account-id-1"
    for bad in ("", " ", None, 5):
        with pytest.raises(V.IdentifierError):
            V.validate_account_id(bad)


# -- schedules --------------------------------------------------------------------------------


def test_schedule_id() -> None:
    assert [V.validate_schedule_id(i) for i in range(1, 6)] == [1, 2, 3, 4, 5]
    for bad in (0, 6, -1, "x", 1.5):
        with pytest.raises(V.ScheduleError):
            V.validate_schedule_id(bad)


def test_day_names() -> None:
    assert V.validate_day_name("Monday") == "monday"
    assert V.validate_day_name("SUN") == "sunday"
    for bad in ("funday", "", None, "mo"):
        with pytest.raises(V.ScheduleError):
            V.validate_day_name(bad)


def test_schedule_start_and_duration() -> None:
    assert V.validate_schedule_start("T7:45Z") == "T07:45Z"
    for bad in ("T24:00Z", "T07:10Z", "07:00", "T07:00", None):
        with pytest.raises(V.ScheduleError):
            V.validate_schedule_start(bad)
    assert V.validate_schedule_duration(480) == 480
    for bad in (0, 10, 1455, -15, "abc"):
        with pytest.raises(V.ScheduleError):
            V.validate_schedule_duration(bad)


def test_day_spec_utc() -> None:
    assert V.parse_day_spec("T23:30Z,480") == {"startTime": "T23:30Z", "duration": 480}
    assert V.parse_day_spec(" T07:00Z , 60 ") == {"startTime": "T07:00Z", "duration": 60}
    assert V.parse_day_spec("clear") is None
    assert V.parse_day_spec("CLEAR") is None


def test_day_spec_local_uses_offset_of_reference_day() -> None:
    paris = ZoneInfo("Europe/Paris")
    winter = datetime(2026, 1, 15, tzinfo=UTC)
    summer = datetime(2026, 7, 15, tzinfo=UTC)
    assert V.parse_day_spec("07:30,60", tz=paris, reference=winter) == {
        "startTime": "T06:30Z",
        "duration": 60,
    }
    assert V.parse_day_spec("07:30,60", tz=paris, reference=summer) == {
        "startTime": "T05:30Z",
        "duration": 60,
    }
    # crossing midnight wraps the hour
    assert V.parse_day_spec("00:15,15", tz=timezone(timedelta(hours=2)), reference=winter) == {
        "startTime": "T22:15Z",
        "duration": 15,
    }


@pytest.mark.parametrize(
    "bad",
    [
        "T07:30,60",
        "07:30Z,60",
        "24:00,60",
        "07:20,60",
        "07:30,50",
        "07:30",
        "seven,60",
        "07:30,0",
        "",
    ],
)
def test_day_spec_rejected(bad: str) -> None:
    with pytest.raises(V.ScheduleError):
        V.parse_day_spec(bad, tz=UTC)


def test_schedule_days_from_specs() -> None:
    days = V.schedule_days_from_specs({"Mon": "T01:00Z,60", "friday": "clear", "sunday": None})
    assert days == {"monday": {"startTime": "T01:00Z", "duration": 60}, "friday": None}


def test_local_times_across_midnight_move_to_the_utc_day() -> None:
    paris = ZoneInfo("Europe/Paris")
    winter = datetime(2024, 1, 15, tzinfo=UTC)
    # 00:30 on Tuesday in Paris is 23:30 UTC on Monday: the schedule day is Monday.
    days = V.schedule_days_from_specs({"tuesday": "00:30,60"}, tz=paris, reference=winter)
    assert days == {"monday": {"startTime": "T23:30Z", "duration": 60}}
    # Sunday wraps to Saturday; a UTC time never moves.
    days = V.schedule_days_from_specs(
        {"sunday": "00:15", "monday": "T00:15Z"}, hvac=True, tz=paris, reference=winter
    )
    assert days == {"saturday": {"readyAtTime": "T23:15Z"}, "monday": {"readyAtTime": "T00:15Z"}}
    with pytest.raises(V.ScheduleError, match="both set monday"):
        V.schedule_days_from_specs(
            {"monday": "22:00,60", "tuesday": "00:30,60"}, tz=paris, reference=winter
        )


def test_schedule_days_from_specs_hvac() -> None:
    days = V.schedule_days_from_specs({"tue": " T06:30Z ", "sat": "clear"}, hvac=True)
    assert days == {"tuesday": {"readyAtTime": "T06:30Z"}, "saturday": None}


def test_ready_at_spec_local_time_is_converted() -> None:
    paris = ZoneInfo("Europe/Paris")
    summer = datetime(2024, 7, 1, tzinfo=UTC)
    assert V.parse_ready_at_spec("07:30", tz=paris, reference=summer) == {"readyAtTime": "T05:30Z"}


@pytest.mark.parametrize("bad", ["07:30,120", "T06:61Z", "T06:30", "25:00", "seven", ""])
def test_ready_at_spec_rejected_without_mentioning_a_duration(bad: str) -> None:
    with pytest.raises(V.ScheduleError) as caught:
        V.parse_ready_at_spec(bad, field="friday")
    assert "friday" in str(caught.value)
    assert "DURATION" not in str(caught.value)


@given(st.integers(0, 23), st.sampled_from([0, 15, 30, 45]), st.integers(1, 96))
def test_day_spec_utc_property(hour: int, minute: int, slots: int) -> None:
    spec = f"T{hour:02d}:{minute:02d}Z,{slots * 15}"
    assert V.parse_day_spec(spec) == {
        "startTime": f"T{hour:02d}:{minute:02d}Z",
        "duration": slots * 15,
    }


# -- adapters used by RenaultVehicle ----------------------------------------------------------


def test_adapter_charge_mode_gives_kca_action_spelling() -> None:
    assert V.charge_mode("always") == "always_charging"
    assert V.charge_mode("SCHEDULED") == "schedule_mode"
    with pytest.raises(InvalidInputError):
        V.charge_mode("delayed")  # no KCA action spelling
    with pytest.raises(V.ChargeModeError):
        V.charge_mode("nonsense")


def test_adapter_history_query() -> None:
    query = V.history_query(date(2024, 1, 5), date(2024, 2, 5), "day")
    assert query["start"] == "20240105"
    assert query["end"] == "20240205"
    assert (
        str(query["type_"].value if hasattr(query["type_"], "value") else query["type_"]) == "day"
    )
    assert V.history_query(date(2024, 1, 5), date(2024, 2, 5), "month")["start"] == "202401"
    with pytest.raises(V.DateRangeError):
        V.history_query(date(2024, 3, 1), date(2024, 2, 1), "day")


def test_adapter_schedules_emit_all_days_and_keep_upstream_minutes() -> None:
    slot = V.charge_schedule(
        {"id": 1, "activated": True, "monday": {"startTime": "T01:01Z", "duration": 15}}
    )
    assert slot["monday"] == {"startTime": "T01:01Z", "duration": 15}
    assert all(slot[day] is None for day in V.DAY_NAMES if day != "monday")
    hvac = V.hvac_schedule({"id": 2, "activated": False, "friday": {"readyAtTime": "T15:15Z"}})
    assert hvac["friday"] == {"readyAtTime": "T15:15Z"}
    for bad in (
        {"id": 9, "activated": True},
        {"id": 1, "monady": None},
        {"id": 1, "monday": {"startTime": "T25:00Z", "duration": 15}},
        {"id": 1, "monday": {"startTime": "T01:00Z"}},
    ):
        with pytest.raises(V.ScheduleError):
            V.charge_schedule(bad)
    with pytest.raises(V.ScheduleError):
        V.hvac_schedule({"id": 1, "monday": {"readyAtTime": "T01:00Z", "duration": 15}})


def test_adapter_short_names() -> None:
    assert V.soc_levels(20, 80) == (20, 80)
    assert V.hvac_temperature(21) == 21.0
    with pytest.raises(V.StartTimeError):
        V.future_utc(datetime(2000, 1, 1, tzinfo=UTC))
