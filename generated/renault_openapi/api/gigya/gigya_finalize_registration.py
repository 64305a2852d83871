from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_finalize_registration_form import GigyaFinalizeRegistrationForm
from ...models.gigya_finalize_registration_response import (
    GigyaFinalizeRegistrationResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaFinalizeRegistrationForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.finalizeRegistration",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaFinalizeRegistrationResponse | None:
    if response.status_code == 200:
        response_200 = GigyaFinalizeRegistrationResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaFinalizeRegistrationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaFinalizeRegistrationForm,
) -> Response[GigyaFinalizeRegistrationResponse]:
    """Finish a pending login (TFA done or registration pending); returns the login token.

     Completes a login that Gigya left pending, identified by its `regToken`: after a
    successful `accounts.tfa.finalizeTFA`, or for an account that answered `206001`
    (pending registration). `include` names the account sections to return (the Renault
    web flow uses `profile,data`) and `includeUserInfo=true` adds the user fields. The
    answer has the same shape as a successful `accounts.login`: `sessionInfo.cookieValue`
    is the **login token** (secret) to store, and `data.personId` is present when `data`
    was included.

    Units: `*Timestamp` fields are Unix epoch numbers (see `accounts.login`; seconds or
    milliseconds depending on the field), `signatureTimestamp` a string of Unix seconds.

    Not vehicle-specific. Errors: `400006` invalid or expired `regToken` (one hour),
    `206001` when required registration data is still missing, `403101` when the second
    factor was not completed (synthetic fixture).

    Args:
        body (GigyaFinalizeRegistrationForm): Form fields of `accounts.finalizeRegistration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaFinalizeRegistrationResponse]
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
    body: GigyaFinalizeRegistrationForm,
) -> GigyaFinalizeRegistrationResponse | None:
    """Finish a pending login (TFA done or registration pending); returns the login token.

     Completes a login that Gigya left pending, identified by its `regToken`: after a
    successful `accounts.tfa.finalizeTFA`, or for an account that answered `206001`
    (pending registration). `include` names the account sections to return (the Renault
    web flow uses `profile,data`) and `includeUserInfo=true` adds the user fields. The
    answer has the same shape as a successful `accounts.login`: `sessionInfo.cookieValue`
    is the **login token** (secret) to store, and `data.personId` is present when `data`
    was included.

    Units: `*Timestamp` fields are Unix epoch numbers (see `accounts.login`; seconds or
    milliseconds depending on the field), `signatureTimestamp` a string of Unix seconds.

    Not vehicle-specific. Errors: `400006` invalid or expired `regToken` (one hour),
    `206001` when required registration data is still missing, `403101` when the second
    factor was not completed (synthetic fixture).

    Args:
        body (GigyaFinalizeRegistrationForm): Form fields of `accounts.finalizeRegistration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaFinalizeRegistrationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaFinalizeRegistrationForm,
) -> Response[GigyaFinalizeRegistrationResponse]:
    """Finish a pending login (TFA done or registration pending); returns the login token.

     Completes a login that Gigya left pending, identified by its `regToken`: after a
    successful `accounts.tfa.finalizeTFA`, or for an account that answered `206001`
    (pending registration). `include` names the account sections to return (the Renault
    web flow uses `profile,data`) and `includeUserInfo=true` adds the user fields. The
    answer has the same shape as a successful `accounts.login`: `sessionInfo.cookieValue`
    is the **login token** (secret) to store, and `data.personId` is present when `data`
    was included.

    Units: `*Timestamp` fields are Unix epoch numbers (see `accounts.login`; seconds or
    milliseconds depending on the field), `signatureTimestamp` a string of Unix seconds.

    Not vehicle-specific. Errors: `400006` invalid or expired `regToken` (one hour),
    `206001` when required registration data is still missing, `403101` when the second
    factor was not completed (synthetic fixture).

    Args:
        body (GigyaFinalizeRegistrationForm): Form fields of `accounts.finalizeRegistration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaFinalizeRegistrationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaFinalizeRegistrationForm,
) -> GigyaFinalizeRegistrationResponse | None:
    """Finish a pending login (TFA done or registration pending); returns the login token.

     Completes a login that Gigya left pending, identified by its `regToken`: after a
    successful `accounts.tfa.finalizeTFA`, or for an account that answered `206001`
    (pending registration). `include` names the account sections to return (the Renault
    web flow uses `profile,data`) and `includeUserInfo=true` adds the user fields. The
    answer has the same shape as a successful `accounts.login`: `sessionInfo.cookieValue`
    is the **login token** (secret) to store, and `data.personId` is present when `data`
    was included.

    Units: `*Timestamp` fields are Unix epoch numbers (see `accounts.login`; seconds or
    milliseconds depending on the field), `signatureTimestamp` a string of Unix seconds.

    Not vehicle-specific. Errors: `400006` invalid or expired `regToken` (one hour),
    `206001` when required registration data is still missing, `403101` when the second
    factor was not completed (synthetic fixture).

    Args:
        body (GigyaFinalizeRegistrationForm): Form fields of `accounts.finalizeRegistration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaFinalizeRegistrationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
