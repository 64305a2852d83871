"""`renault validate`: check captured traffic against the spec and report drift."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NamedTuple


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check captures (HAR, --log traces, cassettes, raw bodies) against the spec",
        description=(
            "Match every captured exchange to its operation and validate request and response bodies. "
            "Each exchange is ok, drift (valid but not described: unknown property, new enum value, new type), "
            "not-in-spec (no operation has its path), invalid, error (unreadable input) or skipped (not an "
            "API call: CORS preflights, HEAD requests, a browser's static files). Exit 0 when nothing is "
            "invalid or unreadable (with --strict: nothing drifted either), 1 otherwise, 2 for usage errors."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR", help="files or directories (recursive)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per exchange")
    parser.add_argument(
        "--strict", action="store_true", help="drift and unknown operations also fail"
    )
    parser.add_argument(
        "--suggest", action="store_true", help="print the spec change describing the drift (YAML)"
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="also list exchanges that are ok"
    )
    parser.add_argument(
        "--spec", metavar="PATH", help="bundled OpenAPI JSON to use instead of the shipped one"
    )
    raw = parser.add_argument_group("raw bodies (files that are a bare JSON body)")
    raw.add_argument("--method", metavar="M", help="HTTP method of the raw body's exchange")
    raw.add_argument("--url", metavar="URL", help="URL (or path) of the raw body's exchange")
    raw.add_argument(
        "--operation",
        metavar="OPERATION_ID",
        help="operation of the raw body (instead of --method/--url)",
    )
    raw.add_argument(
        "--status",
        type=_http_status,
        metavar="N",
        help="HTTP status of a raw response body (default 200; >= 400: error body)",
    )
    raw.add_argument("--request", action="store_true", help="the raw body is the request body")
    parser.set_defaults(handler=run, _parser=parser)


class _Seen(NamedTuple):
    status: str


def _http_status(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 100 <= value <= 599:
        raise argparse.ArgumentTypeError(f"{value} is not an HTTP status (100-599)")
    return value


def _usage_error(args: argparse.Namespace, message: str) -> int:
    args._parser.print_usage(sys.stderr)
    sys.stderr.write(f"renault validate: error: {message}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    if bool(args.method) != bool(args.url):
        return _usage_error(args, "--method and --url go together")
    if args.operation and args.method:
        return _usage_error(args, "give either --method/--url or --operation, not both")
    raw_given = bool(args.operation or args.method)
    if not raw_given and (args.status is not None or args.request):
        return _usage_error(args, "--status and --request need --method/--url or --operation")
    if args.request and args.status is not None:
        return _usage_error(
            args, "--status describes a response; it cannot be combined with --request"
        )

    from renault_ext.traces.report import exit_code, summary, write_json_lines, write_text
    from renault_ext.traces.validate import RawBodyOptions, Validator

    try:
        validator = Validator(spec_path=args.spec)
        if args.spec:  # a user's edited spec: find a broken schema before any output
            validator.check_spec()
    except (OSError, ValueError) as exc:
        return _usage_error(args, f"cannot load the spec: {exc}")
    if args.operation and args.operation not in validator.index.by_id:
        return _usage_error(args, f"unknown operation {args.operation!r}")
    raw = None
    if raw_given:
        raw = RawBodyOptions(
            method=args.method,
            url=args.url,
            operation=args.operation,
            status=args.status if args.status is not None else 200,
            request=args.request,
        )
    out = sys.stdout
    # Every result is kept only for --suggest: a 100 MB HAR otherwise runs in the memory of one
    # exchange (the summary and exit code need only the statuses).
    results: list[Any] = []
    statuses: list[_Seen] = []
    for result in validator.validate_paths(args.paths, raw):
        if args.suggest:
            results.append(result)
        statuses.append(_Seen(result.status))
        if args.json:
            write_json_lines(result, out)
        else:
            write_text(result, out, verbose=args.verbose)
    if args.suggest:
        from renault_ext.traces.suggest import build_suggestions, render_yaml

        changes = build_suggestions(results)
        if args.json:
            out.write(json.dumps({"suggestions": changes}, ensure_ascii=False, default=str) + "\n")
        else:
            out.write(render_yaml(changes))
    if not args.json:
        out.write(summary(statuses) + "\n")
    return exit_code(statuses, strict=args.strict)
