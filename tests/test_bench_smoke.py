"""The pieces of scripts/bench run (no timing asserted: figures depend on the machine)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
RENAULT_API_PYTHON = ROOT / "benchmarks" / ".venv-renault-api" / "bin" / "python"


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bench_run = _load("bench_run")


def _sample(*values: float) -> dict[str, Any]:
    return bench_run.Sample(list(values)).as_dict()


def test_ratios_put_ours_over_theirs_and_invert_throughput() -> None:
    results = {
        "refresh": {
            "ours": _sample(0.1, 0.3, 0.2),
            "renault_api": _sample(1.0),
            "renault_api_gather": _sample(0.4),
        },
        "one_request": {"ours": _sample(0.05)},
        "cold_start": {"ours": _sample(2.0), "renault_api": _sample(1.0)},
        "parse": {"ours": 9000.0, "renault_api": 3000.0},
    }
    ratios = bench_run.ratios(results)
    assert ratios["full_refresh_ratio"] == pytest.approx(0.2)  # median 0.2 / 1.0
    assert ratios["full_refresh_ratio_vs_gather"] == pytest.approx(0.5)
    assert ratios["full_refresh_latency_multiple"] == pytest.approx(4.0)
    assert ratios["cold_start_ratio"] == pytest.approx(2.0)
    assert ratios["parse_ratio"] == pytest.approx(1 / 3)  # lower is better for throughput too
    assert ratios["fleet_refresh_ratio"] is None  # not measured: no figure, no crash
    verdicts = {t: met for t, _, _, met in bench_run.targets(results, ratios)}
    assert verdicts["refresh 1 vehicle vs renault-api"] is True
    assert verdicts["cold start vs renault-api"] is False
    assert verdicts["parse throughput vs renault-api"] is True
    assert verdicts["refresh 10 vehicles vs renault-api"] is None


def test_results_markdown_lists_figures_targets_and_machine(tmp_path: Path) -> None:
    results: dict[str, Any] = {
        "cold_start": {
            "ours": _sample(0.5),
            "renault_api": _sample(1.0),
            "round_trips": {"ours": 5, "renault_api": 6},
        },
        "parse": {"ours": 1000.0, "renault_api": 100.0, "bodies": 3},
    }
    results["ratios"] = bench_run.ratios(results)
    results["meta"] = {
        "date": "2026-01-01",
        "quick": True,
        "duration_s": 1.0,
        "machine": "test box",
        "load_before": "0",
        "load_after": "0",
        "versions": "v",
        "latency_ms": 50.0,
        "jitter_ms": 10.0,
    }
    out = tmp_path / "RESULTS.md"
    bench_run.write_results(results, out)
    text = out.read_text(encoding="utf-8")
    assert "test box" in text and "| cold start vs renault-api | 0.50× | ≤ 0.50× | met |" in text
    assert "500 ms" in text and "1,000 bodies/s" in text


def test_parse_set_comes_from_existing_200_fixtures() -> None:
    items = bench_run.fixture_items()
    assert len(items) >= len(bench_run.PARSE_OPERATIONS) // 2
    assert all(Path(path).is_file() and op in bench_run.PARSE_OPERATIONS for op, path in items)
    assert not any(path.endswith(".error.json") for _, path in items)


@pytest.fixture(scope="module")
def fake() -> Iterator[dict[str, Any]]:
    env = bench_run.child_env(Path("/tmp") / "renault-bench-test-pycache")
    with bench_run.fake_backend(Path(sys.executable), env, latency_ms=0, jitter_ms=0) as info:
        yield {"info": info, "env": env}


def _endpoint(fake: dict[str, Any]) -> dict[str, Any]:
    return {k: fake["info"][k] for k in ("base_url", "gigya_api_key", "kamereon_api_key")}


def test_bench_demo_world_has_a_single_car_and_a_ten_car_account(fake: dict[str, Any]) -> None:
    users = fake["info"]["users"]
    assert [u["vins"] for u in users] == [1, 10]
    assert fake["info"]["base_url"].startswith("http://127.0.0.1:")


def _exercise(worker: Any, fake: dict[str, Any]) -> None:
    solo, fleet = fake["info"]["users"]
    endpoint = _endpoint(fake)
    assert worker.ask("setup", name="solo", fake=endpoint, user=solo)["vehicles"] == 1
    assert worker.ask("setup", name="fleet", fake=endpoint, user=fleet)["vehicles"] == 10
    one = worker.ask("refresh", name="solo", mode="sequential")
    assert one["requests"] == one["endpoints"] >= 3 and one["errors"] == 0
    many = worker.ask("refresh", name="fleet", mode="gather")
    assert many["requests"] > one["requests"] and many["seconds"] > 0
    assert worker.ask("one_request", name="solo")["seconds"] > 0
    items = bench_run.fixture_items()
    ok = worker.ask("parse_check", items=items)["ok"]
    assert ok and set(ok) <= set(range(len(items)))
    parsed = worker.ask("parse", items=[items[i] for i in ok], min_seconds=0.06)
    assert parsed["bodies"] == len(ok) and parsed["bodies_per_second"] > 0
    worker.ask("close")


def test_our_worker_runs_every_scenario_against_the_fake(fake: dict[str, Any]) -> None:
    worker = bench_run.Worker(Path(sys.executable), SCRIPTS / "bench_worker_ours.py", fake["env"])
    try:
        _exercise(worker, fake)
    finally:
        worker.close()
    answer = bench_run.run_once(
        Path(sys.executable),
        SCRIPTS / "bench_worker_ours.py",
        "cold_start",
        {"fake": _endpoint(fake), "user": fake["info"]["users"][0]},
        fake["env"],
    )
    assert answer["requests"] >= 5 and isinstance(answer["battery_level"], int)


@pytest.mark.skipif(
    not RENAULT_API_PYTHON.exists(), reason="run scripts/bench once to install renault-api"
)
def test_renault_api_worker_runs_every_scenario_against_the_fake(fake: dict[str, Any]) -> None:
    worker = bench_run.Worker(
        RENAULT_API_PYTHON, SCRIPTS / "bench_worker_renault_api.py", fake["env"]
    )
    try:
        _exercise(worker, fake)
    finally:
        worker.close()
    answer = bench_run.run_once(
        RENAULT_API_PYTHON,
        SCRIPTS / "bench_worker_renault_api.py",
        "cold_start",
        {"fake": _endpoint(fake), "user": fake["info"]["users"][0]},
        fake["env"],
    )
    assert answer["requests"] >= 5 and isinstance(answer["battery_level"], int)


def test_json_output_has_the_issue_keys(tmp_path: Path) -> None:
    """--json writes the ratios at top level (checked without running the clients)."""
    results: dict[str, Any] = {"cold_start": {"ours": _sample(1.0), "renault_api": _sample(2.0)}}
    ratios = bench_run.ratios(results)
    document = json.loads(json.dumps({**ratios, **results}))
    for key in (
        "full_refresh_ratio",
        "fleet_refresh_ratio",
        "cold_start_ratio",
        "import_ratio",
        "parse_ratio",
    ):
        assert key in document
    assert document["cold_start_ratio"] == pytest.approx(0.5)
