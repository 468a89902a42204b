"""The Hours panel shows the timesheet's holes: results stored while not clocked in beside the
results, and a day's own flags (not raised in a work period) with their day."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from labclient.people import timesheet
from labclient.ui.team_hours import RESULTS, HoursPanel
from labclient.workspace import Workspace
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.helpers.team_hours import AMINA, MINUTE, SOKHA, SUPERVISOR, TUESDAY, Team, flag_rows, rows
from tests.logins import give_pins, log_in


def test_results_while_not_clocked_in_and_a_capped_day_are_shown(qtbot: QtBot, ws: Workspace, clock: FakeClock,
                                                                  bundles: dict[str, Path]) -> None:
    give_pins(ws, {SUPERVISOR: "supervisor", AMINA: "worker", SOKHA: "worker"})
    team = Team(ws, clock, {name: log_in(ws, name, clock=clock) for name in (SUPERVISOR, AMINA, SOKHA)})
    team.shift({AMINA: (20, 10)})
    ws.import_bundle(bundles["tagging"])
    team.pass_time(5)
    amina = team.sessions[AMINA]
    for _ in range(2):                                             # after clocking out
        task = ws.next_task(amina)
        assert task is not None
        ws.submit(amina, task.key, {"labels": ["cat"]})
    timesheet.correct(ws.store, team.sessions[SUPERVISOR], amina.user_id, TUESDAY, clocked_ms=-10 * MINUTE,
                      reason="Chatting", clock=clock)

    panel = HoursPanel(ws, team.sessions[SUPERVISOR], tz=LAB_TZ)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    with qtbot.waitSignal(panel.refreshed):
        pass  # the first read started in the constructor

    assert rows(panel)[AMINA][RESULTS] == "2 (2 not clocked in)"
    item = panel.table.item(list(rows(panel)).index(AMINA), RESULTS)
    assert item is not None and item.font().bold() and "not clocked in" in item.toolTip()
    panel.show_all_flags.setChecked(True)
    shown = {row[2].split(" ")[-1]: row[0] for row in flag_rows(panel)}
    assert "—" not in shown.values(), "a day's own flags show their day"
    assert any("while not clocked in" in row[2] for row in flag_rows(panel))
    assert any("of active time counts" in row[2] for row in flag_rows(panel))
