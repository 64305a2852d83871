"""Built-in locales, keys and user overrides (renault_ext/data/locales.yaml, facts §3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from renault_ext.locales import (
    LocaleDetails,
    UnknownLocaleError,
    available_locales,
    country_from_locale,
    get_locale_details,
    load_locale_table,
)

EU_GIGYA = "https://accounts.eu1.gigya.com"
US_GIGYA = "https://accounts.us1.gigya.com"
EU_KAMEREON = "https://api-wired-prod-1-euw1.wrd-aws.com"
US_KAMEREON = "https://api-wired-prod-1-usw2.wrd-aws.com"

# facts §3.2
FACTS_LOCALES = {
    "bg_BG", "cs_CZ", "da_DK", "de_DE", "de_AT", "de_CH", "en_GB", "en_IE", "es_ES", "fi_FI",
    "fr_FR", "fr_BE", "fr_CH", "hr_HR", "hu_HU", "it_IT", "it_CH", "nl_NL", "nl_BE", "no_NO",
    "pl_PL", "pt_PT", "ro_RO", "ru_RU", "sk_SK", "sl_SI", "sv_SE", "fr_LU", "es_MX",
}  # fmt: skip


def test_29_builtin_locales() -> None:
    locales = available_locales()
    assert len(locales) == 29
    assert set(locales) == FACTS_LOCALES
    assert list(locales) == sorted(locales)


def test_eu_locales_share_hosts_and_keys() -> None:
    table = load_locale_table()
    eu = [table.get(name) for name in sorted(FACTS_LOCALES - {"es_MX", "fr_LU"})]
    assert {d.gigya_url for d in eu} == {EU_GIGYA}
    assert {d.kamereon_url for d in eu} == {EU_KAMEREON}
    assert len({d.gigya_api_key for d in eu}) == 1  # one shared EU key since 2026-05-20
    assert eu[0].gigya_api_key.startswith("3_")


def test_es_mx_uses_us_hosts() -> None:
    mx = get_locale_details("es_MX")
    fr = get_locale_details("fr_FR")
    assert (mx.gigya_url, mx.kamereon_url) == (US_GIGYA, US_KAMEREON)
    assert mx.gigya_api_key != fr.gigya_api_key and mx.gigya_api_key.startswith("4_")
    # One Kamereon key for every locale since 2023-04-18.
    assert mx.kamereon_api_key == fr.kamereon_api_key
    assert mx.country == "MX"


def test_fr_lu_keeps_its_own_gigya_key() -> None:
    lu = get_locale_details("fr_LU")
    assert lu.gigya_url == EU_GIGYA
    assert lu.gigya_api_key != get_locale_details("fr_FR").gigya_api_key


@pytest.mark.parametrize(
    ("locale", "country"),
    [("fr_FR", "FR"), ("de_AT", "AT"), ("en_GB", "GB"), ("fr-BE", "BE"), ("it_ch", "CH")],
)
def test_country_derivation(locale: str, country: str) -> None:
    assert country_from_locale(locale) == country
    assert get_locale_details(locale).country == country


def test_explicit_country_wins() -> None:
    details = get_locale_details("fr_FR", country="mc")
    assert (details.locale, details.country) == ("fr_FR", "MC")


def test_hyphenated_locale_normalised() -> None:
    assert get_locale_details("fr-FR").locale == "fr_FR"


def test_unknown_locale_is_a_clear_configuration_error() -> None:
    with pytest.raises(UnknownLocaleError) as info:
        get_locale_details("xx_YY")
    message = str(info.value)
    assert "xx_YY" in message and "fr_FR" in message and "RENAULT_LOCALES_FILE" in message
    assert isinstance(info.value, ValueError)


def test_keys_never_in_repr_or_str() -> None:
    for name in available_locales():
        details = get_locale_details(name)
        for text in (repr(details), str(details), f"{details}", repr([details])):
            assert details.gigya_api_key not in text
            assert details.kamereon_api_key not in text
            assert details.gigya_api_key[:5] not in text  # not even a prefix
            assert "<set>" in text


def test_details_are_frozen() -> None:
    details = get_locale_details("fr_FR")
    with pytest.raises(AttributeError):
        details.gigya_api_key = "x"  # type: ignore[misc]
    assert isinstance(details, LocaleDetails)


def test_user_file_overrides_per_field_and_adds(tmp_path: Path) -> None:
    user = tmp_path / "locales.yaml"
    user.write_text(
        """
regions:
  EU:
    gigya_api_key: 3_rotated-eu-key
locales:
  fr_LU:
    gigya_api_key: 3_rotated-lu-key
  fr_MA:
    region: EU
  pt_BR:
    region: US
    kamereon_url: http://127.0.0.1:8080
""",
        encoding="utf-8",
    )
    table = load_locale_table(user)
    shipped = load_locale_table()
    assert len(table.available_locales()) == 31
    fr = table.get("fr_FR")
    assert fr.gigya_api_key == "3_rotated-eu-key"
    # Only the overridden field changed.
    assert fr.kamereon_api_key == shipped.get("fr_FR").kamereon_api_key
    assert fr.gigya_url == EU_GIGYA
    assert table.get("fr_LU").gigya_api_key == "3_rotated-lu-key"
    assert table.get("fr_MA").gigya_api_key == "3_rotated-eu-key"
    br = table.get("pt_BR")
    assert (br.gigya_url, br.kamereon_url, br.country) == (US_GIGYA, "http://127.0.0.1:8080", "BR")
    # es_MX (US region) is untouched by an EU rotation.
    assert table.get("es_MX") == shipped.get("es_MX")
    assert available_locales(user) == table.available_locales()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("locales:\n  fr_MA: {region: MARS}\n", "MARS"),
        ("locales:\n  fr_MA: {gigya_key: abc}\n", "gigya_key"),
        ("regions:\n  EU: {gigya_url: ftp://x}\n", "gigya_url"),
        ("keys: {}\n", "keys"),
        ("locales: [\n", "cannot read"),
        ("locales:\n  fr_FR: {gigya_api_key: ''}\n", "non-empty"),
    ],
)
def test_bad_user_file(tmp_path: Path, text: str, fragment: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_locale_table(user)
    assert fragment in str(info.value) and str(user) in str(info.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        load_locale_table(tmp_path / "nope.yaml")


def test_constants_exposed() -> None:
    constants = load_locale_table().constants
    assert constants["gigya_eu_url"] == EU_GIGYA
    assert constants["kamereon_us_url"] == US_KAMEREON
    assert constants["locale_config_base_url"].startswith("https://")
