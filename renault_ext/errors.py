"""One exception hierarchy for every failure a user of the client can meet.

::

    RenaultError(Exception)
    ├── ConfigurationError(ValueError)      unknown locale, bad data / credential file, missing setting
    ├── InvalidInputError(ValueError)       client-side validation, before any request
    │   │                                   (more subclasses in renault_ext.validation)
    │   └── UnknownEndpointError(LookupError) no such endpoint name / operation parameter
    ├── EndpointNotAvailableError           model table says the endpoint is not served for the model
    ├── AuthenticationError
    │   ├── NotAuthenticatedError           no login token / credentials
    │   └── GigyaError                      any Gigya errorCode != 0 (code, details, call)
    │       ├── InvalidCredentialsError     403042 (also: stale Gigya API key!)
    │       ├── TwoFactorRequiredError      403101 (carries reg_token, never shown)
    │       ├── PendingRegistrationError    206001
    │       ├── GigyaRateLimitError         403048, 403120, 401020
    │       ├── LoginTokenExpiredError      403005, 403013
    │       └── TwoFactorCodeError          wrong / expired e-mail code
    ├── KamereonError                       errors[] of a Kamereon body (code, details, status, ...)
    │   ├── QuotaLimitError                 err.func.wired.overloaded / HTTP 429 (retry_after)
    │   ├── AccessDeniedError               err.func.403
    │   ├── ForbiddenError                  err.func.wired.forbidden
    │   ├── ResourceNotFoundError           err.func.wired.notFound, err.func.wired.not-found, 404
    │   ├── NotSupportedError               err.tech.501, 400001
    │   ├── InvalidUpstreamError            err.tech.500
    │   ├── FailedForwardError              err.tech.wired.kamereon-proxy
    │   ├── PrivacyModeOnError              err.func.privacy.on
    │   ├── UnauthorizedError               err.func.wired.unauthorized / HTTP 401
    │   ├── InvalidInputRejectedError       err.func.400, invalid-body(-format), missingRequestParam
    │   ├── ChargeModeInProgressError       409001
    │   ├── MethodNotAllowedError           err.func.wired.methodNotAllowed / HTTP 405
    │   ├── ServiceUnavailableError         err.tech.wired.vehicle-details (circuit breaker), 503
    │   ├── VehicleServiceError             err.func.vcps.* / err.tech.vcps.* (feature unavailable)
    │   └── AccountPendingVerificationError "Account Pending TFA Verification" (also an
    │                                       AuthenticationError)
    ├── TransportError
    │   ├── RequestTimeoutError
    │   ├── ConnectError
    │   └── ClientClosedError               used after aclose()/close()
    └── InvalidResponseError                (status, content_type, body_excerpt)
        ├── HtmlResponseError               HTML/XML page, e.g. a proxy's "502 Bad Gateway"
        ├── EmptyResponseError
        ├── MalformedJsonError              truncated / invalid JSON
        └── SchemaMismatchError             JSON that breaks the schema (JSON pointers)

Every message goes through a :class:`~renault_ext.redaction.Redactor` (pattern-based by default;
pass the client's redactor to also hide the values it knows), so no token, key or password can
appear in ``str()``, ``repr()`` or :meth:`RenaultError.to_dict`.

The factories :func:`kamereon_error_from_response` and :func:`gigya_error_from_body` turn raw HTTP
answers into these classes; the code → class tables are the ``*_ERROR_CLASSES`` mappings below.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, ClassVar

from renault_ext.redaction import Redactor

__all__ = [
    "DEFAULT_RETRY_AFTER",
    "GIGYA_CALL_CLASSES",
    "GIGYA_ERROR_CLASSES",
    "KAMEREON_ERROR_CLASSES",
    "KAMEREON_MESSAGE_CLASSES",
    "KAMEREON_STATUS_CLASSES",
    "AccessDeniedError",
    "AccountPendingVerificationError",
    "AuthenticationError",
    "ChargeModeInProgressError",
    "ClientClosedError",
    "ConfigurationError",
    "ConnectError",
    "EmptyResponseError",
    "EndpointNotAvailableError",
    "FailedForwardError",
    "ForbiddenError",
    "GigyaError",
    "GigyaRateLimitError",
    "HtmlResponseError",
    "InvalidCredentialsError",
    "InvalidInputError",
    "InvalidInputRejectedError",
    "InvalidResponseError",
    "InvalidUpstreamError",
    "KamereonError",
    "LoginTokenExpiredError",
    "MalformedJsonError",
    "MethodNotAllowedError",
    "NotAuthenticatedError",
    "NotSupportedError",
    "PendingRegistrationError",
    "PrivacyModeOnError",
    "QuotaLimitError",
    "RenaultError",
    "RequestTimeoutError",
    "ResourceNotFoundError",
    "SchemaMismatchError",
    "ServiceUnavailableError",
    "TransportError",
    "TwoFactorCodeError",
    "TwoFactorRequiredError",
    "UnauthorizedError",
    "UnknownEndpointError",
    "VehicleServiceError",
    "extract_error_details",
    "find_kamereon_error",
    "gigya_error_from_body",
    "kamereon_error_from_response",
    "parse_retry_after",
]

DEFAULT_RETRY_AFTER = 60.0
_EXCERPT_LENGTH = 200


def _redactor(redactor: Redactor | None) -> Redactor:
    # A fresh pattern-only redactor is cheap and keeps this module free of shared mutable state.
    return redactor if redactor is not None else Redactor()


def _rebuild(cls: type[RenaultError], args: tuple[Any, ...], state: dict[str, Any]) -> RenaultError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class RenaultError(Exception):
    """Base of every error raised by the client. ``str()`` is a complete, redacted sentence."""

    def __init__(self, message: str = "") -> None:
        # Pattern-based redaction of every message, whatever the subclass put in it (an input
        # error may quote what the user typed: a VIN, an e-mail).
        super().__init__(_redactor(None).redact_text(message) if message else message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments; rebuild from state so errors survive pickling
        # (multiprocessing, pytest-xdist).
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))

    def _fields(self) -> dict[str, Any]:
        return {}

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable description (for ``--json`` output); never contains secrets."""
        return {"error": type(self).__name__, "message": self.message, **self._fields()}


class ConfigurationError(RenaultError, ValueError):
    """Unknown locale, unreadable data or credential file, missing setting.

    ``setting`` names the setting at fault when there is one (``"locale"``), so that a front end
    can say how to set it.
    """

    def __init__(self, message: str = "", *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting

    def _fields(self) -> dict[str, Any]:
        return {"setting": self.setting}


class InvalidInputError(RenaultError, ValueError):
    """A value was rejected client-side, before any request was sent."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def _fields(self) -> dict[str, Any]:
        return {"field": self.field}


class UnknownEndpointError(InvalidInputError, LookupError):
    """An endpoint name, operation or parameter the spec does not know (a caller's mistake)."""


class EndpointNotAvailableError(RenaultError):
    """The model table says this vehicle's model does not serve the endpoint."""

    def __init__(
        self, endpoint: str, model_code: str | None, alternative: str | None = None
    ) -> None:
        self.endpoint = endpoint
        self.model_code = model_code
        self.alternative = alternative
        model = model_code or "unknown model"
        message = f"Endpoint '{endpoint}' is not available for model {model}."
        if alternative:
            message += f" Use '{alternative}' instead."
        super().__init__(message)

    def _fields(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "model_code": self.model_code,
            "alternative": self.alternative,
        }


# --------------------------------------------------------------------------------------------
# Authentication / Gigya
# --------------------------------------------------------------------------------------------


class AuthenticationError(RenaultError):
    """Logging in or minting a token failed."""


class NotAuthenticatedError(AuthenticationError):
    """No login token or credentials are available: log in first."""

    def __init__(self, message: str = "Not logged in: no Gigya login token available.") -> None:
        super().__init__(message)


class GigyaError(AuthenticationError):
    """Gigya answered with ``errorCode != 0``."""

    hint: ClassVar[str | None] = None

    def __init__(
        self,
        code: int,
        details: str,
        call: str,
        *,
        status: int | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        self.code = int(code)
        self.details = _redactor(redactor).redact_text(details or "")
        self.call = call
        self.status = status
        message = f"Gigya {call} failed with error {self.code}"
        if self.details:
            message += f": {self.details}"
        message += "."
        if self.hint:
            message += f" {self.hint}"
        super().__init__(message)

    def _fields(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "details": self.details,
            "call": self.call,
            "status": self.status,
        }


class InvalidCredentialsError(GigyaError):
    hint = (
        "Check the e-mail address and password (they must be MyRenault app credentials). "
        "Beware: a stale Gigya API key produces exactly this error; if the same credentials work in "
        "the MyRenault app, set the current key with the RENAULT_GIGYA_API_KEY environment variable "
        "or `renault settings --gigya-api-key`."
    )


class TwoFactorRequiredError(GigyaError):
    """403101: Gigya wants an e-mail code before it issues a login token."""

    hint = (
        "Two-factor authentication is pending: complete the e-mail verification with an "
        "interactive login (or log in once with the MyRenault app)."
    )

    def __init__(
        self,
        code: int,
        details: str,
        call: str,
        *,
        reg_token: str | None = None,
        status: int | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        super().__init__(code, details, call, status=status, redactor=redactor)
        self.reg_token = reg_token  # needed by the TFA chain; excluded from str/repr/to_dict

    def __repr__(self) -> str:
        shown = "<redacted>" if self.reg_token else None
        return f"{type(self).__name__}({self.message!r}, reg_token={shown})"


class PendingRegistrationError(GigyaError):
    hint = (
        "The account registration is not finalised (e.g. new terms to accept): "
        "log in once with the MyRenault app."
    )


class GigyaRateLimitError(GigyaError):
    hint = "Too many attempts: wait a while (at least several minutes) before trying again."


class LoginTokenExpiredError(GigyaError):
    hint = "The stored login token is no longer valid: log in again."


class TwoFactorCodeError(GigyaError):
    hint = "The verification code is wrong or has expired: request a new code and try again."


# Gigya codes (https://help.sap.com "Response Codes and Errors"; 403048 confirmed in captures).
GIGYA_ERROR_CLASSES: Mapping[int, type[GigyaError]] = MappingProxyType(
    {
        403042: InvalidCredentialsError,  # invalid loginID or password (or stale API key)
        403101: TwoFactorRequiredError,  # Pending Two-Factor Authentication
        206001: PendingRegistrationError,  # Account pending registration
        403048: GigyaRateLimitError,  # Api rate limit exceeded
        403120: GigyaRateLimitError,  # Account temporarily locked out (too many failed logins)
        401020: GigyaRateLimitError,  # Login failed, captcha required (too many failed logins)
        403005: LoginTokenExpiredError,  # Unauthorized user (on getJWT)
        403013: LoginTokenExpiredError,  # Unverified user (on getJWT)
    }
)

# Any failure of these calls means the user's code was not accepted, whatever errorCode Gigya
# chose (the codes are not documented for the e-mail factor). Rate limiting still wins.
GIGYA_CALL_CLASSES: Mapping[str, type[GigyaError]] = MappingProxyType(
    {
        "accounts.tfa.email.completeVerification": TwoFactorCodeError,
        "accounts.tfa.phone.completeVerification": TwoFactorCodeError,
    }
)


# --------------------------------------------------------------------------------------------
# Kamereon
# --------------------------------------------------------------------------------------------


class KamereonError(RenaultError):
    """Kamereon answered with an error (``errors[]`` in the body or an error status)."""

    hint: ClassVar[str | None] = None

    def __init__(
        self,
        details: str = "",
        *,
        code: str | None = None,
        status: int | None = None,
        operation: str | None = None,
        raw: Any = None,
        redactor: Redactor | None = None,
    ) -> None:
        r = _redactor(redactor)
        self.code = code
        self.details = r.redact_text(details or "")
        self.status = status
        self.operation = operation
        self.raw = r.redact_json(raw) if raw is not None else None
        super().__init__(self._compose())

    def _compose(self) -> str:
        head = f"Kamereon error {self.code}" if self.code else "Kamereon error"
        details = self.details.rstrip(". ")
        message = f"{head}: {details}" if details else head
        context = [f"HTTP {self.status}"] if self.status is not None else []
        if self.operation:
            context.append(f"operation {self.operation}")
        if context:
            message += f" ({', '.join(context)})"
        message += "."
        if self.hint:
            message += f" {self.hint}"
        return message

    def _fields(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "details": self.details,
            "status": self.status,
            "operation": self.operation,
        }


class QuotaLimitError(KamereonError):
    """Renault's per-account quota is exhausted; ``retry_after`` says how long to wait (s)."""

    def __init__(
        self,
        details: str = "You have reached your quota limit",
        *,
        retry_after: float = DEFAULT_RETRY_AFTER,
        now: datetime | None = None,
        **kwargs: Any,
    ) -> None:
        self.retry_after = max(0.0, float(retry_after))
        self.retry_at = (now or datetime.now(UTC)) + timedelta(seconds=self.retry_after)
        super().__init__(details, **kwargs)

    def _compose(self) -> str:
        when = self.retry_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        return (
            f"{super()._compose()} Try again in {self.retry_after:.0f} s (after {when}); "
            "polling less often avoids the quota (the quota is per account, shared with the app)."
        )

    def _fields(self) -> dict[str, Any]:
        return {
            **super()._fields(),
            "retry_after": self.retry_after,
            "retry_at": self.retry_at.isoformat(),
        }


class AccessDeniedError(KamereonError):
    hint = (
        "The account may not own this vehicle, the endpoint may not be supported by the car, "
        "or the Kamereon API key may be outdated."
    )


class ForbiddenError(KamereonError):
    hint = "This endpoint is not allowed for this vehicle or account."


class ResourceNotFoundError(KamereonError):
    hint = "Unknown account or VIN, or an endpoint this model does not serve."


class NotSupportedError(KamereonError):
    hint = "The vehicle's gateway does not support this feature."


class InvalidUpstreamError(KamereonError):
    hint = "The vehicle or Renault's back-end gave an invalid answer; try again later."


class FailedForwardError(KamereonError):
    hint = "Renault's proxy could not reach the vehicle service; try again later."


class PrivacyModeOnError(KamereonError):
    hint = "Privacy mode is on in the vehicle: turn it off to share data."


class UnauthorizedError(KamereonError):
    hint = "The JWT or the Kamereon API key was rejected; a fresh JWT is needed."


class InvalidInputRejectedError(KamereonError):
    """Renault rejected the request body or parameters (server-side validation)."""


class ChargeModeInProgressError(KamereonError):
    hint = "Wait for the pending charge-mode command to finish before sending another."


class MethodNotAllowedError(KamereonError):
    pass


class ServiceUnavailableError(KamereonError):
    hint = "Renault's service is temporarily unavailable; try again later."


class VehicleServiceError(KamereonError):
    hint = "The vehicle-services back-end could not serve this; the feature may be unavailable."


class AccountPendingVerificationError(KamereonError, AuthenticationError):
    hint = "The account has a pending two-factor verification: log in again interactively."


KAMEREON_ERROR_CLASSES: Mapping[str, type[KamereonError]] = MappingProxyType(
    {
        "err.func.wired.overloaded": QuotaLimitError,
        "err.func.403": AccessDeniedError,
        "err.func.wired.forbidden": ForbiddenError,
        "err.func.wired.notFound": ResourceNotFoundError,
        "err.func.wired.not-found": ResourceNotFoundError,
        "err.tech.501": NotSupportedError,
        "400001": NotSupportedError,  # "The vehicle does not have a GDC gateway"
        "err.tech.500": InvalidUpstreamError,
        "err.tech.wired.kamereon-proxy": FailedForwardError,
        "err.func.privacy.on": PrivacyModeOnError,
        "err.func.wired.unauthorized": UnauthorizedError,
        "err.func.400": InvalidInputRejectedError,
        "err.func.wired.invalid-body": InvalidInputRejectedError,
        "err.func.wired.invalid-body-format": InvalidInputRejectedError,
        "err.func.wired.missingRequestParam": InvalidInputRejectedError,
        "409001": ChargeModeInProgressError,
        "err.func.wired.methodNotAllowed": MethodNotAllowedError,
        "err.tech.wired.vehicle-details": ServiceUnavailableError,
        "err.func.vcps.ev.charge-mode.error": VehicleServiceError,
        "err.func.vcps.ev.charge-schedule.error": VehicleServiceError,
        "err.func.vcps.users-helper.get-notification-settings.error": VehicleServiceError,
        "err.tech.vcps.ev.hvac-settings.error": VehicleServiceError,
    }
)

# Errors identified only by their text (no stable code seen), checked case-insensitively.
KAMEREON_MESSAGE_CLASSES: tuple[tuple[str, type[KamereonError]], ...] = (
    ("pending tfa verification", AccountPendingVerificationError),
)

# Used when the body has no (known) code: the HTTP status still says a lot.
KAMEREON_STATUS_CLASSES: Mapping[int, type[KamereonError]] = MappingProxyType(
    {
        400: InvalidInputRejectedError,
        401: UnauthorizedError,
        403: AccessDeniedError,
        404: ResourceNotFoundError,
        405: MethodNotAllowedError,
        429: QuotaLimitError,
        501: NotSupportedError,
        502: FailedForwardError,
        503: ServiceUnavailableError,
        504: ServiceUnavailableError,
    }
)


# --------------------------------------------------------------------------------------------
# Transport and response-shape errors
# --------------------------------------------------------------------------------------------


class TransportError(RenaultError):
    """The request did not get an HTTP answer."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        url: str | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        r = _redactor(redactor)
        self.operation = operation
        self.url = r.redact_url(url) if url else None
        text = r.redact_text(message)
        if self.url:
            text += f" ({self.url})"
        super().__init__(text)

    def _fields(self) -> dict[str, Any]:
        return {"operation": self.operation, "url": self.url}


class RequestTimeoutError(TransportError):
    pass


class ClientClosedError(TransportError):
    """The client (or session) was closed; nothing can be sent through it any more."""


class ConnectError(TransportError):
    pass


class InvalidResponseError(RenaultError):
    """The answer was not the JSON the operation promises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        content_type: str | None = None,
        body: str | bytes | None = None,
        operation: str | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        r = _redactor(redactor)
        self.status = status
        self.content_type = content_type
        self.operation = operation
        text = _decode(body) if body is not None else ""
        # Redact before truncating: a cut secret would no longer match any pattern.
        excerpt = r.redact_text(text)
        if len(excerpt) > _EXCERPT_LENGTH:
            excerpt = excerpt[:_EXCERPT_LENGTH] + "…"
        self.body_excerpt = excerpt
        context = [f"HTTP {status}"] if status is not None else []
        if operation:
            context.append(f"operation {operation}")
        full = r.redact_text(message)
        if context:
            full += f" ({', '.join(context)})"
        super().__init__(full + ".")

    def _fields(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "content_type": self.content_type,
            "operation": self.operation,
            "body_excerpt": self.body_excerpt,
        }


class HtmlResponseError(InvalidResponseError):
    """An HTML (or XML) page instead of JSON, typically a proxy's error page during an outage."""


class EmptyResponseError(InvalidResponseError):
    pass


class MalformedJsonError(InvalidResponseError):
    pass


class SchemaMismatchError(InvalidResponseError):
    """Valid JSON that breaks the schema; ``pointers`` lists the offending JSON pointers."""

    def __init__(self, message: str, *, pointers: Sequence[str] = (), **kwargs: Any) -> None:
        self.pointers = list(pointers)
        if self.pointers:
            message += f" at {', '.join(self.pointers)}"
        super().__init__(message, **kwargs)

    def _fields(self) -> dict[str, Any]:
        return {**super()._fields(), "pointers": self.pointers}


# --------------------------------------------------------------------------------------------
# Factories
# --------------------------------------------------------------------------------------------

_TITLE_RE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)


def _decode(body: str | bytes) -> str:
    return body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body


def parse_retry_after(header: str | None, *, now: datetime | None = None) -> float:
    """Seconds to wait from a ``Retry-After`` header (seconds or HTTP date); default 60 s."""
    if not header or not header.strip():
        return DEFAULT_RETRY_AFTER
    value = header.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "inf"/"nan"/"1e400" would mean never (or nonsense): fall back to the default wait.
        return max(0.0, seconds) if math.isfinite(seconds) else DEFAULT_RETRY_AFTER
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def extract_error_details(error_message: Any) -> str:
    """Human details from ``errorMessage``, which is often itself serialised JSON (facts §7.3).

    Each inner error gives "title source.pointer detail" (missing parts skipped); several inner
    errors are joined with ", "; anything else falls back to the raw message.
    """
    if error_message is None:
        return ""
    parsed: Any = error_message
    if isinstance(error_message, str):
        try:
            parsed = json.loads(error_message)
        except (ValueError, RecursionError):
            return error_message
    inner = parsed.get("errors") if isinstance(parsed, Mapping) else None
    parts: list[str] = []
    for item in inner if isinstance(inner, list) else []:
        if not isinstance(item, Mapping):
            continue
        source = item.get("source")
        pointer = source.get("pointer") if isinstance(source, Mapping) else None
        words = [str(w) for w in (item.get("title"), pointer, item.get("detail")) if w]
        if words:
            parts.append(" ".join(words))
    if parts:
        return ", ".join(parts)
    return error_message if isinstance(error_message, str) else json.dumps(error_message)


def _class_for(code: str | None, details: str, status: int) -> type[KamereonError]:
    if code is not None and code in KAMEREON_ERROR_CLASSES:
        return KAMEREON_ERROR_CLASSES[code]
    lowered = details.lower()
    for needle, cls in KAMEREON_MESSAGE_CLASSES:
        if needle in lowered:
            return cls
    return KAMEREON_STATUS_CLASSES.get(status, KamereonError)


def _build_kamereon(
    cls: type[KamereonError],
    details: str,
    *,
    code: str | None,
    status: int,
    operation: str | None,
    raw: Any,
    retry_after_header: str | None,
    redactor: Redactor | None,
) -> KamereonError:
    common: dict[str, Any] = {
        "code": code,
        "status": status,
        "operation": operation,
        "raw": raw,
        "redactor": redactor,
    }
    if issubclass(cls, QuotaLimitError):
        return cls(details, retry_after=parse_retry_after(retry_after_header), **common)
    return cls(details, **common)


def find_kamereon_error(
    status: int,
    body: bytes | str,
    *,
    content_type: str | None = None,
    operation: str | None = None,
    retry_after_header: str | None = None,
    redactor: Redactor | None = None,
    service: str = "Kamereon",
) -> RenaultError | None:
    """The error a Kamereon answer carries, or None when it is a usable JSON document.

    Order (facts §7.4, made stricter): empty / HTML / non-JSON bodies first (whatever the status:
    an empty 2xx body is an error too), then ``errors[0]`` (the status is ignored), then
    ``messages[0]`` or the HTTP status for error statuses without ``errors``.
    """
    kwargs: dict[str, Any] = {
        "status": status,
        "content_type": content_type,
        "body": body,
        "operation": operation,
        "redactor": redactor,
    }
    text = _decode(body).strip()
    if not text:
        return EmptyResponseError(f"{service} returned an empty body", **kwargs)
    is_html = content_type is not None and "html" in content_type.lower()
    if is_html or text.startswith("<"):
        match = _TITLE_RE.search(text)
        title = re.sub(r"\s+", " ", match.group(2)).strip() if match else ""
        message = f"{service} returned an HTML page instead of JSON"
        return HtmlResponseError(f"{message}: {title}" if title else message, **kwargs)
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        reason = getattr(exc, "msg", "nested too deeply")
        return MalformedJsonError(f"{service} returned invalid JSON ({reason})", **kwargs)

    build = {
        "status": status,
        "operation": operation,
        "raw": parsed,
        "retry_after_header": retry_after_header,
        "redactor": redactor,
    }
    errors = parsed.get("errors") if isinstance(parsed, dict) else None
    if isinstance(errors, list) and errors:
        first = errors[0] if isinstance(errors[0], Mapping) else {}
        raw_code = first.get("errorCode")
        code = str(raw_code) if raw_code is not None else None
        details = extract_error_details(first.get("errorMessage"))
        return _build_kamereon(_class_for(code, details, status), details, code=code, **build)
    if status >= 400:
        code, details = None, ""
        messages = parsed.get("messages") if isinstance(parsed, dict) else None
        if isinstance(messages, list) and messages and isinstance(messages[0], Mapping):
            code = messages[0].get("code")
            code = str(code) if code is not None else None
            details = extract_error_details(messages[0].get("message"))
        return _build_kamereon(_class_for(code, details, status), details, code=code, **build)
    return None


def kamereon_error_from_response(
    status: int,
    body: bytes | str,
    *,
    content_type: str | None = None,
    operation: str | None = None,
    retry_after_header: str | None = None,
    redactor: Redactor | None = None,
    service: str = "Kamereon",
) -> RenaultError:
    """The exception for a Kamereon answer the caller considers failed.

    Same rules as :func:`find_kamereon_error`; a 2xx JSON body without ``errors`` (nothing to
    explain) gives a plain :class:`KamereonError`.
    """
    error = find_kamereon_error(
        status,
        body,
        content_type=content_type,
        operation=operation,
        retry_after_header=retry_after_header,
        redactor=redactor,
        service=service,
    )
    if error is not None:
        return error
    return KamereonError(
        "unexpected response without error details", status=status, operation=operation
    )


def gigya_error_from_body(
    call: str, body: bytes | str, *, redactor: Redactor | None = None
) -> RenaultError | None:
    """The error a Gigya answer carries, or None when ``errorCode`` is 0.

    Gigya answers HTTP 200 even for errors, so only the body counts (facts §2.2).
    """
    kwargs: dict[str, Any] = {"body": body, "operation": call, "redactor": redactor}
    text = _decode(body).strip()
    if not text:
        return EmptyResponseError(f"Gigya {call} returned an empty body", **kwargs)
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        reason = getattr(exc, "msg", "nested too deeply")
        return MalformedJsonError(f"Gigya {call} returned invalid JSON ({reason})", **kwargs)
    if not isinstance(parsed, dict):
        return SchemaMismatchError(
            f"Gigya {call} did not return an object", pointers=[""], **kwargs
        )
    raw_code = parsed.get("errorCode")
    try:
        code = int(raw_code)  # type: ignore[arg-type]  # anything: failures are handled below
    except (TypeError, ValueError):
        return SchemaMismatchError(
            f"Gigya {call} returned no usable errorCode", pointers=["/errorCode"], **kwargs
        )
    if code == 0:
        return None
    details = str(parsed.get("errorDetails") or parsed.get("errorMessage") or "")
    raw_status = parsed.get("statusCode")
    status = raw_status if isinstance(raw_status, int) else None
    cls = GIGYA_ERROR_CLASSES.get(code, GigyaError)
    if cls is not GigyaRateLimitError:
        cls = GIGYA_CALL_CLASSES.get(call, cls)
    if cls is TwoFactorRequiredError:
        reg_token = parsed.get("regToken")
        return TwoFactorRequiredError(
            code,
            details,
            call,
            reg_token=str(reg_token) if reg_token else None,
            status=status,
            redactor=redactor,
        )
    return cls(code, details, call, status=status, redactor=redactor)
