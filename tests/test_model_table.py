"""The per-model endpoint table (renault_ext/data/models.yaml) against facts §5."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from renault_ext.model_table import (
    MODES,
    EndpointDefinition,
    ModelTable,
    ModelTableError,
    Unsupported,
    load_model_table,
)

# Facts §5.2, copied verbatim: an independent transcript the YAML data must match cell by cell.
# ✓ default · ✗ unsupported · `·` not listed · S kcm-settings · P kcm-pause-resume · K kcm · X kca-stop
FACTS_MATRIX = """
| endpoint key | A4E1VE | A5E1AE | DU31SU | R5E1VE | X071VE | X101VE | X102VE | XBG1VE | XCB1SE | XCB1VE | XDD1VE | XFB2BI | XHN1CP | XHN1ML | XHN1SU | XJA1VP | XJA2VP | XJB1SU | XJB2CP | XJF2BI | XJL2TR |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| `actions/charge-set-mode` | ✗ | ✗ | · | ✗ | · | · | · | · | · | · | ✓ | · | · | · | · | · | · | · | · | ✗ | · |
| `actions/charge-set-schedule` | ✗ | ✗ | · | ✗ | · | ✓ | · | · | · | K | ✗ | · | · | · | · | · | · | · | · | ✗ | · |
| `actions/charge-start` | S | S | · | S | · | ✓ | ✓ | P | · | K | S | · | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | · |
| `actions/charge-stop` | ✗ | ✗ | · | ✗ | · | · | P | P | · | ✗ | ✗ | · | · | · | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | · |
| `actions/horn-start` | ✓ | ✓ | ✗ | ✓ | · | · | ✗ | ✗ | · | ✓ | ✓ | · | ✓ | ✓ | ✓ | ✗ | ✗ | ✗ | ✓ | ✓ | · |
| `actions/hvac-set-schedule` | ✗ | ✗ | · | ✗ | · | · | · | · | · | · | · | · | · | · | · | · | · | · | · | ✗ | · |
| `actions/hvac-start` | ✓ | ✓ | · | ✓ | · | ✓ | ✓ | ✓ | · | ✓ | ✓ | · | · | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | · |
| `actions/hvac-stop` | ✓ | X | · | X | · | ✓ | · | X | · | · | ✓ | · | · | · | · | · | · | · | · | ✗ | · |
| `actions/lights-start` | ✓ | ✓ | ✗ | ✓ | · | · | ✗ | ✗ | · | ✓ | ✓ | · | ✓ | ✓ | ✓ | ✗ | ✗ | ✗ | ✓ | ✓ | · |
| `actions/refresh-location` | · | · | · | ✓ | · | · | · | ✓ | · | · | · | · | · | · | · | · | · | · | · | ✓ | · |
| `alerts` | · | ✗ | · | ✓ | · | · | · | ✗ | · | · | · | · | · | · | · | ✗ | ✗ | · | · | ✗ | · |
| `battery-status` | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | · |
| `charge-history` | ✗ | ✗ | ✗ | ✗ | ✗ | · | · | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | · | ✗ | ✗ |
| `charge-mode` | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
| `charge-schedule` | S | S | ✗ | S | ✗ | ✓ | ✗ | ✗ | S | ✗ | S | ✗ | S | ✗ | · | ✗ | ✗ | ✗ | · | ✗ | ✗ |
| `charges` | ✓ | ✓ | ✗ | ✓ | · | · | · | · | · | · | · | · | · | ✗ | · | ✗ | ✗ | · | · | ✗ | · |
| `charging-settings` | · | ✗ | ✗ | ✗ | ✓ | · | ✓ | ✗ | · | ✓ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ |
| `cockpit` | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| `hvac-history` | · | ✗ | ✗ | ✗ | ✗ | · | · | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | · | ✗ | ✗ | ✗ | · | ✗ | ✗ |
| `hvac-sessions` | · | ✗ | ✗ | ✗ | ✗ | · | · | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | · | ✗ | ✗ | ✗ | · | ✗ | ✗ |
| `hvac-settings` | · | ✓ | ✗ | ✓ | ✓ | · | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | · | ✗ | ✗ | ✓ | · | ✗ | ✗ |
| `hvac-status` | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ |
| `location` | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
| `lock-status` | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
| `notification-settings` | ✗ | ✗ | · | ✗ | ✗ | · | · | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | · | ✗ | ✗ | ✗ | · | ✗ | · |
| `pressure` | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | · | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
| `res-state` | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
| `soc-levels` | ✓ | ✓ | ✗ | ✓ | · | ✗ | ✗ | ✗ | · | ✓ | ✓ | · | · | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | · |
"""

SYMBOL_MODE = {
    "✓": "default",
    "S": "kcm-settings",
    "P": "kcm-pause-resume",
    "K": "kcm",
    "X": "kca-stop",
}


def _parse_matrix() -> tuple[list[str], dict[tuple[str, str], str]]:
    rows = [line for line in FACTS_MATRIX.strip().splitlines() if not line.startswith("|---")]
    header = [cell.strip() for cell in rows[0].strip().strip("|").split("|")]
    models = header[1:]
    cells: dict[tuple[str, str], str] = {}
    for line in rows[1:]:
        parts = [cell.strip() for cell in line.strip().strip("|").split("|")]
        key = parts[0].strip("`")
        for model, symbol in zip(models, parts[1:], strict=True):
            cells[(model, key)] = symbol
    return models, cells


MATRIX_MODELS, MATRIX = _parse_matrix()
MATRIX_KEYS = sorted({key for _, key in MATRIX})


@pytest.fixture(scope="module")
def table() -> ModelTable:
    return load_model_table()


def test_counts_21_models_28_keys(table: ModelTable) -> None:
    assert len(MATRIX_MODELS) == 21 and len(MATRIX_KEYS) == 28  # the transcript itself
    assert len(table.model_codes) == 21
    assert len(table.logical_keys) == 28
    assert set(table.model_codes) == set(MATRIX_MODELS)
    assert set(table.logical_keys) == set(MATRIX_KEYS)


@pytest.mark.parametrize("model", MATRIX_MODELS)
def test_model_matches_facts_matrix(table: ModelTable, model: str) -> None:
    entry = table.entry_for(model)
    assert table.model_name(model), f"{model} has no name"
    for key in MATRIX_KEYS:
        symbol = MATRIX[(model, key)]
        listed = key in entry["endpoints"]
        if symbol == "·":
            assert not listed, f"{model} {key}: facts say not listed"
            continue
        assert listed, f"{model} {key}: facts say {symbol}"
        found = table._endpoints[model][key]  # no fallback warning path: listed entries only
        if symbol == "✗":
            assert isinstance(found, Unsupported), f"{model} {key}"
            assert found.model_code == model and found.key == key
            assert 400 <= found.status <= 599 and found.code and found.reason
        else:
            assert isinstance(found, EndpointDefinition), f"{model} {key}"
            assert found.mode == SYMBOL_MODE[symbol], f"{model} {key}"


def test_spot_checks(table: ModelTable) -> None:
    assert table.supports("X101VE", "charge-mode")
    assert [
        m
        for m in table.model_codes
        if table.supports(m, "alerts") and "alerts" in table.entry_for(m)["endpoints"]
    ] == ["R5E1VE"]
    start = table.lookup("XBG1VE", "actions/charge-start")
    assert start == EndpointDefinition(
        "actions/charge-start", "postKcmChargePauseResume", "kcm-pause-resume"
    )
    assert (start.body_type, start.action) == ("ChargePauseResume", "resume")
    stop = table.lookup("XBG1VE", "actions/charge-stop")
    assert (stop.mode, stop.action) == ("kcm-pause-resume", "pause")
    hvac_stop = table.lookup("A5E1AE", "actions/hvac-stop")
    assert isinstance(hvac_stop, EndpointDefinition)
    assert (hvac_stop.operation_id, hvac_stop.mode, hvac_stop.action) == (
        "postHvacStart",
        "kca-stop",
        "stop",
    )
    assert table.lookup("A4E1VE", "actions/hvac-stop").action == "cancel"
    for model in table.model_codes:
        assert not table.supports(model, "lock-status"), model
        assert not table.supports(model, "res-state"), model
        assert table.supports(model, "cockpit"), model
    assert [
        m
        for m in table.model_codes
        if table.supports(m, "pressure") and "pressure" in table.entry_for(m)["endpoints"]
    ] == ["X102VE"]


def test_kcm_routes_use_kcm_operations(table: ModelTable) -> None:
    assert table.lookup("XCB1VE", "actions/charge-start").operation_id == "postKcmChargeStart"
    assert (
        table.lookup("XCB1VE", "actions/charge-set-schedule").operation_id
        == "postKcmChargeSchedule"
    )
    r5 = table.lookup("R5E1VE", "actions/charge-start")
    assert (r5.operation_id, r5.companion_operation_id) == ("postKcmEvSettings", "getKcmEvSettings")
    assert table.lookup("XCB1SE", "charge-schedule").operation_id == "getKcmEvSettings"
    assert table.lookup("X101VE", "charge-schedule").operation_id == "getChargeSchedule"
    assert table.lookup("X102VE", "actions/charge-stop").operation_id == "postKcmChargePauseResume"
    assert table.lookup("X102VE", "actions/charge-start").operation_id == "postChargingStart"
    soc = table.lookup("R5E1VE", "soc-levels")
    assert (soc.operation_id, soc.companion_operation_id) == ("getKcmSocLevels", "postKcmSocLevels")


def test_observed_failure_reasons_recorded(table: ModelTable) -> None:
    notif = table.lookup("A4E1VE", "notification-settings")
    assert isinstance(notif, Unsupported)
    assert (notif.code, notif.status) == ("400001", 400)
    assert "GDC gateway" in notif.reason
    hvac = table.lookup("XHN1SU", "actions/hvac-start")
    assert (hvac.code, hvac.status) == ("err.func.wired.methodNotAllowed", 405)
    plain = table.lookup("DU31SU", "battery-status")
    assert (plain.code, plain.status) == ("err.func.wired.forbidden", 403)


def test_specifications_model_and_gateway(table: ModelTable) -> None:
    watts = "reports-charging-power-in-watts"
    minutes = "reports-charge-session-durations-in-minutes"
    assert {watts, minutes} <= table.specifications("X101VE")
    assert table.specifications("X102VE") == frozenset({"hvac-cancel-ignored"})
    assert {watts, minutes} <= table.specifications("X102VE", gateway="GDC")
    assert table.specifications(None, gateway="AVN") == frozenset()
    assert "control-charge-via-kcm" in table.specifications("XBG1VE")
    models_in_watts = [m for m in table.model_codes if watts in table.specifications(m)]
    assert models_in_watts == ["X101VE"]


def test_alternative(table: ModelTable) -> None:
    hint = table.alternative("R5E1VE", "charge-mode")
    assert hint is not None and "ev/settings" in hint
    assert table.alternative("X101VE", "charge-mode") is None  # supported: no alternative needed
    # `requires`: only suggested where charging-settings works.
    assert table.alternative("X102VE", "charge-mode").startswith("charging-settings")
    assert table.alternative("DU31SU", "charge-mode") is None
    assert "charger" in table.alternative("A5E1AE", "actions/charge-stop")
    assert table.alternative("R5E1VE", "cockpit") is None
    assert table.alternative(None, "charge-mode") is None
    # A fuel-only Clio is not told to use a charge schedule.
    assert table.alternative("XJA2VP", "actions/charge-start") is None


def test_unknown_model_falls_back_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    table = load_model_table()
    with caplog.at_level(logging.WARNING, logger="renault_ext.model_table"):
        first = table.lookup("XJD1SU", "lock-status")
        table.lookup("XJD1SU", "res-state")
        table.lookup("XJD1SU", "lock-status")
    assert first == EndpointDefinition("lock-status", "getLockStatus", "default")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "XJD1SU" in warnings[0].getMessage() and "renault probe" in warnings[0].getMessage()
    # The "already warned" set lives on the instance: a fresh table warns again.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="renault_ext.model_table"):
        load_model_table().lookup("XJD1SU", "cockpit")
    assert len(caplog.records) == 1


def test_unlisted_key_on_known_model_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    table = load_model_table()
    with caplog.at_level(logging.WARNING, logger="renault_ext.model_table"):
        assert table.lookup("X071VE", "alerts").operation_id == "getVehicleAlerts"
        table.lookup("X071VE", "alerts")
        table.lookup("X071VE", "cockpit")  # listed: never warns
    assert len(caplog.records) == 1
    assert "X071VE" in caplog.records[0].getMessage()


def test_no_model_code_uses_default_silently(caplog: pytest.LogCaptureFixture) -> None:
    table = load_model_table()
    with caplog.at_level(logging.WARNING):
        assert table.supports(None, "lock-status")
    assert caplog.records == []


def test_unknown_logical_key_is_an_error(table: ModelTable) -> None:
    with pytest.raises(ValueError, match="no-such-key"):
        table.lookup("X101VE", "no-such-key")


def test_get_endpoint_definition(table: ModelTable) -> None:
    assert table.get_endpoint_definition("X101VE", "location") is None
    assert table.get_endpoint_definition("X102VE", "location").operation_id == "getLocation"


def test_entry_for_is_a_copy(table: ModelTable) -> None:
    entry = table.entry_for("X101VE")
    entry["endpoints"]["charge-mode"] = "unsupported"
    assert table.supports("X101VE", "charge-mode")
    assert table.entry_for("NOPE01") == {}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "models.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_model_and_overrides_endpoint(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _write(
        tmp_path,
        """
models:
  xjd1su:
    name: Dacia Duster (2024)
    brand: DACIA
    specifications: [reports-charging-power-in-watts]
    endpoints:
      lock-status: default
      charge-mode: unsupported
      pressure: {unsupported: {code: err.func.wired.not-found, status: 404, reason: gone}}
  XCB1VE:
    endpoints:
      actions/charge-stop: {mode: kcm-pause-resume}
""",
    )
    table = load_model_table(path)
    assert "XJD1SU" in table.model_codes and len(table.model_codes) == 22
    assert table.model_name("XJD1SU") == "Dacia Duster (2024)"
    assert table.supports("XJD1SU", "lock-status")
    assert table.lookup("XJD1SU", "pressure") == Unsupported(
        "pressure", "XJD1SU", "err.func.wired.not-found", 404, "gone"
    )
    assert table.specifications("XJD1SU") == {"reports-charging-power-in-watts"}
    stop = table.lookup("XCB1VE", "actions/charge-stop")
    assert (stop.operation_id, stop.mode, stop.action) == (
        "postKcmChargePauseResume",
        "kcm-pause-resume",
        "pause",
    )
    # The rest of the shipped XCB1VE entry is untouched by the override.
    assert table.lookup("XCB1VE", "actions/charge-start").mode == "kcm"
    assert table.model_name("XCB1VE") == "Renault Megane E-Tech"
    with caplog.at_level(logging.WARNING):
        table.lookup("XJD1SU", "lock-status")
    assert caplog.records == []  # documented now: no warning


def test_user_file_explicit_operation_and_logical_key_override(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
logical_keys:
  cockpit: {operation: getCockpit, mode: default, note: moved back to v1 in 2024}
models:
  X102VE:
    endpoints:
      charge-schedule: {mode: kcm-settings}
      actions/charge-start: {mode: default, operation: postKcmChargeStart}
""",
    )
    table = load_model_table(path)
    assert table.lookup("X102VE", "charge-schedule").operation_id == "getKcmEvSettings"
    assert table.lookup("X102VE", "actions/charge-start") == EndpointDefinition(
        "actions/charge-start", "postKcmChargeStart", "default"
    )
    assert table.sources[-1] == str(path)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        (
            "models:\n  XAB1VE:\n    endpoints:\n      cockpit: turbo\n",
            ["XAB1VE", "cockpit", "turbo", "mode"],
        ),
        (
            "models:\n  XAB1VE:\n    endpoints:\n      cockpit: {mode: default, operation: getNothing}\n",
            ["XAB1VE", "cockpit", "getNothing"],
        ),
        (
            "models:\n  XAB1VE:\n    endpoints:\n      no-such-key: default\n",
            ["XAB1VE", "no-such-key"],
        ),
        (
            "models:\n  XAB1VE:\n    endpoints:\n      cockpit: kca-stop\n",
            ["XAB1VE", "cockpit", "kca-stop", "not defined"],
        ),
        (
            "models:\n  XAB1VE:\n    endpoints:\n      pressure: {unsupported: {status: 999}}\n",
            ["XAB1VE", "pressure", "999"],
        ),
        ("models:\n  XAB1VE:\n    colour: red\n", ["XAB1VE", "colour"]),
        ("modles: {}\n", ["modles"]),
        ("models: [1, 2]\n", ["models", "mapping"]),
        ("models:\n  XAB1VE: {endpoints: {cockpit: [1]\n", ["not valid YAML"]),
    ],
)
def test_bad_user_file_errors_name_file_model_key(
    tmp_path: Path, text: str, fragments: list[str]
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ModelTableError) as info:
        load_model_table(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


def test_bad_user_file_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        load_model_table(tmp_path / "missing.yaml")


def test_every_mode_is_reachable_from_the_shipped_table(table: ModelTable) -> None:
    used = {
        found.mode
        for model in table.model_codes
        for key in table.entry_for(model)["endpoints"]
        if isinstance(found := table.lookup(model, key), EndpointDefinition)
    }
    assert used == set(MODES)


def test_shipped_operations_exist_in_the_bundled_spec(table: ModelTable) -> None:
    from renault_ext.spec import load_spec, operations_by_id

    known = set(operations_by_id(load_spec()))
    routed = {
        found.operation_id
        for model in table.model_codes
        for key in table.logical_keys
        if isinstance(found := table._endpoints[model].get(key), EndpointDefinition)
    } | {table.default_definition(key).operation_id for key in table.logical_keys}
    missing = routed - known
    assert not missing, f"operations routed by models.yaml but absent from the spec: {missing}"
