"""Payroll events written into the database by hand: a correction or an approval that names as its
author someone who may not have made it.

LabClient's own screens never make one (``timesheet.correct`` and ``approve`` check the session's
role in the database first), but whoever can write the database file can append an event at the
end of the chain, hash it by the public rule and queue it for the hub: the chain then looks
whole. The workstation checks what it can (the ``by`` must be a supervisor or admin of this
workstation, not the worker themself), counts such an event for nothing and flags it. The hub's
check, against its users over time, is in tests/hub/test_forged_events.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from labclient.people import events, payroll, timesheet
from tests.helpers.clock import START
from tests.helpers.forgery import approval, correction, forge
from tests.helpers.people_lab import Lab

DAY = START.date()
MIN = 60_000
H = 60 * MIN


def one_hour(lab: Lab) -> None:
    """The worker clocks in for an hour."""
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)


def test_a_correction_written_into_the_database_by_hand_does_not_count_and_is_flagged(lab: Lab) -> None:
    one_hour(lab)
    timesheet.correct(lab.store, lab.supervisor, lab.ids["worker"], DAY, clocked_ms=15 * MIN,
                      reason="Clocked in late: the PC was slow", clock=lab.clock)
    db = Path(lab.store.path)
    amina = (lab.ids["worker"], lab.names["worker"])
    lab.clock.advance(minutes=5)
    made_up = forge(db, lab.clock, "correction", amina,
                    correction(DAY, 8 * H, ("u-0123456789abcdef0123456789abcdef", lab.names["supervisor"])))
    lab.clock.advance(minutes=1)
    by_worker = forge(db, lab.clock, "correction", amina,
                      correction(DAY, 8 * H, (lab.ids["worker2"], lab.names["worker2"])))
    lab.clock.advance(minutes=1)
    own = forge(db, lab.clock, "correction", (lab.ids["supervisor"], lab.names["supervisor"]),
                correction(DAY, 8 * H, (lab.ids["supervisor"], lab.names["supervisor"])))

    assert events.verify_chain(lab.store).ok, "the chain looks whole: its hash has no secret"
    hours = timesheet.hours(lab.store, lab.supervisor, DAY, DAY, lab.ids["worker"], tz=dt.UTC, clock=lab.clock)
    boss = timesheet.hours(lab.store, lab.admin, DAY, DAY, lab.ids["supervisor"], tz=dt.UTC, clock=lab.clock)
    raised = timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=dt.UTC, clock=lab.clock)

    assert hours.clocked_ms == 1 * H + 15 * MIN, "only the supervisor's own correction counts"
    assert [c.by_name for c in hours.corrections] == [lab.names["supervisor"]]
    assert boss.clocked_ms == 0
    author = [f for f in raised if f.kind == "author"]
    assert [f.event_id for f in author] == [made_up, by_worker, own]
    assert all(f.day == DAY for f in author)
    assert author[0].message == (
        f"The correction of Amina Njeri's {DAY} (+8:00 on the clock, +0:00 active; reason: 'Stayed late') signed by "
        "Joseph Okello (id u-0123456789abcdef0123456789abcdef) does not count: there is no user with the id "
        "'u-0123456789abcdef0123456789abcdef' on this workstation. It was not made by LabClient's own screens; "
        "someone may have written it into the database by hand.")
    assert "Sokha Chan is a worker here, and only a supervisor or an admin may sign it" in author[1].message
    assert "Joseph Okello signed it for their own timesheet" in author[2].message
    assert {f.event_id for f in hours.flags} == {made_up, by_worker}, "the worker's hours carry their flags"


def test_an_approval_written_by_hand_is_no_approval_and_payroll_does_not_pay_it(lab: Lab) -> None:
    one_hour(lab)
    db = Path(lab.store.path)
    lab.clock.advance(minutes=5)
    forged = forge(db, lab.clock, "approval", (lab.ids["worker"], lab.names["worker"]),
                   approval(DAY, 1 * H, (lab.ids["worker2"], lab.names["worker2"])))

    hours = timesheet.hours(lab.store, lab.supervisor, DAY, DAY, lab.ids["worker"], tz=dt.UTC, clock=lab.clock)
    rows = payroll.payroll(lab.store, lab.supervisor, DAY, DAY, tz=dt.UTC, clock=lab.clock)
    raised = timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=dt.UTC, clock=lab.clock)

    assert hours.approval is None and hours.clocked_ms == 1 * H
    assert rows == [], "only approved hours are paid, and this is no approval"
    (flag,) = [f for f in raised if f.kind == "author"]
    assert flag.event_id == forged and flag.day == DAY
    assert flag.message.startswith(f"The approval of Amina Njeri's hours from {DAY} to {DAY} signed by Sokha Chan")

    # A real approval by the supervisor still counts, and is what payroll pays.
    timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=dt.UTC, clock=lab.clock)
    (row,) = payroll.payroll(lab.store, lab.supervisor, DAY, DAY, tz=dt.UTC, clock=lab.clock)
    assert row.approved_by == lab.names["supervisor"]
    stored = lab.store.read().execute("SELECT payload FROM time_events WHERE type = 'approval' ORDER BY n DESC"
                                      " LIMIT 1").fetchone()[0]
    assert json.loads(stored)["flags"] == 1, "the approval counted the forged approval's flag among the day's"
