"""The supervisor's Hours panel's lab: Joseph Okello (supervisor), Amina Njeri and Sokha Chan
(workers) on Tuesday 24 Nov 2026, and the panel's tables as shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from labclient.people import login, timesheet
from labclient.people.roles import Session
from labclient.store import Store
from labclient.ui.team_hours import DAY, FLAG_WORKER, WHAT, WORKER, HoursPanel
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock

SUPERVISOR, AMINA, SOKHA = "Joseph Okello", "Amina Njeri", "Sokha Chan"
TUESDAY = dt.date(2026, 11, 24)
MINUTE = 60_000


@dataclass
class Team:
    """The lab: its workspace, the fake clock and everyone's session by name."""

    ws: Workspace
    clock: FakeClock
    sessions: dict[str, Session]

    @property
    def store(self) -> Store:
        return self.ws.store

    def id(self, name: str) -> str:
        return self.sessions[name].user_id

    def pass_time(self, minutes: int) -> None:
        """Time passes with everyone at their keyboard (in steps shorter than the idle lock)."""
        for _ in range(minutes // 5):
            self.clock.advance(minutes=5)
            for s in self.sessions.values():
                login.touch(self.store, s, clock=self.clock)

    def shift(self, plan: dict[str, tuple[int, int]]) -> None:
        """Everyone in ``plan`` clocks in now and works (minutes on the clock, active minutes in
        each ten), reporting activity every ten minutes, then clocks out."""
        for name in plan:
            timesheet.clock_in(self.store, self.sessions[name], seat=name, clock=self.clock)  # a seat each
        for step in range(1, max(m for m, _ in plan.values()) // 10 + 1):
            self.pass_time(10)
            for name, (minutes, active) in plan.items():
                if step * 10 <= minutes:
                    timesheet.record_activity(self.store, self.sessions[name], active * MINUTE, clock=self.clock)
                if step * 10 == minutes:
                    timesheet.clock_out(self.store, self.sessions[name], clock=self.clock)


def rows(panel: HoursPanel) -> dict[str, list[str]]:
    """The table as shown: worker name → the cells of that row."""
    table = panel.table
    shown = {}
    for r in range(table.rowCount()):
        cells = [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        shown[cells[WORKER]] = cells
    return shown


def flag_rows(panel: HoursPanel) -> list[list[str]]:
    table = panel.flags_table
    return [[table.item(r, c).text() for c in (DAY, FLAG_WORKER, WHAT)]  # type: ignore[union-attr]
            for r in range(table.rowCount())]
