from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.vehicle_contract import VehicleContract
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    country: str,
    locale: str,
    brand: str | Unset = "RENAULT",
    connected_services_contracts: bool | Unset = True,
    warranty: bool | Unset = True,
    warranty_maintenance_contracts: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["locale"] = locale

    params["brand"] = brand

    params["connectedServicesContracts"] = connected_services_contracts

    params["warranty"] = warranty

    params["warrantyMaintenanceContracts"] = warranty_maintenance_contracts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/accounts/{account_id}/vehicles/{vin}/contracts".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | list[VehicleContract] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VehicleContract.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[KamereonErrorBody | list[VehicleContract] | str]:
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
    locale: str,
    brand: str | Unset = "RENAULT",
    connected_services_contracts: bool | Unset = True,
    warranty: bool | Unset = True,
    warranty_maintenance_contracts: bool | Unset = True,
) -> Response[KamereonErrorBody | list[VehicleContract] | str]:
    """List the contracts and warranties of a vehicle

     Returns a **bare JSON array** of contracts: maintenance contracts
    (`WARRANTY_MAINTENANCE_CONTRACTS`), connected services (`CONNECTED_SERVICES`, e.g.
    `ZECONNECTP` "My Z.E. Connect", `GBA` battery services) and warranties (`WARRANTY`:
    manufacturer, painting, corrosion, assistance, `GMPeWarranty` electric powertrain…). Which
    kinds are included is chosen by the boolean query flags; renault-api always sends all three
    as `true`, `brand=RENAULT` (also for Dacia and Alpine cars) and the user's `locale`.
    `statusLabel` and `description` are localised according to `locale`.

    Units: `durationMonths` in months (0 for open-ended/rejected), `conditions[].maximumMileage`
    in `conditions[].mileageUnit` (`km`/`Km`), dates `YYYY-MM-DD`. Warranties have no
    `contractId`/`startDate`.

    Supported for every model (an empty array is a valid answer; renault-api caches only
    non-empty lists). Errors: `err.func.wired.missingRequestParam` (400, a query parameter is
    missing), `err.func.wired.unauthorized` (401), `err.func.wired.forbidden` (403),
    `err.func.wired.notFound` (404), `err.func.wired.overloaded` (429), `err.tech.500` (500),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        locale (str):
        brand (str | Unset):  Default: 'RENAULT'.
        connected_services_contracts (bool | Unset):  Default: True.
        warranty (bool | Unset):  Default: True.
        warranty_maintenance_contracts (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[VehicleContract] | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
        locale=locale,
        brand=brand,
        connected_services_contracts=connected_services_contracts,
        warranty=warranty,
        warranty_maintenance_contracts=warranty_maintenance_contracts,
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
    locale: str,
    brand: str | Unset = "RENAULT",
    connected_services_contracts: bool | Unset = True,
    warranty: bool | Unset = True,
    warranty_maintenance_contracts: bool | Unset = True,
) -> KamereonErrorBody | list[VehicleContract] | str | None:
    """List the contracts and warranties of a vehicle

     Returns a **bare JSON array** of contracts: maintenance contracts
    (`WARRANTY_MAINTENANCE_CONTRACTS`), connected services (`CONNECTED_SERVICES`, e.g.
    `ZECONNECTP` "My Z.E. Connect", `GBA` battery services) and warranties (`WARRANTY`:
    manufacturer, painting, corrosion, assistance, `GMPeWarranty` electric powertrain…). Which
    kinds are included is chosen by the boolean query flags; renault-api always sends all three
    as `true`, `brand=RENAULT` (also for Dacia and Alpine cars) and the user's `locale`.
    `statusLabel` and `description` are localised according to `locale`.

    Units: `durationMonths` in months (0 for open-ended/rejected), `conditions[].maximumMileage`
    in `conditions[].mileageUnit` (`km`/`Km`), dates `YYYY-MM-DD`. Warranties have no
    `contractId`/`startDate`.

    Supported for every model (an empty array is a valid answer; renault-api caches only
    non-empty lists). Errors: `err.func.wired.missingRequestParam` (400, a query parameter is
    missing), `err.func.wired.unauthorized` (401), `err.func.wired.forbidden` (403),
    `err.func.wired.notFound` (404), `err.func.wired.overloaded` (429), `err.tech.500` (500),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        locale (str):
        brand (str | Unset):  Default: 'RENAULT'.
        connected_services_contracts (bool | Unset):  Default: True.
        warranty (bool | Unset):  Default: True.
        warranty_maintenance_contracts (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[VehicleContract] | str
    """

    return sync_detailed(
        account_id=account_id,
        vin=vin,
        client=client,
        country=country,
        locale=locale,
        brand=brand,
        connected_services_contracts=connected_services_contracts,
        warranty=warranty,
        warranty_maintenance_contracts=warranty_maintenance_contracts,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
    locale: str,
    brand: str | Unset = "RENAULT",
    connected_services_contracts: bool | Unset = True,
    warranty: bool | Unset = True,
    warranty_maintenance_contracts: bool | Unset = True,
) -> Response[KamereonErrorBody | list[VehicleContract] | str]:
    """List the contracts and warranties of a vehicle

     Returns a **bare JSON array** of contracts: maintenance contracts
    (`WARRANTY_MAINTENANCE_CONTRACTS`), connected services (`CONNECTED_SERVICES`, e.g.
    `ZECONNECTP` "My Z.E. Connect", `GBA` battery services) and warranties (`WARRANTY`:
    manufacturer, painting, corrosion, assistance, `GMPeWarranty` electric powertrain…). Which
    kinds are included is chosen by the boolean query flags; renault-api always sends all three
    as `true`, `brand=RENAULT` (also for Dacia and Alpine cars) and the user's `locale`.
    `statusLabel` and `description` are localised according to `locale`.

    Units: `durationMonths` in months (0 for open-ended/rejected), `conditions[].maximumMileage`
    in `conditions[].mileageUnit` (`km`/`Km`), dates `YYYY-MM-DD`. Warranties have no
    `contractId`/`startDate`.

    Supported for every model (an empty array is a valid answer; renault-api caches only
    non-empty lists). Errors: `err.func.wired.missingRequestParam` (400, a query parameter is
    missing), `err.func.wired.unauthorized` (401), `err.func.wired.forbidden` (403),
    `err.func.wired.notFound` (404), `err.func.wired.overloaded` (429), `err.tech.500` (500),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        locale (str):
        brand (str | Unset):  Default: 'RENAULT'.
        connected_services_contracts (bool | Unset):  Default: True.
        warranty (bool | Unset):  Default: True.
        warranty_maintenance_contracts (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[VehicleContract] | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
        locale=locale,
        brand=brand,
        connected_services_contracts=connected_services_contracts,
        warranty=warranty,
        warranty_maintenance_contracts=warranty_maintenance_contracts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
    locale: str,
    brand: str | Unset = "RENAULT",
    connected_services_contracts: bool | Unset = True,
    warranty: bool | Unset = True,
    warranty_maintenance_contracts: bool | Unset = True,
) -> KamereonErrorBody | list[VehicleContract] | str | None:
    """List the contracts and warranties of a vehicle

     Returns a **bare JSON array** of contracts: maintenance contracts
    (`WARRANTY_MAINTENANCE_CONTRACTS`), connected services (`CONNECTED_SERVICES`, e.g.
    `ZECONNECTP` "My Z.E. Connect", `GBA` battery services) and warranties (`WARRANTY`:
    manufacturer, painting, corrosion, assistance, `GMPeWarranty` electric powertrain…). Which
    kinds are included is chosen by the boolean query flags; renault-api always sends all three
    as `true`, `brand=RENAULT` (also for Dacia and Alpine cars) and the user's `locale`.
    `statusLabel` and `description` are localised according to `locale`.

    Units: `durationMonths` in months (0 for open-ended/rejected), `conditions[].maximumMileage`
    in `conditions[].mileageUnit` (`km`/`Km`), dates `YYYY-MM-DD`. Warranties have no
    `contractId`/`startDate`.

    Supported for every model (an empty array is a valid answer; renault-api caches only
    non-empty lists). Errors: `err.func.wired.missingRequestParam` (400, a query parameter is
    missing), `err.func.wired.unauthorized` (401), `err.func.wired.forbidden` (403),
    `err.func.wired.notFound` (404), `err.func.wired.overloaded` (429), `err.tech.500` (500),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        locale (str):
        brand (str | Unset):  Default: 'RENAULT'.
        connected_services_contracts (bool | Unset):  Default: True.
        warranty (bool | Unset):  Default: True.
        warranty_maintenance_contracts (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[VehicleContract] | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
            locale=locale,
            brand=brand,
            connected_services_contracts=connected_services_contracts,
            warranty=warranty,
            warranty_maintenance_contracts=warranty_maintenance_contracts,
        )
    ).parsed
