"""`renault fake-server`: options map onto the configuration; the command serves and prints demo credentials."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from renault_ext.cli import cmd_fake_server


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cmd_fake_server.register(parser.add_subparsers())
    return parser.parse_args(["fake-server", *argv])


def test_options_become_config() -> None:
    config = cmd_fake_server.config_from_args(
        parse(
            "--port",
            "0",
            "--latency",
            "200:50",
            "--fault-rate",
            "0.1",
            "--quota",
            "30/min",
            "--jwt-lifetime",
            "60",
            "--seed",
            "3",
            "--fault-kinds",
            "slow_body,http_502_html",
        )
    )
    assert (config.port, config.seed, config.jwt_lifetime) == (0, 3, 60)
    assert (config.faults.latency_ms, config.faults.jitter_ms) == (200, 50)
    assert config.faults.fault_rate == 0.1
    assert config.faults.quota_per_minute == 30
    assert config.faults.kinds == ("slow_body", "http_502_html")
    assert config.test_endpoints is False  # off unless asked for


@pytest.mark.parametrize(
    "argv",
    [
        ("--fault-rate", "2"),
        ("--quota", "many"),
        ("--latency", "x:y"),
        ("--fault-kinds", "http_502_html,bogus"),  # a typo would silently never fire
    ],
)
def test_bad_options_are_usage_errors(argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse(*argv)
    assert exit_info.value.code == 2


def test_command_serves_and_prints_demo_credentials() -> None:
    code = (
        "import sys; from renault_ext.cli import cmd_fake_server as c;"
        "import argparse; p = argparse.ArgumentParser(); c.register(p.add_subparsers());"
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.handler(a))"
    )
    argv = [sys.executable, "-u", "-c", code, "fake-server", "--port", "0", "--seed", "1"]
    from renault_ext.fake.pytest_plugin import current_spec_path

    spec_path = current_spec_path()
    if spec_path is not None:
        argv += ["--spec", str(spec_path)]
    process = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=Path(__file__).parent,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
        url = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0])
        assert url, lines
        rest = "".join(lines) + "".join(process.stdout.readline() for _ in range(4))
        assert "demo@example.com / demo-password" in rest
        body = httpx.post(
            f"{url.group(1)}/accounts.login",
            data={
                "ApiKey": "3_VgdkgtIRH3AdHvJm-cjV2ug2EFE0lxt0IJzMC4MFqZjFpn_GYFXVdNZ19L7wZX0N",
                "loginID": "demo@example.com",
                "password": "demo-password",
            },
        ).json()
        assert body["errorCode"] == 0
        assert httpx.get(f"{url.group(1)}/_fake/time").status_code == 404  # helpers off by default
    finally:
        process.terminate()
        process.wait(10)


def test_access_log_is_shown_and_redacted(capfd: pytest.CaptureFixture[str]) -> None:
    from renault_ext.fake.pytest_plugin import default_test_config
    from renault_ext.fake.server import running_fake_backend

    login_token = "st2.s.AcbHfakeLoginTokenForTheAccessLog.0123456789"
    api_key = "3_FakeAccessLogApiKey0123456789abcdef"
    with running_fake_backend(default_test_config(port=0, access_log=True)) as handle:
        vin, account = handle.demo.main.vins[0], handle.demo.main.account_ids[0]
        httpx.get(
            f"{handle.base_url}/accounts.getAccountInfo?login_token={login_token}&ApiKey={api_key}"
        )
        httpx.get(
            f"{handle.base_url}/commerce/v1/accounts/{account}/kamereon/kca/car-adapter/v2/cars/{vin}/battery-status"
        )
    out, err = capfd.readouterr()
    log = out + err
    assert "accounts.getAccountInfo" in log and "battery-status" in log  # the log is on
    for secret in (login_token, api_key, vin, account):
        assert secret not in log
    assert "<login_token>" in log and "<apikey>" in log and "<account:1>" in log
