"""Input validation, run before any request is sent.

Renault's servers accept many wrong values silently (the car then ignores them) or answer with an
unhelpful ``err.func.400``; checking here gives the user a precise message instead. Every failure
is an :class:`~renault_ext.errors.InvalidInputError` subclass carrying the offending ``field``.
Messages never echo identifiers (VIN, account id), which are personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from renault_ext.errors import InvalidInputError
from renault_ext.units import ChargeMode, format_schedule_time

__all__ = [
    "DAY_NAMES",
    "SOC_MIN_RANGE",
    "SOC_TARGET_RANGE",
    "TEMPERATURE_RANGE",
    "TEMPERATURE_STEP",
    "ChargeModeError",
    "DateRangeError",
    "IdentifierError",
    "ScheduleError",
    "SocLevelError",
    "StartTimeError",
    "TemperatureError",
    "charge_mode",
    "charge_schedule",
    "format_start_datetime",
    "future_utc",
    "history_query",
    "hvac_schedule",
    "hvac_temperature",
    "parse_day_spec",
    "parse_ready_at_spec",
    "schedule_days_from_specs",
    "schedule_list",
    "soc_levels",
    "validate_account_id",
    "validate_charge_mode",
    "validate_date_range",
    "validate_day_name",
    "validate_history_period",
    "validate_non_empty",
    "validate_schedule_duration",
    "validate_schedule_id",
    "validate_schedule_start",
    "validate_soc_levels",
    "validate_soc_min",
    "validate_soc_target",
    "validate_temperature",
    "validate_vin",
]


class SocLevelError(InvalidInputError):
    """Battery state-of-charge limits out of range."""


class ScheduleError(InvalidInputError):
    """Schedule id, day, start time, duration or CLI day spec rejected."""


class TemperatureError(InvalidInputError):
    """HVAC target temperature out of range."""


class StartTimeError(InvalidInputError):
    """A start date-time that is not a datetime or is not in the future."""


class ChargeModeError(InvalidInputError):
    """Unknown charge mode."""


class DateRangeError(InvalidInputError):
    """History period or start/end dates rejected."""


class IdentifierError(InvalidInputError):
    """Empty or malformed VIN / account id."""


SOC_MIN_RANGE = (15, 45)
SOC_TARGET_RANGE = (55, 100)
SOC_STEP = 5
SCHEDULE_STEP_MINUTES = 15
SCHEDULE_IDS = range(1, 6)  # five slots observed (facts §6.3)
MAX_SCHEDULE_DURATION = 24 * 60
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# No server-side bound is documented (facts §6.4: "no bounds"), and captures only show 19-21 °C.
# We accept 16-26 °C, the usual range of automotive climate controls, in 0.5 °C steps (the
# finest step those controls offer). Out-of-range values would otherwise be clamped or ignored by
# the car without any feedback. Widen here if a capture ever shows a value outside.
TEMPERATURE_RANGE = (16.0, 26.0)
TEMPERATURE_STEP = 0.5

_VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def _as_int(value: Any, field: str, error: type[InvalidInputError]) -> int:
    # bool is an int subclass; True as a SoC level is certainly a mistake.
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise error(f"{field} must be a whole number, not {type(value).__name__}.", field=field)
    try:
        number = float(value)
    except ValueError:
        raise error(f"{field} must be a whole number, not {value!r}.", field=field) from None
    if not number.is_integer():
        raise error(f"{field} must be a whole number, not {value!r}.", field=field)
    return int(number)


# -- battery ----------------------------------------------------------------------------------


def _validate_soc(value: Any, field: str, bounds: tuple[int, int]) -> int:
    level = _as_int(value, field, SocLevelError)
    low, high = bounds
    if not low <= level <= high or level % SOC_STEP:
        raise SocLevelError(
            f"{field} must be between {low} and {high} % in steps of {SOC_STEP}, not {level}.",
            field=field,
        )
    return level


def validate_soc_min(value: Any) -> int:
    return _validate_soc(value, "min", SOC_MIN_RANGE)


def validate_soc_target(value: Any) -> int:
    return _validate_soc(value, "target", SOC_TARGET_RANGE)


def validate_soc_levels(min_level: Any, target_level: Any) -> tuple[int, int]:
    """Minimum 15–45 %, target 55–100 %, both multiples of 5, minimum below target."""
    low, high = validate_soc_min(min_level), validate_soc_target(target_level)
    if low >= high:  # unreachable with today's ranges, kept in case they are widened
        raise SocLevelError(f"min ({low}) must be below target ({high}).", field="min")
    return low, high


# -- HVAC -------------------------------------------------------------------------------------


def validate_temperature(value: Any) -> float:
    """HVAC target temperature in °C: 16–26 in steps of 0.5 (see TEMPERATURE_RANGE)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TemperatureError("temperature must be a number.", field="temperature")
    try:
        temperature = float(value)
    except ValueError:
        raise TemperatureError(
            f"temperature must be a number, not {value!r}.", field="temperature"
        ) from None
    low, high = TEMPERATURE_RANGE
    if not low <= temperature <= high or (temperature / TEMPERATURE_STEP) % 1:
        raise TemperatureError(
            f"temperature must be between {low:g} and {high:g} °C in steps of "
            f"{TEMPERATURE_STEP:g}, not {temperature:g}.",
            field="temperature",
        )
    return temperature


def format_start_datetime(
    when: datetime, *, now: datetime | None = None, field: str = "startDateTime"
) -> str:
    """``when`` as UTC ``YYYY-MM-DDTHH:MM:SSZ``; naive values are local time; must be future."""
    if not isinstance(when, datetime):
        raise StartTimeError(f"{field} must be a datetime, not {type(when).__name__}.", field=field)
    # astimezone() on a naive datetime interprets it as the system's local time.
    moment = when.astimezone(UTC)
    reference = (now or datetime.now(UTC)).astimezone(UTC)
    if moment <= reference:
        raise StartTimeError(
            f"{field} must be in the future ({moment:%Y-%m-%d %H:%M} UTC is not).", field=field
        )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- charge mode and history ------------------------------------------------------------------


def validate_charge_mode(value: Any) -> ChargeMode:
    """Accept every known spelling (``always_charging``, ``SCHEDULED``, …); reject the rest."""
    if isinstance(value, ChargeMode):
        return value
    # lookup, not from_raw: a typo is the user's, not Renault's, and gets no "unknown value" log
    mode = ChargeMode.lookup(value) if isinstance(value, str) and value.strip() else None
    if mode is None:
        allowed = ", ".join(m.value for m in ChargeMode)
        raise ChargeModeError(
            f"Unknown charge mode {value!r} (expected one of: {allowed}).", field="charge_mode"
        )
    return mode


def validate_history_period(value: Any) -> str:
    if value not in ("day", "month"):
        raise DateRangeError(f"period must be 'day' or 'month', not {value!r}.", field="period")
    return str(value)


def validate_date_range(start: Any, end: Any) -> tuple[date, date]:
    """Both dates (or datetimes, compared as such), start not after end."""
    for field, value in (("start", start), ("end", end)):
        if not isinstance(value, date):
            raise DateRangeError(
                f"{field} must be a date or datetime, not {type(value).__name__}.", field=field
            )
        if not 2000 <= value.year <= 2099:
            # The API takes YYYYMM(DD) and knows no car before the 2010s; year 1 would go out
            # as "10101" and come back as a server-side 400.
            raise DateRangeError(f"{field} must be a date in 2000-2099.", field=field)
    left = start.date() if isinstance(start, datetime) and not isinstance(end, datetime) else start
    right = end.date() if isinstance(end, datetime) and not isinstance(start, datetime) else end
    try:
        after = left > right
    except TypeError:  # naive vs aware datetimes
        raise DateRangeError(
            "start and end must both be naive or both be timezone-aware.", field="start"
        ) from None
    if after:
        raise DateRangeError("start must not be after end.", field="start")
    return start, end


# -- identifiers ------------------------------------------------------------------------------


def validate_non_empty(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IdentifierError(f"{field} must be a non-empty string.", field=field)
    return value.strip()


def validate_account_id(value: Any) -> str:
    return validate_non_empty(value, "account_id")


def validate_vin(value: Any) -> str:
    """17 characters, digits and capital letters except I, O and Q (ISO 3779)."""
    vin = validate_non_empty(value, "vin").upper()
    if not _VIN_RE.match(vin):
        # The value itself is personal data: describe the problem, do not echo it.
        raise IdentifierError(
            f"vin must be 17 characters (digits and letters except I, O, Q); got {len(vin)} "
            "characters" + ("" if len(vin) != 17 else " with a forbidden character") + ".",
            field="vin",
        )
    return vin


# -- schedules --------------------------------------------------------------------------------


def validate_schedule_id(value: Any) -> int:
    schedule_id = _as_int(value, "schedule id", ScheduleError)
    if schedule_id not in SCHEDULE_IDS:
        raise ScheduleError(
            f"schedule id must be between {SCHEDULE_IDS.start} and {SCHEDULE_IDS.stop - 1}, "
            f"not {schedule_id}.",
            field="id",
        )
    return schedule_id


def validate_day_name(value: Any) -> str:
    """Canonical lower-case day name; accepts any case and three-letter abbreviations."""
    text = str(value).strip().lower() if isinstance(value, str) else ""
    for day in DAY_NAMES:
        if text in (day, day[:3]):
            return day
    raise ScheduleError(
        f"Unknown day {value!r} (expected one of: {', '.join(DAY_NAMES)}).", field="day"
    )


def _check_clock(hour: int, minute: int, field: str) -> None:
    if hour > 23:
        raise ScheduleError(f"{field}: hours must be below 24, not {hour}.", field=field)
    if minute > 59 or minute % SCHEDULE_STEP_MINUTES:
        raise ScheduleError(
            f"{field}: minutes must be a multiple of {SCHEDULE_STEP_MINUTES}, not {minute}.",
            field=field,
        )


_UTC_TIME_RE = re.compile(r"^T(\d{1,2}):(\d{2})Z$")


def validate_schedule_start(value: Any, field: str = "startTime") -> str:
    """A schedule start ``Thh:mmZ`` with hours < 24 and minutes a multiple of 15."""
    match = _UTC_TIME_RE.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ScheduleError(f"{field} must look like T07:30Z, not {value!r}.", field=field)
    hour, minute = int(match.group(1)), int(match.group(2))
    _check_clock(hour, minute, field)
    return format_schedule_time(hour, minute)


def validate_schedule_duration(value: Any, field: str = "duration") -> int:
    """Minutes, a positive multiple of 15, at most a day."""
    minutes = _as_int(value, field, ScheduleError)
    if minutes <= 0 or minutes > MAX_SCHEDULE_DURATION or minutes % SCHEDULE_STEP_MINUTES:
        raise ScheduleError(
            f"{field} must be a multiple of {SCHEDULE_STEP_MINUTES} minutes between "
            f"{SCHEDULE_STEP_MINUTES} and {MAX_SCHEDULE_DURATION}, not {minutes}.",
            field=field,
        )
    return minutes


_DAY_SPEC_RE = re.compile(r"^(T?)(\d{1,2}):(\d{2})(Z?)\s*,\s*(\d+)$")
_READY_SPEC_RE = re.compile(r"^(T?)(\d{1,2}):(\d{2})(Z?)$")


def _utc_clock(
    match: re.Match[str],
    *,
    field: str,
    tz: tzinfo | None,
    reference: datetime | None,
) -> tuple[str, int]:
    """Groups 1-4 of a spec match (T, HH, MM, Z) as a UTC ``THH:MMZ``, and how many days the UTC
    time lies after the local one (-1, 0 or 1); a time without T/Z is local."""
    prefix, hour_text, minute_text, suffix = match.group(1, 2, 3, 4)
    if bool(prefix) != bool(suffix):
        raise ScheduleError(
            f"{field}: use both T and Z for a UTC time (T07:30Z) or neither for local time.",
            field=field,
        )
    hour, minute = int(hour_text), int(minute_text)
    _check_clock(hour, minute, field)
    shift = 0
    if not prefix:
        # The offset in force on the reference date (default today), so summer/winter time is
        # right for the coming days.
        base = reference or datetime.now(UTC)
        day = base.astimezone(tz) if base.tzinfo is not None else base
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        moment = local.astimezone(UTC)  # naive (tz None) is read as system local time
        hour, minute = moment.hour, moment.minute
        shift = (moment.date() - local.date()).days
    return format_schedule_time(hour, minute), shift


def _day_entry(
    spec: Any, *, hvac: bool, field: str, tz: tzinfo | None, reference: datetime | None
) -> tuple[dict[str, Any] | None, int]:
    """A CLI day spec as a schedule day entry (None for ``clear``) and its UTC day shift."""
    example = "07:30" if hvac else "07:30,120"
    if not isinstance(spec, str):
        raise ScheduleError(f"{field}: expected text like {example} or clear.", field=field)
    text = spec.strip()
    if text.lower() == "clear":
        return None, 0
    match = (_READY_SPEC_RE if hvac else _DAY_SPEC_RE).match(text)
    if not match:
        expected = (
            "HH:MM (local), THH:MMZ (UTC)"
            if hvac
            else "HH:MM,DURATION (local), THH:MMZ,DURATION (UTC)"
        )
        raise ScheduleError(f"{field}: expected {expected} or clear, not {spec!r}.", field=field)
    clock, shift = _utc_clock(match, field=field, tz=tz, reference=reference)
    if hvac:
        return {"readyAtTime": clock}, shift
    duration = validate_schedule_duration(match.group(5), field=field)
    return {"startTime": clock, "duration": duration}, shift


def parse_day_spec(
    spec: str,
    *,
    tz: tzinfo | None = None,
    reference: datetime | None = None,
    field: str = "day",
) -> dict[str, Any] | None:
    """Parse a CLI charge-schedule day spec into a schedule day (facts §6.4); ``clear`` gives None.

    * ``THH:MMZ,DURATION`` — already UTC;
    * ``HH:MM,DURATION`` — local time (``tz``, default the system zone), converted to UTC with the
      offset in force on ``reference``'s date (default today). A local time that crosses midnight
      in UTC stays on the same day key here; :func:`schedule_days_from_specs` moves it.
    """
    return _day_entry(spec, hvac=False, field=field, tz=tz, reference=reference)[0]


def parse_ready_at_spec(
    spec: str,
    *,
    tz: tzinfo | None = None,
    reference: datetime | None = None,
    field: str = "day",
) -> dict[str, Any] | None:
    """Parse a CLI HVAC-schedule day spec (``HH:MM`` local, ``THH:MMZ`` UTC or ``clear``)."""
    return _day_entry(spec, hvac=True, field=field, tz=tz, reference=reference)[0]


def schedule_days_from_specs(
    specs: Mapping[str, str | None],
    *,
    hvac: bool = False,
    tz: tzinfo | None = None,
    reference: datetime | None = None,
) -> dict[str, Any]:
    """Parse ``{day name: spec}`` (None = leave unchanged) into schedule day entries.

    ``hvac`` selects ready-at specs (``07:30``) instead of charge specs (``07:30,120``). Schedule
    days are UTC days: a local time that falls on the previous or next day in UTC (00:30 in Paris
    is 23:30 UTC the day before) goes to that day's key.
    """
    days: dict[str, Any] = {}
    given: dict[str, str] = {}  # UTC day -> the option that set it
    for name, spec in specs.items():
        if spec is None:
            continue
        day = validate_day_name(name)
        entry, shift = _day_entry(spec, hvac=hvac, field=day, tz=tz, reference=reference)
        target = DAY_NAMES[(DAY_NAMES.index(day) + shift) % 7]
        if target in given:
            raise ScheduleError(
                f"{day} and {given[target]} both set {target} (schedule days are UTC days).",
                field=day,
            )
        given[target] = day
        days[target] = entry
    return days


# -- adapters used by RenaultVehicle ------------------------------------------------------------
# RenaultVehicle calls these short names; each wraps the validators above and returns the value in
# the form the request needs.

_SCHEDULE_KEYS = frozenset({"id", "activated", *DAY_NAMES})


def hvac_temperature(value: Any) -> float:
    return validate_temperature(value)


def future_utc(when: datetime) -> str:
    return format_start_datetime(when)


def soc_levels(min_level: Any, target_level: Any) -> tuple[int, int]:
    return validate_soc_levels(min_level, target_level)


def charge_mode(value: Any) -> str:
    """The KCA action spelling (``always_charging`` / ``schedule_mode``) of any known charge mode."""
    from renault_ext.units import charge_mode_wire_value

    return charge_mode_wire_value(validate_charge_mode(value), "kca-action")


def history_query(start: Any, end: Any, period: Any) -> dict[str, Any]:
    """Generated-client parameters (``type_``, ``start``, ``end``) of a history read."""
    from renault_openapi.models.kca_history_period import KcaHistoryPeriod

    from renault_ext.units import history_query_date

    period = validate_history_period(period)
    start, end = validate_date_range(start, end)
    return {
        "type_": KcaHistoryPeriod(period),
        "start": history_query_date(start, period),
        "end": history_query_date(end, period),
    }


def schedule_list(
    schedules: Any, check: Callable[[Any], dict[str, Any]], *, allow_empty: bool = False
) -> list[dict[str, Any]]:
    """Every schedule of a write, checked: the API replaces the car's whole list with it."""
    if isinstance(schedules, (str, bytes, Mapping)) or not isinstance(schedules, Iterable):
        raise ScheduleError("schedules must be a list of schedules.", field="schedules")
    checked = [check(schedule) for schedule in schedules]
    if not checked and not allow_empty:
        raise ScheduleError(
            "an empty list would delete every schedule on the car; pass allow_empty=True if "
            "that is meant.",
            field="schedules",
        )
    ids = [schedule["id"] for schedule in checked]
    if len(set(ids)) != len(ids):
        raise ScheduleError("two schedules have the same id.", field="schedules")
    return checked


def _schedule(schedule: Any, day_fields: dict[str, Any]) -> dict[str, Any]:
    # Existing schedules are sent back unchanged on a read-modify-write, and captures show
    # upstream values such as T01:01Z: only the shape is checked here, not the 15-minute grid
    # (new times typed by a user go through parse_day_spec, which is strict).
    if not isinstance(schedule, Mapping) and callable(getattr(schedule, "to_dict", None)):
        schedule = schedule.to_dict()  # a schedule as read (generated model), sent back
    if not isinstance(schedule, Mapping):
        raise ScheduleError(
            "a schedule must be a mapping with id, activated and day keys.", field="schedule"
        )
    unknown = set(schedule) - _SCHEDULE_KEYS
    if unknown:
        raise ScheduleError(
            f"unknown schedule keys: {', '.join(sorted(unknown))}.", field="schedule"
        )
    checked: dict[str, Any] = {
        "id": validate_schedule_id(schedule.get("id")),
        "activated": bool(schedule.get("activated", False)),
    }
    for day in DAY_NAMES:
        entry = schedule.get(day)
        if entry is None:
            checked[day] = None
            continue
        if not isinstance(entry, Mapping) or set(entry) - set(day_fields):
            raise ScheduleError(f"{day}: expected {{{', '.join(day_fields)}}} or null.", field=day)
        value: dict[str, Any] = {}
        for name, check in day_fields.items():
            if name not in entry:
                raise ScheduleError(f"{day}: {name} is missing.", field=day)
            value[name] = check(entry[name], day)
        checked[day] = value
    return checked


def _loose_time(value: Any, field: str) -> str:
    match = _UTC_TIME_RE.match(value.strip()) if isinstance(value, str) else None
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ScheduleError(f"{field}: time must look like T07:30Z, not {value!r}.", field=field)
    return format_schedule_time(int(match.group(1)), int(match.group(2)))


def _loose_duration(value: Any, field: str) -> int:
    minutes = _as_int(value, field, ScheduleError)
    if not 0 < minutes <= MAX_SCHEDULE_DURATION:
        raise ScheduleError(
            f"{field}: duration must be 1-{MAX_SCHEDULE_DURATION} minutes.", field=field
        )
    return minutes


def charge_schedule(schedule: Any) -> dict[str, Any]:
    """One KCA charge schedule: id 1-5, activated, seven days of {startTime, duration} or null."""
    return _schedule(schedule, {"startTime": _loose_time, "duration": _loose_duration})


def hvac_schedule(schedule: Any) -> dict[str, Any]:
    """One KCA HVAC schedule: id 1-5, activated, seven days of {readyAtTime} or null."""
    return _schedule(schedule, {"readyAtTime": _loose_time})
