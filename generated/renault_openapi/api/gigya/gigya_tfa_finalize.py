from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_tfa_finalize_form import GigyaTfaFinalizeForm
from ...models.gigya_tfa_finalize_response import GigyaTfaFinalizeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaTfaFinalizeForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.tfa.finalizeTFA",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaTfaFinalizeResponse | None:
    if response.status_code == 200:
        response_200 = GigyaTfaFinalizeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaTfaFinalizeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaFinalizeForm,
) -> Response[GigyaTfaFinalizeResponse]:
    """Close the two-factor session and mark the device as verified.

     Sixth call of the e-mail two-factor chain: `gigyaAssertion`, `providerAssertion` and the
    login's `regToken`. Gigya records the device (the `gmid` cookie) as verified for this
    account. `tempDevice=true` verifies this login only; `false` corresponds to the web
    form's "don't ask again on this device for 30 days" box (a long-running client wants
    `false` and must then keep its `gmid` cookie). The answer is the bare envelope; the
    login token is obtained afterwards by repeating `accounts.login` with the same cookies
    (renault-api PR #2257), or with `accounts.finalizeRegistration` and the `regToken`.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired or mismatched
    assertions), `400006` invalid `regToken` (expired after one hour).

    Args:
        body (GigyaTfaFinalizeForm): Form fields of `accounts.tfa.finalizeTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaFinalizeResponse]
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
    body: GigyaTfaFinalizeForm,
) -> GigyaTfaFinalizeResponse | None:
    """Close the two-factor session and mark the device as verified.

     Sixth call of the e-mail two-factor chain: `gigyaAssertion`, `providerAssertion` and the
    login's `regToken`. Gigya records the device (the `gmid` cookie) as verified for this
    account. `tempDevice=true` verifies this login only; `false` corresponds to the web
    form's "don't ask again on this device for 30 days" box (a long-running client wants
    `false` and must then keep its `gmid` cookie). The answer is the bare envelope; the
    login token is obtained afterwards by repeating `accounts.login` with the same cookies
    (renault-api PR #2257), or with `accounts.finalizeRegistration` and the `regToken`.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired or mismatched
    assertions), `400006` invalid `regToken` (expired after one hour).

    Args:
        body (GigyaTfaFinalizeForm): Form fields of `accounts.tfa.finalizeTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaFinalizeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaFinalizeForm,
) -> Response[GigyaTfaFinalizeResponse]:
    """Close the two-factor session and mark the device as verified.

     Sixth call of the e-mail two-factor chain: `gigyaAssertion`, `providerAssertion` and the
    login's `regToken`. Gigya records the device (the `gmid` cookie) as verified for this
    account. `tempDevice=true` verifies this login only; `false` corresponds to the web
    form's "don't ask again on this device for 30 days" box (a long-running client wants
    `false` and must then keep its `gmid` cookie). The answer is the bare envelope; the
    login token is obtained afterwards by repeating `accounts.login` with the same cookies
    (renault-api PR #2257), or with `accounts.finalizeRegistration` and the `regToken`.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired or mismatched
    assertions), `400006` invalid `regToken` (expired after one hour).

    Args:
        body (GigyaTfaFinalizeForm): Form fields of `accounts.tfa.finalizeTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaFinalizeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaFinalizeForm,
) -> GigyaTfaFinalizeResponse | None:
    """Close the two-factor session and mark the device as verified.

     Sixth call of the e-mail two-factor chain: `gigyaAssertion`, `providerAssertion` and the
    login's `regToken`. Gigya records the device (the `gmid` cookie) as verified for this
    account. `tempDevice=true` verifies this login only; `false` corresponds to the web
    form's "don't ask again on this device for 30 days" box (a long-running client wants
    `false` and must then keep its `gmid` cookie). The answer is the bare envelope; the
    login token is obtained afterwards by repeating `accounts.login` with the same cookies
    (renault-api PR #2257), or with `accounts.finalizeRegistration` and the `regToken`.

    Not vehicle-specific. Errors: `400006` "Invalid jwt" (expired or mismatched
    assertions), `400006` invalid `regToken` (expired after one hour).

    Args:
        body (GigyaTfaFinalizeForm): Form fields of `accounts.tfa.finalizeTFA`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaFinalizeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
