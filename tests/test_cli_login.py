"""`renault login` (password prompt, e-mail two-factor), the credential file, settings, logout."""

from __future__ import annotations

import json
import stat
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from renault_ext.cli import prompts
from renault_ext.cli.testing import isolated_environment, run_cli
from renault_ext.fake.pytest_plugin import default_test_config
from renault_ext.fake.server import FakeHandle, running_fake_backend


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHandle]:
    with running_fake_backend(default_test_config()) as handle:
        yield handle


@pytest.fixture
def home(tmp_path: Path, fake: FakeHandle) -> Iterator[Path]:
    with isolated_environment(tmp_path, base_url=fake.base_url) as credentials:
        yield credentials


def answer_prompts(
    monkeypatch: pytest.MonkeyPatch, email: str, password: str, code: object = None
) -> list[str]:
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        if "code" in question.lower():
            return code() if callable(code) else str(code)
        return email

    monkeypatch.setattr(prompts, "ask", ask)
    monkeypatch.setattr(prompts, "ask_secret", lambda question: asked.append(question) or password)
    return asked


def test_login_prompts_and_stores_token_not_password(
    home: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_prompts(monkeypatch, fake.demo.email, fake.demo.password)
    result = run_cli(["login"])
    assert result.exit_code == 0, result.stderr
    assert any("e-mail" in q.lower() for q in asked) and any("password" in q.lower() for q in asked)
    assert stat.S_IMODE(home.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.parent.stat().st_mode) == 0o700
    text = home.read_text()
    content = json.loads(text)
    assert content["gigya_login_token"]
    assert fake.demo.password not in text and "password" not in content
    assert fake.demo.email not in text
    # The next command needs no password.
    monkeypatch.setattr(prompts, "ask_secret", lambda q: pytest.fail("password asked again"))
    assert run_cli(["vehicles", "--json"]).exit_code == 0


def test_login_save_password(home: Path, fake: FakeHandle) -> None:
    result = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin", "--save-password", "--json"],
        stdin=fake.demo.password + "\n",
    )
    assert result.exit_code == 0, result.stderr
    assert result.json()["password_saved"] is True
    content = json.loads(home.read_text())
    assert content["password"] == fake.demo.password
    # An expired login token is replaced by logging in again with the saved password.
    fake.controls.revoke_login_tokens(fake.demo.email)
    fake.controls.revoke_jwts()
    assert run_cli(["accounts", "--json"]).exit_code == 0
    assert json.loads(home.read_text())["gigya_login_token"] != content["gigya_login_token"]
    # logout forgets the saved password too.
    assert run_cli(["logout"]).exit_code == 0
    assert "password" not in json.loads(home.read_text())


def test_login_with_email_two_factor(
    home: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = fake.demo.tfa_user
    asked = answer_prompts(
        monkeypatch, user.email, user.password, code=lambda: fake.controls.tfa_code(user.email)
    )
    result = run_cli(["login"])
    assert result.exit_code == 0, result.stderr
    assert any("code" in q.lower() for q in asked)
    assert "verification code was sent" in result.stderr
    assert user.email not in result.stderr + result.stdout
    vehicles = run_cli(["vehicles", "--json"]).json()["vehicles"]
    assert [v["vin_suffix"] for v in vehicles] == [vin[-4:] for vin in user.vins]


def test_wrong_password_hints_at_stale_key(home: Path, fake: FakeHandle) -> None:
    result = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin"], stdin="wrong-password\n"
    )
    assert result.exit_code == 3
    assert "403042" in result.stderr and "gigya-api-key" in result.stderr
    assert "Traceback" not in result.stderr
    assert not home.exists() or "gigya_login_token" not in home.read_text()


def test_failed_login_keeps_the_previous_session(home: Path, fake: FakeHandle) -> None:
    ok = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin"], stdin=fake.demo.password + "\n"
    )
    assert ok.exit_code == 0, ok.stderr
    typo = run_cli(["login", "--email", fake.demo.email, "--password-stdin"], stdin="typo\n")
    assert typo.exit_code == 3
    assert run_cli(["accounts", "--json"]).exit_code == 0  # still logged in


def test_settings_save_show_and_unset(home: Path, fake: FakeHandle) -> None:
    assert (
        run_cli(
            ["login", "--email", fake.demo.email, "--password-stdin"],
            stdin=fake.demo.password + "\n",
        ).exit_code
        == 0
    )
    key = fake.demo.gigya_api_key
    result = run_cli(["settings", "--gigya-api-key", key, "--locale", "fr_FR", "--json"])
    assert result.exit_code == 0, result.stderr
    shown = result.json()
    assert shown["settings"]["gigya_api_key"] == {"value": "<set>", "source": "saved"}
    assert shown["settings"]["locale"]["value"] == "fr_FR"
    assert key not in result.stdout
    assert json.loads(home.read_text())["gigya-api-key"] == key
    assert run_cli(["settings", "--unset", "gigya-api-key"]).exit_code == 0
    assert "gigya-api-key" not in json.loads(home.read_text())

    # Default vehicle and nickname, then selection by nickname.
    assert run_cli(["settings", "--vin", "3", "--nickname", "mégane"]).exit_code == 0
    assert run_cli(["battery", "--json"]).json()["vehicle"]["vin_suffix"] == "7003"
    assert (
        run_cli(["battery", "--vin", "mégane", "--json"]).json()["vehicle"]["nickname"] == "mégane"
    )
    human = run_cli(["settings"])
    assert "…7003" in human.stdout and fake.demo.main.vins[2] not in human.stdout
    facts = run_cli(["settings", "--json"]).json()
    assert facts["logged_in"] is True and facts["password_saved"] is False
    assert facts["nicknames"] == {"mégane": "…7003"} and facts["vehicle"] == "…7003"

    # An unknown locale is refused (and not saved); an unknown key names the known ones.
    bad = run_cli(["settings", "--locale", "zz_ZZ"])
    assert bad.exit_code == 2 and "zz_ZZ" in bad.stderr
    assert json.loads(home.read_text())["locale"] == "fr_FR"
    unknown = run_cli(["settings", "--unset", "account"])
    assert unknown.exit_code == 2 and "account-id" in unknown.stderr


def test_logout_keeps_settings(home: Path, fake: FakeHandle) -> None:
    assert (
        run_cli(
            ["login", "--email", fake.demo.email, "--password-stdin"],
            stdin=fake.demo.password + "\n",
        ).exit_code
        == 0
    )
    assert run_cli(["settings", "--country", "FR"]).exit_code == 0
    assert run_cli(["logout"]).exit_code == 0
    content = json.loads(home.read_text())
    assert "gigya_login_token" not in content and content["country"] == "FR"
    assert run_cli(["accounts"]).exit_code == 3


def test_keyring_backend(home: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch) -> None:
    vault: dict[tuple[str, str], str] = {}
    keyring = types.SimpleNamespace(
        get_password=lambda service, name: vault.get((service, name)),
        set_password=lambda service, name, value: vault.__setitem__((service, name), value),
        delete_password=lambda service, name: vault.pop((service, name)),
    )
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    result = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin", "--keyring"],
        stdin=fake.demo.password + "\n",
    )
    assert result.exit_code == 0, result.stderr
    content = json.loads(home.read_text())
    assert content["use-keyring"] == "yes" and "gigya_login_token" not in content
    assert any(name.endswith(":gigya_login_token") for _, name in vault)
    assert run_cli(["accounts", "--json"]).exit_code == 0
    # Listing vehicles reads nicknames from the file: the keyring is asked for the login token
    # only (each read may make a desktop keyring prompt for its password).
    asked: list[str] = []
    keyring.get_password = lambda service, name: asked.append(name) or vault.get((service, name))
    assert run_cli(["vehicles", "--json"]).exit_code == 0
    assert asked and all(name.endswith(":gigya_login_token") for name in asked), asked


def test_keyring_missing_is_a_configuration_error(
    home: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    result = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin", "--keyring"],
        stdin=fake.demo.password + "\n",
    )
    assert result.exit_code == 6 and "keyring" in result.stderr


def test_first_login_asks_for_the_locale(
    tmp_path: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    with isolated_environment(tmp_path, base_url=fake.base_url) as credentials:
        monkeypatch.delenv("RENAULT_LOCALE")
        asked = answer_prompts(monkeypatch, fake.demo.email, fake.demo.password)
        original = prompts.ask
        monkeypatch.setattr(prompts, "ask", lambda q: "fr_FR" if "Locale" in q else original(q))
        result = run_cli(["login"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(credentials.read_text())["locale"] == "fr_FR"
        assert asked  # e-mail and password were asked too


def test_password_on_stdin_is_never_taken_for_the_locale(
    tmp_path: Path, fake: FakeHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    with isolated_environment(tmp_path, base_url=fake.base_url) as credentials:
        monkeypatch.delenv("RENAULT_LOCALE")  # a first login, nothing configures a locale
        result = run_cli(
            ["login", "--email", fake.demo.email, "--password-stdin"],
            stdin=fake.demo.password + "\n",
        )
        assert result.exit_code == 2 and "--locale" in result.stderr
        assert not credentials.exists() or fake.demo.password not in credentials.read_text()
        ok = run_cli(
            ["login", "--email", fake.demo.email, "--password-stdin", "--locale", "fr_FR"],
            stdin=fake.demo.password + "\n",
        )
        assert ok.exit_code == 0, ok.stderr


def test_environment_beats_a_saved_setting(home: Path, fake: FakeHandle, monkeypatch) -> None:
    assert (
        run_cli(["settings", "--gigya-api-key", "3_saved-but-stale-key-000000000"]).exit_code == 0
    )
    monkeypatch.setenv("RENAULT_GIGYA_API_KEY", fake.demo.gigya_api_key)
    shown = run_cli(["settings", "--json"]).json()["settings"]["gigya_api_key"]
    assert shown["source"] == "env"
    login = run_cli(
        ["login", "--email", fake.demo.email, "--password-stdin"], stdin=fake.demo.password + "\n"
    )
    assert login.exit_code == 0, login.stderr  # the env key was used, not the stale saved one
