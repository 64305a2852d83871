from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gigya_tfa_email_complete_verification_form import (
    GigyaTfaEmailCompleteVerificationForm,
)
from ...models.gigya_tfa_email_complete_verification_response import (
    GigyaTfaEmailCompleteVerificationResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GigyaTfaEmailCompleteVerificationForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts.tfa.email.completeVerification",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GigyaTfaEmailCompleteVerificationResponse | None:
    if response.status_code == 200:
        response_200 = GigyaTfaEmailCompleteVerificationResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GigyaTfaEmailCompleteVerificationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailCompleteVerificationForm,
) -> Response[GigyaTfaEmailCompleteVerificationResponse]:
    """Check the code the user received; returns `providerAssertion`.

     Fifth call of the e-mail two-factor chain: sends the code typed by the user (6 digits),
    the `phvToken` of `sendVerificationCode` and the same `gigyaAssertion`. Success returns
    `providerAssertion` (signed proof that the e-mail factor was verified), which
    `accounts.tfa.finalizeTFA` consumes.

    Not vehicle-specific. Errors (all HTTP 200; **synthetic** fixtures: the wording
    "Wrong verification code" / "Maximum allowed tries exceeded" is what a Renault TFA
    client matches on, the numeric codes are plausible Gigya codes not yet confirmed by a
    capture, so match on `errorDetails` too):

    * `400006` "Wrong verification code": the user may retry with the same `phvToken`;
    * `400006` "Invalid jwt": `gigyaAssertion` expired (about 5 minutes) or differs from the
      one used for `sendVerificationCode`: restart at `initTFA`;
    * `403048` "Maximum allowed tries exceeded": too many wrong codes; request a new code.

    Args:
        body (GigyaTfaEmailCompleteVerificationForm): Form fields of
            `accounts.tfa.email.completeVerification`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailCompleteVerificationResponse]
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
    body: GigyaTfaEmailCompleteVerificationForm,
) -> GigyaTfaEmailCompleteVerificationResponse | None:
    """Check the code the user received; returns `providerAssertion`.

     Fifth call of the e-mail two-factor chain: sends the code typed by the user (6 digits),
    the `phvToken` of `sendVerificationCode` and the same `gigyaAssertion`. Success returns
    `providerAssertion` (signed proof that the e-mail factor was verified), which
    `accounts.tfa.finalizeTFA` consumes.

    Not vehicle-specific. Errors (all HTTP 200; **synthetic** fixtures: the wording
    "Wrong verification code" / "Maximum allowed tries exceeded" is what a Renault TFA
    client matches on, the numeric codes are plausible Gigya codes not yet confirmed by a
    capture, so match on `errorDetails` too):

    * `400006` "Wrong verification code": the user may retry with the same `phvToken`;
    * `400006` "Invalid jwt": `gigyaAssertion` expired (about 5 minutes) or differs from the
      one used for `sendVerificationCode`: restart at `initTFA`;
    * `403048` "Maximum allowed tries exceeded": too many wrong codes; request a new code.

    Args:
        body (GigyaTfaEmailCompleteVerificationForm): Form fields of
            `accounts.tfa.email.completeVerification`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailCompleteVerificationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailCompleteVerificationForm,
) -> Response[GigyaTfaEmailCompleteVerificationResponse]:
    """Check the code the user received; returns `providerAssertion`.

     Fifth call of the e-mail two-factor chain: sends the code typed by the user (6 digits),
    the `phvToken` of `sendVerificationCode` and the same `gigyaAssertion`. Success returns
    `providerAssertion` (signed proof that the e-mail factor was verified), which
    `accounts.tfa.finalizeTFA` consumes.

    Not vehicle-specific. Errors (all HTTP 200; **synthetic** fixtures: the wording
    "Wrong verification code" / "Maximum allowed tries exceeded" is what a Renault TFA
    client matches on, the numeric codes are plausible Gigya codes not yet confirmed by a
    capture, so match on `errorDetails` too):

    * `400006` "Wrong verification code": the user may retry with the same `phvToken`;
    * `400006` "Invalid jwt": `gigyaAssertion` expired (about 5 minutes) or differs from the
      one used for `sendVerificationCode`: restart at `initTFA`;
    * `403048` "Maximum allowed tries exceeded": too many wrong codes; request a new code.

    Args:
        body (GigyaTfaEmailCompleteVerificationForm): Form fields of
            `accounts.tfa.email.completeVerification`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GigyaTfaEmailCompleteVerificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GigyaTfaEmailCompleteVerificationForm,
) -> GigyaTfaEmailCompleteVerificationResponse | None:
    """Check the code the user received; returns `providerAssertion`.

     Fifth call of the e-mail two-factor chain: sends the code typed by the user (6 digits),
    the `phvToken` of `sendVerificationCode` and the same `gigyaAssertion`. Success returns
    `providerAssertion` (signed proof that the e-mail factor was verified), which
    `accounts.tfa.finalizeTFA` consumes.

    Not vehicle-specific. Errors (all HTTP 200; **synthetic** fixtures: the wording
    "Wrong verification code" / "Maximum allowed tries exceeded" is what a Renault TFA
    client matches on, the numeric codes are plausible Gigya codes not yet confirmed by a
    capture, so match on `errorDetails` too):

    * `400006` "Wrong verification code": the user may retry with the same `phvToken`;
    * `400006` "Invalid jwt": `gigyaAssertion` expired (about 5 minutes) or differs from the
      one used for `sendVerificationCode`: restart at `initTFA`;
    * `403048` "Maximum allowed tries exceeded": too many wrong codes; request a new code.

    Args:
        body (GigyaTfaEmailCompleteVerificationForm): Form fields of
            `accounts.tfa.email.completeVerification`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GigyaTfaEmailCompleteVerificationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
