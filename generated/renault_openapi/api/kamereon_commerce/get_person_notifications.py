from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kamereon_error_body import KamereonErrorBody
from ...models.person_notification import PersonNotification
from ...types import UNSET, Response


def _get_kwargs(
    person_id: str,
    *,
    country: str,
    notification_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["notificationId"] = notification_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v1/persons/{person_id}/notifications/kmr".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KamereonErrorBody | list[PersonNotification] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PersonNotification.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[KamereonErrorBody | list[PersonNotification] | str]:
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
    notification_id: str,
) -> Response[KamereonErrorBody | list[PersonNotification] | str]:
    """Get the KMR notifications of a person

     Returns the KMR (Kamereon remote) notifications of the person for one `notificationId`,
    as a **bare JSON array** (no `data` wrapper). The MyRenault app polls it after a remote
    command to read the command outcome (`actionType` `COMMAND_RESPONSE`, e.g. `commandType`
    `SRP_SETS` with `commandResponse.status` `CREATED`) and the answers of the SRP
    (secure remote password) key exchange used by newer vehicles (`actionType`
    `SRP_SALT_REQUEST` with `srpResponse.loginB` / `loginSalt`, secret values).

    renault-api has no method for it (raw HTTP only). No numeric fields; `notifDate` is an
    ISO 8601 local timestamp **without zone** and with milliseconds (`2022-02-01T19:01:51.622`).
    Not vehicle specific; an empty array means nothing is pending.

    Errors: `err.func.wired.missingRequestParam` (400, `notificationId` missing),
    `err.func.wired.unauthorized` (401), `err.func.403` (403), `err.func.wired.notFound` (404),
    `err.func.wired.overloaded` (429), `err.tech.wired.kamereon-proxy` (502).

    Args:
        person_id (str):
        country (str):
        notification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[PersonNotification] | str]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        country=country,
        notification_id=notification_id,
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
    notification_id: str,
) -> KamereonErrorBody | list[PersonNotification] | str | None:
    """Get the KMR notifications of a person

     Returns the KMR (Kamereon remote) notifications of the person for one `notificationId`,
    as a **bare JSON array** (no `data` wrapper). The MyRenault app polls it after a remote
    command to read the command outcome (`actionType` `COMMAND_RESPONSE`, e.g. `commandType`
    `SRP_SETS` with `commandResponse.status` `CREATED`) and the answers of the SRP
    (secure remote password) key exchange used by newer vehicles (`actionType`
    `SRP_SALT_REQUEST` with `srpResponse.loginB` / `loginSalt`, secret values).

    renault-api has no method for it (raw HTTP only). No numeric fields; `notifDate` is an
    ISO 8601 local timestamp **without zone** and with milliseconds (`2022-02-01T19:01:51.622`).
    Not vehicle specific; an empty array means nothing is pending.

    Errors: `err.func.wired.missingRequestParam` (400, `notificationId` missing),
    `err.func.wired.unauthorized` (401), `err.func.403` (403), `err.func.wired.notFound` (404),
    `err.func.wired.overloaded` (429), `err.tech.wired.kamereon-proxy` (502).

    Args:
        person_id (str):
        country (str):
        notification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[PersonNotification] | str
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        country=country,
        notification_id=notification_id,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
    notification_id: str,
) -> Response[KamereonErrorBody | list[PersonNotification] | str]:
    """Get the KMR notifications of a person

     Returns the KMR (Kamereon remote) notifications of the person for one `notificationId`,
    as a **bare JSON array** (no `data` wrapper). The MyRenault app polls it after a remote
    command to read the command outcome (`actionType` `COMMAND_RESPONSE`, e.g. `commandType`
    `SRP_SETS` with `commandResponse.status` `CREATED`) and the answers of the SRP
    (secure remote password) key exchange used by newer vehicles (`actionType`
    `SRP_SALT_REQUEST` with `srpResponse.loginB` / `loginSalt`, secret values).

    renault-api has no method for it (raw HTTP only). No numeric fields; `notifDate` is an
    ISO 8601 local timestamp **without zone** and with milliseconds (`2022-02-01T19:01:51.622`).
    Not vehicle specific; an empty array means nothing is pending.

    Errors: `err.func.wired.missingRequestParam` (400, `notificationId` missing),
    `err.func.wired.unauthorized` (401), `err.func.403` (403), `err.func.wired.notFound` (404),
    `err.func.wired.overloaded` (429), `err.tech.wired.kamereon-proxy` (502).

    Args:
        person_id (str):
        country (str):
        notification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KamereonErrorBody | list[PersonNotification] | str]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        country=country,
        notification_id=notification_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient,
    country: str,
    notification_id: str,
) -> KamereonErrorBody | list[PersonNotification] | str | None:
    """Get the KMR notifications of a person

     Returns the KMR (Kamereon remote) notifications of the person for one `notificationId`,
    as a **bare JSON array** (no `data` wrapper). The MyRenault app polls it after a remote
    command to read the command outcome (`actionType` `COMMAND_RESPONSE`, e.g. `commandType`
    `SRP_SETS` with `commandResponse.status` `CREATED`) and the answers of the SRP
    (secure remote password) key exchange used by newer vehicles (`actionType`
    `SRP_SALT_REQUEST` with `srpResponse.loginB` / `loginSalt`, secret values).

    renault-api has no method for it (raw HTTP only). No numeric fields; `notifDate` is an
    ISO 8601 local timestamp **without zone** and with milliseconds (`2022-02-01T19:01:51.622`).
    Not vehicle specific; an empty array means nothing is pending.

    Errors: `err.func.wired.missingRequestParam` (400, `notificationId` missing),
    `err.func.wired.unauthorized` (401), `err.func.403` (403), `err.func.wired.notFound` (404),
    `err.func.wired.overloaded` (429), `err.tech.wired.kamereon-proxy` (502).

    Args:
        person_id (str):
        country (str):
        notification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KamereonErrorBody | list[PersonNotification] | str
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            country=country,
            notification_id=notification_id,
        )
    ).parsed
