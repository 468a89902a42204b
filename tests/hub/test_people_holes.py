"""The timesheet's holes at a real hub (tests/people/test_timesheet_holes.py has them at the
workstation): a seat that counted two people after LabClient was killed, a correction that left
more active than clocked time, and results stored while not clocked in. The hub recomputes with
the workstation's rules, so both give the same hours and say the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labclient.people import login, roster, timesheet
from labclient.people.roles import Session
from labclient.sync import state
from labclient.workspace import Workspace
from tests.helpers.hub_api import Hub
from tests.helpers.hub_people import DAY, MIN, START, Station, flags_of, sheets

SEAT = "LAB-PC-07"


@pytest.fixture
def pc(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[Station]:
    """A workstation enrolled in ``lab`` at a hub of this test's own (its clock follows the fake one)."""
    s = Station(tmp_path / "station", own_hub, own_hub.enroll(lab, "LAB-PC-07"))
    yield s
    s.close()


def work(s: Station, session: Session, minutes: int) -> None:
    """The worker works for ``minutes``, the UI reporting activity every 10 minutes."""
    for _ in range(minutes // 10):
        s.pass_time(minutes=10)
        timesheet.record_activity(s.store, session, 10 * MIN, clock=s.clock)


def sokha(s: Station) -> Session:
    """Sokha, a second worker of the workstation, logged in."""
    roster.add_local_user(s.store, s.sessions[0], "Sokha Chan", "worker", "9876", clock=s.clock)
    session = login.login(s.store, "Sokha Chan", "9876", clock=s.clock)
    s.sessions.append(session)
    return session


def station_hours(s: Station, worker_id: str) -> timesheet.Hours:
    return timesheet.hours(s.store, s.supervisor, START.date(), START.date(), worker_id, tz=dt.UTC, clock=s.clock)


def by_name(sheet: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {w["name"]: (w["clocked_ms"], w["active_ms"]) for w in sheet["workers"]}


def test_a_seat_counts_one_person_at_a_time_at_the_hub_too(pc: Station, lab: str) -> None:
    s = pc
    amina = s.amina
    timesheet.clock_in(s.store, amina, seat=SEAT, clock=s.clock)              # 06:00
    work(s, amina, 30)                                                         # last seen 06:30
    s.pass_time(minutes=10)                                                    # killed; started again
    other = sokha(s)
    timesheet.clock_in(s.store, other, seat=SEAT, clock=s.clock)              # 06:40
    work(s, other, 60)
    timesheet.clock_out(s.store, other, clock=s.clock)                        # 07:40
    s.pass_time(minutes=20)
    timesheet.clock_out(s.store, amina, clock=s.clock)                        # 08:00
    assert set(s.sync()) == {"applied"}

    sheet = sheets(s.hub, lab)
    here = {h.name: (h.clocked_ms, h.active_ms) for h in
            timesheet.team_hours(s.store, s.supervisor, START.date(), START.date(), tz=dt.UTC, clock=s.clock)
            if h.clocked_ms}

    assert by_name(sheet) == {"Amina Njeri": (30 * MIN, 30 * MIN), "Sokha Chan": (60 * MIN, 60 * MIN)}
    assert here == by_name(sheet), "the workstation and the hub count the same"
    (taken,) = flags_of(sheet, "seat_taken")
    assert (taken["day"], taken["worker"], taken["device"]) == (DAY, "Amina Njeri", "LAB-PC-07")
    assert taken["message"] == (
        "Sokha Chan clocked in at this workstation at 2026-11-24 06:40 while Amina Njeri was still clocked in "
        "here (since 2026-11-24 06:00; LabClient was probably closed without clocking out). One seat counts one "
        "person at a time: Amina Njeri's time is not counted from the last thing recorded for them here "
        "(2026-11-24 06:30) until they are seen working again.")
    (at_station,) = [f for f in station_hours(s, s.worker_id).flags if f.kind == "seat_taken"]
    assert at_station.message == taken["message"]


def test_active_time_over_clocked_time_is_capped_and_flagged_at_the_hub(pc: Station, lab: str) -> None:
    s = pc
    timesheet.clock_in(s.store, s.amina, clock=s.clock)
    s.pass_time(minutes=8)
    timesheet.record_activity(s.store, s.amina, 8 * MIN, clock=s.clock)
    timesheet.clock_out(s.store, s.amina, clock=s.clock)
    timesheet.correct(s.store, s.supervisor, s.worker_id, START.date(), clocked_ms=-4 * MIN,
                      reason="Stayed clocked in while chatting", clock=s.clock)
    timesheet.approve(s.store, s.supervisor, s.worker_id, START.date(), START.date(), tz=dt.UTC, clock=s.clock)
    assert set(s.sync()) == {"applied"}

    sheet = sheets(s.hub, lab)

    (amina,) = sheet["workers"]
    assert (amina["days"][0]["clocked_ms"], amina["days"][0]["active_ms"]) == (4 * MIN, 4 * MIN)
    (capped,) = flags_of(sheet, "active_over_clocked")
    assert capped["day"] == DAY and capped["worker"] == "Amina Njeri" and capped["device"] == "LAB-PC-07"
    assert capped["message"] == ("Amina Njeri's 2026-11-24 has 0:08 active against 0:04 on the clock (after "
                                 "corrections); only 0:04 of active time counts.")
    (approval,) = sheet["approvals"]
    assert (approval["approved_active_ms"], approval["current_active_ms"], approval["matches"]) == (
        4 * MIN, 4 * MIN, True)


def test_results_while_not_clocked_in_are_counted_and_flagged_at_the_hub(pc: Station, lab: str,
                                                                          own_hub: Hub, tmp_path: Path) -> None:
    s = pc
    batch_id = own_hub.add_batch(lab, n=4)
    ws = Workspace.open(tmp_path / "station", clock=s.clock)
    try:
        ws.import_bundle(own_hub.data_dir.parent / "bundles" / f"{batch_id}.zip")

        def submit() -> None:
            task = ws.next_task(s.amina)
            assert task is not None
            ws.submit(s.amina, task.key, {"labels": ["cat"]})
            s.pass_time(minutes=1)

        submit()                                                     # not clocked in yet
        timesheet.clock_in(s.store, s.amina, clock=s.clock)
        submit()
        submit()
        s.pass_time(minutes=10)
        timesheet.clock_out(s.store, s.amina, clock=s.clock)
        s.pass_time(minutes=1)
        submit()                                                     # clocked out
        items = [{"seq": i.seq, "id": i.item_id, "type": i.item_type, "body": i.body}
                 for i in state.pending(s.store, 100)]
    finally:
        ws.close()
    answer = s.push(items)
    assert {i["status"] for i in answer["items"]} == {"applied"}, answer

    sheet = sheets(s.hub, lab)
    here = station_hours(s, s.worker_id)

    (amina,) = sheet["workers"]
    assert amina["results_not_clocked_in"] == 2 and amina["days"][0]["results_not_clocked_in"] == 2
    (flag,) = flags_of(sheet, "results_not_clocked_in")
    assert (flag["day"], flag["worker"], flag["device"]) == (DAY, "Amina Njeri", "LAB-PC-07")
    assert flag["message"] == ("Amina Njeri stored 2 results on 2026-11-24 while not clocked in: that work is not "
                               "on the clock.")
    assert (here.results, here.results_not_clocked_in) == (4, 2), "the workstation says the same"
    assert [f.message for f in here.flags if f.kind == "results_not_clocked_in"] == [flag["message"]]
