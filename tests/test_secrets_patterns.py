"""The redactor (logs) and the anonymiser (traces) recognise the same secret-looking text."""

from __future__ import annotations

import pytest

from renault_ext.redaction import Redactor
from renault_ext.traces.anonymise import Anonymiser

SAMPLES = {
    "jwt": "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here",
    "short jwt": "eyJh.eyJz.x",
    "e-mail": "login jane.doe@mail.test ok",
    "url-encoded e-mail": "loginID=jane.doe%40mail.test&x=1",
    "vin": "car VF1ZZZZZX67123456 parked",
    "vin after underscore": "cache_VF1ZZZZZX67123456.json",
    "login token": "st2.s.AcbHxyz0123456789.abcdef+GHI/JKL=",
    "glt cookie": "glt_.Abcdefghijklmnop",
    "jwt after a URL escape": "Authorization:Bearer%20eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
    "vin in an encoded path": "path=cars%2FVF1ZZZZZX67123456%2Fbattery-status",
    "api key after a URL escape": "q=x%3D3_e8d4g4SE_Fo8ahyHwwP7ohLGZ79HKNN2T8Nj",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_both_catch_the_same_samples(name: str) -> None:
    text = SAMPLES[name]
    assert Redactor().redact_text(text) != text, name
    assert Anonymiser().text(text) != text, name


@pytest.mark.parametrize(
    "text", ["12345678901234567", "ABCDEFGHJKLMNPRST", "st2.short", "user@localhost"]
)
def test_lookalikes_are_left_alone(text: str) -> None:
    assert Redactor().redact_text(text) == text
    assert Anonymiser().text(text) == text


def test_anonymised_encoded_email_is_stable() -> None:
    first = Anonymiser().text("to=jane.doe%40mail.test")
    assert "jane.doe" not in first and "example.com" in first
    again = Anonymiser().text("to=user7%40example.com")
    assert again == "to=user7%40example.com"  # placeholders stay put: anonymising is idempotent
