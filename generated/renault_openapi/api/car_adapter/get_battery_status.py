from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kca_battery_status_document import KcaBatteryStatusDocument
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
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v2/cars/{vin}/battery-status".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | KcaBatteryStatusDocument | str | None:
    if response.status_code == 200:
        response_200 = KcaBatteryStatusDocument.from_dict(response.json())

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
) -> Response[KamereonErrorBody | KcaBatteryStatusDocument | str]:
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
) -> Response[KamereonErrorBody | KcaBatteryStatusDocument | str]:
    """Battery level, range, plug and charging state (KCA v2)

     State of the traction battery as last reported by the car (the car only reports about every
    30 minutes while charging; polling faster burns the account quota).

    Units: `batteryLevel` %, `batteryAutonomy` km, `batteryTemperature` °C (not always present;
    wrong on ZOE phase 2), `batteryAvailableEnergy` kWh (0 means unknown), `batteryCapacity` kWh but
    always 0, `chargingRemainingTime` minutes, `chargingInstantaneousPower` **watts on ZOE phase 1
    (`X101VE`, car-adapter gateway `GDC`) and kW elsewhere** (unreliable on ZOE phase 2).
    `plugStatus` is an open integer code (0 unplugged, 1 plugged, -1 error, -2147483648 unknown; Spring
    has sent 3). `chargingStatus` is a float code (0.0 not charging, 0.1 waiting for a planned charge,
    0.2 ended, 0.3 waiting for current, 0.4 energy flap open, 1.0 charging, -1.0 error (on ZE40 and
    older simply "not charging"), -1.1 unavailable, -1.3…-1.6 V2G/V2L states); ZOE phase 1 only uses
    0.0 / 1.0 / -1.0. Renault 5 adds `V2L_SystemStatusDisplay`; the 2026 UK Renault 5 also
    `chargingRemainingTimeLastUpdateDateTime`. Newer vehicles omit `data.type`.

    Supported on A4E1VE, A5E1AE, R5E1VE, X071VE, X101VE, X102VE, XBG1VE, XCB1SE, XCB1VE, XDD1VE,
    XFB2BI, XHN1CP, XJB1SU; not on DU31SU, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB2CP, XJF2BI
    (`err.func.wired.notFound`).

    Errors: `err.func.wired.overloaded` (429, quota), `err.tech.wired.kamereon-proxy` (500, "Failed
    to forward request", Renault outage or expired contract), `err.func.wired.notFound` (404),
    `err.func.wired.forbidden` (403), `err.func.wired.unauthorized` (401).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaBatteryStatusDocument | str]
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
) -> KamereonErrorBody | KcaBatteryStatusDocument | str | None:
    """Battery level, range, plug and charging state (KCA v2)

     State of the traction battery as last reported by the car (the car only reports about every
    30 minutes while charging; polling faster burns the account quota).

    Units: `batteryLevel` %, `batteryAutonomy` km, `batteryTemperature` °C (not always present;
    wrong on ZOE phase 2), `batteryAvailableEnergy` kWh (0 means unknown), `batteryCapacity` kWh but
    always 0, `chargingRemainingTime` minutes, `chargingInstantaneousPower` **watts on ZOE phase 1
    (`X101VE`, car-adapter gateway `GDC`) and kW elsewhere** (unreliable on ZOE phase 2).
    `plugStatus` is an open integer code (0 unplugged, 1 plugged, -1 error, -2147483648 unknown; Spring
    has sent 3). `chargingStatus` is a float code (0.0 not charging, 0.1 waiting for a planned charge,
    0.2 ended, 0.3 waiting for current, 0.4 energy flap open, 1.0 charging, -1.0 error (on ZE40 and
    older simply "not charging"), -1.1 unavailable, -1.3…-1.6 V2G/V2L states); ZOE phase 1 only uses
    0.0 / 1.0 / -1.0. Renault 5 adds `V2L_SystemStatusDisplay`; the 2026 UK Renault 5 also
    `chargingRemainingTimeLastUpdateDateTime`. Newer vehicles omit `data.type`.

    Supported on A4E1VE, A5E1AE, R5E1VE, X071VE, X101VE, X102VE, XBG1VE, XCB1SE, XCB1VE, XDD1VE,
    XFB2BI, XHN1CP, XJB1SU; not on DU31SU, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB2CP, XJF2BI
    (`err.func.wired.notFound`).

    Errors: `err.func.wired.overloaded` (429, quota), `err.tech.wired.kamereon-proxy` (500, "Failed
    to forward request", Renault outage or expired contract), `err.func.wired.notFound` (404),
    `err.func.wired.forbidden` (403), `err.func.wired.unauthorized` (401).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaBatteryStatusDocument | str
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
) -> Response[KamereonErrorBody | KcaBatteryStatusDocument | str]:
    """Battery level, range, plug and charging state (KCA v2)

     State of the traction battery as last reported by the car (the car only reports about every
    30 minutes while charging; polling faster burns the account quota).

    Units: `batteryLevel` %, `batteryAutonomy` km, `batteryTemperature` °C (not always present;
    wrong on ZOE phase 2), `batteryAvailableEnergy` kWh (0 means unknown), `batteryCapacity` kWh but
    always 0, `chargingRemainingTime` minutes, `chargingInstantaneousPower` **watts on ZOE phase 1
    (`X101VE`, car-adapter gateway `GDC`) and kW elsewhere** (unreliable on ZOE phase 2).
    `plugStatus` is an open integer code (0 unplugged, 1 plugged, -1 error, -2147483648 unknown; Spring
    has sent 3). `chargingStatus` is a float code (0.0 not charging, 0.1 waiting for a planned charge,
    0.2 ended, 0.3 waiting for current, 0.4 energy flap open, 1.0 charging, -1.0 error (on ZE40 and
    older simply "not charging"), -1.1 unavailable, -1.3…-1.6 V2G/V2L states); ZOE phase 1 only uses
    0.0 / 1.0 / -1.0. Renault 5 adds `V2L_SystemStatusDisplay`; the 2026 UK Renault 5 also
    `chargingRemainingTimeLastUpdateDateTime`. Newer vehicles omit `data.type`.

    Supported on A4E1VE, A5E1AE, R5E1VE, X071VE, X101VE, X102VE, XBG1VE, XCB1SE, XCB1VE, XDD1VE,
    XFB2BI, XHN1CP, XJB1SU; not on DU31SU, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB2CP, XJF2BI
    (`err.func.wired.notFound`).

    Errors: `err.func.wired.overloaded` (429, quota), `err.tech.wired.kamereon-proxy` (500, "Failed
    to forward request", Renault outage or expired contract), `err.func.wired.notFound` (404),
    `err.func.wired.forbidden` (403), `err.func.wired.unauthorized` (401).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaBatteryStatusDocument | str]
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
) -> KamereonErrorBody | KcaBatteryStatusDocument | str | None:
    """Battery level, range, plug and charging state (KCA v2)

     State of the traction battery as last reported by the car (the car only reports about every
    30 minutes while charging; polling faster burns the account quota).

    Units: `batteryLevel` %, `batteryAutonomy` km, `batteryTemperature` °C (not always present;
    wrong on ZOE phase 2), `batteryAvailableEnergy` kWh (0 means unknown), `batteryCapacity` kWh but
    always 0, `chargingRemainingTime` minutes, `chargingInstantaneousPower` **watts on ZOE phase 1
    (`X101VE`, car-adapter gateway `GDC`) and kW elsewhere** (unreliable on ZOE phase 2).
    `plugStatus` is an open integer code (0 unplugged, 1 plugged, -1 error, -2147483648 unknown; Spring
    has sent 3). `chargingStatus` is a float code (0.0 not charging, 0.1 waiting for a planned charge,
    0.2 ended, 0.3 waiting for current, 0.4 energy flap open, 1.0 charging, -1.0 error (on ZE40 and
    older simply "not charging"), -1.1 unavailable, -1.3…-1.6 V2G/V2L states); ZOE phase 1 only uses
    0.0 / 1.0 / -1.0. Renault 5 adds `V2L_SystemStatusDisplay`; the 2026 UK Renault 5 also
    `chargingRemainingTimeLastUpdateDateTime`. Newer vehicles omit `data.type`.

    Supported on A4E1VE, A5E1AE, R5E1VE, X071VE, X101VE, X102VE, XBG1VE, XCB1SE, XCB1VE, XDD1VE,
    XFB2BI, XHN1CP, XJB1SU; not on DU31SU, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB2CP, XJF2BI
    (`err.func.wired.notFound`).

    Errors: `err.func.wired.overloaded` (429, quota), `err.tech.wired.kamereon-proxy` (500, "Failed
    to forward request", Renault outage or expired contract), `err.func.wired.notFound` (404),
    `err.func.wired.forbidden` (403), `err.func.wired.unauthorized` (401).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaBatteryStatusDocument | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
