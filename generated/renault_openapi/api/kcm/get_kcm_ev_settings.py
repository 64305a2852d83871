from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kcm_ev_settings import KcmEvSettings
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
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kcm/v1/vehicles/{vin}/ev/settings".format(
            account_id=quote(str(account_id), safe=""),
            vin=quote(str(vin), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | KcmEvSettings | str | None:
    if response.status_code == 200:
        response_200 = KcmEvSettings.from_dict(response.json())

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
) -> Response[KamereonErrorBody | KcmEvSettings | str]:
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
) -> Response[KamereonErrorBody | KcmEvSettings | str]:
    """Read the charge and preconditioning settings (KCM, flat object).

     Flat object (no `data` wrapper) with the charge mode (`chargeModeRq` `SCHEDULED` or
    `ALWAYS`), the single charge window (`chargeTimeStart` `HH:MM`, `chargeDuration` in
    minutes), the preconditioning preferences (`preconditioningTemperature` in °C, heated
    steering wheel and seats) and the departure programs (`programs[]`: type `CHARGE`,
    `PRECONDITIONING` or `CHARGE_AND_PRECONDITIONING`, departure time `HH:MM`, one flag per
    weekday). The time zone of the `HH:MM` values is not established. `programs` is empty
    when no program exists. `chargeTimeStart` `00:00` with `chargeDuration` 9000 is what most
    captures show, with or without programs (apparently placeholders when the departure
    programs drive charging). `delegatedActivated` is true when charging is delegated to a
    smart-charging service (Mobilize Smart Charge).

    Models: this is where the charge schedule is read on Renault 4 (A4E1VE), Alpine A290
    (A5E1AE), Renault 5 (R5E1VE), Master E-Tech (XDD1VE), Scenic E-Tech (XCB1SE) and Rafale
    (XHN1CP); those models answer `err.func.wired.forbidden` on the KCA `charge-schedule` /
    `charging-settings` reads. Older models (ZOE, Spring, Twingo) do not serve it.

    Errors: `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found`,
    `err.func.wired.notFound` (404); `err.func.wired.overloaded` (429); `err.tech.500` (500);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmEvSettings | str]
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
) -> KamereonErrorBody | KcmEvSettings | str | None:
    """Read the charge and preconditioning settings (KCM, flat object).

     Flat object (no `data` wrapper) with the charge mode (`chargeModeRq` `SCHEDULED` or
    `ALWAYS`), the single charge window (`chargeTimeStart` `HH:MM`, `chargeDuration` in
    minutes), the preconditioning preferences (`preconditioningTemperature` in °C, heated
    steering wheel and seats) and the departure programs (`programs[]`: type `CHARGE`,
    `PRECONDITIONING` or `CHARGE_AND_PRECONDITIONING`, departure time `HH:MM`, one flag per
    weekday). The time zone of the `HH:MM` values is not established. `programs` is empty
    when no program exists. `chargeTimeStart` `00:00` with `chargeDuration` 9000 is what most
    captures show, with or without programs (apparently placeholders when the departure
    programs drive charging). `delegatedActivated` is true when charging is delegated to a
    smart-charging service (Mobilize Smart Charge).

    Models: this is where the charge schedule is read on Renault 4 (A4E1VE), Alpine A290
    (A5E1AE), Renault 5 (R5E1VE), Master E-Tech (XDD1VE), Scenic E-Tech (XCB1SE) and Rafale
    (XHN1CP); those models answer `err.func.wired.forbidden` on the KCA `charge-schedule` /
    `charging-settings` reads. Older models (ZOE, Spring, Twingo) do not serve it.

    Errors: `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found`,
    `err.func.wired.notFound` (404); `err.func.wired.overloaded` (429); `err.tech.500` (500);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmEvSettings | str
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
) -> Response[KamereonErrorBody | KcmEvSettings | str]:
    """Read the charge and preconditioning settings (KCM, flat object).

     Flat object (no `data` wrapper) with the charge mode (`chargeModeRq` `SCHEDULED` or
    `ALWAYS`), the single charge window (`chargeTimeStart` `HH:MM`, `chargeDuration` in
    minutes), the preconditioning preferences (`preconditioningTemperature` in °C, heated
    steering wheel and seats) and the departure programs (`programs[]`: type `CHARGE`,
    `PRECONDITIONING` or `CHARGE_AND_PRECONDITIONING`, departure time `HH:MM`, one flag per
    weekday). The time zone of the `HH:MM` values is not established. `programs` is empty
    when no program exists. `chargeTimeStart` `00:00` with `chargeDuration` 9000 is what most
    captures show, with or without programs (apparently placeholders when the departure
    programs drive charging). `delegatedActivated` is true when charging is delegated to a
    smart-charging service (Mobilize Smart Charge).

    Models: this is where the charge schedule is read on Renault 4 (A4E1VE), Alpine A290
    (A5E1AE), Renault 5 (R5E1VE), Master E-Tech (XDD1VE), Scenic E-Tech (XCB1SE) and Rafale
    (XHN1CP); those models answer `err.func.wired.forbidden` on the KCA `charge-schedule` /
    `charging-settings` reads. Older models (ZOE, Spring, Twingo) do not serve it.

    Errors: `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found`,
    `err.func.wired.notFound` (404); `err.func.wired.overloaded` (429); `err.tech.500` (500);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmEvSettings | str]
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
) -> KamereonErrorBody | KcmEvSettings | str | None:
    """Read the charge and preconditioning settings (KCM, flat object).

     Flat object (no `data` wrapper) with the charge mode (`chargeModeRq` `SCHEDULED` or
    `ALWAYS`), the single charge window (`chargeTimeStart` `HH:MM`, `chargeDuration` in
    minutes), the preconditioning preferences (`preconditioningTemperature` in °C, heated
    steering wheel and seats) and the departure programs (`programs[]`: type `CHARGE`,
    `PRECONDITIONING` or `CHARGE_AND_PRECONDITIONING`, departure time `HH:MM`, one flag per
    weekday). The time zone of the `HH:MM` values is not established. `programs` is empty
    when no program exists. `chargeTimeStart` `00:00` with `chargeDuration` 9000 is what most
    captures show, with or without programs (apparently placeholders when the departure
    programs drive charging). `delegatedActivated` is true when charging is delegated to a
    smart-charging service (Mobilize Smart Charge).

    Models: this is where the charge schedule is read on Renault 4 (A4E1VE), Alpine A290
    (A5E1AE), Renault 5 (R5E1VE), Master E-Tech (XDD1VE), Scenic E-Tech (XCB1SE) and Rafale
    (XHN1CP); those models answer `err.func.wired.forbidden` on the KCA `charge-schedule` /
    `charging-settings` reads. Older models (ZOE, Spring, Twingo) do not serve it.

    Errors: `err.func.wired.forbidden`, `err.func.403` (403); `err.func.wired.not-found`,
    `err.func.wired.notFound` (404); `err.func.wired.overloaded` (429); `err.tech.500` (500);
    `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | KcmEvSettings | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            vin=vin,
            client=client,
            country=country,
        )
    ).parsed
