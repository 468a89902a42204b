"""The supervisor's flags for a range of days: every flag that arose on those days, whichever way it
arose (in a shift or while nobody was clocked in), each on the day of the event that raised it,
placed like the hours (the hub's time, else the computer's running time); none from other days."""

from __future__ import annotations

import datetime as dt

from labclient.people import hours, login, shifts, timesheet
from labclient.people.clock import format_wall
from labclient.people.events import GENESIS, Event
from labclient.people.hours import Flag
from labclient.people.roles import Session
from tests.helpers.clock import LAB_TZ, START
from tests.helpers.people_lab import NAMES, PIN, Lab

DAY = dt.date(2026, 11, 24)                       # Tuesday
SUNDAY = dt.date(2026, 11, 29)
WEEK = timesheet.week_of(DAY)                     # Monday 23 to Sunday 29 November
NEXT_WEEK = timesheet.week_of(DAY + dt.timedelta(days=7))


def flags(lab: Lab, week: tuple[dt.date, dt.date]) -> list[Flag]:
    return timesheet.flags(lab.store, lab.supervisor, *week, tz=LAB_TZ, clock=lab.clock)


def kinds(found: list[Flag]) -> list[str]:
    return [f.kind for f in found]


def days_later(lab: Lab, days: int, hour: int) -> None:
    """Let the lab sit idle until ``days`` after the start, at ``hour`` in the lab, and log the
    worker and the supervisor in again (their sessions locked meanwhile)."""
    target = dt.datetime.combine(DAY + dt.timedelta(days=days), dt.time(hour), LAB_TZ)
    lab.clock.advance(seconds=(target - lab.clock.now).total_seconds())
    for key in ("worker", "supervisor"):
        lab.sessions[key] = login.login(lab.store, NAMES[key], PIN[key], clock=lab.clock)


def shift(lab: Lab, session: Session, hours_long: float) -> None:
    timesheet.clock_in(lab.store, session, clock=lab.clock)
    lab.pass_time(hours=hours_long)
    timesheet.clock_out(lab.store, session, clock=lab.clock)


def test_a_clock_jump_while_nobody_is_clocked_in_is_flagged_in_the_week_it_happened(lab: Lab) -> None:
    days_later(lab, 5, 20)                        # Sunday evening
    shift(lab, lab.worker, 1)
    lab.clock.jump_wall(days=3)                   # the clock now says Wednesday of next week
    lab.pass_time(minutes=10)
    shift(lab, lab.worker, 1)                     # the clock-in reveals the jump

    this_week, next_week = flags(lab, WEEK), flags(lab, NEXT_WEEK)

    [jump] = [f for f in this_week if f.kind == "clock_jump"]
    assert jump.message.startswith("This computer's clock was moved forward by 3 d 0 h 0 min")
    assert (jump.worker_id, jump.day) == (None, SUNDAY), "placed by the running time, not the moved clock"
    assert "clock_jump" not in kinds(next_week)
    worked = timesheet.hours(lab.store, lab.supervisor, SUNDAY, SUNDAY, lab.ids["worker"], tz=LAB_TZ,
                             clock=lab.clock)
    assert worked.clocked_ms == 2 * 3_600_000, "the jump changes no hours"


def test_a_clock_jump_is_placed_by_the_hubs_time_when_the_clock_was_wrong_from_the_start(lab: Lab) -> None:
    lab.clock.jump_wall(days=-40)                 # a flat clock battery: wrong from boot
    shift(lab, lab.worker, 1)
    with lab.store.transaction() as c:            # the sync kept an anchor when it reached the hub
        c.execute("INSERT INTO clock_anchors (hub_time, mono_ns, boot_id, wall) VALUES (?, ?, ?, ?)",
                  (format_wall(START + dt.timedelta(hours=1)), lab.clock.mono, lab.clock.boot, lab.clock.wall()))
    lab.clock.jump_wall(days=40)                  # someone sets the clock right
    lab.pass_time(minutes=10)
    shift(lab, lab.worker, 1)

    [jump] = [f for f in flags(lab, WEEK) if f.kind == "clock_jump"]
    assert jump.day == DAY
    assert jump.message.startswith("This computer's clock was moved forward by 40 d 0 h 0 min")
    assert flags(lab, timesheet.week_of(DAY - dt.timedelta(days=40))) == []


def test_a_clock_in_outside_the_planned_shifts_is_flagged_in_its_week(lab: Lab) -> None:
    def at(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(DAY, dt.time(hour, minute), LAB_TZ)

    shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker"], at(10), at(14), "LAB-PC-07", clock=lab.clock)
    shifts.plan_shift(lab.store, lab.supervisor, lab.ids["worker2"], at(8), at(16), "LAB-PC-08", clock=lab.clock)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)      # 08:00, two hours early
    timesheet.clock_in(lab.store, lab.worker2, seat="LAB-PC-08", clock=lab.clock)  # on time
    timesheet.clock_in(lab.store, lab.admin, seat="LAB-PC-09", clock=lab.clock)    # nothing planned for them today
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(minutes=50)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)      # 09:50: ten minutes early is fine
    lab.pass_time(hours=1)
    for s in (lab.worker, lab.worker2, lab.admin):
        timesheet.clock_out(lab.store, s, clock=lab.clock)

    [early] = flags(lab, WEEK)

    assert (early.kind, early.worker_id, early.day) == ("outside_shift", lab.ids["worker"], DAY)
    assert early.message == ("Amina Njeri clocked in at 2026-11-24 08:00, outside the shifts planned for them that "
                             "day (10:00–14:00).")
    assert early in timesheet.flags(lab.store, lab.supervisor, tz=LAB_TZ, clock=lab.clock), "and in all flags"
    assert flags(lab, NEXT_WEEK) == []


def test_flags_of_the_week_before_are_not_in_this_weeks(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2)
    lab.clock.reboot()                            # Tuesday: the shift ends with a restart
    days_later(lab, 7, 8)                         # Tuesday of the next week
    shift(lab, lab.worker, 1)

    assert kinds(flags(lab, WEEK)) == ["restart"]
    assert flags(lab, NEXT_WEEK) == []


def test_a_flag_after_midnight_is_on_the_day_it_happened_not_the_day_the_shift_began(lab: Lab) -> None:
    days_later(lab, 5, 23)                        # Sunday 23:00
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=1, minutes=30)            # Monday 00:30 of the next week
    lab.clock.jump_wall(hours=-5)
    lab.pass_time(minutes=1)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)

    assert "clock_jump" not in kinds(flags(lab, WEEK))
    [jump] = flags(lab, NEXT_WEEK)
    assert (jump.kind, jump.day) == ("clock_jump", SUNDAY + dt.timedelta(days=1))
    period_week = timesheet.hours(lab.store, lab.supervisor, *WEEK, lab.ids["worker"], tz=LAB_TZ, clock=lab.clock)
    assert [p.day for p in period_week.periods] == [SUNDAY], "the shift itself stays on the day it began"


def test_an_event_outside_any_work_period_is_flagged_on_its_own_day() -> None:
    """As the hub may receive it: activity with no clock-in before it (the workstation refuses
    that itself), after the wall clock was moved."""
    def event(n: int, kind: str, at: dt.datetime, mono_s: int, payload: dict[str, object]) -> Event:
        return Event(f"e-{n}", n, n, kind, "w-1", "Amina Njeri", format_wall(at), mono_s * 10**9, "boot-1",
                     payload, GENESIS, "")

    sunday_night = dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC)  # 23:00 in the lab
    sheet = hours.compute([
        event(1, "clock_in", sunday_night, 100, {"seat": "LAB-PC-07"}),
        event(2, "clock_out", sunday_night + dt.timedelta(minutes=30), 100 + 1800, {}),
        event(3, "activity", sunday_night - dt.timedelta(days=2), 100 + 7200, {"active_ms": 60_000, "task": None}),
    ], tz=LAB_TZ)

    [loose] = [f for f in sheet.flags if f.kind == "outside_shift"]
    assert (loose.n, loose.day) == (3, SUNDAY + dt.timedelta(days=1)), "placed by the running time"
    assert [p.day for p in sheet.periods] == [SUNDAY]
