"""Forged payroll events at the hub: a correction or an approval written into a workstation's
database by hand, hashed by the public rule so that the chain looks whole, and pushed like any
other event. The hub stores it (an event is evidence) but checks who it says signed it against
the lab's users *at the time it was made*: a made-up id, a worker, a switched-off account, a user
of another lab, someone made supervisor only later, all fail. Such an event counts for nothing
(no hours, no approval) and ``labhub timesheets`` shows an ``author`` flag for it.

The lab's people are the hub's (added with the hub's library calls on the hub's clock, which
follows the fake world's true time through the clock-offset file, as every push here does), and
the workstation takes them from the roster of a pull.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from labclient.people import events, login, roster, timesheet
from labclient.people.roles import Session
from labclient.store import DB_NAME, Store
from labhub.auth import make_enrol_code
from labhub.clock import HubClock
from labhub.store import HubStore
from labhub.users import add_user, set_disabled, set_role
from tests.helpers.forgery import approval, correction, forge
from tests.helpers.hub_api import DAY_S, Device, Hub
from tests.helpers.hub_people import DAY, MIN, START, FakeClock, H, Station, flags_of, labhub, pull, rebuild, sheets

T = TypeVar("T")
PINS = {"Joseph Okello": "73519264", "Amina Njeri": "4821", "Sokha Chan": "6093", "Peter Mwangi": "55510987",
        "Brian Otieno": "2468"}


class HubStation(Station):
    """A workstation enrolled in ``lab`` whose people come from the hub's roster (so they carry
    the hub's ids). ``sessions`` by name, once logged in."""

    def __init__(self, folder: Path, hub: Hub, lab: str, clock: FakeClock | None = None) -> None:
        self.hub, self.lab = hub, lab
        self.clock = clock or FakeClock()
        self.device = self.enroll(lab, "LAB-PC-07")
        self.store = Store.open(folder / DB_NAME)
        self.sessions: list[Session] = []
        self.by_name: dict[str, Session] = {}
        self.taken = 0
        self.roster_as_of: str | None = None

    def pass_time(self, **delta: float) -> None:
        """Time passes with people at their keyboards, in steps shorter than the idle lock."""
        left = dt.timedelta(**delta)
        while left > dt.timedelta(0):
            step = min(left, dt.timedelta(minutes=5))
            self.clock.advance(seconds=step.total_seconds())
            left -= step
            for session in self.sessions:
                login.touch(self.store, session, clock=self.clock)

    def follow(self) -> None:
        """Set the hub's clock to the fake world's true time."""
        self.hub.set_clock(days=(self.clock.true - dt.datetime.now(dt.UTC)).total_seconds() / DAY_S)

    def enroll(self, lab: str, name: str) -> Device:
        """Enrol a device in ``lab`` (made if new) with a code made on the hub's clock now."""
        code = self.at_hub(lambda store, clock: make_enrol_code(store, clock, lab))
        r = self.hub.post("/v1/enroll", {"code": code, "device_name": name})
        assert r.status_code == 200, r.text
        return Device(self.hub, r.json()["device_id"], r.json()["token"])

    def at_hub(self, call: Callable[[HubStore, HubClock], T]) -> T:
        """Do what the hub's admin does (a ``labhub`` command's library call) on the hub's clock now."""
        self.follow()
        store = HubStore.open(self.hub.data_dir)
        try:
            return call(store, HubClock(self.hub.offset_file))
        finally:
            store.close()

    def take_roster(self) -> None:
        """Pull, and apply the roster that comes with it."""
        got = pull(self.hub, self.device, self.roster_as_of)["roster"]
        if got is not None:
            roster.apply_roster(self.store, got["users"], as_of=got["as_of"], clock=self.clock)
            self.roster_as_of = got["as_of"]

    def log_in(self, name: str) -> Session:
        session = login.login(self.store, name, PINS[name], clock=self.clock)
        self.sessions.append(session)
        self.by_name[name] = session
        return session

    def signer(self, name: str) -> tuple[str, str]:
        """(id, name) of a user of this workstation, as a correction's ``by`` names them."""
        row = self.store.read().execute("SELECT id FROM workers WHERE name = ?", (name,)).fetchone()
        return str(row[0]), name

    def forge(self, event_type: str, worker: str, payload: dict[str, Any]) -> str:
        """Someone with the database file appends an event; the chain still looks whole."""
        event_id = forge(Path(self.store.path), self.clock, event_type, self.signer(worker), payload)
        assert events.verify_chain(self.store).ok
        return event_id


def hub_user(name: str, role: str, lab: str) -> Callable[[HubStore, HubClock], str]:
    return lambda store, clock: add_user(store, clock, lab, name, role, PINS.get(name, "43218765")).id


@pytest.fixture
def station(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[HubStation]:
    s = HubStation(tmp_path / "station", own_hub, lab)
    yield s
    s.close()


def one_hour(s: HubStation, worker: str = "Amina Njeri") -> None:
    """The worker clocks in for an hour."""
    timesheet.clock_in(s.store, s.by_name[worker], clock=s.clock)
    s.pass_time(hours=1)
    timesheet.clock_out(s.store, s.by_name[worker], clock=s.clock)


def test_a_correction_by_a_made_up_supervisor_id_is_flagged_and_not_counted(station: HubStation, lab: str) -> None:
    s = station
    for name, role in (("Joseph Okello", "supervisor"), ("Amina Njeri", "worker")):
        s.at_hub(hub_user(name, role, lab))
    s.take_roster()
    joseph, _ = s.log_in("Joseph Okello"), s.log_in("Amina Njeri")
    one_hour(s)
    timesheet.correct(s.store, joseph, s.signer("Amina Njeri")[0], START.date(), clocked_ms=15 * MIN,
                      reason="Clocked in late: the PC was slow", clock=s.clock)
    assert s.sync() == ["applied"] * 3
    s.pass_time(minutes=20)
    # The attack: +8 h for Amina, signed with the supervisor's name and an id nobody has.
    forged = s.forge("correction", "Amina Njeri",
                     correction(START.date(), 8 * H, ("u-0123456789abcdef0123456789abcdef", "Joseph Okello")))
    s.pass_time(minutes=5)

    assert s.sync() == ["applied"], "an event is evidence: stored, never refused"
    sheet = sheets(s.hub, lab)
    text = labhub(s.hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC")
    at_station = timesheet.flags(s.store, joseph, START.date(), START.date(), tz=dt.UTC, clock=s.clock)

    (amina,) = sheet["workers"]
    assert amina["days"][0]["clocked_ms"] == 1 * H + 15 * MIN, "the forged 8 hours are not counted"
    (flag,) = flags_of(sheet, "author")
    assert (flag["event_id"], flag["day"], flag["worker"], flag["device"]) == (forged, DAY, "Amina Njeri",
                                                                                "LAB-PC-07")
    assert flag["message"] == (
        f"The correction of Amina Njeri's {DAY} (+8:00 on the clock, +0:00 active; reason: 'Stayed late') signed by "
        "Joseph Okello (id u-0123456789abcdef0123456789abcdef) does not count: the hub has no user with the id "
        "'u-0123456789abcdef0123456789abcdef' in this lab, and the workstation never said which of the lab's users "
        "that id is (a name alone proves nothing). A supervisor should check it and, if it is right, make it again.")
    assert sheet["flags"] == [flag], "the supervisor's own correction raises nothing"
    assert text.returncode == 0, text.stderr
    assert f"{DAY}  LAB-PC-07  author: The correction of Amina Njeri's {DAY} (+8:00" in text.stdout
    assert any(line.split() == ["Amina", "Njeri", DAY, "1:15", "0:00"] for line in text.stdout.splitlines())
    assert [f.event_id for f in at_station if f.kind == "author"] == [forged], "the workstation flags it too"


def test_signers_who_may_not_sign_then_are_flagged_and_count_for_nothing(station: HubStation, lab: str) -> None:
    s = station
    for name, role in (("Joseph Okello", "supervisor"), ("Amina Njeri", "worker"), ("Sokha Chan", "worker"),
                       ("Peter Mwangi", "supervisor"), ("Brian Otieno", "worker")):
        s.at_hub(hub_user(name, role, lab))
    s.enroll(lab + " B", "LAB-PC-B")
    mary = s.at_hub(hub_user("Mary Wanjiru", "supervisor", lab + " B"))
    s.take_roster()
    for name in ("Joseph Okello", "Amina Njeri", "Peter Mwangi"):
        s.log_in(name)
    one_hour(s)
    # Peter, a supervisor then, adds ten minutes; he is switched off at the hub later: it counts.
    timesheet.correct(s.store, s.by_name["Peter Mwangi"], s.signer("Amina Njeri")[0], START.date(),
                      clocked_ms=10 * MIN, reason="Helped set up the room", clock=s.clock)
    timesheet.approve(s.store, s.by_name["Joseph Okello"], s.signer("Amina Njeri")[0], START.date(), START.date(),
                      tz=dt.UTC, clock=s.clock)
    assert s.sync() == ["applied"] * 4
    s.pass_time(minutes=10)
    s.at_hub(lambda store, clock: set_disabled(store, clock, lab, "Peter Mwangi", True))
    s.pass_time(minutes=10)

    day = START.date()
    by_worker = s.forge("correction", "Amina Njeri", correction(day, 8 * H, s.signer("Sokha Chan")))
    by_disabled = s.forge("correction", "Amina Njeri", correction(day, 8 * H, s.signer("Peter Mwangi")))
    by_other_lab = s.forge("correction", "Amina Njeri", correction(day, 8 * H, (mary, "Mary Wanjiru")))
    by_future = s.forge("correction", "Amina Njeri", correction(day, 8 * H, s.signer("Brian Otieno")))
    approved = s.forge("approval", "Amina Njeri", approval(day, 41 * H + 10 * MIN, s.signer("Brian Otieno")))
    s.pass_time(minutes=30)
    s.at_hub(lambda store, clock: set_role(store, clock, lab, "Brian Otieno", "supervisor", "24681357"))
    s.pass_time(minutes=30)

    assert s.sync() == ["applied"] * 5
    sheet = sheets(s.hub, lab)

    (amina,) = sheet["workers"]
    assert amina["days"][0]["clocked_ms"] == 1 * H + 10 * MIN, "only Peter's correction, made while he could"
    found = {f["event_id"]: f["message"] for f in flags_of(sheet, "author")}
    assert list(found) == [by_worker, by_disabled, by_other_lab, by_future, approved]
    assert "does not count: Sokha Chan was a worker when it was made (2026-11-24 07:20), and only a supervisor or " \
           "an admin may sign it." in found[by_worker]
    assert "does not count: Peter Mwangi's account was switched off when it was made (2026-11-24 07:20)" \
        in found[by_disabled]
    assert f"does not count: Mary Wanjiru is a user of lab {lab + ' B'!r}, not of this lab." in found[by_other_lab]
    assert "does not count: Brian Otieno was a worker when it was made (2026-11-24 07:20), and only a supervisor " \
           "or an admin may sign it; they became supervisor only on 2026-11-24 07:50." in found[by_future]
    assert found[approved].startswith(f"The approval of Amina Njeri's hours from {DAY} to {DAY} signed by Brian "
                                      "Otieno") and found[approved].endswith("The hours count as not approved.")
    (real,) = sheet["approvals"]
    assert (real["by"], real["approved_clocked_ms"], real["matches"]) == ("Joseph Okello", 1 * H + 10 * MIN, True), \
        "the forged approval of 41 hours is no approval; Joseph's still holds"
    assert len(sheet["flags"]) == 5


# -- the device signature -------------------------------------------------------------------------------


class SigningStation(HubStation):
    """A workstation that signs its events with the key of its hub credential (as the program does
    once it has read the token) and sends them to a hub that takes signed events."""

    def sign(self) -> None:
        events.sign_with(self.store, events.token_key(self.device.token))

    def outbox(self) -> list[dict[str, Any]]:
        rows = self.store.read().execute("SELECT seq, item_id FROM outbox WHERE item_type = 'event' AND seq > ?"
                                         " ORDER BY seq", (self.taken,)).fetchall()
        bodies = events.outbox_bodies(self.store, [item_id for _, item_id in rows], signed=True)
        if rows:
            self.taken = rows[-1][0]
        return [{"seq": seq, "id": item_id, "type": "event", "body": bodies[item_id]} for seq, item_id in rows]


@pytest.fixture
def signing(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[SigningStation]:
    s = SigningStation(tmp_path / "station", own_hub, lab)
    for name, role in (("Joseph Okello", "supervisor"), ("Amina Njeri", "worker")):
        s.at_hub(hub_user(name, role, lab))
    s.take_roster()
    s.log_in("Joseph Okello")
    s.log_in("Amina Njeri")
    yield s
    events.sign_with(s.store, None)
    s.close()


def test_events_made_without_the_device_credential_are_caught_though_they_name_a_real_supervisor(
        signing: SigningStation, lab: str) -> None:
    s = signing
    amina = s.signer("Amina Njeri")[0]
    timesheet.clock_in(s.store, s.by_name["Amina Njeri"], clock=s.clock)  # before the key is known: unsigned
    s.sign()
    s.pass_time(hours=1)
    timesheet.clock_out(s.store, s.by_name["Amina Njeri"], clock=s.clock)
    timesheet.correct(s.store, s.by_name["Joseph Okello"], amina, START.date(), clocked_ms=15 * MIN,
                      reason="Clocked in late: the PC was slow", clock=s.clock)
    sent = s.outbox()
    assert ["mac" in i["body"] for i in sent] == [False, True, True]
    assert [i["status"] for i in s.push(sent)["items"]] == ["applied"] * 3
    assert sheets(s.hub, lab)["flags"] == [], "signed from some event on: nothing to flag"
    s.pass_time(minutes=20)

    # 1. A correction signed with the real supervisor's id, so the hub's check of who signed it passes,
    #    but without the device's signature (nobody with only the database can make one) ...
    unsigned = s.forge("correction", "Amina Njeri", correction(START.date(), 8 * H, s.signer("Joseph Okello")))
    # 2. ... or with a signature copied from another event.
    copied = s.forge("correction", "Amina Njeri", correction(START.date(), 8 * H, s.signer("Joseph Okello")))
    with sqlite3.connect(s.store.path) as db:
        db.execute("UPDATE time_events SET mac = (SELECT mac FROM time_events WHERE n = 2) WHERE id = ?", (copied,))
    s.pass_time(minutes=5)
    assert s.sync() == ["applied", "applied"]
    # 3. A chain rebuilt before it was synced: an hour of activity claimed, hashes recomputed, and
    #    the signatures left as they were (the key is not in the database).
    timesheet.clock_in(s.store, s.by_name["Amina Njeri"], clock=s.clock)
    s.pass_time(minutes=30)
    timesheet.record_activity(s.store, s.by_name["Amina Njeri"], 10 * MIN, clock=s.clock)
    timesheet.clock_out(s.store, s.by_name["Amina Njeri"], clock=s.clock)
    activity_n = s.store.read().execute("SELECT max(n) - 1 FROM time_events").fetchone()[0]
    rebuild(s.store, n=activity_n, payload={"active_ms": 30 * MIN, "task": None})
    assert events.verify_chain(s.store).ok
    s.pass_time(minutes=5)

    assert s.sync() == ["applied"] * 3
    sheet = sheets(s.hub, lab)

    (worker,) = sheet["workers"]
    assert worker["days"][0]["clocked_ms"] == 1 * H + 15 * MIN + 30 * MIN, "neither forged correction counts"
    signature = {f["n"]: f for f in flags_of(sheet, "signature")}
    assert {n: f["problem"] for n, f in signature.items()} == {4: "unsigned", 5: "bad", activity_n: "bad",
                                                               activity_n + 1: "bad"}
    assert signature[4]["message"].startswith("Event 4 (correction, Amina Njeri,")
    assert "is not signed, though this workstation signs its events (event 3 before it was signed" \
        in signature[4]["message"]
    assert "carries a signature that this workstation's hub credential does not make" in signature[5]["message"]
    assert flags_of(sheet, "chain") == [], "the rebuilt chain links: only the signatures tell"
    aside = {f["event_id"]: f["message"] for f in flags_of(sheet, "author")}
    assert set(aside) == {unsigned, copied}
    assert "does not count: it is not signed, though the workstation signs its events" in aside[unsigned]
    assert "does not count: it carries a signature the workstation's credential does not make" in aside[copied]


def test_a_malformed_signature_is_rejected(signing: SigningStation) -> None:
    s = signing
    s.sign()
    timesheet.clock_in(s.store, s.by_name["Amina Njeri"], clock=s.clock)
    (item,) = s.outbox()
    item["body"]["mac"] = item["body"]["mac"].upper()

    (answer,) = s.push([item])["items"]

    assert (answer["status"], answer["reason"]) == ("rejected", "the event's mac is not 64 lowercase hex digits")
