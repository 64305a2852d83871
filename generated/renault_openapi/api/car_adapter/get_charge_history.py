from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kca_charge_history_document import KcaChargeHistoryDocument
from ...models.kca_history_period import KcaHistoryPeriod
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    country: str,
    type_: KcaHistoryPeriod,
    start: str,
    end: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    json_type_ = type_.value
    params["type"] = json_type_

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/charge-history".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | KcaChargeHistoryDocument | str | None:
    if response.status_code == 200:
        response_200 = KcaChargeHistoryDocument.from_dict(response.json())

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
) -> Response[KamereonErrorBody | KcaChargeHistoryDocument | str]:
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
    type_: KcaHistoryPeriod,
    start: str,
    end: str,
) -> Response[KamereonErrorBody | KcaChargeHistoryDocument | str]:
    """Charge counts and durations per day or per month

     Aggregated charging history between `start` and `end` (inclusive), one summary per `day`
    (`type=day`, dates `YYYYMMDD`) or per `month` (`type=month`, dates `YYYYMM`).
    Units: `totalChargesNumber` count, `totalChargesDuration` **minutes**, `totalChargesErrors` count.

    Only seen working on ZOE phase 1/2 era vehicles; every documented recent model answers
    `err.func.wired.not-found` ("The specified url does not exist", 404): A4E1VE, A5E1AE, DU31SU,
    R5E1VE, X071VE, XBG1VE, XCB1VE, XDD1VE, XFB2BI, XHN1CP, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB1SU,
    XJF2BI, XJL2TR. renault-api calls it regardless of the model table.

    Errors: `err.func.wired.not-found` (404), `err.func.wired.missingRequestParam` (400, a query
    parameter is missing), plus the usual 401/403/429/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):
        type_ (KcaHistoryPeriod): Aggregation period of `charge-history` and `hvac-history`
            (closed set: it is a request parameter).
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaChargeHistoryDocument | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
        type_=type_,
        start=start,
        end=end,
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
    type_: KcaHistoryPeriod,
    start: str,
    end: str,
) -> KamereonErrorBody | KcaChargeHistoryDocument | str | None:
    """Charge counts and durations per day or per month

     Aggregated charging history between `start` and `end` (inclusive), one summary per `day`
    (`type=day`, dates `YYYYMMDD`) or per `month` (`type=month`, dates `YYYYMM`).
    Units: `totalChargesNumber` count, `totalChargesDuration` **minutes**, `totalChargesErrors` count.

    Only seen working on ZOE phase 1/2 era vehicles; every documented recent model answers
    `err.func.wired.not-found` ("The specified url does not exist", 404): A4E1VE, A5E1AE, DU31SU,
    R5E1VE, X071VE, XBG1VE, XCB1VE, XDD1VE, XFB2BI, XHN1CP, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB1SU,
    XJF2BI, XJL2TR. renault-api calls it regardless of the model table.

    Errors: `err.func.wired.not-found` (404), `err.func.wired.missingRequestParam` (400, a query
    parameter is missing), plus the usual 401/403/429/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):
        type_ (KcaHistoryPeriod): Aggregation period of `charge-history` and `hvac-history`
            (closed set: it is a request parameter).
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaChargeHistoryDocument | str
    """

    return sync_detailed(
        account_id=account_id,
        vin=vin,
        client=client,
        country=country,
        type_=type_,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
    type_: KcaHistoryPeriod,
    start: str,
    end: str,
) -> Response[KamereonErrorBody | KcaChargeHistoryDocument | str]:
    """Charge counts and durations per day or per month

     Aggregated charging history between `start` and `end` (inclusive), one summary per `day`
    (`type=day`, dates `YYYYMMDD`) or per `month` (`type=month`, dates `YYYYMM`).
    Units: `totalChargesNumber` count, `totalChargesDuration` **minutes**, `totalChargesErrors` count.

    Only seen working on ZOE phase 1/2 era vehicles; every documented recent model answers
    `err.func.wired.not-found` ("The specified url does not exist", 404): A4E1VE, A5E1AE, DU31SU,
    R5E1VE, X071VE, XBG1VE, XCB1VE, XDD1VE, XFB2BI, XHN1CP, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB1SU,
    XJF2BI, XJL2TR. renault-api calls it regardless of the model table.

    Errors: `err.func.wired.not-found` (404), `err.func.wired.missingRequestParam` (400, a query
    parameter is missing), plus the usual 401/403/429/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):
        type_ (KcaHistoryPeriod): Aggregation period of `charge-history` and `hvac-history`
            (closed set: it is a request parameter).
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcaChargeHistoryDocument | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        vin=vin,
        country=country,
        type_=type_,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    country: str,
    type_: KcaHistoryPeriod,
    start: str,
    end: str,
) -> KamereonErrorBody | KcaChargeHistoryDocument | str | None:
    """Charge counts and durations per day or per month

     Aggregated charging history between `start` and `end` (inclusive), one summary per `day`
    (`type=day`, dates `YYYYMMDD`) or per `month` (`type=month`, dates `YYYYMM`).
    Units: `totalChargesNumber` count, `totalChargesDuration` **minutes**, `totalChargesErrors` count.

    Only seen working on ZOE phase 1/2 era vehicles; every documented recent model answers
    `err.func.wired.not-found` ("The specified url does not exist", 404): A4E1VE, A5E1AE, DU31SU,
    R5E1VE, X071VE, XBG1VE, XCB1VE, XDD1VE, XFB2BI, XHN1CP, XHN1ML, XHN1SU, XJA1VP, XJA2VP, XJB1SU,
    XJF2BI, XJL2TR. renault-api calls it regardless of the model table.

    Errors: `err.func.wired.not-found` (404), `err.func.wired.missingRequestParam` (400, a query
    parameter is missing), plus the usual 401/403/429/5xx.

    Args:
        account_id (str):
        vin (str):
        country (str):
        type_ (KcaHistoryPeriod): Aggregation period of `charge-history` and `hvac-history`
            (closed set: it is a request parameter).
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcaChargeHistoryDocument | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
            type_=type_,
            start=start,
            end=end,
        )
    ).parsed
