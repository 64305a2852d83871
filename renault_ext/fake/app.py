"""The ASGI application: spec-driven routing, auth, validation, faults, then the handlers."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route as StarletteRoute

from renault_ext.fake import gigya, kamereon
from renault_ext.fake.clock import SimClock
from renault_ext.fake.config import FakeBackend, Faults
from renault_ext.fake.errors import (
    DEFAULT_502_HTML,
    DEFAULT_503_HTML,
    GigyaError,
    KamereonError,
    dumps,
    gigya_error_body,
    kamereon_error_body,
)
from renault_ext.fake.fixtures import shared_store
from renault_ext.fake.quirks import check_operations
from renault_ext.fake.spec_index import Route, SpecIndex, coerce_form
from renault_ext.fake.state import World
from renault_ext.fake.support import ModelSupport, load_support
from renault_ext.fake.tokens import JwtError, TokenFactory

log = logging.getLogger("renault_ext.fake")

JSON_MEDIA = "application/json"


@dataclass
class Answer:
    status: int
    body: Any  # JSON-able, or str for HTML
    html: bool = False


class FakeApp:
    """One fake backend: its world, its rules and its faults. ``asgi`` is the Starlette app."""

    def __init__(
        self,
        config: FakeBackend,
        *,
        index: SpecIndex | None = None,
        support: ModelSupport | None = None,
    ) -> None:
        self.config = config
        self.rng = random.Random(config.seed)
        self.fault_rng = random.Random(None if config.seed is None else config.seed + 1)
        self.clock = SimClock(config.start_time, config.clock_speed)
        self.tokens = TokenFactory(self.rng)
        self.index = index or SpecIndex.load(config.spec_path)
        self.fixtures = shared_store(config.resolved_fixtures_dir())
        self.world = World.from_file(config.demo_file, self.clock, self.rng)
        check_operations(self.world.model_quirks, self.index.by_id)
        self.support = support or load_support(config.models_file)
        self.faults: Faults = config.faults
        self.gigya_keys, self.kamereon_keys = config.resolved_keys()
        self._quota: dict[str, deque[float]] = {}
        self._counter_lock = threading.Lock()
        self._call_ids = 0
        self.requests_served = 0
        routes = [StarletteRoute("/{path:path}", self.dispatch, methods=_ALL_METHODS)]
        if config.test_endpoints:
            from renault_ext.fake.test_endpoints import routes as test_routes

            routes = [*test_routes(self), *routes]
        self.asgi = Starlette(routes=routes)

    def new_call_id(self) -> str:
        with self._counter_lock:
            self._call_ids += 1
            return f"{self._call_ids:032x}"

    # -- entry point ----------------------------------------------------------------------
    async def dispatch(self, request: Request) -> Response:
        with self._counter_lock:
            self.requests_served += 1
        route, params, path_exists = self.index.match(request.method, request.url.path)
        if route is None:
            if path_exists:  # Spring's wording, with the method actually used
                error = KamereonError(
                    "err.func.wired.methodNotAllowed",
                    f"Request method '{request.method}' is not supported",
                )
            else:
                error = KamereonError("err.func.wired.not-found")
            return self._render(self._kamereon_error(error))
        await self._latency()
        if route.operation.is_gigya:
            if self.faults.gigya_outage:
                return self._render(Answer(503, DEFAULT_503_HTML, html=True))
            return self._render(await self._gigya(route, request))
        return await self._kamereon(route, params, request)

    async def _latency(self) -> None:
        faults = self.faults
        if faults.latency_ms <= 0 and faults.jitter_ms <= 0:
            return
        delay = faults.latency_ms + self.fault_rng.uniform(-faults.jitter_ms, faults.jitter_ms)
        if delay > 0:
            await asyncio.sleep(delay / 1000)

    # -- Gigya ----------------------------------------------------------------------------
    async def _gigya(self, route: Route, request: Request) -> Answer:
        raw = (await request.body()).decode("utf-8", errors="replace")
        form = dict(parse_qsl(request.url.query, keep_blank_values=True))
        form.update(parse_qsl(raw, keep_blank_values=True))
        # Gigya matches the API key parameter name case-insensitively.
        for name in [k for k in form if k.lower() == "apikey" and k != "ApiKey"]:
            form["ApiKey"] = form.pop(name)
        now = self.clock.now()
        call = gigya.GigyaCall(self, route.operation_id, form, now)
        try:
            self._check_form(route, form)
            if form.get("ApiKey") not in self.gigya_keys:
                # A stale or foreign key looks like a wrong password (facts §0.3).
                raise GigyaError(403042 if route.operation_id == "gigyaLogin" else 403005)
            handler = gigya.HANDLERS.get(route.operation_id)
            with self.world.lock:
                body = handler(call) if handler else call.template()
        except GigyaError as error:
            body = gigya_error_body(
                error,
                self.new_call_id(),
                gigya.iso_ms(now),
                fixtures=self.fixtures,
                operation_id=route.operation_id,
            )
            return Answer(200, body)
        return Answer(200, body)

    def _check_form(self, route: Route, form: dict[str, str]) -> None:
        if route.body is None or route.body.schema_pointer is None:
            return
        schema = self.index.schema(route.body.schema_pointer)
        resolved = self.index.resolve(schema)
        missing = [name for name in resolved.get("required", []) if name not in form]
        if missing:
            raise GigyaError(400002, f"Missing required parameter: {', '.join(sorted(missing))}")
        problems = self.index.errors(
            route.body.schema_pointer, coerce_form(form, schema, self.index)
        )
        if problems:
            raise GigyaError(400006, f"Invalid parameter value: {problems[0]}")

    # -- Kamereon -------------------------------------------------------------------------
    async def _kamereon(self, route: Route, params: dict[str, str], request: Request) -> Response:
        try:
            claims = self._authenticate(request)
            self._check_quota(params, claims)
            query = dict(request.query_params)
            self._check_parameters(route, params, query)
            body = await self._read_body(route, request)
            with self.world.lock:
                now = self.world.sync()
                ctx = kamereon.Call(self, route, params, query, body, claims, now)
                ctx.resolve_scope()
                kind = self._draw_fault(route.operation_id)
                if kind in (
                    "http_502_html",
                    "failed_forward",
                    "invalid_upstream",
                    "jwt_revocation",
                ):
                    return self._render(self._pre_fault(kind, claims))
                answer = Answer(200, kamereon.handle(ctx))
        except KamereonError as error:
            return self._render(self._kamereon_error(error))
        if kind == "truncated_body":
            text = dumps(answer.body)
            return Response(text[: max(1, len(text) // 2)], 200, media_type=JSON_MEDIA)
        if kind == "empty_body":
            return Response(b"", 200, media_type=JSON_MEDIA)
        if kind == "slow_body":
            return self._slow(dumps(answer.body))
        return self._render(answer)

    def _authenticate(self, request: Request) -> dict[str, Any]:
        # Renault answers every one of these with the same body ("The access is unauthorized",
        # from the fixtures); the reason is only in the fake's log, for whoever debugs a client.
        reason = None
        claims: dict[str, Any] = {}
        token = request.headers.get("x-gigya-id_token")
        if request.headers.get("apikey") not in self.kamereon_keys:
            reason = "wrong Kamereon API key"
        elif not token:
            reason = "no JWT"
        else:
            try:
                claims = self.tokens.decode(token)
            except JwtError:
                reason = "JWT not issued by this server"
            else:
                if float(claims.get("exp", 0)) <= self.clock.now():
                    reason = "JWT expired"
                elif claims.get("jti") in self.world.revoked_jwt_ids:
                    reason = "JWT revoked"
        if reason is not None:
            log.info("Kamereon 401 on a %s: %s", request.method, reason)  # no path: it holds ids
            raise KamereonError("err.func.wired.unauthorized")
        return claims

    def _check_quota(self, params: dict[str, str], claims: dict[str, Any]) -> None:
        limit = self.faults.quota_per_minute
        if not limit:
            return
        key = params.get("accountId") or str(claims.get("data.personId", ""))
        now = self.clock.now()
        with self._counter_lock:
            window = self._quota.setdefault(key, deque())
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= limit:
                raise KamereonError("err.func.wired.overloaded")
            window.append(now)

    def _check_parameters(
        self, route: Route, params: dict[str, str], query: dict[str, str]
    ) -> None:
        for param in route.parameters:
            source = (
                params if param.location == "path" else query if param.location == "query" else None
            )
            if source is None:
                continue
            if param.name not in source:
                if param.required:
                    raise KamereonError(
                        "err.func.wired.missingRequestParam",
                        f"Required request parameter '{param.name}' is not present",
                    )
                continue
            if param.schema_pointer is None:
                continue
            schema = self.index.resolve(self.index.schema(param.schema_pointer))
            value = _coerce_query(source[param.name], schema)
            problems = self.index.errors(param.schema_pointer, value)
            if problems:
                raise KamereonError(
                    "err.func.400", f"Invalid parameter '{param.name}': {problems[0]}"
                )

    async def _read_body(self, route: Route, request: Request) -> Any:
        raw = await request.body()
        if route.body is None:
            return None
        if not raw.strip():
            if route.body.required:
                raise KamereonError(
                    "err.func.wired.invalid-body-format", "Required request body is missing"
                )
            return None
        try:
            # NaN and Infinity are not JSON: Python accepts them, Renault's parser does not.
            body = json.loads(raw, parse_constant=_refuse_constant)
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError):
            # RecursionError: 100,000 nested "[" must be a bad body, not a 500.
            raise KamereonError(
                "err.func.wired.invalid-body-format", "Malformed JSON body"
            ) from None
        if route.body.schema_pointer is not None:
            try:
                problems = self.index.errors(route.body.schema_pointer, body)
            except RecursionError:
                problems = ["body nested too deeply"]
            if problems:
                raise KamereonError("err.func.wired.invalid-body-format", problems[0])
        return body

    # -- faults ---------------------------------------------------------------------------
    def _draw_fault(self, operation_id: str) -> str | None:
        rate = self.faults.rate_for(operation_id)
        kinds = [k for k in self.faults.kinds]
        if rate <= 0 or not kinds or self.fault_rng.random() >= rate:
            return None
        return self.fault_rng.choice(kinds)

    def _pre_fault(self, kind: str, claims: dict[str, Any]) -> Answer:
        if kind == "http_502_html":
            return Answer(502, self.fixtures.html_page(502) or DEFAULT_502_HTML, html=True)
        if kind == "failed_forward":
            return self._kamereon_error(KamereonError("err.tech.wired.kamereon-proxy"))
        if kind == "invalid_upstream":
            return self._kamereon_error(KamereonError("err.tech.500"))
        # jwt_revocation: this JWT stops working, now and later
        self.world.revoked_jwt_ids.add(str(claims.get("jti")))
        return self._kamereon_error(KamereonError("err.func.wired.unauthorized"))

    def _slow(self, payload: bytes) -> Response:
        pieces = 5
        step = max(1, len(payload) // pieces)
        pause = self.faults.slow_body_seconds / pieces

        async def trickle():
            for start in range(0, len(payload), step):
                yield payload[start : start + step]
                await asyncio.sleep(pause)

        return StreamingResponse(trickle(), 200, media_type=JSON_MEDIA)

    # -- rendering ------------------------------------------------------------------------
    def _kamereon_error(self, error: KamereonError) -> Answer:
        body, status = kamereon_error_body(self.fixtures, error.code, error.message, error.status)
        return Answer(status, body)

    @staticmethod
    def _render(answer: Answer) -> Response:
        if answer.html:
            return HTMLResponse(answer.body, answer.status)
        return Response(dumps(answer.body), answer.status, media_type=JSON_MEDIA)


def _coerce_query(value: str, schema: Any) -> Any:
    """Query values are strings on the wire; type them as the parameter's schema says."""
    kinds = schema.get("type", "string") if isinstance(schema, dict) else "string"
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" in kinds:
        return value
    if "boolean" in kinds and value.lower() in ("true", "false"):
        return value.lower() == "true"
    try:
        if "integer" in kinds:
            return int(value)
        if "number" in kinds:
            return float(value)
    except ValueError:
        pass
    return value


_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
