from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_get_account_info_form import GigyaGetAccountInfoForm
from ...models.gigya_get_account_info_response import GigyaGetAccountInfoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaGetAccountInfoForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.getAccountInfo",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaGetAccountInfoResponse | None:
    if response.status_code == 200:
        response_200 = GigyaGetAccountInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaGetAccountInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetAccountInfoForm,
) -> Response[GigyaGetAccountInfoResponse]:
    """Read the account behind a login token; gives the Kamereon person id.

     Called lazily, the first time the Kamereon person id is needed. The client reads
    `data.personId` (the `{personId}` of `GET /commerce/v1/persons/{personId}`);
    `data.gigyaDataCenter` (e.g. `eu1.gigya.com`) tells which Gigya data centre holds the
    account. A successful answer without `data` or `data.personId` is an error for the client
    ("`data.personId` is None in GetAccountInfo response").

    Units: every `*Timestamp` field is a Unix epoch number in **milliseconds** here (the
    same account's `accounts.login` gives `registeredTimestamp`, `createdTimestamp` and
    `lastLoginTimestamp` in seconds). `signatureTimestamp` is a string of Unix seconds.
    Date fields without the suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): renault-api does not wrap them (they surface as a
    plain Gigya response error). An invalid or revoked login token gives `403005`
    "Unauthorized user" (synthetic fixture, same body as the captured `accounts.getJWT`
    error); `403042` when the API key is stale.

    Args:
        body (GigyaGetAccountInfoForm): Form fields of `accounts.getAccountInfo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaGetAccountInfoResponse]
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
    body: GigyaGetAccountInfoForm,
) -> GigyaGetAccountInfoResponse | None:
    """Read the account behind a login token; gives the Kamereon person id.

     Called lazily, the first time the Kamereon person id is needed. The client reads
    `data.personId` (the `{personId}` of `GET /commerce/v1/persons/{personId}`);
    `data.gigyaDataCenter` (e.g. `eu1.gigya.com`) tells which Gigya data centre holds the
    account. A successful answer without `data` or `data.personId` is an error for the client
    ("`data.personId` is None in GetAccountInfo response").

    Units: every `*Timestamp` field is a Unix epoch number in **milliseconds** here (the
    same account's `accounts.login` gives `registeredTimestamp`, `createdTimestamp` and
    `lastLoginTimestamp` in seconds). `signatureTimestamp` is a string of Unix seconds.
    Date fields without the suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): renault-api does not wrap them (they surface as a
    plain Gigya response error). An invalid or revoked login token gives `403005`
    "Unauthorized user" (synthetic fixture, same body as the captured `accounts.getJWT`
    error); `403042` when the API key is stale.

    Args:
        body (GigyaGetAccountInfoForm): Form fields of `accounts.getAccountInfo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaGetAccountInfoResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetAccountInfoForm,
) -> Response[GigyaGetAccountInfoResponse]:
    """Read the account behind a login token; gives the Kamereon person id.

     Called lazily, the first time the Kamereon person id is needed. The client reads
    `data.personId` (the `{personId}` of `GET /commerce/v1/persons/{personId}`);
    `data.gigyaDataCenter` (e.g. `eu1.gigya.com`) tells which Gigya data centre holds the
    account. A successful answer without `data` or `data.personId` is an error for the client
    ("`data.personId` is None in GetAccountInfo response").

    Units: every `*Timestamp` field is a Unix epoch number in **milliseconds** here (the
    same account's `accounts.login` gives `registeredTimestamp`, `createdTimestamp` and
    `lastLoginTimestamp` in seconds). `signatureTimestamp` is a string of Unix seconds.
    Date fields without the suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): renault-api does not wrap them (they surface as a
    plain Gigya response error). An invalid or revoked login token gives `403005`
    "Unauthorized user" (synthetic fixture, same body as the captured `accounts.getJWT`
    error); `403042` when the API key is stale.

    Args:
        body (GigyaGetAccountInfoForm): Form fields of `accounts.getAccountInfo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaGetAccountInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaGetAccountInfoForm,
) -> GigyaGetAccountInfoResponse | None:
    """Read the account behind a login token; gives the Kamereon person id.

     Called lazily, the first time the Kamereon person id is needed. The client reads
    `data.personId` (the `{personId}` of `GET /commerce/v1/persons/{personId}`);
    `data.gigyaDataCenter` (e.g. `eu1.gigya.com`) tells which Gigya data centre holds the
    account. A successful answer without `data` or `data.personId` is an error for the client
    ("`data.personId` is None in GetAccountInfo response").

    Units: every `*Timestamp` field is a Unix epoch number in **milliseconds** here (the
    same account's `accounts.login` gives `registeredTimestamp`, `createdTimestamp` and
    `lastLoginTimestamp` in seconds). `signatureTimestamp` is a string of Unix seconds.
    Date fields without the suffix are ISO 8601 UTC strings with milliseconds.

    Not vehicle-specific: identical for every Renault, Dacia and Alpine model.

    Errors (HTTP 200, `errorCode` != 0): renault-api does not wrap them (they surface as a
    plain Gigya response error). An invalid or revoked login token gives `403005`
    "Unauthorized user" (synthetic fixture, same body as the captured `accounts.getJWT`
    error); `403042` when the API key is stale.

    Args:
        body (GigyaGetAccountInfoForm): Form fields of `accounts.getAccountInfo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaGetAccountInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
