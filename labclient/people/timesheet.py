"""The timesheet as people use it: clock in and out, breaks, activity, the idle prompt, hours,
flags, corrections and approval. Every call takes a Session and checks its role first.

Workers act on their own timesheet only (the functions take no worker id). Supervisors and
admins see everyone's hours and flags, correct a timesheet (a new event with a reason and their
name; nothing is edited) and approve one, never their own.

Each clock or activity action is one transaction that checks the worker's state and appends the
event (and its outbox item); see :mod:`labclient.people.events` and, for how hours are counted,
:mod:`labclient.people.hours`.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import ChainBrokenError, NotAllowed, TimesheetStateError, UnknownUserError
from labclient.people import events as chain
from labclient.people import state
from labclient.people.clock import estimated_now, format_wall, load_anchors, parse_wall
from labclient.people.events import Event
from labclient.people.hours import (
    SIGNERS,
    Approval,
    Correction,
    Flag,
    Period,
    Placer,
    Timesheet,
    compute,
    merge_flags,
    not_clocked_in,
    results_flag,
    too_fast_flag,
)
from labclient.people.roles import Permission, Session, requires
from labclient.people.state import people_settings
from labclient.said import Said
from labclient.store import Store
from labclient.tasks import too_fast

MAX_REASON = 500
MAX_CORRECTION_MS = 24 * 3600 * 1000
MAX_ACTIVITY_MS = 24 * 3600 * 1000
MAX_APPROVAL_DAYS = 31
EARLY_CLOCK_IN = dt.timedelta(minutes=15)  # clocking in this much before a planned shift is on time


def local_zone() -> dt.tzinfo:
    """This computer's time zone (the lab's), used for days unless one is given."""
    zone = dt.datetime.now().astimezone().tzinfo
    return zone or dt.UTC


# -- the worker's state ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    """Where a worker stands now, as their screen shows it."""

    worker_id: str
    name: str
    clocked_in: bool
    on_break: bool
    idle_prompted: bool           # an idle prompt is unanswered: time is paused
    since: dt.datetime | None     # the clock-in, placed (hub time when known)
    clocked_ms: int               # this shift so far
    active_ms: int
    restarted: bool               # the last shift was ended by a restart (tell the worker)
    paused_by_lock: bool = False  # time is paused because she locked the screen (not for want of input)


@dataclass(frozen=True)
class _State:
    clocked_in: bool
    on_break: bool
    idle: bool
    clock_in: tuple[int, str, str] | None   # (n, boot, wall) of the open clock-in, any boot
    idle_event: int | None = None           # n of the idle_prompt that paused the time, while idle


def _lock_key(worker_id: str) -> str:
    """The people_state key that keeps which idle_prompt a lock made (the event itself is the
    idle prompt's, as the hub knows it: only this workstation needs to tell them apart)."""
    return f"lock_pause:{worker_id}"


def _state(c: Any, worker_id: str, boot: str) -> _State:
    last = c.execute("SELECT n, type, boot_id, wall FROM time_events WHERE worker_id = ?"
                     " AND type IN ('clock_in', 'clock_out') ORDER BY n DESC LIMIT 1", (worker_id,)).fetchone()
    if last is None or last[1] != "clock_in":
        return _State(False, False, False, None)
    opened = (int(last[0]), str(last[2]), str(last[3]))
    if last[2] != boot:
        return _State(False, False, False, opened)
    on_break = idle = False
    idle_event: int | None = None
    for n, event_type, text in c.execute(
            "SELECT n, type, payload FROM time_events WHERE worker_id = ? AND n > ? AND type IN"
            " ('break_start', 'break_end', 'idle_prompt', 'idle_answer', 'activity') ORDER BY n", (worker_id, last[0])):
        payload = _payload(text)
        if event_type == "break_start":
            on_break, idle = True, False
        elif event_type == "break_end":
            on_break = False
        elif event_type == "idle_prompt" and not on_break:
            idle, idle_event = True, int(n)
        elif event_type == "idle_answer" and not on_break:
            idle = payload.get("still_working") is not True
        elif event_type == "activity" and payload.get("active_ms"):
            idle = False
    return _State(True, on_break, idle, opened, idle_event if idle else None)


def _payload(text: object) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        value = None
    return value if isinstance(value, dict) else {}


def _refuse(session: Session, st: _State, wanted: str) -> None:
    name = session.name
    if wanted == "out":
        if st.clocked_in:
            raise TimesheetStateError(reason="clocked_in", name=name, since=_hhmm(st.clock_in))
        return
    if not st.clocked_in:
        if st.clock_in is not None:
            raise TimesheetStateError(reason="restarted", name=name, since=_hhmm(st.clock_in))
        raise TimesheetStateError(reason="not_clocked_in", name=name)
    if wanted == "working" and st.on_break:
        raise TimesheetStateError(reason="on_break", name=name)
    if wanted == "break" and not st.on_break:
        raise TimesheetStateError(reason="not_on_break", name=name)


def _hhmm(clock_in: tuple[int, str, str] | None) -> str:
    moment = parse_wall(clock_in[2]) if clock_in else None
    return moment.astimezone(local_zone()).strftime("%H:%M") if moment else "?"


def _act(store: Store, session: Session, clock: Clock, wanted: str, event_type: str,
         payload: dict[str, Any]) -> Event:
    with store.transaction() as c:
        st = _state(c, session.user_id, clock.boot_id())
        _refuse(session, st, wanted)
        return chain.append_event(c, clock, event_type, (session.user_id, session.name), payload)


@requires(Permission.TRACK_OWN_TIME)
def clock_in(store: Store, session: Session, *, seat: str | None = None, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Start a shift at ``seat`` (default: this computer's name). TimesheetStateError when
    already clocked in."""
    return _act(store, session, clock, "out", "clock_in", {"seat": (seat or socket.gethostname())[:80]})


@requires(Permission.TRACK_OWN_TIME)
def clock_out(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> Event:
    """End the shift (a running break ends with it)."""
    return _act(store, session, clock, "in", "clock_out", {})


@requires(Permission.TRACK_OWN_TIME)
def start_break(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Start a break: the clock stops counting until :func:`end_break`."""
    return _act(store, session, clock, "working", "break_start", {})


@requires(Permission.TRACK_OWN_TIME)
def end_break(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> Event:
    """End the break."""
    return _act(store, session, clock, "break", "break_end", {})


@requires(Permission.TRACK_OWN_TIME)
def record_activity(store: Store, session: Session, active_ms: int, *, task: str | int | None = None,
                    clock: Clock = SYSTEM_CLOCK) -> Event:
    """Report ``active_ms`` of activity (input, audio playback, typing) since the last report, on
    ``task`` (the Workspace task key, or None). The UI reports at least every minute of activity
    and when a task ends; the core counts at most the time that passed since the last report."""
    if not isinstance(active_ms, int) or isinstance(active_ms, bool) or not 0 <= active_ms <= MAX_ACTIVITY_MS:
        raise ValueError("active_ms is a whole number of milliseconds, 0 to 24 hours.")
    if isinstance(task, str):
        task = task[:200]
    return _act(store, session, clock, "working", "activity", {"active_ms": active_ms, "task": task})


@requires(Permission.TRACK_OWN_TIME)
def idle_prompt(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> Event:
    """The UI asked "are you still working?" after the idle threshold: time pauses until the
    worker answers yes or is active again."""
    return _act(store, session, clock, "working", "idle_prompt",
                {"after_s": people_settings(store).idle_prompt_after_s})


@requires(Permission.TRACK_OWN_TIME)
def pause_for_lock(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> Event | None:
    """The seat is being locked: a clocked-in worker who is working stops being counted, as
    after an unanswered idle prompt (the event is an ``idle_prompt``). None when not working."""
    after_s = people_settings(store).idle_prompt_after_s
    with store.transaction() as c:
        st = _state(c, session.user_id, clock.boot_id())
        if not st.clocked_in or st.on_break or st.idle:
            return None
        event = chain.append_event(c, clock, "idle_prompt", (session.user_id, session.name), {"after_s": after_s})
        state.put(c, _lock_key(session.user_id), event.n)  # so her screen can say she locked it
        return event


@requires(Permission.TRACK_OWN_TIME)
def answer_idle(store: Store, session: Session, still_working: bool, *, clock: Clock = SYSTEM_CLOCK) -> Event:
    """The worker's answer to the idle prompt. Yes: time counts again from now (the pause since
    the prompt does not). No: time stays paused (the UI may then offer a break or clocking out)."""
    return _act(store, session, clock, "working", "idle_answer", {"still_working": bool(still_working)})


# -- hours -------------------------------------------------------------------------------------------


#: The fewest gold results in a range on which the Hours tab marks a worker under the pass mark.
MIN_GOLD_FOR_MARK = 3


@dataclass(frozen=True)
class Hours:
    """A worker's hours over a range of days, as the worker's and the supervisor's screens show them."""

    worker_id: str
    name: str
    first_day: dt.date
    last_day: dt.date
    clocked_ms: int
    active_ms: int
    results: int                       # tasks the worker submitted here in the range (output; skips and flags apart)
    periods: tuple[Period, ...]
    corrections: tuple[Correction, ...]
    flags: tuple[Flag, ...]
    approval: Approval | None          # the latest approval of exactly this range
    changed_since_approval: bool       # the totals differ from what was approved
    results_not_clocked_in: int = 0    # of ``results``, those stored outside the worker's work periods
    gold_results: int = 0              # submits on gold (checked) tasks in the range, scored here
    gold_score_sum: float = 0.0        # the sum of their scores (0..1 each)
    too_fast: int = 0                  # of ``results``, submits made in less than a plausible time
    gold_mark_sum: float = 0.0         # the pass marks of those gold results, summed
    reviewed: int = 0                  # of ``results``, those a supervisor reviewed (here or elsewhere)
    review_accepted: int = 0           # of those, accepted as they were (by the latest review)
    set_aside: int = 0                 # tasks she skipped or flagged as broken in the range (not output)

    @property
    def results_per_active_hour(self) -> float:
        """Throughput: results per hour of active time (0 without active time)."""
        return self.results / (self.active_ms / 3.6e6) if self.active_ms else 0.0

    @property
    def accuracy(self) -> float | None:
        """The mean score of the range's gold results (0..1), None without any."""
        return self.gold_score_sum / self.gold_results if self.gold_results else None

    @property
    def pass_mark(self) -> float | None:
        """The mean pass mark of the range's gold results (each its project's), None without any."""
        return self.gold_mark_sum / self.gold_results if self.gold_results else None

    @property
    def under_pass_mark(self) -> bool:
        """Her mean gold score is below the mean of its pass marks, over at least
        :data:`MIN_GOLD_FOR_MARK` gold results (fewer say too little to flag anyone)."""
        return self.gold_results >= MIN_GOLD_FOR_MARK and self.gold_score_sum < self.gold_mark_sum - 1e-9


def today(store: Store, *, tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> dt.date:
    """Today in the lab's time zone, from the hub's time when known (not the possibly moved clock)."""
    boot = clock.boot_id()
    placer = Placer([], load_anchors(store), tz or local_zone(), _origins(store, [boot]))
    moment, by_hub = placer.place(clock.mono_ns(), boot)
    if not by_hub and boot not in placer.origins:
        moment, _ = estimated_now(store, clock)
    return placer.day(moment)


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of ``day``'s week."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


@requires(Permission.VIEW_OWN_TIME, others=Permission.VIEW_TEAM, subject="worker_id")
def status(store: Store, session: Session, worker_id: str | None = None, *,
           clock: Clock = SYSTEM_CLOCK) -> Status:
    """Where the worker (default: the session's own) stands now."""
    who = worker_id or session.user_id
    name = _name(store, who)
    boot = clock.boot_id()
    st = _state(store.read(), who, boot)
    if not st.clocked_in:
        return Status(who, name, False, False, False, None, 0, 0, st.clock_in is not None)
    sheet = _compute(store, [boot], clock, local_zone(), with_records=False)
    current = [p for p in sheet.periods if p.worker_id == who and p.ended_by == "open"]
    p = current[-1] if current else None
    by_lock = st.idle_event is not None and state.get(store.read(), _lock_key(who)) == str(st.idle_event)
    return Status(who, name, True, st.on_break, st.idle, p.start if p else None, p.clocked_ms if p else 0,
                  p.active_ms if p else 0, False, by_lock)


@requires(Permission.VIEW_OWN_TIME, others=Permission.VIEW_TEAM, subject="worker_id")
def hours(store: Store, session: Session, first_day: dt.date, last_day: dt.date, worker_id: str | None = None, *,
          tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> Hours:
    """The worker's (default: the session's own) clocked and active time, output and flags over
    ``first_day``..``last_day``, with a shift still open counted up to now. For today:
    ``hours(store, s, d, d)`` with ``d = today(store)``; for this week: ``week_of(d)``."""
    who = worker_id or session.user_id
    zone = tz or local_zone()
    sheet = _sheet(store, first_day, last_day, clock, zone)
    return _hours(store, sheet, who, _name(store, who), first_day, last_day)


@requires(Permission.VIEW_TEAM)
def team_hours(store: Store, session: Session, first_day: dt.date, last_day: dt.date, *,
               tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> list[Hours]:
    """Everyone's hours over the range (supervisor): every account that is on, and anyone else
    with time in the range, by name."""
    zone = tz or local_zone()
    sheet = _sheet(store, first_day, last_day, clock, zone)
    people = dict(store.read().execute("SELECT id, name FROM workers WHERE disabled = 0").fetchall())
    for worker_id, _ in sheet.workers():
        if worker_id not in people:
            people[worker_id] = _name(store, worker_id)
    rows = [_hours(store, sheet, w, name, first_day, last_day) for w, name in people.items()]
    return sorted(rows, key=lambda h: h.name.casefold())


@requires(Permission.VIEW_TEAM)
def flags(store: Store, session: Session, first_day: dt.date | None = None, last_day: dt.date | None = None, *,
          tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> list[Flag]:
    """What a supervisor should look at: problems in the chain (always, whatever the range), then
    every flag raised on a day of ``first_day``..``last_day`` (all time without them), by day.
    Besides those of the events, a day's own flags: active time over clocked time after corrections
    (``active_over_clocked``) and results stored while not clocked in (``results_not_clocked_in``).

    A flag is on the day of the event that raised it (``Flag.day``, placed like the hours: by the
    hub's time, else the computer's running time, never a moved clock), whether or not someone
    was clocked in then: clock jumps, restarts mid-shift, capped activity, events outside a work
    period, second clock-ins, and clock-ins outside the shifts planned for that worker that day
    (``outside_shift``; a worker with no shift planned that day is not flagged)."""
    report = chain.verify_chain(store)
    chain_flags = [Flag.of("chain", p.said, None, p.event_id, p.n) for p in report.problems]
    zone = tz or local_zone()
    if first_day is None or last_day is None:
        sheet = _compute(store, None, clock, zone)
        raised = _raised(store, sheet, zone) + _day_flags(store, sheet, None, None)
    else:
        sheet = _sheet(store, first_day, last_day, clock, zone)
        raised = [f for f in _raised(store, sheet, zone) + _day_flags(store, sheet, first_day, last_day)
                  if f.day is not None and first_day <= f.day <= last_day]
    return merge_flags(chain_flags, sorted(raised, key=lambda f: f.day or dt.date.min))


def _day_flags(store: Store, sheet: Timesheet, first_day: dt.date | None, last_day: dt.date | None) -> list[Flag]:
    """Everyone's ``active_over_clocked``, ``results_not_clocked_in`` and ``too_fast`` flags on
    the days (all time without them)."""
    names = {str(i): str(n) for i, n in store.read().execute("SELECT id, name FROM workers").fetchall()}
    days = [p.day for p in sheet.periods] + [c.day for c in sheet.corrections]
    low = first_day or min(days, default=dt.date.min)
    high = last_day or max(days, default=dt.date.max)
    out: list[Flag] = []
    for worker_id, _ in sheet.workers():
        name = names.get(worker_id, worker_id)
        out += [f for f in sheet.totals(worker_id, low, high, name).flags if f.kind == "active_over_clocked"]
    workers = [str(r[0]) for r in store.read().execute("SELECT DISTINCT worker_id FROM results")]
    for worker_id in workers:
        out += _output_flags(worker_id, names.get(worker_id, worker_id),
                             _results(store, sheet, worker_id, first_day, last_day))
    return out


def _raised(store: Store, sheet: Timesheet, tz: dt.tzinfo) -> list[Flag]:
    """Every flag of the sheet, each once: raised in a work period or not, and clock-ins off plan."""
    return merge_flags(sheet.flags, (f for p in sheet.periods for f in p.flags), _off_plan(store, sheet, tz))


def _off_plan(store: Store, sheet: Timesheet, tz: dt.tzinfo) -> list[Flag]:
    """Clock-ins outside every shift planned for the worker on the day of the clock-in (from
    ``EARLY_CLOCK_IN`` before a shift's start to its end), for workers with a shift that day."""
    if not sheet.periods:
        return []
    low = dt.datetime.combine(min(p.day for p in sheet.periods), dt.time(), tz)
    high = dt.datetime.combine(max(p.day for p in sheet.periods) + dt.timedelta(days=1), dt.time(), tz)
    planned: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    for worker_id, starts_at, ends_at in store.read().execute(
            "SELECT worker_id, starts_at, ends_at FROM shifts WHERE cancelled = 0 AND starts_at < ? AND ends_at > ?"
            " ORDER BY starts_at", (format_wall(high), format_wall(low))):
        start, end = parse_wall(starts_at), parse_wall(ends_at)
        if start is not None and end is not None:
            planned.setdefault(worker_id, []).append((start, end))
    out = []
    for p in sheet.periods:
        day_start = dt.datetime.combine(p.day, dt.time(), tz)
        that_day = [(start, end) for start, end in planned.get(p.worker_id, ())
                    if start < day_start + dt.timedelta(days=1) and end > day_start]
        if that_day and not any(start - EARLY_CLOCK_IN <= p.start < end for start, end in that_day):
            shown = ", ".join(f"{start.astimezone(tz):%H:%M}–{end.astimezone(tz):%H:%M}" for start, end in that_day)
            out.append(Flag.of("outside_shift", Said(
                "flag.outside_shift", "{name} clocked in at {at:%Y-%m-%d %H:%M}, outside the shifts planned for them "
                "that day ({shifts}).", {"name": p.worker_name, "at": p.start.astimezone(tz), "shifts": shown}),
                p.worker_id, p.start_event, day=p.day))
    return out


@requires(Permission.CORRECT_TIMESHEETS, others=Permission.CORRECT_TIMESHEETS, subject="worker_id")
def correct(store: Store, session: Session, worker_id: str, day: dt.date, *, clocked_ms: int = 0,
            active_ms: int = 0, reason: str, clock: Clock = SYSTEM_CLOCK) -> Event:
    """Supervisor: add (or, negative, take away) clocked and active time on a worker's day, with
    the reason; stored as a new event with the supervisor's name. Never one's own timesheet."""
    _not_own(session, worker_id, "correct_own")
    name = _name(store, worker_id)
    for value in (clocked_ms, active_ms):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_CORRECTION_MS:
            raise ValueError("A correction is a whole number of milliseconds, at most 24 hours either way.")
    if clocked_ms == 0 and active_ms == 0:
        raise ValueError("A correction changes the clocked or the active time.")
    text = _reason(reason)
    payload = {"day": day.isoformat(), "clocked_ms": clocked_ms, "active_ms": active_ms, "reason": text,
               "by": {"id": session.user_id, "name": session.name}}
    with store.transaction() as c:
        return chain.append_event(c, clock, "correction", (worker_id, name), payload)


@requires(Permission.APPROVE_TIMESHEETS, others=Permission.APPROVE_TIMESHEETS, subject="worker_id")
def approve(store: Store, session: Session, worker_id: str, first_day: dt.date, last_day: dt.date, *,
            tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> Hours:
    """Supervisor: approve the worker's hours over the range as they stand now (recorded as an
    event with the totals and the supervisor's name). Refused for one's own timesheet, with
    ChainBrokenError while the local record fails its chain check, and with TimesheetStateError
    while the worker is clocked in and the range reaches today. Returns the approved hours."""
    _not_own(session, worker_id, "approve_own")
    if not first_day <= last_day or (last_day - first_day).days >= MAX_APPROVAL_DAYS:
        raise ValueError(f"An approval covers 1 to {MAX_APPROVAL_DAYS} days, the first before the last.")
    report = chain.verify_chain(store)
    if not report.ok:
        raise ChainBrokenError(detail=report.summary_said)
    zone = tz or local_zone()
    name = _name(store, worker_id)
    if last_day >= today(store, tz=zone, clock=clock) and status(store, session, worker_id, clock=clock).clocked_in:
        # An open shift has no end yet: the hub would count it to the last event, not to now.
        raise TimesheetStateError(reason="still_clocked_in", name=name)
    now = _hours(store, _sheet(store, first_day, last_day, clock, zone), worker_id, name, first_day, last_day)
    payload = {"first_day": first_day.isoformat(), "last_day": last_day.isoformat(), "clocked_ms": now.clocked_ms,
               "active_ms": now.active_ms, "flags": len(now.flags), "by": {"id": session.user_id, "name": session.name}}
    with store.transaction() as c:
        chain.append_event(c, clock, "approval", (worker_id, name), payload)
    return _hours(store, _sheet(store, first_day, last_day, clock, zone), worker_id, name, first_day, last_day)


def _not_own(session: Session, worker_id: str, reason: str) -> None:
    if worker_id == session.user_id:
        raise NotAllowed(reason=reason, who=session.name)


def _reason(reason: str) -> str:
    text = " ".join(str(reason).split())
    if not text:
        raise ValueError("A reason is required.")
    return text[:MAX_REASON]


def _name(store: Store, worker_id: str) -> str:
    row = store.read().execute("SELECT name FROM workers WHERE id = ?", (worker_id,)).fetchone()
    if row is None:
        raise UnknownUserError("There is no user {name!r} on this workstation.", name=worker_id)
    return str(row[0])


# -- computing over a window of boots ----------------------------------------------------------------


def _origins(store: Store, boots: Sequence[str] | None = None) -> dict[str, tuple[dt.datetime, int]]:
    """(wall, mono) of the first readable event of each boot."""
    sql = ("SELECT boot_id, wall, mono_ns FROM time_events WHERE n IN"
           " (SELECT min(n) FROM time_events GROUP BY boot_id)")
    out = {}
    for boot, wall, mono in store.read().execute(sql).fetchall():
        moment = parse_wall(wall)
        if moment is not None and isinstance(mono, int) and (boots is None or boot in boots):
            out[boot] = (moment, mono)
    return out


def _sheet(store: Store, first_day: dt.date, last_day: dt.date, clock: Clock, tz: dt.tzinfo) -> Timesheet:
    """The timesheet over the boots that touch the range (a day either side), with every
    correction and approval."""
    anchors = load_anchors(store)
    origins = _origins(store)
    placer = Placer([], anchors, tz, origins)
    low, high = first_day - dt.timedelta(days=1), last_day + dt.timedelta(days=1)
    boots = [clock.boot_id()]
    for boot, first_mono, last_mono in store.read().execute(
            "SELECT boot_id, min(mono_ns), max(mono_ns) FROM time_events GROUP BY boot_id").fetchall():
        start, end = placer.place(first_mono, boot)[0], placer.place(last_mono, boot)[0]
        if placer.day(start) <= high and placer.day(end) >= low:
            boots.append(boot)
    return _compute(store, boots, clock, tz)


def _compute(store: Store, boots: Sequence[str] | None, clock: Clock, tz: dt.tzinfo, *,
             with_records: bool = True) -> Timesheet:
    sql = ("SELECT id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash, hash"
           " FROM time_events")
    params: list[str] = []
    if boots is not None:
        marks = ", ".join("?" * len(boots))
        sql += f" WHERE boot_id IN ({marks})"
        params = list(boots)
        if with_records:
            sql += " OR type IN ('correction', 'approval')"
    events = [e for e in (chain.event_from_row(r) for r in store.read().execute(sql + " ORDER BY n", params)) if e]
    sheet = compute(events, load_anchors(store), now=(clock.mono_ns(), clock.boot_id()), tz=tz,
                    origins=_origins(store))
    _check_signers(store, sheet)
    return sheet


def _check_signers(store: Store, sheet: Timesheet) -> None:
    """Set aside every correction and approval whose ``by`` is not a user of this workstation who
    may make it (a supervisor or an admin, by their role now: the workstation keeps no history of
    roles), or who signed it for their own timesheet. Such an event is not made by this program
    (it checks the session first), so it was written into the database by hand; the hub checks
    the same against its users over time."""
    records = sheet.signed()
    if not records:
        return
    people = {str(i): (str(name), str(role)) for i, name, role in
              store.read().execute("SELECT id, name, role FROM workers").fetchall()}
    for record in records:
        kind = "correction" if isinstance(record, Correction) else "approval"
        signer = people.get(record.by_id)
        worker = people.get(record.worker_id, (record.worker_id, ""))[0]
        what = record.describe(worker)
        tail = " It was not made by LabClient's own screens; someone may have written it into the database by hand."
        if signer is None:
            said = Said("flag.author_unknown", "{what} does not count: there is no user with the id {by} on this "
                        "workstation." + tail, {"what": what, "by": repr(record.by_id)})
        elif signer[1] not in SIGNERS[kind]:
            said = Said("flag.author_role", "{what} does not count: {name} is a {role} here, and only a supervisor or "
                        "an admin may sign it." + tail, {"what": what, "name": signer[0], "role": signer[1]})
        elif record.by_id == record.worker_id:
            said = Said("flag.author_self", "{what} does not count: {name} signed it for their own timesheet." + tail,
                        {"what": what, "name": signer[0]})
        else:
            continue
        sheet.set_aside(record.event_id, said)


def _hours(store: Store, sheet: Timesheet, worker_id: str, name: str, first_day: dt.date,
           last_day: dt.date) -> Hours:
    totals = sheet.totals(worker_id, first_day, last_day, name)
    approval = sheet.approval(worker_id, first_day, last_day)
    changed = approval is not None and (approval.clocked_ms, approval.active_ms) != (totals.clocked_ms,
                                                                                      totals.active_ms)
    out = _results(store, sheet, worker_id, first_day, last_day)
    flags = _output_flags(worker_id, name, out)
    return Hours(worker_id, name, first_day, last_day, totals.clocked_ms, totals.active_ms, out.count,
                 totals.periods, totals.corrections, totals.flags + tuple(flags), approval, changed,
                 sum(len(ids) for ids in out.outside.values()), out.gold, out.gold_sum,
                 sum(len(ids) for ids in out.fast.values()), out.mark_sum, out.reviewed, out.accepted, out.set_aside)


def _output_flags(worker_id: str, name: str, out: _Output) -> list[Flag]:
    """The ``results_not_clocked_in`` and ``too_fast`` flags of a worker's output, by day."""
    return ([results_flag(worker_id, name, day, len(ids), ids[0]) for day, ids in sorted(out.outside.items())]
            + [too_fast_flag(worker_id, name, day, len(ids), ids[0]) for day, ids in sorted(out.fast.items())])


@dataclass
class _Output:
    """A worker's results over a range, as the hours count them."""

    count: int = 0         # submits
    set_aside: int = 0     # skips and flags
    outside: dict[dt.date, list[str]] = field(default_factory=dict)  # ids stored while not clocked in, by day
    fast: dict[dt.date, list[str]] = field(default_factory=dict)     # ids of too fast submits, by day
    gold: int = 0
    gold_sum: float = 0.0
    mark_sum: float = 0.0  # the pass marks of the gold results, summed
    reviewed: int = 0      # results a supervisor reviewed
    accepted: int = 0      # of those, accepted by the latest review


def _results(store: Store, sheet: Timesheet, worker_id: str, first_day: dt.date | None,
             last_day: dt.date | None) -> _Output:
    """The worker's results in the range (training left out: it is practice, not output): how
    many submits and how many skips and flags (apart: setting a task aside is not output), of the
    submits those stored outside the worker's work periods and the submits made faster than
    :func:`labclient.tasks.too_fast` allows (ids by day), and the gold scores. Each
    result is placed like an event of its boot; None for a bound: no bound."""
    placer = sheet.placer
    mine = [p for p in sheet.periods if p.worker_id == worker_id]
    out = _Output()
    verdicts = _latest_verdicts(store, worker_id)
    for result_id, mono, boot, wall, action, purpose, score, active_ms, kind, mark in store.read().execute(
            "SELECT r.id, r.created_mono_ns, r.boot_id, r.created_at, r.action, r.purpose, r.score, r.active_ms,"
            " b.kind, json_extract(r.feedback, '$.threshold') FROM results r LEFT JOIN tasks t ON t.id = r.task"
            " LEFT JOIN batches b ON b.batch_id = t.batch_id"
            " WHERE r.worker_id = ? AND r.purpose != 'training' ORDER BY r.rowid", (worker_id,)):
        day = placer.day(placer.place(mono, boot, wall)[0])  # a boot without events: the result's own wall time
        if (first_day is None or first_day <= day) and (last_day is None or day <= last_day):
            if action != "submit":  # a skip or a flag sets a task aside: not output, counted apart
                out.set_aside += 1
                continue
            out.count += 1
            if not_clocked_in(mine, worker_id, boot, mono):
                out.outside.setdefault(day, []).append(str(result_id))
            if action == "submit" and kind is not None and too_fast(str(kind), int(active_ms)):
                out.fast.setdefault(day, []).append(str(result_id))
            if purpose == "gold" and score is not None:
                out.gold += 1
                out.gold_sum += float(score)
                out.mark_sum += float(mark) if isinstance(mark, int | float) else 0.0
            verdict = verdicts.get(str(result_id))
            if verdict is not None:
                out.reviewed += 1
                out.accepted += verdict == "accepted"
    return out


def _latest_verdicts(store: Store, worker_id: str) -> dict[str, str]:
    """The latest review verdict of each of the worker's reviewed results, made here or brought
    by the hub from another workstation (docs/quality.md, "Review"), by result id."""
    latest: dict[str, tuple[str, str, str]] = {}
    for result_id, verdict, at, review_id in store.read().execute(
            "SELECT v.result_id, v.verdict, v.created_at, v.id FROM reviews v JOIN results r ON r.id = v.result_id"
            " WHERE r.worker_id = ? UNION ALL SELECT h.result_id, h.verdict, h.created_at, h.id FROM hub_reviews h"
            " JOIN results r ON r.id = h.result_id WHERE r.worker_id = ?", (worker_id, worker_id)):
        held = latest.get(result_id)
        if held is None or (at, review_id) > (held[1], held[2]):
            latest[str(result_id)] = (str(verdict), str(at), str(review_id))
    return {k: v[0] for k, v in latest.items()}
