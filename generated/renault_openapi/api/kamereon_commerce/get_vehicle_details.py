from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.vehicle_details import VehicleDetails
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
        "url": "/commerce/v1/accounts/{account_id}/vehicles/{vin}/details".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | VehicleDetails | str | None:
    if response.status_code == 200:
        response_200 = VehicleDetails.from_dict(response.json())

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
) -> Response[KamereonErrorBody | VehicleDetails | str]:
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
) -> Response[KamereonErrorBody | VehicleDetails | str]:
    """Get the details of one vehicle

     Returns the details of one vehicle of the account: the flat `VehicleDetails` object, the
    same schema as `vehicleLinks[].vehicleDetails` of `getAccountVehicles` (model code, brand,
    energy, equipment, pictures, registration, radio code). Clients call it only when the
    vehicles list came without details, to learn the model code that drives per-model endpoint
    routing (see `getAccountVehicles` for what is derived from it). Older captures lack
    `engineEnergyType`; clients then classify by `energy.code`.

    No measured quantities except `yearsOfMaintenance` (years). Dates `YYYY-MM-DD`.
    `radioCode` is personal data (empty string when the car has none).

    Supported for every model. Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` / `err.func.403` (403, VIN not linked to this account),
    `err.func.wired.notFound` (404, unknown VIN), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, "CircuitBreaker 'vehiclesCircuitBreaker' is OPEN…",
    RA#624: an outage of the vehicles service, every vehicle call fails alike until it closes),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | VehicleDetails | str]
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
) -> KamereonErrorBody | VehicleDetails | str | None:
    """Get the details of one vehicle

     Returns the details of one vehicle of the account: the flat `VehicleDetails` object, the
    same schema as `vehicleLinks[].vehicleDetails` of `getAccountVehicles` (model code, brand,
    energy, equipment, pictures, registration, radio code). Clients call it only when the
    vehicles list came without details, to learn the model code that drives per-model endpoint
    routing (see `getAccountVehicles` for what is derived from it). Older captures lack
    `engineEnergyType`; clients then classify by `energy.code`.

    No measured quantities except `yearsOfMaintenance` (years). Dates `YYYY-MM-DD`.
    `radioCode` is personal data (empty string when the car has none).

    Supported for every model. Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` / `err.func.403` (403, VIN not linked to this account),
    `err.func.wired.notFound` (404, unknown VIN), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, "CircuitBreaker 'vehiclesCircuitBreaker' is OPEN…",
    RA#624: an outage of the vehicles service, every vehicle call fails alike until it closes),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | VehicleDetails | str
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
) -> Response[KamereonErrorBody | VehicleDetails | str]:
    """Get the details of one vehicle

     Returns the details of one vehicle of the account: the flat `VehicleDetails` object, the
    same schema as `vehicleLinks[].vehicleDetails` of `getAccountVehicles` (model code, brand,
    energy, equipment, pictures, registration, radio code). Clients call it only when the
    vehicles list came without details, to learn the model code that drives per-model endpoint
    routing (see `getAccountVehicles` for what is derived from it). Older captures lack
    `engineEnergyType`; clients then classify by `energy.code`.

    No measured quantities except `yearsOfMaintenance` (years). Dates `YYYY-MM-DD`.
    `radioCode` is personal data (empty string when the car has none).

    Supported for every model. Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` / `err.func.403` (403, VIN not linked to this account),
    `err.func.wired.notFound` (404, unknown VIN), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, "CircuitBreaker 'vehiclesCircuitBreaker' is OPEN…",
    RA#624: an outage of the vehicles service, every vehicle call fails alike until it closes),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | VehicleDetails | str]
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
) -> KamereonErrorBody | VehicleDetails | str | None:
    """Get the details of one vehicle

     Returns the details of one vehicle of the account: the flat `VehicleDetails` object, the
    same schema as `vehicleLinks[].vehicleDetails` of `getAccountVehicles` (model code, brand,
    energy, equipment, pictures, registration, radio code). Clients call it only when the
    vehicles list came without details, to learn the model code that drives per-model endpoint
    routing (see `getAccountVehicles` for what is derived from it). Older captures lack
    `engineEnergyType`; clients then classify by `energy.code`.

    No measured quantities except `yearsOfMaintenance` (years). Dates `YYYY-MM-DD`.
    `radioCode` is personal data (empty string when the car has none).

    Supported for every model. Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` / `err.func.403` (403, VIN not linked to this account),
    `err.func.wired.notFound` (404, unknown VIN), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, "CircuitBreaker 'vehiclesCircuitBreaker' is OPEN…",
    RA#624: an outage of the vehicles service, every vehicle call fails alike until it closes),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | VehicleDetails | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
