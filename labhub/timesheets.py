"""Timesheet totals recomputed at the hub from the events it holds (``labhub timesheets``).

Per lab, per workstation chain (:mod:`labhub.chain`), the stored events go through
:func:`labclient.people.hours.compute`, the code the workstations run, with the clock anchors
of the chain's devices (:mod:`labhub.anchors`), so periods are placed on days by the hub's clock.
Durations come from the monotonic clock only: moving a workstation's wall clock changes no hours.

- **Totals** are per worker and day in the lab's time zone: clocked and active time of the work
  periods placed on that day, plus the corrections of that day. A worker is the hub user their
  ids stand for (:class:`labhub.identity.Identities`: the workstations' people maps, the hub's
  ids, else the name), shown with the hub's current name, so time recorded under different ids on
  several workstations, or under a name since changed at the hub, adds up, and two people who
  shared a name stay apart. A day is counted by :func:`labclient.people.hours.cap_day`, as on the
  workstations: never below zero, and active time never above clocked time (a correction that
  would leave more is capped there and the day flagged ``active_over_clocked``).
- **Results while not clocked in**: each result the hub received from the lab's workstations
  that was stored outside its worker's work periods on that workstation (monotonic time of the
  same boot, as the workstation counts it) is counted per worker and day
  (``results_not_clocked_in``) and flags the day. Ids nothing resolves are grouped by name (case folded). Identities are
  resolved as the totals are read, so a map that came after the events counts for them. Only
  boots that touch the range (a day either side) are computed.
- **Flags** are those of the events placed in the range: the chain flags kept when each event
  arrived (changed, link, missing, order; running clock), ids sent again with other content
  (conflict), and what ``hours.compute`` finds (clock jumps, restarts, activity capped at the
  time that passed, double clock-ins, events outside a shift, a seat taken by another worker
  while the first was still clocked in). Two work periods of one worker
  that overlap across workstations are flagged ``overlap``, and the time they share is counted
  once (:func:`_double_counted`): one person cannot be paid twice for the same hour.
- **Approvals**: the latest approval of each worker and range of days that overlaps the range,
  with the approved totals, the hub's current totals for the approved range (over every
  workstation) and whether they still match.
- **Signatures**: a correction or an approval flagged ``signature`` on arrival (a wrong device
  signature, or none where the workstation signs: :mod:`labhub.chain`) is set aside like one
  whose signer fails the check below, whoever it names.
- **Who signed a correction or an approval** (its ``by``) is checked against the lab's users over
  time (:func:`check_signers`): it must be a user of this lab, named by the workstation's people
  map or by the hub's own id (a name proves nothing), who was a supervisor or an admin with their
  account on when it was made, and not the worker themself. One that fails is *set aside*: its
  hours are not in the totals and it is no approval; an ``author`` flag on the day it corrected
  (or the approved days) says what it claimed and why it does not count, so a supervisor can
  make it again if it was right. A lab without users at the hub is not checked (the hub knows
  nobody there), nor is what arrived before the lab's first user was added.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from labclient.people.clock import parse_wall
from labclient.people.events import Event
from labclient.people.hours import (
    SIGNERS,
    Approval,
    Correction,
    Period,
    Placer,
    Timesheet,
    cap_day,
    compute,
    merge_flags,
    not_clocked_in,
    results_flag,
)
from labhub.anchors import load_anchors
from labhub.clock import format_time, parse_time
from labhub.identity import Identities, Who
from labhub.store import Conn, HubStore
from labhub.users import UserRecord, lab_id, user_records

_EVENT_COLUMNS = ("item_id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash, hash,"
                  " device_id, flags")


@dataclass(frozen=True)
class DayTotal:
    """A worker's time on one day."""

    day: dt.date
    clocked_ms: int
    active_ms: int
    results_not_clocked_in: int = 0


@dataclass
class WorkerTotals:
    """A worker's days in the range, and the sum. ``worker_ids`` are the ids the workstations
    recorded; ``user_id`` is the hub user they stand for (None: known by name only)."""

    name: str
    worker_ids: list[str]
    days: list[DayTotal]
    user_id: str | None = None

    @property
    def clocked_ms(self) -> int:
        """The clocked time of the range."""
        return sum(d.clocked_ms for d in self.days)

    @property
    def active_ms(self) -> int:
        """The active time of the range."""
        return sum(d.active_ms for d in self.days)

    @property
    def results_not_clocked_in(self) -> int:
        """The results of the range stored while not clocked in."""
        return sum(d.results_not_clocked_in for d in self.days)


@dataclass(frozen=True)
class SheetFlag:
    """Something a supervisor should look at, with where it comes from."""

    kind: str          # chain, running_clock, conflict, overlap, or a kind of labclient.people.hours.Flag
    problem: str | None  # for chain flags: changed, link, missing, order
    message: str
    day: dt.date | None
    worker: str | None
    device: str | None
    event_id: str | None
    n: int | None


@dataclass(frozen=True)
class ApprovalCheck:
    """The latest approval of a worker and range, against the hub's totals now."""

    worker: str
    first_day: dt.date
    last_day: dt.date
    approved_clocked_ms: int
    approved_active_ms: int
    by: str
    at: dt.datetime
    placed_by_hub: bool
    device: str | None
    current_clocked_ms: int
    current_active_ms: int

    @property
    def matches(self) -> bool:
        """Whether the hub's totals are still those approved."""
        return (self.approved_clocked_ms, self.approved_active_ms) == (self.current_clocked_ms,
                                                                        self.current_active_ms)


@dataclass
class LabTimesheets:
    """Everything ``labhub timesheets`` shows for one lab."""

    lab: str
    first_day: dt.date
    last_day: dt.date
    tz: str
    workers: list[WorkerTotals] = field(default_factory=list)
    flags: list[SheetFlag] = field(default_factory=list)
    approvals: list[ApprovalCheck] = field(default_factory=list)


@dataclass
class _Chain:
    """One chain's computed timesheet, and what is needed to say where things come from."""

    id: str
    sheet: Timesheet
    events: dict[str, tuple[Event, str, list[dict[str, Any]]]]  # id -> (event, device name, stored flags)
    who: dict[str, Who] = field(default_factory=dict)  # worker id -> whom it stands for


def timesheets(store: HubStore, first_day: dt.date, last_day: dt.date, tz: dt.tzinfo, tz_name: str,
               lab: str | None = None) -> list[LabTimesheets]:
    """The totals, flags and approvals of every lab with events (or of ``lab``, which must exist)."""
    with store.snapshot() as c:
        if lab is not None:
            labs = [(lab_id(c, lab), lab)]
        else:
            labs = [(int(i), str(name)) for i, name in c.execute(
                "SELECT DISTINCT l.id, l.name FROM labs l JOIN devices d ON d.lab_id = l.id JOIN events e"
                " ON e.device_id = d.id ORDER BY l.name")]
        return [_lab(c, number, name, first_day, last_day, tz, tz_name) for number, name in labs]


def _lab(c: Conn, lab: int, name: str, first_day: dt.date, last_day: dt.date, tz: dt.tzinfo,
         tz_name: str) -> LabTimesheets:
    out = LabTimesheets(name, first_day, last_day, tz_name)
    low, high = _window(c, lab, first_day, last_day)
    chains = [str(r[0]) for r in c.execute(
        "SELECT DISTINCT e.chain_id FROM events e JOIN devices d ON d.id = e.device_id WHERE d.lab_id = ?"
        " ORDER BY e.chain_id", (lab,))]
    computed = [_chain(c, chain_id, low, high, tz) for chain_id in chains]
    identities = Identities.load(c, lab)
    _resolve(computed, identities)
    users = user_records(c)
    for chain in computed:
        set_aside_unsigned(chain)
        check_signers(c, chain, lab, identities, users, tz)

    raw: dict[tuple[str, dt.date], list[int]] = defaultdict(lambda: [0, 0])
    fixed_by: dict[tuple[str, dt.date], tuple[str, str | None]] = {}  # the day's last correction, its device
    ids: dict[str, set[str]] = defaultdict(set)
    periods: dict[str, list[tuple[Period, str | None]]] = defaultdict(list)
    people: dict[str, Who] = {}
    for chain in computed:
        for p in chain.sheet.periods:
            key = chain.who[p.worker_id].key
            raw[key, p.day][0] += p.clocked_ms
            raw[key, p.day][1] += p.active_ms
            ids[key].add(p.worker_id)
            periods[key].append((p, _device(chain, p.start_event)))
        for corr in chain.sheet.corrections:
            key = chain.who[corr.worker_id].key
            raw[key, corr.day][0] += corr.clocked_ms
            raw[key, corr.day][1] += corr.active_ms
            ids[key].add(corr.worker_id)
            fixed_by[key, corr.day] = (corr.event_id, _device(chain, corr.event_id))
        people.update((who.key, who) for who in chain.who.values())
    outside = _results_outside(c, lab, computed, identities, first_day, last_day, tz)
    for (key, _), (who, worker_id, _, _) in outside.items():
        people.setdefault(key, who)
        ids[key].add(worker_id)
    for (key, day), shared in _double_counted(periods).items():
        clocked, active = raw[key, day]
        kept = max(0, clocked - shared)
        raw[key, day] = [kept, active * kept // clocked if clocked else 0]  # active in the same share
    display = {key: who.name for key, who in people.items()}
    counted: dict[tuple[str, dt.date], tuple[int, int]] = {}
    for (key, day), (clocked, active) in raw.items():
        event_id, device = fixed_by.get((key, day), (None, None))
        counted_clocked, counted_active, capped = cap_day(key, display[key], day, clocked, active, event_id)
        counted[key, day] = (counted_clocked, counted_active)
        if capped is not None and first_day <= day <= last_day:
            out.flags.append(SheetFlag(capped.kind, None, capped.message, day, display[key], device, event_id, None))
    for key in sorted(ids, key=lambda k: (display[k].casefold(), k)):
        days = [DayTotal(day, *counted.get((key, day), (0, 0)), len(outside[key, day][2]) if (key, day) in outside
                         else 0)
                for day in _days(first_day, last_day) if (key, day) in raw or (key, day) in outside]
        if days:
            out.workers.append(WorkerTotals(display[key], sorted(ids[key]), days, people[key].user_id))
    for (key, day), (_, worker_id, results, device) in outside.items():
        flag = results_flag(worker_id, display[key], day, len(results), results[0])
        out.flags.append(SheetFlag(flag.kind, None, flag.message, day, display[key], device, results[0], None))

    for chain in computed:
        out.flags += _flags(c, chain, first_day, last_day)
    out.flags += _overlaps(periods, display, first_day, last_day, tz)
    out.flags.sort(key=lambda f: (f.day or dt.date.min, f.device or "", f.n or 0))

    latest: dict[tuple[str, dt.date, dt.date], tuple[Approval, str | None]] = {}
    for chain in computed:
        for a in chain.sheet.approvals:
            if a.first_day <= last_day and a.last_day >= first_day:
                slot = (chain.who[a.worker_id].key, a.first_day, a.last_day)
                if slot not in latest or a.at >= latest[slot][0].at:
                    latest[slot] = (a, _device(chain, a.event_id))
    for (key, first, last), (a, device) in sorted(latest.items(), key=lambda kv: (display[kv[0][0]].casefold(),
                                                                                   *kv[0])):
        span = [d for d in _days(first, last) if (key, d) in counted]
        clocked = sum(counted[key, d][0] for d in span)
        active = sum(counted[key, d][1] for d in span)
        out.approvals.append(ApprovalCheck(display[key], first, last, a.clocked_ms, a.active_ms, a.by_name, a.at,
                                           a.placed_by_hub, device, clocked, active))
    return out


def _results_outside(c: Conn, lab: int, chains: list[_Chain], identities: Identities,
                     first_day: dt.date, last_day: dt.date, tz: dt.tzinfo,
                     ) -> dict[tuple[str, dt.date], tuple[Who, str, list[str], str | None]]:
    """The results the lab's workstations stored on a day of the range while their worker was not
    clocked in there: (worker key, day) -> (whom, the worker id, the result ids, a device name).
    A result is placed and checked against the work periods of its workstation's chain, by the
    monotonic time of its boot (a workstation without events: its own wall time, no period)."""
    by_chain = {chain.id: chain for chain in chains}
    out: dict[tuple[str, dt.date], tuple[Who, str, list[str], str | None]] = {}
    for item_id, body_text, device_id, device_name, chain_id in c.execute(
            "SELECT i.item_id, i.body, d.id, d.name, d.chain_id FROM items i JOIN devices d ON d.id = i.device_id"
            " WHERE d.lab_id = ? AND i.type = 'result' AND i.received_at >= ? ORDER BY i.rowid",
            (lab, (first_day - dt.timedelta(days=2)).isoformat())):  # a result arrives after it is made
        body = json.loads(body_text)
        worker = body.get("worker") if isinstance(body, dict) else None
        mono, boot = body.get("created_mono_ns"), body.get("boot_id")
        if not isinstance(worker, dict) or not isinstance(mono, int) or not isinstance(boot, str):
            continue
        worker_id, name = str(worker.get("id")), worker.get("name")
        chain = by_chain.get(str(chain_id)) if chain_id is not None else None
        if chain is not None:
            placer = chain.sheet.placer
            day = placer.day(placer.place(mono, boot, body.get("created_at"))[0])
            periods: list[Period] = chain.sheet.periods
            who = chain.who.get(worker_id) or identities.who(chain.id, worker_id, name)
        else:
            moment = parse_wall(str(body.get("created_at")))
            if moment is None:
                continue
            day, periods = moment.astimezone(tz).date(), []
            who = identities.who(str(device_id), worker_id, name)
        if first_day <= day <= last_day and not_clocked_in(periods, worker_id, boot, mono):
            found = out.setdefault((who.key, day), (who, worker_id, [], str(device_name)))
            found[2].append(str(item_id))
    return out


def _window(c: Conn, lab: int, first_day: dt.date, last_day: dt.date) -> tuple[dt.date, dt.date]:
    """The days to compute: the range, widened to the ranges of the approvals that overlap it
    (so their current totals are whole)."""
    low, high = first_day, last_day
    for first, last in c.execute(
            "SELECT json_extract(e.payload, '$.first_day'), json_extract(e.payload, '$.last_day') FROM events e"
            " JOIN devices d ON d.id = e.device_id WHERE d.lab_id = ? AND e.type = 'approval'", (lab,)):
        try:
            a, b = dt.date.fromisoformat(str(first)), dt.date.fromisoformat(str(last))
        except ValueError:
            continue
        if a <= last_day and b >= first_day:
            low, high = min(low, a), max(high, b)
    return low, high


def _chain(c: Conn, chain_id: str, low: dt.date, high: dt.date, tz: dt.tzinfo) -> _Chain:
    """Compute one chain over the boots that touch ``low``..``high`` (a day either side), with
    every correction and approval."""
    devices = [str(r[0]) for r in c.execute("SELECT id FROM devices WHERE chain_id = ?", (chain_id,))]
    device_names = {str(i): str(n) for i, n in c.execute(
        "SELECT id, name FROM devices WHERE chain_id = ?", (chain_id,))}
    origins: dict[str, tuple[dt.datetime, int]] = {}
    for boot, wall, mono in c.execute(
            "SELECT e.boot_id, e.wall, e.mono_ns FROM events e JOIN (SELECT boot_id, min(n) AS n FROM events"
            " WHERE chain_id = ? GROUP BY boot_id) f ON f.boot_id = e.boot_id AND f.n = e.n WHERE e.chain_id = ?",
            (chain_id, chain_id)):
        moment = parse_wall(wall)
        if moment is not None and boot not in origins:
            origins[boot] = (moment, int(mono))
    anchors = load_anchors(c, devices)
    placer = Placer([], anchors, tz, origins)
    before, after = low - dt.timedelta(days=1), high + dt.timedelta(days=1)
    boots = []
    for boot, first_mono, last_mono in c.execute(
            "SELECT boot_id, min(mono_ns), max(mono_ns) FROM events WHERE chain_id = ? GROUP BY boot_id", (chain_id,)):
        start, end = placer.place(first_mono, boot)[0], placer.place(last_mono, boot)[0]
        if placer.day(start) <= after and placer.day(end) >= before:
            boots.append(str(boot))
    marks = ", ".join("?" * len(boots))
    rows = c.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE chain_id = ? AND (boot_id IN ({marks}) OR type IN"
                     " ('correction', 'approval')) ORDER BY n, rowid", (chain_id, *boots)).fetchall()
    events: dict[str, tuple[Event, str, list[dict[str, Any]]]] = {}
    for item_id, n, seq, kind, worker_id, worker_name, wall, mono, boot, payload, prev_hash, digest, device, \
            flags in rows:
        event = Event(item_id, n, seq, kind, worker_id, worker_name, wall, mono, boot, json.loads(payload), prev_hash,
                      digest)
        events[item_id] = (event, device_names.get(device, device), json.loads(flags))
    used = {e.boot_id for e, _, _ in events.values()}
    sheet = compute([e for e, _, _ in events.values()], [a for a in anchors if a.boot_id in used], tz=tz,
                    origins=origins)
    return _Chain(chain_id, sheet, events)


def set_aside_unsigned(chain: _Chain) -> None:
    """Set aside each correction and approval of ``chain`` that arrived with a ``signature`` flag
    (:mod:`labhub.chain`: a wrong signature, or none where the workstation signs): it was not
    made by LabClient on that workstation, whoever it names."""
    for record in chain.sheet.signed():
        held = chain.events.get(record.event_id)
        problems = [f.get("problem") for f in (held[2] if held else []) if f.get("kind") == "signature"]
        if problems:
            worker = chain.who.get(record.worker_id)
            state = "carries a signature the workstation's credential does not make" if "bad" in problems else \
                "is not signed, though the workstation signs its events"
            chain.sheet.set_aside(record.event_id, f"{record.describe(worker.name if worker else None)} does not "
                                                   f"count: it {state}, so it was not made by LabClient there. A "
                                                   "supervisor should check it and, if it is right, make it again.")


def check_signers(c: Conn, chain: _Chain, lab: int, identities: Identities,
                  people: dict[str, UserRecord], tz: dt.tzinfo) -> None:
    """Set aside (:meth:`labclient.people.hours.Timesheet.set_aside`) each correction and approval
    of ``chain`` whose ``by`` the hub cannot show to be a user of lab ``lab`` allowed to make it
    when it was made (the rules are in the module docstring).

    *When it was made* is the hub's time of the event: placed by a clock anchor of its boot
    (never by the workstation's wall clock), no earlier than an anchored event before it in the
    chain (an event cannot be made before the one it follows) and no later than its arrival; an
    event of a boot without an anchor is taken at its arrival. Checks nothing in a lab without
    users at the hub, nor what arrived before its first user was added."""
    records = chain.sheet.signed()
    lab_added = [r.added for r in people.values() if r.lab_id == lab and r.added is not None]
    if not records or not identities.users or not lab_added:
        return
    lab_start = min(lab_added)
    marks = ", ".join("?" * len(records))
    arrived = {str(i): parse_time(at) for i, at in c.execute(
        f"SELECT item_id, received_at FROM events WHERE chain_id = ? AND item_id IN ({marks})",
        [chain.id, *(r.event_id for r in records)])}
    placer = chain.sheet.placer
    floor: dt.datetime | None = None
    made: dict[str, dt.datetime | None] = {}
    for event_id, (event, _, _) in chain.events.items():
        moment, by_hub = placer.place(event.mono_ns, event.boot_id)
        made[event_id] = max(moment, floor) if by_hub and floor is not None else moment if by_hub else floor
        if by_hub:
            floor = moment if floor is None else max(floor, moment)
    station_map = identities.maps.get(chain.id, {})
    for record in records:
        arrival = arrived.get(record.event_id)
        if arrival is None or arrival < lab_start:
            continue
        kind = "correction" if isinstance(record, Correction) else "approval"
        held = chain.events.get(record.event_id)
        by_hub = held is not None and placer.place(held[0].mono_ns, held[0].boot_id)[1]
        known = made.get(record.event_id)
        moment = min(known, arrival) if by_hub and known is not None else arrival
        user_id = station_map.get(record.by_id) or (record.by_id if record.by_id in identities.users else None)
        worker = chain.who.get(record.worker_id)
        why = _signer_problem(kind, record.by_id, user_id, people, moment, tz, worker)
        if why is not None:
            what = record.describe(worker.name if worker else None)
            advice = (" A supervisor should check it and, if it is right, make it again." if kind == "correction"
                      else " The hours count as not approved.")
            chain.sheet.set_aside(record.event_id, f"{what} does not count: {why}.{advice}")


def _signer_problem(kind: str, by_id: str, user_id: str | None, people: dict[str, UserRecord],
                    moment: dt.datetime, tz: dt.tzinfo, worker: Who | None) -> str | None:
    """Why the user ``user_id`` (the hub user ``by_id`` stands for, or None) may not have made a
    ``kind`` event at ``moment``; None when they may."""
    when = f"{moment.astimezone(tz):%Y-%m-%d %H:%M}"
    if user_id is None:
        other = people.get(by_id)
        if other is not None:
            return f"{other.name} is a user of lab {other.lab!r}, not of this lab"
        return (f"the hub has no user with the id {by_id!r} in this lab, and the workstation never said which of "
                "the lab's users that id is (a name alone proves nothing)")
    person = people[user_id]
    standing = person.at(moment)
    if standing is None:
        added = person.added
        since = f" only on {added.astimezone(tz):%Y-%m-%d %H:%M}" if added else " later"
        return f"{person.name} was added to the lab{since}, after it was made ({when})"
    if standing.disabled:
        return f"{person.name}'s account was switched off when it was made ({when})"
    if standing.role not in SIGNERS[kind]:
        later = next((s for s in person.history if s.since > moment and s.role in SIGNERS[kind]), None)
        became = f"; they became {later.role} only on {later.since.astimezone(tz):%Y-%m-%d %H:%M}" if later else ""
        return (f"{person.name} was a {standing.role} when it was made ({when}), and only a supervisor or an admin "
                f"may sign it{became}")
    if worker is not None and worker.user_id == user_id:
        return f"{person.name} signed it for their own timesheet"
    return None


def _resolve(chains: Iterable[_Chain], identities: Identities) -> None:
    """Whom each worker id of each chain stands for, by the latest name its events carry there."""
    for chain in chains:
        names: dict[str, str] = {}
        for event, _, _ in chain.events.values():
            if event.worker_id is not None:
                names[event.worker_id] = event.worker_name or event.worker_id
        chain.who = {worker_id: identities.who(chain.id, worker_id, name) for worker_id, name in names.items()}


def _device(chain: _Chain, event_id: str | None) -> str | None:
    held = chain.events.get(event_id) if event_id else None
    return held[1] if held else None


def _event_day(chain: _Chain, event_id: str | None) -> dt.date | None:
    held = chain.events.get(event_id) if event_id else None
    if held is None:
        return None
    event = held[0]
    placer = chain.sheet.placer
    return placer.day(placer.place(event.mono_ns, event.boot_id, event.wall)[0])


def _flags(c: Conn, chain: _Chain, first_day: dt.date, last_day: dt.date) -> list[SheetFlag]:
    out: list[SheetFlag] = []

    def add(kind: str, problem: str | None, message: str, day: dt.date | None, worker_id: str | None,
            event_id: str | None, n: int | None) -> None:
        if day is not None and first_day <= day <= last_day:
            who = chain.who.get(worker_id) if worker_id else None
            out.append(SheetFlag(kind, problem, message, day, who.name if who else None,
                                 _device(chain, event_id), event_id, n))

    for event_id, (event, _, stored) in chain.events.items():
        day = _event_day(chain, event_id)
        for kept in stored:
            add(str(kept.get("kind")), kept.get("problem"), str(kept.get("message")), day, event.worker_id, event_id,
                event.n)
    marks = ", ".join("?" * len(chain.events))
    for item_id, received_at in c.execute(  # another lab's resend of the same id is that lab's conflict
            f"SELECT x.item_id, x.received_at FROM event_conflicts x JOIN devices dx ON dx.id = x.device_id"
            f" JOIN events e ON e.item_id = x.item_id AND e.chain_id = ? JOIN devices de ON de.id = e.device_id"
            f" WHERE de.lab_id = dx.lab_id AND x.item_id IN ({marks}) ORDER BY x.received_at",
            [chain.id, *chain.events]):
        event = chain.events[item_id][0]
        add("conflict", None, f"Event {event.n} ({_describe(event)}) was sent again on {received_at} with different "
            "content: the record on the workstation was changed after it reached the hub. The hub keeps what it got "
            "first.", _event_day(chain, item_id), event.worker_id, item_id, event.n)
    in_periods = [(f, p.day) for p in chain.sheet.periods for f in p.flags]
    on_days = {(f.kind, f.worker_id, f.event_id, f.n): day for f, day in in_periods}
    for f in merge_flags(chain.sheet.flags, (f for f, _ in in_periods)):
        day = on_days.get((f.kind, f.worker_id, f.event_id, f.n)) or (f.day if f.kind == "author" else None) \
            or _event_day(chain, f.event_id)
        add(f.kind, None, f.message, day, f.worker_id, f.event_id, f.n)
    return out


def _double_counted(periods: dict[str, list[tuple[Period, str | None]]]) -> dict[tuple[str, dt.date], int]:
    """Per worker and day (of the later period's start), the milliseconds their periods on
    different workstations cover twice or more: the sum of the spans minus the length of their
    union, so three periods at once count once too."""
    out: dict[tuple[str, dt.date], int] = {}
    for key, found in periods.items():
        spans = sorted((p.start, p.start + dt.timedelta(milliseconds=p.span_ms), p.day) for p, _ in found)
        reach: dt.datetime | None = None
        for start, end, day in spans:
            if reach is not None and start < reach:
                twice = (min(end, reach) - start) // dt.timedelta(milliseconds=1)
                out[key, day] = out.get((key, day), 0) + twice
            reach = end if reach is None else max(reach, end)
    return out


def _overlaps(periods: dict[str, list[tuple[Period, str | None]]], display: dict[str, str], first_day: dt.date,
              last_day: dt.date, tz: dt.tzinfo) -> list[SheetFlag]:
    """A worker's periods that overlap in time on different workstations (the shared time is
    counted once: :func:`_double_counted`)."""
    out = []
    for key, found in periods.items():
        found = sorted(found, key=lambda pd: (pd[0].start, pd[1] or ""))
        for (a, device_a), (b, device_b) in itertools.pairwise(found):
            end_a = a.start + dt.timedelta(milliseconds=a.span_ms)
            if b.start < end_a and a.boot_id != b.boot_id and first_day <= b.day <= last_day:
                until = min(end_a, b.start + dt.timedelta(milliseconds=b.span_ms))
                message = (f"{display[key]} was clocked in on {device_a} and on {device_b} at the same time "
                           f"({b.start.astimezone(tz):%Y-%m-%d %H:%M} to {until.astimezone(tz):%H:%M}); that time is "
                           "counted once.")
                out.append(SheetFlag("overlap", None, message, b.day, display[key], device_b, b.start_event, None))
    return out


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def _describe(event: Event) -> str:
    return ", ".join(x for x in (event.type, event.worker_name, event.wall) if x)


# -- output ------------------------------------------------------------------------------------------


def hhmm(ms: int) -> str:
    """Milliseconds as hours and minutes, ``7:05`` (rounded to the minute)."""
    minutes = round(ms / 60_000)
    sign = "-" if minutes < 0 else ""
    return f"{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


def as_json(sheets: list[LabTimesheets]) -> dict[str, Any]:
    """The totals for scripts: milliseconds, and hours with two decimals."""
    def hours(ms: int) -> float:
        return round(ms / 3.6e6, 2)

    return {"labs": [{
        "lab": s.lab, "from": s.first_day.isoformat(), "to": s.last_day.isoformat(), "tz": s.tz,
        "workers": [{"name": w.name, "user_id": w.user_id, "worker_ids": w.worker_ids,
                     "clocked_ms": w.clocked_ms, "active_ms": w.active_ms,
                     "clocked_hours": hours(w.clocked_ms), "active_hours": hours(w.active_ms),
                     "results_not_clocked_in": w.results_not_clocked_in,
                     "days": [{"day": d.day.isoformat(), "clocked_ms": d.clocked_ms, "active_ms": d.active_ms,
                               "clocked_hours": hours(d.clocked_ms), "active_hours": hours(d.active_ms),
                               "results_not_clocked_in": d.results_not_clocked_in}
                              for d in w.days]} for w in s.workers],
        "flags": [{"kind": f.kind, "problem": f.problem, "message": f.message,
                   "day": f.day.isoformat() if f.day else None, "worker": f.worker, "device": f.device,
                   "event_id": f.event_id, "n": f.n} for f in s.flags],
        "approvals": [{"worker": a.worker, "first_day": a.first_day.isoformat(), "last_day": a.last_day.isoformat(),
                       "approved_clocked_ms": a.approved_clocked_ms, "approved_active_ms": a.approved_active_ms,
                       "by": a.by, "at": format_time(a.at),
                       "placed_by_hub": a.placed_by_hub, "device": a.device,
                       "current_clocked_ms": a.current_clocked_ms, "current_active_ms": a.current_active_ms,
                       "matches": a.matches} for a in s.approvals],
    } for s in sheets]}


def as_text(sheets: list[LabTimesheets], tz: dt.tzinfo) -> str:
    """The totals as a supervisor reads them: a table per lab, then flags and approvals."""
    if not sheets:
        return "No timesheet events received yet."
    blocks = []
    for s in sheets:
        lines = [f"Lab {s.lab!r}: {s.first_day} to {s.last_day} (days in {s.tz}; hours:minutes)", ""]
        if s.workers:
            table: list[tuple[str, ...]] = [("WORKER", "DAY", "CLOCKED", "ACTIVE")]
            for w in s.workers:
                for i, d in enumerate(w.days):
                    table.append((w.name if i == 0 else "", d.day.isoformat(), hhmm(d.clocked_ms), hhmm(d.active_ms)))
                if len(w.days) > 1:
                    table.append(("", "total", hhmm(w.clocked_ms), hhmm(w.active_ms)))
            lines += _table(table, right=(2, 3))
        else:
            lines.append("No time recorded in this range.")
        lines.append("")
        if s.flags:
            lines.append(f"Flags ({len(s.flags)}):")
            for f in s.flags:
                kind = f"{f.kind} ({f.problem})" if f.problem else f.kind
                lines.append(f"  {f.day}  {f.device or '-'}  {kind}: {f.message}")
        else:
            lines.append("No flags.")
        if s.approvals:
            lines += ["", "Approvals:"]
            for a in s.approvals:
                verdict = "still matches" if a.matches else (
                    f"CHANGED since: now {hhmm(a.current_clocked_ms)} (active {hhmm(a.current_active_ms)})")
                lines.append(f"  {a.worker}, {a.first_day} to {a.last_day}: approved {hhmm(a.approved_clocked_ms)} "
                             f"(active {hhmm(a.approved_active_ms)}) by {a.by} on "
                             f"{a.at.astimezone(tz):%Y-%m-%d %H:%M}: {verdict}")
        blocks.append("\n".join(lines).rstrip())
    return "\n\n".join(blocks)


def _table(rows: list[tuple[str, ...]], right: tuple[int, ...] = ()) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in
                      enumerate(zip(row, widths, strict=True))).rstrip() for row in rows]
