"""The timesheet chain: any edit or deletion of a stored event is found, and named.

Edits are made the way someone with a SQLite tool would make them: around LabClient, after
dropping the triggers that refuse them on the ordinary path.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from labclient.people import events, timesheet
from labclient.people.events import Event, check_chain, event_hash, verify_chain
from labclient.people.hours import compute
from tests.helpers.clock import LAB_TZ
from tests.helpers.people_lab import Lab

DAY = dt.date(2026, 11, 24)
COLUMNS = ("id", "n", "seq", "type", "worker_id", "worker_name", "wall", "mono_ns", "boot_id", "payload",
           "prev_hash", "hash")


@pytest.fixture
def shift(lab: Lab) -> Lab:
    """Two workers' shifts: eight events in the chain."""
    for s in (lab.worker, lab.worker2):
        timesheet.clock_in(lab.store, s, seat=s.name, clock=lab.clock)  # each at a seat of their own
    for minutes in (10, 20):
        lab.pass_time(minutes=minutes)
        timesheet.record_activity(lab.store, lab.worker, minutes * 60_000, task=minutes, clock=lab.clock)
    timesheet.start_break(lab.store, lab.worker2, clock=lab.clock)
    lab.pass_time(minutes=15)
    timesheet.end_break(lab.store, lab.worker2, clock=lab.clock)
    for s in (lab.worker, lab.worker2):
        timesheet.clock_out(lab.store, s, clock=lab.clock)
    assert verify_chain(lab.store).checked == 8
    return lab


def open_up(lab: Lab) -> sqlite3.Connection:
    conn = lab.store.read()
    conn.execute("DROP TRIGGER IF EXISTS time_events_never_edited")
    conn.execute("DROP TRIGGER IF EXISTS time_events_never_deleted")
    return conn


def test_a_whole_chain_checks_out(shift: Lab) -> None:
    report = verify_chain(shift.store)

    assert report.ok and report.problems == ()
    assert report.summary == "The timesheet record is whole (8 events)."


def test_the_database_refuses_edits_and_deletions_on_the_ordinary_path(shift: Lab) -> None:
    conn = shift.store.read()
    with pytest.raises(sqlite3.IntegrityError, match="timesheet events are never edited"):
        conn.execute("UPDATE time_events SET mono_ns = mono_ns + 1 WHERE n = 2")
    with pytest.raises(sqlite3.IntegrityError, match="timesheet events are never deleted"):
        conn.execute("DELETE FROM time_events WHERE n = 8")
    conn.execute("UPDATE time_events SET hub_status = 'applied' WHERE n = 1")  # what the sync records
    assert verify_chain(shift.store).ok


@pytest.mark.parametrize("column, value", [
    ("mono_ns", "mono_ns - 3600000000000"),
    ("wall", "'2026-11-24T05:00:00.000000Z'"),
    ("payload", "'{\"active_ms\":36000000,\"task\":10}'"),
    ("worker_id", "'someone-else'"),
    ("type", "'break_end'"),
    ("boot_id", "'boot-0'"),
])
def test_editing_a_field_names_the_event_that_was_changed(shift: Lab, column: str, value: str) -> None:
    open_up(shift).execute(f"UPDATE time_events SET {column} = {value} WHERE n = 3")

    report = verify_chain(shift.store)

    assert [(p.kind, p.n) for p in report.problems] == [("changed", 3)]
    assert report.problems[0].message.startswith("Event 3 (")
    assert report.problems[0].message.endswith(") was changed after it was stored.")


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(shift: Lab) -> None:
    conn = open_up(shift)
    row = shift.store.query("SELECT * FROM time_events WHERE n = 3")[0]
    forged = Event(row["id"], 3, row["seq"], row["type"], row["worker_id"], row["worker_name"], row["wall"],
                   row["mono_ns"], row["boot_id"], {"active_ms": 20 * 3_600_000, "task": 10}, row["prev_hash"], "")
    digest = event_hash(forged.id, forged.seq, forged.body())
    conn.execute("UPDATE time_events SET payload = ?, hash = ? WHERE n = 3",
                 (events.canonical(forged.payload), digest))

    report = verify_chain(shift.store)

    assert [(p.kind, p.n) for p in report.problems] == [("link", 4)]
    assert "does not follow event 3: an event before it was changed or replaced" in report.problems[0].message


def test_a_deleted_event_is_missing_by_number_and_from_the_outbox(shift: Lab) -> None:
    open_up(shift).execute("DELETE FROM time_events WHERE n = 4")

    report = verify_chain(shift.store)

    assert [(p.kind, p.n) for p in report.problems] == [("missing", 4), ("queued", None)]
    assert report.problems[0].message == "Event 4 is missing: deleted from the record."
    assert "is missing from the timesheet: it was deleted" in report.problems[1].message


def test_deleting_the_last_events_is_found_by_the_head(shift: Lab) -> None:
    conn = open_up(shift)
    conn.execute("DELETE FROM time_events WHERE n >= 7")
    conn.execute("DELETE FROM outbox WHERE item_id NOT IN (SELECT id FROM time_events)")

    report = verify_chain(shift.store)

    assert [(p.kind, p.message) for p in report.problems] == [
        ("head", "The last events 7–8 are missing: deleted from the record.")]


def test_an_event_appended_after_a_deletion_does_not_hide_it(shift: Lab) -> None:
    conn = open_up(shift)
    conn.execute("DELETE FROM time_events WHERE n = 8")
    conn.execute("DELETE FROM outbox WHERE item_id NOT IN (SELECT id FROM time_events)")
    timesheet.clock_in(shift.store, shift.worker, clock=shift.clock)

    report = verify_chain(shift.store)

    assert [(p.kind, p.n) for p in report.problems] == [("missing", 8)]


def test_swapping_two_events_is_found(shift: Lab) -> None:
    conn = open_up(shift)
    conn.execute("UPDATE time_events SET n = -n WHERE n IN (5, 6)")
    conn.execute("UPDATE time_events SET n = CASE n WHEN -5 THEN 6 ELSE 5 END WHERE n IN (-5, -6)")

    report = verify_chain(shift.store)

    assert {(p.kind, p.n) for p in report.problems} == {("changed", 5), ("changed", 6), ("link", 7)}


# Hypothesis: any single-byte edit of any stored field of any event is found.


def edit(value: Any, position: int, byte: str) -> Any:
    text = str(value)
    i = position % len(text)
    assume(text[i] != byte)
    new = text[:i] + byte + text[i + 1:]
    if isinstance(value, int):
        return int(new) if new.isdigit() else new
    return new


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(1, 8), column=st.sampled_from(COLUMNS), position=st.integers(0, 500),
       byte=st.characters(min_codepoint=0x20, max_codepoint=0x7E))
def test_any_single_byte_edit_of_a_stored_event_is_found(shift: Lab, n: int, column: str, position: int,
                                                         byte: str) -> None:
    conn = open_up(shift)
    event_id, old = conn.execute(f"SELECT id, {column} FROM time_events WHERE n = ?", (n,)).fetchone()
    assume(old is not None)
    new = edit(old, position, byte)
    assume(new != old)
    conn.execute("SAVEPOINT tamper")
    try:
        try:
            conn.execute(f"UPDATE time_events SET {column} = ? WHERE n = ?", (new, n))
        except sqlite3.IntegrityError:
            assume(False)  # n or seq made equal to another event's: SQLite refuses that edit itself
        report = verify_chain(shift.store)
    finally:
        conn.execute("ROLLBACK TO tamper")
        conn.execute("RELEASE tamper")

    assert not report.ok, f"editing {column} of event {n} to {new!r} went unnoticed"
    assert any(p.n == n or p.event_id == event_id for p in report.problems), report.problems


# What the hub does with the same code.


def wire_run(lab: Lab) -> list[dict[str, Any]]:
    rows = lab.store.read().execute("SELECT seq, item_id FROM outbox WHERE item_type = 'event' ORDER BY seq")
    pairs = rows.fetchall()
    bodies = events.outbox_bodies(lab.store, [i for _, i in pairs])
    return [{"id": i, "seq": seq, **bodies[i]} for seq, i in pairs]


def test_the_hub_checks_a_run_that_continues_what_it_holds(shift: Lab) -> None:
    run = wire_run(shift)
    first, second = run[:5], run[5:]

    assert check_chain(first) == []
    assert check_chain(second, prev_hash=first[-1]["hash"], first_n=6) == []
    assert check_chain(second, prev_hash="f" * 64, first_n=6)[0].kind == "link"
    second[1]["payload"] = {"still_working": True}
    assert [p.kind for p in check_chain(second, prev_hash=first[-1]["hash"], first_n=6)] == ["changed"]


def test_the_hub_recomputes_the_same_hours_from_the_wire(shift: Lab) -> None:
    local = timesheet.team_hours(shift.store, shift.supervisor, DAY, DAY, tz=LAB_TZ, clock=shift.clock)
    received = [Event(r["id"], r["n"], r["seq"], r["type"], r["worker"]["id"] if r["worker"] else None,
                      r["worker"]["name"] if r["worker"] else None, r["wall"], r["mono_ns"], r["boot_id"],
                      r["payload"], r["prev_hash"], r["hash"]) for r in wire_run(shift)]

    sheet = compute(received, tz=LAB_TZ)

    for h in local:
        totals = sheet.totals(h.worker_id, DAY, DAY)
        assert (totals.clocked_ms, totals.active_ms) == (h.clocked_ms, h.active_ms)
    assert {h.name: h.clocked_ms for h in local if h.clocked_ms} == {"Amina Njeri": 45 * 60_000,
                                                                     "Sokha Chan": 30 * 60_000}


def test_the_hash_rule_has_a_fixed_test_vector_for_other_implementations() -> None:
    body = {"n": 1, "type": "clock_in", "worker": {"id": "w-1", "name": "Amina Njeri"},
            "wall": "2026-11-24T06:01:00.000000Z", "mono_ns": 3_660_000_000_000, "boot_id": "boot-1",
            "prev_hash": events.GENESIS, "payload": {"seat": "LAB-PC-07"}}

    digest = event_hash("00000000-0000-4000-8000-000000000001", 41, body)

    assert digest == "2053478abe4bef9ca19b3c204c7b801fc6608b33ef5caa6768ac80c7e5ebd50b"  # as in docs/people.md
    assert event_hash("00000000-0000-4000-8000-000000000001", 41, {**body, "hash": "ignored"}) == digest
