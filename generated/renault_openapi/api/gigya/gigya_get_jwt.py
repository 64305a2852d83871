from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_get_jwt_form import GigyaGetJwtForm
from ...models.gigya_get_jwt_response import GigyaGetJwtResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaGetJwtForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.getJWT",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaGetJwtResponse | None:
    if response.status_code == 200:
        response_200 = GigyaGetJwtResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaGetJwtResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetJwtForm,
) -> Response[GigyaGetJwtResponse]:
    """Mint the short-lived JWT that every Kamereon call sends as `x-gigya-id_token`.

     Exchanges the login token for a JWT (`id_token`) carrying the claims named in `fields`
    (`data.personId,data.gigyaDataCenter`). `expiration` is the lifetime in **seconds**; the
    apps and renault-api ask for `900` (15 minutes). The client judges expiry from the JWT's
    own `exp` claim (Unix seconds; the signature is not verified) and mints a new JWT when it
    has passed; this call is the only "refresh" there is. A successful answer without
    `id_token` is an error for the client.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): `403005` "Unauthorized user" and `403013`
    "Unverified user" mean the login token is no longer usable: the client drops the stored
    login token, person id and JWT and reports "authentication expired" (a new
    `accounts.login` is needed). Any other error is reported the same way without clearing
    the store. `403042` appears when the API key is stale.

    Args:
        body (GigyaGetJwtForm): Form fields of `accounts.getJWT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaGetJwtResponse]
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
    body: GigyaGetJwtForm,
) -> GigyaGetJwtResponse | None:
    """Mint the short-lived JWT that every Kamereon call sends as `x-gigya-id_token`.

     Exchanges the login token for a JWT (`id_token`) carrying the claims named in `fields`
    (`data.personId,data.gigyaDataCenter`). `expiration` is the lifetime in **seconds**; the
    apps and renault-api ask for `900` (15 minutes). The client judges expiry from the JWT's
    own `exp` claim (Unix seconds; the signature is not verified) and mints a new JWT when it
    has passed; this call is the only "refresh" there is. A successful answer without
    `id_token` is an error for the client.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): `403005` "Unauthorized user" and `403013`
    "Unverified user" mean the login token is no longer usable: the client drops the stored
    login token, person id and JWT and reports "authentication expired" (a new
    `accounts.login` is needed). Any other error is reported the same way without clearing
    the store. `403042` appears when the API key is stale.

    Args:
        body (GigyaGetJwtForm): Form fields of `accounts.getJWT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaGetJwtResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetJwtForm,
) -> Response[GigyaGetJwtResponse]:
    """Mint the short-lived JWT that every Kamereon call sends as `x-gigya-id_token`.

     Exchanges the login token for a JWT (`id_token`) carrying the claims named in `fields`
    (`data.personId,data.gigyaDataCenter`). `expiration` is the lifetime in **seconds**; the
    apps and renault-api ask for `900` (15 minutes). The client judges expiry from the JWT's
    own `exp` claim (Unix seconds; the signature is not verified) and mints a new JWT when it
    has passed; this call is the only "refresh" there is. A successful answer without
    `id_token` is an error for the client.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): `403005` "Unauthorized user" and `403013`
    "Unverified user" mean the login token is no longer usable: the client drops the stored
    login token, person id and JWT and reports "authentication expired" (a new
    `accounts.login` is needed). Any other error is reported the same way without clearing
    the store. `403042` appears when the API key is stale.

    Args:
        body (GigyaGetJwtForm): Form fields of `accounts.getJWT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaGetJwtResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetJwtForm,
) -> GigyaGetJwtResponse | None:
    """Mint the short-lived JWT that every Kamereon call sends as `x-gigya-id_token`.

     Exchanges the login token for a JWT (`id_token`) carrying the claims named in `fields`
    (`data.personId,data.gigyaDataCenter`). `expiration` is the lifetime in **seconds**; the
    apps and renault-api ask for `900` (15 minutes). The client judges expiry from the JWT's
    own `exp` claim (Unix seconds; the signature is not verified) and mints a new JWT when it
    has passed; this call is the only "refresh" there is. A successful answer without
    `id_token` is an error for the client.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): `403005` "Unauthorized user" and `403013`
    "Unverified user" mean the login token is no longer usable: the client drops the stored
    login token, person id and JWT and reports "authentication expired" (a new
    `accounts.login` is needed). Any other error is reported the same way without clearing
    the store. `403042` appears when the API key is stale.

    Args:
        body (GigyaGetJwtForm): Form fields of `accounts.getJWT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaGetJwtResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
