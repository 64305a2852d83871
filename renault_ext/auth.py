"""Gigya identity: login (with e-mail two-factor), login-token reuse, person id, JWT lifecycle.

Call sequence (facts §2): ``accounts.login`` gives a *login token* (Gigya session cookie value,
never expires client-side) → ``accounts.getAccountInfo`` gives the Kamereon person id →
``accounts.getJWT`` gives a 900-second JWT for Kamereon. Only the login needs the password; a
stored login token is enough to start later sessions.

Improvements over renault-api: the JWT is refreshed ``jwt_margin`` seconds *before* it expires,
concurrent callers share one mint (a lock), a Kamereon 401 triggers exactly one re-mint and
retry (see :class:`KamereonAuth`), and Gigya's ``403101`` two-factor challenge is completed
through a caller-supplied callback instead of failing.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from renault_ext.credentials import CredentialStore, MemoryCredentialStore, decode_jwt_claims
from renault_ext.errors import (
    GigyaError,
    InvalidInputError,
    LoginTokenExpiredError,
    MalformedJsonError,
    NotAuthenticatedError,
    RenaultError,
    TwoFactorRequiredError,
)
from renault_ext.operations import OperationModules
from renault_ext.transport_errors import translated

_LOG = logging.getLogger(__name__)

LOGIN_TOKEN = "gigya_login_token"
PERSON_ID = "gigya_person_id"
JWT = "gigya_jwt"
JWT_LIFETIME = 900  # seconds asked from accounts.getJWT, as the MyRenault app does
JWT_FIELDS = "data.personId,data.gigyaDataCenter"


@dataclass(frozen=True)
class TwoFactorPrompt:
    """What the code callback is told: where the code was sent (obfuscated by Gigya)."""

    email_hint: str


TwoFactorCallback = Callable[[TwoFactorPrompt], "Awaitable[str] | str"]


def jwt_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, read without checking the signature (the server checks it); ``{}``
    when ``token`` is not a JWT."""
    return decode_jwt_claims(token) or {}


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (seconds since the epoch)."""
    try:
        return float(jwt_claims(token)["exp"])
    except (KeyError, TypeError, ValueError):
        return None


def jwt_person_id(token: str) -> str | None:
    """``data.personId`` asked for in ``fields`` when minting; flat or nested claim."""
    claims = jwt_claims(token)
    value = claims.get("data.personId")
    if value is None and isinstance(claims.get("data"), dict):
        value = claims["data"].get("personId")
    return value if isinstance(value, str) and value else None


class GigyaAuthenticator:
    """Holds the Gigya tokens of one user and mints JWTs on demand (one at a time)."""

    def __init__(
        self,
        gigya_client: Any,
        api_key: str,
        *,
        operations: OperationModules,
        store: CredentialStore | None = None,
        two_factor: TwoFactorCallback | None = None,
        jwt_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = gigya_client
        self._api_key = api_key
        self._operations = operations
        # The same clock as the expiry checks here: with a simulated clock behind real time, a
        # store on time.time() would read every new JWT as expired (one mint per request).
        self._store: CredentialStore = (
            store if store is not None else MemoryCredentialStore(clock=clock)
        )
        self._two_factor = two_factor
        self._jwt_margin = jwt_margin
        self._clock = clock
        self._lock = asyncio.Lock()
        # Outcome of the last JWT mint, numbered: tasks that queued behind a failed mint share
        # its error instead of each asking Gigya again (a Gigya outage would otherwise turn one
        # poll into hundreds of getJWT calls and trip Gigya's rate limit).
        self._mints_finished = 0
        self._last_mint_error: Exception | None = None

    def __repr__(self) -> str:
        state = "logged in" if self.login_token else "not logged in"
        return f"<GigyaAuthenticator {state}>"

    # -- the generated calls ---------------------------------------------------------------
    async def _call(self, operation_id: str, **fields: str) -> dict[str, Any]:
        """POST a Gigya form through the generated client; error codes raise in the transport."""
        module = self._operations.get(operation_id)
        form_type = self._operations.body_type(operation_id)
        body = form_type.from_dict({"ApiKey": self._api_key, **fields})
        response = await translated(
            module.asyncio_detailed(client=self._client, body=body),
            service="Gigya",
            operation=operation_id,
        )
        if response.parsed is None:
            raise MalformedJsonError(
                f"Gigya {operation_id} answered HTTP {response.status_code} without a usable body",
                status=response.status_code,
            )
        return response.parsed.to_dict()

    @staticmethod
    def _require(payload: dict[str, Any], dotted: str, call: str) -> str:
        node: Any = payload
        for part in dotted.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, str) or not node:
            raise MalformedJsonError(f"Gigya {call} answered without `{dotted}`")
        return node

    # -- login ------------------------------------------------------------------------------
    @property
    def login_token(self) -> str | None:
        return self._store.get(LOGIN_TOKEN)

    def set_login_token(self, token: str) -> None:
        """Start from a saved login token: no password, no ``accounts.login``."""
        for key in (LOGIN_TOKEN, PERSON_ID, JWT):
            self._store.delete(key)
        self._store.set(LOGIN_TOKEN, token)

    async def login(self, login_id: str, password: str) -> None:
        try:
            answer = await self._call("gigyaLogin", loginID=login_id, password=password)
        except TwoFactorRequiredError as challenge:
            answer = await self._complete_two_factor(challenge)
        token = self._require(answer, "sessionInfo.cookieValue", "accounts.login")
        # Only now: a failed login (a typo) must leave the previous session usable.
        for key in (PERSON_ID, JWT):
            self._store.delete(key)
        self._store.set(LOGIN_TOKEN, token)

    async def _complete_two_factor(self, challenge: TwoFactorRequiredError) -> dict[str, Any]:
        """Gigya's e-mail second factor (facts §2.4), then finalise the registration."""
        reg_token = challenge.reg_token
        if self._two_factor is None or not reg_token:
            raise challenge
        await self._call("gigyaWebSdkBootstrap", pageURL="https://myrenault.app", sdk="js_latest")
        init = await self._call(
            "gigyaTfaInit", regToken=reg_token, provider="gigyaEmail", mode="verify"
        )
        assertion = self._require(init, "gigyaAssertion", "accounts.tfa.initTFA")
        emails = (await self._call("gigyaTfaEmailGetEmails", gigyaAssertion=assertion)).get(
            "emails"
        ) or []
        if not emails:
            raise challenge
        email = emails[0]
        sent = await self._call(
            "gigyaTfaEmailSendVerificationCode",
            gigyaAssertion=assertion,
            emailID=str(email.get("id", "")),
            lang="en",
        )
        phv_token = self._require(sent, "phvToken", "accounts.tfa.email.sendVerificationCode")
        prompt = TwoFactorPrompt(email_hint=str(email.get("obfuscated", "")))
        try:
            code = self._two_factor(prompt)
            if inspect.isawaitable(code):
                code = await code
        except Exception as exc:  # the caller's code: typed here, like every other failure
            raise InvalidInputError(
                f"the two-factor callback failed ({type(exc).__name__})", field="two_factor"
            ) from exc
        if not isinstance(code, (str, int)) or isinstance(code, bool) or not str(code).strip():
            # Checked before sending: a wrong code uses up one of Gigya's few attempts.
            raise InvalidInputError(
                "the two-factor callback returned no verification code", field="two_factor"
            )
        done = await self._call(
            "gigyaTfaEmailCompleteVerification",
            gigyaAssertion=assertion,
            phvToken=phv_token,
            code=str(code).strip(),
        )
        provider = self._require(
            done, "providerAssertion", "accounts.tfa.email.completeVerification"
        )
        await self._call(
            "gigyaTfaFinalize",
            gigyaAssertion=assertion,
            providerAssertion=provider,
            regToken=reg_token,
        )
        return await self._call("gigyaFinalizeRegistration", regToken=reg_token)

    # -- person id and JWT ------------------------------------------------------------------
    def _login_token_or_raise(self) -> str:
        token = self.login_token
        if not token:
            raise NotAuthenticatedError(
                "Not logged in: call login() or set a saved login token first."
            )
        return token

    async def person_id(self) -> str:
        cached = self._store.get(PERSON_ID)
        if cached:
            return cached
        # The JWT is needed for the next Kamereon call anyway and carries the person id we asked
        # for in `fields`: reading it there saves the accounts.getAccountInfo round trip.
        # getAccountInfo stays the fallback for tokens without that claim.
        person_id = jwt_person_id(await self.jwt())
        if person_id:
            self._store.set(PERSON_ID, person_id)
            return person_id
        async with self._lock:
            cached = self._store.get(PERSON_ID)
            if cached:
                return cached
            answer = await self._call(
                "gigyaGetAccountInfo", login_token=self._login_token_or_raise()
            )
            person_id = self._require(answer, "data.personId", "accounts.getAccountInfo")
            self._store.set(PERSON_ID, person_id)
            return person_id

    def _fresh_cached_jwt(self, *, not_this: str | None = None) -> str | None:
        token = self._store.get(JWT)
        if not token or token == not_this:
            return None
        expiry = jwt_expiry(token)
        if expiry is None or expiry - self._jwt_margin <= self._clock():
            return None
        return token

    async def jwt(self, *, stale: str | None = None) -> str:
        """A JWT valid for at least ``jwt_margin`` seconds; ``stale`` is one the server refused."""
        token = self._fresh_cached_jwt(not_this=stale)
        if token:
            return token
        finished_before_waiting = self._mints_finished
        async with self._lock:
            # Another task may have minted while we waited for the lock: one mint for all.
            token = self._fresh_cached_jwt(not_this=stale)
            if token:
                return token
            if (
                self._mints_finished != finished_before_waiting
                and self._last_mint_error is not None
            ):
                raise self._last_mint_error
            login_token = self._login_token_or_raise()
            try:
                answer = await self._call(
                    "gigyaGetJwt",
                    login_token=login_token,
                    fields=JWT_FIELDS,
                    expiration=str(JWT_LIFETIME),
                )
            except LoginTokenExpiredError as error:
                # Only if nobody logged in meanwhile (another task, or another process sharing
                # the credential file): a fresh login must not be wiped by this stale failure.
                if self._store.get(LOGIN_TOKEN) == login_token:
                    for key in (LOGIN_TOKEN, PERSON_ID, JWT):
                        self._store.delete(key)
                self._last_mint_error = error
                raise
            except RenaultError as error:
                self._last_mint_error = error
                raise
            finally:
                self._mints_finished += 1
            self._last_mint_error = None
            token = self._require(answer, "id_token", "accounts.getJWT")
            if self._store.get(LOGIN_TOKEN) == login_token:
                # Not cached when the login changed during the mint: it belongs to the old one.
                self._store.set(JWT, token)
            _LOG.debug("minted a new JWT")
            return token


class KamereonAuth(httpx.Auth):
    """Adds the Kamereon headers; on a 401 mints a new JWT and retries exactly once."""

    requires_response_body = True

    def __init__(self, api_key: str, authenticator: GigyaAuthenticator) -> None:
        self._api_key = api_key
        self._authenticator = authenticator

    def __repr__(self) -> str:
        return "<KamereonAuth>"

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._authenticator.jwt()
        request.headers["apikey"] = self._api_key
        request.headers["x-gigya-id_token"] = token
        response = yield request
        if response.status_code == 401 or _says_unauthorized(response):
            request.headers["x-gigya-id_token"] = await self._authenticator.jwt(stale=token)
            request.extensions = {**request.extensions, "renault_auth_retried": True}
            yield request


def _says_unauthorized(response: httpx.Response) -> bool:
    if response.status_code < 400 or b"unauthorized" not in response.content:
        return False
    try:
        errors = response.json().get("errors") or []
    except (ValueError, AttributeError):
        return False
    return any(
        isinstance(e, dict) and e.get("errorCode") == "err.func.wired.unauthorized" for e in errors
    )


def is_auth_retry_pending(response: httpx.Response) -> bool:
    """True for the first unauthorized answer, which :class:`KamereonAuth` is about to retry."""
    first_try = not response.request.extensions.get("renault_auth_retried")
    return first_try and (response.status_code == 401 or _says_unauthorized(response))


__all__ = [
    "GigyaAuthenticator",
    "GigyaError",
    "KamereonAuth",
    "TwoFactorCallback",
    "TwoFactorPrompt",
    "is_auth_retry_pending",
    "jwt_claims",
    "jwt_expiry",
    "jwt_person_id",
]
