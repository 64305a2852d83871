from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charge_schedule_action_request import ChargeScheduleActionRequest
from ...models.charge_schedule_action_response import ChargeScheduleActionResponse
from ...models.kamereon_error_body import KamereonErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: ChargeScheduleActionRequest,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v2/cars/{vin}/actions/charge-schedule".format(
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
) -> ChargeScheduleActionResponse | KamereonErrorBody | str | None:
    if response.status_code == 200:
        response_200 = ChargeScheduleActionResponse.from_dict(response.json())

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
) -> Response[ChargeScheduleActionResponse | KamereonErrorBody | str]:
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
    body: ChargeScheduleActionRequest,
    country: str,
) -> Response[ChargeScheduleActionResponse | KamereonErrorBody | str]:
    """Replace the charge schedules (KCA v2).

     Replaces **all** charge schedules of the vehicle with the list sent (the server keeps no
    schedule that is not in the body, so clients read the current list with
    `getChargingSettings`, change one slot and send the whole list back). Each slot has an
    `id` (1–5 observed: five slots), `activated`, and per weekday either `null` (no charge that
    day) or `{startTime, duration}`: `startTime` is UTC in the form `Thh:mmZ`, `duration` is in
    **minutes**. The apps use quarter hours for both; the server accepts other minutes
    (captures contain `T01:01Z`). Serialisers should send all seven days, `null` for unset ones.
    Scheduled charging only takes effect in charge mode `schedule_mode` (`postChargeMode`).

    Models: ZOE phase 1 (X101VE) and undocumented models use this path; Mégane E-Tech
    (XCB1VE) no longer answers here and uses KCM `postKcmChargeSchedule` instead. Not available
    on Renault 4 (A4E1VE, forbidden), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Master E-Tech
    (XDD1VE, forbidden) and Sandero III (XJF2BI).

    Errors: `err.func.wired.invalid-body` / `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404, also seen transiently
    in 2024-06); `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeScheduleActionRequest): JSON:API body of `actions/charge-schedule` (also KCM
            `charge/schedule`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeScheduleActionResponse | KamereonErrorBody | str]
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
    body: ChargeScheduleActionRequest,
    country: str,
) -> ChargeScheduleActionResponse | KamereonErrorBody | str | None:
    """Replace the charge schedules (KCA v2).

     Replaces **all** charge schedules of the vehicle with the list sent (the server keeps no
    schedule that is not in the body, so clients read the current list with
    `getChargingSettings`, change one slot and send the whole list back). Each slot has an
    `id` (1–5 observed: five slots), `activated`, and per weekday either `null` (no charge that
    day) or `{startTime, duration}`: `startTime` is UTC in the form `Thh:mmZ`, `duration` is in
    **minutes**. The apps use quarter hours for both; the server accepts other minutes
    (captures contain `T01:01Z`). Serialisers should send all seven days, `null` for unset ones.
    Scheduled charging only takes effect in charge mode `schedule_mode` (`postChargeMode`).

    Models: ZOE phase 1 (X101VE) and undocumented models use this path; Mégane E-Tech
    (XCB1VE) no longer answers here and uses KCM `postKcmChargeSchedule` instead. Not available
    on Renault 4 (A4E1VE, forbidden), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Master E-Tech
    (XDD1VE, forbidden) and Sandero III (XJF2BI).

    Errors: `err.func.wired.invalid-body` / `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404, also seen transiently
    in 2024-06); `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeScheduleActionRequest): JSON:API body of `actions/charge-schedule` (also KCM
            `charge/schedule`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeScheduleActionResponse | KamereonErrorBody | str
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
    body: ChargeScheduleActionRequest,
    country: str,
) -> Response[ChargeScheduleActionResponse | KamereonErrorBody | str]:
    """Replace the charge schedules (KCA v2).

     Replaces **all** charge schedules of the vehicle with the list sent (the server keeps no
    schedule that is not in the body, so clients read the current list with
    `getChargingSettings`, change one slot and send the whole list back). Each slot has an
    `id` (1–5 observed: five slots), `activated`, and per weekday either `null` (no charge that
    day) or `{startTime, duration}`: `startTime` is UTC in the form `Thh:mmZ`, `duration` is in
    **minutes**. The apps use quarter hours for both; the server accepts other minutes
    (captures contain `T01:01Z`). Serialisers should send all seven days, `null` for unset ones.
    Scheduled charging only takes effect in charge mode `schedule_mode` (`postChargeMode`).

    Models: ZOE phase 1 (X101VE) and undocumented models use this path; Mégane E-Tech
    (XCB1VE) no longer answers here and uses KCM `postKcmChargeSchedule` instead. Not available
    on Renault 4 (A4E1VE, forbidden), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Master E-Tech
    (XDD1VE, forbidden) and Sandero III (XJF2BI).

    Errors: `err.func.wired.invalid-body` / `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404, also seen transiently
    in 2024-06); `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeScheduleActionRequest): JSON:API body of `actions/charge-schedule` (also KCM
            `charge/schedule`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeScheduleActionResponse | KamereonErrorBody | str]
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
    body: ChargeScheduleActionRequest,
    country: str,
) -> ChargeScheduleActionResponse | KamereonErrorBody | str | None:
    """Replace the charge schedules (KCA v2).

     Replaces **all** charge schedules of the vehicle with the list sent (the server keeps no
    schedule that is not in the body, so clients read the current list with
    `getChargingSettings`, change one slot and send the whole list back). Each slot has an
    `id` (1–5 observed: five slots), `activated`, and per weekday either `null` (no charge that
    day) or `{startTime, duration}`: `startTime` is UTC in the form `Thh:mmZ`, `duration` is in
    **minutes**. The apps use quarter hours for both; the server accepts other minutes
    (captures contain `T01:01Z`). Serialisers should send all seven days, `null` for unset ones.
    Scheduled charging only takes effect in charge mode `schedule_mode` (`postChargeMode`).

    Models: ZOE phase 1 (X101VE) and undocumented models use this path; Mégane E-Tech
    (XCB1VE) no longer answers here and uses KCM `postKcmChargeSchedule` instead. Not available
    on Renault 4 (A4E1VE, forbidden), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Master E-Tech
    (XDD1VE, forbidden) and Sandero III (XJF2BI).

    Errors: `err.func.wired.invalid-body` / `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404, also seen transiently
    in 2024-06); `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargeScheduleActionRequest): JSON:API body of `actions/charge-schedule` (also KCM
            `charge/schedule`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeScheduleActionResponse | KamereonErrorBody | str
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
