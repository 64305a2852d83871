"""KnownValues: an original replaced once is replaced wherever it appears again in free text."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from renault_ext.traces.known_values import KnownValues

VIN = "VF1ZZZZZ512345678"
API_KEY = "3_e8d4g4SE_Fo8ahyHwwP7ohLGZ79HKNN2T8Nj"
EMAIL = "jeanne@mailbox.test"
NAME = "Jeanne Dupontel"


@pytest.fixture
def known() -> KnownValues:
    values = KnownValues()
    values.add(VIN, "VF1AAAA0000000001")
    values.add(API_KEY, "REDACTED-API-KEY-1")
    values.add(EMAIL, "user1@example.com")
    values.add(NAME, "Name1")
    values.add("7391", "1234")
    return values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"car {VIN} is charging", "car VF1AAAA0000000001 is charging"),
        (
            f"see /cars/{VIN}/battery-status?vin={VIN}",
            "see /cars/VF1AAAA0000000001/battery-status?vin=VF1AAAA0000000001",
        ),
        (f"last seen: {VIN}.", "last seen: VF1AAAA0000000001."),
        (f"file {VIN}_battery.json", "file VF1AAAA0000000001_battery.json"),
        (f"cookie gac_{API_KEY}=x", "cookie gac_REDACTED-API-KEY-1=x"),
        (f"path cars%2F{VIN}", "path cars%2FVF1AAAA0000000001"),
        (f"loginID={quote(EMAIL, safe='')}", "loginID=user1%40example.com"),
        (f"owner {NAME} called", "owner Name1 called"),
        ("radio 7391, ok", "radio 1234, ok"),
    ],
)
def test_known_value_is_replaced_in_text(known: KnownValues, text: str, expected: str) -> None:
    assert known.replace_in(text) == expected


def test_json_escaped_variant(known: KnownValues) -> None:
    accented = KnownValues()
    accented.add("Jérôme", "Name2")
    escaped = json.dumps({"note": "Jérôme"})  # ASCII-escaped: J\u00e9r\u00f4me
    assert "Name2" in accented.replace_in(escaped)


def test_short_values_only_as_whole_words(known: KnownValues) -> None:
    # A 4-digit code inside a timestamp or a longer number is not the code.
    text = "at 2024-05-01T17:39:12 id 173912 code x7391"
    assert known.replace_in(text) == text


def test_fakes_are_recognised_and_not_replaced_again(known: KnownValues) -> None:
    assert known.is_fake("VF1AAAA0000000001") and not known.is_fake(VIN)
    assert known.get(VIN) == "VF1AAAA0000000001" and VIN in known and len(known) == 5


def test_many_values_stay_consistent() -> None:
    known = KnownValues()
    for n in range(3000):
        known.add(f"account-{n:08d}-secret", f"account-id-{n}")
    text = " ".join(f"acc=account-{n:08d}-secret" for n in range(0, 3000, 7))
    out = known.replace_in(text)
    assert "secret" not in out
    assert out.split()[1] == "acc=account-id-7"


ACCOUNT = "8a1b2c3d-4e5f-6789-abcd-ef0123456789"


@pytest.mark.parametrize(
    "text",
    [
        f"Account `{ACCOUNT}` is locked",
        f"compte «{ACCOUNT}»",
        f"account “{ACCOUNT}”",
        f"x^{ACCOUNT}",
        f"line1\\n{ACCOUNT}",  # a JSON escape left in text that is not parsed as JSON
        f"lower-case {VIN.lower()} and upper-case {ACCOUNT.upper()}",
    ],
)
def test_learned_value_found_next_to_any_punctuation_or_case(text: str) -> None:
    known = KnownValues()
    known.add(VIN, "VF1AAAA0000000001")
    known.add(ACCOUNT, "account-id-1")
    out = known.replace_in(text)
    assert ACCOUNT not in out.lower() and VIN.lower() not in out.lower(), out


def test_values_with_separators_are_found_through_their_longest_word() -> None:
    # Base64 cookies and addresses hold "/", "+", "=" or spaces: they are not single words.
    known = KnownValues()
    cookies = [f"A{n:04d}bc/DEF+ghij{n}klmn==" for n in range(2000)]
    for n, cookie in enumerate(cookies):
        known.add(cookie, f"REDACTED-COOKIE-{n}")
    known.add("12 rue de la Paix", "address-1")
    text = f"set {cookies[1234]}; again {cookies[7]} at 12 rue de la Paix, Paris"
    out = known.replace_in(text)
    assert out == "set REDACTED-COOKIE-1234; again REDACTED-COOKIE-7 at address-1, Paris"


def test_short_values_are_never_searched_in_free_text() -> None:
    known = KnownValues()
    known.add("OK", "REDACTED-1")
    known.add("17", "REDACTED-2")
    assert known.get("OK") == "REDACTED-1"  # still replaced where it was found by name
    text = "status OK at 17:39"
    assert known.replace_in(text) == text
