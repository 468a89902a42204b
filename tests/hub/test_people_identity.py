"""One person, one worker at the hub, whatever ids the workstations gave them.

A user added on a workstation before its first sync keeps the local id it was given there; the
hub's roster later confirms them by name and the workstation notes the hub's id beside it. Pushes
carry the workstation's people map (``{local id: hub user id}``, built by the sync's own
:func:`labclient.sync.state.people_map`), and ``labhub timesheets`` and ``labhub results`` count
and show each id as the hub user it stands for, resolved when read.

Workstations are the people core on real client databases with a fake clock (the ``Station`` of
``tests/helpers/hub_people.py``), pushing to a real hub process.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labclient.people import events, login, roster, timesheet
from labclient.store import DB_NAME, Store
from labclient.sync.state import OutboxItem, people_map
from labhub.auth import authenticate, enroll, make_enrol_code
from labhub.push import Incoming, push_items
from labhub.schema import MIGRATIONS
from labhub.store import HubStore
from tests.helpers.hub_api import CLOCK, DAY_S, FollowingClock, Hub, start_hub, stop_hub
from tests.helpers.hub_people import DAY, MIN, FakeClock, H, Station, labhub, pull, sheets


def add_user(hub: Hub, lab: str, name: str) -> str:
    """Add a worker at the hub (``labhub add-user``); their hub user id."""
    added = labhub(hub, "add-user", "--lab", lab, "--name", name, "--role", "worker", stdin="4821\n")
    assert added.returncode == 0, added.stderr
    return user_id(hub, lab, name)


def user_id(hub: Hub, lab: str, name: str) -> str:
    """The hub user id of ``name`` in ``lab`` (``labhub users --json``)."""
    listed = json.loads(labhub(hub, "users", "--lab", lab, "--json").stdout)
    (found,) = [u["id"] for u in listed if u["name"] == name]
    return str(found)


def rename(hub: Hub, lab: str, name: str, new_name: str) -> None:
    done = labhub(hub, "rename-user", "--lab", lab, "--name", name, "--new-name", new_name)
    assert done.returncode == 0, done.stderr


def confirm(s: Station) -> None:
    """A pull brings the lab's roster, which the workstation applies (as the sync does)."""
    got = pull(s.hub, s.device, None)["roster"]
    roster.apply_roster(s.store, got["users"], as_of=got["as_of"], clock=s.clock)


def hub_id_of(s: Station, worker_id: str) -> str | None:
    row = s.store.read().execute("SELECT hub_id FROM workers WHERE id = ?", (worker_id,)).fetchone()
    return None if row is None else row[0]


def send(s: Station, items: list[dict[str, Any]], people: dict[str, str] | None) -> dict[str, Any]:
    """Push ``items`` with ``people`` (None: no map, as an older workstation pushes)."""
    s.hub.follow(s.clock.true)
    body: dict[str, Any] = {"clock": s.clock.as_json(), "items": items}
    if people is not None:
        body["people"] = people
    r = s.hub.post("/v1/push", body, headers=s.device.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


def sync(s: Station) -> dict[str, Any]:
    """Push everything new with the people map the sync would send with it (none when empty)."""
    items = s.outbox()
    people = people_map(s.store, [OutboxItem(i["seq"], i["id"], i["type"], i["body"]) for i in items])
    return send(s, items, people or None)


def work(s: Station, hours: float) -> None:
    """Amina clocks in, works ``hours``, clocks out."""
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(hours=hours)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)


def workers(sheet: dict[str, Any]) -> list[tuple[str, str | None, int]]:
    """(name, hub user id, clocked ms) of each worker of a sheet."""
    return [(w["name"], w["user_id"], w["clocked_ms"]) for w in sheet["workers"]]


@pytest.fixture
def pair(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[tuple[Station, Station]]:
    """Two workstations of ``lab``, each with its own local Amina Njeri (added before any sync)."""
    one = Station(tmp_path / "one", own_hub, own_hub.enroll(lab, "PC-1"))
    two = Station(tmp_path / "two", own_hub, own_hub.enroll(lab, "PC-2"), FakeClock(boot="boot-two"))
    yield one, two
    one.close()
    two.close()


def test_one_person_added_on_two_workstations_is_one_worker(pair: tuple[Station, Station], own_hub: Hub,
                                                            lab: str) -> None:
    one, two = pair
    amina = add_user(own_hub, lab, "Amina Njeri")
    for s in (one, two):
        confirm(s)
    work(one, 2)
    first = sync(one)
    two.pass_time(hours=3)  # she moves to the other computer after a break
    work(two, 1.5)
    second = sync(two)

    sheet = sheets(own_hub, lab)

    assert one.worker_id != two.worker_id and amina not in (one.worker_id, two.worker_id)
    assert hub_id_of(one, one.worker_id) == hub_id_of(two, two.worker_id) == amina
    assert first["people"] == second["people"] == {"recorded": 1, "ignored": 0}
    (only,) = sheet["workers"]
    assert (only["name"], only["user_id"], only["clocked_ms"]) == ("Amina Njeri", amina, 3 * H + 30 * MIN)
    assert only["worker_ids"] == sorted([one.worker_id, two.worker_id])
    assert sheet["flags"] == [], "two periods of one person at different times do not overlap"


@pytest.mark.slow
def test_people_who_shared_a_name_stay_apart_and_a_renamed_user_keeps_their_time(
        pair: tuple[Station, Station], own_hub: Hub, lab: str) -> None:
    one, two = pair
    first_amina = add_user(own_hub, lab, "Amina Njeri")
    confirm(one)
    work(one, 2)
    assert sync(one)["people"] == {"recorded": 1, "ignored": 0}
    # At the hub she is renamed, and a second Amina Njeri joins, whom PC-2's local Amina turns out to be.
    rename(own_hub, lab, "Amina Njeri", "Amina Okello")
    second_amina = add_user(own_hub, lab, "Amina Njeri")
    confirm(two)
    work(two, 1)
    sync(two)

    sheet = sheets(own_hub, lab)
    text = labhub(own_hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC").stdout

    assert hub_id_of(two, two.worker_id) == second_amina
    recorded = {name for s in (one, two) for (name,) in s.store.read().execute(
        "SELECT DISTINCT worker_name FROM time_events WHERE worker_id IS NOT NULL")}
    assert recorded == {"Amina Njeri"}, "both recorded their time as Amina Njeri"
    assert workers(sheet) == [("Amina Njeri", second_amina, 1 * H), ("Amina Okello", first_amina, 2 * H)]
    assert any(line.split() == ["Amina", "Okello", DAY, "2:00", "0:00"] for line in text.splitlines()), text


def test_a_mapping_that_comes_after_the_events_counts_for_them(own_hub: Hub, lab: str, tmp_path: Path) -> None:
    s = Station(tmp_path / "station", own_hub, own_hub.enroll(lab, "PC-1"))
    try:
        amina = add_user(own_hub, lab, "Amina Njeri")
        work(s, 2)
        before = sync(s)  # she is not confirmed yet: no map
        confirm(s)
        rename(own_hub, lab, "Amina Njeri", "Amina Okello")
        unresolved = sheets(own_hub, lab)
        later = send(s, [], people_map(s.store, []))  # what the sync sends after the pull confirmed her
        resolved = sheets(own_hub, lab)
    finally:
        s.close()

    assert "people" not in before and [i["status"] for i in before["items"]] == ["applied", "applied"]
    assert workers(unresolved) == [("Amina Njeri", None, 2 * H)], "before the map only her old name was known"
    assert later["people"] == {"recorded": 1, "ignored": 0} and later["items"] == []
    assert workers(resolved) == [("Amina Okello", amina, 2 * H)]


def test_a_push_without_people_still_counts_by_name_and_bad_entries_are_ignored(
        pair: tuple[Station, Station], own_hub: Hub, lab: str) -> None:
    one, two = pair
    own_hub.enroll(lab + " B")
    elsewhere = add_user(own_hub, lab + " B", "Amina Njeri")
    work(one, 2)
    two.pass_time(hours=3)
    work(two, 1)
    old = send(two, two.outbox(), None)
    odd = send(one, one.outbox(), {one.worker_id: elsewhere, "w-nobody": "u-" + uuid.uuid4().hex, "": "x",
                                   "w-long": "u" * 500})

    sheet = sheets(own_hub, lab)
    log = (own_hub.data_dir.parent / "hub.log").read_text(encoding="utf-8")

    assert [i["status"] for i in old["items"]] == ["applied", "applied"] and "people" not in old
    assert [i["status"] for i in odd["items"]] == ["applied"] * 2, "a map the hub cannot use never fails the push"
    assert odd["people"] == {"recorded": 0, "ignored": 4}
    assert "4 entries of its people map ignored" in log and "'w-nobody'" in log
    (amina,) = sheet["workers"]
    assert (amina["name"], amina["user_id"], amina["clocked_ms"]) == ("Amina Njeri", None, 3 * H)
    assert amina["worker_ids"] == sorted([one.worker_id, two.worker_id]), "known by name, as before"


def test_a_malformed_people_map_is_a_bad_request(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    for people in ({"w-1": 5}, ["w-1"], {f"w-{i}": "u-1" for i in range(10_001)}):
        r = hub.post("/v1/push", {"clock": CLOCK, "items": [], "people": people}, headers=device.headers)
        assert r.status_code == 400, r.text
        assert r.json()["error"] == "bad_request"


def test_results_name_the_hub_user_the_worker_stands_for(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    mapped, unmapped = hub.enroll(lab, "PC-MAP"), hub.enroll(lab, "PC-OLD")
    amina = add_user(hub, lab, "Amina Njeri")
    first, second = mapped.item(batch, "t-0000"), unmapped.item(batch, "t-0001")
    r = hub.post("/v1/push", {"clock": CLOCK, "items": [first], "people": {"w-1": amina}}, headers=mapped.headers)
    assert r.status_code == 200 and r.json()["people"] == {"recorded": 1, "ignored": 0}, r.text
    assert unmapped.push([second]).status_code == 200
    rename(hub, lab, "Amina Njeri", "Amina Okello")

    listed = json.loads(labhub(hub, "results", "--json").stdout)

    rows = {r["id"]: r for r in listed}
    assert (rows[first["id"]]["worker"], rows[first["id"]]["worker_id"], rows[first["id"]]["user_id"]) == (
        "Amina Okello", "w-1", amina)
    assert (rows[second["id"]]["worker"], rows[second["id"]]["user_id"]) == ("Amina Njeri", None), \
        "the same local id on another workstation is not her: that workstation sent no map"


def test_rename_user_refuses_a_name_another_user_has(hub: Hub, lab: str) -> None:
    hub.enroll(lab)
    add_user(hub, lab, "Amina Njeri")
    add_user(hub, lab, "Brian Okello")

    clash = labhub(hub, "rename-user", "--lab", lab, "--name", "Amina Njeri", "--new-name", "BRIAN okello")
    case = labhub(hub, "rename-user", "--lab", lab, "--name", "amina njeri", "--new-name", "Amina NJERI")
    same = labhub(hub, "rename-user", "--lab", lab, "--name", "Amina NJERI", "--new-name", "Amina NJERI")

    assert clash.returncode == 1 and "already has a user called 'Brian Okello'" in clash.stderr
    assert case.returncode == 0 and "Renamed 'Amina Njeri'" in case.stdout and "'Amina NJERI'" in case.stdout
    assert same.returncode == 0 and "nothing changed" in same.stdout
    assert sorted(u["name"] for u in json.loads(labhub(hub, "users", "--lab", lab, "--json").stdout)) == [
        "Amina NJERI", "Brian Okello"]


@pytest.mark.engine_fixed
def test_a_hub_with_events_from_before_people_maps_is_upgraded_and_keeps_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "hub"
    station = Store.open(tmp_path / "station" / DB_NAME)
    clock = FakeClock()
    try:
        admin = roster.bootstrap_admin(station, "Grace Achieng", "4242", clock=clock)
        amina_here = roster.add_local_user(station, admin, "Amina Njeri", "worker", "1234", clock=clock).id
        amina_now = login.login(station, "Amina Njeri", "1234", clock=clock)
        timesheet.clock_in(station, amina_now, clock=clock)
        clock.advance(minutes=10)
        timesheet.clock_out(station, amina_now, clock=clock)
        rows = station.read().execute("SELECT seq, item_id FROM outbox ORDER BY seq").fetchall()
        bodies = events.outbox_bodies(station, [i for _, i in rows])
    finally:
        station.close()
    # A hub of the previous version (schema 2) that received these events.
    monkeypatch.setattr("labhub.store.MIGRATIONS", MIGRATIONS[:2])
    monkeypatch.setattr("labhub.store.SCHEMA_VERSION", 2)
    old = HubStore.open(folder / "data")
    try:
        hub_clock = FollowingClock(lambda: clock.true)  # the old hub lived in the same fake world
        enrolment = enroll(old, hub_clock, make_enrol_code(old, hub_clock, "Gulu"), "OLD-PC")
        device = authenticate(old, f"Bearer {enrolment.token}")
        _, answers, _ = push_items(old, hub_clock, device, CLOCK | {"boot_id": clock.boot, "mono_ns": clock.mono},
                                   [Incoming(seq, i, "event", bodies[i]) for seq, i in rows], DAY_S)
    finally:
        old.close()
    monkeypatch.undo()
    assert [a["status"] for a in answers] == ["applied", "applied"]

    hub = start_hub(folder)
    hub.follow(clock.true)
    try:
        amina = add_user(hub, "Gulu", "Amina Njeri")
        mapped = hub.post("/v1/push", {"clock": CLOCK, "items": [], "people": {amina_here: amina}},
                          headers={"Authorization": f"Bearer {enrolment.token}"})
        proc = labhub(hub, "timesheets", "--lab", "Gulu", "--from", "2026-11-18", "--to", "2026-11-30", "--tz",
                      "UTC", "--json")
    finally:
        assert stop_hub(hub) == 0

    assert mapped.status_code == 200 and mapped.json()["people"] == {"recorded": 1, "ignored": 0}
    (worker,) = json.loads(proc.stdout)["labs"][0]["workers"]
    assert (worker["name"], worker["user_id"], worker["worker_ids"], worker["clocked_ms"]) == (
        "Amina Njeri", amina, [amina_here], 10 * MIN)
    with sqlite3.connect(folder / "data" / "labhub.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("SELECT count(*) FROM device_people").fetchone()[0] == 1


def test_the_hello_and_enrolment_say_the_hub_takes_people_maps(hub: Hub, lab: str) -> None:
    hello = hub.get("/v1/hello").json()
    enrolled = hub.post("/v1/enroll", {"code": hub.code(lab), "device_name": "PC"}).json()

    assert hello["features"] == enrolled["features"] == ["people", "signed_events", "batch_documents", "reviews",
                                                         "qualifications", "media_budget"]
