"""Exception hierarchy and the Kamereon / Gigya error factories."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from fake_tokens import LONG_SIGNATURE, fake_jwt

from renault_ext import errors as E
from renault_ext.redaction import Redactor

FIXTURES = Path("/work/shared/reference/renault-api-fixtures")
KAMEREON_ERRORS = FIXTURES / "kamereon" / "error"
GIGYA_ERRORS = FIXTURES / "gigya" / "error"

needs_fixtures = pytest.mark.skipif(
    not KAMEREON_ERRORS.is_dir(), reason="reference fixtures not available"
)

EXPECTED_FIXTURE_CLASSES = {
    "access_denied.json": (E.AccessDeniedError, "Access is denied for this resource"),
    "bad_gateway.html": (E.HtmlResponseError, "502 Bad Gateway"),
    "charge_mode_inprogress.json": (
        E.ChargeModeInProgressError,
        "A remote CHARGE_MODE is already in progress",
    ),
    "failed_forward.json": (E.FailedForwardError, "Failed to forward request to remote service"),
    "forbidden.json": (E.ForbiddenError, "The access is forbidden"),
    "hvac-status.403.403011.json": (
        E.AccessDeniedError,
        "Operation not supported Operation not supported for this can (C1A)",
    ),
    "invalid_date.json": (
        E.InvalidInputRejectedError,
        "/data/attributes/startDateTime must be a future date",
    ),
    "invalid_upstream.json": (
        E.InvalidUpstreamError,
        (
            "Invalid response from the upstream server (The request sent to the GDC is erroneous) "
            "; 502 Bad Gateway"
        ),
    ),
    "not_supported.json": (
        E.NotSupportedError,
        "This feature is not technically supported by this gateway",
    ),
    "privacy_on.json": (E.PrivacyModeOnError, "Privacy mode currently ON"),
    "quota_limit.json": (E.QuotaLimitError, "You have reached your quota limit"),
    "resource_not_found.json": (E.ResourceNotFoundError, "Resource not found"),
}

JWT = fake_jwt({"sub": "person-id-1", "exp": 1999999999}, signature=LONG_SIGNATURE)
PASSWORD = "Sup3r-s3cret-P@ss"
VIN = "VF1ABCDE123456789"
EMAIL = "jane.doe@example.com"
LOGIN_TOKEN = "st2.s.AtLtZZZZZZZZZZZZZZZZZZZ.YYYYYYYY-XXXXXX"


@needs_fixtures
def test_every_fixture_has_an_expectation() -> None:
    assert {p.name for p in KAMEREON_ERRORS.iterdir()} == set(EXPECTED_FIXTURE_CLASSES)


@needs_fixtures
@pytest.mark.parametrize("name", sorted(EXPECTED_FIXTURE_CLASSES))
@pytest.mark.parametrize("status", [200, 400, 502])
def test_kamereon_fixture_maps_to_class(name: str, status: int) -> None:
    cls, details = EXPECTED_FIXTURE_CLASSES[name]
    body = (KAMEREON_ERRORS / name).read_bytes()
    error = E.kamereon_error_from_response(status, body, operation="getBatteryStatus")
    # errors[] wins over the HTTP status: the class must not depend on it.
    assert type(error) is cls
    assert details in str(error)
    assert "getBatteryStatus" in str(error)
    assert json.dumps(error.to_dict())  # serialisable for --json
    assert error.to_dict()["error"] == cls.__name__


@needs_fixtures
def test_kamereon_fixture_attributes() -> None:
    error = E.kamereon_error_from_response(
        403, (KAMEREON_ERRORS / "hvac-status.403.403011.json").read_text(), operation="op"
    )
    assert isinstance(error, E.KamereonError)
    assert error.code == "err.func.403"
    assert error.status == 403
    assert error.operation == "op"
    assert error.raw["errors"][0]["errorCode"] == "err.func.403"


@needs_fixtures
def test_html_fixture_attributes() -> None:
    body = (KAMEREON_ERRORS / "bad_gateway.html").read_bytes()
    error = E.kamereon_error_from_response(502, body, content_type="text/html")
    assert isinstance(error, E.HtmlResponseError)
    assert isinstance(error, E.InvalidResponseError)
    assert error.status == 502
    assert error.content_type == "text/html"
    assert "<title>502 Bad Gateway</title>" in error.body_excerpt


def test_html_detected_even_with_2xx_status() -> None:
    error = E.kamereon_error_from_response(200, "<html><h1>Oops</h1></html>")
    assert isinstance(error, E.HtmlResponseError)
    assert "Oops" in str(error)


def test_nested_error_message_details_joined() -> None:
    nested = {
        "errors": [
            {"title": "Bad", "source": {"pointer": "/data/a"}, "detail": "is wrong"},
            {"detail": "second problem"},
        ]
    }
    body = {"errors": [{"errorCode": "err.func.400", "errorMessage": json.dumps(nested)}]}
    error = E.kamereon_error_from_response(400, json.dumps(body))
    assert isinstance(error, E.InvalidInputRejectedError)
    assert error.details == "Bad /data/a is wrong, second problem"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("plain text", "plain text"),
        ('{"errors": []}', '{"errors": []}'),  # nothing usable -> raw message
        ('{"errors": [{"code": "x"}]}', '{"errors": [{"code": "x"}]}'),
        ('{"errors": [{"detail": "d", "title": "t"}]}', "t d"),
        (None, ""),
    ],
)
def test_extract_error_details(message: str | None, expected: str) -> None:
    assert E.extract_error_details(message) == expected


def test_quota_retry_after_from_seconds_header() -> None:
    body = json.dumps({"errors": [{"errorCode": "err.func.wired.overloaded", "errorMessage": "q"}]})
    error = E.kamereon_error_from_response(429, body, retry_after_header="120")
    assert isinstance(error, E.QuotaLimitError)
    assert error.retry_after == 120.0
    assert "120 s" in str(error)
    assert error.to_dict()["retry_after"] == 120.0


def test_quota_retry_after_from_http_date() -> None:
    later = datetime.now(UTC) + timedelta(seconds=300)
    seconds = E.parse_retry_after(format_datetime(later, usegmt=True))
    assert 290 <= seconds <= 300


@pytest.mark.parametrize("header", [None, "", "soon", "-5"])
def test_quota_retry_after_default_and_invalid(header: str | None) -> None:
    expected = 0.0 if header == "-5" else E.DEFAULT_RETRY_AFTER
    assert E.parse_retry_after(header) == expected


def test_quota_from_bare_429_uses_default_retry_after() -> None:
    error = E.kamereon_error_from_response(429, '{"message": "slow down"}')
    assert isinstance(error, E.QuotaLimitError)
    assert error.retry_after == 60.0
    assert error.retry_at > datetime.now(UTC)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("err.func.wired.not-found", E.ResourceNotFoundError),
        ("err.func.wired.invalid-body", E.InvalidInputRejectedError),
        ("err.func.wired.invalid-body-format", E.InvalidInputRejectedError),
        ("err.func.wired.missingRequestParam", E.InvalidInputRejectedError),
        ("err.func.wired.methodNotAllowed", E.MethodNotAllowedError),
        ("err.func.wired.unauthorized", E.UnauthorizedError),
        ("err.tech.wired.vehicle-details", E.ServiceUnavailableError),
        ("err.func.vcps.ev.charge-mode.error", E.VehicleServiceError),
        ("err.func.vcps.ev.charge-schedule.error", E.VehicleServiceError),
        ("err.func.vcps.users-helper.get-notification-settings.error", E.VehicleServiceError),
        ("err.tech.vcps.ev.hvac-settings.error", E.VehicleServiceError),
        ("400001", E.NotSupportedError),
        ("err.something.new", E.KamereonError),
    ],
)
def test_code_table(code: str, cls: type[E.KamereonError]) -> None:
    body = json.dumps({"errors": [{"errorCode": code, "errorMessage": "m"}]})
    error = E.kamereon_error_from_response(200, body)
    assert type(error) is cls
    assert error.code == code


def test_unknown_code_with_mapped_status_uses_status_class() -> None:
    body = json.dumps({"errors": [{"errorCode": "err.new", "errorMessage": "m"}]})
    assert type(E.kamereon_error_from_response(401, body)) is E.UnauthorizedError
    assert type(E.kamereon_error_from_response(418, body)) is E.KamereonError


def test_pending_tfa_message_is_also_an_authentication_error() -> None:
    body = json.dumps(
        {"errors": [{"errorCode": "err.x", "errorMessage": "Account Pending TFA Verification"}]}
    )
    error = E.kamereon_error_from_response(403, body)
    assert isinstance(error, E.AccountPendingVerificationError)
    assert isinstance(error, E.AuthenticationError)
    assert isinstance(error, E.KamereonError)


def test_messages_only_body_with_error_status() -> None:
    # The circuit-breaker answer has only messages[] (facts §7.4 step 5).
    body = {
        "type": "TECHNICAL",
        "messages": [
            {
                "code": "err.tech.wired.vehicle-details",
                "message": "CircuitBreaker 'vehiclesCircuitBreaker' is OPEN",
            }
        ],
    }
    error = E.kamereon_error_from_response(500, json.dumps(body))
    assert isinstance(error, E.ServiceUnavailableError)
    assert "CircuitBreaker" in error.details


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, E.InvalidInputRejectedError),
        (404, E.ResourceNotFoundError),
        (503, E.ServiceUnavailableError),
        (500, E.KamereonError),
    ],
)
def test_status_only(status: int, cls: type[E.KamereonError]) -> None:
    error = E.kamereon_error_from_response(status, "{}")
    assert type(error) is cls
    assert error.status == status


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (b"", E.EmptyResponseError),
        ("   \n", E.EmptyResponseError),
        ('{"data": {"type": "Car", "attr', E.MalformedJsonError),
        ("Service temporarily down", E.MalformedJsonError),
        (b"\xff\xfe{", E.MalformedJsonError),
    ],
)
@pytest.mark.parametrize("status", [200, 502])
def test_unusable_bodies(body: str | bytes, cls: type[E.InvalidResponseError], status: int) -> None:
    error = E.kamereon_error_from_response(status, body)
    assert type(error) is cls
    assert error.status == status


def test_find_kamereon_error_accepts_good_documents() -> None:
    assert E.find_kamereon_error(200, '{"data": {"attributes": {}}}') is None
    assert E.find_kamereon_error(200, "[]") is None
    assert isinstance(E.find_kamereon_error(404, "[]"), E.ResourceNotFoundError)
    generic = E.kamereon_error_from_response(200, '{"data": {}}')
    assert type(generic) is E.KamereonError


def test_body_excerpt_is_truncated() -> None:
    error = E.kamereon_error_from_response(502, "<html>" + "x" * 5000 + "</html>")
    assert isinstance(error, E.InvalidResponseError)
    assert len(error.body_excerpt) <= 201


def test_schema_mismatch_lists_pointers() -> None:
    error = E.SchemaMismatchError("bad shape", pointers=["/data/attributes/plugStatus"], status=200)
    assert "/data/attributes/plugStatus" in str(error)
    assert error.to_dict()["pointers"] == ["/data/attributes/plugStatus"]


# -- Gigya ---------------------------------------------------------------------------------------


@needs_fixtures
@pytest.mark.parametrize(
    ("name", "call", "cls", "code"),
    [
        ("login.403042.json", "accounts.login", E.InvalidCredentialsError, 403042),
        ("get_jwt.403005.json", "accounts.getJWT", E.LoginTokenExpiredError, 403005),
        ("get_jwt.403013.json", "accounts.getJWT", E.LoginTokenExpiredError, 403013),
    ],
)
def test_gigya_fixtures(name: str, call: str, cls: type[E.GigyaError], code: int) -> None:
    error = E.gigya_error_from_body(call, (GIGYA_ERRORS / name).read_bytes())
    assert type(error) is cls
    assert isinstance(error, E.GigyaError)
    assert isinstance(error, E.AuthenticationError)
    assert error.code == code
    assert error.call == call
    assert error.status == 403


@needs_fixtures
def test_invalid_credentials_hint_names_the_override() -> None:
    error = E.gigya_error_from_body(
        "accounts.login", (GIGYA_ERRORS / "login.403042.json").read_text()
    )
    text = str(error)
    assert "invalid loginID or password" in text
    assert "API key" in text
    assert "RENAULT_GIGYA_API_KEY" in text
    assert "renault settings --gigya-api-key" in text


@needs_fixtures
def test_gigya_success_and_empty() -> None:
    assert (
        E.gigya_error_from_body("accounts.login", (FIXTURES / "gigya" / "login.json").read_bytes())
        is None
    )
    empty = E.gigya_error_from_body(
        "accounts.login", (FIXTURES / "gigya" / "login_invalid.txt").read_bytes()
    )
    assert isinstance(empty, E.EmptyResponseError)


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        ("{not json", E.MalformedJsonError),
        ("[1, 2]", E.SchemaMismatchError),
        ('{"statusCode": 200}', E.SchemaMismatchError),
        ('{"errorCode": "abc"}', E.SchemaMismatchError),
    ],
)
def test_gigya_unusable_bodies(body: str, cls: type[E.InvalidResponseError]) -> None:
    assert type(E.gigya_error_from_body("accounts.getJWT", body)) is cls


@pytest.mark.parametrize(
    ("code", "call", "cls"),
    [
        (206001, "accounts.login", E.PendingRegistrationError),
        (403048, "accounts.login", E.GigyaRateLimitError),
        (403120, "accounts.login", E.GigyaRateLimitError),
        (400006, "accounts.tfa.email.completeVerification", E.TwoFactorCodeError),
        (403048, "accounts.tfa.email.completeVerification", E.GigyaRateLimitError),
        (500001, "accounts.login", E.GigyaError),
    ],
)
def test_gigya_code_table(code: int, call: str, cls: type[E.GigyaError]) -> None:
    body = json.dumps({"errorCode": code, "errorDetails": "d", "statusCode": 403})
    error = E.gigya_error_from_body(call, body)
    assert type(error) is cls
    assert error.code == code


def test_two_factor_keeps_reg_token_hidden() -> None:
    reg_token = "st2.s.RegTokenSecretValue1234567890"
    body = json.dumps(
        {
            "errorCode": 403101,
            "errorDetails": "Pending Two-Factor Authentication",
            "regToken": reg_token,
            "statusCode": 403,
        }
    )
    error = E.gigya_error_from_body("accounts.login", body)
    assert isinstance(error, E.TwoFactorRequiredError)
    assert error.reg_token == reg_token
    for text in (str(error), repr(error), json.dumps(error.to_dict())):
        assert reg_token not in text
        assert "RegTokenSecret" not in text
    assert "reg_token=<redacted>" in repr(error)


# -- no secret leaks -----------------------------------------------------------------------------


def _secret_body() -> str:
    inner = json.dumps(
        {"errors": [{"title": f"token {JWT}", "detail": f"user {EMAIL} vin {VIN} pw {PASSWORD}"}]}
    )
    return json.dumps(
        {
            "errors": [{"errorCode": "err.func.403", "errorMessage": inner}],
            "apikey": "YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J",
            "x-gigya-id_token": JWT,
            "login_token": LOGIN_TOKEN,
        }
    )


def _all_renderings(error: BaseException) -> list[str]:
    assert isinstance(error, E.RenaultError)
    return [str(error), repr(error), json.dumps(error.to_dict()), repr(error.args)]


def test_no_secret_in_kamereon_error_renderings() -> None:
    redactor = Redactor({PASSWORD: "password"})
    error = E.kamereon_error_from_response(403, _secret_body(), redactor=redactor)
    assert isinstance(error, E.AccessDeniedError)
    for text in _all_renderings(error):
        for secret in (JWT, PASSWORD, VIN, EMAIL, LOGIN_TOKEN):
            assert secret not in text
    raw = json.dumps(error.raw)
    assert "<VIN:1>" in raw
    assert "<VIN:<" not in raw  # placeholders are never redacted again
    for secret in (JWT, VIN, EMAIL, LOGIN_TOKEN, "YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J"):
        assert secret not in raw


def test_no_secret_in_other_error_renderings() -> None:
    redactor = Redactor({PASSWORD: "password"})
    errors: list[E.RenaultError] = [
        E.kamereon_error_from_response(
            502, f"<html>{JWT} {EMAIL} {PASSWORD}</html>", redactor=redactor
        ),
        E.kamereon_error_from_response(200, f'{{"broken": "{JWT}', redactor=redactor),
        E.gigya_error_from_body(
            "accounts.login",
            json.dumps({"errorCode": 403042, "errorDetails": f"bad {EMAIL} / {PASSWORD}"}),
            redactor=redactor,
        ),
        E.TransportError(
            f"connect failed for {EMAIL}",
            url=f"https://x.example/a/{VIN}?apikey=SECRETKEY123&login_token={LOGIN_TOKEN}",
        ),
    ]
    for error in errors:
        assert error is not None
        for text in _all_renderings(error):
            for secret in (JWT, PASSWORD, VIN, EMAIL, LOGIN_TOKEN, "SECRETKEY123"):
                assert secret not in text


# -- hierarchy and behaviour --------------------------------------------------------------------


def test_hierarchy() -> None:
    assert issubclass(E.ConfigurationError, ValueError)
    assert issubclass(E.InvalidInputError, ValueError)
    for cls in (
        E.QuotaLimitError, E.AccessDeniedError, E.ForbiddenError, E.ResourceNotFoundError,
        E.NotSupportedError, E.InvalidUpstreamError, E.FailedForwardError, E.PrivacyModeOnError,
        E.UnauthorizedError, E.InvalidInputRejectedError, E.ChargeModeInProgressError,
        E.MethodNotAllowedError, E.ServiceUnavailableError,
    ):  # fmt: skip
        assert issubclass(cls, E.KamereonError)
    for cls in (
        E.InvalidCredentialsError, E.TwoFactorRequiredError, E.PendingRegistrationError,
        E.GigyaRateLimitError, E.LoginTokenExpiredError, E.TwoFactorCodeError,
    ):  # fmt: skip
        assert issubclass(cls, E.GigyaError)
        assert issubclass(cls, E.AuthenticationError)
    assert issubclass(E.NotAuthenticatedError, E.AuthenticationError)
    assert issubclass(E.RequestTimeoutError, E.TransportError)
    assert issubclass(E.ConnectError, E.TransportError)
    for cls in (
        E.HtmlResponseError,
        E.EmptyResponseError,
        E.MalformedJsonError,
        E.SchemaMismatchError,
    ):
        assert issubclass(cls, E.InvalidResponseError)
    # every class is reachable from the base
    for name in E.__all__:
        obj = getattr(E, name)
        if isinstance(obj, type):
            assert issubclass(obj, E.RenaultError)


def test_endpoint_not_available_names_alternative() -> None:
    error = E.EndpointNotAvailableError("charge-mode", "X102VE", alternative="charging-settings")
    assert "charge-mode" in str(error)
    assert "X102VE" in str(error)
    assert "charging-settings" in str(error)
    assert error.to_dict()["alternative"] == "charging-settings"
    plain = E.EndpointNotAvailableError("horn-lights", "X102VE")
    assert "instead" not in str(plain)


def test_errors_survive_pickling() -> None:
    originals: list[E.RenaultError] = [
        E.QuotaLimitError(retry_after=30, code="err.func.wired.overloaded", status=429),
        E.TwoFactorRequiredError(403101, "Pending", "accounts.login", reg_token="tok"),
        E.EndpointNotAvailableError("x", "Y", "z"),
        E.SchemaMismatchError("bad", pointers=["/a"]),
        E.NotAuthenticatedError(),
    ]
    for original in originals:
        copy = pickle.loads(pickle.dumps(original))
        assert type(copy) is type(original)
        assert str(copy) == str(original)
        assert copy.to_dict() == original.to_dict()
    assert pickle.loads(pickle.dumps(originals[1])).reg_token == "tok"


def test_a_failed_gigya_answer_is_named_gigya_not_kamereon() -> None:
    import httpx

    from renault_ext.errors import EmptyResponseError, HtmlResponseError
    from renault_ext.redaction import Redactor
    from renault_ext.transport import check_gigya_response

    request = httpx.Request("POST", "https://accounts.example.test/accounts.login")
    page = httpx.Response(
        503, headers={"content-type": "text/html"}, content=b"<html>down</html>", request=request
    )
    empty = httpx.Response(502, content=b"", request=request)
    for response, error_type in ((page, HtmlResponseError), (empty, EmptyResponseError)):
        with pytest.raises(error_type) as caught:
            check_gigya_response(response, Redactor())
        assert str(caught.value).startswith("Gigya returned"), str(caught.value)
