"""The payroll CSV: approved hours only, and a note when they changed after approval."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from labclient.people import login, payroll, roster, timesheet
from tests.helpers.clock import LAB_TZ
from tests.helpers.people_lab import Lab

DAY = dt.date(2026, 11, 24)
H = 3_600_000


def work_day(lab: Lab) -> None:
    for s in (lab.worker, lab.worker2):
        timesheet.clock_in(lab.store, s, seat=s.name, clock=lab.clock)  # each at a seat of their own
    lab.pass_time(hours=7, minutes=45)
    for s in (lab.worker, lab.worker2):
        timesheet.clock_out(lab.store, s, clock=lab.clock)


def test_only_approved_hours_are_exported(lab: Lab, tmp_path: Path) -> None:
    work_day(lab)
    timesheet.approve(lab.store, lab.supervisor, lab.ids["worker"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    text = payroll.export_csv(lab.store, lab.supervisor, DAY, DAY, tmp_path / "pay.csv", tz=LAB_TZ, clock=lab.clock)

    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["worker_name"], r["approved_hours"], r["approved_by"], r["changed_since_approval"]) for r in rows] == [
        ("Amina Njeri", "7.75", "Joseph Okello", "no")]
    assert rows[0]["first_day"] == rows[0]["last_day"] == "2026-11-24"
    assert rows[0]["time_source"] == "local"
    assert (tmp_path / "pay.csv").read_bytes() == text.encode("utf-8")
    assert text.startswith("worker_id,worker_name,first_day,last_day,approved_hours,")


def test_a_correction_after_approval_shows_in_the_export(lab: Lab) -> None:
    work_day(lab)
    timesheet.approve(lab.store, lab.supervisor, lab.ids["worker2"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    timesheet.correct(lab.store, lab.supervisor, lab.ids["worker2"], DAY, clocked_ms=H, reason="Stayed to train",
                      clock=lab.clock)

    [row] = payroll.payroll(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    assert (row.approved_clocked_ms, row.current_clocked_ms, row.changed_since_approval) == (7.75 * H, 8.75 * H, True)
    timesheet.approve(lab.store, lab.admin, lab.ids["worker2"], DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    [row] = payroll.payroll(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)
    assert (row.approved_clocked_ms, row.approved_by, row.changed_since_approval) == (8.75 * H, "Grace Achieng", False)


def test_a_name_that_looks_like_a_formula_is_not_run_by_a_spreadsheet(lab: Lab) -> None:
    evil = roster.add_local_user(lab.store, lab.admin, "=HYPERLINK(\"x\")", "worker", "1357", clock=lab.clock)
    s = login.login(lab.store, evil.name, "1357", clock=lab.clock)
    lab.sessions["evil"] = s
    timesheet.clock_in(lab.store, s, clock=lab.clock)
    lab.pass_time(hours=1)
    timesheet.clock_out(lab.store, s, clock=lab.clock)
    timesheet.approve(lab.store, lab.supervisor, evil.id, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    text = payroll.export_csv(lab.store, lab.supervisor, DAY, DAY, tz=LAB_TZ, clock=lab.clock)

    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["worker_name"] == "'=HYPERLINK(\"x\")"
