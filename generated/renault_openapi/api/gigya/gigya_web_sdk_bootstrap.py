from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_web_sdk_bootstrap_form import GigyaWebSdkBootstrapForm
from ...models.gigya_web_sdk_bootstrap_response import GigyaWebSdkBootstrapResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaWebSdkBootstrapForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.webSdkBootstrap",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaWebSdkBootstrapResponse | None:
    if response.status_code == 200:
        response_200 = GigyaWebSdkBootstrapResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaWebSdkBootstrapResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaWebSdkBootstrapForm,
) -> Response[GigyaWebSdkBootstrapResponse]:
    """Start a Gigya web-SDK context; sets the `gmid` / `ucid` device cookies.

     First call of the e-mail two-factor chain (after `accounts.login` answered `403101`).
    The useful output is not in the body but in the `Set-Cookie` headers: `gmid` (Gigya
    machine id, identifies the "device" that the second factor is bound to), `ucid`,
    `hasGmid` and `gig_bootstrap_<ApiKey>`. The client must keep these cookies (one cookie
    jar for the whole chain, including the final `accounts.login`); the `accounts.tfa.*`
    calls fail without them. The body is the plain envelope plus `hasGmid` (e.g. `ver4`).

    The web SDK also sends `pageURL` (the login page, e.g.
    `https://idconnect.renaultgroup.com/`), `sdk` (`js_latest`), `sdkBuild` (a build number)
    and `format=json`; Gigya does not require them. The web SDK spells the key parameter
    `APIKey`; Gigya has been seen accepting `ApiKey`, `APIKey` and `apiKey` alike, and this
    description uses `ApiKey` like the other calls.

    Not vehicle-specific. Errors: only envelope-level ones (e.g. `400006` invalid parameter
    value, `403048` API rate limit exceeded).

    Args:
        body (GigyaWebSdkBootstrapForm): Form fields of `accounts.webSdkBootstrap`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaWebSdkBootstrapResponse]
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
    body: GigyaWebSdkBootstrapForm,
) -> GigyaWebSdkBootstrapResponse | None:
    """Start a Gigya web-SDK context; sets the `gmid` / `ucid` device cookies.

     First call of the e-mail two-factor chain (after `accounts.login` answered `403101`).
    The useful output is not in the body but in the `Set-Cookie` headers: `gmid` (Gigya
    machine id, identifies the "device" that the second factor is bound to), `ucid`,
    `hasGmid` and `gig_bootstrap_<ApiKey>`. The client must keep these cookies (one cookie
    jar for the whole chain, including the final `accounts.login`); the `accounts.tfa.*`
    calls fail without them. The body is the plain envelope plus `hasGmid` (e.g. `ver4`).

    The web SDK also sends `pageURL` (the login page, e.g.
    `https://idconnect.renaultgroup.com/`), `sdk` (`js_latest`), `sdkBuild` (a build number)
    and `format=json`; Gigya does not require them. The web SDK spells the key parameter
    `APIKey`; Gigya has been seen accepting `ApiKey`, `APIKey` and `apiKey` alike, and this
    description uses `ApiKey` like the other calls.

    Not vehicle-specific. Errors: only envelope-level ones (e.g. `400006` invalid parameter
    value, `403048` API rate limit exceeded).

    Args:
        body (GigyaWebSdkBootstrapForm): Form fields of `accounts.webSdkBootstrap`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaWebSdkBootstrapResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaWebSdkBootstrapForm,
) -> Response[GigyaWebSdkBootstrapResponse]:
    """Start a Gigya web-SDK context; sets the `gmid` / `ucid` device cookies.

     First call of the e-mail two-factor chain (after `accounts.login` answered `403101`).
    The useful output is not in the body but in the `Set-Cookie` headers: `gmid` (Gigya
    machine id, identifies the "device" that the second factor is bound to), `ucid`,
    `hasGmid` and `gig_bootstrap_<ApiKey>`. The client must keep these cookies (one cookie
    jar for the whole chain, including the final `accounts.login`); the `accounts.tfa.*`
    calls fail without them. The body is the plain envelope plus `hasGmid` (e.g. `ver4`).

    The web SDK also sends `pageURL` (the login page, e.g.
    `https://idconnect.renaultgroup.com/`), `sdk` (`js_latest`), `sdkBuild` (a build number)
    and `format=json`; Gigya does not require them. The web SDK spells the key parameter
    `APIKey`; Gigya has been seen accepting `ApiKey`, `APIKey` and `apiKey` alike, and this
    description uses `ApiKey` like the other calls.

    Not vehicle-specific. Errors: only envelope-level ones (e.g. `400006` invalid parameter
    value, `403048` API rate limit exceeded).

    Args:
        body (GigyaWebSdkBootstrapForm): Form fields of `accounts.webSdkBootstrap`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaWebSdkBootstrapResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaWebSdkBootstrapForm,
) -> GigyaWebSdkBootstrapResponse | None:
    """Start a Gigya web-SDK context; sets the `gmid` / `ucid` device cookies.

     First call of the e-mail two-factor chain (after `accounts.login` answered `403101`).
    The useful output is not in the body but in the `Set-Cookie` headers: `gmid` (Gigya
    machine id, identifies the "device" that the second factor is bound to), `ucid`,
    `hasGmid` and `gig_bootstrap_<ApiKey>`. The client must keep these cookies (one cookie
    jar for the whole chain, including the final `accounts.login`); the `accounts.tfa.*`
    calls fail without them. The body is the plain envelope plus `hasGmid` (e.g. `ver4`).

    The web SDK also sends `pageURL` (the login page, e.g.
    `https://idconnect.renaultgroup.com/`), `sdk` (`js_latest`), `sdkBuild` (a build number)
    and `format=json`; Gigya does not require them. The web SDK spells the key parameter
    `APIKey`; Gigya has been seen accepting `ApiKey`, `APIKey` and `apiKey` alike, and this
    description uses `ApiKey` like the other calls.

    Not vehicle-specific. Errors: only envelope-level ones (e.g. `400006` invalid parameter
    value, `403048` API rate limit exceeded).

    Args:
        body (GigyaWebSdkBootstrapForm): Form fields of `accounts.webSdkBootstrap`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaWebSdkBootstrapResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
