"""Per-model endpoint routing, loaded from data/models.yaml (+ an optional user file).

Upstream, 57 % of human commits over three years touched the hard-coded model table (facts §0.10).
Here the table is data: a user can add a model or override one endpoint without a release, and the
loader validates their file with messages that name the file, the model and the key.
"""

from __future__ import annotations

import copy
import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from renault_ext.errors import ConfigurationError
from renault_ext.yamlio import YamlSyntaxError, load_yaml, read_shipped

_LOG = logging.getLogger(__name__)

MODES: tuple[str, ...] = ("default", "kca-stop", "kcm", "kcm-pause-resume", "kcm-settings")
UNSUPPORTED = "unsupported"
DEFAULT_UNSUPPORTED_CODE = "err.func.wired.forbidden"
DEFAULT_UNSUPPORTED_STATUS = 403
DEFAULT_UNSUPPORTED_REASON = "The access is forbidden"
PROBE_HINT = "run `renault probe` and share the result to document it"

# Operation ids of spec/openapi.yaml that the table may route to. The shipped bundle is consulted as
# well, so an operation added to the spec is accepted without editing this list.
KNOWN_OPERATION_IDS: frozenset[str] = frozenset(
    {
        "getCarAdapter", "getBatteryStatus", "getChargeHistory", "getChargeMode",
        "getChargeSchedule", "getCharges", "getChargingSettings", "getCockpit", "getHvacHistory",
        "getHvacSessions", "getHvacSettings", "getHvacStatus", "getLocation", "getLockStatus",
        "getNotificationSettings", "getPressure", "getResState", "getVehicleAlerts",
        "postChargeMode", "postChargeSchedule", "postChargingStart", "postHvacStart",
        "postHvacSchedule", "postHornLights", "postRefreshLocation", "postRefreshBatteryStatus",
        "postRefreshHvacStatus", "getKcmEvSettings", "postKcmEvSettings", "getKcmSocLevels",
        "postKcmSocLevels", "postKcmChargeStart", "postKcmChargePauseResume",
        "postKcmChargeSchedule",
    }
)  # fmt: skip

_TOP_LEVEL = frozenset({"version", "logical_keys", "models", "gateways", "alternatives"})
_KEY_FIELDS = frozenset({"operation", "mode", "body", "companion_operation", "modes", "note"})
_MODE_FIELDS = frozenset({"operation", "body", "companion_operation"})
_MODEL_FIELDS = frozenset({"name", "brand", "specifications", "notes", "endpoints"})
_ENDPOINT_FIELDS = frozenset({"mode", "operation", "unsupported"})
_UNSUPPORTED_FIELDS = frozenset({"code", "status", "reason"})
_ALTERNATIVE_FIELDS = frozenset({"key", "when_mode", "requires", "hint"})


class ModelTableError(ConfigurationError):
    """A models file is malformed; the message names the file, model and key."""


@dataclass(frozen=True)
class EndpointDefinition:
    """How to serve one logical key for one model.

    Only key/operation_id/mode take part in equality; the body hints are routing data for callers.
    """

    key: str
    operation_id: str
    mode: str  # "default" | "kca-stop" | "kcm" | "kcm-pause-resume" | "kcm-settings"
    body_type: str | None = field(default=None, compare=False)  # JSON:API data.type
    action: str | None = field(default=None, compare=False)  # data.attributes.action (fixed value)
    target: str | None = field(default=None, compare=False)  # data.attributes.target (horn/lights)
    # A second call the key needs: the write of soc-levels, the read before an ev/settings write.
    companion_operation_id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Unsupported:
    """The model is known not to serve this key; `code`/`status`/`reason` as observed."""

    key: str
    model_code: str
    code: str
    status: int
    reason: str


@dataclass(frozen=True)
class _Alternative:
    key: str
    hint: str
    when_mode: str | None  # only for models using this mode for some key
    requires: str | None = None  # only if the model supports this other key


@functools.cache  # the shipped bundle does not change while the process runs
def _known_operation_ids() -> frozenset[str]:
    try:
        from renault_ext.spec import load_spec, operations_by_id

        return KNOWN_OPERATION_IDS | frozenset(operations_by_id(load_spec()))
    except Exception:  # noqa: BLE001 - the bundle is optional here; the fixed list suffices
        return KNOWN_OPERATION_IDS


def _normalise_code(model_code: str) -> str:
    return model_code.strip().upper()


class ModelTable:
    """Resolved model table. Build with `load_model_table`; warnings are tracked per instance."""

    def __init__(
        self,
        logical_keys: Mapping[str, Mapping[str, Any]],
        models: Mapping[str, Mapping[str, Any]],
        gateways: Mapping[str, Mapping[str, Any]],
        alternatives: list[_Alternative],
        endpoints: Mapping[str, Mapping[str, EndpointDefinition | Unsupported]],
        defaults: Mapping[str, EndpointDefinition],
        sources: tuple[str, ...] = (),
    ) -> None:
        self._raw_keys = logical_keys
        self._models = models
        self._gateways = gateways
        self._alternatives = alternatives
        self._endpoints = endpoints
        self._defaults = defaults
        self.sources = sources
        self._warned: set[str] = set()

    @property
    def logical_keys(self) -> tuple[str, ...]:
        return tuple(sorted(self._defaults))

    @property
    def model_codes(self) -> tuple[str, ...]:
        return tuple(sorted(self._models))

    def model_name(self, code: str) -> str | None:
        entry = self._models.get(_normalise_code(code))
        return None if entry is None else entry.get("name")

    def specifications(self, code: str | None, gateway: str | None = None) -> frozenset[str]:
        """Flags of the model, plus those of the car-adapter gateway (e.g. GDC) if given."""
        flags: set[str] = set()
        if code:
            flags.update((self._models.get(_normalise_code(code)) or {}).get("specifications", ()))
        if gateway:
            flags.update(
                (self._gateways.get(gateway.strip().upper()) or {}).get("specifications", ())
            )
        return frozenset(flags)

    def mode_operations(self) -> frozenset[str]:
        """Operations only reached through a routing mode (KCM charge start, ev/settings...):
        a model that is not routed through them does not serve them."""
        found: set[str] = set()
        for spec in self._raw_keys.values():
            for mode_spec in (spec.get("modes") or {}).values():
                found.update(
                    op
                    for op in (mode_spec.get("operation"), mode_spec.get("companion_operation"))
                    if op
                )
        return frozenset(found - {d.operation_id for d in self._defaults.values()})

    def default_definition(self, key: str) -> EndpointDefinition:
        try:
            return self._defaults[key]
        except KeyError:
            raise ValueError(
                f"unknown logical key {key!r}; known keys: {', '.join(self.logical_keys)}"
            ) from None

    def lookup(self, model_code: str | None, key: str) -> EndpointDefinition | Unsupported:
        """Routing for `key` on `model_code`; unknown models and unlisted keys get the default."""
        default = self.default_definition(key)
        if not model_code:
            return default  # upstream: no model code -> default table, no warning
        code = _normalise_code(model_code)
        endpoints = self._endpoints.get(code)
        if endpoints is None:
            self._warn_once(
                code,
                "Model %s is not documented: using default endpoints, which may fail; %s",
                code,
                PROBE_HINT,
            )
            return default
        found = endpoints.get(key)
        if found is None:
            self._warn_once(
                code,
                "Endpoint %s is not documented for model %s: using the default, which may fail; %s",
                key,
                code,
                PROBE_HINT,
            )
            return default
        return found

    def supports(self, model_code: str | None, key: str) -> bool:
        return isinstance(self.lookup(model_code, key), EndpointDefinition)

    def get_endpoint_definition(
        self, model_code: str | None, key: str
    ) -> EndpointDefinition | None:
        found = self.lookup(model_code, key)
        return found if isinstance(found, EndpointDefinition) else None

    def entry_for(self, model_code: str) -> dict[str, Any]:
        """The merged (shipped + user) YAML entry of a model; {} if unknown. A copy: safe to edit."""
        return copy.deepcopy(dict(self._models.get(_normalise_code(model_code), {})))

    def alternative(self, model_code: str | None, key: str) -> str | None:
        """A hint for an unsupported key (e.g. charge-mode on a KCM model), else None."""
        if not model_code or self.supports(model_code, key):
            return None
        modes_used = {
            found.mode
            for found in self._endpoints.get(_normalise_code(model_code), {}).values()
            if isinstance(found, EndpointDefinition)
        }
        for alt in self._alternatives:
            if alt.key != key or (alt.when_mode is not None and alt.when_mode not in modes_used):
                continue
            if alt.requires is not None and not self.supports(model_code, alt.requires):
                continue
            return alt.hint
        return None

    def _warn_once(self, code: str, message: str, *args: object) -> None:
        if code in self._warned:
            return
        self._warned.add(code)
        _LOG.warning(message, *args)


# --- loading -------------------------------------------------------------------------------------


class _Loader:
    """Merges documents, then resolves every endpoint entry into its final form."""

    def __init__(self) -> None:
        self.logical_keys: dict[str, dict[str, Any]] = {}
        self.models: dict[str, dict[str, Any]] = {}
        self.gateways: dict[str, dict[str, Any]] = {}
        self.alternatives: list[tuple[str, _Alternative]] = []
        self.origins: dict[tuple[str, str], str] = {}  # (model, key) -> file that set it
        self.key_origins: dict[str, str] = {}
        self.known_operations = _known_operation_ids()

    # merge phase: shape checks only
    def merge(self, label: str, doc: Any) -> None:
        if doc is None:
            return
        _need_mapping(label, "top level", doc)
        _no_unknown(label, "top level", doc, _TOP_LEVEL)
        for key, spec in (
            _need_mapping(label, "logical_keys", doc.get("logical_keys") or {})
        ).items():
            where = f"logical_keys.{key}"
            _need_mapping(label, where, spec)
            _no_unknown(label, where, spec, _KEY_FIELDS)
            for mode, mode_spec in (
                _need_mapping(label, f"{where}.modes", spec.get("modes") or {})
            ).items():
                _check_mode_name(label, f"{where}.modes", mode)
                _need_mapping(label, f"{where}.modes.{mode}", mode_spec)
                _no_unknown(label, f"{where}.modes.{mode}", mode_spec, _MODE_FIELDS)
            merged = self.logical_keys.setdefault(str(key), {})
            modes = {**merged.get("modes", {}), **(spec.get("modes") or {})}
            merged.update(copy.deepcopy(dict(spec)))
            if modes:
                merged["modes"] = copy.deepcopy(modes)
            self.key_origins[str(key)] = label
        for name, gateway in (_need_mapping(label, "gateways", doc.get("gateways") or {})).items():
            where = f"gateways.{name}"
            _need_mapping(label, where, gateway)
            _no_unknown(label, where, gateway, frozenset({"specifications"}))
            specs = _string_list(label, f"{where}.specifications", gateway.get("specifications"))
            self.gateways[str(name).upper()] = {"specifications": specs}
        alternatives = doc.get("alternatives") or []
        if not isinstance(alternatives, list):
            raise ModelTableError(f"{label}: alternatives must be a list")
        user_alts = []
        for index, alt in enumerate(alternatives):
            where = f"alternatives[{index}]"
            _need_mapping(label, where, alt)
            _no_unknown(label, where, alt, _ALTERNATIVE_FIELDS)
            if not isinstance(alt.get("key"), str) or not isinstance(alt.get("hint"), str):
                raise ModelTableError(f"{label}: {where} needs string `key` and `hint`")
            if alt.get("when_mode") is not None:
                _check_mode_name(label, f"{where}.when_mode", alt["when_mode"])
            alternative = _Alternative(
                alt["key"], alt["hint"], alt.get("when_mode"), alt.get("requires")
            )
            user_alts.append((label, alternative))
        # Later files take priority: their hints are tried first.
        self.alternatives = user_alts + self.alternatives
        for raw_code, entry in (_need_mapping(label, "models", doc.get("models") or {})).items():
            code = _normalise_code(str(raw_code))
            where = f"model {code}"
            _need_mapping(label, where, entry)
            _no_unknown(label, where, entry, _MODEL_FIELDS)
            merged = self.models.setdefault(code, {"endpoints": {}})
            for field_name in ("name", "brand", "notes"):
                if field_name in entry:
                    if not isinstance(entry[field_name], str):
                        raise ModelTableError(f"{label}: {where}: {field_name} must be a string")
                    merged[field_name] = entry[field_name]
            if "specifications" in entry:
                merged["specifications"] = _string_list(
                    label, f"{where}: specifications", entry["specifications"]
                )
            endpoints = _need_mapping(label, f"{where}: endpoints", entry.get("endpoints") or {})
            for key, value in endpoints.items():
                merged["endpoints"][str(key)] = copy.deepcopy(value)
                self.origins[(code, str(key))] = label

    # resolve phase: cross references (keys, modes, operations)
    def build(self, sources: tuple[str, ...]) -> ModelTable:
        defaults = {key: self._default(key) for key in self.logical_keys}
        resolved: dict[str, dict[str, EndpointDefinition | Unsupported]] = {}
        for code, entry in self.models.items():
            table: dict[str, EndpointDefinition | Unsupported] = {}
            for key, value in entry["endpoints"].items():
                label = self.origins[(code, key)]
                if key not in defaults:
                    raise ModelTableError(
                        f"{label}: model {code}: unknown endpoint key {key!r}"
                        f" (known keys: {', '.join(sorted(defaults))})"
                    )
                table[key] = self._resolve(label, code, key, value)
            resolved[code] = table
        for label, alt in self.alternatives:
            for name in filter(None, (alt.key, alt.requires)):
                if name not in defaults:
                    raise ModelTableError(f"{label}: alternatives: unknown endpoint key {name!r}")
        return ModelTable(
            logical_keys=self.logical_keys,
            models=self.models,
            gateways=self.gateways,
            alternatives=[alt for _, alt in self.alternatives],
            endpoints=resolved,
            defaults=defaults,
            sources=sources,
        )

    def _default(self, key: str) -> EndpointDefinition:
        spec = self.logical_keys[key]
        label = self.key_origins[key]
        operation = spec.get("operation")
        if not isinstance(operation, str):
            raise ModelTableError(f"{label}: logical_keys.{key}: `operation` is required")
        self._check_operation(label, f"logical_keys.{key}", operation)
        mode = spec.get("mode", "default")
        _check_mode_name(label, f"logical_keys.{key}.mode", mode)
        for mode_name, mode_spec in (spec.get("modes") or {}).items():
            if "operation" not in mode_spec:
                raise ModelTableError(
                    f"{label}: logical_keys.{key}.modes.{mode_name}: `operation` is required"
                )
            self._check_operation(
                label, f"logical_keys.{key}.modes.{mode_name}", mode_spec["operation"]
            )
        return _definition(key, operation, mode, spec)

    def _resolve(
        self, label: str, code: str, key: str, value: Any
    ) -> EndpointDefinition | Unsupported:
        where = f"{label}: model {code}, endpoint {key}"
        if value is None or value == UNSUPPORTED:
            return Unsupported(
                key,
                code,
                DEFAULT_UNSUPPORTED_CODE,
                DEFAULT_UNSUPPORTED_STATUS,
                DEFAULT_UNSUPPORTED_REASON,
            )
        if isinstance(value, str):
            value = {"mode": value}
        if not isinstance(value, Mapping):
            raise ModelTableError(f"{where}: expected a mode name, `unsupported` or a mapping")
        unknown = sorted(set(value) - _ENDPOINT_FIELDS)
        if unknown:
            raise ModelTableError(
                f"{where}: unknown field(s) {', '.join(map(str, unknown))}"
                f" (allowed: {', '.join(sorted(_ENDPOINT_FIELDS))})"
            )
        if "unsupported" in value:
            if set(value) != {"unsupported"}:
                raise ModelTableError(
                    f"{where}: `unsupported` cannot be combined with mode/operation"
                )
            return _unsupported(where, code, key, value["unsupported"])
        mode = value.get("mode", "default")
        if mode not in MODES:
            raise ModelTableError(
                f"{where}: unknown mode {mode!r} (modes: {', '.join(MODES)}, or `unsupported`)"
            )
        spec = self.logical_keys[key]
        mode_spec: Mapping[str, Any] = (
            spec if mode == spec.get("mode", "default") else (spec.get("modes") or {}).get(mode, {})
        )
        operation = value.get("operation") or mode_spec.get("operation")
        if operation is None:
            defined = [spec.get("mode", "default"), *(spec.get("modes") or {})]
            raise ModelTableError(
                f"{where}: mode {mode!r} is not defined for this key (defined: {', '.join(defined)});"
                " give an explicit `operation`"
            )
        self._check_operation(where, "", operation)
        return _definition(key, operation, mode, mode_spec)

    def _check_operation(self, label: str, where: str, operation: Any) -> None:
        if not isinstance(operation, str) or operation not in self.known_operations:
            prefix = f"{label}: {where}" if where else label
            raise ModelTableError(
                f"{prefix}: unknown operation {operation!r} (not an operationId of the spec)"
            )


def _definition(key: str, operation: str, mode: str, spec: Mapping[str, Any]) -> EndpointDefinition:
    body = spec.get("body") or {}
    action = body.get("action")
    return EndpointDefinition(
        key=key,
        operation_id=operation,
        mode=mode,
        body_type=body.get("type"),
        # A list documents the values a caller may choose; only a fixed value is a routing hint.
        action=action if isinstance(action, str) else None,
        target=body.get("target"),
        companion_operation_id=spec.get("companion_operation"),
    )


def _unsupported(where: str, code: str, key: str, details: Any) -> Unsupported:
    if details is None or details is True:
        details = {}
    if isinstance(details, str):
        details = {"reason": details}
    if not isinstance(details, Mapping):
        raise ModelTableError(f"{where}: `unsupported` must be a mapping with code/status/reason")
    unknown = sorted(set(details) - _UNSUPPORTED_FIELDS)
    if unknown:
        raise ModelTableError(
            f"{where}: unknown field(s) {', '.join(map(str, unknown))} under `unsupported`"
            " (allowed: code, status, reason)"
        )
    status = details.get("status", DEFAULT_UNSUPPORTED_STATUS)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ModelTableError(f"{where}: status must be an HTTP status code, got {status!r}")
    error_code = str(details.get("code", DEFAULT_UNSUPPORTED_CODE))
    reason = details.get("reason", DEFAULT_UNSUPPORTED_REASON)
    if not isinstance(reason, str):
        raise ModelTableError(f"{where}: reason must be a string")
    return Unsupported(key, code, error_code, status, reason)


def _need_mapping(label: str, where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ModelTableError(f"{label}: {where} must be a mapping, got {type(value).__name__}")
    return value


def _no_unknown(label: str, where: str, value: Mapping[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ModelTableError(
            f"{label}: {where}: unknown field(s) {', '.join(map(str, unknown))}"
            f" (allowed: {', '.join(sorted(allowed))})"
        )


def _check_mode_name(label: str, where: str, mode: Any) -> None:
    if mode not in MODES:
        raise ModelTableError(
            f"{label}: {where}: unknown mode {mode!r} (modes: {', '.join(MODES)})"
        )


def _string_list(label: str, where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ModelTableError(f"{label}: {where} must be a list of strings")
    return list(value)


def _read(label: str, text: str) -> Any:
    try:
        return load_yaml(text)
    except YamlSyntaxError as exc:
        raise ModelTableError(f"{label}: not valid YAML: {exc}") from exc


def load_model_table(user_file: Path | None = None) -> ModelTable:
    """The shipped table, with `user_file` (same layout) merged over it."""
    loader = _Loader()
    sources = ["shipped models.yaml"]
    try:
        shipped = read_shipped("models.yaml")
    except YamlSyntaxError as exc:
        raise ModelTableError(f"{sources[0]}: not valid YAML: {exc}") from exc
    loader.merge(sources[0], shipped)
    if user_file is not None:
        path = Path(user_file).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ModelTableError(f"models file {path} does not exist") from None
        except OSError as exc:
            raise ModelTableError(f"cannot read models file {path}: {exc}") from exc
        loader.merge(str(path), _read(str(path), text))
        sources.append(str(path))
    return loader.build(tuple(sources))
