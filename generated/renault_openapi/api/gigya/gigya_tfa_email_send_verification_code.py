from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_tfa_email_send_verification_code_form import (
    GigyaTfaEmailSendVerificationCodeForm,
)
from ...models.gigya_tfa_email_send_verification_code_response import (
    GigyaTfaEmailSendVerificationCodeResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaTfaEmailSendVerificationCodeForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.tfa.email.sendVerificationCode",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaTfaEmailSendVerificationCodeResponse | None:
    if response.status_code == 200:
        response_200 = GigyaTfaEmailSendVerificationCodeResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaTfaEmailSendVerificationCodeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailSendVerificationCodeForm,
) -> Response[GigyaTfaEmailSendVerificationCodeResponse]:
    """E-mail a one-time code to the chosen address; returns `phvToken`.

     Fourth call of the e-mail two-factor chain. Gigya e-mails a **6-digit** one-time code to
    the address `emailID` (from `getEmails`) in language `lang` (ISO 639-1, e.g. `fr`,
    `de`, `en`) and returns `phvToken`, which identifies this code and must be sent back
    with it to `completeVerification`. Each call e-mails a new code with its own
    `phvToken`: always send the code together with the `phvToken` of the same call.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired `gigyaAssertion`),
    `403048` API rate limit exceeded when codes are requested too often (synthetic
    fixture; the body is the one Gigya returns for its rate limit).

    Args:
        body (GigyaTfaEmailSendVerificationCodeForm): Form fields of
            `accounts.tfa.email.sendVerificationCode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailSendVerificationCodeResponse]
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
    body: GigyaTfaEmailSendVerificationCodeForm,
) -> GigyaTfaEmailSendVerificationCodeResponse | None:
    """E-mail a one-time code to the chosen address; returns `phvToken`.

     Fourth call of the e-mail two-factor chain. Gigya e-mails a **6-digit** one-time code to
    the address `emailID` (from `getEmails`) in language `lang` (ISO 639-1, e.g. `fr`,
    `de`, `en`) and returns `phvToken`, which identifies this code and must be sent back
    with it to `completeVerification`. Each call e-mails a new code with its own
    `phvToken`: always send the code together with the `phvToken` of the same call.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired `gigyaAssertion`),
    `403048` API rate limit exceeded when codes are requested too often (synthetic
    fixture; the body is the one Gigya returns for its rate limit).

    Args:
        body (GigyaTfaEmailSendVerificationCodeForm): Form fields of
            `accounts.tfa.email.sendVerificationCode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailSendVerificationCodeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailSendVerificationCodeForm,
) -> Response[GigyaTfaEmailSendVerificationCodeResponse]:
    """E-mail a one-time code to the chosen address; returns `phvToken`.

     Fourth call of the e-mail two-factor chain. Gigya e-mails a **6-digit** one-time code to
    the address `emailID` (from `getEmails`) in language `lang` (ISO 639-1, e.g. `fr`,
    `de`, `en`) and returns `phvToken`, which identifies this code and must be sent back
    with it to `completeVerification`. Each call e-mails a new code with its own
    `phvToken`: always send the code together with the `phvToken` of the same call.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired `gigyaAssertion`),
    `403048` API rate limit exceeded when codes are requested too often (synthetic
    fixture; the body is the one Gigya returns for its rate limit).

    Args:
        body (GigyaTfaEmailSendVerificationCodeForm): Form fields of
            `accounts.tfa.email.sendVerificationCode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailSendVerificationCodeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailSendVerificationCodeForm,
) -> GigyaTfaEmailSendVerificationCodeResponse | None:
    """E-mail a one-time code to the chosen address; returns `phvToken`.

     Fourth call of the e-mail two-factor chain. Gigya e-mails a **6-digit** one-time code to
    the address `emailID` (from `getEmails`) in language `lang` (ISO 639-1, e.g. `fr`,
    `de`, `en`) and returns `phvToken`, which identifies this code and must be sent back
    with it to `completeVerification`. Each call e-mails a new code with its own
    `phvToken`: always send the code together with the `phvToken` of the same call.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired `gigyaAssertion`),
    `403048` API rate limit exceeded when codes are requested too often (synthetic
    fixture; the body is the one Gigya returns for its rate limit).

    Args:
        body (GigyaTfaEmailSendVerificationCodeForm): Form fields of
            `accounts.tfa.email.sendVerificationCode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailSendVerificationCodeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
