"""The README's Python examples run, as printed, against the fake backend (only the credentials,
the hosts and the placeholders of the raw example are filled in)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from typing import Any

import pytest
from spec_catalog import ROOT

from renault_ext.client import RenaultClient
from renault_ext.fake import FakeHandle

EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)


def _example(marker: str) -> str:
    found = [code for code in EXAMPLES if marker in code]
    assert len(found) == 1, f"README has {len(found)} python examples with {marker!r}"
    return found[0]


@pytest.fixture
def fake(fake_backend_module: FakeHandle, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHandle]:
    # The locale's hosts, overridden the way a user would (environment variables).
    monkeypatch.setenv("RENAULT_GIGYA_URL", fake_backend_module.base_url)
    monkeypatch.setenv("RENAULT_KAMEREON_URL", fake_backend_module.base_url)
    yield fake_backend_module


def test_the_async_example_runs_on_every_demo_vehicle(fake: FakeHandle, capsys) -> None:
    code = _example("RenaultClient(locale=")
    code = code.replace('"me@example.com"', repr(fake.demo.email))
    code = code.replace('"my-password"', repr(fake.demo.password))
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(fake.demo.main.vins)  # one line per vehicle, nothing raised
    assert sum("BatteryView(" in line for line in printed) >= 5  # the electric cars


def test_the_raw_example_reads_a_battery(fake: FakeHandle) -> None:
    async def ids() -> dict[str, Any]:
        async with RenaultClient(locale="fr_FR") as client:
            await client.session.login(fake.demo.email, fake.demo.password)
            return {
                "jwt": await client.session.auth.jwt(),
                "kamereon_api_key": client.session.settings.locale_details.kamereon_api_key,
                "account_id": fake.demo.main.account_ids[0],
                "vin": fake.demo.main.vins[2],  # the Mégane
            }

    namespace = asyncio.run(ids())
    code = _example("AuthenticatedClient(").replace(
        '"https://api-wired-prod-1-euw1.wrd-aws.com"', repr(fake.base_url)
    )
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
    document = namespace["document"]
    assert document.data.id == namespace["vin"]
    assert 0 <= document.data.attributes.battery_level <= 100
