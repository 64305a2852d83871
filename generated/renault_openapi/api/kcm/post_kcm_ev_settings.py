from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.kcm_ev_settings import KcmEvSettings
from ...models.kcm_ev_settings_update import KcmEvSettingsUpdate
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    vin: str,
    *,
    body: KcmEvSettingsUpdate,
    country: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commerce/v1/accounts/{account_id}/kamereon/kcm/v1/vehicles/{vin}/ev/settings".format(
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
    body: KcmEvSettingsUpdate,
    country: str,
) -> Response[KamereonErrorBody | KcmEvSettings | str]:
    """Write the charge and preconditioning settings (KCM, flat object); also how these models start a
    charge.

     Sends the **whole** settings object back (as read with `getKcmEvSettings`, changed). This
    is how the MyRenault app starts a charge now on the newer platform: read the settings,
    set every `programs[].programActivationStatus` to `false`, post them back; the car then
    charges immediately. The answer is a flat object with the resulting `chargeModeRq` and
    `programs` (captured after such a charge start: `{"chargeModeRq": "ALWAYS", "programs": []}`).
    Units as in `getKcmEvSettings`: `chargeDuration` in minutes, `preconditioningTemperature`
    in °C, times `HH:MM`.

    Models: charge start on Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and
    Master E-Tech (XDD1VE); Scenic E-Tech (XCB1SE) works the same way. These models have no
    remote charge stop.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmEvSettingsUpdate): Body of POST `ev/settings`: the whole settings object as read,
            changed. Stricter than
            `KcmEvSettings`: known charge modes and program types only, `HH:MM` times.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmEvSettings | str]
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
    body: KcmEvSettingsUpdate,
    country: str,
) -> KamereonErrorBody | KcmEvSettings | str | None:
    """Write the charge and preconditioning settings (KCM, flat object); also how these models start a
    charge.

     Sends the **whole** settings object back (as read with `getKcmEvSettings`, changed). This
    is how the MyRenault app starts a charge now on the newer platform: read the settings,
    set every `programs[].programActivationStatus` to `false`, post them back; the car then
    charges immediately. The answer is a flat object with the resulting `chargeModeRq` and
    `programs` (captured after such a charge start: `{"chargeModeRq": "ALWAYS", "programs": []}`).
    Units as in `getKcmEvSettings`: `chargeDuration` in minutes, `preconditioningTemperature`
    in °C, times `HH:MM`.

    Models: charge start on Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and
    Master E-Tech (XDD1VE); Scenic E-Tech (XCB1SE) works the same way. These models have no
    remote charge stop.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmEvSettingsUpdate): Body of POST `ev/settings`: the whole settings object as read,
            changed. Stricter than
            `KcmEvSettings`: known charge modes and program types only, `HH:MM` times.

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
        body=body,
        country=country,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    vin: str,
    *,
    client: AuthenticatedClient,
    body: KcmEvSettingsUpdate,
    country: str,
) -> Response[KamereonErrorBody | KcmEvSettings | str]:
    """Write the charge and preconditioning settings (KCM, flat object); also how these models start a
    charge.

     Sends the **whole** settings object back (as read with `getKcmEvSettings`, changed). This
    is how the MyRenault app starts a charge now on the newer platform: read the settings,
    set every `programs[].programActivationStatus` to `false`, post them back; the car then
    charges immediately. The answer is a flat object with the resulting `chargeModeRq` and
    `programs` (captured after such a charge start: `{"chargeModeRq": "ALWAYS", "programs": []}`).
    Units as in `getKcmEvSettings`: `chargeDuration` in minutes, `preconditioningTemperature`
    in °C, times `HH:MM`.

    Models: charge start on Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and
    Master E-Tech (XDD1VE); Scenic E-Tech (XCB1SE) works the same way. These models have no
    remote charge stop.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmEvSettingsUpdate): Body of POST `ev/settings`: the whole settings object as read,
            changed. Stricter than
            `KcmEvSettings`: known charge modes and program types only, `HH:MM` times.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | KcmEvSettings | str]
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
    body: KcmEvSettingsUpdate,
    country: str,
) -> KamereonErrorBody | KcmEvSettings | str | None:
    """Write the charge and preconditioning settings (KCM, flat object); also how these models start a
    charge.

     Sends the **whole** settings object back (as read with `getKcmEvSettings`, changed). This
    is how the MyRenault app starts a charge now on the newer platform: read the settings,
    set every `programs[].programActivationStatus` to `false`, post them back; the car then
    charges immediately. The answer is a flat object with the resulting `chargeModeRq` and
    `programs` (captured after such a charge start: `{"chargeModeRq": "ALWAYS", "programs": []}`).
    Units as in `getKcmEvSettings`: `chargeDuration` in minutes, `preconditioningTemperature`
    in °C, times `HH:MM`.

    Models: charge start on Renault 4 (A4E1VE), Alpine A290 (A5E1AE), Renault 5 (R5E1VE) and
    Master E-Tech (XDD1VE); Scenic E-Tech (XCB1SE) works the same way. These models have no
    remote charge stop.

    Errors: `err.func.wired.invalid-body`, `err.func.wired.invalid-body-format` (400);
    `err.func.wired.forbidden` (403); `err.func.wired.not-found` (404);
    `err.func.wired.overloaded` (429); `err.tech.500` (500); `err.tech.wired.kamereon-proxy` (502).

    Args:
        account_id (str):
        vin (str):
        country (str):
        body (KcmEvSettingsUpdate): Body of POST `ev/settings`: the whole settings object as read,
            changed. Stricter than
            `KcmEvSettings`: known charge modes and program types only, `HH:MM` times.

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
            body=body,
            country=country,
        )
    ).parsed
