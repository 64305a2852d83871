from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kca_cockpit_document import KcaCockpitDocument
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    country: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | KcaCockpitDocument | str | None:
    if response.status_code == 200:
        response_200 = KcaCockpitDocument.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = KamereonErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = KamereonErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = KamereonErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = KamereonErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = KamereonErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = KamereonErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = KamereonErrorBody.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = KamereonErrorBody.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = response.text
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KamereonErrorBody | KcaCockpitDocument | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[KamereonErrorBody | KcaCockpitDocument | str]:
    """Odometer and fuel gauge (KCA v1)

     Units: `totalMileage` **km** (may be fractional), `fuelAutonomy` km, `fuelQuantity` litres
    (0 or absent on electric vehicles). Renault 5 (2026, UK) adds `timestamp`. The values only
    change when the ignition is switched off.

    The one endpoint every documented model supports (all 21). Renault moved it from v2 back to v1 on
    2024-04-17; `getCockpitV2` is the previous path with the same shape.

    Errors: `err.func.wired.overloaded` (429), `err.func.wired.unauthorized` (401),
    `err.tech.wired.kamereon-proxy` (500/502), plus the usual 403/404/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaCockpitDocument | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> KamereonErrorBody | KcaCockpitDocument | str | None:
    """Odometer and fuel gauge (KCA v1)

     Units: `totalMileage` **km** (may be fractional), `fuelAutonomy` km, `fuelQuantity` litres
    (0 or absent on electric vehicles). Renault 5 (2026, UK) adds `timestamp`. The values only
    change when the ignition is switched off.

    The one endpoint every documented model supports (all 21). Renault moved it from v2 back to v1 on
    2024-04-17; `getCockpitV2` is the previous path with the same shape.

    Errors: `err.func.wired.overloaded` (429), `err.func.wired.unauthorized` (401),
    `err.tech.wired.kamereon-proxy` (500/502), plus the usual 403/404/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaCockpitDocument | str
    """

    return sync_detailed(
        account_id=account_id,
        vin=vin,
        client=client,
        country=country,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[KamereonErrorBody | KcaCockpitDocument | str]:
    """Odometer and fuel gauge (KCA v1)

     Units: `totalMileage` **km** (may be fractional), `fuelAutonomy` km, `fuelQuantity` litres
    (0 or absent on electric vehicles). Renault 5 (2026, UK) adds `timestamp`. The values only
    change when the ignition is switched off.

    The one endpoint every documented model supports (all 21). Renault moved it from v2 back to v1 on
    2024-04-17; `getCockpitV2` is the previous path with the same shape.

    Errors: `err.func.wired.overloaded` (429), `err.func.wired.unauthorized` (401),
    `err.tech.wired.kamereon-proxy` (500/502), plus the usual 403/404/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaCockpitDocument | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> KamereonErrorBody | KcaCockpitDocument | str | None:
    """Odometer and fuel gauge (KCA v1)

     Units: `totalMileage` **km** (may be fractional), `fuelAutonomy` km, `fuelQuantity` litres
    (0 or absent on electric vehicles). Renault 5 (2026, UK) adds `timestamp`. The values only
    change when the ignition is switched off.

    The one endpoint every documented model supports (all 21). Renault moved it from v2 back to v1 on
    2024-04-17; `getCockpitV2` is the previous path with the same shape.

    Errors: `err.func.wired.overloaded` (429), `err.func.wired.unauthorized` (401),
    `err.tech.wired.kamereon-proxy` (500/502), plus the usual 403/404/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaCockpitDocument | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
