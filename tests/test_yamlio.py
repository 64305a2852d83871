"""The shipped data files' parse caches (renault_ext/yamlio.py): exact, used only when made from the
text on disk, and they keep PyYAML out of a session started from shipped data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spec_catalog import ROOT

from renault_ext import yamlio

DATA = ROOT / "renault_ext" / "data"
SHIPPED = sorted(p.name for p in DATA.glob("*.yaml"))


@pytest.mark.parametrize("name", SHIPPED)
def test_each_cache_holds_exactly_what_the_yaml_says(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    cache = json.loads((DATA / yamlio.cache_name(name)).read_text(encoding="utf-8"))
    assert cache["source_sha256"] == yamlio.text_digest(text)  # else: run scripts/regenerate
    assert cache["data"] == yamlio.load_yaml(text)  # same types, same keys (no int -> str keys)


def test_a_matching_cache_is_used_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parsing(text: str) -> None:
        raise AssertionError("parsed the YAML although the cache matches")

    monkeypatch.setattr(yamlio, "load_yaml", no_parsing)
    data = yamlio.read_shipped("models.yaml")
    assert "X101VE" in data["models"]


def test_a_stale_or_broken_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("answer: 42\n", encoding="utf-8")
    (tmp_path / "t.parsed.json").write_text(yamlio.parse_cache("answer: 41\n"), encoding="utf-8")
    assert yamlio.read_shipped("t.yaml", tmp_path) == {"answer": 42}
    (tmp_path / "t.parsed.json").write_text("{not json", encoding="utf-8")
    assert yamlio.read_shipped("t.yaml", tmp_path) == {"answer": 42}
    (tmp_path / "t.parsed.json").unlink()
    assert yamlio.read_shipped("t.yaml", tmp_path) == {"answer": 42}


def test_invalid_yaml_raises_the_projects_error() -> None:
    with pytest.raises(yamlio.YamlSyntaxError, match="line 1"):
        yamlio.load_yaml("key: [unclosed\n")


def test_a_client_built_from_shipped_data_does_not_import_pyyaml(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from renault_ext.client import RenaultClient\n"
        "from renault_ext.model_table import load_model_table\n"
        "client = RenaultClient(locale='fr_FR')\n"
        "load_model_table()\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}  # no config file, no RENAULT_* overrides
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_syntax_error_never_quotes_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    # The pure-Python loader (PyYAML without libyaml) quotes the offending line in str(exc).
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    with pytest.raises(yamlio.YamlSyntaxError) as caught:
        yamlio.load_yaml('kamereon_api_key: "SECRET-KEY-VALUE\n')
    assert "SECRET-KEY-VALUE" not in str(caught.value)
    assert "line 1, column 19" in str(caught.value)
