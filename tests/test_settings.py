"""Settings precedence: argument > environment > config file > shipped data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from renault_ext.locales import get_locale_details
from renault_ext.settings import default_config_path, resolve_settings


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose default config location is an empty temp dir."""
    return {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}


def _config(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_only(home: dict[str, str]) -> None:
    settings = resolve_settings(locale="de_DE", env=home)
    assert settings.locale_details == get_locale_details("de_DE")
    assert settings.sources["locale"] == "argument"
    for name in ("country", "gigya_url", "gigya_api_key", "kamereon_url", "kamereon_api_key"):
        assert settings.sources[name] == "builtin", name
    assert settings.uses_shipped("gigya_api_key")
    assert settings.models_file is None and settings.config_file is None


def test_precedence_argument_env_config_builtin(tmp_path: Path, home: dict[str, str]) -> None:
    config = _config(
        tmp_path / "config.yaml",
        "locale: it_IT\ncountry: SM\ngigya_api_key: from-config\nkamereon_api_key: k-config\n"
        "kamereon_url: http://127.0.0.1:9000\n",
    )
    env = {**home, "RENAULT_LOCALE": "fr_FR", "RENAULT_GIGYA_API_KEY": "from-env"}
    settings = resolve_settings(
        gigya_api_key="from-argument", env={**env, "RENAULT_CONFIG": str(config)}
    )
    details = settings.locale_details
    assert details.gigya_api_key == "from-argument"
    assert details.locale == "fr_FR"  # env beats config
    assert details.country == "SM"  # config beats derivation
    assert details.kamereon_api_key == "k-config"
    assert details.kamereon_url == "http://127.0.0.1:9000"
    assert details.gigya_url == "https://accounts.eu1.gigya.com"  # shipped, for fr_FR
    assert settings.sources == {
        "gigya_api_key": "argument",
        "locale": "env",
        "country": "config",
        "kamereon_api_key": "config",
        "kamereon_url": "config",
        "gigya_url": "builtin",
        "locales_file": "builtin",
        "models_file": "builtin",
    }
    assert settings.config_file == config

    # Drop the argument: env wins; drop env: config wins.
    assert (
        resolve_settings(env={**env, "RENAULT_CONFIG": str(config)}).locale_details.gigya_api_key
        == "from-env"
    )
    only_config = resolve_settings(config_file=config, env=home)
    assert only_config.locale_details.gigya_api_key == "from-config"
    assert only_config.sources["locale"] == "config"


def test_country_derived_from_resolved_locale(home: dict[str, str]) -> None:
    settings = resolve_settings(env={**home, "RENAULT_LOCALE": "nl-BE"})
    assert (settings.locale, settings.country) == ("nl_BE", "BE")
    assert settings.sources["country"] == "builtin"
    assert resolve_settings(locale="nl_BE", country="lu", env=home).country == "LU"


def test_default_config_location(tmp_path: Path) -> None:
    assert default_config_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/renault/config.yaml")
    assert default_config_path({"HOME": "/h"}) == Path("/h/.config/renault/config.yaml")
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    _config(tmp_path / "renault" / "config.yaml", "locale: es_MX\n")
    settings = resolve_settings(env=env)
    assert settings.locale_details.gigya_url == "https://accounts.us1.gigya.com"
    assert settings.sources["locale"] == "config"
    assert settings.config_file == tmp_path / "renault" / "config.yaml"


def test_missing_default_config_is_fine_missing_explicit_is_not(
    tmp_path: Path, home: dict[str, str]
) -> None:
    assert resolve_settings(locale="fr_FR", env=home).config_file is None
    with pytest.raises(ValueError, match="does not exist"):
        resolve_settings(locale="fr_FR", env=home, config_file=tmp_path / "nope.yaml")
    with pytest.raises(ValueError, match="does not exist"):
        resolve_settings(locale="fr_FR", env={**home, "RENAULT_CONFIG": str(tmp_path / "no.yaml")})


def test_no_locale_is_a_clear_error(home: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="RENAULT_LOCALE"):
        resolve_settings(env=home)


def test_unknown_locale_needs_all_four_values(home: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="xx_YY"):
        resolve_settings(locale="xx_YY", env=home)
    settings = resolve_settings(
        locale="xx_YY",
        gigya_url="http://127.0.0.1:1",
        gigya_api_key="g",
        kamereon_url="http://127.0.0.1:2",
        kamereon_api_key="k",
        env=home,
    )
    assert (settings.locale, settings.country) == ("xx_YY", "YY")


def test_locales_file_override_is_reported(tmp_path: Path, home: dict[str, str]) -> None:
    _config(tmp_path / "keys.yaml", "regions:\n  EU:\n    gigya_api_key: 3_new\n")
    config = _config(
        tmp_path / "cfg" / "config.yaml", "locale: fr_FR\nlocales_file: ../keys.yaml\n"
    )
    settings = resolve_settings(config_file=config, env=home)
    assert settings.locale_details.gigya_api_key == "3_new"
    assert settings.sources["gigya_api_key"] == "locales_file"
    assert settings.sources["kamereon_api_key"] == "builtin"
    assert not settings.uses_shipped("gigya_api_key")
    # Relative paths in a config file are relative to the config file.
    assert settings.locales_file == tmp_path / "cfg" / ".." / "keys.yaml"
    assert settings.sources["locales_file"] == "config"


def test_models_file_from_env(tmp_path: Path, home: dict[str, str]) -> None:
    env = {**home, "RENAULT_MODELS_FILE": str(tmp_path / "m.yaml"), "RENAULT_LOCALE": "fr_FR"}
    settings = resolve_settings(env=env)
    assert settings.models_file == tmp_path / "m.yaml"
    assert settings.sources["models_file"] == "env"
    assert (
        resolve_settings(models_file=tmp_path / "a.yaml", env=env).sources["models_file"]
        == "argument"
    )


def test_bad_config_values(tmp_path: Path, home: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="mapping"):
        resolve_settings(config_file=_config(tmp_path / "a.yaml", "- fr_FR\n"), env=home)
    with pytest.raises(ValueError, match="locale"):
        resolve_settings(config_file=_config(tmp_path / "b.yaml", "locale: 12\n"), env=home)
    with pytest.raises(ValueError, match="gigya_url"):
        resolve_settings(locale="fr_FR", gigya_url="accounts.eu1.gigya.com", env=home)


def test_unknown_config_key_warns(
    tmp_path: Path, home: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    config = _config(tmp_path / "c.yaml", "locale: fr_FR\ngigya_apikey: typo\n")
    with caplog.at_level(logging.WARNING, logger="renault_ext.settings"):
        resolve_settings(config_file=config, env=home)
    assert any("gigya_apikey" in r.getMessage() for r in caplog.records)
    assert all("typo" not in r.getMessage() for r in caplog.records)


def test_keys_never_in_repr(home: dict[str, str]) -> None:
    settings = resolve_settings(
        locale="fr_FR", gigya_api_key="SECRET-GIGYA-1", kamereon_api_key="SECRET-KAM-2", env=home
    )
    shipped = get_locale_details("fr_FR")
    for text in (repr(settings), str(settings), str(settings.describe())):
        assert "SECRET-GIGYA-1" not in text and "SECRET-KAM-2" not in text
        assert shipped.gigya_api_key not in text and shipped.kamereon_api_key not in text
    rows = {name: (value, source) for name, value, source in settings.describe()}
    assert rows["gigya_api_key"] == ("<set>", "argument")
    assert rows["kamereon_url"][1] == "builtin"


def test_uses_os_environ_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("RENAULT_LOCALE", "sv_SE")
    monkeypatch.delenv("RENAULT_CONFIG", raising=False)
    settings = resolve_settings()
    assert settings.locale == "sv_SE" and settings.sources["locale"] == "env"
