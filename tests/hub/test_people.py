"""People at the hub: the users of a lab and their roster in the pull, timesheet events in the
push (checked against their hash chain, stored once, flagged never dropped), and the totals a
supervisor reads with ``labhub timesheets``.

Events are made by the people core itself (a real client Store, ``labclient.people`` calls with a
fake clock, ``events.outbox_bodies`` for the wire bodies, as the sync sends them), so these tests
break if the workstation and the hub drift apart. The hub's clock is set to the fake world's true
time before each push (its clock-offset hook), so the hub's anchors and the workstation's wall
clock agree unless a test moves the wall clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import re
import select
import shutil
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from labclient.errors import AccountDisabledError, WrongSecretError
from labclient.people import events, login, roster, timesheet
from labclient.people.passwords import verify_secret
from labclient.store import DB_NAME, Store
from labhub.auth import make_enrol_code
from labhub.batches import add_batch
from labhub.clock import HubClock, format_time, parse_time
from labhub.models import EVENT_PAYLOADS
from labhub.schema import MIGRATIONS
from labhub.store import HubStore
from labhub.users import bump_roster
from tests.factory import make_bundle
from tests.helpers.hub_api import Device, Hub, start_hub, stop_hub
from tests.helpers.hub_people import (
    DAY,
    MIN,
    START,
    FakeClock,
    H,
    Station,
    a_shift,
    flags_of,
    labhub,
    pull,
    rebuild,
    sheets,
)


@pytest.fixture
def station(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[Station]:
    """A workstation enrolled in ``lab`` at a hub of this test's own (its clock is moved)."""
    s = Station(tmp_path / "station", own_hub, own_hub.enroll(lab, "LAB-PC-07"))
    yield s
    s.close()


# -- users and the roster ---------------------------------------------------------------------------


def test_the_roster_comes_with_a_pull_only_when_it_changed(hub: Hub, lab: str, tmp_path: Path) -> None:
    device = hub.enroll(lab)
    assert pull(hub, device, None)["roster"] is None, "a lab without users at the hub sends none"

    added = labhub(hub, "add-user", "--lab", lab, "--name", " Brian   Okello ", "--role", "supervisor",
                   stdin="43218765\n")
    first = pull(hub, device, None)["roster"]
    quiet = pull(hub, device, first["as_of"])["roster"]
    assert labhub(hub, "set-pin", "--lab", lab, "--name", "brian okello", stdin="87654390\n").returncode == 0
    after_pin = pull(hub, device, first["as_of"])["roster"]
    assert labhub(hub, "disable-user", "--lab", lab, "--name", "Brian Okello").returncode == 0
    after_off = pull(hub, device, after_pin["as_of"])["roster"]

    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"Added supervisor 'Brian Okello' to lab {lab!r}; the lab's workstations get " \
                                   "them at their next sync."
    (brian,) = first["users"]
    assert brian["id"].startswith("u-") and brian["secret_hash"].startswith("scrypt$")
    assert {k: v for k, v in brian.items() if k not in ("id", "secret_hash")} == {
        "name": "Brian Okello", "role": "supervisor", "lab": lab, "disabled": False, "paused": [], "qualified": []}
    assert quiet is None, "an unchanged roster costs nothing on the line"
    assert after_pin is not None and after_pin["as_of"] > first["as_of"]
    assert after_off["users"][0]["disabled"] is True and after_off["as_of"] > after_pin["as_of"]

    # What a workstation does with them: Brian logs in with the PIN set at the hub, then the new
    # one, then not at all.
    store = Store.open(tmp_path / "ws" / DB_NAME)
    try:
        roster.apply_roster(store, first["users"], as_of=first["as_of"])
        assert login.login(store, "Brian Okello", "43218765").role.value == "supervisor"
        roster.apply_roster(store, after_pin["users"], as_of=after_pin["as_of"])
        with pytest.raises(WrongSecretError):
            login.login(store, "Brian Okello", "43218765")
        assert login.login(store, "Brian Okello", "87654390").name == "Brian Okello"
        roster.apply_roster(store, after_off["users"], as_of=after_off["as_of"])
        with pytest.raises(AccountDisabledError):
            login.login(store, "Brian Okello", "87654390")
    finally:
        store.close()


def test_the_roster_is_the_devices_own_labs(hub: Hub, lab: str) -> None:
    here, elsewhere = hub.enroll(lab), hub.enroll(lab + " B")
    assert labhub(hub, "add-user", "--lab", lab, "--name", "Amina Njeri", "--role", "worker",
                  stdin="4821\n").returncode == 0

    assert [u["name"] for u in pull(hub, here, None)["roster"]["users"]] == ["Amina Njeri"]
    assert pull(hub, elsewhere, None)["roster"] is None


def test_the_rosters_time_strictly_increases_within_a_microsecond_and_when_the_clock_goes_back_a_little(
        hub: Hub, lab: str) -> None:
    hub.enroll(lab)
    store = HubStore.open(hub.data_dir)
    try:
        with store.transaction() as c:
            lab_number = c.execute("SELECT id FROM labs WHERE name = ?", (lab,)).fetchone()[0]
            same = HubClock().now_text()
            times = [bump_roster(c, lab_number, same) for _ in range(3)]
            an_hour_back = format_time(parse_time(same) - dt.timedelta(hours=1))
            earlier = bump_roster(c, lab_number, an_hour_back)  # the hub's clock was moved back a little
            c.execute("UPDATE labs SET roster_changed_at = '9999-01-01T00:00:00.000000Z' WHERE id = ?", (lab_number,))
            after_a_wild_clock = bump_roster(c, lab_number, same)  # a clock set to 9999 once, then put right
    finally:
        store.close()

    assert times[0] == same
    assert [parse_time(t) - parse_time(same) for t in times[1:]] == [dt.timedelta(microseconds=1),
                                                                      dt.timedelta(microseconds=2)]
    assert earlier > times[-1]
    assert after_a_wild_clock == same, "a time far ahead is not carried forward: workstations would refuse it"


def test_user_commands_refuse_clearly(hub: Hub, lab: str) -> None:
    hub.enroll(lab)
    assert labhub(hub, "add-user", "--lab", lab, "--name", "Amina Njeri", "--role", "worker",
                  stdin="4821\n").returncode == 0

    cases = [
        (("add-user", "--lab", lab + " typo", "--name", "X Y", "--role", "worker"), "4821\n",
         f"There is no lab '{lab} typo' on this hub"),
        (("add-user", "--lab", lab.upper(), "--name", "X Y", "--role", "worker"), "4821\n", f"Did you mean {lab!r}?"),
        (("add-user", "--lab", lab, "--name", "AMINA  njeri", "--role", "admin"), "4821\n",
         "already has a user called 'Amina Njeri'"),
        (("add-user", "--lab", lab, "--name", "Sokha Chan", "--role", "worker"), "12\n", "4 to 128 characters"),
        (("add-user", "--lab", lab, "--name", "Sokha Chan", "--role", "worker"), "", "No PIN on standard input"),
        (("set-pin", "--lab", lab, "--name", "Nobody Here"), "4821\n", "has no user called 'Nobody Here'"),
        (("set-pin", "--lab", lab, "--name", "Amina Njeri"), "    \n", "not only spaces"),
        (("disable-user", "--lab", lab, "--name", "Nobody Here"), None, "has no user called"),
        (("users", "--lab", "No Such Lab"), None, "There is no lab 'No Such Lab'"),
    ]
    for args, stdin, message in cases:
        proc = labhub(hub, *args, stdin=stdin)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert message in proc.stderr, (args, proc.stderr)
        assert proc.stdout == ""
    for args in (("add-user", "--lab", lab, "--name", "Sokha Chan", "--role", "boss"),
                 ("add-user", "--lab", lab, "--name", "Sokha Chan", "--role", "worker", "--pin", "1234")):
        assert labhub(hub, *args).returncode == 2, "a PIN is never an argument; a role is one of three"
    assert [u["name"] for u in json.loads(labhub(hub, "users", "--lab", lab, "--json").stdout)] == ["Amina Njeri"]


def test_users_lists_people_and_never_their_pins(hub: Hub, lab: str) -> None:
    hub.enroll(lab)
    for name, role in (("Joseph Okello", "supervisor"), ("Amina Njeri", "worker")):
        assert labhub(hub, "add-user", "--lab", lab, "--name", name, "--role", role, stdin="48213579\n").returncode == 0
    off = labhub(hub, "disable-user", "--lab", lab, "--name", "amina njeri")
    again = labhub(hub, "disable-user", "--lab", lab, "--name", "Amina Njeri")

    table = labhub(hub, "users", "--lab", lab)
    listed = json.loads(labhub(hub, "users", "--lab", lab, "--json").stdout)

    assert off.stdout.startswith("Switched 'Amina Njeri' of lab") and "off" in off.stdout
    assert again.returncode == 0 and "already; nothing changed" in again.stdout
    assert [(u["name"], u["role"], u["disabled"]) for u in listed] == [("Amina Njeri", "worker", True),
                                                                      ("Joseph Okello", "supervisor", False)]
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["LAB", "NAME", "ROLE", "ACCOUNT", "CHANGED", "ID"]
    assert re.search(r"Amina Njeri\s+worker\s+off\s", lines[1]), lines
    for text in (table.stdout, json.dumps(listed)):
        assert "scrypt" not in text and "secret" not in text


def test_on_a_terminal_the_pin_is_asked_for_twice_without_echo(hub: Hub, lab: str) -> None:
    hub.enroll(lab)

    def on_terminal(*args: str, answers: list[str]) -> tuple[int, str]:
        pid, fd = pty.fork()
        if pid == 0:  # the child: labhub with the terminal as its own
            os.execv(sys.executable, [sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), *args])
        seen = b""
        try:
            for answer in answers:
                while b": " not in seen.rsplit(b"\n", 1)[-1]:
                    ready, _, _ = select.select([fd], [], [], 60)
                    assert ready, seen
                    seen += os.read(fd, 1024)
                os.write(fd, answer.encode() + b"\n")
                seen += b"\n"
            while True:
                ready, _, _ = select.select([fd], [], [], 60)
                try:
                    chunk = os.read(fd, 1024) if ready else b""
                except OSError:  # the child is gone
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")

    code, shown = on_terminal("add-user", "--lab", lab, "--name", "Sokha Chan", "--role", "worker",
                              answers=["5829", "5829"])
    differ, told = on_terminal("set-pin", "--lab", lab, "--name", "Sokha Chan", answers=["1111", "2222"])

    assert code == 0, shown
    assert "New PIN or password for Sokha Chan:" in shown and "The same again:" in shown
    assert "5829" not in shown, "the PIN is not echoed"
    assert "Added worker 'Sokha Chan'" in shown
    assert differ == 1 and "The two entries differ; nothing changed." in told
    roster_users = pull(hub, hub.enroll(lab), None)["roster"]["users"]
    assert verify_secret("5829", roster_users[0]["secret_hash"]), "the PIN typed first still stands"


def add_old_batch(old: HubStore, tmp_path: Path, bundle: Path, lab: str) -> None:
    """Add ``bundle`` to a hub database of an older schema as that version did: today's add_batch
    writes it into a scratch hub, and its rows are copied with the older schema's columns only."""
    with mock.patch("labhub.store.MIGRATIONS", MIGRATIONS), mock.patch("labhub.store.SCHEMA_VERSION", len(MIGRATIONS)):
        scratch = HubStore.open(tmp_path / "scratch-hub")  # today's schema, whatever the test set up
    try:
        add_batch(scratch, HubClock(), bundle, lab)
    finally:
        scratch.close()
    db = sqlite3.connect(old.data_dir / "labhub.sqlite3", isolation_level=None)
    try:
        db.execute("ATTACH DATABASE ? AS scratch", (str(tmp_path / "scratch-hub" / "labhub.sqlite3"),))
        db.execute("BEGIN")
        for table in ("labs", "batches", "media", "batch_media", "tasks"):
            columns = ", ".join(row[1] for row in db.execute(f"PRAGMA main.table_info({table})"))
            db.execute(f"INSERT OR IGNORE INTO main.{table} ({columns}) SELECT {columns} FROM scratch.{table}")
        db.execute("COMMIT")
        db.execute("DETACH DATABASE scratch")
    finally:
        db.close()
    shutil.copytree(tmp_path / "scratch-hub" / "media", old.data_dir / "media", dirs_exist_ok=True)


@pytest.mark.engine_fixed
def test_an_existing_hub_database_is_upgraded_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "hub"
    # A hub of the previous version (schema 1) with a lab, a batch, an enrolled device and a result.
    monkeypatch.setattr("labhub.store.MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr("labhub.store.SCHEMA_VERSION", 1)
    old = HubStore.open(folder / "data")
    try:
        code, second_code = make_enrol_code(old, HubClock(), "Gulu"), make_enrol_code(old, HubClock(), "Gulu")
        add_old_batch(old, tmp_path, make_bundle(tmp_path / "bundles", "tagging", 2, batch_id="old-batch"), "Gulu")
    finally:
        old.close()
    monkeypatch.undo()
    with sqlite3.connect(folder / "data" / "labhub.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'users'").fetchone() is None

    hub = start_hub(folder)
    try:
        r = hub.post("/v1/enroll", {"code": code, "device_name": "OLD-PC"})
        assert r.status_code == 200, r.text
        device = Device(hub, r.json()["device_id"], r.json()["token"])
        got = pull(hub, device, None)
        result = device.push([device.item("old-batch", "t-0000")]).json()
        added = labhub(hub, "add-user", "--lab", "Gulu", "--name", "Amina Njeri", "--role", "worker",
                       stdin="4821\n")
        roster_now = pull(hub, device, None)["roster"]
        second = hub.post("/v1/enroll", {"code": second_code, "device_name": "PC-2"})
    finally:
        assert stop_hub(hub) == 0

    assert [b["batch"]["batch_id"] for b in got["batches"]] == ["old-batch"]
    assert [i["status"] for i in result["items"]] == ["applied"]
    assert added.returncode == 0, added.stderr
    assert [u["name"] for u in roster_now["users"]] == ["Amina Njeri"]
    assert second.status_code == 200, "the codes made before the upgrade still work"
    with sqlite3.connect(folder / "data" / "labhub.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        project, from_doc = db.execute("SELECT project_id, json_extract(doc, '$.project.id') FROM batches"
                                       " WHERE batch_id = 'old-batch'").fetchone()
        assert project == from_doc and project, "the upgrade gave the old batch its project"


def test_the_hub_knows_every_event_type_the_core_makes() -> None:
    assert set(EVENT_PAYLOADS) == events.EVENT_TYPES


# -- events: stored once, totalled, flagged --------------------------------------------------------


def test_a_day_of_work_reaches_the_hub_once_and_adds_up(station: Station, lab: str) -> None:
    s = station
    a_shift(s)
    timesheet.correct(s.store, s.supervisor, s.worker_id, START.date(), clocked_ms=15 * MIN,
                      reason="Clocked in late: the PC was slow", clock=s.clock)
    timesheet.approve(s.store, s.supervisor, s.worker_id, START.date(), START.date(), tz=dt.UTC, clock=s.clock)
    items = s.outbox()

    first = s.push(items)
    again = s.push(items)
    sheet = sheets(s.hub, lab)
    text = labhub(s.hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC")

    assert [i["type"] for i in items] == ["event"] * 10
    assert first["applied"] == 10 and [i["status"] for i in first["items"]] == ["applied"] * 10
    assert [i["status"] for i in again["items"]] == ["duplicate"] * 10, "a resend changes nothing"
    assert again["watermark"] == first["watermark"] == items[-1]["seq"]
    (amina,) = sheet["workers"]
    assert amina["name"] == "Amina Njeri"
    assert amina["days"] == [{"day": DAY, "clocked_ms": 4 * H + 45 * MIN, "active_ms": 3 * H,
                              "clocked_hours": 4.75, "active_hours": 3.0, "results_not_clocked_in": 0}]
    assert sheet["flags"] == []
    (approval,) = sheet["approvals"]
    assert approval["worker"] == "Amina Njeri" and approval["by"] == "Joseph Okello"
    assert (approval["approved_clocked_ms"], approval["matches"], approval["placed_by_hub"]) == (4 * H + 45 * MIN,
                                                                                                 True, True)
    assert text.returncode == 0, text.stderr
    assert f"Lab {lab!r}: {DAY} to {DAY} (days in UTC; hours:minutes)" in text.stdout
    assert any(line.split() == ["Amina", "Njeri", DAY, "4:45", "3:00"] for line in text.stdout.splitlines())
    assert "approved 4:45 (active 3:00) by Joseph Okello" in text.stdout and "still matches" in text.stdout

    # A correction after the approval: the supervisor sees the approval no longer holds.
    timesheet.correct(s.store, s.supervisor, s.worker_id, START.date(), clocked_ms=-30 * MIN,
                      reason="Long lunch not clocked", clock=s.clock)
    assert s.sync() == ["applied"]
    later = sheets(s.hub, lab)
    assert later["workers"][0]["days"][0]["clocked_ms"] == 4 * H + 15 * MIN
    assert later["approvals"][0]["matches"] is False and later["approvals"][0]["current_clocked_ms"] == 4 * H + 15 * MIN
    changed = labhub(s.hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC").stdout
    assert "CHANGED since: now 4:15 (active 3:00)" in changed


def test_moving_the_wall_clock_three_days_either_way_changes_no_hours(station: Station, lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=1)
    s.clock.wall_offset = dt.timedelta(days=3)  # someone sets the PC's date three days ahead
    timesheet.record_activity(s.store, s.amina, 50 * MIN, clock=s.clock)
    assert s.sync() == ["applied"] * 3  # clock_in, clock_jump, activity
    s.pass_time(hours=1)
    s.clock.wall_offset = dt.timedelta(days=-3)  # ... and then three days behind
    timesheet.record_activity(s.store, s.amina, 40 * MIN, clock=s.clock)
    s.pass_time(minutes=30)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    assert s.sync() == ["applied"] * 3  # clock_jump, activity, clock_out

    wide = json.loads(labhub(s.hub, "timesheets", "--lab", lab, "--from", "2026-11-18",
                                            "--to", "2026-11-30", "--tz", "UTC", "--json").stdout)["labs"][0]

    (amina,) = wide["workers"]
    assert amina["days"] == [{"day": DAY, "clocked_ms": 150 * MIN, "active_ms": 90 * MIN, "clocked_hours": 2.5,
                              "active_hours": 1.5, "results_not_clocked_in": 0}], \
        "placed by the hub's clock, measured on the running clock"
    jumps = flags_of(wide, "clock_jump")
    assert [("forward" in j["message"], "back" in j["message"]) for j in jumps] == [(True, False), (False, True)]
    assert all("3 d 0 h 0 min" in j["message"] or "6 d 0 h 0 min" in j["message"] for j in jumps)
    assert all(j["day"] == DAY and j["device"] == "LAB-PC-07" for j in jumps)
    assert len(wide["flags"]) == 2


def test_a_tampered_event_is_stored_and_flagged(station: Station, lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.record_activity(s.store, s.amina, 30 * MIN, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    items = s.outbox()
    items[1]["body"]["payload"]["active_ms"] = 3 * H  # changed on the way, hash not recomputed

    answer = s.push(items)
    sheet = sheets(s.hub, lab)

    assert [i["status"] for i in answer["items"]] == ["applied"] * 3, "never dropped"
    (changed,) = flags_of(sheet, "chain")
    assert changed["problem"] == "changed" and changed["n"] == 2 and changed["worker"] == "Amina Njeri"
    assert changed["message"].startswith("Event 2 (activity, Amina Njeri,") and "was changed after it was stored" \
        in changed["message"]
    (capped,) = flags_of(sheet, "activity_capped")
    assert "3 h 0 min of activity where only 1 h 0 min had passed" in capped["message"]
    assert sheet["workers"][0]["days"][0]["active_ms"] == 1 * H, "a claim is never counted past the time that passed"


def test_a_chain_rebuilt_after_a_sync_is_flagged_where_it_leaves_what_the_hub_holds(station: Station,
                                                                                      lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.record_activity(s.store, s.amina, 20 * MIN, clock=s.clock)
    assert s.sync() == ["applied", "applied"]
    s.pass_time(hours=1)
    timesheet.record_activity(s.store, s.amina, 50 * MIN, clock=s.clock)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    # Someone with the database file makes the first hour's activity 60 min and rebuilds the chain
    # from there, so it looks whole on the workstation.
    rebuild(s.store, n=2, payload={"active_ms": 60 * MIN, "task": None})
    assert events.verify_chain(s.store).ok

    answer = s.push(s.outbox())
    resent = s.push(rebuilt_items(s, [1, 2]))
    sheet = sheets(s.hub, lab)

    assert [i["status"] for i in answer["items"]] == ["applied", "applied"]
    assert [i["status"] for i in resent["items"]] == ["duplicate", "conflict"]
    (link,) = flags_of(sheet, "chain")
    assert link["problem"] == "link" and link["n"] == 3
    assert "does not follow event 2: an event before it was changed or replaced" in link["message"]
    (conflict,) = flags_of(sheet, "conflict")
    assert conflict["n"] == 2 and "sent again" in conflict["message"] and "keeps what it got first" in \
        conflict["message"]
    assert sheet["workers"][0]["days"][0]["active_ms"] == 70 * MIN, "the hub counts the activity it got first"


def test_an_event_dated_after_the_sync_that_brought_it_is_flagged(station: Station, lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    rebuild(s.store, n=2, mono_ns=s.clock.mono + 3 * H * 10**6)  # a clock-out three hours from now

    s.sync()
    sheet = sheets(s.hub, lab)

    (ahead,) = flags_of(sheet, "running_clock")
    assert ahead["n"] == 2 and "10800 s later on the computer's running clock than the sync" in ahead["message"]
    assert flags_of(sheet, "chain") == [], "the rebuilt chain links; its times cannot be"


def test_a_gap_is_flagged_until_the_missing_event_arrives(station: Station, lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=1)
    timesheet.start_break(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=15)
    timesheet.end_break(s.store, s.amina, clock=s.clock)
    clock_in, start_break, end_break = s.outbox()

    s.push([clock_in, end_break])
    gap = flags_of(sheets(s.hub, lab), "chain")
    late = s.push([start_break])
    whole = sheets(s.hub, lab)

    assert [(f["problem"], f["n"], f["message"]) for f in gap] == [("missing", 3, "Event 2 is missing: deleted from "
                                                                                  "the record.")]
    assert [i["status"] for i in late["items"]] == ["applied"] and late["watermark"] == end_break["seq"]
    assert whole["flags"] == [], "the event came late; nothing is missing any more"


def test_malformed_events_are_rejected_with_a_reason(station: Station, lab: str) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=5)
    timesheet.record_activity(s.store, s.amina, 1 * MIN, clock=s.clock)
    good, activity = s.outbox()
    no_hash = json.loads(json.dumps(activity))
    del no_hash["body"]["hash"]
    bad_type = json.loads(json.dumps(activity))
    bad_type["body"]["type"] = "coffee"
    no_worker = json.loads(json.dumps(activity))
    no_worker["body"]["worker"] = None
    bad_payload = json.loads(json.dumps(activity))
    bad_payload["body"]["payload"]["active_ms"] = "lots"
    extra = json.loads(json.dumps(activity))
    extra["body"]["note"] = "hello"
    bad_wall = json.loads(json.dumps(activity))
    bad_wall["body"]["wall"] = "yesterday"
    malformed = [no_hash, bad_type, no_worker, bad_payload, extra, bad_wall]
    for seq, item in enumerate(malformed, start=100):
        item["seq"], item["id"] = seq, str(uuid.uuid4())

    answer = s.push([good, *malformed])

    assert [i["status"] for i in answer["items"]] == ["applied"] + ["rejected"] * 6
    reasons = [i["reason"] for i in answer["items"][1:]]
    assert "hash" in reasons[0] and "Field required" in reasons[0]
    assert "type" in reasons[1]
    assert reasons[2] == "the activity event names no worker; every event but clock_jump names one"
    assert "payload of the activity event is malformed" in reasons[3] and "active_ms" in reasons[3]
    assert "note" in reasons[4]
    assert "wall time is not a UTC time" in reasons[5]
    assert sheets(s.hub, lab)["flags"] == []


def test_a_re_enrolled_workstation_continues_its_chain(station: Station, lab: str, tmp_path: Path) -> None:
    s = station
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=2)
    assert s.sync() == ["applied"]
    s.device = s.hub.enroll(lab, "LAB-PC-07 (re-enrolled)")
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    assert s.sync() == ["applied"]
    # A workstation whose earlier events never reached the hub (here: another lab's, cut off).
    other = Station(tmp_path / "other", s.hub, s.hub.enroll(lab + " B", "LAB-PC-09"), FakeClock(boot="boot-x"))
    try:
        timesheet.clock_in(other.store, other.amina, clock=other.clock)
        other.pass_time(hours=1)
        timesheet.clock_out(other.store, other.amina, clock=other.clock)
        other.outbox()
        other.pass_time(minutes=5)
        timesheet.clock_in(other.store, other.amina, clock=other.clock)
        assert other.sync() == ["applied"]
    finally:
        other.close()

    sheet = sheets(s.hub, lab)
    cut = sheets(s.hub, lab + " B")

    assert sheet["flags"] == []
    assert sheet["workers"][0]["days"][0]["clocked_ms"] == 2 * H, "clocked in on one enrolment, out on the next"
    (missing,) = flags_of(cut, "chain")
    assert missing["problem"] == "missing" and missing["device"] == "LAB-PC-09"
    assert missing["message"] == "Events 1–2 are missing: deleted from the record. The hub has no earlier event " \
                                 "from this workstation."


def test_one_worker_on_two_workstations_at_once_is_flagged_and_paid_once(own_hub: Hub, lab: str,
                                                                         tmp_path: Path) -> None:
    one = Station(tmp_path / "one", own_hub, own_hub.enroll(lab, "PC-1"))
    two = Station(tmp_path / "two", own_hub, own_hub.enroll(lab, "PC-2"), FakeClock(boot="boot-two"))
    try:
        for s in (one, two):
            timesheet.clock_in(s.store, s.amina, clock=s.clock)
        for s in (one, two):
            s.pass_time(hours=1)
            timesheet.clock_out(s.store, s.amina, clock=s.clock)
            assert s.sync() == ["applied", "applied"]
    finally:
        one.close()
        two.close()

    sheet = sheets(own_hub, lab)

    assert sheet["workers"][0]["name"] == "Amina Njeri" and len(sheet["workers"][0]["worker_ids"]) == 2
    day = sheet["workers"][0]["days"][0]
    assert abs(day["clocked_ms"] - H) < 1000, "one hour of her life is paid once, not twice"
    (overlap,) = flags_of(sheet, "overlap")
    assert re.match(r"Amina Njeri was clocked in on PC-[12] and on PC-[12] at the same time \(2026-11-24 06:00 to "
                    r"07:00\); that time is counted once\.$", overlap["message"]), overlap["message"]
    assert {"PC-1", "PC-2"} <= set(re.findall(r"PC-\d", overlap["message"]))


def test_timesheets_refuses_clearly(hub: Hub) -> None:
    for args, code, message in ((("--lab", "No Such Lab"), 1, "There is no lab 'No Such Lab'"),
                                (("--from", "2026-11-25", "--to", "2026-11-24"), 1, "is after --to"),
                                (("--tz", "Mars/Olympus"), 1, "Unknown time zone 'Mars/Olympus'"),
                                (("--from", "24.11.2026"), 2, "not a day YYYY-MM-DD")):
        proc = labhub(hub, "timesheets", *args)
        assert proc.returncode == code, (args, proc.stderr)
        assert message in proc.stderr


# -- helpers that do what only a hand-edited database can ---------------------------------------------


def rebuilt_items(s: Station, numbers: list[int]) -> list[dict[str, Any]]:
    """The items of events ``numbers`` as they now stand on the workstation (a resend)."""
    marks = ", ".join("?" * len(numbers))
    rows = s.store.read().execute(f"SELECT seq, id FROM time_events WHERE n IN ({marks}) ORDER BY n",
                                  numbers).fetchall()
    bodies = events.outbox_bodies(s.store, [i for _, i in rows])
    return [{"seq": seq, "id": i, "type": "event", "body": bodies[i]} for seq, i in rows]


def test_set_role_promotes_a_worker_and_the_roster_carries_it(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    assert labhub(hub, "add-user", "--lab", lab, "--name", "Amina Njeri", "--role", "worker",
                  stdin="4821\n").returncode == 0
    before = pull(hub, device, None)["roster"]["as_of"]

    no_pin = labhub(hub, "set-role", "--lab", lab, "--name", "amina njeri", "--role", "supervisor")
    short = labhub(hub, "set-role", "--lab", lab, "--name", "amina njeri", "--role", "supervisor", stdin="4821\n")
    promoted = labhub(hub, "set-role", "--lab", lab, "--name", "amina njeri", "--role", "supervisor",
                      stdin="48213579\n")
    again = labhub(hub, "set-role", "--lab", lab, "--name", "Amina Njeri", "--role", "supervisor")
    wrong = labhub(hub, "set-role", "--lab", lab, "--name", "Amina Njeri", "--role", "boss")

    assert no_pin.returncode == 1 and "No PIN on standard input" in no_pin.stderr
    assert short.returncode == 1 and "at least 8 characters" in short.stderr, "a supervisor's PIN is longer"
    assert promoted.returncode == 0 and "is a supervisor from now on" in promoted.stdout
    assert again.returncode == 0 and "already; nothing changed" in again.stdout
    assert wrong.returncode == 2
    roster_now = pull(hub, device, before)["roster"]
    assert roster_now["as_of"] > before
    assert [(u["name"], u["role"]) for u in roster_now["users"]] == [("Amina Njeri", "supervisor")]


def test_the_hub_refuses_trivial_pins_and_short_ones_for_supervisors(hub: Hub, lab: str) -> None:
    """The hub's PINs reach every workstation of the lab: it applies the strong rules always."""
    hub.enroll(lab)
    trivial = labhub(hub, "add-user", "--lab", lab, "--name", "Amina Njeri", "--role", "worker", stdin="1234\n")
    short = labhub(hub, "add-user", "--lab", lab, "--name", "Joseph Okello", "--role", "supervisor", stdin="7351\n")
    run = labhub(hub, "add-user", "--lab", lab, "--name", "Joseph Okello", "--role", "supervisor",
                 stdin="12345678\n")
    assert trivial.returncode == 1 and "one of the first anyone would try" in trivial.stderr
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    assert run.returncode == 1 and "one of the first anyone would try" in run.stderr
    assert "No users yet" in labhub(hub, "users", "--lab", lab).stdout, "nothing was added"
    assert labhub(hub, "add-user", "--lab", lab, "--name", "Joseph Okello", "--role", "supervisor",
                  stdin="73519264\n").returncode == 0
    again = labhub(hub, "set-pin", "--lab", lab, "--name", "Joseph Okello", stdin="7351\n")
    assert again.returncode == 1 and "at least 8 characters" in again.stderr
