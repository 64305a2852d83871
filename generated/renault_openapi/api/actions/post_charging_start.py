from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charging_start_action_request import ChargingStartActionRequest
from ...models.charging_start_action_response import ChargingStartActionResponse
from ...models.kamereon_error_body import KamereonErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: ChargingStartActionRequest,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/actions/charging-start".format(
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
) -> ChargingStartActionResponse | KamereonErrorBody | str | None:
    if response.status_code == 200:
        response_200 = ChargingStartActionResponse.from_dict(response.json())

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
) -> Response[ChargingStartActionResponse | KamereonErrorBody | str]:
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
    body: ChargingStartActionRequest,
    country: str,
) -> Response[ChargingStartActionResponse | KamereonErrorBody | str]:
    """Start or stop charging now (KCA).

     `action: start` starts a charge on a plugged-in car (also used to "wake up" the car so that
    it reports fresh battery data); `action: stop` stops it. No other attribute is accepted.

    Models: start works on ZOE phase 1 and 2 (X101VE, X102VE) and undocumented models. Other
    models use other operations: Dacia Spring (XBG1VE) starts and stops with KCM
    `postKcmChargePauseResume` (`resume`/`pause`); ZOE phase 2 (X102VE) stops that way too;
    Mégane E-Tech (XCB1VE) starts with KCM `postKcmChargeStart`; Renault 4/5, Alpine A290 and
    Master E-Tech (A4E1VE, R5E1VE, A5E1AE, XDD1VE) start by posting their KCM settings with all
    programs inactive (`postKcmEvSettings`) and have no remote stop ("use the charger").
    Known failures: stop on Mégane E-Tech, Renault 4 and some ZOE → `err.func.wired.invalid-body-format`
    ("Body has at least one wrongly formatted value"); Rafale (XHN1CP) and Mégane/Scenic/R5 on
    this path → `err.func.wired.forbidden`; Captur II (XJB1SU) start/stop and Austral (XHN1SU)
    stop → `err.func.wired.not-found`; Clio V, Symbioz, Sandero III have no charge control.

    Errors: `err.func.wired.invalid-body-format`, `err.func.wired.invalid-body` (400);
    `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargingStartActionRequest): JSON:API body of `actions/charging-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingStartActionResponse | KamereonErrorBody | str]
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
    body: ChargingStartActionRequest,
    country: str,
) -> ChargingStartActionResponse | KamereonErrorBody | str | None:
    """Start or stop charging now (KCA).

     `action: start` starts a charge on a plugged-in car (also used to "wake up" the car so that
    it reports fresh battery data); `action: stop` stops it. No other attribute is accepted.

    Models: start works on ZOE phase 1 and 2 (X101VE, X102VE) and undocumented models. Other
    models use other operations: Dacia Spring (XBG1VE) starts and stops with KCM
    `postKcmChargePauseResume` (`resume`/`pause`); ZOE phase 2 (X102VE) stops that way too;
    Mégane E-Tech (XCB1VE) starts with KCM `postKcmChargeStart`; Renault 4/5, Alpine A290 and
    Master E-Tech (A4E1VE, R5E1VE, A5E1AE, XDD1VE) start by posting their KCM settings with all
    programs inactive (`postKcmEvSettings`) and have no remote stop ("use the charger").
    Known failures: stop on Mégane E-Tech, Renault 4 and some ZOE → `err.func.wired.invalid-body-format`
    ("Body has at least one wrongly formatted value"); Rafale (XHN1CP) and Mégane/Scenic/R5 on
    this path → `err.func.wired.forbidden`; Captur II (XJB1SU) start/stop and Austral (XHN1SU)
    stop → `err.func.wired.not-found`; Clio V, Symbioz, Sandero III have no charge control.

    Errors: `err.func.wired.invalid-body-format`, `err.func.wired.invalid-body` (400);
    `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargingStartActionRequest): JSON:API body of `actions/charging-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingStartActionResponse | KamereonErrorBody | str
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
    body: ChargingStartActionRequest,
    country: str,
) -> Response[ChargingStartActionResponse | KamereonErrorBody | str]:
    """Start or stop charging now (KCA).

     `action: start` starts a charge on a plugged-in car (also used to "wake up" the car so that
    it reports fresh battery data); `action: stop` stops it. No other attribute is accepted.

    Models: start works on ZOE phase 1 and 2 (X101VE, X102VE) and undocumented models. Other
    models use other operations: Dacia Spring (XBG1VE) starts and stops with KCM
    `postKcmChargePauseResume` (`resume`/`pause`); ZOE phase 2 (X102VE) stops that way too;
    Mégane E-Tech (XCB1VE) starts with KCM `postKcmChargeStart`; Renault 4/5, Alpine A290 and
    Master E-Tech (A4E1VE, R5E1VE, A5E1AE, XDD1VE) start by posting their KCM settings with all
    programs inactive (`postKcmEvSettings`) and have no remote stop ("use the charger").
    Known failures: stop on Mégane E-Tech, Renault 4 and some ZOE → `err.func.wired.invalid-body-format`
    ("Body has at least one wrongly formatted value"); Rafale (XHN1CP) and Mégane/Scenic/R5 on
    this path → `err.func.wired.forbidden`; Captur II (XJB1SU) start/stop and Austral (XHN1SU)
    stop → `err.func.wired.not-found`; Clio V, Symbioz, Sandero III have no charge control.

    Errors: `err.func.wired.invalid-body-format`, `err.func.wired.invalid-body` (400);
    `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargingStartActionRequest): JSON:API body of `actions/charging-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingStartActionResponse | KamereonErrorBody | str]
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
    body: ChargingStartActionRequest,
    country: str,
) -> ChargingStartActionResponse | KamereonErrorBody | str | None:
    """Start or stop charging now (KCA).

     `action: start` starts a charge on a plugged-in car (also used to "wake up" the car so that
    it reports fresh battery data); `action: stop` stops it. No other attribute is accepted.

    Models: start works on ZOE phase 1 and 2 (X101VE, X102VE) and undocumented models. Other
    models use other operations: Dacia Spring (XBG1VE) starts and stops with KCM
    `postKcmChargePauseResume` (`resume`/`pause`); ZOE phase 2 (X102VE) stops that way too;
    Mégane E-Tech (XCB1VE) starts with KCM `postKcmChargeStart`; Renault 4/5, Alpine A290 and
    Master E-Tech (A4E1VE, R5E1VE, A5E1AE, XDD1VE) start by posting their KCM settings with all
    programs inactive (`postKcmEvSettings`) and have no remote stop ("use the charger").
    Known failures: stop on Mégane E-Tech, Renault 4 and some ZOE → `err.func.wired.invalid-body-format`
    ("Body has at least one wrongly formatted value"); Rafale (XHN1CP) and Mégane/Scenic/R5 on
    this path → `err.func.wired.forbidden`; Captur II (XJB1SU) start/stop and Austral (XHN1SU)
    stop → `err.func.wired.not-found`; Clio V, Symbioz, Sandero III have no charge control.

    Errors: `err.func.wired.invalid-body-format`, `err.func.wired.invalid-body` (400);
    `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.501` (501);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (ChargingStartActionRequest): JSON:API body of `actions/charging-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingStartActionResponse | KamereonErrorBody | str
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
