"""Secrets: with debug logging on, every request path of the library (reads, actions, raw http,
errors under injected faults, re-login, JWT renewal) and the CLI commands (with ``--debug`` and
``--log``), run against the fake backend: the password, JWTs, login token, API key, VINs, account
ids, person id and e-mail appear in no log record, exception, repr, trace file or terminal output.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from renault_ext.cli.testing import isolated_environment, run_cli
from renault_ext.client import RenaultClient
from renault_ext.credentials import MemoryCredentialStore
from renault_ext.errors import RenaultError
from renault_ext.fake import FakeBackend, FakeHandle, Faults, running_fake_backend
from renault_ext.retry import RetryPolicy
from renault_ext.session import RenaultSession

pytestmark = pytest.mark.reliability

ALL_FAULTS = Faults(fault_rate=0.3, slow_body_seconds=0.3)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHandle]:
    with running_fake_backend(FakeBackend(seed=99, faults=ALL_FAULTS)) as handle:
        yield handle


def _secrets(fake: FakeHandle, extra: dict[str, str]) -> dict[str, str]:
    user = fake.demo.main
    found = {
        "password": user.password,
        "e-mail": user.email,
        "person id": user.person_id,
        "kamereon api key": fake.demo.kamereon_api_key,
        **extra,
    }
    found.update({f"account id {n}": a for n, a in enumerate(user.account_ids)})
    found.update({f"vin {n}": v for n, v in enumerate(user.vins)})
    return found


def _leaks(text: str, secrets: dict[str, str]) -> list[str]:
    return sorted(name for name, value in secrets.items() if value and value in text)


async def _exercise(session: RenaultSession, fake: FakeHandle, seen: list[str]) -> None:
    """Every library path once or more; failures (faults) are kept as text like an app logs them."""

    async def attempt(what: str, coro: Any) -> Any:
        try:
            return await coro
        except RenaultError as error:
            seen.extend(
                [str(error), repr(error), f"{error.to_dict()}" if hasattr(error, "to_dict") else ""]
            )
            logging.getLogger("app").exception("%s failed", what)
            return None

    async with RenaultClient(session) as client:
        await session.login(fake.demo.email, fake.demo.password)
        seen.append(repr(client))
        accounts = None
        for _ in range(5):
            accounts = accounts or await attempt("accounts", client.get_api_accounts())
        assert accounts, "the fake never answered the person document"
        for account in accounts:
            seen.append(repr(account))
            vehicles = await attempt("vehicles", account.get_api_vehicles()) or []
            for vehicle in vehicles:
                seen.append(repr(vehicle))
                snapshot = await vehicle.refresh()
                seen.extend([repr(snapshot), *(repr(e) + str(e) for e in snapshot.errors.values())])
                for call in (
                    vehicle.start_horn(),
                    vehicle.refresh_battery_status(),
                    vehicle.get_contracts(),
                    vehicle.http_get(
                        "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit"
                    ),
                    vehicle.set_ac_start(21),
                ):
                    await attempt("call", call)
        fake.controls.revoke_jwts()  # renewal under debug logging too
        await attempt("person", client.get_person())
        await attempt("bad login", session.login(fake.demo.email, "wrong-" + fake.demo.password))


async def test_library_keeps_every_secret_out_of_logs_errors_and_reprs(fake, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    store = MemoryCredentialStore()
    session = RenaultSession(
        locale="fr_FR",
        gigya_url=fake.base_url,
        kamereon_url=fake.base_url,
        gigya_api_key=fake.demo.gigya_api_key,
        kamereon_api_key=fake.demo.kamereon_api_key,
        credential_store=store,
        retry=RetryPolicy(attempts=2, backoff=0.01),
        timeout=0.2,
    )
    seen: list[str] = []
    tokens: dict[str, str] = {}

    original_set = store.set

    def remember(key: str, value: str) -> None:  # every JWT and login token ever issued
        tokens[f"{key} #{len(tokens)}"] = value
        original_set(key, value)

    store.set = remember  # type: ignore[method-assign]
    await _exercise(session, fake, seen)
    assert any("jwt" in name for name in tokens) and any("login_token" in name for name in tokens)
    secrets = _secrets(fake, {n: v for n, v in tokens.items() if "person" not in n})
    records = "\n".join(
        f"{r.getMessage()} {r.exc_text or ''} {r.stack_info or ''}" for r in caplog.records
    )
    formatted = caplog.text  # what a handler with a formatter writes, tracebacks included
    assert len(caplog.records) > 50, "debug logging did not run: the test would prove nothing"
    assert _leaks(records, secrets) == []
    assert _leaks(formatted, secrets) == []
    assert _leaks("\n".join(seen), secrets) == []
    assert _leaks(repr(session) + repr(store), secrets) == []


# -- CLI -------------------------------------------------------------------------------------------

CLI_COMMANDS: list[list[str]] = [
    ["accounts"],
    ["vehicles"],
    ["status", "--all"],
    ["battery", "--vin", "1"],
    ["location", "--vin", "3"],
    ["details", "--vin", "4"],
    ["contracts", "--vin", "1"],
    ["charge", "history", "--vin", "1"],
    ["charge", "mode", "set", "always", "--vin", "1"],
    ["hvac", "start", "--temperature", "21", "--vin", "1"],
    ["soc", "set", "--min", "20", "--target", "80", "--vin", "3"],
    ["horn", "--vin", "3"],
    [
        "http",
        "get",
        "/commerce/v1/accounts/{account_id}/kamereon/kca/car-adapter/v1/cars/{vin}/cockpit",
        "--vin",
        "1",
    ],
    ["settings"],
    ["logout"],
]


def test_cli_keeps_every_secret_out_of_output_and_traces(fake, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    outputs: list[str] = []
    with isolated_environment(tmp_path / "home", base_url=fake.base_url) as credentials:
        login = None
        for _ in range(6):  # faults are on: the login chain itself may need a second try
            login = run_cli(
                [
                    "login",
                    "--email",
                    fake.demo.email,
                    "--password-stdin",
                    "--debug",
                    "--log",
                    str(logs / "login.jsonl"),
                ],
                stdin=fake.demo.password + "\n",
            )
            outputs += [login.stdout, login.stderr]
            if login.exit_code == 0:
                break
        assert login is not None and login.exit_code == 0
        stored = credentials.read_text()
        for n, argv in enumerate(CLI_COMMANDS):
            for json_flag in ([], ["--json"]):
                result = run_cli(
                    [
                        *argv,
                        "--debug",
                        *json_flag,
                        "--log",
                        str(logs / f"{n}{len(json_flag)}.jsonl"),
                    ]
                )
                outputs += [result.stdout, result.stderr]
                assert result.exit_code != 70, f"{argv}: internal error\n{result.stderr[-2000:]}"
    import json as _json

    tokens = {k: v for k, v in _json.loads(stored).items() if "token" in k or "jwt" in k}
    assert tokens, "no token in the credential file: nothing to look for"
    secrets = _secrets(fake, tokens)
    traces = "\n".join(p.read_text() for p in logs.iterdir())
    assert len(traces) > 1000, "no --log traces were written"
    assert "debug" in "\n".join(outputs).lower() or len("\n".join(outputs)) > 1000
    assert _leaks("\n".join(outputs), secrets) == []
    assert _leaks(traces, secrets) == []
