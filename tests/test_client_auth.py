"""High-level client, identity: Gigya login, JWT lifecycle (refresh ahead of expiry, one retry on
401, one mint for many concurrent calls), e-mail two-factor, login-token reuse and the credential
store, wrong credentials and stale keys.
"""

from __future__ import annotations

import asyncio
import json
import stat
from collections.abc import Iterator

import httpx
import pytest
from test_client_support import VIN_BY_MODEL, Exchanges, logged_in_client, make_client, reset_fake

from renault_ext.auth import TwoFactorPrompt
from renault_ext.credentials import FileCredentialStore
from renault_ext.errors import (
    InvalidCredentialsError,
    InvalidInputError,
    LoginTokenExpiredError,
    NotAuthenticatedError,
    TwoFactorCodeError,
    TwoFactorRequiredError,
)
from renault_ext.fake import FakeHandle


@pytest.fixture
def fake_backend(fake_backend_module: FakeHandle) -> Iterator[FakeHandle]:
    """One fake for the module (starting one costs more than these tests); reset after each."""
    reset_fake(fake_backend_module)
    yield fake_backend_module
    reset_fake(fake_backend_module)


async def _read(client, fake: FakeHandle, model: str = "X102VE"):  # type: ignore[no-untyped-def]
    account = await client.get_api_account(fake.demo.main.account_ids[0])
    vehicle = await account.get_api_vehicle(VIN_BY_MODEL[model], details={"model": {"code": model}})
    return await vehicle.get_cockpit()


async def test_jwt_refreshed_ahead_of_expiry(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    controls = fake_backend.controls
    async with await logged_in_client(
        fake_backend, exchange_sink=sink, jwt_margin=60, clock=controls.now
    ) as client:
        await _read(client, fake_backend)
        assert sink.count("accounts.getJWT") == 1
        controls.advance(800)  # 100 s left: still good
        await _read(client, fake_backend)
        assert sink.count("accounts.getJWT") == 1
        controls.advance(50)  # 50 s left, inside the margin: minted before sending
        await _read(client, fake_backend)
        assert sink.count("accounts.getJWT") == 2
        assert 401 not in sink.statuses()
        assert sink.count("accounts.login") == 1


async def test_one_retry_with_fresh_jwt_on_401(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        await _read(client, fake_backend)
        assert fake_backend.controls.revoke_jwts() >= 1
        sink.clear()
        assert await _read(client, fake_backend) is not None
        assert sink.statuses("/cockpit") == [401, 200]
        assert sink.count("accounts.getJWT") == 1
        # The client's clock says the JWT is fine, the server's says it expired: same recovery.
        fake_backend.controls.advance(3600)
        sink.clear()
        await _read(client, fake_backend)
        assert sink.statuses("/cockpit") == [401, 200]


async def test_actions_are_retried_once_after_401(fake_backend: FakeHandle) -> None:
    """A 401 means nothing was done: resending an action with a fresh JWT is safe."""
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        await _read(client, fake_backend)
        fake_backend.controls.revoke_jwts()
        account = await client.get_api_account(fake_backend.demo.main.account_ids[0])
        vehicle = await account.get_api_vehicle(
            VIN_BY_MODEL["R5E1VE"], details={"model": {"code": "R5E1VE"}}
        )
        sink.clear()
        await vehicle.start_horn()
        assert sink.statuses("/horn-lights") == [401, 200]
        assert len(fake_backend.controls.vehicle(vehicle.vin).horn_lights) == 1


async def test_persistent_401_is_an_error(fake_backend: FakeHandle) -> None:
    from renault_ext.errors import UnauthorizedError

    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        await _read(client, fake_backend)
        # Every JWT ever issued is refused: the retry with a fresh one works once...
        fake_backend.controls.set_faults(
            per_operation={"getCockpit": 1.0}, kinds=("jwt_revocation",)
        )
        sink.clear()
        with pytest.raises(UnauthorizedError):
            await _read(client, fake_backend)
        # ...but never loops: one original try and one retry.
        assert sink.statuses("/cockpit") == [401, 401]


async def test_concurrent_calls_share_one_mint(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    controls = fake_backend.controls
    async with await logged_in_client(
        fake_backend, exchange_sink=sink, clock=controls.now
    ) as client:
        await _read(client, fake_backend)
        controls.advance(1000)  # expired on both sides
        sink.clear()
        results = await asyncio.gather(*(_read(client, fake_backend) for _ in range(20)))
        assert all(r is not None for r in results)
        assert sink.count("accounts.getJWT") == 1
        assert 401 not in sink.statuses()


async def test_concurrent_401s_share_one_mint(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(fake_backend, exchange_sink=sink) as client:
        await _read(client, fake_backend)
        fake_backend.controls.revoke_jwts()
        sink.clear()
        results = await asyncio.gather(*(_read(client, fake_backend) for _ in range(12)))
        assert all(r is not None for r in results)
        assert sink.count("accounts.getJWT") == 1
        assert sink.statuses("/cockpit").count(200) == 12


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_two_factor_with_callback(fake_backend: FakeHandle, asynchronous: bool) -> None:
    user = fake_backend.demo.tfa_user
    prompts: list[TwoFactorPrompt] = []

    def code_for(prompt: TwoFactorPrompt) -> str:
        prompts.append(prompt)
        code = fake_backend.controls.tfa_code(user.email)
        assert code
        return code

    async def async_code_for(prompt: TwoFactorPrompt) -> str:
        await asyncio.sleep(0)
        return code_for(prompt)

    sink = Exchanges()
    client = make_client(
        fake_backend, two_factor=async_code_for if asynchronous else code_for, exchange_sink=sink
    )
    async with client:
        await client.session.login(user.email, user.password)
        assert client.session.login_token
        accounts = await client.get_api_accounts()
        assert [a.account_id for a in accounts] == list(user.account_ids)
        vehicles = await accounts[0].get_api_vehicles()
        assert [v.vin for v in vehicles] == list(user.vins)
    assert len(prompts) == 1
    assert "***" in prompts[0].email_hint and user.email not in prompts[0].email_hint
    assert sink.count("accounts.tfa.email.completeVerification") == 1
    assert sink.count("accounts.finalizeRegistration") == 1


async def test_two_factor_without_callback(fake_backend: FakeHandle) -> None:
    user = fake_backend.demo.tfa_user
    async with make_client(fake_backend) as client:
        with pytest.raises(TwoFactorRequiredError) as caught:
            await client.session.login(user.email, user.password)
        assert caught.value.code == 403101
        assert "Two-factor" in str(caught.value)
        assert caught.value.reg_token and caught.value.reg_token not in str(caught.value)
        assert caught.value.reg_token not in repr(caught.value)
        with pytest.raises(NotAuthenticatedError):
            await client.get_person()


async def test_two_factor_wrong_code(fake_backend: FakeHandle) -> None:
    user = fake_backend.demo.tfa_user
    async with make_client(fake_backend, two_factor=lambda prompt: "000000x") as client:
        with pytest.raises(TwoFactorCodeError):
            await client.session.login(user.email, user.password)
        assert client.session.login_token is None


def _raises(prompt: object) -> str:
    raise RuntimeError("the user closed the dialog")


@pytest.mark.parametrize("callback", [lambda prompt: None, lambda prompt: "  ", _raises])
async def test_a_bad_two_factor_callback_sends_no_code(fake_backend: FakeHandle, callback) -> None:
    user = fake_backend.demo.tfa_user
    sink = Exchanges()
    async with make_client(fake_backend, two_factor=callback, exchange_sink=sink) as client:
        with pytest.raises(InvalidInputError, match="two-factor callback"):
            await client.session.login(user.email, user.password)
    # No attempt used up: Gigya allows only a few wrong codes.
    assert sink.count("accounts.tfa.email.completeVerification") == 0


async def test_a_login_during_a_failed_mint_is_kept(fake_backend: FakeHandle) -> None:
    # A mint with a dead login token fails; a new login made while it was under way (another
    # task, or another process on the same credential file) must survive that failure.
    async with await logged_in_client(fake_backend) as client:
        session, auth = client.session, client.session.auth
        fake_backend.controls.revoke_login_tokens()
        stale = session.login_token
        gate = asyncio.Event()
        real_call = auth._call

        async def held_mint(operation_id: str, **fields: str) -> dict:
            if operation_id == "gigyaGetJwt":
                await gate.wait()  # holds the mint until the new login is stored
            return await real_call(operation_id, **fields)

        auth._call = held_mint  # type: ignore[method-assign]
        minting = asyncio.create_task(auth.jwt(stale=auth._store.get("gigya_jwt")))
        await asyncio.sleep(0.05)  # the mint has read the dead login token and waits
        await session.login(fake_backend.demo.email, fake_backend.demo.password)
        gate.set()
        with pytest.raises(LoginTokenExpiredError):
            await minting
        auth._call = real_call  # type: ignore[method-assign]
        assert session.login_token and session.login_token != stale
        assert len(await client.get_api_accounts()) == 2


async def test_login_token_reuse_in_a_new_session(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend) as first:
        token = first.session.login_token
        assert token
    sink = Exchanges()
    async with make_client(fake_backend, exchange_sink=sink) as second:
        second.session.set_login_token(token)
        assert len(await second.get_api_accounts()) == 2
    assert sink.count("accounts.login") == 0
    assert sink.count("accounts.getJWT") == 1


async def test_credential_store_file(fake_backend: FakeHandle, tmp_path) -> None:
    path = tmp_path / "state" / "credentials.json"
    async with make_client(fake_backend, credential_store=FileCredentialStore(path)) as client:
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        await client.get_person()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert fake_backend.demo.password not in text
    assert json.loads(text)  # a JSON object of strings
    sink = Exchanges()
    store = FileCredentialStore(path)
    async with make_client(fake_backend, credential_store=store, exchange_sink=sink) as client:
        assert client.session.login_token
        assert len(await client.get_api_accounts()) == 2
    # The stored JWT and person id are still good: no Gigya call at all.
    assert sink.count("accounts.") == 0


async def test_revoked_login_token(fake_backend: FakeHandle) -> None:
    async with await logged_in_client(fake_backend, clock=fake_backend.controls.now) as client:
        await client.get_person()
        fake_backend.controls.revoke_login_tokens()
        fake_backend.controls.advance(1000)
        with pytest.raises(LoginTokenExpiredError) as caught:
            await client.get_person()
        assert "log in again" in str(caught.value)
        assert client.session.login_token is None
        with pytest.raises(NotAuthenticatedError):
            await client.get_person()


async def test_wrong_password(fake_backend: FakeHandle) -> None:
    async with make_client(fake_backend) as client:
        with pytest.raises(InvalidCredentialsError) as caught:
            await client.session.login(fake_backend.demo.email, "not-the-password")
    assert caught.value.code == 403042
    message = str(caught.value)
    assert "Gigya API key" in message and "stale" in message
    assert "not-the-password" not in message and "not-the-password" not in repr(caught.value)


async def test_stale_gigya_key_gets_the_same_hint(fake_backend: FakeHandle) -> None:
    client = make_client(fake_backend, gigya_api_key="3_stale-key-" + "x" * 40)
    async with client:
        with pytest.raises(InvalidCredentialsError) as caught:
            await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
    assert "stale" in str(caught.value)
    assert "3_stale-key" not in str(caught.value)


async def test_not_logged_in(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with make_client(fake_backend, exchange_sink=sink) as client:
        with pytest.raises(NotAuthenticatedError):
            await client.get_api_accounts()
    assert sink.seen == []


async def test_settings_from_environment_and_config_file(
    fake_backend: FakeHandle, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from test_client_support import SHARED_TABLE

    from renault_ext.client import RenaultClient

    monkeypatch.setenv("RENAULT_LOCALE", "fr_FR")
    monkeypatch.setenv("RENAULT_GIGYA_URL", fake_backend.base_url)
    monkeypatch.setenv("RENAULT_KAMEREON_URL", fake_backend.base_url)
    monkeypatch.setenv("RENAULT_CONFIG", str(tmp_path / "config.yaml"))
    (tmp_path / "config.yaml").write_text("kamereon_api_key: from-the-config-file\n")
    async with RenaultClient(model_table=SHARED_TABLE) as client:
        assert client.session.settings.sources["gigya_url"] == "env"
        assert client.session.settings.sources["kamereon_api_key"] == "config"
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        # The fake only knows the real keys: the one from the config file is refused.
        from renault_ext.errors import UnauthorizedError

        with pytest.raises(UnauthorizedError) as caught:
            await client.get_person()
        assert "from-the-config-file" not in str(caught.value)
    # A constructor argument beats both.
    async with RenaultClient(
        model_table=SHARED_TABLE, kamereon_api_key=fake_backend.demo.kamereon_api_key
    ) as client:
        assert client.session.settings.sources["kamereon_api_key"] == "argument"
        await client.session.login(fake_backend.demo.email, fake_backend.demo.password)
        assert await client.get_person() is not None


class _UnauthorizedAs403(httpx.AsyncBaseTransport):
    """Kamereon sometimes says err.func.wired.unauthorized with another status than 401."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if response.status_code != 401:
            return response
        body = await response.aread()
        return httpx.Response(403, headers={"content-type": "application/json"}, content=body)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_unauthorized_code_with_other_status(fake_backend: FakeHandle) -> None:
    sink = Exchanges()
    async with await logged_in_client(
        fake_backend, exchange_sink=sink, http_transport=_UnauthorizedAs403()
    ) as client:
        await _read(client, fake_backend)
        fake_backend.controls.revoke_jwts()
        sink.clear()
        assert await _read(client, fake_backend) is not None
        assert sink.statuses("/cockpit") == [403, 200]
        assert sink.count("accounts.getJWT") == 1


async def test_a_simulated_clock_applies_to_the_default_store() -> None:
    # Simulated time two years behind real time: the JWTs the fake mints expire in 2024 by the
    # wall clock. With the session's clock the default store reads them as fresh (one mint for
    # all reads); on time.time() it read every one as expired (a mint per request).
    from datetime import UTC, datetime

    from renault_ext.fake import running_fake_backend
    from renault_ext.fake.pytest_plugin import default_test_config

    config = default_test_config(start_time=datetime(2024, 1, 15, tzinfo=UTC))
    with running_fake_backend(config) as fake:
        sink = Exchanges()
        clock = fake.controls.now
        async with await logged_in_client(fake, clock=clock, exchange_sink=sink) as client:
            account = (await client.get_api_accounts())[0]
            vehicle = (await account.get_api_vehicles())[0]
            sink.clear()
            for _ in range(5):
                await vehicle.get_cockpit()
            await asyncio.gather(*(vehicle.get_cockpit() for _ in range(10)))
            assert sink.count("cockpit") == 15 and sink.count("accounts.getJWT") == 0
