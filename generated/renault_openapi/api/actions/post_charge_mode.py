from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charge_mode_action_request import ChargeModeActionRequest
from ...models.charge_mode_action_response import ChargeModeActionResponse
from ...models.kamereon_error_body import KamereonErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: ChargeModeActionRequest,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/actions/charge-mode".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChargeModeActionResponse | KamereonErrorBody | str | None:
    if response.status_code == 200:
        response_200 = ChargeModeActionResponse.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = KamereonErrorBody.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = KamereonErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[ChargeModeActionResponse | KamereonErrorBody | str]:
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
    body: ChargeModeActionRequest,
    country: str,
) -> Response[ChargeModeActionResponse | KamereonErrorBody | str]:
    """Switch between instant charging and scheduled charging (KCA).

     Sets the charge mode of the vehicle: `always_charging` (charge as soon as the cable is
    plugged in) or `schedule_mode` (follow the charge schedules, see `postChargeSchedule`).
    The response echoes the request with `data.id` set to a command guid; the car applies the
    change asynchronously (read it back with `getChargeMode`).

    Values: all vehicles take the action values `always_charging` / `schedule_mode`, although
    `getChargeMode` answers `always` / `scheduled` on ZOE phase 2 (X102VE). Sending `always`
    fails with `err.func.400` "Http message is not readable" (HTTP 400).

    Models: explicitly supported on Master E-Tech (XDD1VE); the default path is used by ZOE
    (X101VE, X102VE) and undocumented models. Not available on Renault 4 (A4E1VE, answers
    `err.func.wired.invalid-body`), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and Sandero III
    (XJF2BI). An unknown action value (e.g. `alwaysStopped`, tried on a Twingo III X071VE)
    answers `err.func.wired.invalid-body`. Since mid-2025 some models answer
    `err.func.wired.not-found` ("The specified url does not exist").

    Errors: `409001` (HTTP 409) when a previous CHARGE_MODE command is still in progress
    (sending two changes in quick succession, seen since 2026-01); `err.func.400`,
    `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` / `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeModeActionRequest): JSON:API body of `actions/charge-mode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeModeActionResponse | KamereonErrorBody | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        body=body,
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
    body: ChargeModeActionRequest,
    country: str,
) -> ChargeModeActionResponse | KamereonErrorBody | str | None:
    """Switch between instant charging and scheduled charging (KCA).

     Sets the charge mode of the vehicle: `always_charging` (charge as soon as the cable is
    plugged in) or `schedule_mode` (follow the charge schedules, see `postChargeSchedule`).
    The response echoes the request with `data.id` set to a command guid; the car applies the
    change asynchronously (read it back with `getChargeMode`).

    Values: all vehicles take the action values `always_charging` / `schedule_mode`, although
    `getChargeMode` answers `always` / `scheduled` on ZOE phase 2 (X102VE). Sending `always`
    fails with `err.func.400` "Http message is not readable" (HTTP 400).

    Models: explicitly supported on Master E-Tech (XDD1VE); the default path is used by ZOE
    (X101VE, X102VE) and undocumented models. Not available on Renault 4 (A4E1VE, answers
    `err.func.wired.invalid-body`), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and Sandero III
    (XJF2BI). An unknown action value (e.g. `alwaysStopped`, tried on a Twingo III X071VE)
    answers `err.func.wired.invalid-body`. Since mid-2025 some models answer
    `err.func.wired.not-found` ("The specified url does not exist").

    Errors: `409001` (HTTP 409) when a previous CHARGE_MODE command is still in progress
    (sending two changes in quick succession, seen since 2026-01); `err.func.400`,
    `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` / `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeModeActionRequest): JSON:API body of `actions/charge-mode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeModeActionResponse | KamereonErrorBody | str
    """

    return sync_detailed(
        account_id=account_id,
        vin=vin,
        client=client,
        body=body,
        country=country,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    body: ChargeModeActionRequest,
    country: str,
) -> Response[ChargeModeActionResponse | KamereonErrorBody | str]:
    """Switch between instant charging and scheduled charging (KCA).

     Sets the charge mode of the vehicle: `always_charging` (charge as soon as the cable is
    plugged in) or `schedule_mode` (follow the charge schedules, see `postChargeSchedule`).
    The response echoes the request with `data.id` set to a command guid; the car applies the
    change asynchronously (read it back with `getChargeMode`).

    Values: all vehicles take the action values `always_charging` / `schedule_mode`, although
    `getChargeMode` answers `always` / `scheduled` on ZOE phase 2 (X102VE). Sending `always`
    fails with `err.func.400` "Http message is not readable" (HTTP 400).

    Models: explicitly supported on Master E-Tech (XDD1VE); the default path is used by ZOE
    (X101VE, X102VE) and undocumented models. Not available on Renault 4 (A4E1VE, answers
    `err.func.wired.invalid-body`), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and Sandero III
    (XJF2BI). An unknown action value (e.g. `alwaysStopped`, tried on a Twingo III X071VE)
    answers `err.func.wired.invalid-body`. Since mid-2025 some models answer
    `err.func.wired.not-found` ("The specified url does not exist").

    Errors: `409001` (HTTP 409) when a previous CHARGE_MODE command is still in progress
    (sending two changes in quick succession, seen since 2026-01); `err.func.400`,
    `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` / `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeModeActionRequest): JSON:API body of `actions/charge-mode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeModeActionResponse | KamereonErrorBody | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        body=body,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    body: ChargeModeActionRequest,
    country: str,
) -> ChargeModeActionResponse | KamereonErrorBody | str | None:
    """Switch between instant charging and scheduled charging (KCA).

     Sets the charge mode of the vehicle: `always_charging` (charge as soon as the cable is
    plugged in) or `schedule_mode` (follow the charge schedules, see `postChargeSchedule`).
    The response echoes the request with `data.id` set to a command guid; the car applies the
    change asynchronously (read it back with `getChargeMode`).

    Values: all vehicles take the action values `always_charging` / `schedule_mode`, although
    `getChargeMode` answers `always` / `scheduled` on ZOE phase 2 (X102VE). Sending `always`
    fails with `err.func.400` "Http message is not readable" (HTTP 400).

    Models: explicitly supported on Master E-Tech (XDD1VE); the default path is used by ZOE
    (X101VE, X102VE) and undocumented models. Not available on Renault 4 (A4E1VE, answers
    `err.func.wired.invalid-body`), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and Sandero III
    (XJF2BI). An unknown action value (e.g. `alwaysStopped`, tried on a Twingo III X071VE)
    answers `err.func.wired.invalid-body`. Since mid-2025 some models answer
    `err.func.wired.not-found` ("The specified url does not exist").

    Errors: `409001` (HTTP 409) when a previous CHARGE_MODE command is still in progress
    (sending two changes in quick succession, seen since 2026-01); `err.func.400`,
    `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` / `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeModeActionRequest): JSON:API body of `actions/charge-mode`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeModeActionResponse | KamereonErrorBody | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            body=body,
            country=country,
        )
    ).parsed
