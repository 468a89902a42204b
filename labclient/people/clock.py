"""Time as the people code reads it: stored wall times, and the hub's time estimated from the
clock anchors the sync keeps.

Every function that records or measures time takes ``clock: Clock = SYSTEM_CLOCK``
(:mod:`labclient.clock`), so a test can move the wall clock by days, advance monotonic time or
simulate a reboot without sleeping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from labclient import clock as system
from labclient.clock import Clock
from labclient.store import Store

WALL_FORMAT = system.WALL_FORMAT


def parse_wall(text: str) -> dt.datetime | None:
    """A stored UTC timestamp as an aware datetime; None when it is not one."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError, TypeError):
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(dt.UTC)


def format_wall(moment: dt.datetime) -> str:
    """An aware datetime as the stored UTC form (naive datetimes are refused)."""
    return system.format_utc(moment)


@dataclass(frozen=True)
class Anchor:
    """The hub's time at one moment of our monotonic clock (kept by the sync from each answer)."""

    hub_time: dt.datetime
    mono_ns: int
    boot_id: str


#: Hub times outside these bounds are absurd (a hub whose clock says 0001 or 9999): an anchor
#: made of one would misplace every event of the boot, so none is kept or used.
EARLIEST_HUB_TIME = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATEST_HUB_TIME = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


def plausible_hub_time(text: object) -> dt.datetime | None:
    """A hub's time as an aware datetime when it is one and lies between :data:`EARLIEST_HUB_TIME`
    and :data:`LATEST_HUB_TIME`; None otherwise."""
    moment = parse_wall(text) if isinstance(text, str) and len(text) <= 40 else None
    return moment if moment is not None and EARLIEST_HUB_TIME <= moment < LATEST_HUB_TIME else None


def load_anchors(store: Store) -> list[Anchor]:
    """Every usable clock anchor, oldest first (malformed and absurd ones are left out)."""
    anchors = []
    for hub_time, mono, boot in store.read().execute(
            "SELECT hub_time, mono_ns, boot_id FROM clock_anchors ORDER BY id").fetchall():
        moment = plausible_hub_time(hub_time)
        if moment is not None and isinstance(mono, int):
            anchors.append(Anchor(moment, mono, str(boot)))
    return anchors


def nearest_anchor(anchors: list[Anchor], mono_ns: int, boot_id: str) -> Anchor | None:
    """The anchor of the same boot closest in monotonic time, or None."""
    same = [a for a in anchors if a.boot_id == boot_id]
    return min(same, key=lambda a: abs(a.mono_ns - mono_ns)) if same else None


def estimated_now(store: Store, clock: Clock) -> tuple[dt.datetime, bool]:
    """The best guess at the hub's time now, and whether it came from a hub anchor of this boot
    (True) or from this computer's wall clock (False)."""
    now = clock.mono_ns()
    nearest = store.read().execute(  # this boot's anchors only, nearest first: no load of every anchor
        "SELECT hub_time, mono_ns FROM clock_anchors WHERE boot_id = ? AND typeof(mono_ns) = 'integer'"
        " ORDER BY abs(mono_ns - ?) LIMIT 8", (clock.boot_id(), now)).fetchall()
    for hub_time, mono in nearest:
        moment = plausible_hub_time(hub_time)
        if moment is not None:
            return moment + dt.timedelta(microseconds=(now - mono) // 1000), True
    return parse_wall(clock.wall()) or dt.datetime.now(dt.UTC), False
