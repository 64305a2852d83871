"""Effective settings: arguments > environment > config file > shipped data.

Upstream persisted keys and only filled *missing* values from the built-in table, so an upgrade never
replaced a stale key (facts §3.4). Here nothing is persisted: every run resolves afresh, and `sources`
records where each value came from so the CLI can say "the shipped Gigya key may be stale".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.errors import ConfigurationError
from renault_ext.locales import (
    LOCALE_FIELDS,
    LocaleDetails,
    country_from_locale,
    load_locale_table,
    normalise_locale,
)
from renault_ext.yamlio import YamlSyntaxError, load_yaml

_LOG = logging.getLogger(__name__)

# Source labels used in Settings.sources.
ARGUMENT = "argument"
ENV = "env"
CONFIG = "config"
BUILTIN = "builtin"  # shipped data, or derived from it (country from locale)
LOCALES_FILE = "locales_file"  # the user's locales file overrode the shipped value

SETTING_NAMES: tuple[str, ...] = (
    "locale",
    "country",
    *LOCALE_FIELDS,
    "locales_file",
    "models_file",
)
ENV_VARS: Mapping[str, str] = {name: f"RENAULT_{name.upper()}" for name in SETTING_NAMES}
CONFIG_ENV_VAR = "RENAULT_CONFIG"
_SECRETS = frozenset({"gigya_api_key", "kamereon_api_key"})
_PATH_SETTINGS = frozenset({"locales_file", "models_file"})


@dataclass(frozen=True)
class Settings:
    """Resolved settings. `sources[name]` is one of argument/env/config/builtin/locales_file."""

    locale_details: LocaleDetails
    models_file: Path | None = None
    sources: dict[str, str] = field(default_factory=dict, hash=False)
    locales_file: Path | None = None
    config_file: Path | None = None  # the config file actually read, if any

    @property
    def locale(self) -> str:
        return self.locale_details.locale

    @property
    def country(self) -> str:
        return self.locale_details.country

    def uses_shipped(self, name: str) -> bool:
        """True if `name` comes from the shipped data (the "key may be stale" hint needs this)."""
        return self.sources.get(name) == BUILTIN

    def describe(self) -> list[tuple[str, str, str]]:
        """(name, display value, source) rows for `renault settings`; keys shown as <set> only."""
        rows = []
        for name in SETTING_NAMES:
            if name in _PATH_SETTINGS:
                value: Any = getattr(self, name)
                shown = str(value) if value is not None else "-"
            elif name in _SECRETS:
                shown = "<set>" if getattr(self.locale_details, name) else "<unset>"
            else:
                shown = str(getattr(self.locale_details, name))
            rows.append((name, shown, self.sources.get(name, BUILTIN)))
        return rows


def default_config_path(env: Mapping[str, str]) -> Path:
    """`$XDG_CONFIG_HOME/renault/config.yaml`, else `~/.config/renault/config.yaml`."""
    xdg = env.get("XDG_CONFIG_HOME")
    if xdg:
        return Path(xdg) / "renault" / "config.yaml"
    home = env.get("HOME")
    base = Path(home) if home else Path.home()
    return base / ".config" / "renault" / "config.yaml"


def _load_config(path: Path, *, required: bool) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigurationError(f"config file {path} does not exist") from None
        return {}
    except OSError as exc:
        raise ConfigurationError(f"cannot read config file {path}: {exc}") from exc
    try:
        data = load_yaml(text)
    except YamlSyntaxError as exc:
        raise ConfigurationError(f"config file {path} is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigurationError(f"config file {path}: top level must be a mapping")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in SETTING_NAMES:
            # Other parts of the project may add keys later; a typo must still be visible.
            _LOG.warning("config file %s: unknown key %r ignored", path, key)
            continue
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"config file {path}: {key} must be a non-empty string")
        if key in _PATH_SETTINGS:
            # Relative paths in a config file are relative to that file, not to the cwd.
            file_path = Path(value).expanduser()
            out[key] = file_path if file_path.is_absolute() else path.parent / file_path
        else:
            out[key] = value.strip()
    return out


def _check_url(name: str, value: str, source: str) -> None:
    if not value.startswith(("https://", "http://")):
        raise ConfigurationError(f"{name} from {source} must be an http(s) URL")


def resolve_settings(
    *,
    locale: str | None = None,
    country: str | None = None,
    gigya_url: str | None = None,
    gigya_api_key: str | None = None,
    kamereon_url: str | None = None,
    kamereon_api_key: str | None = None,
    locales_file: Path | str | None = None,
    models_file: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | str | None = None,
) -> Settings:
    """Resolve every setting independently: argument > env > config file > shipped data.

    Pure apart from reading files: pass `env` and `config_file` in tests. Without `config_file`,
    `RENAULT_CONFIG` then the XDG default are used; only an explicitly named file must exist.
    """
    environ: Mapping[str, str] = os.environ if env is None else env
    arguments: dict[str, Any] = {
        "locale": locale,
        "country": country,
        "gigya_url": gigya_url,
        "gigya_api_key": gigya_api_key,
        "kamereon_url": kamereon_url,
        "kamereon_api_key": kamereon_api_key,
        "locales_file": Path(locales_file).expanduser() if locales_file else None,
        "models_file": Path(models_file).expanduser() if models_file else None,
    }

    config_path: Path | None
    if config_file is not None or environ.get(CONFIG_ENV_VAR):
        explicit = Path(config_file or environ[CONFIG_ENV_VAR]).expanduser()
        config = _load_config(explicit, required=True)
        config_path = explicit
    else:
        default = default_config_path(environ)
        config = _load_config(default, required=False)
        config_path = default if default.exists() else None

    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name in SETTING_NAMES:
        env_value = environ.get(ENV_VARS[name], "").strip()
        if arguments[name] not in (None, ""):
            values[name], sources[name] = arguments[name], ARGUMENT
        elif env_value:
            values[name] = Path(env_value).expanduser() if name in _PATH_SETTINGS else env_value
            sources[name] = ENV
        elif name in config:
            values[name], sources[name] = config[name], CONFIG

    locales_path: Path | None = values.get("locales_file")
    models_path: Path | None = values.get("models_file")
    sources.setdefault("locales_file", BUILTIN)
    sources.setdefault("models_file", BUILTIN)

    if "locale" not in values:
        raise ConfigurationError(
            "no locale configured: pass locale=..., set RENAULT_LOCALE or add `locale: fr_FR`"
            f" to {config_path or default_config_path(environ)}",
            setting="locale",
        )
    locale_name = normalise_locale(str(values["locale"]))

    missing = [f for f in LOCALE_FIELDS if f not in values]
    if missing:
        table = load_locale_table(locales_path)
        shipped = load_locale_table(None) if locales_path is not None else table
        # Raises UnknownLocaleError only when something is still missing for an unknown locale.
        table_values = table.fields_for(locale_name)
        shipped_values = shipped.fields_for(locale_name) if locale_name in shipped else {}
        for name in missing:
            if name not in table_values:
                raise ConfigurationError(
                    f"locale {locale_name!r} has no {name} in the locale table;"
                    f" set {ENV_VARS[name]} or `{name}:` in the config file",
                    setting="locale",
                )
            values[name] = table_values[name]
            from_user = shipped_values.get(name) != table_values[name]
            sources[name] = LOCALES_FILE if from_user else BUILTIN

    for name in LOCALE_FIELDS:
        if name.endswith("_url"):
            _check_url(name, values[name], sources[name])

    if "country" in values:
        country_value = str(values["country"]).strip().upper()
    else:
        country_value, sources["country"] = country_from_locale(locale_name), BUILTIN

    details = LocaleDetails(
        locale=locale_name,
        country=country_value,
        **{name: values[name] for name in LOCALE_FIELDS},
    )
    return Settings(
        locale_details=details,
        models_file=models_path,
        sources=sources,
        locales_file=locales_path,
        config_file=config_path,
    )
