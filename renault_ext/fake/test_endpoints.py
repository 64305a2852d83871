"""Test-only HTTP helpers under ``/_fake/`` (served when ``FakeBackend.test_endpoints`` is on).

GET  /_fake/2fa-code?email=E          last 2FA code sent to E          {"code": "123456"}
GET  /_fake/time                      simulated time                   {"now": ..., "iso": ...}
POST /_fake/time/advance?seconds=N    move simulated time forward
GET  /_fake/faults | POST /_fake/faults {json}   read or change fault settings
POST /_fake/revoke?what=jwts|login_tokens[&email=E]
POST /_fake/vehicles/{vin}/drive?km=N  a trip (lowers the battery, adds mileage)
POST /_fake/vehicles/{vin}/plug?plugged=true|false
GET  /_fake/demo                      the demo credentials and vehicles (demo data, public)
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from renault_ext.fake.clock import iso

if TYPE_CHECKING:
    from renault_ext.fake.app import FakeApp


def routes(app: FakeApp) -> list[Route]:
    from renault_ext.fake.controls import Controls

    controls = Controls(app)

    def error(message: str, status: int = 400) -> JSONResponse:
        return JSONResponse({"error": message}, status)

    async def tfa_code(request: Request) -> JSONResponse:
        code = controls.tfa_code(request.query_params.get("email", ""))
        return JSONResponse({"code": code}) if code else error("no code sent", 404)

    async def time_now(request: Request) -> JSONResponse:
        now = controls.now()
        return JSONResponse({"now": now, "iso": iso(now)})

    async def time_advance(request: Request) -> JSONResponse:
        try:
            seconds = float(request.query_params.get("seconds", "0"))
            now = controls.advance(seconds)
        except ValueError as exc:
            return error(str(exc))
        return JSONResponse({"now": now, "iso": iso(now)})

    async def faults(request: Request) -> JSONResponse:
        if request.method == "POST":
            try:
                controls.set_faults(**(await request.json()))
            except (ValueError, TypeError) as exc:
                return error(str(exc))
        return JSONResponse(dataclasses.asdict(controls.faults))

    async def revoke(request: Request) -> JSONResponse:
        what = request.query_params.get("what", "jwts")
        if what == "jwts":
            return JSONResponse({"revoked": controls.revoke_jwts()})
        if what == "login_tokens":
            return JSONResponse(
                {"revoked": controls.revoke_login_tokens(request.query_params.get("email"))}
            )
        return error("what must be jwts or login_tokens")

    async def drive(request: Request) -> JSONResponse:
        vin = request.path_params["vin"]
        if vin not in app.world.vehicles:
            return error("unknown vin", 404)
        controls.drive(vin, float(request.query_params.get("km", "10")))
        return JSONResponse({"ok": True})

    async def plug(request: Request) -> JSONResponse:
        vin = request.path_params["vin"]
        if vin not in app.world.vehicles:
            return error("unknown vin", 404)
        controls.plug(vin, request.query_params.get("plugged", "true") == "true")
        return JSONResponse({"ok": True})

    async def demo(request: Request) -> JSONResponse:
        from renault_ext.fake.server import demo_credentials

        return JSONResponse(demo_credentials(app))

    return [
        Route("/_fake/2fa-code", tfa_code, methods=["GET"]),
        Route("/_fake/time", time_now, methods=["GET"]),
        Route("/_fake/time/advance", time_advance, methods=["POST"]),
        Route("/_fake/faults", faults, methods=["GET", "POST"]),
        Route("/_fake/revoke", revoke, methods=["POST"]),
        Route("/_fake/vehicles/{vin}/drive", drive, methods=["POST"]),
        Route("/_fake/vehicles/{vin}/plug", plug, methods=["POST"]),
        Route("/_fake/demo", demo, methods=["GET"]),
    ]
