"""`renault validate`: formats, matching, statuses, drift, invalid bodies, CLI contract, --suggest."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from trace_cli import run_trace_cli as run_cli

from renault_ext.traces import (
    Exchange,
    RawBodyOptions,
    TraceWriter,
    Validator,
    apply_suggestions,
    build_suggestions,
    render_yaml,
)
from renault_ext.traces.jsonstream import iter_har

DATA = Path(__file__).parent / "data" / "traces"
MINI = DATA / "mini_spec.json"
BATTERY = "/commerce/v1/accounts/account-id-1/kamereon/kca/car-adapter/v2/cars/VF1AAAAA555777999/battery-status"
HORN = "/commerce/v1/accounts/account-id-1/kamereon/kca/car-adapter/v1/cars/VF1AAAAA555777999/actions/horn-lights"


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(MINI.read_text())


@pytest.fixture(scope="module")
def validator(spec: dict) -> Validator:
    return Validator(spec)


def kinds(result) -> set[str]:
    return {p.kind for p in result.problems}


def battery(**attributes) -> str:
    return json.dumps(
        {"data": {"type": "Car", "id": "VF1AAAAA555777999", "attributes": attributes}}
    )


# -- matching -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        (
            "GET",
            "https://api-wired-prod-1-euw1.wrd-aws.com" + BATTERY + "?country=FR",
            "getBatteryStatus",
        ),
        ("GET", "http://127.0.0.1:8765" + BATTERY, "getBatteryStatus"),  # fake backend
        (
            "GET",
            "https://api-wired-prod-1-usw2.wrd-aws.com" + BATTERY.replace("account-id-1", "A-9"),
            "getBatteryStatus",
        ),
        ("POST", "https://accounts.us1.gigya.com/accounts.login", "gigyaLogin"),
        ("post", "http://127.0.0.1:1/gigya/accounts.login?x=1", "gigyaLogin"),  # by method name
    ],
)
def test_exchanges_match_their_operation_by_method_and_path(
    validator, method, url, expected
) -> None:
    assert validator.index.match(method, url).operation.operation_id == expected


def test_unknown_path_is_not_in_spec_with_ids_masked(validator) -> None:
    url = "https://h/commerce/v1/accounts/6f1c2a2e-0000-4000-8000-00000000abcd/kamereon/kca/car-adapter/v1/cars/VF1ZZZZZ512345678/cockpit"
    result = validator.validate_exchange(Exchange("t", "GET", url, 200, response_body="{}"))
    assert result.status == "not-in-spec" and result.operation is None
    assert result.path == "/commerce/v1/accounts/{id}/kamereon/kca/car-adapter/v1/cars/{id}/cockpit"
    assert "VF1ZZZZZ512345678" not in json.dumps(result.to_json())
    wrong_method = validator.validate_exchange(Exchange("t", "DELETE", BATTERY, 200))
    assert wrong_method.status == "not-in-spec" and "DELETE" in wrong_method.problems[0].message


# -- statuses and problems -------------------------------------------------------------------------
def test_ok_body(validator) -> None:
    result = validator.validate_body(
        "getBatteryStatus", battery(batteryLevel=50, plugStatus=1, chargingStatus=-1.0)
    )
    assert (result.status, result.problems) == ("ok", [])


def test_drift_kinds_are_reported_with_pointers(validator) -> None:
    result = validator.validate_body(
        "getBatteryStatus",
        battery(plugStatus=3, chargingStatus=0.7, batteryAutonomy=27.0, socNew={"a": 1}),
    )
    assert result.status == "drift"
    by_kind = {p.kind: p for p in result.problems}
    assert by_kind["new-enum-value"].pointer == "/data/attributes/plugStatus"
    assert by_kind["unknown-value"].pointer == "/data/attributes/chargingStatus"
    assert by_kind["new-type"].pointer == "/data/attributes/batteryAutonomy"
    assert by_kind["unknown-property"].pointer == "/data/attributes/socNew"
    assert all(p.severity == "drift" for p in result.problems)


@pytest.mark.parametrize(
    ("body", "kind", "pointer"),
    [
        (json.dumps({"nodata": 1}), "missing-required", "/data"),
        (battery(batteryLevel="high"), "wrong-type", "/data/attributes/batteryLevel"),
        (battery(plugStatus="1"), "wrong-type", "/data/attributes/plugStatus"),
        ('{"data": ', "not-json", ""),
        ("<!DOCTYPE html><html><title>Oops</title></html>", "html-page", ""),
        ("   ", "empty-body", ""),
    ],
)
def test_invalid_bodies(validator, body, kind, pointer) -> None:
    result = validator.validate_body("getBatteryStatus", body)
    assert result.status == "invalid"
    assert any(
        p.kind == kind and p.pointer == pointer and p.severity == "invalid" for p in result.problems
    ), result.problems


def test_personal_values_are_never_printed(validator) -> None:
    secret_vin = "VF1ZZZZZ000000042"
    body = json.dumps({"data": {"type": "Car", "id": 12345678, "attributes": {}}})
    shown = json.dumps(validator.validate_body("getBatteryStatus", body).to_json())
    assert "12345678" not in shown and "wrong-type" in shown  # id is x-personal-data
    form = f"ApiKey=k3y-s3cret&loginID=someone%40mail.test&password=hunter2&vin={secret_vin}"
    result = validator.validate_exchange(
        Exchange(
            "t",
            "POST",
            "/accounts.login",
            200,
            request_body=form,
            response_body='{"errorCode": 0, "UID": "uid-secret-9"}',
        )
    )
    text = json.dumps(result.to_json())
    assert result.status == "drift" and "vin" in text and "UID" in text
    for secret in ("k3y-s3cret", "someone", "hunter2", secret_vin, "uid-secret-9"):
        assert secret not in text


def test_status_selects_the_response_schema(validator) -> None:
    error = json.dumps(
        {"type": "FUNCTIONAL", "errors": [{"errorCode": "err.func.wired.unauthorized"}]}
    )
    assert validator.validate_body("getBatteryStatus", error, status=401).status == "ok"
    assert (
        validator.validate_body("getBatteryStatus", error, status=200).status == "invalid"
    )  # no data
    assert (
        validator.validate_body("getBatteryStatus", "<html>down</html>", status=503).status == "ok"
    )  # text/html
    assert kinds(validator.validate_body("getBatteryStatus", error, status=418)) == {
        "undocumented-status"
    }
    assert validator.validate_body("getContracts", error, status=404).status == "ok"  # `default`
    bad_error = json.dumps({"errors": [{"errorMessage": "no code"}]})
    assert kinds(validator.validate_body("getContracts", bad_error, status=500)) == {
        "missing-required"
    }


def test_requests_are_validated(validator) -> None:
    good = json.dumps(
        {"data": {"type": "HornLights", "attributes": {"action": "start", "target": "horn"}}}
    )
    bad = json.dumps(
        {"data": {"type": "HornLights", "attributes": {"action": "stop", "target": "horn"}}}
    )
    assert validator.validate_body("postHornLights", good, request=True).status == "ok"
    result = validator.validate_body("postHornLights", bad, request=True)
    assert result.status == "invalid" and result.problems[0].where == "request"
    missing = validator.validate_exchange(Exchange("t", "POST", HORN, 200, response_body=good))
    assert kinds(missing) == {"missing-body"}


# -- input formats ---------------------------------------------------------------------------------
def test_har_file(validator) -> None:
    results = list(validator.validate_paths([DATA / "sample.har"]))
    assert [r.status for r in results] == [
        "ok",
        "drift",
        "ok",
        "ok",
        "invalid",
        "not-in-spec",
        "ok",
    ]
    assert results[2].operation == "gigyaLogin"  # text/javascript body, form request
    assert {"html-page", "missing-required"} <= kinds(results[4])


def test_cassette_file(validator) -> None:
    results = list(validator.validate_paths([DATA / "sample_cassette.yaml"]))
    assert [(r.operation, r.status) for r in results] == [
        ("getContracts", "ok"),
        ("getContracts", "drift"),
    ]


def test_trace_log_written_by_trace_writer_is_read_back(validator, tmp_path) -> None:
    log = tmp_path / "session.jsonl"
    with TraceWriter(log) as writer:
        writer.write_exchange(
            method="GET",
            url="http://127.0.0.1:9" + BATTERY + "?country=FR",
            status=200,
            response_body=battery(plugStatus=1),
            duration_ms=12.5,
            operation="getBatteryStatus",
        )
        writer.write_exchange(
            method="GET",
            url="http://127.0.0.1:9" + BATTERY,
            status=200,
            response_body=battery(plugStatus=7),
        )
    header = json.loads(log.read_text().splitlines()[0])
    assert header["format"] == "renault-trace" and header["version"] == 1
    record = json.loads(log.read_text().splitlines()[1])
    assert set(record) == {
        "ts",
        "method",
        "url",
        "request_headers",
        "request_body",
        "status",
        "response_headers",
        "response_body",
        "duration_ms",
        "operation",
    }
    results = list(validator.validate_paths([log]))
    assert [(r.operation, r.status) for r in results] == [
        ("getBatteryStatus", "ok"),
        ("getBatteryStatus", "drift"),
    ]


def test_raw_bodies_need_method_and_url_or_operation(validator) -> None:
    raw = RawBodyOptions(method="GET", url=BATTERY)
    assert [r.status for r in validator.validate_paths([DATA / "battery_ok.json"], raw)] == ["ok"]
    assert [r.status for r in validator.validate_paths([DATA / "battery_drift.json"], raw)] == [
        "drift"
    ]
    by_op = RawBodyOptions(operation="getBatteryStatus", status=401)
    assert [r.status for r in validator.validate_paths([DATA / "error_401.json"], by_op)] == ["ok"]
    request = RawBodyOptions(operation="postHornLights", request=True)
    assert [r.status for r in validator.validate_paths([DATA / "horn_request.json"], request)] == [
        "ok"
    ]
    assert [r.status for r in validator.validate_paths([DATA / "not_json.txt"], raw)] == ["invalid"]
    no_context = list(validator.validate_paths([DATA / "battery_ok.json"]))
    assert no_context[0].status == "error" and "--method" in no_context[0].problems[0].message


def test_directories_recurse(validator, tmp_path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "x.har").write_bytes((DATA / "sample.har").read_bytes())
    (tmp_path / "c.yaml").write_bytes((DATA / "sample_cassette.yaml").read_bytes())
    assert len(list(validator.validate_paths([tmp_path]))) == 9


def test_broken_files_get_an_error_and_the_rest_is_processed(validator, tmp_path) -> None:
    har_text = (DATA / "sample.har").read_text()
    files = {
        "empty.har": b"",
        "binary.bin": bytes(range(256)),
        "latin1.json": '{"caf\u00e9": 1}'.encode("latin-1"),
        "malformed.har": b'{"log": {"entries": [{"request": }]}}',
        "truncated.har": har_text[: len(har_text) // 2].encode(),
        "bad.yaml": b"interactions:\n  - request: [unclosed\n",
        "bad_trace.jsonl": b'{"format": "renault-trace", "version": 1}\n{not json}\n'
        + json.dumps(
            {"method": "GET", "url": BATTERY, "status": 200, "response_body": battery()}
        ).encode()
        + b"\n",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    good = tmp_path / "zz_good.har"
    good.write_text(har_text)
    results = list(validator.validate_paths(sorted(tmp_path.iterdir())))
    errors = {
        Path(r.file.split("#")[0].split(":")[0]).name: r.problems[0].message
        for r in results
        if r.status == "error"
    }
    assert set(errors) == set(files)
    assert (
        "empty" in errors["empty.har"]
        and "binary" in errors["binary.bin"]
        and "UTF-8" in errors["latin1.json"]
    )
    assert "truncated" in errors["truncated.har"] or "malformed" in errors["truncated.har"]
    # Entries before the truncation and every exchange of the good files were still validated.
    assert sum(1 for r in results if r.file.startswith(str(tmp_path / "truncated.har#"))) >= 1
    assert sum(1 for r in results if r.file.startswith(str(good))) == 7
    assert any(r.file.endswith("bad_trace.jsonl:3") and r.status == "ok" for r in results)


def _nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


@pytest.mark.parametrize("depth", [10, 200, 600, 5_000, 100_000])
def test_deep_nesting_is_a_problem_not_an_exception(validator, depth) -> None:
    from renault_ext.traces.validate import MAX_NESTING

    result = validator.validate_body("getBatteryStatus", '{"data": ' + _nested(depth) + "}")
    assert result.status == "invalid"
    if depth + 1 > MAX_NESTING:
        assert kinds(result) == {"too-deep"}
        assert f"{MAX_NESTING} levels" in result.problems[0].message
    else:  # shallow enough: checked against the schema as usual
        assert "too-deep" not in kinds(result) and "wrong-type" in kinds(result)


def test_deep_nesting_in_files_is_reported_per_exchange(validator, tmp_path) -> None:
    def har(entries) -> str:
        return json.dumps({"log": {"version": "1.2", "entries": entries}})

    deep_entry = {
        "request": {"method": "GET", "url": "https://h" + BATTERY, "headers": []},
        "response": {
            "status": 200,
            "headers": [],
            "content": {"mimeType": "application/json", "text": _nested(5_000)},
        },
    }
    header = json.dumps({"format": "renault-trace", "version": 1})
    good_record = json.dumps(
        {"method": "GET", "url": BATTERY, "status": 200, "response_body": battery()}
    )
    (tmp_path / "a_deep_body.har").write_text(har([deep_entry, deep_entry]))
    (tmp_path / "b_deep_entry.har").write_text('{"log": {"entries": [' + _nested(100_000) + "]}}")
    (tmp_path / "c_deep.jsonl").write_text(f"{header}\n{_nested(100_000)}\n{good_record}\n")
    (tmp_path / "zz_good.har").write_bytes((DATA / "sample.har").read_bytes())
    results = {
        r.file.replace(str(tmp_path) + "/", ""): r for r in validator.validate_paths([tmp_path])
    }
    assert [results[f"a_deep_body.har#{i}"].status for i in (1, 2)] == ["invalid", "invalid"]
    assert kinds(results["a_deep_body.har#1"]) == {"too-deep"}
    assert results["b_deep_entry.har"].status == "error"
    assert "nested too deeply" in results["b_deep_entry.har"].problems[0].message
    assert results["c_deep.jsonl:2"].status == "error" and results["c_deep.jsonl:3"].status == "ok"
    assert sum(1 for name in results if name.startswith("zz_good.har#")) == 7


@pytest.mark.parametrize(
    ("log", "expected"),
    [
        ({"version": "1.2", "entries": None}, "must be an array, not null"),
        ({"version": "1.2", "entries": {"0": {}}}, "must be an array, not an object"),
        ({"version": "1.2"}, "no 'entries' array"),
    ],
)
def test_har_without_an_entries_array_is_an_error(validator, tmp_path, log, expected) -> None:
    (tmp_path / "a.har").write_text(json.dumps({"log": log}))
    (tmp_path / "b.har").write_bytes((DATA / "sample.har").read_bytes())
    results = list(validator.validate_paths(sorted(tmp_path.iterdir())))
    first, rest = results[0], results[1:]
    assert first.file == str(tmp_path / "a.har") and first.status == "error"
    assert expected in first.problems[0].message
    assert len(rest) == 7 and all(r.file.startswith(str(tmp_path / "b.har#")) for r in rest)


def test_an_empty_entries_array_is_simply_no_exchange(validator, tmp_path) -> None:
    (tmp_path / "a.har").write_text(json.dumps({"log": {"version": "1.2", "entries": []}}))
    assert list(validator.validate_paths([tmp_path / "a.har"])) == []


def test_har_streaming_across_chunk_boundaries(monkeypatch) -> None:
    import renault_ext.traces.jsonstream as js

    monkeypatch.setattr(js, "_CHUNK", 7)  # force every value to straddle reads
    doc = {
        "log": {
            "version": "1.2",
            "creator": {"n": 12345},
            "entries": [{"i": i, "s": "x" * i} for i in range(30)],
            "comment": "after",
        },
        "extra": 123456789,
    }
    events = list(iter_har(io.StringIO(json.dumps(doc))))
    entries = [v for e, v in events if e == "entry"]
    assert entries == doc["log"]["entries"]
    assert ("top:extra", 123456789) in events and ("log:comment", "after") in events


# -- CLI ---------------------------------------------------------------------------------------------
def test_cli_exit_codes_and_json_output() -> None:
    spec = ["--spec", str(MINI)]
    code, out = run_cli("validate", *spec, "--json", str(DATA / "sample_cassette.yaml"))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [line["status"] for line in lines] == ["ok", "drift"]
    assert set(lines[0]) >= {"file", "operation", "status", "problems"}
    assert run_cli("validate", *spec, "--strict", str(DATA / "sample_cassette.yaml"))[0] == 1
    code, out = run_cli("validate", *spec, str(DATA / "sample.har"))
    assert (
        code == 1
        and out.strip().splitlines()[-1] == "7 exchanges: 4 ok, 1 drift, 1 not-in-spec, 1 invalid"
    )
    raw = ["--method", "GET", "--url", BATTERY]
    assert run_cli("validate", *spec, *raw, "--strict", str(DATA / "battery_ok.json"))[0] == 0
    assert (
        run_cli(
            "validate",
            *spec,
            "--operation",
            "getBatteryStatus",
            "--status",
            "401",
            str(DATA / "error_401.json"),
        )[0]
        == 0
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--method", "GET", "x.json"],
        ["--method", "GET", "--url", "/x", "--operation", "getBatteryStatus", "x.json"],
        ["--status", "500", "x.json"],
        ["--operation", "noSuchOperation", "x.json"],
        ["--bogus", "x.json"],
        [],
    ],
)
def test_cli_usage_errors_exit_2(argv) -> None:
    assert run_cli("validate", "--spec", str(MINI), *argv)[0] == 2


# -- --suggest ----------------------------------------------------------------------------------------
def test_suggest_output_applied_to_the_spec_makes_the_drift_disappear(spec, tmp_path) -> None:
    import yaml

    inputs = [str(DATA / "sample.har"), str(DATA / "sample_cassette.yaml")]
    _code, out = run_cli("validate", "--spec", str(MINI), "--suggest", *inputs)
    text = out[out.index("# Spec changes") : out.rindex("\n", 0, len(out) - 1)]
    changes = yaml.safe_load(text)
    assert {c["at"] for c in changes} >= {
        "#/components/schemas/KnownPlugStatus",
        "#/components/schemas/BatteryStatusAttributes",
    }
    patched = tmp_path / "patched.json"
    patched.write_text(json.dumps(apply_suggestions(spec, changes)))
    _, out = run_cli("validate", "--spec", str(patched), "--json", *inputs)
    statuses = [json.loads(line)["status"] for line in out.splitlines()]
    assert (
        "drift" not in statuses
        and statuses.count("invalid") == 1
        and statuses.count("not-in-spec") == 1
    )


def test_suggest_never_contains_personal_values(validator) -> None:
    body = battery(plugStatus=1, ownerEmail="jane.doe@mail.test", gps={"lat": 45.1234567})
    changes = build_suggestions([validator.validate_body("getBatteryStatus", body)])
    text = render_yaml(changes)
    assert "jane.doe" not in text and "45.1234567" not in text
    props = changes[0]["properties"]
    assert (
        props["ownerEmail"]["x-personal-data"] is True
        and props["gps"]["properties"]["lat"]["type"] == "number"
    )


def test_suggest_against_the_bundled_spec(tmp_path) -> None:
    """Drift from a real operation of the shipped spec; the patch is applied to a copy of it."""
    real = Validator()
    body = {
        "data": {
            "type": "Car",
            "id": "VF1AAAAA555777999",
            "attributes": {"batteryLevel": 50, "plugStatus": 7, "brandNewField": [{"k": "v"}]},
        }
    }
    result = real.validate_body("getBatteryStatus", json.dumps(body))
    assert {"new-enum-value", "unknown-property"} <= kinds(result)
    patched = apply_suggestions(real.index.spec, build_suggestions([result]))
    again = Validator(patched).validate_body("getBatteryStatus", json.dumps(body))
    assert again.status == "ok", again.problems


def test_real_entry_point_runs_validate() -> None:
    """Through `renault_ext.cli.main`, the console script's entry point."""
    from renault_ext.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["validate", "--spec", str(MINI), "--json", str(DATA / "sample_cassette.yaml")])
    assert code == 0 and len(out.getvalue().splitlines()) == 2


def test_mini_spec_json_is_the_yaml_source() -> None:
    import yaml

    assert json.loads(MINI.read_text()) == yaml.safe_load((DATA / "mini_spec.yaml").read_text())


# -- values that look secret are never shown, even where the spec does not mark them personal --------
def test_a_secret_looking_value_is_hidden_from_the_report_and_the_suggestion() -> None:
    real = Validator()
    body = {
        "data": {
            "type": "Car",
            "id": "VF1AAAAA555777001",
            "attributes": {"hvacStatus": "owner@example.test"},  # an open enum of strings
        }
    }
    result = real.validate_body("getHvacStatus", json.dumps(body))
    assert kinds(result) == {"new-enum-value"}
    assert "owner@example.test" not in json.dumps(result.to_json())
    assert "owner@example.test" not in render_yaml(build_suggestions([result]))


def test_fields_of_the_wrong_type_do_not_stop_the_report(validator, tmp_path) -> None:
    # Hand-edited captures: a body stored as an object, a method as a number...
    url = "http://127.0.0.1:9" + BATTERY
    log = tmp_path / "typed.jsonl"
    records = [
        {"method": "GET", "url": url, "status": 200, "response_body": json.loads(battery())},
        {"method": 5, "url": url, "status": 200, "response_body": battery()},
        {"method": "GET", "url": 5, "status": "200", "response_body": battery()},
        {"method": "GET", "url": url, "status": 200, "response_body": 5, "operation": [1]},
    ]
    header = {"format": "renault-trace", "version": 1}
    log.write_text("\n".join(json.dumps(r) for r in [header, *records]) + "\n")
    har = tmp_path / "typed.har"
    entry = {
        "request": {"method": ["GET"], "url": url, "headers": []},
        "response": {"status": 200, "headers": [], "content": {"mimeType": 7, "text": {"a": 1}}},
    }
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    results = list(validator.validate_paths([log, har]))
    assert len(results) == 5  # every exchange reported, none stopped the run
    assert results[0].status == "ok"  # a body stored as JSON is read as its JSON text
    assert all(r.status in ("ok", "drift", "invalid", "not-in-spec", "error") for r in results)


def test_a_broken_user_spec_is_a_usage_error(tmp_path) -> None:
    from renault_ext.spec import load_spec

    spec = load_spec()
    schemas = spec["components"]["schemas"]
    name = next(n for n in schemas if "properties" in schemas[n])
    first = next(iter(schemas[name]["properties"]))
    schemas[name]["properties"][first] = {"type": "integr"}  # a typo
    broken = tmp_path / "spec.json"
    broken.write_text(json.dumps(spec))
    code, out = run_cli("validate", "--spec", str(broken), str(DATA / "sample.har"))
    assert code == 2 and out == ""  # refused before any report line
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]")
    assert run_cli("validate", "--spec", str(listed), str(DATA / "sample.har"))[0] == 2


def test_suggest_handles_null_mixed_and_data_keys(spec, tmp_path) -> None:
    import yaml

    vin_key = "VF1ZZZZZ512345678"
    har = tmp_path / "drift.har"
    bodies = [
        battery(batteryLevel=50, newLevel=None, newThing=3, perCar={vin_key: {"km": 5}}),
        battery(batteryLevel=50, newLevel=3, newThing={"inner": 1}),
    ]
    entries = [
        {
            "request": {"method": "GET", "url": "http://127.0.0.1:9" + BATTERY, "headers": []},
            "response": {
                "status": 200,
                "headers": [],
                "content": {"mimeType": "application/json", "text": body},
            },
        }
        for body in bodies
    ]
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    _code, out = run_cli("validate", "--spec", str(MINI), "--suggest", str(har))
    assert vin_key not in out  # a key that is data is never printed
    changes = yaml.safe_load(out[out.index("# Spec changes") : out.rindex("\n", 0, len(out) - 1)])
    patched = tmp_path / "patched.json"
    patched.write_text(json.dumps(apply_suggestions(spec, changes)))
    _, after = run_cli("validate", "--spec", str(patched), "--strict", "--json", str(har))
    # null then 3: nullable, not "integer" (which would turn the drift into invalid); 3 then an
    # object: both shapes kept; a VIN-keyed map: additionalProperties.
    assert [json.loads(line)["status"] for line in after.splitlines()] == ["ok", "ok"]


def test_nan_is_not_json_and_a_named_operation_does_not_hide_a_new_path(
    validator, tmp_path
) -> None:
    nan = tmp_path / "nan.json"
    nan.write_text(battery(batteryLevel=1).replace("1}", "NaN}"))
    raw = RawBodyOptions(operation="getBatteryStatus")
    (result,) = validator.validate_paths([nan], raw)
    assert result.status == "invalid" and "not-json" in kinds(result)
    log = tmp_path / "renamed.jsonl"
    with TraceWriter(log) as writer:
        writer.write_exchange(
            method="GET",
            url="http://127.0.0.1:9" + BATTERY.replace("battery-status", "battery-state"),
            status=200,
            response_body=battery(batteryLevel=1),
            operation="getBatteryStatus",
        )
    (renamed,) = validator.validate_paths([log])
    assert renamed.operation == "getBatteryStatus" and renamed.status == "drift"
    assert "not-in-spec" in kinds(renamed)


@pytest.mark.parametrize("status", ["0", "-5", "1000"])
def test_status_must_be_an_http_status(status: str, tmp_path) -> None:
    body = tmp_path / "b.json"
    body.write_text(battery())
    code, _ = run_cli("validate", "--operation", "getBatteryStatus", "--status", status, str(body))
    assert code == 2


def test_browser_noise_is_skipped_not_judged(validator, tmp_path) -> None:
    api = "https://api-wired-prod-1-euw1.wrd-aws.com" + BATTERY
    calls = [
        ("OPTIONS", api, 204, None),
        ("HEAD", api, 200, None),
        ("GET", "https://myrenault.example/static/app.js", 200, "var x;"),
        ("GET", "https://myrenault.example/", 200, "<html></html>"),
        ("GET", api, 200, battery(batteryLevel=5)),
    ]
    entries = [
        {
            "request": {"method": m, "url": u, "headers": []},
            "response": {"status": st, "headers": [], "content": {"text": body} if body else {}},
        }
        for m, u, st, body in calls
    ]
    har = tmp_path / "browser.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    statuses = [r.status for r in validator.validate_paths([har])]
    assert statuses == ["skipped"] * 4 + ["ok"]
    code, out = run_cli("validate", "--strict", str(har))
    assert code == 0 and "4 skipped" in out
