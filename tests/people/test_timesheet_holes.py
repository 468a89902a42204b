"""Holes in the timesheet a day in a lab finds: a seat that counts two people after LabClient was
killed, a correction that leaves more active time than clocked time, and results stored by
someone who is not clocked in. Each is counted once and flagged, at the workstation (here) and at
the hub (tests/hub/test_people_holes.py), with the same rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from labclient.people import login, payroll, timesheet
from labclient.people.roles import Session
from tests.factory import make_bundle
from tests.helpers.clock import LAB_TZ
from tests.helpers.people_lab import NAMES, PIN, Lab

DAY = dt.date(2026, 11, 24)
MIN = 60_000
SEAT = "LAB-PC-07"


def hours_of(lab: Lab, worker_id: str) -> timesheet.Hours:
    return timesheet.hours(lab.store, lab.supervisor, DAY, DAY, worker_id, tz=LAB_TZ, clock=lab.clock)


def work(lab: Lab, session: Session, minutes: int) -> None:
    """``session``'s worker works for ``minutes``, the UI reporting activity every 10 minutes."""
    for _ in range(minutes // 10):
        lab.pass_time(minutes=10)
        timesheet.record_activity(lab.store, session, 10 * MIN, clock=lab.clock)


def test_a_seat_counts_one_person_at_a_time_after_labclient_was_killed(lab: Lab) -> None:
    amina = lab.worker
    timesheet.clock_in(lab.store, amina, seat=SEAT, clock=lab.clock)        # 08:00
    work(lab, amina, 30)                                                     # last seen 08:30
    lab.pass_time(minutes=5)
    # 08:35 LabClient is killed (nothing more is recorded for Amina), started again; Sokha logs in.
    lab.pass_time(minutes=5)
    sokha = login.login(lab.store, NAMES["worker2"], PIN["worker2"], clock=lab.clock)
    lab.sessions["worker2"] = sokha
    timesheet.clock_in(lab.store, sokha, seat=SEAT, clock=lab.clock)        # 08:40
    work(lab, sokha, 60)
    timesheet.clock_out(lab.store, sokha, clock=lab.clock)                  # 09:40
    lab.pass_time(minutes=20)
    amina = login.login(lab.store, NAMES["worker"], PIN["worker"], clock=lab.clock)
    lab.sessions["worker"] = amina
    assert timesheet.status(lab.store, amina, clock=lab.clock).clocked_in, "her shift was never ended"
    timesheet.clock_out(lab.store, amina, clock=lab.clock)                  # 10:00

    hers, theirs = hours_of(lab, lab.ids["worker"]), hours_of(lab, lab.ids["worker2"])
    everyone = timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert (hers.clocked_ms, hers.active_ms) == (30 * MIN, 30 * MIN), "up to the last moment she was seen"
    assert (theirs.clocked_ms, theirs.active_ms) == (60 * MIN, 60 * MIN)
    (flag,) = [f for f in hers.flags if f.kind == "seat_taken"]
    assert flag.worker_id == lab.ids["worker"] and flag.day == DAY
    assert flag.message == (
        "Sokha Chan clocked in at this workstation at 2026-11-24 08:40 while Amina Njeri was still clocked in "
        "here (since 2026-11-24 08:00; LabClient was probably closed without clocking out). One seat counts one "
        "person at a time: Amina Njeri's time is not counted from the last thing recorded for them here "
        "(2026-11-24 08:30) until they are seen working again.")
    assert [f for f in everyone if f.kind == "seat_taken"] == [flag]
    assert not [f for f in theirs.flags if f.kind == "seat_taken"]


def test_she_counts_again_when_she_is_back_and_the_other_is_paused(lab: Lab) -> None:
    amina, sokha = lab.worker, lab.worker2
    timesheet.clock_in(lab.store, amina, seat=SEAT, clock=lab.clock)        # 08:00
    work(lab, amina, 20)                                                     # killed after 08:20
    timesheet.clock_in(lab.store, sokha, seat=SEAT, clock=lab.clock)        # 08:20: Amina stops counting
    work(lab, sokha, 20)                                                     # killed after 08:40
    lab.pass_time(minutes=10)
    timesheet.record_activity(lab.store, amina, 500, clock=lab.clock)       # 08:50: back; Sokha stops
    work(lab, amina, 20)
    timesheet.clock_out(lab.store, amina, clock=lab.clock)                  # 09:10

    hers, theirs = hours_of(lab, lab.ids["worker"]), hours_of(lab, lab.ids["worker2"])

    # Amina: 08:00-08:20, then from 08:50 (the report that showed her back) to 09:10.
    assert (hers.clocked_ms, hers.active_ms) == (40 * MIN, 40 * MIN)
    assert theirs.clocked_ms == 20 * MIN, "08:20-08:40, then not while Amina works at the seat"
    assert [f.kind for f in theirs.flags].count("seat_taken") == 1
    assert [f.kind for f in hers.flags].count("seat_taken") == 1


def test_switching_seats_the_usual_way_is_not_flagged(lab: Lab) -> None:
    amina, sokha = lab.worker, lab.worker2
    timesheet.clock_in(lab.store, amina, seat=SEAT, clock=lab.clock)
    work(lab, amina, 20)
    login.lock(lab.store, amina, clock=lab.clock)                           # she steps away: paused
    timesheet.clock_in(lab.store, sokha, seat=SEAT, clock=lab.clock)
    work(lab, sokha, 30)
    login.lock(lab.store, sokha, clock=lab.clock)
    amina = login.login(lab.store, amina.name, PIN["worker"], clock=lab.clock)  # back at the lock screen
    work(lab, amina, 20)  # her time counts again from her first activity report, 10 minutes in
    timesheet.clock_out(lab.store, amina, clock=lab.clock)

    hers, theirs = hours_of(lab, lab.ids["worker"]), hours_of(lab, lab.ids["worker2"])

    assert (hers.clocked_ms, theirs.clocked_ms) == (30 * MIN, 30 * MIN)
    assert not [f for f in (*hers.flags, *theirs.flags) if f.kind == "seat_taken"]


def test_a_correction_never_leaves_more_active_than_clocked_time_to_approve_and_pay(lab: Lab) -> None:
    amina = lab.worker
    timesheet.clock_in(lab.store, amina, clock=lab.clock)
    lab.pass_time(minutes=8)
    timesheet.record_activity(lab.store, amina, 8 * MIN, clock=lab.clock)
    timesheet.clock_out(lab.store, amina, clock=lab.clock)
    timesheet.correct(lab.store, lab.supervisor, lab.ids["worker"], DAY, clocked_ms=-4 * MIN,
                      reason="Stayed clocked in while chatting", clock=lab.clock)

    hers = hours_of(lab, lab.ids["worker"])
    approved = timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    csv = payroll.export_csv(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert (hers.clocked_ms, hers.active_ms) == (4 * MIN, 4 * MIN)
    (flag,) = [f for f in hers.flags if f.kind == "active_over_clocked"]
    assert flag.day == DAY and flag.worker_id == lab.ids["worker"]
    assert flag.message == ("Amina Njeri's 2026-11-24 has 0:08 active against 0:04 on the clock (after "
                            "corrections); only 0:04 of active time counts.")
    assert (approved.approval is not None and approved.approval.active_ms == 4 * MIN
            and not approved.changed_since_approval)
    (row,) = csv.splitlines()[1:]
    cells = row.split(",")
    assert (cells[4], cells[5], cells[-1]) == ("0.07", "0.07", "1"), "paid as capped, and flagged"
    assert [f.kind for f in timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ,
                                            clock=lab.clock)] == ["active_over_clocked"]


def test_results_while_not_clocked_in_are_counted_per_day_and_flagged(lab: Lab, tmp_path: Path) -> None:
    amina = lab.worker
    lab.ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 5))

    def submit() -> None:
        task = lab.ws.next_task(amina)
        assert task is not None
        lab.ws.submit(amina, task.key, {"labels": ["cat"]})
        lab.pass_time(minutes=1)

    submit()                                                   # before clocking in
    submit()
    timesheet.clock_in(lab.store, amina, clock=lab.clock)
    submit()                                                   # clocked in
    lab.pass_time(minutes=10)
    timesheet.clock_out(lab.store, amina, clock=lab.clock)
    lab.pass_time(minutes=1)
    submit()                                                   # after clocking out

    hers = hours_of(lab, lab.ids["worker"])
    (row,) = [h for h in timesheet.team_hours(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)
              if h.worker_id == lab.ids["worker"]]
    everyone = timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert (hers.results, hers.results_not_clocked_in) == (4, 3)
    assert row.results_not_clocked_in == 3
    (flag,) = [f for f in hers.flags if f.kind == "results_not_clocked_in"]
    assert flag.day == DAY and flag.worker_id == lab.ids["worker"]
    assert flag.message == ("Amina Njeri stored 3 results on 2026-11-24 while not clocked in: that work is not "
                            "on the clock.")
    assert [f.kind for f in everyone] == ["results_not_clocked_in"]
    assert hours_of(lab, lab.ids["worker2"]).results_not_clocked_in == 0
