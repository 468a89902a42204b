"""Approved hours for payroll, as rows and as CSV.

Only approved hours are paid: each row is the latest approval of a worker and a range of days
that overlaps the export's days, with the totals the supervisor approved. ``changed_since_approval``
says when the hours computed now differ (a later correction, or events synced late): approve again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.people.clock import format_wall
from labclient.people.roles import Permission, Session, requires
from labclient.people.timesheet import _sheet, local_zone
from labclient.store import Store

COLUMNS = ("worker_id", "worker_name", "first_day", "last_day", "approved_hours", "approved_active_hours",
           "approved_by", "approved_at", "time_source", "changed_since_approval", "current_hours", "flags")


@dataclass(frozen=True)
class PayrollRow:
    """One approval, as payroll needs it."""

    worker_id: str
    worker_name: str
    first_day: dt.date
    last_day: dt.date
    approved_clocked_ms: int
    approved_active_ms: int
    approved_by: str
    approved_at: dt.datetime
    placed_by_hub: bool
    changed_since_approval: bool
    current_clocked_ms: int
    flags: int


@requires(Permission.EXPORT_PAYROLL)
def payroll(store: Store, session: Session, first_day: dt.date, last_day: dt.date, *, tz: dt.tzinfo | None = None,
            clock: Clock = SYSTEM_CLOCK) -> list[PayrollRow]:
    """Supervisor: the approvals that overlap the days, latest per worker and range, by name."""
    zone = tz or local_zone()
    sheet = _sheet(store, first_day, last_day, clock, zone)
    latest = {}
    for a in sheet.approvals:
        if a.first_day <= last_day and a.last_day >= first_day:
            latest[(a.worker_id, a.first_day, a.last_day)] = a
    rows = []
    for a in latest.values():
        wider = sheet if first_day <= a.first_day and a.last_day <= last_day else \
            _sheet(store, a.first_day, a.last_day, clock, zone)
        now = wider.totals(a.worker_id, a.first_day, a.last_day)
        rows.append(PayrollRow(a.worker_id, a.worker_name, a.first_day, a.last_day, a.clocked_ms, a.active_ms,
                               a.by_name, a.at, a.placed_by_hub, now.clocked_ms != a.clocked_ms, now.clocked_ms,
                               len(now.flags)))
    return sorted(rows, key=lambda r: (r.worker_name.casefold(), r.first_day))


@requires(Permission.EXPORT_PAYROLL)
def export_csv(store: Store, session: Session, first_day: dt.date, last_day: dt.date, path: Path | None = None,
               *, tz: dt.tzinfo | None = None, clock: Clock = SYSTEM_CLOCK) -> str:
    """Supervisor: the payroll rows as CSV (UTF-8, a header line, hours with two decimals);
    written to ``path`` too when given. Returns the text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in payroll(store, session, first_day, last_day, tz=tz, clock=clock):
        writer.writerow([_cell(r.worker_id), _cell(r.worker_name), r.first_day.isoformat(), r.last_day.isoformat(),
                         _hours(r.approved_clocked_ms), _hours(r.approved_active_ms), _cell(r.approved_by),
                         format_wall(r.approved_at), "hub" if r.placed_by_hub else "local",
                         "yes" if r.changed_since_approval else "no", _hours(r.current_clocked_ms), r.flags])
    text = out.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8", newline="")
    return text


def _hours(ms: int) -> str:
    return f"{ms / 3.6e6:.2f}"


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
