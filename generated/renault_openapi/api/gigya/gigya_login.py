from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_login_form import GigyaLoginForm
from ...models.gigya_login_response import GigyaLoginResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaLoginForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.login",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaLoginResponse | None:
    if response.status_code == 200:
        response_200 = GigyaLoginResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaLoginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaLoginForm,
) -> Response[GigyaLoginResponse]:
    """Log in with e-mail and password; returns the Gigya login token.

     First step of the authentication chain. On success `sessionInfo.cookieValue` is the
    **login token** (secret, starts with `st2.s.` in real traffic; `sessionInfo.cookieName` is
    `gac_<ApiKey>`). The project stores that token instead of the password: it never expires
    client-side and is what `accounts.getAccountInfo` and `accounts.getJWT` take as
    `login_token`. `UID`, `profile.email` and the account timestamps are informational.

    Units: `*Timestamp` fields are Unix epoch numbers. In this answer `registeredTimestamp`,
    `createdTimestamp` and `lastLoginTimestamp` are in **seconds**, while
    `lastUpdatedTimestamp`, `oldestDataUpdatedTimestamp` and `verifiedTimestamp` are in
    **milliseconds** (the same account's `accounts.getAccountInfo` gives all of them in
    milliseconds). `signatureTimestamp` is a string of Unix seconds. Date fields without the
    suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0, handled before the HTTP status):

    * `403042` "invalid loginID or password": wrong credentials, **but also a stale API key**
      (the 2026-05-20 key rotation looked exactly like a wrong password) or website-only
      credentials that were never activated for the app.
    * `403101` "Pending Two-Factor Authentication" (since 2026-06-01): comes with `regToken`,
      `UID` and `sessionInfo.expires_in` (seconds the `regToken` stays valid, "3600") and no
      login token. Resolve it with the e-mail chain `accounts.webSdkBootstrap` →
      `accounts.tfa.initTFA` → `accounts.tfa.email.getEmails` →
      `accounts.tfa.email.sendVerificationCode` → `accounts.tfa.email.completeVerification`
      → `accounts.tfa.finalizeTFA`, then log in again (or call
      `accounts.finalizeRegistration` with the `regToken`). Logging in once with the official
      app is reported to clear the pending state too.
    * `206001` "Account Pending Registration": comes with `regToken`; finish with
      `accounts.finalizeRegistration`.
    * `403120` "Account temporarily locked out" after repeated failures; `403048` API rate
      limit exceeded.

    Known transport failure: an **empty body** (0 bytes, capture
    `renault-api-fixtures/gigya/login_invalid.txt`) must be reported as "Gigya responded
    with invalid JSON", not as an authentication error; it cannot be stored as a JSON
    fixture. The answer's content type is not reliable (test doubles serve
    `text/javascript`): parse the body as JSON regardless.

    Args:
        body (GigyaLoginForm): Form fields of `accounts.login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaLoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaLoginForm,
) -> GigyaLoginResponse | None:
    """Log in with e-mail and password; returns the Gigya login token.

     First step of the authentication chain. On success `sessionInfo.cookieValue` is the
    **login token** (secret, starts with `st2.s.` in real traffic; `sessionInfo.cookieName` is
    `gac_<ApiKey>`). The project stores that token instead of the password: it never expires
    client-side and is what `accounts.getAccountInfo` and `accounts.getJWT` take as
    `login_token`. `UID`, `profile.email` and the account timestamps are informational.

    Units: `*Timestamp` fields are Unix epoch numbers. In this answer `registeredTimestamp`,
    `createdTimestamp` and `lastLoginTimestamp` are in **seconds**, while
    `lastUpdatedTimestamp`, `oldestDataUpdatedTimestamp` and `verifiedTimestamp` are in
    **milliseconds** (the same account's `accounts.getAccountInfo` gives all of them in
    milliseconds). `signatureTimestamp` is a string of Unix seconds. Date fields without the
    suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0, handled before the HTTP status):

    * `403042` "invalid loginID or password": wrong credentials, **but also a stale API key**
      (the 2026-05-20 key rotation looked exactly like a wrong password) or website-only
      credentials that were never activated for the app.
    * `403101` "Pending Two-Factor Authentication" (since 2026-06-01): comes with `regToken`,
      `UID` and `sessionInfo.expires_in` (seconds the `regToken` stays valid, "3600") and no
      login token. Resolve it with the e-mail chain `accounts.webSdkBootstrap` →
      `accounts.tfa.initTFA` → `accounts.tfa.email.getEmails` →
      `accounts.tfa.email.sendVerificationCode` → `accounts.tfa.email.completeVerification`
      → `accounts.tfa.finalizeTFA`, then log in again (or call
      `accounts.finalizeRegistration` with the `regToken`). Logging in once with the official
      app is reported to clear the pending state too.
    * `206001` "Account Pending Registration": comes with `regToken`; finish with
      `accounts.finalizeRegistration`.
    * `403120` "Account temporarily locked out" after repeated failures; `403048` API rate
      limit exceeded.

    Known transport failure: an **empty body** (0 bytes, capture
    `renault-api-fixtures/gigya/login_invalid.txt`) must be reported as "Gigya responded
    with invalid JSON", not as an authentication error; it cannot be stored as a JSON
    fixture. The answer's content type is not reliable (test doubles serve
    `text/javascript`): parse the body as JSON regardless.

    Args:
        body (GigyaLoginForm): Form fields of `accounts.login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaLoginResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaLoginForm,
) -> Response[GigyaLoginResponse]:
    """Log in with e-mail and password; returns the Gigya login token.

     First step of the authentication chain. On success `sessionInfo.cookieValue` is the
    **login token** (secret, starts with `st2.s.` in real traffic; `sessionInfo.cookieName` is
    `gac_<ApiKey>`). The project stores that token instead of the password: it never expires
    client-side and is what `accounts.getAccountInfo` and `accounts.getJWT` take as
    `login_token`. `UID`, `profile.email` and the account timestamps are informational.

    Units: `*Timestamp` fields are Unix epoch numbers. In this answer `registeredTimestamp`,
    `createdTimestamp` and `lastLoginTimestamp` are in **seconds**, while
    `lastUpdatedTimestamp`, `oldestDataUpdatedTimestamp` and `verifiedTimestamp` are in
    **milliseconds** (the same account's `accounts.getAccountInfo` gives all of them in
    milliseconds). `signatureTimestamp` is a string of Unix seconds. Date fields without the
    suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0, handled before the HTTP status):

    * `403042` "invalid loginID or password": wrong credentials, **but also a stale API key**
      (the 2026-05-20 key rotation looked exactly like a wrong password) or website-only
      credentials that were never activated for the app.
    * `403101` "Pending Two-Factor Authentication" (since 2026-06-01): comes with `regToken`,
      `UID` and `sessionInfo.expires_in` (seconds the `regToken` stays valid, "3600") and no
      login token. Resolve it with the e-mail chain `accounts.webSdkBootstrap` →
      `accounts.tfa.initTFA` → `accounts.tfa.email.getEmails` →
      `accounts.tfa.email.sendVerificationCode` → `accounts.tfa.email.completeVerification`
      → `accounts.tfa.finalizeTFA`, then log in again (or call
      `accounts.finalizeRegistration` with the `regToken`). Logging in once with the official
      app is reported to clear the pending state too.
    * `206001` "Account Pending Registration": comes with `regToken`; finish with
      `accounts.finalizeRegistration`.
    * `403120` "Account temporarily locked out" after repeated failures; `403048` API rate
      limit exceeded.

    Known transport failure: an **empty body** (0 bytes, capture
    `renault-api-fixtures/gigya/login_invalid.txt`) must be reported as "Gigya responded
    with invalid JSON", not as an authentication error; it cannot be stored as a JSON
    fixture. The answer's content type is not reliable (test doubles serve
    `text/javascript`): parse the body as JSON regardless.

    Args:
        body (GigyaLoginForm): Form fields of `accounts.login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaLoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaLoginForm,
) -> GigyaLoginResponse | None:
    """Log in with e-mail and password; returns the Gigya login token.

     First step of the authentication chain. On success `sessionInfo.cookieValue` is the
    **login token** (secret, starts with `st2.s.` in real traffic; `sessionInfo.cookieName` is
    `gac_<ApiKey>`). The project stores that token instead of the password: it never expires
    client-side and is what `accounts.getAccountInfo` and `accounts.getJWT` take as
    `login_token`. `UID`, `profile.email` and the account timestamps are informational.

    Units: `*Timestamp` fields are Unix epoch numbers. In this answer `registeredTimestamp`,
    `createdTimestamp` and `lastLoginTimestamp` are in **seconds**, while
    `lastUpdatedTimestamp`, `oldestDataUpdatedTimestamp` and `verifiedTimestamp` are in
    **milliseconds** (the same account's `accounts.getAccountInfo` gives all of them in
    milliseconds). `signatureTimestamp` is a string of Unix seconds. Date fields without the
    suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0, handled before the HTTP status):

    * `403042` "invalid loginID or password": wrong credentials, **but also a stale API key**
      (the 2026-05-20 key rotation looked exactly like a wrong password) or website-only
      credentials that were never activated for the app.
    * `403101` "Pending Two-Factor Authentication" (since 2026-06-01): comes with `regToken`,
      `UID` and `sessionInfo.expires_in` (seconds the `regToken` stays valid, "3600") and no
      login token. Resolve it with the e-mail chain `accounts.webSdkBootstrap` →
      `accounts.tfa.initTFA` → `accounts.tfa.email.getEmails` →
      `accounts.tfa.email.sendVerificationCode` → `accounts.tfa.email.completeVerification`
      → `accounts.tfa.finalizeTFA`, then log in again (or call
      `accounts.finalizeRegistration` with the `regToken`). Logging in once with the official
      app is reported to clear the pending state too.
    * `206001` "Account Pending Registration": comes with `regToken`; finish with
      `accounts.finalizeRegistration`.
    * `403120` "Account temporarily locked out" after repeated failures; `403048` API rate
      limit exceeded.

    Known transport failure: an **empty body** (0 bytes, capture
    `renault-api-fixtures/gigya/login_invalid.txt`) must be reported as "Gigya responded
    with invalid JSON", not as an authentication error; it cannot be stored as a JSON
    fixture. The answer's content type is not reliable (test doubles serve
    `text/javascript`): parse the body as JSON regardless.

    Args:
        body (GigyaLoginForm): Form fields of `accounts.login`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaLoginResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
