"""A blocking facade over the async API, for scripts and notebooks.

    from renault_ext.sync import RenaultClientSync

    with RenaultClientSync(locale="fr_FR") as client:
        client.session.login("me@example.com", "password")
        vehicle = client.get_api_accounts()[0].get_api_vehicles()[0]
        print(vehicle.get_battery_status())

Every coroutine runs on one private event loop in a background thread, so the facade also works
inside programs that already run an event loop (a Jupyter kernel), and connection pooling is
kept across calls. Objects returned by the async API (accounts, vehicles) come back wrapped.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import inspect
import logging
import threading
from collections.abc import Coroutine
from typing import Any, Self

from renault_ext.account import RenaultAccount
from renault_ext.client import RenaultClient
from renault_ext.errors import ClientClosedError
from renault_ext.session import RenaultSession
from renault_ext.vehicle import RenaultVehicle

_LOG = logging.getLogger(__name__)

_WRAPPED = (RenaultClient, RenaultAccount, RenaultVehicle, RenaultSession)


class _LoopThread:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._stopped = False
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="renault-sync", daemon=True
        )
        self._thread.start()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        with self._lock:  # no call may start while stop() runs
            if self._stopped:
                coroutine.close()  # never scheduled: no "coroutine was never awaited" warning
                raise ClientClosedError("this Renault client is closed: create a new one")
            future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return future.result()
        except concurrent.futures.CancelledError:
            if self._stopped:  # cancelled by close() from another thread
                raise ClientClosedError("this Renault client was closed during the call") from None
            raise
        except BaseException:
            # Ctrl-C (or any exit) while waiting: the call must not go on in the background
            # (an interrupted action would still be sent).
            future.cancel()
            raise

    def stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True

        async def cancel_pending() -> None:
            # Calls still running in other threads end with CancelledError instead of waiting
            # forever on a loop that is gone.
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        if self._thread.is_alive():
            try:
                asyncio.run_coroutine_threadsafe(cancel_pending(), self.loop).result(timeout=5)
            except Exception:  # noqa: BLE001 - closing goes on whatever the tasks did
                _LOG.debug("pending tasks did not finish on close", exc_info=True)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=5)
        self.loop.close()


class SyncProxy:
    """Wraps one async object; its coroutine methods become blocking calls."""

    def __init__(self, target: Any, runner: _LoopThread) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_runner", runner)

    def __repr__(self) -> str:
        return f"<sync {self._target!r}>"

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, _WRAPPED):
            return SyncProxy(value, self._runner)
        if isinstance(value, list) and value and all(isinstance(v, _WRAPPED) for v in value):
            return [SyncProxy(v, self._runner) for v in value]
        return value

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if inspect.iscoroutinefunction(attribute):

            @functools.wraps(attribute)
            def blocking(*args: Any, **kwargs: Any) -> Any:
                return self._wrap(self._runner.run(attribute(*args, **kwargs)))

            return blocking
        return self._wrap(attribute)


class RenaultClientSync(SyncProxy):
    """Blocking :class:`RenaultClient`; takes the same arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        runner = _LoopThread()

        async def build() -> RenaultClient:
            # Built on the private loop so that its locks and connections belong to it.
            return RenaultClient(*args, **kwargs)

        try:
            client = runner.run(build())
        except BaseException:
            runner.stop()  # a bad argument must not leave the loop thread behind
            raise
        super().__init__(client, runner)

    def close(self) -> None:
        """Close the client and its loop thread; closing twice is harmless."""
        if self._runner.stopped:
            return
        try:
            self._runner.run(self._target.aclose())
        finally:
            self._runner.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
