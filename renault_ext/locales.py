"""Built-in locales with their Gigya / Kamereon hosts and API keys (data in data/locales.yaml).

Renault rotates API keys without notice (facts §3.5); every rotation used to break every user until a
release shipped. Keys therefore live in YAML that a user file can override field by field.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.errors import ConfigurationError
from renault_ext.yamlio import YamlSyntaxError, load_yaml, read_shipped

_LOG = logging.getLogger(__name__)

LOCALE_FIELDS: tuple[str, ...] = ("gigya_url", "gigya_api_key", "kamereon_url", "kamereon_api_key")
_ENTRY_FIELDS = frozenset({"region", *LOCALE_FIELDS})


class UnknownLocaleError(ConfigurationError):
    """The locale is neither shipped nor in the user's locales file."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message, setting="locale")


def _mask(value: str | None) -> str:
    # Never reveal any part of a key: even a prefix helps correlate leaked logs.
    return "<set>" if value else "<unset>"


@dataclass(frozen=True)
class LocaleDetails:
    """Everything needed to talk to Gigya and Kamereon for one locale."""

    locale: str
    country: str
    gigya_url: str
    gigya_api_key: str = field(repr=False)
    kamereon_url: str
    kamereon_api_key: str = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"LocaleDetails(locale={self.locale!r}, country={self.country!r}, "
            f"gigya_url={self.gigya_url!r}, gigya_api_key={_mask(self.gigya_api_key)}, "
            f"kamereon_url={self.kamereon_url!r}, kamereon_api_key={_mask(self.kamereon_api_key)})"
        )

    __str__ = __repr__


def normalise_locale(locale: str) -> str:
    """`fr-FR`, `fr_fr` and `fr_FR` all mean `fr_FR` (Kamereon itself reports `fr-FR`)."""
    text = locale.strip().replace("-", "_")
    if "_" in text:
        lang, _, region = text.partition("_")
        return f"{lang.lower()}_{region.upper()}"
    return text


def country_from_locale(locale: str) -> str:
    """Country is the last two characters of the locale (facts §3.2): `fr_FR` -> `FR`."""
    text = normalise_locale(locale)
    country = text[-2:].upper()
    if len(text) < 2 or not country.isalpha():
        raise ConfigurationError(
            f"cannot derive a country from locale {locale!r}: pass country explicitly",
            setting="locale",
        )
    return country


@dataclass(frozen=True)
class LocaleTable:
    """Merged locale data (shipped + optional user file). Immutable; build with load_locale_table."""

    regions: Mapping[str, Mapping[str, str]]
    locales: Mapping[str, Mapping[str, str]]
    constants: Mapping[str, Any]
    sources: tuple[str, ...] = ()

    def available_locales(self) -> tuple[str, ...]:
        return tuple(sorted(self.locales))

    def __contains__(self, locale: object) -> bool:
        return isinstance(locale, str) and normalise_locale(locale) in self.locales

    def fields_for(self, locale: str) -> dict[str, str]:
        """The four url/key fields of a locale (own fields over region fields); may be partial."""
        name = normalise_locale(locale)
        entry = self.locales.get(name)
        if entry is None:
            raise UnknownLocaleError(
                f"unknown locale {locale!r}; built-in locales: {', '.join(self.available_locales())}."
                " Add it in a locales file (RENAULT_LOCALES_FILE) or pass the hosts and keys"
                " explicitly (RENAULT_GIGYA_URL, RENAULT_GIGYA_API_KEY, RENAULT_KAMEREON_URL,"
                " RENAULT_KAMEREON_API_KEY)."
            )
        merged: dict[str, str] = {}
        region = entry.get("region")
        if region is not None:
            merged.update(self.regions[region])
        merged.update({k: v for k, v in entry.items() if k in LOCALE_FIELDS})
        return merged

    def get(self, locale: str, country: str | None = None) -> LocaleDetails:
        name = normalise_locale(locale)
        values = self.fields_for(name)
        missing = [f for f in LOCALE_FIELDS if not values.get(f)]
        if missing:
            raise ConfigurationError(
                f"locale {name!r} has no {', '.join(missing)} in {self._describe_sources()}",
                setting="locale",
            )
        return LocaleDetails(
            locale=name,
            country=(country.strip().upper() if country else country_from_locale(name)),
            **{f: values[f] for f in LOCALE_FIELDS},
        )

    def _describe_sources(self) -> str:
        return " + ".join(self.sources) or "the locale table"


def _read_yaml(path: Path) -> Any:
    label = str(path)
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigurationError(f"locales file {label} does not exist") from exc
    except (OSError, YamlSyntaxError) as exc:
        raise ConfigurationError(f"cannot read locales file {label}: {exc}") from exc


def _check_entry(label: str, where: str, entry: Any, allowed: frozenset[str]) -> dict[str, str]:
    if not isinstance(entry, Mapping):
        raise ConfigurationError(f"{label}: {where} must be a mapping, got {type(entry).__name__}")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise ConfigurationError(
            f"{label}: {where} has unknown field(s) {', '.join(map(str, unknown))}"
            f" (allowed: {', '.join(sorted(allowed))})"
        )
    out: dict[str, str] = {}
    for key, value in entry.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"{label}: {where}.{key} must be a non-empty string")
        if key.endswith("_url") and not value.startswith(("https://", "http://")):
            raise ConfigurationError(f"{label}: {where}.{key} must be an http(s) URL")
        out[key] = value.strip()
    return out


def _merge_document(
    label: str,
    doc: Any,
    regions: dict[str, dict[str, str]],
    locales: dict[str, dict[str, str]],
    constants: dict[str, Any],
) -> None:
    if doc is None:
        return
    if not isinstance(doc, Mapping):
        raise ConfigurationError(f"{label}: top level must be a mapping")
    unknown = sorted(set(doc) - {"constants", "regions", "locales"})
    if unknown:
        raise ConfigurationError(
            f"{label}: unknown top-level key(s) {', '.join(map(str, unknown))}"
            " (allowed: constants, regions, locales)"
        )
    extra_constants = doc.get("constants") or {}
    if not isinstance(extra_constants, Mapping):
        raise ConfigurationError(f"{label}: constants must be a mapping")
    constants.update(extra_constants)
    for name, entry in (doc.get("regions") or {}).items():
        checked = _check_entry(label, f"regions.{name}", entry, frozenset(LOCALE_FIELDS))
        regions.setdefault(str(name), {}).update(checked)
    for name, entry in (doc.get("locales") or {}).items():
        where = f"locales.{name}"
        checked = _check_entry(label, where, entry or {}, _ENTRY_FIELDS)
        locales.setdefault(normalise_locale(str(name)), {}).update(checked)
    for name, entry in locales.items():
        region = entry.get("region")
        if region is not None and region not in regions:
            raise ConfigurationError(
                f"{label}: locales.{name} refers to unknown region {region!r}"
                f" (known: {', '.join(sorted(regions))})"
            )


def _shipped_document() -> Any:
    try:
        return read_shipped("locales.yaml")
    except (OSError, YamlSyntaxError) as exc:
        raise ConfigurationError(f"cannot read the shipped locales.yaml: {exc}") from exc


def load_locale_table(user_file: Path | None = None) -> LocaleTable:
    """Shipped locale data, with `user_file` (same layout) merged over it field by field."""
    regions: dict[str, dict[str, str]] = {}
    locales: dict[str, dict[str, str]] = {}
    constants: dict[str, Any] = {}
    sources = ["shipped locales.yaml"]
    _merge_document("shipped locales.yaml", _shipped_document(), regions, locales, constants)
    if user_file is not None:
        path = Path(user_file).expanduser()
        _merge_document(str(path), _read_yaml(path), regions, locales, constants)
        sources.append(str(path))
        _LOG.debug("locale table: merged user file %s", path)
    return LocaleTable(
        regions=copy.deepcopy(regions),
        locales=copy.deepcopy(locales),
        constants=copy.deepcopy(constants),
        sources=tuple(sources),
    )


def available_locales(user_file: Path | None = None) -> tuple[str, ...]:
    """Sorted locale names (29 shipped, plus any from `user_file`)."""
    return load_locale_table(user_file).available_locales()


def get_locale_details(
    locale: str,
    *,
    country: str | None = None,
    user_file: Path | None = None,
    table: LocaleTable | None = None,
) -> LocaleDetails:
    """Hosts and keys for `locale`; raises UnknownLocaleError (a ConfigurationError) if unknown."""
    return (table or load_locale_table(user_file)).get(locale, country)
