"""YAML reading for the data files (locales, models, config, demo world).

PyYAML's C loader parses several times faster than the pure-Python one and accepts the same
documents; it is used whenever the installed PyYAML was built with libyaml.

The shipped data files are read through a parse cache: ``scripts/regenerate`` stores each one as
JSON beside it (``models.yaml`` -> ``models.parsed.json``) together with the SHA-256 of the YAML
text it came from. The YAML stays the only source: the cache is used only when that hash matches
the text read now, so an edited or overridden file is always parsed. It spares a fresh process
PyYAML's import and parse (~50 ms, a fifth of the CPU a cold start spends before its first
request).
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any

PACKAGE_DATA = "data"


class YamlSyntaxError(ValueError):
    """The text is not valid YAML: what is wrong and where (line, column), never the text."""


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` semantics (no arbitrary objects), faster."""
    import yaml  # here, not at module level: a session started from shipped data never needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(_describe(exc)) from exc


def _describe(exc: Exception) -> str:
    # str(exc) of the pure-Python loader quotes the offending source line, which in a config or
    # locales file may hold an API key: keep only the problem and its position.
    def at(mark: Any) -> str:
        return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""

    problem = getattr(exc, "problem", None)
    if problem is None:
        return type(exc).__name__
    context = getattr(exc, "context", None)
    started = f"{context}{at(getattr(exc, 'context_mark', None))}: " if context else ""
    return f"{started}{problem}{at(getattr(exc, 'problem_mark', None))}"


def cache_name(yaml_name: str) -> str:
    return yaml_name.removesuffix(".yaml") + ".parsed.json"


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_cache(text: str) -> str:
    """The cache file's content for one YAML text (written by scripts/regenerate)."""
    document = {"source_sha256": text_digest(text), "data": load_yaml(text)}
    # Key order kept as written: some tables are read in order.
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read_shipped(name: str, folder: Any = None) -> Any:
    """Parsed content of ``renault_ext/data/<name>`` (or of ``folder``/<name>), taken from the
    cache when it was made from this very text."""
    if folder is None:
        folder = resources.files("renault_ext").joinpath(PACKAGE_DATA)
    text = folder.joinpath(name).read_text(encoding="utf-8")
    try:
        cached = json.loads(folder.joinpath(cache_name(name)).read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("source_sha256") == text_digest(text):
            return cached.get("data")
    except (OSError, ValueError):
        pass  # no cache or an unreadable one: parse the YAML
    return load_yaml(text)
