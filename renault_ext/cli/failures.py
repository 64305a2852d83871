"""Expected failures become one friendly, redacted message and a documented exit code.

Exit codes (docs/CLI.md):

==  ===============================================================================
0   success
1   Renault (or the network) refused or failed the request
2   usage error or invalid input (nothing was sent)
3   authentication: not logged in, wrong credentials, stale key, two-factor pending
4   quota reached: the message says when to retry
5   the selected vehicle's model does not offer this endpoint (the message names the alternative)
6   configuration: no locale, unreadable credential or models file
70  internal error (a bug: run again with --debug and report the redacted traceback)
==  ===============================================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OK = 0
API_ERROR = 1
USAGE = 2
AUTH = 3
QUOTA = 4
NOT_AVAILABLE = 5
CONFIG = 6
INTERNAL = 70


class CliError(Exception):
    """A failure detected by the CLI itself (bad selection, missing option...)."""

    def __init__(self, message: str, *, exit_code: int = USAGE, hint: str | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.hint = hint


def fake_backend_module() -> Any:
    """renault_ext.fake, or a configuration error naming the extra when its server is missing."""
    try:
        from renault_ext import fake
    except ModuleNotFoundError as error:
        if error.name not in ("jsonschema", "starlette", "uvicorn"):
            raise
        raise CliError(
            str(error), exit_code=CONFIG, hint="The library itself works without it."
        ) from None
    return fake


@dataclass
class Failure:
    exit_code: int
    message: str
    hint: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.details,
            "message": self.message,
            "hint": self.hint,
            "exit_code": self.exit_code,
        }


def describe(error: BaseException, *, settings: Any = None) -> Failure | None:
    """The failure for an expected exception; None for a bug (shown as an internal error)."""
    from renault_ext import errors

    if isinstance(error, CliError):
        return Failure(error.exit_code, str(error), error.hint, {"error": "CliError"})
    if not isinstance(error, errors.RenaultError):
        return None
    details = error.to_dict()
    message = error.message
    if isinstance(error, errors.QuotaLimitError):
        return Failure(
            QUOTA,
            message,
            f"Retry after {error.retry_at:%H:%M:%S} UTC ({error.retry_after:.0f} s from now).",
            details,
        )
    if isinstance(error, errors.EndpointNotAvailableError):
        # With an alternative, the message already names it ("Use '...' instead.").
        hint = (
            None
            if error.alternative
            else (
                "If the MyRenault app offers this feature for your car, run `renault probe` and share "
                "the result so the model table can be corrected."
            )
        )
        return Failure(NOT_AVAILABLE, message, hint, details)
    if isinstance(error, errors.InvalidCredentialsError):
        # The message already gives the stale-key advice (InvalidCredentialsError.hint).
        hint = None
        if settings is not None and not settings.uses_shipped("gigya_api_key"):
            source = (getattr(settings, "sources", None) or {}).get("gigya_api_key")
            undo = {
                "env": "unset RENAULT_GIGYA_API_KEY",
                "config": "remove gigya_api_key from the config file",
                "locales_file": "fix or remove the locales file",
            }.get(source or "", "`renault settings --unset gigya-api-key`")
            hint = f"You are not using the shipped Gigya key: {undo} to go back to it."
        return Failure(AUTH, message, hint, details)
    if isinstance(error, errors.NotAuthenticatedError):
        return Failure(
            AUTH, message, "Run `renault login` first (or add --fake to try the demo).", details
        )
    if isinstance(error, errors.LoginTokenExpiredError):
        return Failure(AUTH, message, "Run `renault login` again.", details)
    if isinstance(error, errors.AuthenticationError):
        return Failure(AUTH, message, None, details)
    if isinstance(error, errors.UnauthorizedError):
        hint = None
        if settings is not None and settings.uses_shipped("kamereon_api_key"):
            hint = (
                "If this persists, the shipped Kamereon API key may be stale: "
                "`renault settings --kamereon-api-key KEY`."
            )
        return Failure(AUTH, message, hint, details)
    if isinstance(error, errors.InvalidInputError):
        return Failure(USAGE, message, None, details)
    if isinstance(error, errors.ConfigurationError):
        # The locale hint only where the locale is what is wrong (not a corrupt credential file
        # or a bad models file).
        about_locale = getattr(error, "setting", None) == "locale"
        hint = "`renault settings --locale fr_FR` sets the locale." if about_locale else None
        return Failure(CONFIG, message, hint, details)
    return Failure(API_ERROR, message, None, details)
