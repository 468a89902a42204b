"""Planned shifts (who, when, which seat) and who is on shift now.

Plans are kept on this workstation (the hub does not carry them yet); what people actually did is
in the timesheet. "On shift now" joins both: everyone planned for now, and everyone clocked in
here, with whether they are on a break and whether a planned worker has not clocked in yet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import ShiftConflictError, UnknownUserError
from labclient.people.clock import estimated_now, format_wall, parse_wall
from labclient.people.roles import Permission, Session, requires
from labclient.people.timesheet import _compute, _state, local_zone
from labclient.store import Store

MAX_SHIFT = dt.timedelta(hours=16)
LATE_AFTER = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Shift:
    """A planned shift."""

    id: str
    worker_id: str
    worker_name: str
    seat: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    planned_by: str   # the supervisor's name


@dataclass(frozen=True)
class OnShift:
    """Someone planned for now or clocked in now."""

    worker_id: str
    name: str
    planned: Shift | None
    clocked_in: bool
    on_break: bool
    since: dt.datetime | None   # the clock-in, placed
    late: bool                  # planned since more than 10 minutes and not clocked in
    away: bool = False          # clocked in, but her screen is locked (she stepped away; time paused)
    seat_now: str | None = None  # where she clocked in (the clock-in's seat), while clocked in


_SELECT = ("SELECT s.id, s.worker_id, w.name, s.seat, s.starts_at, s.ends_at, p.name FROM shifts s"
           " JOIN workers w ON w.id = s.worker_id JOIN workers p ON p.id = s.planned_by")


def _shift(row: Sequence[Any]) -> Shift:
    start, end = parse_wall(row[4]), parse_wall(row[5])
    assert start is not None and end is not None
    return Shift(row[0], row[1], row[2], row[3], start, end, row[6])


@requires(Permission.PLAN_SHIFTS)
def plan_shift(store: Store, session: Session, worker_id: str, starts_at: dt.datetime, ends_at: dt.datetime,
               seat: str, *, clock: Clock = SYSTEM_CLOCK) -> Shift:
    """Supervisor: plan ``worker_id`` at ``seat`` from ``starts_at`` to ``ends_at`` (aware
    datetimes). ShiftConflictError when it overlaps another shift of the worker or of the seat;
    ValueError for times the wrong way round, longer than 16 hours, or without a time zone."""
    start, end = format_wall(starts_at), format_wall(ends_at)
    if not starts_at < ends_at or ends_at - starts_at > MAX_SHIFT:
        raise ValueError("A shift ends after it starts, at most 16 hours later.")
    seat = " ".join(str(seat).split())[:80]
    if not seat:
        raise ValueError("A shift needs a seat (the workstation's name).")
    shift_id = f"s-{uuid.uuid4().hex[:12]}"
    with store.transaction() as c:
        row = c.execute("SELECT name, disabled FROM workers WHERE id = ?", (worker_id,)).fetchone()
        if row is None:
            raise UnknownUserError("There is no user {name!r} on this workstation.", name=worker_id)
        if row[1]:
            raise ShiftConflictError(reason="switched_off", name=row[0])
        clash = c.execute(_SELECT + " WHERE s.cancelled = 0 AND s.starts_at < ? AND s.ends_at > ?"
                          " AND (s.worker_id = ? OR s.seat = ?) ORDER BY s.starts_at LIMIT 1",
                          (end, start, worker_id, seat)).fetchone()
        if clash:
            other = _shift(clash)
            zone = local_zone()
            raise ShiftConflictError(reason="worker_busy" if other.worker_id == worker_id else "seat_taken",
                                     name=other.worker_name, seat=other.seat,
                                     start=other.starts_at.astimezone(zone), end=other.ends_at.astimezone(zone).time())
        c.execute("INSERT INTO shifts (id, worker_id, seat, starts_at, ends_at, planned_by, planned_at) VALUES"
                  " (?, ?, ?, ?, ?, ?, ?)", (shift_id, worker_id, seat, start, end, session.user_id, clock.wall()))
        return _shift(c.execute(_SELECT + " WHERE s.id = ?", (shift_id,)).fetchone())


@requires(Permission.PLAN_SHIFTS)
def cancel_shift(store: Store, session: Session, shift_id: str, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Supervisor: cancel a planned shift (kept, marked cancelled). KeyError for an unknown id."""
    with store.transaction() as c:
        if c.execute("UPDATE shifts SET cancelled = 1 WHERE id = ?", (shift_id,)).rowcount == 0:
            raise KeyError(shift_id)


def _between(store: Store, first_day: dt.date, last_day: dt.date, tz: dt.tzinfo, worker_id: str | None
             ) -> list[Shift]:
    low = format_wall(dt.datetime.combine(first_day, dt.time(), tz))
    high = format_wall(dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), tz))
    sql = _SELECT + " WHERE s.cancelled = 0 AND s.starts_at < ? AND s.ends_at > ?"
    params: list[str] = [high, low]
    if worker_id is not None:
        sql += " AND s.worker_id = ?"
        params.append(worker_id)
    return [_shift(r) for r in store.read().execute(sql + " ORDER BY s.starts_at, w.name", params).fetchall()]


@requires(Permission.VIEW_OWN_TIME, others=Permission.VIEW_TEAM, subject="worker_id")
def shifts_of(store: Store, session: Session, first_day: dt.date, last_day: dt.date, worker_id: str | None = None,
              *, tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> list[Shift]:
    """A worker's (default: one's own) planned shifts that touch the days, in time order."""
    return _between(store, first_day, last_day, tz or local_zone(), worker_id or session.user_id)


@requires(Permission.VIEW_TEAM)
def planned_shifts(store: Store, session: Session, first_day: dt.date, last_day: dt.date, *,
                   tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> list[Shift]:
    """Supervisor: every planned shift that touches the days, in time order."""
    return _between(store, first_day, last_day, tz or local_zone(), None)


@requires(Permission.VIEW_TEAM)
def on_shift_now(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> list[OnShift]:
    """Supervisor: who is on shift now (planned for now, or clocked in here), by name. "Now" is
    the hub's time when known, else this computer's clock."""
    now, _ = estimated_now(store, clock)
    stamp = format_wall(now)
    planned = {s.worker_id: s for s in (_shift(r) for r in store.read().execute(
        _SELECT + " WHERE s.cancelled = 0 AND s.starts_at <= ? AND s.ends_at > ?", (stamp, stamp)).fetchall())}
    clocked = [r[0] for r in store.read().execute(
        "SELECT worker_id FROM time_events WHERE n IN (SELECT max(n) FROM time_events"
        " WHERE type IN ('clock_in', 'clock_out') AND worker_id IS NOT NULL GROUP BY worker_id)"
        " AND type = 'clock_in' AND boot_id = ?", (clock.boot_id(),)).fetchall()]
    sheet = _compute(store, [clock.boot_id()], clock, local_zone(), with_records=False) if clocked else None
    out = []
    for worker_id in dict.fromkeys([*planned, *clocked]):
        name = store.read().execute("SELECT name FROM workers WHERE id = ?", (worker_id,)).fetchone()
        st = _state(store.read(), worker_id, clock.boot_id())
        since = None
        if sheet is not None and st.clocked_in:
            open_periods = [p for p in sheet.periods if p.worker_id == worker_id and p.ended_by == "open"]
            since = open_periods[-1].start if open_periods else None
        shift = planned.get(worker_id)
        late = shift is not None and not st.clocked_in and now - shift.starts_at > LATE_AFTER
        away = st.clocked_in and store.read().execute(
            "SELECT 1 FROM sessions WHERE worker_id = ? AND locked = 1 AND ended_at IS NULL AND boot_id = ?",
            (worker_id, clock.boot_id())).fetchone() is not None
        seat_now = None
        if st.clocked_in and st.clock_in is not None:
            row = store.read().execute("SELECT json_extract(payload, '$.seat') FROM time_events WHERE n = ?",
                                       (st.clock_in[0],)).fetchone()
            seat_now = str(row[0]) if row is not None and row[0] else None
        out.append(OnShift(worker_id, name[0] if name else worker_id, shift, st.clocked_in, st.on_break, since, late,
                           away, seat_now))
    return sorted(out, key=lambda o: o.name.casefold())
