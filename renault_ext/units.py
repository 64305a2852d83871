"""Normalised views of raw Kamereon values (pure functions, small frozen dataclasses).

Raw values stay available; these helpers only add a normalised reading beside them:

* charging power always in kW (ZOE ph1 ``X101VE`` / gateway ``GDC`` report watts),
* charge-session durations as :class:`~datetime.timedelta` (minutes on ``X101VE``, seconds elsewhere),
* timestamps as aware :class:`~datetime.datetime` (``Z``, offsets, fractional seconds; naive → UTC),
* tyre pressure millibar → bar,
* open enumerations (:class:`PlugStatus`, :class:`ChargeState`, :class:`ChargeMode`) whose
  ``from_raw`` returns a member or an :class:`UnknownValue` keeping the raw value, never raising,
* query-date formats and the schedule end-time helper (facts §6.2).
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from renault_ext.errors import InvalidInputError

__all__ = [
    "ChargeMode",
    "ChargeState",
    "PlugStatus",
    "Quantity",
    "UnknownValue",
    "charge_mode_wire_value",
    "charge_session_duration",
    "charging_power",
    "charging_power_kw",
    "effective_charge_state",
    "format_schedule_time",
    "history_query_date",
    "minutes_duration",
    "parse_schedule_time",
    "parse_timestamp",
    "schedule_end_time",
    "sessions_query_date",
    "tyre_pressure_bar",
    "watts_to_kw",
]

_LOGGER = logging.getLogger(__name__)

HistoryPeriod = Literal["day", "month"]
ChargeModeApi = Literal["kca-action", "charging-settings", "kcm"]


@dataclass(frozen=True)
class Quantity:
    """A measurement: the value as received and its normalised reading in ``unit``."""

    raw: float | int | None
    value: float | None
    unit: str


@dataclass(frozen=True)
class UnknownValue:
    """A value outside an open enumeration, kept as received.

    Quacks like an enum member (``name`` is ``"UNKNOWN"``, ``value`` is the raw value), so code
    that displays ``x.name`` keeps working when Renault adds a value.
    """

    enum_name: str
    raw: Any

    @property
    def name(self) -> str:
        return "UNKNOWN"

    @property
    def value(self) -> Any:
        return self.raw

    def __str__(self) -> str:
        return f"UNKNOWN({self.raw!r})"


# -- power, durations, pressure ---------------------------------------------------------------


def watts_to_kw(watts: float | None) -> float | None:
    return None if watts is None else float(watts) / 1000.0


def charging_power_kw(raw: float | None, *, reports_in_watts: bool) -> float | None:
    """``chargingInstantaneousPower`` in kW (pass ``reports_in_watts`` for X101VE / gateway GDC)."""
    if raw is None:
        return None
    return watts_to_kw(raw) if reports_in_watts else float(raw)


def charging_power(raw: float | None, *, reports_in_watts: bool) -> Quantity:
    return Quantity(raw, charging_power_kw(raw, reports_in_watts=reports_in_watts), "kW")


def charge_session_duration(raw: float | None, *, in_minutes: bool) -> timedelta | None:
    """``charges[].chargeDuration``: minutes on X101VE, seconds on every other model."""
    if raw is None:
        return None
    return timedelta(minutes=raw) if in_minutes else timedelta(seconds=raw)


def minutes_duration(raw: float | None) -> timedelta | None:
    """Fields always in minutes: ``chargingRemainingTime``, ``totalChargesDuration``."""
    return None if raw is None else timedelta(minutes=raw)


def tyre_pressure_bar(mbar: float | None) -> float | None:
    """Tyre pressures come as integer millibar (2460 → 2.46 bar)."""
    return None if mbar is None else round(float(mbar) / 1000.0, 3)


# -- timestamps -------------------------------------------------------------------------------

_FRACTION_RE = re.compile(r"(\.\d{6})\d+")


def parse_timestamp(value: str | datetime | None) -> datetime | None:
    """Parse a Kamereon ISO 8601 timestamp into an aware datetime (naive values are UTC).

    Raises ``ValueError`` for text that is not a timestamp.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        text = value.strip()
        if text[-1:] in ("Z", "z"):
            text = text[:-1] + "+00:00"
        # Some services send 7+ fractional digits; Python accepts at most 6.
        text = _FRACTION_RE.sub(r"\1", text)
        parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# -- enumerations -----------------------------------------------------------------------------


class PlugStatus(enum.IntEnum):
    """``battery-status.plugStatus`` (facts §6.1)."""

    UNPLUGGED = 0
    PLUGGED = 1
    PLUG_ERROR = -1
    PLUG_UNKNOWN = -2147483648

    @classmethod
    def from_raw(cls, value: Any) -> PlugStatus | UnknownValue | None:
        if value is None:
            return None
        try:
            number = float(value)
            if number.is_integer():
                return cls(int(number))
        except (TypeError, ValueError):
            pass
        _LOGGER.warning("Unknown plugStatus value %r", value)
        return UnknownValue(cls.__name__, value)


class ChargeState(enum.Enum):
    """``battery-status.chargingStatus`` (a float code, facts §6.1)."""

    NOT_IN_CHARGE = 0.0
    WAITING_FOR_A_PLANNED_CHARGE = 0.1
    CHARGE_ENDED = 0.2
    WAITING_FOR_CURRENT_CHARGE = 0.3
    ENERGY_FLAP_OPENED = 0.4
    CHARGE_IN_PROGRESS = 1.0
    # "not charging" on ZE40 and older, a real error on ZE50
    CHARGE_ERROR = -1.0
    UNAVAILABLE = -1.1
    V2G_CHARGING_WAITING = -1.3
    V2L_CONNECTED = -1.4
    V2G_DISCHARGING = -1.5
    V2G_CHARGING_NORMAL = -1.6

    @classmethod
    def from_raw(cls, value: Any) -> ChargeState | UnknownValue | None:
        if value is None:
            return None
        try:
            number = float(value)
            # The codes have one decimal; JSON floats may carry binary noise (0.30000000000000004)
            # but a code that merely rounds to a known one (0.25) is a new code, kept as unknown.
            rounded = round(number, 1)
            if abs(number - rounded) < 1e-9:
                return cls(rounded)
        except (TypeError, ValueError):
            pass
        _LOGGER.warning("Unknown chargingStatus value %r", value)
        return UnknownValue(cls.__name__, value)


def effective_charge_state(
    state: ChargeState | UnknownValue | None, plug: PlugStatus | UnknownValue | None
) -> ChargeState | UnknownValue | None:
    """Older cars report CHARGE_ERROR (-1.0) when simply unplugged; show NOT_IN_CHARGE then."""
    if state is ChargeState.CHARGE_ERROR and plug is PlugStatus.UNPLUGGED:
        return ChargeState.NOT_IN_CHARGE
    return state


class ChargeMode(enum.StrEnum):
    """Charge mode unified across vehicle generations and APIs."""

    ALWAYS = "always"
    SCHEDULED = "scheduled"
    DELAYED = "delayed"
    DELEGATED = "delegated"  # Mobilize Smart Charge (seen 2026-06)

    @classmethod
    def lookup(cls, value: Any) -> ChargeMode | None:
        """The mode for any known spelling, else None (quietly: for checking user input)."""
        return _CHARGE_MODE_ALIASES.get(str(value).strip().lower())

    @classmethod
    def from_raw(cls, value: Any) -> ChargeMode | UnknownValue | None:
        if value is None:
            return None
        member = cls.lookup(value)
        if member is None:
            _LOGGER.warning("Unknown charge mode value %r", value)
            return UnknownValue(cls.__name__, value)
        return member


# Every spelling seen: KCA GET (X101VE always_charging/schedule_mode, X102VE always/scheduled),
# KCA actions (always_charging/schedule_mode), charging-settings (always/delayed/scheduled) and
# KCM chargeModeRq (ALWAYS/SCHEDULED).
_CHARGE_MODE_ALIASES: dict[str, ChargeMode] = {
    "always": ChargeMode.ALWAYS,
    "always_charging": ChargeMode.ALWAYS,
    "scheduled": ChargeMode.SCHEDULED,
    "schedule_mode": ChargeMode.SCHEDULED,
    "delayed": ChargeMode.DELAYED,
    "delegated": ChargeMode.DELEGATED,
}

_CHARGE_MODE_WIRE: dict[str, dict[ChargeMode, str]] = {
    "kca-action": {ChargeMode.ALWAYS: "always_charging", ChargeMode.SCHEDULED: "schedule_mode"},
    "charging-settings": {
        ChargeMode.ALWAYS: "always",
        ChargeMode.SCHEDULED: "scheduled",
        ChargeMode.DELAYED: "delayed",
    },
    "kcm": {ChargeMode.ALWAYS: "ALWAYS", ChargeMode.SCHEDULED: "SCHEDULED"},
}


def charge_mode_wire_value(mode: ChargeMode, api: ChargeModeApi) -> str:
    """The spelling ``api`` expects for ``mode``; InvalidInputError when it has none."""
    table = _CHARGE_MODE_WIRE[api]
    if mode not in table:
        allowed = ", ".join(m.name for m in table)
        raise InvalidInputError(
            f"Charge mode {mode.name} cannot be set through {api} (allowed: {allowed}).",
            field="charge_mode",
        )
    return table[mode]


# -- query dates and schedule times -----------------------------------------------------------


def history_query_date(value: date, period: HistoryPeriod) -> str:
    """``start``/``end`` of charge-history / hvac-history: ``YYYYMMDD`` (day) or ``YYYYMM``."""
    if period == "day":
        return value.strftime("%Y%m%d")
    if period == "month":
        return value.strftime("%Y%m")
    raise InvalidInputError(
        f"History period must be 'day' or 'month', not {period!r}.", field="period"
    )


def sessions_query_date(value: date) -> str:
    """``start``/``end`` of charges / hvac-sessions: always ``YYYYMMDD``."""
    return value.strftime("%Y%m%d")


_SCHEDULE_TIME_RE = re.compile(r"^T?(\d{1,2}):?(\d{2})Z?$")


def parse_schedule_time(value: str) -> tuple[int, int]:
    """(hour, minute) of ``Thh:mmZ`` (schedules) or ``HHMM`` (KCA charge-schedule GET)."""
    match = _SCHEDULE_TIME_RE.match(value.strip())
    if not match:
        raise ValueError(f"Not a schedule time: {value!r}")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"Not a schedule time: {value!r}")
    return hour, minute


def format_schedule_time(hour: int, minute: int) -> str:
    return f"T{hour:02d}:{minute:02d}Z"


def schedule_end_time(start: str, duration_minutes: int) -> str:
    """End of a schedule slot, wrapping past midnight (``T23:30Z`` + 480 → ``T07:30Z``)."""
    hour, minute = parse_schedule_time(start)
    total = (hour * 60 + minute + int(duration_minutes)) % (24 * 60)
    return format_schedule_time(total // 60, total % 60)
