from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.refresh_action_response import RefreshActionResponse
from ...models.refresh_hvac_status_action_request import RefreshHvacStatusActionRequest
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: RefreshHvacStatusActionRequest,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/actions/refresh-hvac-status".format(
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
) -> KamereonErrorBody | RefreshActionResponse | str | None:
    if response.status_code == 200:
        response_200 = RefreshActionResponse.from_dict(response.json())

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
) -> Response[KamereonErrorBody | RefreshActionResponse | str]:
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
    body: RefreshHvacStatusActionRequest,
    country: str,
) -> Response[KamereonErrorBody | RefreshActionResponse | str]:
    """Ask the car to report its climate-control status again (KCA).

     The body is `{"data": {"type": "RefreshHvacStatus"}}`, no `attributes`. The car then
    pushes a new HVAC status, read with `getHvacStatus` after a while (temperatures in °C,
    `hvacStatus` `on`/`off`).

    Same family as `postRefreshLocation` / `postRefreshBatteryStatus`; no capture of a request
    or an answer exists, so the response shape here is the usual action echo (assumed).
    Support per model is unknown; models where `getHvacStatus` itself is unavailable (ZOE
    phase 2 with CAN C1A: `err.func.403` "Operation not supported for this can (C1A)") are
    expected to refuse it the same way.

    Errors: `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (RefreshHvacStatusActionRequest): JSON:API body of `actions/refresh-hvac-status`: a
            type and nothing else (no `attributes` key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | RefreshActionResponse | str]
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
    body: RefreshHvacStatusActionRequest,
    country: str,
) -> KamereonErrorBody | RefreshActionResponse | str | None:
    """Ask the car to report its climate-control status again (KCA).

     The body is `{"data": {"type": "RefreshHvacStatus"}}`, no `attributes`. The car then
    pushes a new HVAC status, read with `getHvacStatus` after a while (temperatures in °C,
    `hvacStatus` `on`/`off`).

    Same family as `postRefreshLocation` / `postRefreshBatteryStatus`; no capture of a request
    or an answer exists, so the response shape here is the usual action echo (assumed).
    Support per model is unknown; models where `getHvacStatus` itself is unavailable (ZOE
    phase 2 with CAN C1A: `err.func.403` "Operation not supported for this can (C1A)") are
    expected to refuse it the same way.

    Errors: `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (RefreshHvacStatusActionRequest): JSON:API body of `actions/refresh-hvac-status`: a
            type and nothing else (no `attributes` key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | RefreshActionResponse | str
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
    body: RefreshHvacStatusActionRequest,
    country: str,
) -> Response[KamereonErrorBody | RefreshActionResponse | str]:
    """Ask the car to report its climate-control status again (KCA).

     The body is `{"data": {"type": "RefreshHvacStatus"}}`, no `attributes`. The car then
    pushes a new HVAC status, read with `getHvacStatus` after a while (temperatures in °C,
    `hvacStatus` `on`/`off`).

    Same family as `postRefreshLocation` / `postRefreshBatteryStatus`; no capture of a request
    or an answer exists, so the response shape here is the usual action echo (assumed).
    Support per model is unknown; models where `getHvacStatus` itself is unavailable (ZOE
    phase 2 with CAN C1A: `err.func.403` "Operation not supported for this can (C1A)") are
    expected to refuse it the same way.

    Errors: `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (RefreshHvacStatusActionRequest): JSON:API body of `actions/refresh-hvac-status`: a
            type and nothing else (no `attributes` key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | RefreshActionResponse | str]
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
    body: RefreshHvacStatusActionRequest,
    country: str,
) -> KamereonErrorBody | RefreshActionResponse | str | None:
    """Ask the car to report its climate-control status again (KCA).

     The body is `{"data": {"type": "RefreshHvacStatus"}}`, no `attributes`. The car then
    pushes a new HVAC status, read with `getHvacStatus` after a while (temperatures in °C,
    `hvacStatus` `on`/`off`).

    Same family as `postRefreshLocation` / `postRefreshBatteryStatus`; no capture of a request
    or an answer exists, so the response shape here is the usual action echo (assumed).
    Support per model is unknown; models where `getHvacStatus` itself is unavailable (ZOE
    phase 2 with CAN C1A: `err.func.403` "Operation not supported for this can (C1A)") are
    expected to refuse it the same way.

    Errors: `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (RefreshHvacStatusActionRequest): JSON:API body of `actions/refresh-hvac-status`: a
            type and nothing else (no `attributes` key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | RefreshActionResponse | str
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
