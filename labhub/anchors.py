"""Clock anchors: the hub's time at a moment of a device's monotonic clock.

Every push and pull carries the device's clock (``wall``, ``mono_ns``, ``boot_id``); the hub
keeps it with its own time, so the timesheet totals can place an event of that boot by the hub's
clock (``hub_time + (event.mono_ns - anchor.mono_ns)``), never by the device's wall clock,
which may be wrong or moved. One anchor per device and boot every ``SPACING_NS`` of monotonic
time is enough (the monotonic clock drifts by parts per million), and keeps the table small for
devices that sync every few minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from labclient.people.clock import Anchor
from labhub.clock import parse_time
from labhub.store import Conn

SPACING_NS = 10 * 60 * 10**9


def record_anchor(c: Conn, device_id: str, hub_time: str, device_clock: dict[str, Any]) -> None:
    """Keep the request's device clock with the hub's time (inside the caller's transaction),
    unless an anchor of the same device and boot lies within ``SPACING_NS`` of it."""
    mono, boot, wall = device_clock.get("mono_ns"), device_clock.get("boot_id"), device_clock.get("wall")
    if not isinstance(mono, int) or isinstance(mono, bool) or not isinstance(boot, str) or not isinstance(wall, str):
        return
    near = c.execute("SELECT 1 FROM clock_anchors WHERE device_id = ? AND boot_id = ? AND mono_ns > ? AND mono_ns < ?"
                     " LIMIT 1", (device_id, boot, mono - SPACING_NS, mono + SPACING_NS)).fetchone()
    if near is None:
        c.execute("INSERT INTO clock_anchors (device_id, hub_time, mono_ns, boot_id, wall) VALUES (?, ?, ?, ?, ?)",
                  (device_id, hub_time, mono, boot, wall))


def load_anchors(c: Conn, device_ids: Iterable[str], boots: Iterable[str] | None = None) -> list[Anchor]:
    """The anchors of these devices (of these boots only, when given), oldest first."""
    devices = list(device_ids)
    wanted = None if boots is None else set(boots)
    out: list[Anchor] = []
    for start in range(0, len(devices), 500):
        chunk = devices[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for hub_time, mono, boot in c.execute(
                f"SELECT hub_time, mono_ns, boot_id FROM clock_anchors WHERE device_id IN ({marks}) ORDER BY id",
                chunk):
            if wanted is None or boot in wanted:
                out.append(Anchor(parse_time(hub_time), int(mono), str(boot)))
    return out
