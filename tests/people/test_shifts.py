"""Planned shifts and who is on shift now."""

from __future__ import annotations

import datetime as dt

import pytest

from labclient.errors import ShiftConflictError
from labclient.people import login, shifts, timesheet
from tests.helpers.clock import LAB_TZ, START
from tests.helpers.people_lab import Lab

DAY = dt.date(2026, 11, 24)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 24, hour, minute, tzinfo=LAB_TZ)


def test_a_supervisor_plans_a_shift_and_the_worker_sees_it(lab: Lab) -> None:
    planned = shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(8), at(16), "LAB-PC-07",
                                clock=lab.clock)

    assert (planned.worker_name, planned.seat, planned.planned_by) == ("Amina Njeri", "LAB-PC-07", "Joseph Okello")
    assert planned.starts_at == START
    assert shifts.shifts_of(lab.store, lab.worker, DAY, DAY, tz=LAB_TZ, clock=lab.clock) == [planned]
    assert shifts.shifts_of(lab.store, lab.worker2, DAY, DAY, tz=LAB_TZ, clock=lab.clock) == []
    assert shifts.planned_shifts(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock) == [planned]


def test_overlapping_shifts_of_a_worker_or_a_seat_are_refused(lab: Lab) -> None:
    shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(8), at(16), "LAB-PC-07", clock=lab.clock)

    with pytest.raises(ShiftConflictError) as caught:
        shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(15), at(20), "LAB-PC-09", clock=lab.clock)
    assert caught.value.message.startswith("Amina Njeri already has a shift then (")
    assert caught.value.message.endswith("). Change the times or the seat.")
    with pytest.raises(ShiftConflictError, match="Seat LAB-PC-07 is taken then by Amina Njeri"):
        shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker2"], at(12), at(18), "LAB-PC-07", clock=lab.clock)
    later = shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker2"], at(16), at(22), "LAB-PC-07",
                              clock=lab.clock)
    assert later.seat == "LAB-PC-07", "back to back is not an overlap"


@pytest.mark.parametrize("start, end, message", [
    (at(16), at(8), "A shift ends after it starts"),
    (at(6), at(23), "at most 16 hours later"),
    (dt.datetime(2026, 11, 24, 8), dt.datetime(2026, 11, 24, 9), "needs its time zone"),
])
def test_impossible_shift_times_are_refused(lab: Lab, start: dt.datetime, end: dt.datetime, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], start, end, "LAB-PC-07", clock=lab.clock)


def test_who_is_on_shift_now(lab: Lab) -> None:
    shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(8), at(16), "LAB-PC-07", clock=lab.clock)
    shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker2"], at(7, 30), at(15), "LAB-PC-08",
                      clock=lab.clock)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    timesheet.clock_in(lab.store, lab.admin, clock=lab.clock)  # unplanned, but here
    lab.pass_time(minutes=5)
    timesheet.start_break(lab.store, lab.admin, clock=lab.clock)

    now = shifts.on_shift_now(lab.store, lab.supervisor, clock=lab.clock)

    assert [(o.name, o.planned is not None, o.clocked_in, o.on_break, o.late) for o in now] == [
        ("Amina Njeri", True, True, False, False),
        ("Grace Achieng", False, True, True, False),
        ("Sokha Chan", True, False, False, True),
    ]
    assert now[0].since == START


def test_a_cancelled_shift_is_gone_from_the_plan(lab: Lab) -> None:
    planned = shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(8), at(16), "LAB-PC-07",
                                clock=lab.clock)

    shifts.cancel_shift(lab.store, lab.supervisor, planned.id, clock=lab.clock)

    assert shifts.planned_shifts(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock) == []
    assert shifts.on_shift_now(lab.store, lab.supervisor, clock=lab.clock) == []


def test_a_worker_who_locked_her_screen_is_shown_away_and_her_time_paused_by_the_lock(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(minutes=5)
    login.lock(lab.store, lab.worker, clock=lab.clock)

    [amina] = [o for o in shifts.on_shift_now(lab.store, lab.supervisor, clock=lab.clock) if o.name == "Amina Njeri"]
    assert (amina.clocked_in, amina.away) == (True, True), "clocked in, but not at her seat"
    status = timesheet.status(lab.store, lab.supervisor, lab.ids["worker"], clock=lab.clock)
    assert (status.idle_prompted, status.paused_by_lock) == (True, True)
