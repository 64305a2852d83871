"""Configuration of the fake backend: what it accepts, how its clock runs, which faults it injects.

Everything here is plain data so that the CLI, the pytest fixture and the benchmark build the same
objects. ``Faults`` is also the runtime-mutable part: the server reads it on every request, so a
test can change it through the handle while the server runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from renault_ext.yamlio import YamlSyntaxError, load_yaml, read_shipped

FAULT_KINDS: tuple[str, ...] = (
    "http_502_html",
    "failed_forward",
    "invalid_upstream",
    "truncated_body",
    "slow_body",
    "jwt_revocation",
    "empty_body",
)
"""Kinds drawn at random when ``fault_rate`` fires (quota and Gigya outage are separate switches).
``empty_body`` is HTTP 200 with no body at all (clients report it differently from a truncated one:
EmptyResponseError, not MalformedJsonError)."""

OPT_IN_FAULT_KINDS: tuple[str, ...] = ()
"""Kinds injected only when named in ``Faults.kinds``, never by a plain ``fault_rate``. None today;
kept so that a fault too disruptive for the default mix has a place to go."""

# Real public keys (facts §3.1): accepted by default so that any client only needs the URL changed.
DEFAULT_GIGYA_KEYS: tuple[str, ...] = (
    "3_VgdkgtIRH3AdHvJm-cjV2ug2EFE0lxt0IJzMC4MFqZjFpn_GYFXVdNZ19L7wZX0N",
    "4_yTFqPSsGxVyRXPZUM7t1Iw",
)
DEFAULT_KAMEREON_KEYS: tuple[str, ...] = ("YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J",)


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


BUNDLED_FIXTURES = Path(__file__).resolve().with_name("bundled_fixtures")


def default_fixtures_dir() -> Path:
    """The copy of fixtures/ an installed wheel carries (setup.py), else fixtures/ of the
    checkout (editable install: edits are served at once)."""
    return BUNDLED_FIXTURES if BUNDLED_FIXTURES.is_dir() else _repo_root() / "fixtures"


def locale_keys(locales_file: Path | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Gigya and Kamereon keys of every built-in locale, read from renault_ext/data/locales.yaml.

    Falls back to the hard-coded public keys when the data file is missing or unreadable, so the
    fake still starts in a half-built checkout.
    """
    try:
        if locales_file is None:
            data = read_shipped("locales.yaml") or {}
        else:
            data = load_yaml(locales_file.read_text(encoding="utf-8")) or {}
    except (OSError, YamlSyntaxError):
        return DEFAULT_GIGYA_KEYS, DEFAULT_KAMEREON_KEYS
    gigya: list[str] = []
    kamereon: list[str] = []
    regions = data.get("regions") or {}
    for region in regions.values():
        gigya.append(str(region.get("gigya_api_key", "")))
        kamereon.append(str(region.get("kamereon_api_key", "")))
    for locale in (data.get("locales") or {}).values():
        if isinstance(locale, dict):
            gigya.append(str(locale.get("gigya_api_key", "")))
            kamereon.append(str(locale.get("kamereon_api_key", "")))
    gigya_keys = tuple(dict.fromkeys(k for k in gigya if k)) or DEFAULT_GIGYA_KEYS
    kamereon_keys = tuple(dict.fromkeys(k for k in kamereon if k)) or DEFAULT_KAMEREON_KEYS
    return gigya_keys, kamereon_keys


@dataclass
class Faults:
    """Fault injection settings; mutable at runtime (the server reads them on every request)."""

    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    fault_rate: float = 0.0
    """Probability that a Kamereon request fails with one of ``kinds``."""
    per_operation: dict[str, float] = field(default_factory=dict)
    """Fault rate per operationId, overriding ``fault_rate`` for that operation."""
    kinds: tuple[str, ...] = FAULT_KINDS
    quota_per_minute: int | None = None
    """Kamereon requests allowed per account (or person) per simulated minute; None = unlimited."""
    gigya_outage: bool = False
    slow_body_seconds: float = 1.0
    """How long a ``slow_body`` answer takes to trickle out."""

    def rate_for(self, operation_id: str) -> float:
        return self.per_operation.get(operation_id, self.fault_rate)

    def copy(self) -> Faults:
        return replace(self, per_operation=dict(self.per_operation), kinds=tuple(self.kinds))


@dataclass
class FakeBackend:
    """Everything needed to start one fake backend."""

    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port."""
    seed: int | None = None
    """Makes ids, generated history and fault draws reproducible."""
    jwt_lifetime: int = 900
    """Upper bound for the JWT lifetime in seconds (clients ask for 900)."""
    clock_speed: float = 1.0
    """Simulated seconds per real second; 0 freezes the clock (advance it manually)."""
    start_time: datetime | None = None
    """Simulated time at start (aware datetime); None = now."""
    faults: Faults = field(default_factory=Faults)
    gigya_api_keys: tuple[str, ...] | None = None
    """Accepted Gigya keys; None = every key in renault_ext/data/locales.yaml."""
    kamereon_api_keys: tuple[str, ...] | None = None
    spec_path: Path | None = None
    """Bundled OpenAPI document; None = the one shipped in renault_ext/spec/."""
    fixtures_dir: Path | None = None
    demo_file: Path | None = None
    """Demo accounts and vehicles; None = renault_ext/fake/demo.yaml."""
    models_file: Path | None = None
    """User model-table file passed to ``load_model_table``."""
    test_endpoints: bool = True
    """Serve the ``/_fake/...`` helpers (2FA code, clock, faults, revocation)."""
    access_log: bool = False
    """Print one line per request (uvicorn's access log), with tokens, keys and VINs redacted."""

    def resolved_keys(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        gigya, kamereon = locale_keys()
        return (self.gigya_api_keys or gigya, self.kamereon_api_keys or kamereon)

    def resolved_fixtures_dir(self) -> Path:
        return self.fixtures_dir or default_fixtures_dir()
