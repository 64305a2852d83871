from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.person import Person
from ...types import UNSET, Response


def _get_kwargs(
    person_id: str,
    *,
    country: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/persons/{person_id}".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | Person | str | None:
    if response.status_code == 200:
        response_200 = Person.from_dict(response.json())

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
) -> Response[KamereonErrorBody | Person | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[KamereonErrorBody | Person | str]:
    """Get the person and its Kamereon accounts

     Returns the Kamereon person identified by the Gigya `data.personId` (from
    `accounts.getAccountInfo`): identity provider data, e-mails, phones and, most importantly,
    `accounts[]`. A person usually has a `MYRENAULT` account (the one holding the vehicles)
    and often an `SFDC` (Salesforce) account that holds none; clients pick the account by
    type or let the user choose, and must not assume the first account has cars.

    No numeric fields. Dates are ISO 8601 strings with microseconds (`2019-04-29T20:39:37.153608Z`).
    `locale` uses a hyphen (`fr-FR`), unlike the underscore locale of the app settings.

    Supported for every account and model (it is not vehicle specific).

    Errors: `err.func.wired.unauthorized` (401, missing/expired JWT or wrong API key),
    `err.func.403` (403, access denied; while Gigya two-factor authentication is pending a
    Kamereon call was also seen failing with "Account Pending TFA Verification", evcc #30405),
    `err.func.wired.notFound` (404, unknown person id), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502) and HTML pages from the load balancer (502/503).

    Args:
        person_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | Person | str]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        country=country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> KamereonErrorBody | Person | str | None:
    """Get the person and its Kamereon accounts

     Returns the Kamereon person identified by the Gigya `data.personId` (from
    `accounts.getAccountInfo`): identity provider data, e-mails, phones and, most importantly,
    `accounts[]`. A person usually has a `MYRENAULT` account (the one holding the vehicles)
    and often an `SFDC` (Salesforce) account that holds none; clients pick the account by
    type or let the user choose, and must not assume the first account has cars.

    No numeric fields. Dates are ISO 8601 strings with microseconds (`2019-04-29T20:39:37.153608Z`).
    `locale` uses a hyphen (`fr-FR`), unlike the underscore locale of the app settings.

    Supported for every account and model (it is not vehicle specific).

    Errors: `err.func.wired.unauthorized` (401, missing/expired JWT or wrong API key),
    `err.func.403` (403, access denied; while Gigya two-factor authentication is pending a
    Kamereon call was also seen failing with "Account Pending TFA Verification", evcc #30405),
    `err.func.wired.notFound` (404, unknown person id), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502) and HTML pages from the load balancer (502/503).

    Args:
        person_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | Person | str
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        country=country,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> Response[KamereonErrorBody | Person | str]:
    """Get the person and its Kamereon accounts

     Returns the Kamereon person identified by the Gigya `data.personId` (from
    `accounts.getAccountInfo`): identity provider data, e-mails, phones and, most importantly,
    `accounts[]`. A person usually has a `MYRENAULT` account (the one holding the vehicles)
    and often an `SFDC` (Salesforce) account that holds none; clients pick the account by
    type or let the user choose, and must not assume the first account has cars.

    No numeric fields. Dates are ISO 8601 strings with microseconds (`2019-04-29T20:39:37.153608Z`).
    `locale` uses a hyphen (`fr-FR`), unlike the underscore locale of the app settings.

    Supported for every account and model (it is not vehicle specific).

    Errors: `err.func.wired.unauthorized` (401, missing/expired JWT or wrong API key),
    `err.func.403` (403, access denied; while Gigya two-factor authentication is pending a
    Kamereon call was also seen failing with "Account Pending TFA Verification", evcc #30405),
    `err.func.wired.notFound` (404, unknown person id), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502) and HTML pages from the load balancer (502/503).

    Args:
        person_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | Person | str]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
) -> KamereonErrorBody | Person | str | None:
    """Get the person and its Kamereon accounts

     Returns the Kamereon person identified by the Gigya `data.personId` (from
    `accounts.getAccountInfo`): identity provider data, e-mails, phones and, most importantly,
    `accounts[]`. A person usually has a `MYRENAULT` account (the one holding the vehicles)
    and often an `SFDC` (Salesforce) account that holds none; clients pick the account by
    type or let the user choose, and must not assume the first account has cars.

    No numeric fields. Dates are ISO 8601 strings with microseconds (`2019-04-29T20:39:37.153608Z`).
    `locale` uses a hyphen (`fr-FR`), unlike the underscore locale of the app settings.

    Supported for every account and model (it is not vehicle specific).

    Errors: `err.func.wired.unauthorized` (401, missing/expired JWT or wrong API key),
    `err.func.403` (403, access denied; while Gigya two-factor authentication is pending a
    Kamereon call was also seen failing with "Account Pending TFA Verification", evcc #30405),
    `err.func.wired.notFound` (404, unknown person id), `err.func.wired.overloaded` (429),
    `err.tech.wired.kamereon-proxy` (502) and HTML pages from the load balancer (502/503).

    Args:
        person_id (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | Person | str
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            country=country,
        )
    ).parsed
