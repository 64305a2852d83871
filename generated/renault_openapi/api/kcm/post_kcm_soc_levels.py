from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kcm_command_ack import KcmCommandAck
from ...models.kcm_soc_levels_update import KcmSocLevelsUpdate
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: KcmSocLevelsUpdate,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kcm/v1/vehicles/{vin}/ev/soc-levels".format(
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
) -> KamereonErrorBody | KcmCommandAck | str | None:
    if response.status_code == 200:
        response_200 = KcmCommandAck.from_dict(response.json())

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
) -> Response[KamereonErrorBody | KcmCommandAck | str]:
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
    body: KcmSocLevelsUpdate,
    country: str,
) -> Response[KamereonErrorBody | KcmCommandAck | str]:
    """Set the battery state-of-charge limits (KCM, flat object).

     Flat body `{"socMin": n, "socTarget": n}` in %: `socMin` 15–45 and `socTarget` 55–100,
    both in steps of 5 (the app's ranges; renault-api checks them in its CLI only, so the
    server's own limits are unknown). The answer acknowledges a command:
    `{"commandId": …, "type": "SOC_SYNCH", "status": "CREATED"}`; the car applies it
    asynchronously (read it back with `getKcmSocLevels`).

    Models: as `getKcmSocLevels` (A4E1VE, A5E1AE, R5E1VE, XCB1VE, XDD1VE). Reported to stop
    working on Mégane E-Tech in 2026-05.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format`, `err.func.400`
    (400); `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmSocLevelsUpdate): Body of POST `ev/soc-levels` (flat).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmCommandAck | str]
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
    body: KcmSocLevelsUpdate,
    country: str,
) -> KamereonErrorBody | KcmCommandAck | str | None:
    """Set the battery state-of-charge limits (KCM, flat object).

     Flat body `{"socMin": n, "socTarget": n}` in %: `socMin` 15–45 and `socTarget` 55–100,
    both in steps of 5 (the app's ranges; renault-api checks them in its CLI only, so the
    server's own limits are unknown). The answer acknowledges a command:
    `{"commandId": …, "type": "SOC_SYNCH", "status": "CREATED"}`; the car applies it
    asynchronously (read it back with `getKcmSocLevels`).

    Models: as `getKcmSocLevels` (A4E1VE, A5E1AE, R5E1VE, XCB1VE, XDD1VE). Reported to stop
    working on Mégane E-Tech in 2026-05.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format`, `err.func.400`
    (400); `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmSocLevelsUpdate): Body of POST `ev/soc-levels` (flat).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmCommandAck | str
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
    body: KcmSocLevelsUpdate,
    country: str,
) -> Response[KamereonErrorBody | KcmCommandAck | str]:
    """Set the battery state-of-charge limits (KCM, flat object).

     Flat body `{"socMin": n, "socTarget": n}` in %: `socMin` 15–45 and `socTarget` 55–100,
    both in steps of 5 (the app's ranges; renault-api checks them in its CLI only, so the
    server's own limits are unknown). The answer acknowledges a command:
    `{"commandId": …, "type": "SOC_SYNCH", "status": "CREATED"}`; the car applies it
    asynchronously (read it back with `getKcmSocLevels`).

    Models: as `getKcmSocLevels` (A4E1VE, A5E1AE, R5E1VE, XCB1VE, XDD1VE). Reported to stop
    working on Mégane E-Tech in 2026-05.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format`, `err.func.400`
    (400); `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmSocLevelsUpdate): Body of POST `ev/soc-levels` (flat).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmCommandAck | str]
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
    body: KcmSocLevelsUpdate,
    country: str,
) -> KamereonErrorBody | KcmCommandAck | str | None:
    """Set the battery state-of-charge limits (KCM, flat object).

     Flat body `{"socMin": n, "socTarget": n}` in %: `socMin` 15–45 and `socTarget` 55–100,
    both in steps of 5 (the app's ranges; renault-api checks them in its CLI only, so the
    server's own limits are unknown). The answer acknowledges a command:
    `{"commandId": …, "type": "SOC_SYNCH", "status": "CREATED"}`; the car applies it
    asynchronously (read it back with `getKcmSocLevels`).

    Models: as `getKcmSocLevels` (A4E1VE, A5E1AE, R5E1VE, XCB1VE, XDD1VE). Reported to stop
    working on Mégane E-Tech in 2026-05.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format`, `err.func.400`
    (400); `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmSocLevelsUpdate): Body of POST `ev/soc-levels` (flat).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmCommandAck | str
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
