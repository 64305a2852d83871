from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_tfa_init_form import GigyaTfaInitForm
from ...models.gigya_tfa_init_response import GigyaTfaInitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaTfaInitForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.tfa.initTFA",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaTfaInitResponse | None:
    if response.status_code == 200:
        response_200 = GigyaTfaInitResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaTfaInitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaInitForm,
) -> Response[GigyaTfaInitResponse]:
    """Open a two-factor session for a pending login; returns `gigyaAssertion`.

     Second call of the e-mail two-factor chain. Takes the `regToken` of the `403101` login
    answer (valid for one hour), `provider=gigyaEmail` and `mode=verify` (check an already
    registered e-mail factor; `register` enrols a new one and is only allowed shortly after
    a fresh login). Returns `gigyaAssertion`, a signed JWT that identifies this two-factor
    session: it lives about **5 minutes** and the **same** assertion must be used for
    `getEmails`, `sendVerificationCode`, `completeVerification` and `finalizeTFA`.
    Requires the cookies set by `accounts.webSdkBootstrap`.

    Not vehicle-specific. Errors: `400006` "Invalid parameter value" when the `regToken` is
    unknown or expired (synthetic fixture, code and wording taken from Gigya's public error
    table, not from a Renault capture), `403048` API rate limit exceeded.

    Args:
        body (GigyaTfaInitForm): Form fields of `accounts.tfa.initTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaInitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaInitForm,
) -> GigyaTfaInitResponse | None:
    """Open a two-factor session for a pending login; returns `gigyaAssertion`.

     Second call of the e-mail two-factor chain. Takes the `regToken` of the `403101` login
    answer (valid for one hour), `provider=gigyaEmail` and `mode=verify` (check an already
    registered e-mail factor; `register` enrols a new one and is only allowed shortly after
    a fresh login). Returns `gigyaAssertion`, a signed JWT that identifies this two-factor
    session: it lives about **5 minutes** and the **same** assertion must be used for
    `getEmails`, `sendVerificationCode`, `completeVerification` and `finalizeTFA`.
    Requires the cookies set by `accounts.webSdkBootstrap`.

    Not vehicle-specific. Errors: `400006` "Invalid parameter value" when the `regToken` is
    unknown or expired (synthetic fixture, code and wording taken from Gigya's public error
    table, not from a Renault capture), `403048` API rate limit exceeded.

    Args:
        body (GigyaTfaInitForm): Form fields of `accounts.tfa.initTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaInitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaInitForm,
) -> Response[GigyaTfaInitResponse]:
    """Open a two-factor session for a pending login; returns `gigyaAssertion`.

     Second call of the e-mail two-factor chain. Takes the `regToken` of the `403101` login
    answer (valid for one hour), `provider=gigyaEmail` and `mode=verify` (check an already
    registered e-mail factor; `register` enrols a new one and is only allowed shortly after
    a fresh login). Returns `gigyaAssertion`, a signed JWT that identifies this two-factor
    session: it lives about **5 minutes** and the **same** assertion must be used for
    `getEmails`, `sendVerificationCode`, `completeVerification` and `finalizeTFA`.
    Requires the cookies set by `accounts.webSdkBootstrap`.

    Not vehicle-specific. Errors: `400006` "Invalid parameter value" when the `regToken` is
    unknown or expired (synthetic fixture, code and wording taken from Gigya's public error
    table, not from a Renault capture), `403048` API rate limit exceeded.

    Args:
        body (GigyaTfaInitForm): Form fields of `accounts.tfa.initTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaInitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaInitForm,
) -> GigyaTfaInitResponse | None:
    """Open a two-factor session for a pending login; returns `gigyaAssertion`.

     Second call of the e-mail two-factor chain. Takes the `regToken` of the `403101` login
    answer (valid for one hour), `provider=gigyaEmail` and `mode=verify` (check an already
    registered e-mail factor; `register` enrols a new one and is only allowed shortly after
    a fresh login). Returns `gigyaAssertion`, a signed JWT that identifies this two-factor
    session: it lives about **5 minutes** and the **same** assertion must be used for
    `getEmails`, `sendVerificationCode`, `completeVerification` and `finalizeTFA`.
    Requires the cookies set by `accounts.webSdkBootstrap`.

    Not vehicle-specific. Errors: `400006` "Invalid parameter value" when the `regToken` is
    unknown or expired (synthetic fixture, code and wording taken from Gigya's public error
    table, not from a Renault capture), `403048` API rate limit exceeded.

    Args:
        body (GigyaTfaInitForm): Form fields of `accounts.tfa.initTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaInitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
