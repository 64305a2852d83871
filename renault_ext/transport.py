"""The HTTP plumbing under the generated client: one connection pool, two services, one place
where raw answers become typed errors.

The generated functions parse whatever comes back; an HTML "502 Bad Gateway" page or an empty
body would make them raise a bare ``JSONDecodeError``. So every response first passes
:func:`check_kamereon_response` / :func:`check_gigya_response` (httpx response hooks), which turn
anything that is not a successful JSON answer into the project's exception tree. Only clean
answers reach the generated parsers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from renault_ext.auth import is_auth_retry_pending
from renault_ext.errors import (
    EmptyResponseError,
    MalformedJsonError,
    gigya_error_from_body,
    kamereon_error_from_response,
)
from renault_ext.redaction import RedactingFilter, Redactor
from renault_ext.secrets_patterns import mask_cut_string

_LOG = logging.getLogger("renault_ext.http")

# httpx logs every request URL (account id, VIN, person id) at INFO and httpcore its traces at
# DEBUG, on their own loggers. A logger filter only sees records created on that exact logger, so
# each one is listed.
THIRD_PARTY_LOGGERS: tuple[str, ...] = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)

ExchangeSink = Callable[[httpx.Response, float], None]


def _gigya_call(response: httpx.Response) -> str:
    return response.request.url.path.rsplit("/", 1)[-1]


def check_gigya_response(response: httpx.Response, redactor: Redactor) -> None:
    """Gigya says HTTP 200 and puts the verdict in ``errorCode``; a non-JSON body is an outage."""
    body = response.content
    if response.status_code >= 400 or not body.strip():
        raise kamereon_error_from_response(
            response.status_code,
            body,
            content_type=response.headers.get("content-type"),
            operation=_gigya_call(response),
            redactor=redactor,
            service="Gigya",  # an outage page or gateway error in front of Gigya, named as such
        )
    error = gigya_error_from_body(_gigya_call(response), body, redactor=redactor)
    if error is not None:
        raise error


def check_kamereon_response(
    response: httpx.Response, redactor: Redactor, *, default_retry_after: float | None = None
) -> None:
    """``default_retry_after``: the wait a quota error announces when Renault gives no
    ``Retry-After`` (the session's cool-down, so the error says when the client sends again)."""
    if is_auth_retry_pending(response):
        return  # KamereonAuth mints a new JWT and tries once more
    body = response.content
    content_type = response.headers.get("content-type")
    if response.status_code >= 400:
        retry_after = response.headers.get("retry-after")
        if not retry_after and default_retry_after is not None:
            retry_after = f"{default_retry_after}"
        raise kamereon_error_from_response(
            response.status_code,
            body,
            content_type=content_type,
            retry_after_header=retry_after,
            redactor=redactor,
        )
    if not body.strip():
        raise EmptyResponseError(
            "Kamereon answered with an empty body", status=response.status_code
        )
    if body.lstrip()[:1] not in (b"{", b"["):
        raise kamereon_error_from_response(
            response.status_code, body, content_type=content_type, redactor=redactor
        )
    try:
        document = response.json()
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise MalformedJsonError(
            "Kamereon answered with truncated or invalid JSON", status=response.status_code
        ) from exc
    if isinstance(document, dict) and document.get("errors"):
        # Kamereon sometimes reports errors with a 2xx status; the body wins (facts §7.4).
        raise kamereon_error_from_response(
            response.status_code, body, content_type=content_type, redactor=redactor
        )


@dataclass
class HttpSettings:
    gigya_url: str
    kamereon_url: str
    timeout: float = 15.0
    user_agent: str = "renault-openapi"
    quota_cool_down: float | None = None  # announced wait after a quota error without Retry-After


class Transport:
    """Owns the two httpx clients (sharing one connection pool) and the generated Clients."""

    def __init__(
        self,
        settings: HttpSettings,
        *,
        kamereon_auth: httpx.Auth | None,
        redactor: Redactor,
        exchange_sink: ExchangeSink | None = None,
        base_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        from renault_openapi.client import Client

        self._redactor = redactor
        self._exchange_sink = exchange_sink
        self._quota_cool_down = settings.quota_cool_down
        # Redact what the HTTP libraries log while this transport lives (removed in aclose).
        self._log_filter = RedactingFilter(redactor)
        for name in THIRD_PARTY_LOGGERS:
            logging.getLogger(name).addFilter(self._log_filter)
        self._pool = base_transport or httpx.AsyncHTTPTransport()
        timeout = httpx.Timeout(settings.timeout)
        headers = {"user-agent": settings.user_agent}
        self._gigya_http = httpx.AsyncClient(
            base_url=settings.gigya_url,
            transport=self._pool,
            timeout=timeout,
            headers=headers,
            event_hooks={"request": [self._stamp], "response": [self._on_gigya_response]},
        )
        self._kamereon_http = httpx.AsyncClient(
            base_url=settings.kamereon_url,
            transport=self._pool,
            timeout=timeout,
            # Kamereon wants this content type on every request, GETs included (facts §4.2).
            headers={**headers, "content-type": "application/vnd.api+json"},
            auth=kamereon_auth,
            event_hooks={"request": [self._stamp], "response": [self._on_kamereon_response]},
        )
        self.gigya = Client(base_url=settings.gigya_url).set_async_httpx_client(self._gigya_http)
        self.kamereon = Client(base_url=settings.kamereon_url).set_async_httpx_client(
            self._kamereon_http
        )

    @property
    def kamereon_http(self) -> httpx.AsyncClient:
        """The raw Kamereon client (authenticated), for ``http_get``/``http_post``."""
        return self._kamereon_http

    async def _stamp(self, request: httpx.Request) -> None:
        request.extensions = {**request.extensions, "renault_started": time.perf_counter()}

    async def _on_gigya_response(self, response: httpx.Response) -> None:
        await response.aread()
        # Gigya bodies hold passwords and tokens: only their size is logged.
        self._record(response, f"({len(response.content)} bytes)")
        check_gigya_response(response, self._redactor)

    async def _on_kamereon_response(self, response: httpx.Response) -> None:
        await response.aread()
        # Redacting costs regex passes over the body: only when the debug log will show it.
        debug = _LOG.isEnabledFor(logging.DEBUG)
        # Redact, then cut: a cut first could split a secret into a prefix no pattern recognises.
        shown = self._redactor.redact_text(mask_cut_string(response.text))[:2000] if debug else ""
        self._record(response, shown)
        check_kamereon_response(response, self._redactor, default_retry_after=self._quota_cool_down)

    def _record(self, response: httpx.Response, shown_body: str) -> None:
        started = response.request.extensions.get("renault_started", time.perf_counter())
        elapsed = time.perf_counter() - started
        if _LOG.isEnabledFor(logging.DEBUG):
            _LOG.debug(
                "%s %s -> %s in %.0f ms: %s",
                response.request.method,
                self._redactor.redact_url(str(response.request.url)),
                response.status_code,
                elapsed * 1000,
                shown_body,
            )
        if self._exchange_sink is not None:
            self._exchange_sink(response, elapsed)

    async def aclose(self) -> None:
        try:
            await self._gigya_http.aclose()
            await self._kamereon_http.aclose()
            await self._pool.aclose()
        finally:
            for name in THIRD_PARTY_LOGGERS:
                logging.getLogger(name).removeFilter(self._log_filter)
