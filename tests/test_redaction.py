"""Redactor helpers and the logging filter."""

from __future__ import annotations

import json
import logging
from urllib.parse import quote_plus

import pytest
from fake_tokens import LONG_SIGNATURE, fake_jwt

from renault_ext.redaction import RedactingFilter, Redactor

PASSWORD = "correct horse & battery"
JWT = fake_jwt({"sub": "person-id-1", "exp": 1999999999}, signature=LONG_SIGNATURE)
VIN = "VF1ABCDE123456789"
OTHER_VIN = "UU1XYZAB987654321"
EMAIL = "jane.doe@example.com"
LOGIN_TOKEN = "st2.s.AtLtZZZZZZZZZZZZZ.YYYYYYYYYYYYYY-XXXXX"
GIGYA_KEY = "3_VgdkgtIRH3AdHvJm-cjV2ug2EFE0lxt0IJzMC4MFqZjFpn_GYFXVdNZ19L7wZX0N"
KAMEREON_KEY = "YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J"
ACCOUNT = "4f1c1d6e-account-1234"


def full_redactor() -> Redactor:
    r = Redactor()
    r.add_secret(PASSWORD, "password")
    r.add_secret(KAMEREON_KEY, "apikey")
    r.add_secret(ACCOUNT, "account_id")
    return r


def test_known_values_become_placeholders() -> None:
    r = full_redactor()
    text = f"pw={PASSWORD} key {KAMEREON_KEY} account {ACCOUNT}"
    out = r.redact_text(text)
    assert PASSWORD not in out and KAMEREON_KEY not in out and ACCOUNT not in out
    assert "<password>" in out and "<apikey>" in out and "<account:1>" in out


def test_encoded_variants_of_known_values() -> None:
    r = full_redactor()
    form = f"loginID=x&password={quote_plus(PASSWORD)}"
    assert quote_plus(PASSWORD) not in r.redact_text(form)
    as_json = json.dumps({"note": f'he said "{PASSWORD}"'})
    assert "horse" not in r.redact_text(as_json)


@pytest.mark.parametrize(
    ("secret", "placeholder"),
    [
        (JWT, "<jwt>"),
        (LOGIN_TOKEN, "<login_token>"),
        (GIGYA_KEY, "<apikey>"),
        (EMAIL, "<email>"),
        ("jane.doe%40example.com", "<email>"),
        (VIN, "<VIN:1>"),
    ],
)
def test_patterns_catch_unknown_secrets(secret: str, placeholder: str) -> None:
    out = Redactor().redact_text(f"before {secret} after")
    assert secret not in out
    assert out == f"before {placeholder} after"


def test_vin_placeholders_are_stable_and_numbered() -> None:
    r = Redactor()
    out = r.redact_text(f"{VIN} then {OTHER_VIN} then {VIN}")
    assert out == "<VIN:1> then <VIN:2> then <VIN:1>"
    assert r.redact_text(f"/cars/{OTHER_VIN}/battery") == "/cars/<VIN:2>/battery"


@pytest.mark.parametrize(
    "word", ["12345678901234567", "ABCDEFGHJKLMNPRST", "short1", "VF1ABCDE1234567890"]
)
def test_non_vins_untouched(word: str) -> None:
    assert Redactor().redact_text(f"x {word} y") == f"x {word} y"


@pytest.mark.parametrize(
    "text",
    [
        "apikey=abcdef123456",
        "ApiKey=abcdef123456&loginID=someone",
        "login_token=opaque-token-value",
        '"password": "two words here"',
        "x-gigya-id_token: opaque-jwt-value",
        "{'apikey': 'abcdef123456'}",
    ],
)
def test_sensitive_fields_in_text(text: str) -> None:
    out = Redactor().redact_text(text)
    for value in ("abcdef123456", "opaque-token-value", "two words here", "opaque-jwt-value"):
        assert value not in out
    assert "<" in out


def test_ordinary_text_is_untouched() -> None:
    text = "Gigya accounts.login failed: invalid loginID or password (HTTP 403) at 12:00"
    assert Redactor().redact_text(text) == text


def test_redaction_is_idempotent() -> None:
    r = full_redactor()
    once = r.redact_text(f"vin: {VIN}, {JWT}, {EMAIL}, password={PASSWORD}")
    assert r.redact_text(once) == once


def test_redact_json() -> None:
    r = Redactor()
    body = {
        "data": {
            "id": VIN,
            "attributes": {"vin": VIN, "batteryLevel": 60, "note": f"mail {EMAIL}"},
        },
        "accountId": ACCOUNT,
        "registrationNumber": "AB-123-CD",
        "list": [{"id_token": JWT}, "plain"],
        "empty": {"vin": ""},
    }
    out = r.redact_json(body)
    dumped = json.dumps(out)
    for secret in (VIN, ACCOUNT, "AB-123-CD", JWT, EMAIL):
        assert secret not in dumped
    assert out["data"]["id"] == out["data"]["attributes"]["vin"] == "<VIN:1>"
    assert out["data"]["attributes"]["batteryLevel"] == 60
    assert out["list"][1] == "plain"
    assert out["empty"]["vin"] == ""
    assert body["data"]["id"] == VIN  # input untouched


def test_redact_headers() -> None:
    r = Redactor()
    out = r.redact_headers(
        {
            "apikey": KAMEREON_KEY,
            "x-gigya-id_token": JWT,
            "Content-type": "application/vnd.api+json",
        }
    )
    assert out == {
        "apikey": "<apikey>",
        "x-gigya-id_token": "<jwt>",
        "Content-type": "application/vnd.api+json",
    }
    assert r.redact_headers([("Authorization", "Bearer x")]) == {"Authorization": "<secret>"}


def test_redact_url() -> None:
    r = Redactor()
    r.add_secret(ACCOUNT, "account_id")
    url = (
        f"https://user:pw@api.example/commerce/v1/accounts/{ACCOUNT}/kamereon/kca/car-adapter/v2/"
        f"cars/{VIN}/battery-status?country=FR&apikey={KAMEREON_KEY}&login_token={LOGIN_TOKEN}"
    )
    out = r.redact_url(url)
    for secret in (ACCOUNT, VIN, KAMEREON_KEY, LOGIN_TOKEN, "user:pw"):
        assert secret not in out
    assert out.startswith("https://<secret>@api.example/commerce/v1/accounts/<account:1>/")
    assert "country=FR" in out
    assert "apikey=<apikey>" in out


def test_redact_form() -> None:
    r = Redactor()
    body = f"ApiKey={GIGYA_KEY}&loginID={quote_plus(EMAIL)}&password=hunter2hunter2"
    out = r.redact_form(body)
    assert out == "ApiKey=<apikey>&loginID=<email>&password=<password>"
    # the password seen in a field is now known and hidden anywhere
    assert r.redact_text("echo hunter2hunter2") == "echo <password>"


def test_placeholder_kinds_fall_back_to_secret() -> None:
    r = Redactor()
    assert r.add_secret("whatever-value", "no-such-kind") == "<secret>"
    assert r.redact_text("a whatever-value b") == "a <secret> b"


# -- logging -------------------------------------------------------------------------------------


@pytest.fixture
def redacting_caplog(caplog: pytest.LogCaptureFixture):
    redactor = Redactor()
    redactor.add_secret(PASSWORD, "password")
    redactor.add_secret(EMAIL, "email")
    log_filter = RedactingFilter(redactor)
    caplog.handler.addFilter(log_filter)
    caplog.set_level(logging.DEBUG, logger="renault_ext.test")
    yield caplog
    caplog.handler.removeFilter(log_filter)


def test_filter_redacts_message_and_args(redacting_caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("renault_ext.test")
    logger.debug("login %s / %s", EMAIL, PASSWORD)
    logger.info("GET /cars/%s with token %s", VIN, JWT)
    logger.warning({"apikey": KAMEREON_KEY, "vin": VIN})
    text = redacting_caplog.text
    for secret in (PASSWORD, EMAIL, VIN, JWT, KAMEREON_KEY):
        assert secret not in text
    assert "login <email> / <password>" in text
    assert "GET /cars/<VIN:1> with token <jwt>" in text
    messages = [r.getMessage() for r in redacting_caplog.records]
    assert all(PASSWORD not in m and VIN not in m for m in messages)


def test_filter_redacts_tracebacks(redacting_caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("renault_ext.test")
    try:
        raise RuntimeError(f"failed for {EMAIL} with {PASSWORD} and {JWT}")
    except RuntimeError:
        logger.exception("boom")
    text = redacting_caplog.text
    assert "RuntimeError" in text
    for secret in (PASSWORD, EMAIL, JWT):
        assert secret not in text


def test_filter_survives_bad_format_strings(redacting_caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("renault_ext.test").error("%d items for %s", "not-a-number", PASSWORD)
    assert PASSWORD not in redacting_caplog.text
    assert redacting_caplog.records


def test_filter_with_a_real_handler_and_formatter() -> None:
    import io

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter(Redactor({PASSWORD: "password"})))
    logger = logging.getLogger("renault_ext.test.stream")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise ValueError(PASSWORD)
        except ValueError:
            logger.exception("pw=%s", PASSWORD)
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert PASSWORD not in out
    assert "ERROR pw=<password>" in out
    assert "ValueError: <password>" in out


def test_ids_in_kamereon_paths_are_hidden_even_when_unknown() -> None:
    # Another account, a typed path, a lower-case VIN: the redactor was never told about them.
    url = (
        "https://h/commerce/v1/accounts/account-id-other-1/kamereon/kca/car-adapter/v1/cars/"
        "vf1aaaaa555777001/cockpit"
    )
    shown = Redactor().redact_url(url)
    assert "account-id-other-1" not in shown and "vf1aaaaa555777001" not in shown
    assert shown.endswith("/cockpit") and "<account:1>" in shown
    assert "person-id-demo-2" not in Redactor().redact_url(
        "https://h/commerce/v1/persons/person-id-demo-2"
    )


def test_a_cut_body_hides_the_value_it_was_cut_in() -> None:
    from renault_ext.secrets_patterns import mask_cut_string

    assert mask_cut_string('{"data": {"id": "VF1AAAAA555777') == '{"data": {"id": "<cut>'
    whole = '{"a": "b\\"c", "n": 1}'
    assert mask_cut_string(whole) == whole


def test_error_messages_are_redacted_whatever_they_quote() -> None:
    from renault_ext.errors import InvalidInputError

    error = InvalidInputError(
        "unknown charge mode 'jean.dupont@mailbox.test' for VF1ZZZZZ512345678"
    )
    assert "mailbox.test" not in str(error) and "VF1ZZZZZ512345678" not in str(error)
