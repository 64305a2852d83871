"""Regenerate the raw client (generated/renault_openapi) and the shipped bundled spec from spec/.

Also writes the parse caches of the shipped data files (renault_ext/data/*.parsed.json, see
renault_ext/yamlio.py): derived files like the others, checked by --check.

Usage:
    scripts/regenerate               bundle, generate, format, replace generated/ (idempotent)
    scripts/regenerate --check       exit 1 with a short summary when generated/ is out of date
    scripts/regenerate --out DIR     write the package and the bundle into DIR (for experiments)
    scripts/regenerate --allow-missing   skip path references whose part file is not written yet

Same spec, same bytes: the bundle is written with a fixed layout, the generator and ruff are
pinned (requirements/constraints.txt) and ruff runs with --isolated defaults.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_bundle import BundleError, bundle_spec, dumps

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
PACKAGE = ROOT / "generated" / "renault_openapi"
SHIPPED_BUNDLE = ROOT / "renault_ext" / "spec" / "openapi.json"
DATA = ROOT / "renault_ext" / "data"


def data_caches() -> dict[Path, str]:
    """Each shipped data file's parse cache: path -> content."""
    sys.path.insert(0, str(ROOT))
    from renault_ext.yamlio import cache_name, parse_cache

    return {
        DATA / cache_name(path.name): parse_cache(path.read_text(encoding="utf-8"))
        for path in sorted(DATA.glob("*.yaml"))
    }


def _data_cache_changes() -> list[str]:
    want = data_caches()
    changes = [
        f"changed: {path.relative_to(ROOT)}"
        for path, text in want.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    changes += [
        f"stale:   {path.relative_to(ROOT)}"
        for path in sorted(DATA.glob("*.parsed.json"))
        if path not in want
    ]
    return changes


CONFIG = Path(__file__).resolve().parent / "generator-config.yaml"
# Template overrides (only models/__init__: lazy imports, see the template's docstring).
TEMPLATES = Path(__file__).resolve().parent / "generator-templates"


def _run(cmd: list[str], cwd: Path) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout or "Warning" in result.stderr:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"regenerate: command failed: {' '.join(cmd[:4])} …")


def build(out_dir: Path, *, allow_missing: bool) -> tuple[Path, Path]:
    """Write ``openapi.json`` and the ``renault_openapi`` package into ``out_dir``."""
    try:
        document, missing = bundle_spec(SPEC, allow_missing=allow_missing)
    except BundleError as exc:
        raise SystemExit(f"regenerate: cannot bundle the spec: {exc}") from exc
    for ref in missing:
        print(f"regenerate: skipped missing reference {ref}", file=sys.stderr)
    bundle = out_dir / "openapi.json"
    bundle.write_text(dumps(document), encoding="utf-8")
    package = out_dir / "renault_openapi"
    exe = Path(sys.executable).parent / "openapi-python-client"
    _run(
        [
            str(exe),
            "generate",
            "--path",
            str(bundle),
            "--meta",
            "none",
            "--config",
            str(CONFIG),
            "--output-path",
            str(package),
            "--overwrite",
            "--fail-on-warning",
            "--custom-template-path",
            str(TEMPLATES),
        ],
        cwd=out_dir,
    )
    ruff = [sys.executable, "-m", "ruff"]
    _run(
        [
            *ruff,
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--quiet",
            "--select",
            "F401,I",
            ".",
        ],
        cwd=package,
    )
    _run([*ruff, "format", "--isolated", "--no-cache", "--quiet", "."], cwd=package)
    # PEP 561 marker, so that users' type checkers read the generated annotations: with
    # `--meta none` (this repository's pyproject.toml is the project) the generator writes none.
    (package / "py.typed").write_text("", encoding="utf-8")
    return bundle, package


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Paths (relative) that differ between two trees, ignoring caches."""

    def files(base: Path) -> set[str]:
        if not base.exists():
            return set()
        return {
            str(p.relative_to(base))
            for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
        }

    want, have = files(expected), files(actual)
    changes = [f"missing: {p}" for p in sorted(want - have)]
    changes += [f"stale:   {p}" for p in sorted(have - want)]
    changes += [
        f"changed: {p}"
        for p in sorted(want & have)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report whether generated/ is up to date"
    )
    parser.add_argument("--out", type=Path, help="write into this directory instead of generated/")
    parser.add_argument(
        "--allow-missing", action="store_true", help="skip unresolved path references"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="renault-regen-") as tmp:
        out_dir = args.out.resolve() if args.out else Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        bundle, package = build(out_dir, allow_missing=args.allow_missing)
        elapsed = time.perf_counter() - started
        if args.out:
            print(f"regenerate: wrote {package} and {bundle} in {elapsed:.1f} s")
            return 0
        if args.check:
            changes = _tree_diff(package, PACKAGE)
            if (
                not filecmp.cmp(bundle, SHIPPED_BUNDLE, shallow=False)
                if SHIPPED_BUNDLE.exists()
                else True
            ):
                changes.append(f"changed: {SHIPPED_BUNDLE.relative_to(ROOT)}")
            changes += _data_cache_changes()
            if changes:
                print(
                    f"regenerate --check: generated code is out of date with spec/ ({len(changes)} files):"
                )
                for line in changes[:20]:
                    print(f"  {line}")
                if len(changes) > 20:
                    print(f"  … and {len(changes) - 20} more")
                print("run scripts/regenerate and commit the result")
                return 1
            print(f"regenerate --check: generated/ is up to date ({elapsed:.1f} s)")
            return 0
        if PACKAGE.exists():
            shutil.rmtree(PACKAGE)
        shutil.copytree(
            package, PACKAGE, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache")
        )
        SHIPPED_BUNDLE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bundle, SHIPPED_BUNDLE)
        for stale in DATA.glob("*.parsed.json"):
            stale.unlink()
        for path, text in data_caches().items():
            path.write_text(text, encoding="utf-8")
    count = sum(1 for _ in PACKAGE.rglob("*.py"))
    print(
        f"regenerate: wrote {PACKAGE.relative_to(ROOT)} ({count} modules) and "
        f"{SHIPPED_BUNDLE.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
