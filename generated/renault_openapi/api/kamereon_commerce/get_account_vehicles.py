from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_vehicles import AccountVehicles
from ...models.kamereon_error_body import KamereonErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    country: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/accounts/{account_id}/vehicles".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountVehicles | KamereonErrorBody | str | None:
    if response.status_code == 200:
        response_200 = AccountVehicles.from_dict(response.json())

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
) -> Response[AccountVehicles | KamereonErrorBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[AccountVehicles | KamereonErrorBody | str]:
    """List the vehicles linked to an account (with their details)

     Returns the vehicles linked to a Kamereon account. Each `vehicleLinks[]` entry carries the
    link (owner/user, dates, mileage, preferred dealer) and, normally, the full
    `vehicleDetails` (same schema as `getVehicleDetails`), so clients need no details call.
    `vehicleDetails` can be missing (HA#73701): clients then call `getVehicleDetails` or skip
    the vehicle. An account without cars answers `vehicleLinks: []` (typically the `SFDC`
    account).

    What a client derives from `vehicleDetails` (checked in the fixtures against
    `expected_specs.json`):
    * **model code** `model.code` (e.g. `X101VE` ZOE ph1, `X102VE` ZOE ph2, `R5E1VE` Renault 5,
      `XBG1VE` Dacia Spring, `XCB1VE` Mégane E-Tech, `A5E1AE` Alpine A290): the key of the
      per-model endpoint table (which endpoints and action variants the car supports; unknown
      codes fall back to the default endpoints);
    * **brand** `brand.label` (`RENAULT`, `DACIA`, `ALPINE`), **model label** `model.label`;
    * **energy**: electricity if `engineEnergyType` (or, when absent/null, `energy.code`) is
      `ELEC`, `ELECX` or `PHEV`; fuel if it is `OTHER`, `PHEV` or `HEV` (`ESS`/`GASLN` energy
      codes alone are neither);
    * **units**: `X101VE` reports charging power in watts and charge durations in minutes
      (others kW and seconds);
    * **picture**: the first asset with `assetType` `PICTURE`, rendition `resolutionType`
      `ONE_MYRENAULT_LARGE` or `ONE_MYRENAULT_SMALL`, its `url`.

    Units: `mileage`, `annualMileage`, `estimatedMileage` in `mileageUnit` (km) and km/year;
    dates `YYYY-MM-DD`, timestamps ISO 8601 with micro- or nanoseconds (one capture even has a
    malformed `lastModifiedDate`, so they are not typed as date-time).
    VINs: `VF1…` Renault, `UU1…` Dacia Spring, `VYS…` UK-built R5 (anonymised `VF1AAAA…` here).

    Supported for every account. Errors: `err.func.wired.unauthorized` (401),
    `err.func.403` / `err.func.wired.forbidden` (403, access denied to this account),
    `err.func.wired.notFound` or `err.func.wired.not-found` "The specified url does not exist"
    (404, unknown account id, RA#994), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, circuit breaker), `err.tech.wired.kamereon-proxy` (502).
    `err.func.wired.empty-vehicle-link` "No vehicle in garage" is returned by vehicle endpoints
    when the account's `vehicleLinks` is empty.

    Args:
        account_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountVehicles | KamereonErrorBody | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        country=country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> AccountVehicles | KamereonErrorBody | str | None:
    """List the vehicles linked to an account (with their details)

     Returns the vehicles linked to a Kamereon account. Each `vehicleLinks[]` entry carries the
    link (owner/user, dates, mileage, preferred dealer) and, normally, the full
    `vehicleDetails` (same schema as `getVehicleDetails`), so clients need no details call.
    `vehicleDetails` can be missing (HA#73701): clients then call `getVehicleDetails` or skip
    the vehicle. An account without cars answers `vehicleLinks: []` (typically the `SFDC`
    account).

    What a client derives from `vehicleDetails` (checked in the fixtures against
    `expected_specs.json`):
    * **model code** `model.code` (e.g. `X101VE` ZOE ph1, `X102VE` ZOE ph2, `R5E1VE` Renault 5,
      `XBG1VE` Dacia Spring, `XCB1VE` Mégane E-Tech, `A5E1AE` Alpine A290): the key of the
      per-model endpoint table (which endpoints and action variants the car supports; unknown
      codes fall back to the default endpoints);
    * **brand** `brand.label` (`RENAULT`, `DACIA`, `ALPINE`), **model label** `model.label`;
    * **energy**: electricity if `engineEnergyType` (or, when absent/null, `energy.code`) is
      `ELEC`, `ELECX` or `PHEV`; fuel if it is `OTHER`, `PHEV` or `HEV` (`ESS`/`GASLN` energy
      codes alone are neither);
    * **units**: `X101VE` reports charging power in watts and charge durations in minutes
      (others kW and seconds);
    * **picture**: the first asset with `assetType` `PICTURE`, rendition `resolutionType`
      `ONE_MYRENAULT_LARGE` or `ONE_MYRENAULT_SMALL`, its `url`.

    Units: `mileage`, `annualMileage`, `estimatedMileage` in `mileageUnit` (km) and km/year;
    dates `YYYY-MM-DD`, timestamps ISO 8601 with micro- or nanoseconds (one capture even has a
    malformed `lastModifiedDate`, so they are not typed as date-time).
    VINs: `VF1…` Renault, `UU1…` Dacia Spring, `VYS…` UK-built R5 (anonymised `VF1AAAA…` here).

    Supported for every account. Errors: `err.func.wired.unauthorized` (401),
    `err.func.403` / `err.func.wired.forbidden` (403, access denied to this account),
    `err.func.wired.notFound` or `err.func.wired.not-found` "The specified url does not exist"
    (404, unknown account id, RA#994), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, circuit breaker), `err.tech.wired.kamereon-proxy` (502).
    `err.func.wired.empty-vehicle-link` "No vehicle in garage" is returned by vehicle endpoints
    when the account's `vehicleLinks` is empty.

    Args:
        account_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountVehicles | KamereonErrorBody | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        country=country,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[AccountVehicles | KamereonErrorBody | str]:
    """List the vehicles linked to an account (with their details)

     Returns the vehicles linked to a Kamereon account. Each `vehicleLinks[]` entry carries the
    link (owner/user, dates, mileage, preferred dealer) and, normally, the full
    `vehicleDetails` (same schema as `getVehicleDetails`), so clients need no details call.
    `vehicleDetails` can be missing (HA#73701): clients then call `getVehicleDetails` or skip
    the vehicle. An account without cars answers `vehicleLinks: []` (typically the `SFDC`
    account).

    What a client derives from `vehicleDetails` (checked in the fixtures against
    `expected_specs.json`):
    * **model code** `model.code` (e.g. `X101VE` ZOE ph1, `X102VE` ZOE ph2, `R5E1VE` Renault 5,
      `XBG1VE` Dacia Spring, `XCB1VE` Mégane E-Tech, `A5E1AE` Alpine A290): the key of the
      per-model endpoint table (which endpoints and action variants the car supports; unknown
      codes fall back to the default endpoints);
    * **brand** `brand.label` (`RENAULT`, `DACIA`, `ALPINE`), **model label** `model.label`;
    * **energy**: electricity if `engineEnergyType` (or, when absent/null, `energy.code`) is
      `ELEC`, `ELECX` or `PHEV`; fuel if it is `OTHER`, `PHEV` or `HEV` (`ESS`/`GASLN` energy
      codes alone are neither);
    * **units**: `X101VE` reports charging power in watts and charge durations in minutes
      (others kW and seconds);
    * **picture**: the first asset with `assetType` `PICTURE`, rendition `resolutionType`
      `ONE_MYRENAULT_LARGE` or `ONE_MYRENAULT_SMALL`, its `url`.

    Units: `mileage`, `annualMileage`, `estimatedMileage` in `mileageUnit` (km) and km/year;
    dates `YYYY-MM-DD`, timestamps ISO 8601 with micro- or nanoseconds (one capture even has a
    malformed `lastModifiedDate`, so they are not typed as date-time).
    VINs: `VF1…` Renault, `UU1…` Dacia Spring, `VYS…` UK-built R5 (anonymised `VF1AAAA…` here).

    Supported for every account. Errors: `err.func.wired.unauthorized` (401),
    `err.func.403` / `err.func.wired.forbidden` (403, access denied to this account),
    `err.func.wired.notFound` or `err.func.wired.not-found` "The specified url does not exist"
    (404, unknown account id, RA#994), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, circuit breaker), `err.tech.wired.kamereon-proxy` (502).
    `err.func.wired.empty-vehicle-link` "No vehicle in garage" is returned by vehicle endpoints
    when the account's `vehicleLinks` is empty.

    Args:
        account_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountVehicles | KamereonErrorBody | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> AccountVehicles | KamereonErrorBody | str | None:
    """List the vehicles linked to an account (with their details)

     Returns the vehicles linked to a Kamereon account. Each `vehicleLinks[]` entry carries the
    link (owner/user, dates, mileage, preferred dealer) and, normally, the full
    `vehicleDetails` (same schema as `getVehicleDetails`), so clients need no details call.
    `vehicleDetails` can be missing (HA#73701): clients then call `getVehicleDetails` or skip
    the vehicle. An account without cars answers `vehicleLinks: []` (typically the `SFDC`
    account).

    What a client derives from `vehicleDetails` (checked in the fixtures against
    `expected_specs.json`):
    * **model code** `model.code` (e.g. `X101VE` ZOE ph1, `X102VE` ZOE ph2, `R5E1VE` Renault 5,
      `XBG1VE` Dacia Spring, `XCB1VE` Mégane E-Tech, `A5E1AE` Alpine A290): the key of the
      per-model endpoint table (which endpoints and action variants the car supports; unknown
      codes fall back to the default endpoints);
    * **brand** `brand.label` (`RENAULT`, `DACIA`, `ALPINE`), **model label** `model.label`;
    * **energy**: electricity if `engineEnergyType` (or, when absent/null, `energy.code`) is
      `ELEC`, `ELECX` or `PHEV`; fuel if it is `OTHER`, `PHEV` or `HEV` (`ESS`/`GASLN` energy
      codes alone are neither);
    * **units**: `X101VE` reports charging power in watts and charge durations in minutes
      (others kW and seconds);
    * **picture**: the first asset with `assetType` `PICTURE`, rendition `resolutionType`
      `ONE_MYRENAULT_LARGE` or `ONE_MYRENAULT_SMALL`, its `url`.

    Units: `mileage`, `annualMileage`, `estimatedMileage` in `mileageUnit` (km) and km/year;
    dates `YYYY-MM-DD`, timestamps ISO 8601 with micro- or nanoseconds (one capture even has a
    malformed `lastModifiedDate`, so they are not typed as date-time).
    VINs: `VF1…` Renault, `UU1…` Dacia Spring, `VYS…` UK-built R5 (anonymised `VF1AAAA…` here).

    Supported for every account. Errors: `err.func.wired.unauthorized` (401),
    `err.func.403` / `err.func.wired.forbidden` (403, access denied to this account),
    `err.func.wired.notFound` or `err.func.wired.not-found` "The specified url does not exist"
    (404, unknown account id, RA#994), `err.func.wired.overloaded` (429),
    `err.tech.wired.vehicle-details` (500, circuit breaker), `err.tech.wired.kamereon-proxy` (502).
    `err.func.wired.empty-vehicle-link` "No vehicle in garage" is returned by vehicle endpoints
    when the account's `vehicleLinks` is empty.

    Args:
        account_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountVehicles | KamereonErrorBody | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            country=country,
        )
    ).parsed
