"""YAML reading for the data files (locales, models, config, demo world).

PyYAML's C loader parses several times faster than the pure-Python one and accepts the same
documents; it is used whenever the installed PyYAML was built with libyaml.
"""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` semantics (no arbitrary objects), faster."""
    return yaml.load(text, Loader=SAFE_LOADER)
