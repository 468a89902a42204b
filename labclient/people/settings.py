"""The lab's people settings: when the "still working?" prompt comes, and when the screen locks."""

from __future__ import annotations

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.people import state
from labclient.people.pins import PinKeeper
from labclient.people.roles import Permission, Session, requires
from labclient.people.state import IDLE_RANGE_S, LOCK_RANGE_S, PeopleSettings, people_settings
from labclient.store import Store

__all__ = ["PeopleSettings", "change_settings", "people_settings"]


@requires(Permission.CHANGE_SETTINGS)
def change_settings(store: Store, session: Session, *, idle_prompt_after_s: int | None = None,
                    lock_after_s: int | None = None, strong_pins: bool | None = None,
                    clock: Clock = SYSTEM_CLOCK) -> PeopleSettings:
    """Admin: set the idle prompt and lock times, in seconds. ValueError outside 1 min–1 h
    (prompt) or 1 min–4 h (lock); nothing is changed then.

    ``strong_pins=True`` switches on the strong PIN rules for every PIN set here from now on (no
    trivial PINs; supervisors and admins at least ``pins.STRONG_MIN_LENGTH`` characters; see
    docs/people.md). They are never switched off again: ``strong_pins=False`` on a workstation that
    has them is a ValueError, so nobody weakens the PINs of a lab after the fact."""
    if strong_pins is False and PinKeeper(store).strong_rules():
        raise ValueError("The strong PIN rules stay on once they are on.")
    for value, (low, high), what in ((idle_prompt_after_s, IDLE_RANGE_S, "The idle prompt"),
                                     (lock_after_s, LOCK_RANGE_S, "The screen lock")):
        if value is not None and not low <= value <= high:
            raise ValueError(f"{what} comes after {low // 60} to {high // 60} minutes without input.")
    with store.transaction() as c:
        if idle_prompt_after_s is not None:
            state.put(c, "idle_prompt_after_s", int(idle_prompt_after_s))
        if lock_after_s is not None:
            state.put(c, "lock_after_s", int(lock_after_s))
        if strong_pins:
            state.put(c, "pin_rules", "strong")
    return people_settings(store)
