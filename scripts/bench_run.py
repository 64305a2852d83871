#!/usr/bin/env python
"""Side-by-side benchmark of our client and renault-api on the fake backend (GitHub issue 8).

Started by ``scripts/bench`` (which prepares renault-api's throwaway virtual environment). Starts
the fake backend in its own process, one long-lived worker per client (each in its own process and
interpreter), and runs every scenario for both clients in the same run, alternating which client
goes first, several repetitions, median and spread. Writes a terminal table,
benchmarks/RESULTS.md and, with ``--json FILE``, the figures as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
DEFAULT_RENAULT_API_VENV = ROOT / "benchmarks" / ".venv-renault-api"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"

# Fixture operations parsed by both clients in the parse scenario (renault-api has a schema for each).
PARSE_OPERATIONS = (
    "getBatteryStatus",
    "getCockpit",
    "getLocation",
    "getHvacStatus",
    "getLockStatus",
    "getPressure",
    "getResState",
    "getChargeMode",
    "getChargingSettings",
    "getHvacSettings",
    "getNotificationSettings",
    "getChargeHistory",
    "getCharges",
    "getHvacHistory",
    "getHvacSessions",
    "getCarAdapter",
    "getPerson",
    "getAccountVehicles",
    "getVehicleDetails",
    "getVehicleContracts",
)

IMPORTS_OURS = ("renault_openapi", "renault_ext", "renault_ext.client")
IMPORT_RENAULT_API = "renault_api.renault_client"


@dataclass(frozen=True)
class Plan:
    """Repetitions per scenario (``--quick`` keeps the whole run under a minute)."""

    latency: int
    cold_start: int
    refresh: int
    fleet: int
    imports: int
    parse_seconds: float
    validate_bodies: int
    memory: int
    regenerate: int
    trace_memory: bool = True
    """tracemalloc slows the memory run several times over; --quick reports peak RSS only."""


FULL = Plan(
    latency=15,
    cold_start=7,
    refresh=15,
    fleet=5,
    imports=9,
    parse_seconds=3.0,
    validate_bodies=10_000,
    memory=3,
    regenerate=2,
)
QUICK = Plan(
    latency=5,
    cold_start=2,
    refresh=5,
    fleet=1,
    imports=2,
    parse_seconds=0.9,
    validate_bodies=10_000,
    memory=1,
    regenerate=1,
    trace_memory=False,
)


# -- statistics --------------------------------------------------------------------------------
@dataclass
class Sample:
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    def spread(self) -> str:
        """min–max, the honest spread for a handful of repetitions."""
        if not self.values:
            return "-"
        return f"{min(self.values):.3g}–{max(self.values):.3g}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "min": min(self.values, default=None),
            "max": max(self.values, default=None),
            "n": len(self.values),
            "values": self.values,
        }


# -- processes ---------------------------------------------------------------------------------
def child_env(pycache: Path) -> dict[str, str]:
    """Both clients run with byte-code caching on (as an installed package does), in a private
    cache directory: the project's shell sets PYTHONDONTWRITEBYTECODE, which would make every
    import of ours compile from source while renault-api's wheel came pre-compiled."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    }
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def stderr_log() -> IO[str]:
    """Where the children's warnings go (renault-api warns about undocumented endpoints)."""
    return open(
        Path(tempfile.gettempdir()) / f"renault-bench-{os.getuid()}.log", "a", encoding="utf-8"
    )


class Worker:
    """A long-lived worker process speaking scripts/bench_protocol.py."""

    def __init__(self, python: Path, script: Path, env: dict[str, str]) -> None:
        with stderr_log() as errors:
            self.proc = subprocess.Popen(
                [str(python), str(script)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
                cwd=ROOT,
                stderr=errors,
            )

    def ask(self, op: str, **fields: Any) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.proc.args[1]} died")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(
                f"{op} failed in {Path(self.proc.args[1]).name}: {answer['error']}\n{answer.get('trace', '')}"
            )
        return answer

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@contextmanager
def fake_backend(
    python: Path, env: dict[str, str], latency_ms: float, jitter_ms: float
) -> Iterator[dict[str, Any]]:
    with stderr_log() as errors:
        proc = subprocess.Popen(
            [
                str(python),
                str(SCRIPTS / "bench_fake.py"),
                "--latency-ms",
                str(latency_ms),
                "--jitter-ms",
                str(jitter_ms),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
            stderr=errors,
        )
    try:
        assert proc.stdout
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the fake backend did not start")
        yield json.loads(line)
    finally:
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def run_once(
    python: Path, script: Path, scenario: str, command: dict[str, Any], env: dict[str, str]
) -> dict[str, Any]:
    """One scenario in a fresh interpreter (command on stdin, so no password in the process list)."""
    out = subprocess.run(
        [str(python), str(script), "--once", scenario],
        input=json.dumps(command),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{script.name} --once {scenario} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_seconds(python: Path, module: str, env: dict[str, str]) -> float:
    """Import time of ``module`` in a fresh interpreter, interpreter start-up excluded."""
    code = f"import time;t=time.perf_counter();import {module};print(time.perf_counter()-t)"
    out = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return float(out.stdout.strip())


# -- the run -----------------------------------------------------------------------------------
@dataclass
class Clients:
    ours_python: Path
    theirs_python: Path
    env: dict[str, str]
    ours: Worker
    theirs: Worker
    fresh_cache: bool


def alternate(reps: int, ours: Callable[[], None], theirs: Callable[[], None]) -> None:
    """Run both clients ``reps`` times, swapping which goes first each repetition."""
    for rep in range(reps):
        for action in (ours, theirs) if rep % 2 == 0 else (theirs, ours):
            action()


_STARTED = time.perf_counter()


def log(message: str) -> None:
    sys.stderr.write(f"bench [{time.perf_counter() - _STARTED:5.1f} s]: {message}\n")
    sys.stderr.flush()


def fixture_items() -> list[list[str]]:
    import yaml

    items = []
    for operation_id in PARSE_OPERATIONS:
        index = ROOT / "fixtures" / operation_id / "index.yaml"
        if not index.exists():
            continue
        for entry in yaml.safe_load(index.read_text(encoding="utf-8")) or []:
            path = index.parent / entry["file"]
            if (
                int(entry.get("status", 200)) == 200
                and path.suffix == ".json"
                and ".request." not in path.name
            ):
                items.append([operation_id, str(path)])
    return items


def scenario_clients(
    clients: Clients, fake: dict[str, Any], plan: Plan, results: dict[str, Any]
) -> None:
    endpoint = {k: fake[k] for k in ("base_url", "gigya_api_key", "kamereon_api_key")}
    solo, fleet = fake["users"][0], fake["users"][1]
    ours_script = SCRIPTS / "bench_worker_ours.py"
    theirs_script = SCRIPTS / "bench_worker_renault_api.py"

    log("cold start (fresh process per repetition)")
    cold = {"ours": Sample(), "renault_api": Sample()}
    requests: dict[str, int] = {}
    command = {"fake": endpoint, "user": solo}
    if clients.fresh_cache:  # a discarded first run per client fills the byte-code cache
        run_once(clients.ours_python, ours_script, "cold_start", command, clients.env)
        run_once(clients.theirs_python, theirs_script, "cold_start", command, clients.env)

    def cold_one(name: str, python: Path, script: Path) -> Callable[[], None]:
        def go() -> None:
            answer = run_once(python, script, "cold_start", command, clients.env)
            cold[name].values.append(answer["seconds"])
            requests[name] = answer["requests"]

        return go

    alternate(
        plan.cold_start,
        cold_one("ours", clients.ours_python, ours_script),
        cold_one("renault_api", clients.theirs_python, theirs_script),
    )
    results["cold_start"] = {k: v.as_dict() for k, v in cold.items()}
    results["cold_start"]["round_trips"] = requests

    log("refresh: logging both clients in")
    for worker in (clients.ours, clients.theirs):
        worker.ask("setup", name="solo", fake=endpoint, user=solo)
        worker.ask("setup", name="fleet", fake=endpoint, user=fleet)

    log("one request's latency (battery-status, warm connection)")
    latency = {"ours": Sample(), "renault_api": Sample()}
    alternate(
        plan.latency,
        lambda: latency["ours"].values.append(
            clients.ours.ask("one_request", name="solo")["seconds"]
        ),
        lambda: latency["renault_api"].values.append(
            clients.theirs.ask("one_request", name="solo")["seconds"]
        ),
    )
    results["one_request"] = {k: v.as_dict() for k, v in latency.items()}

    for label, name, reps in (
        ("refresh", "solo", plan.refresh),
        ("fleet_refresh", "fleet", plan.fleet),
    ):
        log(f"{label} ({reps} repetitions per client and mode)")
        samples = {"ours": Sample(), "renault_api": Sample(), "renault_api_gather": Sample()}
        shape: dict[str, Any] = {}

        def refresh(
            key: str,
            worker: Worker,
            mode: str | None = None,
            name: str = name,
            samples: dict[str, Sample] = samples,
            shape: dict[str, Any] = shape,
        ) -> Callable[[], None]:
            def go() -> None:
                answer = worker.ask("refresh", name=name, mode=mode)
                samples[key].values.append(answer["seconds"])
                shape[key] = {k: answer[k] for k in ("requests", "endpoints", "errors")}

            return go

        theirs_seq = refresh("renault_api", clients.theirs, "sequential")
        theirs_gather = refresh("renault_api_gather", clients.theirs, "gather")

        def both_theirs(
            seq: Callable[[], None] = theirs_seq, gather: Callable[[], None] = theirs_gather
        ) -> None:
            seq()
            gather()

        alternate(reps, refresh("ours", clients.ours), both_theirs)
        results[label] = {k: v.as_dict() for k, v in samples.items()}
        results[label]["shape"] = shape

    for worker in (clients.ours, clients.theirs):
        worker.ask("close")

    log("parse throughput (same fixture bodies for both)")
    items = fixture_items()
    ok_ours = set(clients.ours.ask("parse_check", items=items)["ok"])
    ok_theirs = set(clients.theirs.ask("parse_check", items=items)["ok"])
    shared = [items[i] for i in sorted(ok_ours & ok_theirs)]
    parse: dict[str, Any] = {
        "bodies": len(shared),
        "candidates": len(items),
        "rejected_by_ours": len(items) - len(ok_ours),
        "rejected_by_renault_api": len(items) - len(ok_theirs),
    }
    rates: dict[str, list[float]] = {"ours": [], "renault_api": []}

    def parse_slice(key: str, worker: Worker) -> Callable[[], None]:
        def go() -> None:
            answer = worker.ask("parse", items=shared, min_seconds=plan.parse_seconds / 3)
            rates[key].append(answer["bodies_per_second"])

        return go

    # Alternating slices, best per client: a load spike from elsewhere hits one slice, not a client.
    alternate(3, parse_slice("ours", clients.ours), parse_slice("renault_api", clients.theirs))
    parse.update({key: max(values) for key, values in rates.items()})
    results["parse"] = parse

    log("peak memory of the fleet refresh (fresh process per run)")
    memory: dict[str, dict[str, Sample]] = {
        k: {"max_rss_mb": Sample(), "tracemalloc_peak_mb": Sample()}
        for k in ("ours", "renault_api")
    }
    fleet_command = {"fake": endpoint, "user": fleet, "trace": plan.trace_memory}

    def mem_one(name: str, python: Path, script: Path) -> Callable[[], None]:
        def go() -> None:
            answer = run_once(python, script, "memory", fleet_command, clients.env)
            for k, sample in memory[name].items():
                if answer.get(k) is not None:
                    sample.values.append(answer[k])

        return go

    alternate(
        plan.memory,
        mem_one("ours", clients.ours_python, ours_script),
        mem_one("renault_api", clients.theirs_python, theirs_script),
    )
    results["memory"] = {name: {k: s.as_dict() for k, s in m.items()} for name, m in memory.items()}


def scenario_imports(clients: Clients, plan: Plan, results: dict[str, Any]) -> None:
    log("import times (fresh interpreter each)")
    samples = {m: Sample() for m in (*IMPORTS_OURS, IMPORT_RENAULT_API)}
    for module in samples if clients.fresh_cache else ():  # fills the byte-code cache
        import_seconds(
            clients.theirs_python if module == IMPORT_RENAULT_API else clients.ours_python,
            module,
            clients.env,
        )

    def ours() -> None:
        for module in IMPORTS_OURS:
            samples[module].values.append(import_seconds(clients.ours_python, module, clients.env))

    def theirs() -> None:
        samples[IMPORT_RENAULT_API].values.append(
            import_seconds(clients.theirs_python, IMPORT_RENAULT_API, clients.env)
        )

    alternate(plan.imports, ours, theirs)
    results["imports"] = {k: v.as_dict() for k, v in samples.items()}


_VALIDATE_ONCE = """
import json, random, sys, time
sys.path.insert(0, 'scripts')
import bench_validate
from renault_ext.traces import Validator
rng, fixtures, n = random.Random(4), bench_validate.load_fixtures(), {n}
bodies = []
for i in range(n):
    op, text, status, request = fixtures[i % len(fixtures)]
    bodies.append((op, text if i % 3 == 0 else bench_validate.mutate(text, rng), status, request))
t0 = time.perf_counter()
validator = Validator()
for op, text, status, request in bodies:
    validator.validate_body(op, text, status=status, request=request)
cold = time.perf_counter() - t0
print(json.dumps({{"n": n, "fixtures": len(fixtures), "cold_s": cold, "warm_best_s": cold, "single_pass": True}}))
"""


def scenario_validate(clients: Clients, plan: Plan, results: dict[str, Any], quick: bool) -> None:
    """The Validator behind `renault validate` on mixed fixture bodies, in its own process:
    scripts/bench_validate.py's batch (best of 3 warm passes), or with --quick one cold pass (an
    upper bound: it includes building the validator and compiling every schema)."""
    log(f"validation of {plan.validate_bodies:,} bodies")
    code = (
        _VALIDATE_ONCE.format(n=plan.validate_bodies)
        if quick
        else "import json,sys;sys.path.insert(0,'scripts');import bench_validate;"
        f"print(json.dumps(bench_validate.bench_bodies({plan.validate_bodies})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],  # the project's tools, not the client's venv
        capture_output=True,
        text=True,
        env=clients.env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    if out.returncode != 0:
        results["validate"] = {"error": out.stderr[-500:]}
        return
    results["validate"] = json.loads(out.stdout.strip().splitlines()[-1])


def scenario_regenerate(clients: Clients, plan: Plan, results: dict[str, Any]) -> None:
    """`scripts/regenerate --out DIR`: the same bundle + generate + format, without touching generated/."""
    log("scripts/regenerate (into a temporary directory)")
    sample = Sample()
    for _ in range(plan.regenerate):
        with tempfile.TemporaryDirectory(prefix="bench-regen-") as out_dir:
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, str(SCRIPTS / "regenerate.py"), "--out", out_dir],
                capture_output=True,
                text=True,
                env=clients.env,
                cwd=ROOT,
                timeout=300,
                check=False,
            )
            elapsed = time.perf_counter() - started
        if out.returncode != 0:
            results["regenerate"] = {"error": (out.stderr or out.stdout)[-500:]}
            return
        sample.values.append(elapsed)
    results["regenerate"] = sample.as_dict()


# -- reporting ---------------------------------------------------------------------------------
def ratios(results: dict[str, Any]) -> dict[str, float | None]:
    def med(*path: str) -> float | None:
        node: Any = results
        for part in path:
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node.get("median") if isinstance(node, dict) else node

    def div(a: float | None, b: float | None) -> float | None:
        return a / b if a is not None and b else None

    return {
        "full_refresh_ratio": div(med("refresh", "ours"), med("refresh", "renault_api")),
        "full_refresh_ratio_vs_gather": div(
            med("refresh", "ours"), med("refresh", "renault_api_gather")
        ),
        "full_refresh_latency_multiple": div(med("refresh", "ours"), med("one_request", "ours")),
        "fleet_refresh_ratio": div(
            med("fleet_refresh", "ours"), med("fleet_refresh", "renault_api")
        ),
        "fleet_refresh_ratio_vs_gather": div(
            med("fleet_refresh", "ours"), med("fleet_refresh", "renault_api_gather")
        ),
        "cold_start_ratio": div(med("cold_start", "ours"), med("cold_start", "renault_api")),
        "import_ratio": div(
            med("imports", "renault_ext.client"), med("imports", IMPORT_RENAULT_API)
        ),
        "import_ratio_package": div(
            med("imports", "renault_ext"), med("imports", IMPORT_RENAULT_API)
        ),
        "parse_ratio": div(med("parse", "renault_api"), med("parse", "ours")),
        "memory_rss_ratio": div(
            med("memory", "ours", "max_rss_mb"), med("memory", "renault_api", "max_rss_mb")
        ),
    }


def targets(
    results: dict[str, Any], r: dict[str, float | None]
) -> list[tuple[str, str, str, bool | None]]:
    """(target, measured, limit, met)."""

    def check(value: float | None, limit: float) -> bool | None:
        return None if value is None else value <= limit

    def fmt(value: float | None, suffix: str = "×") -> str:
        return "-" if value is None else f"{value:.2f}{suffix}"

    validate_s = results.get("validate", {}).get("warm_best_s")
    regen_s = results.get("regenerate", {}).get("median")
    ours_rt = results.get("cold_start", {}).get("round_trips", {}).get("ours")
    parse_speedup = 1 / r["parse_ratio"] if r.get("parse_ratio") else None
    return [
        (
            "refresh 1 vehicle vs renault-api",
            fmt(r["full_refresh_ratio"]),
            "≤ 0.30×",
            check(r["full_refresh_ratio"], 0.3),
        ),
        (
            "refresh 1 vehicle vs one request",
            fmt(r["full_refresh_latency_multiple"]),
            "≤ 1.5×",
            check(r["full_refresh_latency_multiple"], 1.5),
        ),
        (
            "refresh 10 vehicles vs renault-api",
            fmt(r["fleet_refresh_ratio"]),
            "≤ 0.20×",
            check(r["fleet_refresh_ratio"], 0.2),
        ),
        (
            "cold start vs renault-api",
            fmt(r["cold_start_ratio"]),
            "≤ 0.50×",
            check(r["cold_start_ratio"], 0.5),
        ),
        (
            "cold start round trips (protocol minimum 5)",
            "-" if ours_rt is None else str(ours_rt),
            "≤ 5",
            None if ours_rt is None else ours_rt <= 5,
        ),
        (
            "import renault_ext vs renault_api.renault_client",
            fmt(r["import_ratio_package"]),
            "≤ 0.50×",
            check(r["import_ratio_package"], 0.5),
        ),
        (
            "import renault_ext.client vs renault_api.renault_client",
            fmt(r["import_ratio"]),
            "≤ 0.50×",
            check(r["import_ratio"], 0.5),
        ),
        (
            "parse throughput vs renault-api",
            fmt(parse_speedup),
            "≥ 3×",
            None if parse_speedup is None else parse_speedup >= 3,
        ),
        (
            "validate 10,000 bodies",
            fmt(validate_s, " s"),
            "< 2 s",
            None if validate_s is None else validate_s < 2,
        ),
        (
            "scripts/regenerate",
            fmt(regen_s, " s"),
            "< 15 s",
            None if regen_s is None else regen_s < 15,
        ),
    ]


def figure_rows(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measurement, ours, renault-api) with medians and spreads."""

    def cell(node: dict[str, Any] | None, scale: float = 1000, unit: str = "ms") -> str:
        if not node or not node.get("values"):
            return "-"
        values = [v * scale for v in node["values"]]
        return f"{statistics.median(values):.0f} {unit} ({min(values):.0f}–{max(values):.0f}, n={len(values)})"

    rows: list[tuple[str, str, str]] = []
    cs = results.get("cold_start", {})
    rows.append(
        (
            "cold start: login → accounts → vehicles → battery",
            cell(cs.get("ours")),
            cell(cs.get("renault_api")),
        )
    )
    rt = cs.get("round_trips", {})
    rows.append(("  round trips", str(rt.get("ours", "-")), str(rt.get("renault_api", "-"))))
    one = results.get("one_request", {})
    rows.append(
        ("one request (battery-status, warm)", cell(one.get("ours")), cell(one.get("renault_api")))
    )
    for key, label in (
        ("refresh", "full refresh, 1 vehicle"),
        ("fleet_refresh", "full refresh, 10 vehicles"),
    ):
        node = results.get(key, {})
        shape = node.get("shape", {})
        rows.append(
            (
                f"{label} (renault-api: sequential)",
                cell(node.get("ours")),
                cell(node.get("renault_api")),
            )
        )
        rows.append(
            (
                f"{label} (renault-api: hand-written gather)",
                "",
                cell(node.get("renault_api_gather")),
            )
        )
        rows.append(
            (
                "  requests / failed reads per refresh",
                f"{shape.get('ours', {}).get('requests', '-')} / {shape.get('ours', {}).get('errors', '-')}",
                f"{shape.get('renault_api', {}).get('requests', '-')} / {shape.get('renault_api', {}).get('errors', '-')}",
            )
        )
    imports = results.get("imports", {})
    rows.append(("import renault_openapi", cell(imports.get("renault_openapi")), ""))
    rows.append(("import renault_ext", cell(imports.get("renault_ext")), ""))
    rows.append(
        (
            "import renault_ext.client / renault_api.renault_client",
            cell(imports.get("renault_ext.client")),
            cell(imports.get(IMPORT_RENAULT_API)),
        )
    )
    parse = results.get("parse", {})
    if "ours" in parse:
        rows.append(
            (
                f"parse {parse['bodies']} fixture bodies into typed objects",
                f"{parse['ours']:,.0f} bodies/s",
                f"{parse['renault_api']:,.0f} bodies/s",
            )
        )
    mem = results.get("memory", {})
    if mem:
        rows.append(
            (
                "peak RSS, fresh process: login + 10-vehicle refresh (both concurrent)",
                cell(mem["ours"]["max_rss_mb"], 1, "MB"),
                cell(mem["renault_api"]["max_rss_mb"], 1, "MB"),
            )
        )
        rows.append(
            (
                "peak traced allocations (tracemalloc) of the same",
                cell(mem["ours"]["tracemalloc_peak_mb"], 1, "MB"),
                cell(mem["renault_api"]["tracemalloc_peak_mb"], 1, "MB"),
            )
        )
    val = results.get("validate", {})
    if "warm_best_s" in val:
        how = (
            "one cold pass, validator build included"
            if val.get("single_pass")
            else f"warm, best of 3; first run {val['cold_s']:.2f} s"
        )
        rows.append((f"validate {val['n']:,} bodies ({how})", f"{val['warm_best_s']:.2f} s", ""))
    regen = results.get("regenerate", {})
    if "median" in regen:
        rows.append(("scripts/regenerate (bundle + generate + ruff)", cell(regen, 1, "s"), ""))
    return rows


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths))
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, rows)])


def markdown(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def verdict(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def write_results(results: dict[str, Any], path: Path) -> None:
    meta = results["meta"]
    r = results["ratios"]
    lines = [
        "# Benchmarks: renault_ext vs renault-api on the fake backend",
        "",
        (
            f"Measured by `scripts/bench{' --quick' if meta['quick'] else ''}` on {meta['date']} "
            f"({meta['duration_s']:.0f} s run)."
        ),
        "",
        f"- Machine: {meta['machine']}; load average before/after the run: {meta['load_before']} / {meta['load_after']}.",
        f"- Versions: {meta['versions']}.",
        (
            f"- Fake backend: {meta['latency_ms']:.0f} ms ± {meta['jitter_ms']:.0f} ms per request (uniform "
            "jitter), own process, benchmarks/demo_fleet.yaml (1-vehicle and 10-vehicle accounts)."
        ),
        (
            "- Each client runs in its own interpreter and venv holding only its run-time dependencies "
            "(renault-api: its latest release; ours: benchmarks/.venv-ours, the working tree on its "
            "path); repetitions alternate which client goes first. Figures: median (min–max, n)."
        ),
        "",
        "## Figures",
        "",
        markdown(figure_rows(results), ("measurement", "ours", "renault-api")),
        "",
        "## Targets",
        "",
        markdown(
            [(t, m, lim, verdict(ok)) for t, m, lim, ok in targets(results, r)],
            ("target", "measured", "limit", "verdict"),
        ),
        "",
        "## Ratios (ours / renault-api; for throughput renault-api / ours: lower is better)",
        "",
        markdown([(k, "-" if v is None else f"{v:.3f}") for k, v in r.items()], ("ratio", "value")),
        "",
    ]
    notes = results.get("notes")
    if notes:
        lines += [notes.strip(), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def versions(ours_python: Path, theirs_python: Path, env: dict[str, str]) -> str:
    def probe(python: Path, dists: tuple[str, ...]) -> str:
        code = (
            "import importlib.metadata as m,platform,sys;"
            f"print(', '.join([platform.python_implementation()+' '+platform.python_version()]+"
            f"[d+' '+m.version(d) for d in {dists!r}]))"
        )
        out = subprocess.run(
            [str(python), "-c", code],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
            check=False,
        )
        return out.stdout.strip() or out.stderr.strip()[-200:]

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    return (
        f"ours: commit {commit}{' + uncommitted changes' if dirty else ''} "
        f"({probe(ours_python, ('httpx', 'attrs'))}); "
        f"renault-api: {probe(theirs_python, ('renault-api', 'aiohttp', 'marshmallow'))}"
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: under 60 s")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--renault-api-python", type=Path, default=DEFAULT_RENAULT_API_VENV / "bin" / "python"
    )
    parser.add_argument(
        "--ours-python",
        type=Path,
        default=Path(sys.executable),
        help="interpreter of a venv with only our run-time dependencies (scripts/bench makes one)",
    )
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--jitter-ms", type=float, default=10.0)
    parser.add_argument(
        "--no-write", action="store_true", help="do not write benchmarks/RESULTS.md"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=("clients", "imports", "validate", "regenerate"),
        help="run only these scenario groups (repeatable)",
    )
    parser.add_argument(
        "--notes",
        type=Path,
        default=ROOT / "benchmarks" / "ANALYSIS.md",
        help="hand-written Markdown appended to RESULTS.md (default benchmarks/ANALYSIS.md)",
    )
    args = parser.parse_args(argv)

    plan = QUICK if args.quick else FULL
    groups = set(args.only or ("clients", "imports", "validate", "regenerate"))
    if not args.renault_api_python.exists():
        parser.error(
            f"{args.renault_api_python} not found: run scripts/bench (it installs renault-api)"
        )
    started = time.perf_counter()
    load_before = load_average()
    pycache = Path(tempfile.gettempdir()) / f"renault-bench-pycache-{os.getuid()}"
    fresh_cache = not pycache.exists()
    env = child_env(pycache)
    ours_python = args.ours_python
    results: dict[str, Any] = {}
    ours = Worker(ours_python, SCRIPTS / "bench_worker_ours.py", env)
    theirs = Worker(args.renault_api_python, SCRIPTS / "bench_worker_renault_api.py", env)
    clients = Clients(ours_python, args.renault_api_python, env, ours, theirs, fresh_cache)
    try:
        if "clients" in groups:
            # The fake needs the project's venv (the [fake] extra), not the client's.
            with fake_backend(Path(sys.executable), env, args.latency_ms, args.jitter_ms) as fake:
                scenario_clients(clients, fake, plan, results)
        if "imports" in groups:
            scenario_imports(clients, plan, results)
        if "validate" in groups:
            scenario_validate(clients, plan, results, args.quick)
        if "regenerate" in groups:
            scenario_regenerate(clients, plan, results)
    finally:
        ours.close()
        theirs.close()

    results["ratios"] = ratios(results)
    results["targets"] = [
        {"target": t, "measured": m, "limit": lim, "met": ok}
        for t, m, lim, ok in targets(results, results["ratios"])
    ]
    results["meta"] = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "quick": args.quick,
        "duration_s": time.perf_counter() - started,
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s)",
        "load_before": load_before,
        "load_after": load_average(),
        "versions": versions(ours_python, args.renault_api_python, env),
        "latency_ms": args.latency_ms,
        "jitter_ms": args.jitter_ms,
    }
    if args.notes and args.notes.exists():
        results["notes"] = args.notes.read_text(encoding="utf-8")

    print(table(figure_rows(results), ("measurement", "ours", "renault-api")))
    print()
    print(
        table(
            [
                (t, m, lim, verdict(ok).strip("*"))
                for t, m, lim, ok in targets(results, results["ratios"])
            ],
            ("target", "measured", "limit", "verdict"),
        )
    )
    print(
        f"\n{results['meta']['duration_s']:.0f} s; load average {load_before} → {results['meta']['load_after']}"
    )
    if not args.no_write:
        write_results(results, RESULTS)
        log(f"written {RESULTS.relative_to(ROOT)}")
    if args.json:
        args.json.write_text(
            json.dumps({**results["ratios"], **results}, indent=2, default=str), encoding="utf-8"
        )
        log(f"written {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
