"""RenaultSession: settings, tokens and the single funnel every Kamereon call goes through.

The funnel (:meth:`RenaultSession.call`) adds what the generated functions do not know about:
the ``country`` parameter, per-account pacing and quota cool-down, retries for reads only,
translation of transport failures and unparseable answers into the project's exceptions, and
redacted debug logging / trace files. Wire shapes stay in the generated package.
"""

from __future__ import annotations

import asyncio
import json as _json
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from renault_ext.auth import GigyaAuthenticator, KamereonAuth, TwoFactorCallback
from renault_ext.credentials import CredentialStore
from renault_ext.drift import DriftReporter
from renault_ext.endpoints import EndpointNames
from renault_ext.errors import (
    ClientClosedError,
    InvalidInputError,
    QuotaLimitError,
    RenaultError,
    SchemaMismatchError,
)
from renault_ext.limiter import RateLimiter
from renault_ext.operations import OperationModules
from renault_ext.redaction import Redactor
from renault_ext.retry import RetryPolicy
from renault_ext.settings import Settings, resolve_settings
from renault_ext.transport import ExchangeSink, HttpSettings, Transport
from renault_ext.transport_errors import translated

_LOG = logging.getLogger(__name__)

# Generated parsers trust the spec; when Renault sends something else they fail with these.
_PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError)
_ACCOUNT_IN_PATH = re.compile(r"/accounts/([^/]+)")
DRIFT_DRAIN_SECONDS = 2.0


class RenaultSession:
    """One user's connection to Gigya and Kamereon. Use as an async context manager, or call
    :meth:`aclose` when done."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        credential_store: CredentialStore | None = None,
        two_factor: TwoFactorCallback | None = None,
        timeout: float = 15.0,
        calls_per_minute: float | None = None,
        quota_cool_down: float = 60.0,
        retry: RetryPolicy | None = None,
        jwt_margin: float = 60.0,
        exchange_sink: ExchangeSink | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        redactor: Redactor | None = None,
        report_drift: bool = True,
        clock: Callable[[], float] = time.time,
        max_concurrency: int = 16,
        **setting_overrides: Any,
    ) -> None:
        self.settings = settings if settings is not None else resolve_settings(**setting_overrides)
        details = self.settings.locale_details
        self.redactor = redactor if redactor is not None else Redactor()
        for secret in (details.gigya_api_key, details.kamereon_api_key):
            self.redactor.add_secret(secret, "apikey")
        self.retry = retry if retry is not None else RetryPolicy()
        self._calls_per_minute = calls_per_minute
        self._quota_cool_down = quota_cool_down
        self._limiters: dict[str, RateLimiter] = {}
        self.operations = OperationModules()
        self._transport = Transport(
            HttpSettings(
                details.gigya_url,
                details.kamereon_url,
                timeout=timeout,
                quota_cool_down=quota_cool_down,
            ),
            kamereon_auth=None,  # KamereonAuth below: it needs the authenticator, which needs the Gigya client
            redactor=self.redactor,
            exchange_sink=exchange_sink,
            base_transport=http_transport,
        )
        self.auth = GigyaAuthenticator(
            self._transport.gigya,
            details.gigya_api_key,
            operations=self.operations,
            store=credential_store,
            two_factor=two_factor,
            jwt_margin=jwt_margin,
            clock=clock,  # seconds since the epoch; tests pass a simulated clock
        )
        self._transport.kamereon_http.auth = KamereonAuth(details.kamereon_api_key, self.auth)
        hooks = self._transport.kamereon_http.event_hooks
        hooks["request"] = [*hooks.get("request", []), self._refuse_during_cool_down]
        self._transport.kamereon_http.event_hooks = hooks
        self._spec_document: dict[str, Any] | None = None
        self._methods: dict[str, str] | None = None
        self._endpoint_names: EndpointNames | None = None
        self._closed = False
        self._drift = (
            DriftReporter(spec=self._spec, redact=self.redactor.redact_text)
            if report_drift
            else None
        )
        # Requests in flight for the whole session (all accounts and vehicles): a fleet refresh
        # stays gentle on Renault, and httpx's pool does not grow past what helps.
        self._slots = asyncio.Semaphore(max_concurrency)
        self._clock = (
            clock  # JWT expiry and quota cool-downs follow the same (maybe simulated) time
        )

    def __repr__(self) -> str:
        return f"<RenaultSession locale={self.settings.locale_details.locale} {self.auth!r}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        if self._drift is not None:
            # A one-shot script (the CLI) closes right after its answer: its drift warning must
            # still be logged, but a stuck check must not hold the close up.
            await self._drift.drain(timeout=DRIFT_DRAIN_SECONDS)
            self._drift.close()
        await self._transport.aclose()

    async def drift_checks_done(self) -> None:
        """Wait for the spec checks of the answers received so far (they run in the background,
        see renault_ext.drift); their warnings are logged when this returns."""
        if self._drift is not None:
            await self._drift.drain()

    # -- identity ---------------------------------------------------------------------------
    @property
    def country(self) -> str:
        return self.settings.locale_details.country

    def _ensure_open(self) -> None:
        # httpx would raise a bare RuntimeError; users get the project's typed error instead.
        if self._closed:
            raise ClientClosedError("this Renault session is closed: create a new one")

    async def login(self, login_id: str, password: str) -> None:
        self._ensure_open()
        self.redactor.add_secret(login_id, "email")
        self.redactor.add_secret(password, "password")
        await self.auth.login(login_id, password)
        self._remember_token_secrets()

    @property
    def login_token(self) -> str | None:
        return self.auth.login_token

    def set_login_token(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise InvalidInputError("the login token must be a non-empty string.", field="token")
        self.auth.set_login_token(token)
        self._remember_token_secrets()

    def _remember_token_secrets(self) -> None:
        if self.auth.login_token:
            self.redactor.add_secret(self.auth.login_token, "login_token")

    async def person_id(self) -> str:
        person_id = await self.auth.person_id()
        self.redactor.add_secret(person_id, "person_id")
        return person_id

    # -- the funnel -------------------------------------------------------------------------
    def limiter_for(self, account_id: str | None) -> RateLimiter:
        """Pacing and quota state shared by every vehicle of one account."""
        key = account_id or ""
        if key not in self._limiters:
            self._limiters[key] = RateLimiter(
                self._calls_per_minute, self._quota_cool_down, clock=self._clock
            )
        return self._limiters[key]

    async def _refuse_during_cool_down(self, request: httpx.Request) -> None:
        # Last check before a Kamereon request goes on the wire (httpx request hook, run for the
        # auth flow's re-send after a 401 too): acquire() ran before the JWT was minted, and a
        # quota error may have arrived meanwhile (found by tests/reliability/test_soak.py).
        match = _ACCOUNT_IN_PATH.search(request.url.path)
        limiter = self._limiters.get(match.group(1) if match else "")
        if limiter is not None:
            limiter.refuse_if_cooling_down()

    def _spec(self) -> dict[str, Any]:
        """The bundled spec, loaded once per session on first need (not at import)."""
        if self._spec_document is None:
            from renault_ext.spec import load_spec

            self._spec_document = load_spec()
        return self._spec_document

    def _method(self, operation_id: str) -> str:
        if self._methods is None:
            from renault_ext.spec import iter_operations

            self._methods = {op.operation_id: op.method for op in iter_operations(self._spec())}
        return self._methods.get(operation_id, "POST")

    async def call(self, operation_id: str, *, body: Any = None, **params: Any) -> Any:
        """Call a Kamereon operation through its generated function and return the parsed model.

        ``params`` use the generated (snake_case) parameter names: ``account_id``, ``vin``,
        ``person_id``, ``start``… ``country`` is added from the settings.
        """
        self._ensure_open()
        module = self.operations.get(operation_id)
        kwargs = {name: value for name, value in params.items() if value is not None}
        kwargs.setdefault("country", self.country)
        if body is not None:
            kwargs["body"] = body
        kwargs = self.operations.arguments(operation_id, kwargs)
        for name in ("account_id", "vin", "person_id"):
            if name in kwargs:
                self.redactor.add_secret(str(kwargs[name]), name)
        is_read = self._method(operation_id) == "GET"
        limiter = self.limiter_for(kwargs.get("account_id"))
        attempts = self.retry.attempts if is_read else 1
        for attempt in range(1, attempts + 1):
            await limiter.acquire()
            try:
                async with self._slots:
                    response = await translated(
                        module.asyncio_detailed(client=self._transport.kamereon, **kwargs),
                        service="Renault",
                        operation=operation_id,
                    )
            except QuotaLimitError as error:
                limiter.cool_down(error.retry_after)
                raise _with_operation(error, operation_id) from None
            except RenaultError as error:
                if attempt < attempts and self.retry.is_transient(error):
                    _LOG.info("%s failed (%s), trying again", operation_id, type(error).__name__)
                    await asyncio.sleep(self.retry.delay(attempt))
                    continue
                raise _with_operation(error, operation_id) from None
            except _PARSE_FAILURES as error:
                raise SchemaMismatchError(
                    f"{operation_id}: the answer does not match the spec ({type(error).__name__})",
                    operation=operation_id,
                ) from error
            if self._drift is not None:
                self._drift.submit(operation_id, response.status_code, response.content)
            return response.parsed
        raise AssertionError("unreachable")  # pragma: no cover

    # -- renault-api's session methods (parity; the high-level classes use call() directly) -----
    def endpoint_names(self) -> EndpointNames:
        if self._endpoint_names is None:
            self._endpoint_names = EndpointNames(self._spec())
        return self._endpoint_names

    async def get_person(self) -> Any:
        return await self.call("getPerson", person_id=await self.person_id())

    async def get_account_vehicles(self, account_id: str) -> Any:
        return await self.call("getAccountVehicles", account_id=account_id)

    async def get_vehicle_details(self, account_id: str, vin: str) -> Any:
        return await self.call("getVehicleDetails", account_id=account_id, vin=vin)

    async def get_vehicle_contracts(self, account_id: str, vin: str) -> Any:
        return await self.call(
            "getVehicleContracts",
            account_id=account_id,
            vin=vin,
            locale=self.settings.locale_details.locale,
            brand="RENAULT",
            connected_services_contracts=True,
            warranty=True,
            warranty_maintenance_contracts=True,
        )

    async def get_vehicle_data(
        self,
        account_id: str,
        vin: str,
        endpoint: str,
        params: Mapping[str, Any] | None = None,
        *,
        adapter_type: str = "kca",
    ) -> Any:
        """GET a car-adapter (``kca``) or KCM endpoint by name, e.g. ``"battery-status"``."""
        route = self.endpoint_names().route("GET", endpoint, adapter_type)
        operation_id = route.operation.operation_id
        return await self.call(
            operation_id,
            account_id=account_id,
            vin=vin,
            **_python_names(params or {}, set(self.operations.parameters(operation_id))),
        )

    async def set_vehicle_action(
        self,
        account_id: str,
        vin: str,
        endpoint: str,
        attributes: Mapping[str, Any] | None,
        *,
        adapter_type: str = "kca",
    ) -> Any:
        """POST an action by name (``"actions/charge-mode"``, ``"charge/pause-resume"``…) with the
        JSON:API ``data.type`` the spec prescribes for it."""
        if attributes is not None and not isinstance(attributes, Mapping):
            raise InvalidInputError(
                f"attributes must be a mapping, not {type(attributes).__name__}.",
                field="attributes",
            )
        route = self.endpoint_names().route("POST", endpoint, adapter_type)
        body_type = self.operations.body_type(route.operation.operation_id)
        if route.body_type is None:  # a flat KCM body (soc-levels, ev/settings)
            document: dict[str, Any] = dict(attributes or {})
        else:
            data: dict[str, Any] = {"type": route.body_type}
            if attributes is not None:
                data["attributes"] = dict(attributes)
            document = {"data": data}
        return await self.call(
            route.operation.operation_id,
            account_id=account_id,
            vin=vin,
            body=body_type.from_dict(document),
        )

    async def http_request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        account_id: str | None = None,
    ) -> Any:
        """Raw Kamereon request (the ``http get``/``http post`` escape hatch); returns parsed JSON.

        ``path`` is relative to the Kamereon root URL (``/commerce/v1/…``), never a URL of its
        own: the request carries the JWT and the API key, which must not go to another host.
        """
        self._ensure_open()
        relative = (
            isinstance(path, str)
            and path.startswith("/")
            and not path.startswith("//")  # "//host/x" is a URL on another host
            and "://" not in path.split("?", 1)[0]
        )
        if not relative:
            raise InvalidInputError(
                "path must be a Kamereon path starting with / (not a URL)", field="path"
            )
        if json is not None:
            try:
                _json.dumps(json)
            except (TypeError, ValueError) as exc:
                raise InvalidInputError(f"the body is not JSON: {exc}", field="json") from None
        query = {"country": self.country, **(params or {})}
        limiter = self.limiter_for(account_id)
        await limiter.acquire()
        try:
            async with self._slots:
                response = await translated(
                    self._transport.kamereon_http.request(method, path, params=query, json=json),
                    service="Renault",
                )
        except QuotaLimitError as error:
            limiter.cool_down(error.retry_after)
            raise
        return response.json()


def _python_names(params: Mapping[str, Any], accepted: set[str]) -> dict[str, Any]:
    """Query parameters by their wire names (``type``, ``startDate``), as renault-api takes them,
    renamed to the generated function's (``type_``, ``start_date``) where they differ."""
    renamed: dict[str, Any] = {}
    for name, value in params.items():
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        candidates = (name, f"{name}_", snake, f"{snake}_")
        renamed[next((c for c in candidates if c in accepted), name)] = value
    return renamed


def _with_operation(error: RenaultError, operation_id: str) -> RenaultError:
    if getattr(error, "operation", "missing") is None:
        error.operation = operation_id  # type: ignore[attr-defined]
    return error
