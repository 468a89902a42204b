"""Hours from timesheet events: pure functions, so the hub recomputes with the same code.

Rules (docs/people.md has them for people):

- **Durations come only from monotonic time within one boot.** A work period runs from a
  ``clock_in`` to the ``clock_out`` of the same boot; clocked time is that span minus breaks and
  minus idle pauses. The wall clock is never used for a duration, so moving it changes nothing.
- **A restart ends the period** at the worker's last event of the old boot (flagged); the worker
  clocks in again. Time in between is not counted.
- **Idle:** after an ``idle_prompt`` ("are you still working?") clocked time pauses until the
  worker answers yes or is active again; "no" or no answer keeps it paused. Idle time up to the
  prompt (the threshold) counts.
- **Active time** is the sum of ``activity`` reports, each capped at the monotonic time since the
  previous report (or the period's start or the end of a break), and the period's active time at
  its clocked time. Anything capped is flagged.
- **One seat counts one person at a time.** A seat is a clock-in's ``seat`` (default: the
  computer's name) on one device's chain. When a worker is seen working there (a clock-in, an
  activity report with active time, a "yes" to the idle prompt, the end of a break) while another
  worker's period at that seat is still counting (no break, no idle pause: LabClient was killed
  with them clocked in), the other's period pauses from the last event recorded for them (the
  last moment they were seen) until they are seen working there again, and is flagged
  ``seat_taken``. The time between is counted for nobody; a supervisor can correct it.
- **Active time never exceeds clocked time on a day**, corrections included: a day whose active
  time (after corrections) is more than its clocked time counts only the clocked time as active,
  and is flagged ``active_over_clocked``. A day's totals are never below zero.
- **Wall-clock jumps** (the wall clock moving more than a minute against the monotonic clock
  between two events of a boot) are flagged, never used.
- **Placement** (which day a period belongs to): the hub's time, from the nearest clock anchor of
  the same boot; without one, the wall time of the boot's first event plus monotonic time since
  (so a jump later in the boot moves nothing). Days are in the lab's time zone. A flag is placed
  the same way, on the day of the event that raised it (a period's day is that of its clock-in).
- A supervisor's ``correction`` adds (or takes away) clocked and active time on a day; an
  ``approval`` records the totals approved for a worker and a range of days.
- **Who signed it.** ``compute`` takes a correction's or approval's ``by`` as written; the caller
  that knows the people (the workstation's users, the hub's users over time) checks it and calls
  :meth:`Timesheet.set_aside` for one whose author may not have made it: it then counts for
  nothing (no hours, no approval) and is shown as an ``author`` flag instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from labclient.people.clock import Anchor, nearest_anchor, parse_wall
from labclient.people.events import JUMP_TOLERANCE_NS, Event
from labclient.people.roles import GRANTS, Permission
from labclient.said import Said, Span

MS = 10**6  # nanoseconds in a millisecond
ACTIVITY_SLACK_MS = 1000  # reports may overlap a little (timer granularity) before they are flagged


@dataclass(frozen=True)
class Flag:
    """Something a supervisor should look at. ``kind``: clock_jump, restart, activity_capped,
    outside_shift, double_clock_in, chain, author (a correction or approval set aside because whoever
    it names may not have made it), seat_taken (another worker started at the seat while this one's
    period was counting), active_over_clocked (a day with more active than clocked time, capped),
    results_not_clocked_in (results stored on a day outside the worker's work periods), too_fast
    (submits made faster than the work can be done). ``day``: the
    day (in the lab's time zone) of the event that
    raised it, placed like the hours (for ``author``: the day corrected, or the approved days);
    None for a flag of the whole record (chain)."""

    kind: str
    message: str
    worker_id: str | None = None
    event_id: str | None = None
    n: int | None = None
    day: dt.date | None = None
    said: Said | None = field(default=None, compare=False)  # ``message`` as a sentence to translate

    @classmethod
    def of(cls, kind: str, said: Said, worker_id: str | None = None, event_id: str | None = None,
           n: int | None = None, day: dt.date | None = None) -> Flag:
        """A flag whose message is ``said`` (its English is ``message``)."""
        return cls(kind, said.english, worker_id, event_id, n, day, said)


@dataclass
class Period:
    """One clock-in to clock-out (or to a restart, or to now) of one worker."""

    worker_id: str
    worker_name: str
    boot_id: str
    start_event: str
    start: dt.datetime            # placed (hub time when an anchor exists)
    placed_by_hub: bool
    day: dt.date
    end_event: str | None = None
    ended_by: str = "open"        # clock_out | restart | open
    span_ms: int = 0              # monotonic: clock-in to the end
    break_ms: int = 0
    idle_ms: int = 0              # paused after an idle prompt
    reported_active_ms: int = 0   # before capping at the clocked time
    active_by_task: dict[str, int] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    start_mono: int = 0           # monotonic ns of the clock-in, and of the end (when ended)
    end_mono: int = 0
    seat: str = ""                # the clock-in's seat (on this device)

    def covers(self, worker_id: str, boot_id: str, mono_ns: int) -> bool:
        """Whether the worker was clocked in (this period, from clock-in to its end) at that
        monotonic moment of that boot. A period still open has no end yet."""
        return (self.worker_id == worker_id and self.boot_id == boot_id and self.start_mono <= mono_ns
                and (self.ended_by == "open" or mono_ns <= self.end_mono))

    @property
    def clocked_ms(self) -> int:
        """Time on the clock: the span less breaks and idle pauses."""
        return max(0, self.span_ms - self.break_ms - self.idle_ms)

    @property
    def active_ms(self) -> int:
        """Active time (input, audio playback, typing), never more than the clocked time."""
        return min(self.reported_active_ms, self.clocked_ms)


@dataclass(frozen=True)
class Correction:
    """A supervisor's change to a worker's day, with the reason and who made it."""

    event_id: str
    worker_id: str
    day: dt.date
    clocked_ms: int
    active_ms: int
    reason: str
    by_id: str
    by_name: str
    wall: str

    def describe(self, worker_name: str | None = None) -> Said:
        """The correction in words, naming who it says made it (for flags)."""
        return Said("record.correction", "The correction of {name}'s {day} ({clocked} on the clock, {active} active; "
                    "reason: {reason}) signed by {by} (id {by_id})",
                    {"name": worker_name or self.worker_id, "day": self.day, "clocked": _signed_hm(self.clocked_ms),
                     "active": _signed_hm(self.active_ms), "reason": repr(self.reason), "by": self.by_name,
                     "by_id": self.by_id})


@dataclass(frozen=True)
class Approval:
    """A supervisor's approval of a worker's hours over a range of days, with the totals approved."""

    event_id: str
    n: int
    worker_id: str
    worker_name: str
    first_day: dt.date
    last_day: dt.date
    clocked_ms: int
    active_ms: int
    by_id: str
    by_name: str
    at: dt.datetime
    placed_by_hub: bool

    def describe(self, worker_name: str | None = None) -> Said:
        """The approval in words, naming who it says made it (for flags)."""
        return Said("record.approval", "The approval of {name}'s hours from {first} to {last} signed by {by} (id "
                    "{by_id})", {"name": worker_name or self.worker_name, "first": self.first_day,
                                 "last": self.last_day, "by": self.by_name, "by_id": self.by_id})


@dataclass(frozen=True)
class Totals:
    """A worker's hours over a range of days."""

    worker_id: str
    first_day: dt.date
    last_day: dt.date
    clocked_ms: int
    active_ms: int
    periods: tuple[Period, ...]
    corrections: tuple[Correction, ...]
    flags: tuple[Flag, ...]


class Placer:
    """Puts a monotonic moment of a boot on the calendar (see the module's rules)."""

    def __init__(self, events: Sequence[Event], anchors: Sequence[Anchor], tz: dt.tzinfo,
                 origins: dict[str, tuple[dt.datetime, int]] | None = None) -> None:
        self.anchors = list(anchors)
        self.tz = tz
        self.origins: dict[str, tuple[dt.datetime, int]] = dict(origins or {})
        for e in events:
            if e.boot_id not in self.origins:
                wall = parse_wall(e.wall)
                if wall is not None:
                    self.origins[e.boot_id] = (wall, e.mono_ns)

    def place(self, mono_ns: int, boot_id: str, wall: str | None = None) -> tuple[dt.datetime, bool]:
        """(the moment, whether it comes from the hub's clock)."""
        anchor = nearest_anchor(self.anchors, mono_ns, boot_id)
        if anchor is not None:
            return anchor.hub_time + _us(mono_ns - anchor.mono_ns), True
        origin = self.origins.get(boot_id)
        if origin is not None:
            return origin[0] + _us(mono_ns - origin[1]), False
        return (parse_wall(wall) if wall else None) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC), False

    def day(self, moment: dt.datetime) -> dt.date:
        """The calendar day of ``moment`` in the lab's time zone."""
        return moment.astimezone(self.tz).date()

    def day_of(self, mono_ns: int, boot_id: str, wall: str | None = None) -> dt.date:
        """The calendar day of a monotonic moment of a boot, placed as :meth:`place` does."""
        return self.day(self.place(mono_ns, boot_id, wall)[0])


def _us(ns: int) -> dt.timedelta:
    return dt.timedelta(microseconds=ns // 1000)


SIGNED_TYPES = {"correction": Permission.CORRECT_TIMESHEETS, "approval": Permission.APPROVE_TIMESHEETS}
# The roles that may sign each type of event on another person's timesheet (from roles.GRANTS).
SIGNERS: dict[str, frozenset[str]] = {
    kind: frozenset(role.value for role, granted in GRANTS.items() if permission in granted)
    for kind, permission in SIGNED_TYPES.items()}


def _signed_hm(ms: int) -> str:
    minutes = round(ms / 60_000)
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


@dataclass
class Timesheet:
    """Everything computed from a device's events. ``set_aside``: corrections and approvals that
    count for nothing because whoever they name may not have made them, with the flag saying why."""

    periods: list[Period]
    corrections: list[Correction]
    approvals: list[Approval]
    flags: list[Flag]
    placer: Placer
    set_aside_records: list[tuple[Correction | Approval, Flag]] = field(default_factory=list)

    def signed(self) -> list[Correction | Approval]:
        """The corrections and approvals still counted, in chain order of their kind."""
        return [*self.corrections, *self.approvals]

    def set_aside(self, event_id: str, message: str | Said) -> Flag | None:
        """Stop counting the correction or approval of event ``event_id`` (its hours, its approval)
        and flag it (kind ``author``) with ``message``, on the day it corrected or, for an
        approval, on the day it was made if that is among the approved days, else the last one.
        None when the sheet holds no such correction or approval."""
        said = message if isinstance(message, Said) else Said("flag.author", "{detail}", {"detail": message})
        for c in self.corrections:
            if c.event_id == event_id:
                self.corrections.remove(c)
                return self._flag_aside(c, Flag.of("author", said, c.worker_id, event_id, None, c.day))
        for a in self.approvals:
            if a.event_id == event_id:
                self.approvals.remove(a)
                made = self.placer.day(a.at)
                day = made if a.first_day <= made <= a.last_day else a.last_day
                return self._flag_aside(a, Flag.of("author", said, a.worker_id, event_id, a.n, day))
        return None

    def _flag_aside(self, record: Correction | Approval, flag: Flag) -> Flag:
        self.set_aside_records.append((record, flag))
        self.flags.append(flag)
        return flag

    def totals(self, worker_id: str, first_day: dt.date, last_day: dt.date, name: str | None = None) -> Totals:
        """The worker's clocked and active time over ``first_day``..``last_day`` (inclusive),
        corrections included (those set aside are not; their flags are among the totals' flags),
        each day counted by :func:`cap_day` (never below zero, active never above clocked: then an
        ``active_over_clocked`` flag, naming the worker ``name``, is among the flags)."""
        periods = tuple(p for p in self.periods if p.worker_id == worker_id and first_day <= p.day <= last_day)
        corrections = tuple(c for c in self.corrections
                            if c.worker_id == worker_id and first_day <= c.day <= last_day)
        days: dict[dt.date, list[int]] = {}
        fixed_by: dict[dt.date, str] = {}
        for p in periods:
            day = days.setdefault(p.day, [0, 0])
            day[0] += p.clocked_ms
            day[1] += p.active_ms
        for c in corrections:
            day = days.setdefault(c.day, [0, 0])
            day[0] += c.clocked_ms
            day[1] += c.active_ms
            fixed_by[c.day] = c.event_id
        who = name or next((p.worker_name for p in periods), worker_id)
        clocked = active = 0
        capped: list[Flag] = []
        for day_, (day_clocked, day_active) in sorted(days.items()):
            counted_clocked, counted_active, flag = cap_day(worker_id, who, day_, day_clocked, day_active,
                                                            fixed_by.get(day_))
            clocked += counted_clocked
            active += counted_active
            if flag is not None:
                capped.append(flag)
        aside = tuple(f for _, f in self.set_aside_records
                      if f.worker_id == worker_id and f.day is not None and first_day <= f.day <= last_day)
        flags = tuple(f for p in periods for f in p.flags) + tuple(capped) + aside
        return Totals(worker_id, first_day, last_day, clocked, active, periods, corrections, flags)

    def approval(self, worker_id: str, first_day: dt.date, last_day: dt.date) -> Approval | None:
        """The latest approval of exactly this worker and range of days, or None."""
        found = [a for a in self.approvals
                 if a.worker_id == worker_id and (a.first_day, a.last_day) == (first_day, last_day)]
        return found[-1] if found else None

    def workers(self) -> list[tuple[str, str]]:
        """(id, name) of everyone with a period, correction or approval, in order of appearance."""
        seen: dict[str, str] = {}
        for p in self.periods:
            seen.setdefault(p.worker_id, p.worker_name)
        for a in self.approvals:
            seen.setdefault(a.worker_id, a.worker_name)
        for c in self.corrections:
            seen.setdefault(c.worker_id, c.worker_id)
        return list(seen.items())


def cap_day(worker_id: str, name: str, day: dt.date, clocked_ms: int, active_ms: int,
            event_id: str | None = None) -> tuple[int, int, Flag | None]:
    """(clocked, active, flag) of a worker's day as counted, reported and paid, from its raw sums
    (work periods plus corrections): neither below zero, and active never above clocked; when it
    was, the flag (``active_over_clocked``, on ``event_id``: the day's last correction) says so.
    The workstation and the hub count every day with it."""
    clocked, active = max(0, clocked_ms), max(0, active_ms)
    if active <= clocked:
        return clocked, active, None
    flag = Flag.of("active_over_clocked", Said(
        "flag.active_over_clocked", "{name}'s {day} has {active} active against {clocked} on the clock (after "
        "corrections); only {clocked} of active time counts.",
        {"name": name, "day": day, "active": _hm(active), "clocked": _hm(clocked)}), worker_id, event_id, None, day)
    return clocked, clocked, flag


def not_clocked_in(periods: Iterable[Period], worker_id: str, boot_id: str, mono_ns: int) -> bool:
    """Whether something the worker did at that monotonic moment of that boot (a result) was
    outside all of their work periods (:meth:`Period.covers`)."""
    return not any(p.covers(worker_id, boot_id, mono_ns) for p in periods)


def results_flag(worker_id: str, name: str, day: dt.date, count: int, first_id: str) -> Flag:
    """The ``results_not_clocked_in`` flag of a worker's day (``first_id``: the first such result)."""
    stored = ("{name} stored {n} result on {day} while not clocked in: that work is not on the clock." if count == 1
              else "{name} stored {n} results on {day} while not clocked in: that work is not on the clock.")
    return Flag.of("results_not_clocked_in", Said("flag.results_not_clocked_in", stored,
                                                  {"name": name, "n": count, "day": day}),
                   worker_id, first_id, None, day)


def too_fast_flag(worker_id: str, name: str, day: dt.date, count: int, first_id: str) -> Flag:
    """The ``too_fast`` flag of a worker's day: submits made in less time than the task's kind
    plausibly takes (:func:`labclient.tasks.too_fast`; ``first_id``: the first of them)."""
    submitted = ("{name} submitted {n} result on {day} faster than the work can be done: check it before it is paid "
                 "or delivered." if count == 1 else "{name} submitted {n} results on {day} faster than the work can "
                 "be done: check them before they are paid or delivered.")
    return Flag.of("too_fast", Said("flag.too_fast", submitted, {"name": name, "n": count, "day": day}),
                   worker_id, first_id, None, day)


def _hm(ms: int) -> str:
    minutes = round(ms / 60_000)
    return f"{minutes // 60}:{minutes % 60:02d}"


WORKING = ("clock_in", "activity", "idle_answer", "break_end")  # events that show a worker at work


def _working(e: Event, state: _Open) -> bool:
    """Whether ``e`` (applied) shows its worker working, their period counting."""
    if state.break_since is not None or state.idle_since is not None or e.type not in WORKING:
        return False
    if e.type == "activity":
        active = e.payload.get("active_ms")
        return isinstance(active, int) and not isinstance(active, bool) and active > 0
    return e.type != "idle_answer" or e.payload.get("still_working") is True


@dataclass
class _Open:
    period: Period
    start_mono: int
    last_mono: int
    last_event: str
    break_since: int | None = None
    idle_since: int | None = None
    activity_floor: int = 0


def compute(events: Sequence[Event], anchors: Sequence[Anchor] = (), *, now: tuple[int, str] | None = None,
            tz: dt.tzinfo | None = None, origins: dict[str, tuple[dt.datetime, int]] | None = None) -> Timesheet:
    """Periods, corrections, approvals and flags from a device's events in chain order.

    ``now`` is (monotonic ns, boot id) of the present: a period still open in that boot runs to
    it. Without ``now`` (the hub), an open period of the device's last boot runs to its worker's
    last event, and open periods of earlier boots were ended by a restart. ``origins`` gives the
    (wall time, monotonic ns) of each boot's first event when ``events`` is not the whole chain.
    """
    zone = tz or dt.UTC
    sheet = _Sheet(Placer(events, anchors, zone, origins), zone)
    for e in events:
        sheet.take(e)
    return sheet.finish(now)


class _Sheet:
    """One run of :func:`compute`: the periods, corrections, approvals and flags found so far,
    and the periods still open, by worker."""

    def __init__(self, placer: Placer, zone: dt.tzinfo) -> None:
        self.placer, self.zone = placer, zone
        self.periods: list[Period] = []
        self.corrections: list[Correction] = []
        self.approvals: list[Approval] = []
        self.flags: list[Flag] = []
        self.open_: dict[str, _Open] = {}
        self.previous: Event | None = None

    def close(self, state: _Open, end: int, how: str, end_event: str | None) -> None:
        """End ``state``'s period at monotonic ``end`` (``how``: ``clock_out``, ``restart`` or
        ``open``), flagging reported activity beyond its clocked time."""
        p = state.period
        if state.break_since is not None:
            p.break_ms += max(0, end - state.break_since) // MS
        if state.idle_since is not None:
            p.idle_ms += max(0, end - state.idle_since) // MS
        p.span_ms = max(0, end - state.start_mono) // MS
        p.end_mono = end
        p.ended_by, p.end_event = how, end_event
        if p.reported_active_ms > p.clocked_ms + ACTIVITY_SLACK_MS:
            p.flags.append(Flag.of("activity_capped", Said(
                "flag.activity_over_shift", "{name} reported {reported} of activity in a shift of {clocked} on the "
                "clock; only the clocked time counts.",
                {"name": p.worker_name, "reported": _span(p.reported_active_ms), "clocked": _span(p.clocked_ms)}),
                p.worker_id, end_event, day=self.placer.day_of(end, p.boot_id)))
        self.periods.append(p)
        self.open_.pop(p.worker_id, None)

    def take_seat(self, taker: _Open, e: Event) -> None:
        """``e`` shows its worker working at this seat: every other period counting here stops
        counting from its worker's last event, until they are seen working again (flagged)."""
        for other in self.open_.values():
            p = other.period
            if other is taker or p.boot_id != e.boot_id or p.seat != taker.period.seat \
                    or other.break_since is not None or other.idle_since is not None:
                continue
            other.idle_since = other.last_mono
            seen, _ = self.placer.place(other.last_mono, p.boot_id)
            at, _ = self.placer.place(e.mono_ns, e.boot_id, e.wall)
            how = "clocked in" if e.type == "clock_in" else "was working"
            flag = Flag.of("seat_taken", Said(
                "flag.seat_taken", "{taker} " + how + " at this workstation at {at:%Y-%m-%d %H:%M} while {name} was "
                "still clocked in here (since {since:%Y-%m-%d %H:%M}; LabClient was probably closed without clocking "
                "out). One seat counts one person at a time: {name}'s time is not counted from the last thing "
                "recorded for them here ({seen:%Y-%m-%d %H:%M}) until they are seen working again.",
                {"taker": e.worker_name, "name": p.worker_name, "at": _clock_text(at, self.zone),
                 "since": _clock_text(p.start, self.zone), "seen": _clock_text(seen, self.zone)}),
                p.worker_id, e.id, e.n, self.placer.day(at))
            p.flags.append(flag)
            self.flags.append(flag)

    def restart(self, state: _Open) -> None:
        """The computer restarted during ``state``'s period: flag it, and end it at its last event."""
        p = state.period
        when, _ = self.placer.place(state.last_mono, p.boot_id)
        flag = Flag.of("restart", Said(
            "flag.restart", "The computer restarted during {name}'s shift (clocked in {since:%Y-%m-%d %H:%M}). The "
            "shift ends at the last thing recorded before the restart ({until:%Y-%m-%d %H:%M}); time until the next "
            "clock-in is not counted.",
            {"name": p.worker_name, "since": _clock_text(p.start, self.zone), "until": _clock_text(when, self.zone)}),
            p.worker_id, state.last_event, day=self.placer.day(when))
        p.flags.append(flag)
        self.flags.append(flag)
        self.close(state, state.last_mono, "restart", state.last_event)

    def take(self, e: Event) -> None:
        """Apply the next event of the chain."""
        if self.previous is not None and self.previous.boot_id == e.boot_id:
            jump = _jump_ns(self.previous, e)
            if jump is not None:
                flag = Flag.of("clock_jump", Said(
                    "flag.clock_jump", "This computer's clock was moved " + ("forward" if jump > 0 else "back") +
                    " by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the "
                    "computer's running time, so they are not affected.",
                    {"span": _span(abs(jump) // MS), "event": e.n, "wall": e.wall}),
                    None, e.id, e.n, self.placer.day_of(e.mono_ns, e.boot_id, e.wall))
                self.flags.append(flag)
                for running in self.open_.values():
                    if running.period.boot_id == e.boot_id:
                        running.period.flags.append(flag)
        self.previous = e
        if e.type in ("clock_jump",):
            return
        if e.type == "correction":
            correction = _correction(e)
            if correction is not None:
                self.corrections.append(correction)
            return
        if e.type == "approval":
            approval = _approval(e, self.placer)
            if approval is not None:
                self.approvals.append(approval)
            return
        worker = e.worker_id
        if worker is None:
            return
        state = self.open_.get(worker)
        if state is not None and state.period.boot_id != e.boot_id:
            self.restart(state)
            state = None
        if e.type == "clock_in":
            if state is not None:
                flag = Flag.of("double_clock_in", Said(
                    "flag.double_clock_in", "{name} clocked in again (event {event}) without clocking out; the second "
                    "clock-in is ignored.", {"name": e.worker_name, "event": e.n}),
                    worker, e.id, e.n, self.placer.day_of(e.mono_ns, e.boot_id, e.wall))
                state.period.flags.append(flag)
                self.flags.append(flag)
                return
            start, by_hub = self.placer.place(e.mono_ns, e.boot_id, e.wall)
            period = Period(worker, e.worker_name or worker, e.boot_id, e.id, start, by_hub, self.placer.day(start),
                            start_mono=e.mono_ns, seat=str(e.payload.get("seat") or ""))
            self.open_[worker] = _Open(period, e.mono_ns, e.mono_ns, e.id, activity_floor=e.mono_ns)
            self.take_seat(self.open_[worker], e)
            return
        if state is None:
            flag = Flag.of("outside_shift", Said(
                "flag.outside_period", "{name}: a {what} (event {event}) outside a shift was not counted.",
                {"name": e.worker_name, "what": e.type, "event": e.n}),
                worker, e.id, e.n, self.placer.day_of(e.mono_ns, e.boot_id, e.wall))
            self.flags.append(flag)
            return
        _step(state, e, self.placer)
        if _working(e, state):
            self.take_seat(state, e)
        if e.type == "clock_out":
            self.close(state, e.mono_ns, "clock_out", e.id)

    def finish(self, now: tuple[int, str] | None) -> Timesheet:
        """End the periods left open (see :func:`compute` for ``now``); the timesheet."""
        for left in list(self.open_.values()):
            boot = left.period.boot_id
            if now is not None and boot == now[1]:
                self.close(left, max(now[0], left.last_mono), "open", None)
            elif now is None and self.previous is not None and boot == self.previous.boot_id:
                self.close(left, left.last_mono, "open", None)
            else:
                self.restart(left)
        self.periods.sort(key=lambda p: p.start)
        return Timesheet(self.periods, self.corrections, self.approvals, self.flags, self.placer)


def _step(state: _Open, e: Event, placer: Placer) -> None:
    """Apply one event of an open period (same boot) other than clock_in."""
    p, mono = state.period, e.mono_ns
    state.last_mono, state.last_event = max(state.last_mono, mono), e.id
    resumes = e.type in ("break_start", "clock_out") or (e.type == "idle_answer"
                                                         and e.payload.get("still_working") is True)
    if resumes and state.idle_since is not None:
        p.idle_ms += max(0, mono - state.idle_since) // MS
        state.idle_since = None
    if e.type == "break_start" and state.break_since is None:
        state.break_since = mono
    elif e.type in ("break_end", "clock_out") and state.break_since is not None:
        p.break_ms += max(0, mono - state.break_since) // MS
        state.break_since = None
        state.activity_floor = mono
    elif e.type in ("idle_prompt", "idle_answer") and state.idle_since is None and state.break_since is None:
        if e.type == "idle_prompt" or e.payload.get("still_working") is False:
            state.idle_since = mono
    elif e.type == "activity":
        _activity(state, e, placer)


def _activity(state: _Open, e: Event, placer: Placer) -> None:
    p, mono = state.period, e.mono_ns
    claimed = e.payload.get("active_ms")
    if not isinstance(claimed, int) or isinstance(claimed, bool) or claimed < 0:
        return
    if state.break_since is not None:
        p.flags.append(Flag.of("outside_shift", Said(
            "flag.activity_in_break", "{name}: activity reported during a break (event {event}) was not counted.",
            {"name": p.worker_name, "event": e.n}), p.worker_id, e.id, e.n, placer.day_of(mono, e.boot_id, e.wall)))
        return
    if state.idle_since is not None and claimed > 0:  # working again: the idle pause ends here
        p.idle_ms += max(0, mono - state.idle_since) // MS
        state.idle_since = None
    available = max(0, mono - state.activity_floor) // MS
    counted = min(claimed, available)
    if claimed > available + ACTIVITY_SLACK_MS:
        p.flags.append(Flag.of("activity_capped", Said(
            "flag.activity_capped", "{name} reported {claimed} of activity where only {passed} had passed (event "
            "{event}); only {passed} counts.",
            {"name": p.worker_name, "claimed": _span(claimed), "passed": _span(available), "event": e.n}),
            p.worker_id, e.id, e.n, placer.day_of(mono, e.boot_id, e.wall)))
    state.activity_floor = mono
    p.reported_active_ms += counted
    task = e.payload.get("task")
    key = str(task) if task is not None else ""
    p.active_by_task[key] = p.active_by_task.get(key, 0) + counted


def _jump_ns(a: Event, b: Event) -> int | None:
    wa, wb = parse_wall(a.wall), parse_wall(b.wall)
    if wa is None or wb is None:
        return None
    jump = (wb - wa) // dt.timedelta(microseconds=1) * 1000 - (b.mono_ns - a.mono_ns)
    return jump if abs(jump) > JUMP_TOLERANCE_NS else None


def _correction(e: Event) -> Correction | None:
    d = e.payload
    day = _date(d.get("day"))
    by = d.get("by")
    if day is None or e.worker_id is None or not isinstance(by, dict) or not _ints(d, "clocked_ms", "active_ms"):
        return None
    return Correction(e.id, e.worker_id, day, d["clocked_ms"], d["active_ms"], str(d.get("reason", "")),
                      str(by.get("id")), str(by.get("name")), e.wall)


def _approval(e: Event, placer: Placer) -> Approval | None:
    d = e.payload
    first, last = _date(d.get("first_day")), _date(d.get("last_day"))
    by = d.get("by")
    if first is None or last is None or e.worker_id is None or not isinstance(by, dict) \
            or not _ints(d, "clocked_ms", "active_ms"):
        return None
    at, by_hub = placer.place(e.mono_ns, e.boot_id, e.wall)
    return Approval(e.id, e.n, e.worker_id, e.worker_name or e.worker_id, first, last, d["clocked_ms"],
                    d["active_ms"], str(by.get("id")), str(by.get("name")), at, by_hub)


def _ints(d: dict[str, Any], *keys: str) -> bool:
    return all(isinstance(d.get(k), int) and not isinstance(d.get(k), bool) for k in keys)


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _span(ms: int) -> Span:
    return Span(ms)


def _clock_text(moment: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """``moment`` in the lab's zone, for a sentence's param (English: 2026-11-24 08:00)."""
    return moment.astimezone(tz)


def merge_flags(*groups: Iterable[Flag]) -> list[Flag]:
    """Flags from several sources, each once, in order."""
    seen: set[tuple[str, str | None, str | None, int | None]] = set()
    out = []
    for group in groups:
        for f in group:
            key = (f.kind, f.worker_id, f.event_id, f.n)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
