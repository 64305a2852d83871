"""Line-based JSON protocol between scripts/bench_run.py and its two client workers.

Standard library only: the renault-api worker runs in its own throwaway virtual environment and
imports this module from scripts/ without any project dependency.

The orchestrator writes one JSON command per line on the worker's stdin and reads one JSON answer
per line from the worker's stdout (a worker may answer on another descriptor named by
BENCH_ANSWER_FD; bench_run.py does not use that, and neither client prints to stdout). A worker keeps one event loop for its whole life so that logged-in clients survive
between commands; each timed repetition is a separate command, which lets the orchestrator
alternate between the two clients.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]

ANSWER_FD_ENV = "BENCH_ANSWER_FD"


def timed_section() -> Callable[[], float]:
    """``stop = timed_section(); ...; seconds = stop()``."""
    started = time.perf_counter()
    return lambda: time.perf_counter() - started


async def serve(handlers: dict[str, Handler]) -> None:
    """Answer commands until stdin closes or a ``quit`` command arrives."""
    fd = int(os.environ.get(ANSWER_FD_ENV, "1"))
    out = os.fdopen(fd, "w", buffering=1, closefd=False)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        command = json.loads(line)
        op = command.get("op")
        if op == "quit":
            return
        try:
            answer = await handlers[op](command)
        except Exception as exc:  # noqa: BLE001 - reported to the orchestrator, which decides
            answer = {
                "error": f"{type(exc).__name__}: {exc}",
                "trace": traceback.format_exc()[-2000:],
            }
        out.write(json.dumps(answer) + "\n")
