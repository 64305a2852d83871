from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hvac_start_action_request import HvacStartActionRequest
from ...models.hvac_start_action_response import HvacStartActionResponse
from ...models.kamereon_error_body import KamereonErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: HvacStartActionRequest,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/actions/hvac-start".format(
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
) -> HvacStartActionResponse | KamereonErrorBody | str | None:
    if response.status_code == 200:
        response_200 = HvacStartActionResponse.from_dict(response.json())

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
) -> Response[HvacStartActionResponse | KamereonErrorBody | str]:
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
    body: HvacStartActionRequest,
    country: str,
) -> Response[HvacStartActionResponse | KamereonErrorBody | str]:
    """Start, schedule or stop air conditioning / preconditioning (KCA).

     `action: start` starts the climate control with `targetTemperature` (°C, a JSON number:
    a quoted number is rejected with `err.func.wired.invalid-body-format`). With the optional
    `startDateTime` (UTC, `YYYY-MM-DDTHH:MM:SSZ`, must be in the future, otherwise
    `err.func.400` "/data/attributes/startDateTime must be a future date") the start is
    deferred to that time. `action: cancel` or `action: stop` stops it; no temperature then.
    Which stop verb works depends on the model: `cancel` by default; `stop` on Alpine A290
    (A5E1AE), Renault 5 (R5E1VE) and Dacia Spring (XBG1VE). On ZOE phase 2 (X102VE) `cancel`
    is accepted but has no effect. The temperature is ignored by the Spring's manual A/C.

    Models: start works on A4E1VE, A5E1AE, R5E1VE, X101VE, X102VE, XBG1VE, XCB1VE, XDD1VE and
    Captur II (XJB1SU). Not available on Espace VI (XHN1ML), Austral (XHN1SU: answers
    `err.func.wired.methodNotAllowed`), Clio V (XJA1VP, XJA2VP), Symbioz (XJB2CP) and Sandero
    III (XJF2BI); Duster and some Spring accounts answer `err.func.403` "Access is denied for
    this resource" (the app uses another endpoint there). A GET on this path answers 405
    "Request method 'GET' is not supported".

    Errors: `err.func.400`, `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden`, `err.func.privacy.on` (403); `err.func.wired.not-found` (404);
    `err.func.wired.methodNotAllowed` (405); `err.func.wired.overloaded` (429); `err.tech.500`
    (500); `err.tech.501` (501); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (HvacStartActionRequest): JSON:API body of `actions/hvac-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HvacStartActionResponse | KamereonErrorBody | str]
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
    body: HvacStartActionRequest,
    country: str,
) -> HvacStartActionResponse | KamereonErrorBody | str | None:
    """Start, schedule or stop air conditioning / preconditioning (KCA).

     `action: start` starts the climate control with `targetTemperature` (°C, a JSON number:
    a quoted number is rejected with `err.func.wired.invalid-body-format`). With the optional
    `startDateTime` (UTC, `YYYY-MM-DDTHH:MM:SSZ`, must be in the future, otherwise
    `err.func.400` "/data/attributes/startDateTime must be a future date") the start is
    deferred to that time. `action: cancel` or `action: stop` stops it; no temperature then.
    Which stop verb works depends on the model: `cancel` by default; `stop` on Alpine A290
    (A5E1AE), Renault 5 (R5E1VE) and Dacia Spring (XBG1VE). On ZOE phase 2 (X102VE) `cancel`
    is accepted but has no effect. The temperature is ignored by the Spring's manual A/C.

    Models: start works on A4E1VE, A5E1AE, R5E1VE, X101VE, X102VE, XBG1VE, XCB1VE, XDD1VE and
    Captur II (XJB1SU). Not available on Espace VI (XHN1ML), Austral (XHN1SU: answers
    `err.func.wired.methodNotAllowed`), Clio V (XJA1VP, XJA2VP), Symbioz (XJB2CP) and Sandero
    III (XJF2BI); Duster and some Spring accounts answer `err.func.403` "Access is denied for
    this resource" (the app uses another endpoint there). A GET on this path answers 405
    "Request method 'GET' is not supported".

    Errors: `err.func.400`, `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden`, `err.func.privacy.on` (403); `err.func.wired.not-found` (404);
    `err.func.wired.methodNotAllowed` (405); `err.func.wired.overloaded` (429); `err.tech.500`
    (500); `err.tech.501` (501); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (HvacStartActionRequest): JSON:API body of `actions/hvac-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HvacStartActionResponse | KamereonErrorBody | str
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
    body: HvacStartActionRequest,
    country: str,
) -> Response[HvacStartActionResponse | KamereonErrorBody | str]:
    """Start, schedule or stop air conditioning / preconditioning (KCA).

     `action: start` starts the climate control with `targetTemperature` (°C, a JSON number:
    a quoted number is rejected with `err.func.wired.invalid-body-format`). With the optional
    `startDateTime` (UTC, `YYYY-MM-DDTHH:MM:SSZ`, must be in the future, otherwise
    `err.func.400` "/data/attributes/startDateTime must be a future date") the start is
    deferred to that time. `action: cancel` or `action: stop` stops it; no temperature then.
    Which stop verb works depends on the model: `cancel` by default; `stop` on Alpine A290
    (A5E1AE), Renault 5 (R5E1VE) and Dacia Spring (XBG1VE). On ZOE phase 2 (X102VE) `cancel`
    is accepted but has no effect. The temperature is ignored by the Spring's manual A/C.

    Models: start works on A4E1VE, A5E1AE, R5E1VE, X101VE, X102VE, XBG1VE, XCB1VE, XDD1VE and
    Captur II (XJB1SU). Not available on Espace VI (XHN1ML), Austral (XHN1SU: answers
    `err.func.wired.methodNotAllowed`), Clio V (XJA1VP, XJA2VP), Symbioz (XJB2CP) and Sandero
    III (XJF2BI); Duster and some Spring accounts answer `err.func.403` "Access is denied for
    this resource" (the app uses another endpoint there). A GET on this path answers 405
    "Request method 'GET' is not supported".

    Errors: `err.func.400`, `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden`, `err.func.privacy.on` (403); `err.func.wired.not-found` (404);
    `err.func.wired.methodNotAllowed` (405); `err.func.wired.overloaded` (429); `err.tech.500`
    (500); `err.tech.501` (501); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (HvacStartActionRequest): JSON:API body of `actions/hvac-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HvacStartActionResponse | KamereonErrorBody | str]
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
    body: HvacStartActionRequest,
    country: str,
) -> HvacStartActionResponse | KamereonErrorBody | str | None:
    """Start, schedule or stop air conditioning / preconditioning (KCA).

     `action: start` starts the climate control with `targetTemperature` (°C, a JSON number:
    a quoted number is rejected with `err.func.wired.invalid-body-format`). With the optional
    `startDateTime` (UTC, `YYYY-MM-DDTHH:MM:SSZ`, must be in the future, otherwise
    `err.func.400` "/data/attributes/startDateTime must be a future date") the start is
    deferred to that time. `action: cancel` or `action: stop` stops it; no temperature then.
    Which stop verb works depends on the model: `cancel` by default; `stop` on Alpine A290
    (A5E1AE), Renault 5 (R5E1VE) and Dacia Spring (XBG1VE). On ZOE phase 2 (X102VE) `cancel`
    is accepted but has no effect. The temperature is ignored by the Spring's manual A/C.

    Models: start works on A4E1VE, A5E1AE, R5E1VE, X101VE, X102VE, XBG1VE, XCB1VE, XDD1VE and
    Captur II (XJB1SU). Not available on Espace VI (XHN1ML), Austral (XHN1SU: answers
    `err.func.wired.methodNotAllowed`), Clio V (XJA1VP, XJA2VP), Symbioz (XJB2CP) and Sandero
    III (XJF2BI); Duster and some Spring accounts answer `err.func.403` "Access is denied for
    this resource" (the app uses another endpoint there). A GET on this path answers 405
    "Request method 'GET' is not supported".

    Errors: `err.func.400`, `err.func.wired.invalid-body-format` (400); `err.func.403`,
    `err.func.wired.forbidden`, `err.func.privacy.on` (403); `err.func.wired.not-found` (404);
    `err.func.wired.methodNotAllowed` (405); `err.func.wired.overloaded` (429); `err.tech.500`
    (500); `err.tech.501` (501); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (HvacStartActionRequest): JSON:API body of `actions/hvac-start`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HvacStartActionResponse | KamereonErrorBody | str
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
