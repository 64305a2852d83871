from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kcm_soc_levels import KcmSocLevels
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
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kcm/v1/vehicles/{vin}/ev/soc-levels".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | KcmSocLevels | str | None:
    if response.status_code == 200:
        response_200 = KcmSocLevels.from_dict(response.json())

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
) -> Response[KamereonErrorBody | KcmSocLevels | str]:
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
) -> Response[KamereonErrorBody | KcmSocLevels | str]:
    """Read the battery state-of-charge limits (KCM, flat object).

     Flat object: `socMin` (minimum state of charge in %), `socTarget` (state of charge in %
    at which charging stops) and
    `lastEnergyUpdateTimestamp` (ISO 8601 UTC). (The renault-api docs call the path
    `ev/soc-level`; the working path is `ev/soc-levels`.)

    Models: Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Mégane E-Tech
    (XCB1VE), Master E-Tech (XDD1VE). Not available on ZOE phase 1 (X101VE), ZOE phase 2
    (X102VE, forbidden), Dacia Spring (XBG1VE), Duster III, Espace VI, Austral, Clio V,
    Captur II, Symbioz, Sandero III.

    Errors: `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmSocLevels | str]
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
) -> KamereonErrorBody | KcmSocLevels | str | None:
    """Read the battery state-of-charge limits (KCM, flat object).

     Flat object: `socMin` (minimum state of charge in %), `socTarget` (state of charge in %
    at which charging stops) and
    `lastEnergyUpdateTimestamp` (ISO 8601 UTC). (The renault-api docs call the path
    `ev/soc-level`; the working path is `ev/soc-levels`.)

    Models: Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Mégane E-Tech
    (XCB1VE), Master E-Tech (XDD1VE). Not available on ZOE phase 1 (X101VE), ZOE phase 2
    (X102VE, forbidden), Dacia Spring (XBG1VE), Duster III, Espace VI, Austral, Clio V,
    Captur II, Symbioz, Sandero III.

    Errors: `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmSocLevels | str
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
) -> Response[KamereonErrorBody | KcmSocLevels | str]:
    """Read the battery state-of-charge limits (KCM, flat object).

     Flat object: `socMin` (minimum state of charge in %), `socTarget` (state of charge in %
    at which charging stops) and
    `lastEnergyUpdateTimestamp` (ISO 8601 UTC). (The renault-api docs call the path
    `ev/soc-level`; the working path is `ev/soc-levels`.)

    Models: Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Mégane E-Tech
    (XCB1VE), Master E-Tech (XDD1VE). Not available on ZOE phase 1 (X101VE), ZOE phase 2
    (X102VE, forbidden), Dacia Spring (XBG1VE), Duster III, Espace VI, Austral, Clio V,
    Captur II, Symbioz, Sandero III.

    Errors: `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmSocLevels | str]
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
) -> KamereonErrorBody | KcmSocLevels | str | None:
    """Read the battery state-of-charge limits (KCM, flat object).

     Flat object: `socMin` (minimum state of charge in %), `socTarget` (state of charge in %
    at which charging stops) and
    `lastEnergyUpdateTimestamp` (ISO 8601 UTC). (The renault-api docs call the path
    `ev/soc-level`; the working path is `ev/soc-levels`.)

    Models: Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE), Mégane E-Tech
    (XCB1VE), Master E-Tech (XDD1VE). Not available on ZOE phase 1 (X101VE), ZOE phase 2
    (X102VE, forbidden), Dacia Spring (XBG1VE), Duster III, Espace VI, Austral, Clio V,
    Captur II, Symbioz, Sandero III.

    Errors: `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmSocLevels | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
