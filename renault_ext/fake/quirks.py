"""Per-model behaviour quirks of the fake, read from quirks.yaml (+ a demo file's `model_quirks:`).

Two kinds, both plain data (the layout is documented at the top of quirks.yaml):

* ignored actions: the request is validated and answered like an accepted one, then the simulated
  car is put back as it was (ZOE phase 2 hvac ``cancel``);
* reported fields: a read answer shows a fixed or restricted value while the simulated state keeps
  the true one (ZOE phase 1 ``hvacStatus`` always ``off``).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.yamlio import YamlSyntaxError, load_yaml

QUIRKS_FILE = Path(__file__).with_name("quirks.yaml")
ANY_ACTION = "*"

_MODEL_FIELDS = frozenset({"notes", "ignored_actions", "reported_fields"})
_RULES = (frozenset({"always"}), frozenset({"only", "otherwise"}), frozenset({"map"}))


class QuirksError(ValueError):
    """A quirks file or `model_quirks:` section is malformed; the message says where."""


@dataclass(frozen=True)
class FieldRule:
    """How one field of a read answer is reported."""

    always: Any = None
    only: tuple[Any, ...] | None = None
    otherwise: Any = None
    mapping: tuple[tuple[Any, Any], ...] | None = None
    fixed: bool = False  # `always` given (its value may be null)

    def apply(self, value: Any) -> Any:
        if self.fixed:
            return self.always
        if self.only is not None:
            return value if value in self.only else self.otherwise
        for source, target in self.mapping or ():
            if value == source:
                return target
        return value


@dataclass(frozen=True)
class ModelQuirks:
    ignored_actions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    reported_fields: Mapping[str, Mapping[str, FieldRule]] = field(default_factory=dict)
    notes: str | None = None

    def __bool__(self) -> bool:
        return bool(self.ignored_actions or self.reported_fields)

    @property
    def operation_ids(self) -> set[str]:
        return set(self.ignored_actions) | set(self.reported_fields)

    def ignores(self, operation_id: str, action: Any) -> bool:
        actions = self.ignored_actions.get(operation_id)
        if not actions:
            return False
        return ANY_ACTION in actions or (isinstance(action, str) and action in actions)

    def report(self, operation_id: str, body: Any) -> Any:
        """``body`` with this model's reported-field rules applied (in place)."""
        rules = self.reported_fields.get(operation_id)
        if not rules or not isinstance(body, dict):
            return body
        data = body.get("data")
        target = data.get("attributes") if isinstance(data, dict) else body
        if isinstance(target, dict):
            for name, rule in rules.items():
                if name in target:
                    target[name] = rule.apply(target[name])
        return body


NO_QUIRKS = ModelQuirks()


def action_of(body: Any) -> Any:
    """data.attributes.action of a JSON:API action body, else None."""
    data = body.get("data") if isinstance(body, dict) else None
    attributes = data.get("attributes") if isinstance(data, dict) else None
    return attributes.get("action") if isinstance(attributes, dict) else None


def without_effect(vehicle: Any, answer: Callable[[], Any]) -> Any:
    """``answer()`` (validation, normal success body), then ``vehicle`` back as it was."""
    saved = copy.deepcopy(vehicle)
    body = answer()
    for item in dataclasses.fields(vehicle):
        setattr(vehicle, item.name, getattr(saved, item.name))
    return body


# -- loading ---------------------------------------------------------------------------------------
def _need_mapping(where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise QuirksError(f"{where} must be a mapping, got {type(value).__name__}")
    return value


def _rule(where: str, raw: Any) -> FieldRule:
    spec = _need_mapping(where, raw)
    if frozenset(spec) not in _RULES:
        raise QuirksError(
            f"{where}: expected {{always: v}}, {{only: [...], otherwise: v}} or {{map: {{...}}}},"
            f" got keys {', '.join(map(str, spec)) or '(none)'}"
        )
    if "always" in spec:
        return FieldRule(always=spec["always"], fixed=True)
    if "only" in spec:
        if not isinstance(spec["only"], list):
            raise QuirksError(f"{where}: `only` must be a list of values")
        return FieldRule(only=tuple(spec["only"]), otherwise=spec["otherwise"])
    mapping = _need_mapping(f"{where}.map", spec["map"])
    return FieldRule(mapping=tuple(mapping.items()))


def _model(where: str, raw: Any) -> ModelQuirks:
    if raw is None:
        return NO_QUIRKS
    entry = _need_mapping(where, raw)
    unknown = sorted(set(map(str, entry)) - _MODEL_FIELDS)
    if unknown:
        raise QuirksError(
            f"{where}: unknown field(s) {', '.join(unknown)}"
            f" (allowed: {', '.join(sorted(_MODEL_FIELDS))})"
        )
    ignored: dict[str, frozenset[str]] = {}
    for operation, actions in _need_mapping(
        f"{where}.ignored_actions", entry.get("ignored_actions") or {}
    ).items():
        if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
            raise QuirksError(
                f"{where}.ignored_actions.{operation}: expected a list of action values"
                f' (or ["{ANY_ACTION}"])'
            )
        ignored[str(operation)] = frozenset(actions)
    reported: dict[str, dict[str, FieldRule]] = {}
    for operation, fields in _need_mapping(
        f"{where}.reported_fields", entry.get("reported_fields") or {}
    ).items():
        rules = _need_mapping(f"{where}.reported_fields.{operation}", fields)
        reported[str(operation)] = {
            str(name): _rule(f"{where}.reported_fields.{operation}.{name}", rule)
            for name, rule in rules.items()
        }
    notes = entry.get("notes")
    return ModelQuirks(ignored, reported, None if notes is None else str(notes))


def parse_quirks(label: str, models: Any) -> dict[str, ModelQuirks]:
    """Model code -> quirks, from a `models:` / `model_quirks:` mapping; ``label`` names the source."""
    return {
        str(code).strip().upper(): _model(f"{label}: model {code}", raw)
        for code, raw in _need_mapping(label, models or {}).items()
    }


def load_quirks(
    demo_section: Any = None, *, path: Path = QUIRKS_FILE, demo_label: str = "demo model_quirks"
) -> dict[str, ModelQuirks]:
    """The shipped quirks, with the demo file's `model_quirks:` entries replacing whole models."""
    label = str(path)
    try:
        document = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, YamlSyntaxError) as exc:
        raise QuirksError(f"{label}: cannot read: {exc}") from exc
    _need_mapping(label, document)
    quirks = parse_quirks(f"{label}: models", document.get("models"))
    quirks.update(parse_quirks(demo_label, demo_section))
    return quirks


def check_operations(quirks: Mapping[str, ModelQuirks], known: Collection[str]) -> None:
    """Every operation id a quirk names must be one of the spec's (a typo would do nothing)."""
    for code, entry in sorted(quirks.items()):
        unknown = sorted(entry.operation_ids - set(known))
        if unknown:
            raise QuirksError(
                f"quirks of model {code}: unknown operation(s) {', '.join(unknown)}"
                " (not an operationId of the spec)"
            )
