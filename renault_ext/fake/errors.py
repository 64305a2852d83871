"""Error answers shaped like the real services' (Kamereon JSON error bodies, Gigya 200 bodies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from renault_ext.fake.fixtures import FixtureStore

# Message and HTTP status the real gateway uses per code (spec/common.yaml KamereonErrorCode).
KAMEREON_CODES: dict[str, tuple[str, int]] = {
    "err.func.400": ("Invalid input", 400),
    "err.func.403": ("Access is denied for this resource", 403),
    "err.func.wired.notFound": ("Resource not found", 404),
    "err.func.wired.not-found": ("The specified url does not exist", 404),
    "err.func.wired.forbidden": ("The access is forbidden", 403),
    "err.func.wired.overloaded": ("You have reached your quota limit", 429),
    "err.func.wired.unauthorized": ("Unauthorized", 401),
    "err.func.wired.invalid-body": ("The body is invalid", 400),
    "err.func.wired.invalid-body-format": ("The body format is invalid", 400),
    "err.func.wired.methodNotAllowed": ("Request method is not supported", 405),
    "err.func.wired.missingRequestParam": ("A required request parameter is missing", 400),
    "err.func.privacy.on": ("Privacy mode currently ON", 403),
    "err.tech.500": (
        (
            "Invalid response from the upstream server (The request sent to the GDC is erroneous) ; "
            "502 Bad Gateway"
        ),
        500,
    ),
    "err.tech.501": ("This feature is not technically supported by this gateway", 501),
    "err.tech.wired.kamereon-proxy": ("Failed to forward request to remote service.", 502),
    "409001": ("A remote CHARGE_MODE is already in progress", 409),
}

DEFAULT_502_HTML = (
    "<html>\n  <head>\n    <title>502 Bad Gateway</title>\n  </head>\n  <body>\n    <center>\n"
    "      <h1>502 Bad Gateway</h1>\n    </center>\n  </body>\n</html>\n"
)
DEFAULT_503_HTML = (
    "<html><head><title>503 Service Temporarily Unavailable</title></head><body>\n"
    "<center><h1>503 Service Temporarily Unavailable</h1></center>\n</body></html>\n"
)


@dataclass(frozen=True)
class KamereonError(Exception):
    """Raised inside handlers; the app turns it into the HTTP answer."""

    code: str
    message: str | None = None
    status: int | None = None


def kamereon_error_body(
    fixtures: FixtureStore, code: str, message: str | None = None, status: int | None = None
) -> tuple[dict[str, Any], int]:
    known_message, known_status = KAMEREON_CODES.get(code, ("Error", 400))
    from_fixture = fixtures.error_body(code) if message is None else None
    if from_fixture is not None:
        body, fixture_status = from_fixture
        return body, status or (fixture_status if fixture_status >= 400 else known_status)
    kind = "TECHNICAL" if code.startswith("err.tech") else "FUNCTIONAL"
    text = message or known_message
    body = {
        "type": kind,
        "messages": [{"code": code, "message": text}],
        "errors": [{"errorCode": code, "errorMessage": text}],
        "error_reference": kind,
    }
    return body, status or known_status


GIGYA_CODES: dict[int, tuple[str, str, int, str]] = {
    # code: (errorDetails, errorMessage, statusCode, statusReason)
    400002: ("Missing required parameter", "Missing required parameter", 400, "Bad Request"),
    400006: ("Invalid parameter value", "Invalid parameter value", 400, "Bad Request"),
    403005: ("Unauthorized user", "Unauthorized user", 403, "Forbidden"),
    403042: ("invalid loginID or password", "Invalid LoginID", 403, "Forbidden"),
    403101: (
        "Pending Two-Factor Authentication",
        "Account Pending TFA Verification",
        403,
        "Forbidden",
    ),
    403048: ("Too many attempts", "Too many attempts", 403, "Forbidden"),
    400009: ("Validation error: invalid verification code", "Invalid code", 400, "Bad Request"),
    500001: ("General Server Error", "General Server Error", 500, "Internal Server Error"),
}


@dataclass(frozen=True)
class GigyaError(Exception):
    code: int
    details: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


def gigya_body(call_id: str, time_text: str, **fields: Any) -> dict[str, Any]:
    return {
        "callId": call_id,
        "errorCode": 0,
        "apiVersion": 2,
        "statusCode": 200,
        "statusReason": "OK",
        "time": time_text,
        **fields,
    }


def gigya_error_body(
    error: GigyaError,
    call_id: str,
    time_text: str,
    *,
    fixtures: FixtureStore | None = None,
    operation_id: str | None = None,
) -> dict[str, Any]:
    """The envelope of a Gigya failure: a captured error body with this code when the fixtures
    have one (so the fake answers in Renault's words), else one built from GIGYA_CODES."""
    body = fixtures.gigya_error_body(error.code, operation_id) if fixtures is not None else None
    if body is None:
        details, message, status, reason = GIGYA_CODES.get(
            error.code, ("Error", "Error", 400, "Bad Request")
        )
        body = {
            "errorCode": error.code,
            "errorDetails": details,
            "errorMessage": message,
            "apiVersion": 2,
            "statusCode": status,
            "statusReason": reason,
        }
    body["callId"] = call_id
    body["time"] = time_text
    if error.details:
        body["errorDetails"] = error.details
    body.update(error.extra)
    return body


def dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")
