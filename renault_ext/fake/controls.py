"""Runtime controls of a running fake: faults, simulated time, revocation, vehicle events.

Used from tests through the handle (same process) and by the ``/_fake/...`` endpoints.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from renault_ext.fake.config import FAULT_KINDS, OPT_IN_FAULT_KINDS, Faults

if TYPE_CHECKING:
    from renault_ext.fake.app import FakeApp
    from renault_ext.fake.state import Vehicle


class Controls:
    def __init__(self, app: FakeApp) -> None:
        self._app = app

    # -- faults ---------------------------------------------------------------------------
    @property
    def faults(self) -> Faults:
        return self._app.faults

    def set_faults(self, **changes: Any) -> Faults:
        """Change fault settings (names of :class:`Faults` fields); unknown names raise."""
        fields = {f.name for f in dataclasses.fields(Faults)}
        unknown = set(changes) - fields
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        for name, value in changes.items():
            if name == "kinds":
                value = check_fault_kinds(value)
            if name == "fault_rate" and not (isinstance(value, (int, float)) and 0 <= value <= 1):
                raise ValueError("fault_rate must be a number from 0 to 1")
            setattr(self._app.faults, name, value)
        return self._app.faults

    def clear_faults(self) -> None:
        self._app.faults = self._app.config.faults = Faults()

    def gigya_outage(self, on: bool = True) -> None:
        self._app.faults.gigya_outage = on

    # -- time -----------------------------------------------------------------------------
    def now(self) -> float:
        return self._app.clock.now()

    def advance(self, seconds: float) -> float:
        """Move simulated time forward and run the simulation up to it."""
        self._app.clock.advance(seconds)
        return self._app.world.sync()

    # -- credentials ----------------------------------------------------------------------
    def revoke_jwts(self) -> int:
        """Every JWT issued so far is refused from now on (401); returns how many."""
        world = self._app.world
        with world.lock:
            world.revoked_jwt_ids |= world.issued_jwt_ids
            return len(world.issued_jwt_ids)

    def revoke_login_tokens(self, email: str | None = None) -> int:
        """getJWT/getAccountInfo then answer 403005 for those tokens; returns how many."""
        world = self._app.world
        with world.lock:
            tokens = [
                t
                for t, owner in world.login_tokens.items()
                if email is None or owner == email.lower()
            ]
            world.revoked_login_tokens.update(tokens)
            return len(tokens)

    def tfa_code(self, email: str) -> str | None:
        """The last two-factor code sent to ``email`` (None if none was sent)."""
        return self._app.world.tfa_codes.get(email.lower())

    def reset_tfa(self, email: str) -> None:
        """Make the user's next login ask for the second factor again."""
        with self._app.world.lock:
            self._app.world.users[email.lower()].tfa_cleared = False

    # -- vehicles -------------------------------------------------------------------------
    def vehicle(self, vin: str) -> Vehicle:
        return self._app.world.vehicles[vin]

    def drive(self, vin: str, km: float) -> None:
        world = self._app.world
        with world.lock:
            now = world.sync()
            world.vehicles[vin].drive(now, km)

    def plug(self, vin: str, plugged: bool = True) -> None:
        world = self._app.world
        with world.lock:
            now = world.sync()
            world.vehicles[vin].plug(now, plugged)


def check_fault_kinds(kinds: Any) -> tuple[str, ...]:
    """The kinds as a tuple; a misspelled kind raises (it would silently never fire)."""
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    chosen = tuple(kinds)
    unknown = sorted(set(chosen) - set(FAULT_KINDS) - set(OPT_IN_FAULT_KINDS))
    if unknown:
        raise ValueError(
            f"unknown fault kinds: {', '.join(unknown)} (known: {', '.join(FAULT_KINDS)})"
        )
    return chosen
