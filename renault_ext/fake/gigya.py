"""Fake Gigya: login, account info, JWT, and the e-mail two-factor chain.

Answers start from the fixtures of each operation and carry this run's tokens. Errors are HTTP
200 bodies with ``errorCode``, like the real service. Secrets (passwords, tokens) are never logged;
the 2FA code is (it is demo data and tests read it), with the e-mail masked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from renault_ext.fake.clock import iso_ms
from renault_ext.fake.errors import GigyaError, gigya_body
from renault_ext.fake.state import User

if TYPE_CHECKING:
    from renault_ext.fake.app import FakeApp

log = logging.getLogger("renault_ext.fake.gigya")

MAX_CODE_ATTEMPTS = 5
DATA_CENTER = "eu1.gigya.com"


@dataclass
class GigyaCall:
    app: FakeApp
    operation_id: str
    form: dict[str, str]
    now: float

    @property
    def api_key(self) -> str:
        return self.form.get("ApiKey", "")

    def template(self, *hints: str) -> dict[str, Any]:
        body = self.app.fixtures.pick(self.operation_id, hints)
        if not isinstance(body, dict) or body.get("errorCode", 0) != 0:
            body = {}
        body.update(gigya_body(self.app.new_call_id(), iso_ms(self.now)))
        return body


def mask_email(email: str) -> str:
    name, _, domain = email.partition("@")
    return f"{name[:1]}***@{domain}"


def _user_for_token(call: GigyaCall) -> User:
    world = call.app.world
    token = call.form.get("login_token", "")
    email = world.login_tokens.get(token)
    if email is None or token in world.revoked_login_tokens:
        raise GigyaError(403005)
    return world.users[email]


def _session_fields(call: GigyaCall, user: User) -> dict[str, Any]:
    token = call.app.tokens.login_token()
    call.app.world.login_tokens[token] = user.email.lower()
    seconds = int(call.now)
    return {
        "UID": user.uid,
        "profile": {"email": user.email},
        "lastLogin": iso_ms(call.now),
        "lastLoginTimestamp": seconds,
        "signatureTimestamp": str(seconds),
        "sessionInfo": {"cookieName": f"gac_{call.api_key}", "cookieValue": token},
    }


def login(call: GigyaCall) -> dict[str, Any]:
    world = call.app.world
    user = world.users.get(call.form.get("loginID", "").lower())
    if user is None or user.password != call.form.get("password"):
        raise GigyaError(403042)
    if user.tfa and not user.tfa_cleared:
        reg_token = "regtoken-" + call.app.tokens.random_hex()
        world.tfa_flows[reg_token] = {"email": user.email.lower(), "finalized": False}
        raise GigyaError(
            403101,
            extra=(
                ("UID", user.uid),
                ("regToken", reg_token),
                ("sessionInfo", {"expires_in": "3600"}),
            ),
        )
    body = call.template("eu_2026", "success")
    body.update(_session_fields(call, user))
    return body


def get_account_info(call: GigyaCall) -> dict[str, Any]:
    user = _user_for_token(call)
    body = call.template("eu_2026", "success")
    body.update(
        {
            "UID": user.uid,
            "profile": {"email": user.email},
            "data": {"personId": user.person_id, "gigyaDataCenter": DATA_CENTER},
            "emails": {"verified": [user.email], "unverified": []},
        }
    )
    return body


def get_jwt(call: GigyaCall) -> dict[str, Any]:
    user = _user_for_token(call)
    try:
        requested = int(call.form.get("expiration", "900"))
    except ValueError:
        raise GigyaError(400006, "Invalid parameter value: expiration") from None
    lifetime = max(1, min(requested, call.app.config.jwt_lifetime))
    jti = call.app.tokens.random_hex(8)
    claims = {
        "iss": f"https://fidm.gigya.com/jwt/{call.api_key}/",
        "apiKey": call.api_key,
        "iat": int(call.now),
        "exp": int(call.now) + lifetime,
        "sub": user.uid,
        "jti": jti,
        "data.personId": user.person_id,
        "data.gigyaDataCenter": DATA_CENTER,
    }
    call.app.world.issued_jwt_ids.add(jti)
    body = call.template("success")
    body.update({"ignoredFields": "", "id_token": call.app.tokens.jwt(claims)})
    return body


def web_sdk_bootstrap(call: GigyaCall) -> dict[str, Any]:
    body = call.template("success")
    body.setdefault("hasGmid", "ver4")
    return body


def _flow(call: GigyaCall, key: str, field: str = "gigyaAssertion") -> dict[str, Any]:
    flow = call.app.world.tfa_flows.get(call.form.get(field, ""))
    if flow is None or flow.get("kind") != key:
        raise GigyaError(400006, "Invalid jwt")
    return flow


def tfa_init(call: GigyaCall) -> dict[str, Any]:
    world = call.app.world
    pending = world.tfa_flows.get(call.form.get("regToken", ""))
    if pending is None or "email" not in pending or pending.get("kind"):
        raise GigyaError(400006, "Invalid parameter value: regToken")
    if call.form.get("provider") != "gigyaEmail":
        raise GigyaError(400006, "Invalid parameter value: provider")
    assertion = "assertion-" + call.app.tokens.random_hex()
    world.tfa_flows[assertion] = {
        "kind": "assertion",
        "email": pending["email"],
        "regToken": call.form["regToken"],
        "attempts": 0,
    }
    body = call.template("success")
    body["gigyaAssertion"] = assertion
    return body


def tfa_get_emails(call: GigyaCall) -> dict[str, Any]:
    flow = _flow(call, "assertion")
    body = call.template("one_email")
    body["emails"] = [
        {
            "id": "email-id-1",
            "obfuscated": mask_email(flow["email"]),
            "lastVerification": iso_ms(call.now - 86400),
        }
    ]
    return body


def tfa_send_code(call: GigyaCall) -> dict[str, Any]:
    flow = _flow(call, "assertion")
    if call.form.get("emailID") != "email-id-1":
        raise GigyaError(400006, "Invalid parameter value: emailID")
    code = f"{call.app.rng.randrange(10**6):06d}"
    flow["code"] = code
    flow["phvToken"] = "phv-" + call.app.tokens.random_hex()
    flow["attempts"] = 0
    call.app.world.tfa_codes[flow["email"]] = code
    # Test data by design (issue 6): the code goes to the log so a human can type it.
    log.info("2FA code for %s: %s", mask_email(flow["email"]), code)
    body = call.template("success")
    body["phvToken"] = flow["phvToken"]
    return body


def tfa_complete(call: GigyaCall) -> dict[str, Any]:
    flow = _flow(call, "assertion")
    if flow.get("phvToken") is None or flow["phvToken"] != call.form.get("phvToken"):
        raise GigyaError(400006, "Invalid jwt")
    if flow["attempts"] >= MAX_CODE_ATTEMPTS:
        raise GigyaError(403048, "Maximum allowed tries exceeded")
    if call.form.get("code") != flow.get("code"):
        flow["attempts"] += 1
        raise GigyaError(400006, "Wrong verification code")
    flow["providerAssertion"] = "provider-" + call.app.tokens.random_hex()
    body = call.template("success")
    body["providerAssertion"] = flow["providerAssertion"]
    return body


def tfa_finalize(call: GigyaCall) -> dict[str, Any]:
    flow = _flow(call, "assertion")
    if (
        flow.get("providerAssertion") is None
        or flow["providerAssertion"] != call.form.get("providerAssertion")
        or flow["regToken"] != call.form.get("regToken")
    ):
        raise GigyaError(400006, "Invalid jwt")
    world = call.app.world
    world.tfa_flows[flow["regToken"]]["finalized"] = True
    if call.form.get("tempDevice", "false") == "false":
        world.users[flow["email"]].tfa_cleared = True  # device remembered: next logins pass
    return call.template("success")


def finalize_registration(call: GigyaCall) -> dict[str, Any]:
    world = call.app.world
    pending = world.tfa_flows.get(call.form.get("regToken", ""))
    if pending is None or pending.get("kind"):
        raise GigyaError(400006, "Invalid parameter value: regToken")
    if not pending.get("finalized"):
        raise GigyaError(403101, extra=(("regToken", call.form["regToken"]),))
    user = world.users[pending["email"]]
    body = call.template("after_tfa", "success")
    body.update(_session_fields(call, user))
    body["data"] = {"personId": user.person_id, "gigyaDataCenter": DATA_CENTER}
    return body


HANDLERS: dict[str, Callable[[GigyaCall], dict[str, Any]]] = {
    "gigyaLogin": login,
    "gigyaGetAccountInfo": get_account_info,
    "gigyaGetJwt": get_jwt,
    "gigyaWebSdkBootstrap": web_sdk_bootstrap,
    "gigyaTfaInit": tfa_init,
    "gigyaTfaEmailGetEmails": tfa_get_emails,
    "gigyaTfaEmailSendVerificationCode": tfa_send_code,
    "gigyaTfaEmailCompleteVerification": tfa_complete,
    "gigyaTfaFinalize": tfa_finalize,
    "gigyaFinalizeRegistration": finalize_registration,
}
