from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.vehicle_alert import VehicleAlert
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
        "url": "/commerce/v1/accounts/{account_id}/kamereon/vehicles/{vin}/alerts".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | list[VehicleAlert] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VehicleAlert.from_dict(response_200_item_data)

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
) -> Response[KamereonErrorBody | list[VehicleAlert] | str]:
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
) -> Response[KamereonErrorBody | list[VehicleAlert] | str]:
    """List the maintenance / malfunction alerts of a vehicle

     Returns a **bare JSON array** of "proactive" alerts raised from vehicle signals (e.g.
    `crashairbagmalfunction`), each with ~70 keys: the alert definition (generation and
    closure thresholds, criticity, notification channels), the vehicle and owner context
    (VIN, plate, party, dealer, mileage) and localised texts (`shortDescription`,
    `alertCodeTitle`, … in the language of `localeDefault`) with icon/guide URLs.

    Units (inferred from the sample): `mileage`, `endMileage`, `minMileage`, `generateMileage`,
    `closeMileage`, `nextMileage` in `mileageUnit` (km); `yearMileage` km per year;
    `generateTime`/`closeTime` minutes (1440 = one day); `minAge`, `leadContactDays`,
    `notifContactDays`, `notifReminderDay` days; `notif*`, `party*`, `isConnected*`,
    `generateLead` are 0/1 flags; timestamps ISO 8601 UTC with milliseconds.
    `criticity` is an integer level (3 = "Major alert", see `criticityName`); `status` 0 with a
    `closureReason` (`archived`) was seen on a closed alert.

    Model support: of the documented models **only `R5E1VE` (Renault 5) is known to serve it**;
    `A5E1AE`, `XBG1VE`, `XJA1VP`, `XJA2VP`, `XJF2BI` are marked unsupported (forbidden or
    not-found answers); the other models are untested.
    renault-api has no typed method (raw HTTP only). Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` (403, not served for this model), `err.func.wired.not-found`
    (404, "The specified url does not exist"), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[VehicleAlert] | str]
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
) -> KamereonErrorBody | list[VehicleAlert] | str | None:
    """List the maintenance / malfunction alerts of a vehicle

     Returns a **bare JSON array** of "proactive" alerts raised from vehicle signals (e.g.
    `crashairbagmalfunction`), each with ~70 keys: the alert definition (generation and
    closure thresholds, criticity, notification channels), the vehicle and owner context
    (VIN, plate, party, dealer, mileage) and localised texts (`shortDescription`,
    `alertCodeTitle`, … in the language of `localeDefault`) with icon/guide URLs.

    Units (inferred from the sample): `mileage`, `endMileage`, `minMileage`, `generateMileage`,
    `closeMileage`, `nextMileage` in `mileageUnit` (km); `yearMileage` km per year;
    `generateTime`/`closeTime` minutes (1440 = one day); `minAge`, `leadContactDays`,
    `notifContactDays`, `notifReminderDay` days; `notif*`, `party*`, `isConnected*`,
    `generateLead` are 0/1 flags; timestamps ISO 8601 UTC with milliseconds.
    `criticity` is an integer level (3 = "Major alert", see `criticityName`); `status` 0 with a
    `closureReason` (`archived`) was seen on a closed alert.

    Model support: of the documented models **only `R5E1VE` (Renault 5) is known to serve it**;
    `A5E1AE`, `XBG1VE`, `XJA1VP`, `XJA2VP`, `XJF2BI` are marked unsupported (forbidden or
    not-found answers); the other models are untested.
    renault-api has no typed method (raw HTTP only). Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` (403, not served for this model), `err.func.wired.not-found`
    (404, "The specified url does not exist"), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[VehicleAlert] | str
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
) -> Response[KamereonErrorBody | list[VehicleAlert] | str]:
    """List the maintenance / malfunction alerts of a vehicle

     Returns a **bare JSON array** of "proactive" alerts raised from vehicle signals (e.g.
    `crashairbagmalfunction`), each with ~70 keys: the alert definition (generation and
    closure thresholds, criticity, notification channels), the vehicle and owner context
    (VIN, plate, party, dealer, mileage) and localised texts (`shortDescription`,
    `alertCodeTitle`, … in the language of `localeDefault`) with icon/guide URLs.

    Units (inferred from the sample): `mileage`, `endMileage`, `minMileage`, `generateMileage`,
    `closeMileage`, `nextMileage` in `mileageUnit` (km); `yearMileage` km per year;
    `generateTime`/`closeTime` minutes (1440 = one day); `minAge`, `leadContactDays`,
    `notifContactDays`, `notifReminderDay` days; `notif*`, `party*`, `isConnected*`,
    `generateLead` are 0/1 flags; timestamps ISO 8601 UTC with milliseconds.
    `criticity` is an integer level (3 = "Major alert", see `criticityName`); `status` 0 with a
    `closureReason` (`archived`) was seen on a closed alert.

    Model support: of the documented models **only `R5E1VE` (Renault 5) is known to serve it**;
    `A5E1AE`, `XBG1VE`, `XJA1VP`, `XJA2VP`, `XJF2BI` are marked unsupported (forbidden or
    not-found answers); the other models are untested.
    renault-api has no typed method (raw HTTP only). Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` (403, not served for this model), `err.func.wired.not-found`
    (404, "The specified url does not exist"), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[VehicleAlert] | str]
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
) -> KamereonErrorBody | list[VehicleAlert] | str | None:
    """List the maintenance / malfunction alerts of a vehicle

     Returns a **bare JSON array** of "proactive" alerts raised from vehicle signals (e.g.
    `crashairbagmalfunction`), each with ~70 keys: the alert definition (generation and
    closure thresholds, criticity, notification channels), the vehicle and owner context
    (VIN, plate, party, dealer, mileage) and localised texts (`shortDescription`,
    `alertCodeTitle`, … in the language of `localeDefault`) with icon/guide URLs.

    Units (inferred from the sample): `mileage`, `endMileage`, `minMileage`, `generateMileage`,
    `closeMileage`, `nextMileage` in `mileageUnit` (km); `yearMileage` km per year;
    `generateTime`/`closeTime` minutes (1440 = one day); `minAge`, `leadContactDays`,
    `notifContactDays`, `notifReminderDay` days; `notif*`, `party*`, `isConnected*`,
    `generateLead` are 0/1 flags; timestamps ISO 8601 UTC with milliseconds.
    `criticity` is an integer level (3 = "Major alert", see `criticityName`); `status` 0 with a
    `closureReason` (`archived`) was seen on a closed alert.

    Model support: of the documented models **only `R5E1VE` (Renault 5) is known to serve it**;
    `A5E1AE`, `XBG1VE`, `XJA1VP`, `XJA2VP`, `XJF2BI` are marked unsupported (forbidden or
    not-found answers); the other models are untested.
    renault-api has no typed method (raw HTTP only). Errors: `err.func.wired.unauthorized` (401),
    `err.func.wired.forbidden` (403, not served for this model), `err.func.wired.not-found`
    (404, "The specified url does not exist"), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[VehicleAlert] | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
