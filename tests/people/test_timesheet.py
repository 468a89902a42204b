"""Clocking in and out, breaks, activity and idle time, and hours a moved clock or a reboot
cannot inflate; corrections and approval. Every duration is asserted as a worker or supervisor
would read it on screen."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest

from labclient.clock import boot_id
from labclient.errors import ChainBrokenError, SessionEndedError, TimesheetStateError
from labclient.people import events, login, roster, timesheet
from labclient.people.roles import Session
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import LAB_TZ, START, FakeClock
from tests.helpers.people_lab import PIN, Lab

DAY = dt.date(2026, 11, 24)
H = 3_600_000  # ms in an hour
MIN = 60_000


def hours_today(lab: Lab, session: Session, worker_id: str | None = None) -> timesheet.Hours:
    return timesheet.hours(lab.store, session, DAY, DAY, worker_id, tz=LAB_TZ, clock=lab.clock)


def work(lab: Lab, session: Session, minutes: int, task: int | None = None) -> None:
    """The worker works for ``minutes``, reporting activity every minute of it."""
    for _ in range(minutes // 10):
        lab.pass_time(minutes=10)
        timesheet.record_activity(lab.store, session, 10 * MIN, task=task, clock=lab.clock)


def test_a_shift_with_a_break_counts_the_time_on_the_clock(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, seat="LAB-PC-07", clock=lab.clock)
    lab.pass_time(hours=4)
    timesheet.start_break(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=30)
    timesheet.end_break(lab.store, s, clock=lab.clock)
    lab.pass_time(hours=3, minutes=30)
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    week = timesheet.hours(lab.store, s, *timesheet.week_of(DAY), tz=LAB_TZ, clock=lab.clock)
    assert today.clocked_ms == 7.5 * H
    assert week.clocked_ms == 7.5 * H
    [period] = today.periods
    assert (period.break_ms, period.ended_by, period.placed_by_hub) == (30 * MIN, "clock_out", False)
    assert period.start == START
    assert today.flags == ()
    assert timesheet.week_of(DAY) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


def test_a_shift_still_open_counts_up_to_now(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2, minutes=15)

    status = timesheet.status(lab.store, lab.worker, clock=lab.clock)
    assert (status.clocked_in, status.on_break, status.since, status.clocked_ms) == (True, False, START, 2.25 * H)
    assert hours_today(lab, lab.worker).clocked_ms == 2.25 * H


@pytest.mark.parametrize("action, message", [
    ("clock_out", "Amina Njeri is not clocked in. Clock in first."),
    ("start_break", "Amina Njeri is not clocked in. Clock in first."),
    ("record_activity", "Amina Njeri is not clocked in. Clock in first."),
])
def test_nothing_counts_before_clocking_in(lab: Lab, action: str, message: str) -> None:
    args = (5000,) if action == "record_activity" else ()

    with pytest.raises(TimesheetStateError) as caught:
        getattr(timesheet, action)(lab.store, lab.worker, *args, clock=lab.clock)

    assert caught.value.message == message
    assert lab.ws.outbox_size() == 0


def test_clocking_in_twice_or_working_on_a_break_is_refused(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    with pytest.raises(TimesheetStateError, match=r"Amina Njeri is already clocked in \(since \d\d:\d\d\)"):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    timesheet.start_break(lab.store, lab.worker, clock=lab.clock)
    with pytest.raises(TimesheetStateError, match=re.escape("Amina Njeri is on a break. End the break first.")):
        timesheet.record_activity(lab.store, lab.worker, 1000, clock=lab.clock)
    with pytest.raises(TimesheetStateError, match="on a break"):
        timesheet.start_break(lab.store, lab.worker, clock=lab.clock)
    timesheet.end_break(lab.store, lab.worker, clock=lab.clock)
    with pytest.raises(TimesheetStateError, match=re.escape("Amina Njeri is not on a break.")):
        timesheet.end_break(lab.store, lab.worker, clock=lab.clock)


def test_active_time_is_the_activity_reported_per_task(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=10)
    timesheet.record_activity(lab.store, s, 6 * MIN, task=11, clock=lab.clock)
    lab.pass_time(minutes=10)
    timesheet.record_activity(lab.store, s, 9 * MIN, task=12, clock=lab.clock)
    lab.pass_time(minutes=10)
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    assert (today.clocked_ms, today.active_ms) == (30 * MIN, 15 * MIN)
    assert today.periods[0].active_by_task == {"11": 6 * MIN, "12": 9 * MIN}


def test_activity_claimed_beyond_the_time_that_passed_is_capped_and_flagged(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=10)
    timesheet.record_activity(lab.store, s, 8 * H, clock=lab.clock)  # a UI bug or an edited report
    lab.pass_time(minutes=5)
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    assert (today.clocked_ms, today.active_ms) == (15 * MIN, 10 * MIN)
    [flag] = today.flags
    assert flag.kind == "activity_capped"
    assert flag.message == ("Amina Njeri reported 8 h 0 min of activity where only 10 min had passed (event 2); "
                            "only 10 min counts.")


def test_idle_time_after_an_unanswered_prompt_is_not_counted(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    work(lab, s, 60)
    lab.pass_time(minutes=5)                              # no input: the threshold
    timesheet.idle_prompt(lab.store, s, clock=lab.clock)  # "Are you still working?" ... nobody answers
    lab.pass_time(hours=2)
    assert timesheet.status(lab.store, s, clock=lab.clock).idle_prompted
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    assert today.clocked_ms == 65 * MIN, "the hour of work and the 5-minute threshold; not the 2 idle hours"
    assert today.active_ms == 60 * MIN
    assert today.periods[0].idle_ms == 2 * H


def test_a_locked_seat_stops_counting_so_the_next_worker_is_not_paid_twice(lab: Lab) -> None:
    amina, farah = lab.worker, lab.worker2
    timesheet.clock_in(lab.store, amina, clock=lab.clock)
    work(lab, amina, 60)
    login.lock(lab.store, amina, clock=lab.clock)          # Ctrl+L: Farah takes the seat
    timesheet.clock_in(lab.store, farah, clock=lab.clock)
    work(lab, farah, 120)
    amina = login.login(lab.store, amina.name, PIN["worker"], clock=lab.clock)  # back at the lock screen
    work(lab, amina, 40)  # her time counts again from her first activity report, 10 minutes in
    timesheet.clock_out(lab.store, amina, clock=lab.clock)

    today = hours_today(lab, amina)
    assert today.clocked_ms == 90 * MIN, "Amina's hour before the lock and half hour after; not Farah's two"
    assert today.active_ms == 90 * MIN


def test_a_yes_to_the_prompt_resumes_the_clock_and_a_no_keeps_it_paused(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=20)
    timesheet.idle_prompt(lab.store, s, clock=lab.clock)
    lab.pass_time(seconds=30)
    timesheet.answer_idle(lab.store, s, True, clock=lab.clock)     # reading a long document
    lab.pass_time(minutes=20)
    timesheet.idle_prompt(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=1)
    timesheet.answer_idle(lab.store, s, False, clock=lab.clock)    # "no": stepped away
    lab.pass_time(minutes=40)
    timesheet.record_activity(lab.store, s, 0, clock=lab.clock)    # no activity does not resume
    lab.pass_time(minutes=10)
    timesheet.record_activity(lab.store, s, 2 * MIN, clock=lab.clock)  # typing again: resumes
    lab.pass_time(minutes=10)
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    assert today.clocked_ms == 20 * MIN + 20 * MIN + 10 * MIN
    assert today.periods[0].idle_ms == 30 * 1000 + 51 * MIN


@pytest.mark.parametrize("days", [3, -3], ids=["forward-3-days", "back-3-days"])
def test_moving_the_clock_three_days_mid_shift_does_not_change_the_hours(lab: Lab, days: int) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    work(lab, s, 180, task=1)
    lab.clock.jump_wall(days=days)               # someone moves the system clock
    work(lab, s, 120, task=2)
    timesheet.start_break(lab.store, s, clock=lab.clock)
    lab.pass_time(minutes=30)
    timesheet.end_break(lab.store, s, clock=lab.clock)
    work(lab, s, 180, task=3)
    timesheet.clock_out(lab.store, s, clock=lab.clock)

    today = hours_today(lab, s)
    assert abs(today.clocked_ms - 8 * H) <= MIN, "a ±3-day jump changes the hours by at most a minute"
    assert today.clocked_ms == 8 * H and today.active_ms == 8 * H
    assert [p.day for p in today.periods] == [DAY], "the shift stays on its day"
    jumps = [f for f in today.flags if f.kind == "clock_jump"]
    assert len(jumps) == 1
    direction = "forward" if days > 0 else "back"
    assert jumps[0].message.startswith(f"This computer's clock was moved {direction} by 3 d 0 h 0 min")
    assert timesheet.today(lab.store, tz=LAB_TZ, clock=lab.clock) == DAY, "today is not where the clock says"
    assert [r[0] for r in lab.store.read().execute("SELECT type FROM time_events WHERE type = 'clock_jump'")] == [
        "clock_jump"], "the jump is recorded in the chain for the hub"
    assert events.verify_chain(lab.store).ok


def test_a_reboot_mid_shift_ends_the_shift_at_the_last_thing_recorded(lab: Lab) -> None:
    s = lab.worker
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    work(lab, s, 120)
    lab.pass_time(minutes=7)                 # working, not yet reported, when the power goes
    lab.clock.reboot(down=dt.timedelta(minutes=20))

    with pytest.raises(SessionEndedError, match="The computer restarted since this login"):
        timesheet.clock_out(lab.store, s, clock=lab.clock)
    again = login.login(lab.store, "Amina Njeri", "1234", clock=lab.clock)
    status = timesheet.status(lab.store, again, clock=lab.clock)
    assert (status.clocked_in, status.restarted) == (False, True)
    with pytest.raises(TimesheetStateError) as caught:
        timesheet.clock_out(lab.store, again, clock=lab.clock)
    assert "the computer restarted after the clock-in at" in caught.value.message
    assert "Clock in again; the supervisor can correct the time lost." in caught.value.message

    timesheet.clock_in(lab.store, again, clock=lab.clock)
    work(lab, again, 60)
    timesheet.clock_out(lab.store, again, clock=lab.clock)

    today = hours_today(lab, again)
    assert today.clocked_ms == 3 * H, "2 h before the reboot (to the last report) and 1 h after"
    assert [p.ended_by for p in today.periods] == ["restart", "clock_out"]
    [flag] = [f for f in today.flags if f.kind == "restart"]
    assert flag.message == ("The computer restarted during Amina Njeri's shift (clocked in 2026-11-24 08:00). The "
                            "shift ends at the last thing recorded before the restart (2026-11-24 10:00); time until "
                            "the next clock-in is not counted.")


def test_hours_are_placed_by_the_hubs_time_when_the_clock_was_wrong_from_the_start(lab: Lab) -> None:
    lab.clock.jump_wall(days=-40)  # a PC with a flat clock battery: wrong from boot
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)
    hub_now = START + dt.timedelta(hours=2)
    with lab.store.transaction() as c:  # the sync kept an anchor when it reached the hub
        c.execute("INSERT INTO clock_anchors (hub_time, mono_ns, boot_id, wall) VALUES (?, ?, ?, ?)",
                  (hub_now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), lab.clock.mono, lab.clock.boot, lab.clock.wall()))

    today = hours_today(lab, lab.worker)
    assert today.clocked_ms == 2 * H
    assert (today.periods[0].start, today.periods[0].placed_by_hub) == (START, True)
    assert timesheet.today(lab.store, tz=LAB_TZ, clock=lab.clock) == DAY


def test_a_correction_is_a_new_event_with_the_reason_and_the_supervisors_name(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)
    stored_before = lab.store.query("SELECT * FROM time_events ORDER BY n")

    with pytest.raises(ValueError, match=re.escape("A reason is required.")):
        timesheet.correct(lab.store, lab.supervisor, lab.ids["worker"], DAY, clocked_ms=H, reason="  ",
                          clock=lab.clock)
    event = timesheet.correct(lab.store, lab.supervisor, lab.ids["worker"], DAY, clocked_ms=H, active_ms=0,
                              reason="Power cut at 10:00; she kept working on paper", clock=lab.clock)

    assert lab.store.query("SELECT * FROM time_events ORDER BY n")[:len(stored_before)] == stored_before
    assert event.type == "correction" and event.worker_id == lab.ids["worker"]
    assert event.payload["by"] == {"id": lab.ids["supervisor"], "name": "Joseph Okello"}
    today = hours_today(lab, lab.supervisor, lab.ids["worker"])
    assert today.clocked_ms == 3 * H
    [correction] = today.corrections
    assert (correction.reason, correction.by_name) == ("Power cut at 10:00; she kept working on paper",
                                                       "Joseph Okello")


def test_approval_records_the_totals_and_notices_later_changes(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=6)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)

    approved = timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert approved.approval is not None
    assert (approved.approval.clocked_ms, approved.approval.by_name) == (6 * H, "Joseph Okello")
    assert not approved.changed_since_approval
    timesheet.correct(lab.store, lab.admin, lab.ids["worker"], DAY, clocked_ms=-30 * MIN,
                      reason="Long lunch not clocked as a break", clock=lab.clock)
    after = hours_today(lab, lab.worker)
    assert after.clocked_ms == 5.5 * H
    assert after.changed_since_approval, "the approval still says 6 h: approve again"


def test_a_day_is_not_approved_while_the_worker_is_still_clocked_in(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=3)

    with pytest.raises(TimesheetStateError) as caught:
        timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert "Amina Njeri is still clocked in" in caught.value.message
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)
    approved = timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    assert approved.approval is not None and approved.approval.clocked_ms == 3 * H


def test_a_broken_chain_cannot_be_approved_and_is_flagged(lab: Lab) -> None:
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)
    tamper(lab, "UPDATE time_events SET mono_ns = mono_ns + 36000000000000 WHERE type = 'clock_out'")

    with pytest.raises(ChainBrokenError) as caught:
        timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert "Event 2 (clock_out, Amina Njeri, 2026-11-24T07:00:00.000000Z) was changed after it was stored" in \
        caught.value.message
    found = timesheet.flags(lab.store, lab.supervisor, clock=lab.clock)
    assert [(f.kind, f.n) for f in found] == [("chain", 2), ("clock_jump", 2)], "the edit also shows as a jump"


def tamper(lab: Lab, sql: str) -> None:
    """Edit the database around LabClient, as someone with a SQLite tool could."""
    conn = lab.store.read()
    conn.execute("DROP TRIGGER time_events_never_edited")
    conn.execute("DROP TRIGGER time_events_never_deleted")
    conn.execute(sql)


def test_every_event_goes_to_the_outbox_once_in_the_same_transaction(lab: Lab) -> None:
    s = lab.worker
    made = [timesheet.clock_in(lab.store, s, clock=lab.clock)]
    lab.pass_time(minutes=10)
    made.append(timesheet.record_activity(lab.store, s, 9 * MIN, task=4, clock=lab.clock))
    made.append(timesheet.clock_out(lab.store, s, clock=lab.clock))

    rows = lab.store.read().execute("SELECT seq, item_type, item_id FROM outbox ORDER BY seq").fetchall()
    assert [(t, i) for _, t, i in rows] == [("event", e.id) for e in made]
    assert [seq for seq, _, _ in rows] == [e.seq for e in made]
    bodies = events.outbox_bodies(lab.store, [i for _, _, i in rows])
    for e in made:
        body = bodies[e.id]
        assert body == e.body()
        assert events.event_hash(e.id, e.seq, body) == body["hash"]
        assert json.loads(json.dumps(e.wire())) == {"seq": e.seq, "id": e.id, "type": "event", "body": body}
    assert bodies[made[1].id]["payload"] == {"active_ms": 9 * MIN, "task": 4}
    assert set(bodies[made[0].id]) == {"n", "type", "worker", "wall", "mono_ns", "boot_id", "prev_hash", "hash",
                                       "payload"}
    assert bodies[made[0].id]["prev_hash"] == events.GENESIS


def test_a_failed_write_leaves_neither_event_nor_outbox_item(lab: Lab) -> None:
    conn = lab.store.read()
    conn.execute("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk'); END")

    with pytest.raises(Exception, match="disk"):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)

    conn.execute("DROP TRIGGER fail_outbox")
    assert lab.ws.outbox_size() == 0
    assert conn.execute("SELECT count(*) FROM time_events").fetchone()[0] == 0
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    assert events.verify_chain(lab.store).ok


def test_the_supervisor_sees_everyones_hours_and_flags(lab: Lab) -> None:
    for s in (lab.worker, lab.worker2):
        timesheet.clock_in(lab.store, s, seat=s.name, clock=lab.clock)  # each at a seat of their own
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, lab.worker2, clock=lab.clock)
    lab.clock.jump_wall(hours=5)
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)

    team = timesheet.team_hours(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    by_name = {h.name: h.clocked_ms for h in team}
    assert by_name == {"Amina Njeri": 2 * H, "Grace Achieng": 0, "Joseph Okello": 0, "Sokha Chan": H}
    assert [f.kind for f in timesheet.flags(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)] == [
        "clock_jump"]


def test_output_counts_the_results_stored_in_the_range(tmp_path: Path) -> None:

    folder = tmp_path
    real = FakeClock(now=dt.datetime.now(dt.UTC), mono=time.monotonic_ns(), boot=boot_id())
    with Workspace.open(folder / "data", clock=real) as ws:
        ws.import_bundle(make_bundle(folder / "bundles", "tagging", 4))
        admin = roster.bootstrap_admin(ws.store, "Grace Achieng", "4242", clock=real)
        roster.add_local_user(ws.store, admin, "Amina Njeri", "worker", "1234", clock=real)
        me = login.login(ws.store, "Amina Njeri", "1234", clock=real)
        timesheet.clock_in(ws.store, me, clock=real)
        for _ in range(2):
            task = ws.next_task(me)
            assert task is not None
            ws.submit(me, task.key, {"labels": ["cat"]})
        for set_aside in (ws.skip, ws.flag):  # counted apart: setting a task aside is not output
            task = ws.next_task(me)
            assert task is not None
            set_aside(me, task.key, "The picture does not load")
        real.mono, real.now = time.monotonic_ns() + 60 * 10**9, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
        timesheet.record_activity(ws.store, me, 30_000, clock=real)
        day = timesheet.today(ws.store, clock=real)

        mine = timesheet.hours(ws.store, me, day, day, clock=real)

    assert (mine.results, mine.set_aside) == (2, 2)
    assert mine.results_per_active_hour == pytest.approx(2 / (30 / 3600)), "submits only"


def test_a_short_span_in_a_flag_is_told_to_the_second() -> None:
    from labclient.said import span_text

    assert (span_text(125_000), span_text(120_400), span_text(45_000)) == ("2 min 5 s", "2 min", "45 s"), \
        "'2 min of activity in a shift of 2 min' hid why it was flagged"
    assert (span_text(25 * 60_000), span_text(90 * 60_000)) == ("25 min", "1 h 30 min")

