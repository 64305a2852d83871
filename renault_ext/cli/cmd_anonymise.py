"""`renault anonymise`: rewrite captures so they can be shared (and kept as fixtures)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "anonymise",
        help="anonymise HAR files, trace logs, cassettes and raw bodies",
        description=(
            "Replace VINs, ids, e-mails, names, phones, plates, radio codes, passwords, tokens, API keys, "
            "cookies and GPS positions, consistently within each file, in URLs, headers and bodies. "
            "Without --in-place or -o, writes NAME.anonymised.EXT beside each input."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--in-place", action="store_true", help="overwrite each input")
    where.add_argument("-o", "--output", metavar="OUT", help="output file (one input) or directory")
    parser.add_argument("--keep-location", action="store_true", help="keep GPS coordinates")
    parser.add_argument(
        "--save-fixture",
        action="store_true",
        help="also write each anonymised body to fixtures/<operationId>/ and its index.yaml",
    )
    parser.add_argument(
        "--fixtures-dir",
        default="fixtures",
        metavar="DIR",
        help="fixtures folder (default ./fixtures)",
    )
    parser.add_argument(
        "--operation",
        metavar="OPERATION_ID",
        help="operation of raw body files (for --save-fixture)",
    )
    parser.add_argument(
        "--status",
        type=int,
        default=200,
        metavar="N",
        help="HTTP status of raw body files (default 200)",
    )
    parser.add_argument(
        "--spec", metavar="PATH", help="bundled OpenAPI JSON to use instead of the shipped one"
    )
    parser.set_defaults(handler=run, _parser=parser)


def run(args: argparse.Namespace) -> int:
    from renault_ext.spec import load_spec
    from renault_ext.traces.rewrite import AnonymiseError, anonymise_file, save_fixtures
    from renault_ext.traces.spec_index import SpecIndex

    files = [Path(f) for f in args.files]
    out_dir: Path | None = None
    if args.output:
        out = Path(args.output)
        if len(files) > 1 or out.is_dir() or args.output.endswith(("/", "\\")):
            out_dir = out
    try:
        spec = load_spec(Path(args.spec) if args.spec else None)
    except (OSError, ValueError) as exc:
        args._parser.print_usage(sys.stderr)
        sys.stderr.write(f"renault anonymise: error: cannot load the spec: {exc}\n")
        return 2
    index = SpecIndex(spec)
    if args.operation and args.operation not in index.by_id:
        args._parser.print_usage(sys.stderr)
        sys.stderr.write(f"renault anonymise: error: unknown operation {args.operation!r}\n")
        return 2
    failures = 0
    for source in files:
        if out_dir is not None:
            target: Path | None = out_dir / source.name
        elif args.output:
            target = Path(args.output)
        else:
            target = None
        try:
            result = anonymise_file(
                source,
                target,
                in_place=args.in_place,
                keep_location=args.keep_location,
                personal_names=index.personal_property_names,
                collect=args.save_fixture,
            )
        except AnonymiseError as exc:
            failures += 1
            sys.stderr.write(f"{source}: error: {exc}\n")
            continue
        sys.stdout.write(f"{source} -> {result.output} ({result.format})\n")
        if args.save_fixture:
            saved = save_fixtures(
                result,
                Path(args.fixtures_dir),
                operation=args.operation,
                status=args.status,
                spec=spec,
            )
            for path in saved:
                sys.stdout.write(f"    fixture {path}\n")
    return 1 if failures else 0
