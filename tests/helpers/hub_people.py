"""The hub tests' workstation for people: the people core on a real client database with a fake
clock, enrolled at a hub (``Station``), its day of work, and ``labhub`` run as the hub admin does.

The hub's clock is set to the fake world's true time before each push (its clock-offset hook), so
the hub's anchors and the workstation's wall clock agree unless a test moves the wall clock.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labclient.people import events, login, roster, settings, timesheet
from labclient.people.clock import format_wall
from labclient.people.roles import Session
from labclient.store import DB_NAME, Store
from tests import clockguard
from tests.helpers.hub_api import CLOCK, Device, Hub
from tests.helpers.labhub_command import run_labhub_command

START = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)  # a Tuesday morning
DAY = "2026-11-24"
MIN = 60_000  # milliseconds in a minute
H = 60 * MIN


def labhub(hub: Hub, *args: str, stdin: str | None = "") -> subprocess.CompletedProcess[str]:
    """Run ``labhub --data-dir HUB ARGS`` as the hub admin does (in this process: labhub_command),
    with ``stdin`` as its input, on the hub process's clock (its offset file: a test that moved the
    hub's clock moved the command's too)."""
    return run_labhub_command(["--data-dir", str(hub.data_dir), "--clock-offset-file", str(hub.offset_file), *args],
                              stdin=stdin)


def sheets(hub: Hub, lab: str, *extra: str) -> dict[str, Any]:
    """``labhub timesheets --lab LAB --json`` for the test day, in UTC: the lab's part."""
    proc = labhub(hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC", "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    (found,) = json.loads(proc.stdout)["labs"]
    assert found["lab"] == lab
    return dict(found)


def pull(hub: Hub, device: Device, roster_as_of: str | None) -> dict[str, Any]:
    """POST /v1/pull holding the roster of ``roster_as_of``; the answer."""
    r = hub.post("/v1/pull", {"clock": CLOCK, "roster_as_of": roster_as_of}, headers=device.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


# -- a workstation: the people core on a real client database, with a fake clock -------------------


@dataclass
class FakeClock:
    """The fake world's clocks. ``true`` is the real time there (the hub follows it); the wall
    clock is what the workstation shows, which someone may move."""

    true: dt.datetime = START
    wall_offset: dt.timedelta = dt.timedelta(0)
    mono: int = 3_600 * 10**9
    boot: str = field(default_factory=lambda: f"boot-{uuid.uuid4().hex[:8]}")

    def __post_init__(self) -> None:
        clockguard.enter_fake_world(self)

    def wall(self) -> str:
        return format_wall(self.true + self.wall_offset)

    def mono_ns(self) -> int:
        return self.mono

    def boot_id(self) -> str:
        return self.boot

    def advance(self, **delta: float) -> None:
        step = dt.timedelta(**delta)
        self.true += step
        self.mono += step // dt.timedelta(microseconds=1) * 1000

    def as_json(self) -> dict[str, Any]:
        """The device clock a push carries."""
        return {"wall": self.wall(), "mono_ns": self.mono, "boot_id": self.boot}


class Station:
    """A workstation with an admin, a supervisor (Joseph) and a worker (Amina), enrolled at a hub."""

    def __init__(self, folder: Path, hub: Hub, device: Device, clock: FakeClock | None = None) -> None:
        self.hub, self.device = hub, device
        self.clock = clock or FakeClock()
        hub.follow(self.clock.true)  # the hub and this workstation live in one (fake) world
        self.store = Store.open(folder / DB_NAME)
        c = self.clock
        admin = roster.bootstrap_admin(self.store, "Grace Achieng", "4242", clock=c)
        settings.change_settings(self.store, admin, lock_after_s=4 * 3600, clock=c)
        roster.add_local_user(self.store, admin, "Joseph Okello", "supervisor", "7351", clock=c)
        self.worker_id = roster.add_local_user(self.store, admin, "Amina Njeri", "worker", "1234", clock=c).id
        self.sessions = [admin, login.login(self.store, "Joseph Okello", "7351", clock=c),
                         login.login(self.store, "Amina Njeri", "1234", clock=c)]
        self.taken = 0  # outbox seqs up to this one were handed out already

    @property
    def supervisor(self) -> Session:
        return self.sessions[1]

    @property
    def amina(self) -> Session:
        return self.sessions[2]

    def pass_time(self, **delta: float) -> None:
        """Time passes with people at their keyboards (so no session locks for being idle)."""
        left = dt.timedelta(**delta)
        while left > dt.timedelta(0):
            step = min(left, dt.timedelta(hours=1))
            self.clock.advance(seconds=step.total_seconds())
            left -= step
            for s in self.sessions:
                login.touch(self.store, s, clock=self.clock)

    def outbox(self) -> list[dict[str, Any]]:
        """The event items queued since the last call, as the sync sends them."""
        rows = self.store.read().execute("SELECT seq, item_id FROM outbox WHERE item_type = 'event' AND seq > ?"
                                         " ORDER BY seq", (self.taken,)).fetchall()
        bodies = events.outbox_bodies(self.store, [item_id for _, item_id in rows])
        if rows:
            self.taken = rows[-1][0]
        return [{"seq": seq, "id": item_id, "type": "event", "body": bodies[item_id]} for seq, item_id in rows]

    def push(self, items: list[dict[str, Any]]) -> dict[str, Any]:
        """Push ``items`` with this workstation's clock, the hub's clock set to the true time."""
        self.hub.follow(self.clock.true)
        r = self.hub.post("/v1/push", {"clock": self.clock.as_json(), "items": items}, headers=self.device.headers)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def sync(self) -> list[str]:
        """Push everything new; the statuses."""
        return [i["status"] for i in self.push(self.outbox())["items"]]

    def close(self) -> None:
        self.store.close()


def a_shift(s: Station) -> None:
    """Amina's day: 06:00 in, a break, an idle prompt, out at 11:10: 4 h 30 min on the clock,
    3 h active."""
    timesheet.clock_in(s.store, s.amina, seat="LAB-PC-07", clock=s.clock)
    s.pass_time(hours=2)
    timesheet.record_activity(s.store, s.amina, 100 * MIN, task=17, clock=s.clock)
    timesheet.start_break(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=30)
    timesheet.end_break(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=90)
    timesheet.record_activity(s.store, s.amina, 80 * MIN, clock=s.clock)
    timesheet.idle_prompt(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=10)
    timesheet.answer_idle(s.store, s.amina, True, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)


def flags_of(sheet: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in sheet["flags"] if f["kind"] == kind]


# -- what only a hand-edited database can do ---------------------------------------------------------


def rebuild(store: Store, n: int, **changes: Any) -> None:
    """Change event ``n`` and recompute its hash and every later one's, so the chain looks whole."""
    with store.transaction() as c:
        c.execute("DROP TRIGGER time_events_never_edited")
        rows = c.execute("SELECT id, seq, n, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash"
                         " FROM time_events WHERE n >= ? ORDER BY n", (n,)).fetchall()
        prev = c.execute("SELECT hash FROM time_events WHERE n = ?", (n - 1,)).fetchone()[0]
        for event_id, seq, number, kind, worker_id, worker_name, wall, mono, boot, payload, _ in rows:
            body = {"n": number, "type": kind, "worker": {"id": worker_id, "name": worker_name} if worker_id else None,
                    "wall": wall, "mono_ns": mono, "boot_id": boot, "prev_hash": prev, "payload": json.loads(payload)}
            if number == n:
                body.update(changes)
            digest = events.event_hash(event_id, seq, body)
            c.execute("UPDATE time_events SET mono_ns = ?, payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                      (body["mono_ns"], events.canonical(body["payload"]), prev, digest, event_id))
            prev = digest
        c.execute("UPDATE people_state SET value = ? WHERE key = 'chain_head_hash'", (prev,))
