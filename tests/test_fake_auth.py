"""Fake backend: Gigya login (with and without 2FA), JWT checks, revocation, API keys."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from renault_ext.fake import FakeBackend, FakeHandle
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.testing import JWT_FIELDS, RawSession


@pytest.fixture
def fake_backend_config() -> FakeBackend:
    return default_test_config(jwt_lifetime=120)


def claims_of(jwt: str) -> dict:
    payload = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_login_chain_gives_person_and_short_jwt(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend) as s:
        login = s.gigya("accounts.login", loginID="demo@example.com", password="demo-password")
        assert login["errorCode"] == 0
        token = login["sessionInfo"]["cookieValue"]
        assert token.startswith("st2.s.")
        assert login["sessionInfo"]["cookieName"] == f"gac_{fake_backend.demo.gigya_api_key}"
        s.login_token = token
        s.fetch_jwt()
        assert s.person_id == fake_backend.demo.main.person_id
        claims = claims_of(s.jwt or "")
        assert claims["data.personId"] == s.person_id
        # the configured lifetime (120 s) caps the 900 s the client asks for
        assert claims["exp"] - claims["iat"] == 120


@pytest.mark.parametrize(
    ("email", "password"),
    [("demo@example.com", "wrong"), ("nobody@example.com", "demo-password")],
)
def test_wrong_credentials_give_403042(fake_backend: FakeHandle, email: str, password: str) -> None:
    with RawSession(fake_backend) as s:
        body = s.gigya("accounts.login", loginID=email, password=password)
    assert body["errorCode"] == 403042
    assert body["statusCode"] == 403
    assert "sessionInfo" not in body


def test_stale_gigya_key_looks_like_wrong_password(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend) as s:
        body = s.gigya(
            "accounts.login",
            ApiKey="3_old-key",
            loginID="demo@example.com",
            password="demo-password",
        )
    assert body["errorCode"] == 403042


def test_gigya_key_name_is_case_insensitive(fake_backend: FakeHandle) -> None:
    form = {
        "apiKey": fake_backend.demo.gigya_api_key,
        "loginID": "demo@example.com",
        "password": "demo-password",
    }
    body = httpx.post(f"{fake_backend.base_url}/accounts.login", data=form).json()
    assert body["errorCode"] == 0


def test_missing_form_field_is_a_gigya_error(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend) as s:
        body = s.gigya("accounts.login", loginID="demo@example.com")
    assert body["errorCode"] == 400002
    assert "password" in body["errorDetails"]


def test_kamereon_needs_key_and_valid_jwt(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend, auto_refresh=False).login() as s:
        path = f"/commerce/v1/persons/{s.person_id}"
        assert s.get(path).status_code == 200
        good = s.headers()
        for headers in (
            {**good, "apikey": "wrong"},
            {k: v for k, v in good.items() if k != "x-gigya-id_token"},
            {**good, "x-gigya-id_token": (s.jwt or "")[:-3] + "abc"},  # bad signature
        ):
            response = s.client.get(path, params={"country": "FR"}, headers=headers)
            assert response.status_code == 401
            # Renault's one body for every cause (the captured fixture), not a made-up reason.
            assert response.json() == _fixture("getPerson", "unauthorized.error.json")


def test_jwt_expires_with_simulated_time(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend, auto_refresh=False).login() as s:
        path = f"/commerce/v1/persons/{s.person_id}"
        fake_backend.controls.advance(119)
        assert s.get(path).status_code == 200
        fake_backend.controls.advance(2)
        assert s.get(path).status_code == 401
        s.fetch_jwt()  # the login token still mints a new one
        assert s.get(path).status_code == 200


def test_revoked_jwt_and_login_token(fake_backend: FakeHandle) -> None:
    with RawSession(fake_backend, auto_refresh=False).login() as s:
        path = f"/commerce/v1/persons/{s.person_id}"
        assert fake_backend.controls.revoke_jwts() >= 1
        assert s.get(path).status_code == 401
        assert fake_backend.controls.revoke_login_tokens("demo@example.com") == 1
        body = s.gigya(
            "accounts.getJWT", login_token=s.login_token or "", fields=JWT_FIELDS, expiration="900"
        )
        assert body["errorCode"] == 403005


def test_second_factor_by_email(fake_backend: FakeHandle) -> None:
    tfa = fake_backend.demo.tfa_user
    with RawSession(fake_backend) as s:
        pending = s.gigya("accounts.login", loginID=tfa.email, password=tfa.password)
        assert pending["errorCode"] == 403101
        reg_token = pending["regToken"]
        assert s.gigya("accounts.webSdkBootstrap")["errorCode"] == 0
        init = s.gigya(
            "accounts.tfa.initTFA", regToken=reg_token, provider="gigyaEmail", mode="verify"
        )
        assertion = init["gigyaAssertion"]
        emails = s.gigya("accounts.tfa.email.getEmails", gigyaAssertion=assertion)["emails"]
        assert emails[0]["obfuscated"].endswith("@example.com")
        assert fake_backend.controls.tfa_code(tfa.email) is None
        sent = s.gigya(
            "accounts.tfa.email.sendVerificationCode",
            gigyaAssertion=assertion,
            emailID=emails[0]["id"],
            lang="en",
        )
        code = s.client.get("/_fake/2fa-code", params={"email": tfa.email}).json()["code"]
        assert code == fake_backend.controls.tfa_code(tfa.email)
        wrong = "000000" if code != "000000" else "111111"
        bad = s.gigya(
            "accounts.tfa.email.completeVerification",
            gigyaAssertion=assertion,
            phvToken=sent["phvToken"],
            code=wrong,
        )
        assert bad["errorCode"] == 400006
        early = s.gigya("accounts.finalizeRegistration", regToken=reg_token)
        assert early["errorCode"] == 403101
        done = s.gigya(
            "accounts.tfa.email.completeVerification",
            gigyaAssertion=assertion,
            phvToken=sent["phvToken"],
            code=code,
        )
        assert done["errorCode"] == 0
        final = s.gigya(
            "accounts.tfa.finalizeTFA",
            gigyaAssertion=assertion,
            providerAssertion=done["providerAssertion"],
            regToken=reg_token,
            tempDevice="false",
        )
        assert final["errorCode"] == 0
        session = s.gigya("accounts.finalizeRegistration", regToken=reg_token)
        assert session["errorCode"] == 0
        assert session["data"]["personId"] == tfa.person_id
        # the device is remembered: a new login passes, until the test resets it
        s.login(tfa.email, tfa.password)
        assert s.get(f"/commerce/v1/persons/{s.person_id}").status_code == 200
        fake_backend.controls.reset_tfa(tfa.email)
        again = s.gigya("accounts.login", loginID=tfa.email, password=tfa.password)
        assert again["errorCode"] == 403101


def test_too_many_wrong_codes(fake_backend: FakeHandle) -> None:
    tfa = fake_backend.demo.tfa_user
    with RawSession(fake_backend) as s:
        reg = s.gigya("accounts.login", loginID=tfa.email, password=tfa.password)["regToken"]
        assertion = s.gigya(
            "accounts.tfa.initTFA", regToken=reg, provider="gigyaEmail", mode="verify"
        )["gigyaAssertion"]
        phv = s.gigya(
            "accounts.tfa.email.sendVerificationCode",
            gigyaAssertion=assertion,
            emailID="email-id-1",
        )["phvToken"]
        code = fake_backend.controls.tfa_code(tfa.email)
        wrong = "000000" if code != "000000" else "111111"
        codes = [
            s.gigya(
                "accounts.tfa.email.completeVerification",
                gigyaAssertion=assertion,
                phvToken=phv,
                code=wrong,
            )
            for _ in range(6)
        ]
    assert [c["errorCode"] for c in codes[:5]] == [400006] * 5
    assert codes[5]["errorCode"] == 403048
    captured = _fixture("gigyaTfaEmailCompleteVerification", "too_many_attempts.error.json")
    assert codes[5]["errorMessage"] == captured["errorMessage"]
    assert codes[5]["errorDetails"] == captured["errorDetails"]


def test_person_of_someone_else_is_not_found(fake_backend: FakeHandle) -> None:
    other = fake_backend.demo.user("other@example.com")
    with RawSession(fake_backend).login() as s:
        response = s.get(f"/commerce/v1/persons/{other.person_id}")
        assert response.status_code == 404
        response = s.get(f"/commerce/v1/accounts/{other.account_ids[0]}/vehicles")
        assert response.status_code == 404
        assert response.json()["errors"][0]["errorCode"] == "err.func.wired.notFound"


def _fixture(operation: str, name: str) -> dict:
    root = Path(__file__).resolve().parents[1] / "fixtures" / operation
    return json.loads((root / name).read_text(encoding="utf-8"))


def test_gigya_errors_are_worded_like_the_captured_ones(fake_backend: FakeHandle) -> None:
    # The fake answers with the captured error envelope (only callId and time are its own).
    with RawSession(fake_backend) as s:
        wrong = s.gigya("accounts.login", loginID="demo@example.com", password="wrong")
    expected = _fixture("gigyaLogin", "invalid_credentials.error.json")
    volatile = {"callId", "time"}
    assert {k: v for k, v in wrong.items() if k not in volatile} == {
        k: v for k, v in expected.items() if k not in volatile
    }
    assert wrong["callId"] != expected["callId"]
