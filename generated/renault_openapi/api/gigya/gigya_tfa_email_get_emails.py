from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_tfa_email_get_emails_form import GigyaTfaEmailGetEmailsForm
from ...models.gigya_tfa_email_get_emails_response import GigyaTfaEmailGetEmailsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaTfaEmailGetEmailsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.tfa.email.getEmails",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaTfaEmailGetEmailsResponse | None:
    if response.status_code == 200:
        response_200 = GigyaTfaEmailGetEmailsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaTfaEmailGetEmailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailGetEmailsForm,
) -> Response[GigyaTfaEmailGetEmailsResponse]:
    """List the e-mail addresses registered as second factor (obfuscated).

     Third call of the e-mail two-factor chain. Returns `emails[]`; each item has the `id`
    to pass as `emailID` to `accounts.tfa.email.sendVerificationCode`, the address in
    `obfuscated` form (e.g. `u***@example.com`, fit for showing to the user) and
    `lastVerification` (ISO 8601 UTC, last time this factor was verified). Renault accounts
    have been seen with one item (the login e-mail) and clients use the first one. An empty
    list means no e-mail factor: the client cannot continue the chain.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" when `gigyaAssertion` is expired
    (about 5 minutes) or was not issued for `gigyaEmail` (synthetic fixture from the error
    shape documented for Gigya's TFA calls).

    Args:
        body (GigyaTfaEmailGetEmailsForm): Form fields of `accounts.tfa.email.getEmails`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailGetEmailsResponse]
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
    body: GigyaTfaEmailGetEmailsForm,
) -> GigyaTfaEmailGetEmailsResponse | None:
    """List the e-mail addresses registered as second factor (obfuscated).

     Third call of the e-mail two-factor chain. Returns `emails[]`; each item has the `id`
    to pass as `emailID` to `accounts.tfa.email.sendVerificationCode`, the address in
    `obfuscated` form (e.g. `u***@example.com`, fit for showing to the user) and
    `lastVerification` (ISO 8601 UTC, last time this factor was verified). Renault accounts
    have been seen with one item (the login e-mail) and clients use the first one. An empty
    list means no e-mail factor: the client cannot continue the chain.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" when `gigyaAssertion` is expired
    (about 5 minutes) or was not issued for `gigyaEmail` (synthetic fixture from the error
    shape documented for Gigya's TFA calls).

    Args:
        body (GigyaTfaEmailGetEmailsForm): Form fields of `accounts.tfa.email.getEmails`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailGetEmailsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailGetEmailsForm,
) -> Response[GigyaTfaEmailGetEmailsResponse]:
    """List the e-mail addresses registered as second factor (obfuscated).

     Third call of the e-mail two-factor chain. Returns `emails[]`; each item has the `id`
    to pass as `emailID` to `accounts.tfa.email.sendVerificationCode`, the address in
    `obfuscated` form (e.g. `u***@example.com`, fit for showing to the user) and
    `lastVerification` (ISO 8601 UTC, last time this factor was verified). Renault accounts
    have been seen with one item (the login e-mail) and clients use the first one. An empty
    list means no e-mail factor: the client cannot continue the chain.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" when `gigyaAssertion` is expired
    (about 5 minutes) or was not issued for `gigyaEmail` (synthetic fixture from the error
    shape documented for Gigya's TFA calls).

    Args:
        body (GigyaTfaEmailGetEmailsForm): Form fields of `accounts.tfa.email.getEmails`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailGetEmailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailGetEmailsForm,
) -> GigyaTfaEmailGetEmailsResponse | None:
    """List the e-mail addresses registered as second factor (obfuscated).

     Third call of the e-mail two-factor chain. Returns `emails[]`; each item has the `id`
    to pass as `emailID` to `accounts.tfa.email.sendVerificationCode`, the address in
    `obfuscated` form (e.g. `u***@example.com`, fit for showing to the user) and
    `lastVerification` (ISO 8601 UTC, last time this factor was verified). Renault accounts
    have been seen with one item (the login e-mail) and clients use the first one. An empty
    list means no e-mail factor: the client cannot continue the chain.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" when `gigyaAssertion` is expired
    (about 5 minutes) or was not issued for `gigyaEmail` (synthetic fixture from the error
    shape documented for Gigya's TFA calls).

    Args:
        body (GigyaTfaEmailGetEmailsForm): Form fields of `accounts.tfa.email.getEmails`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailGetEmailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
