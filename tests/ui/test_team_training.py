"""The supervisor's Training panel: each worker's standing with a project's training set, and
another attempt for a worker who used hers. A real store; the panel reads on a worker thread and
each test waits for ``refreshed`` before it looks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.errors import NotAllowed
from labclient.people.roles import Session
from labclient.ui.team_training import ATTEMPTS, BEST, PROJECT, STANDING, WORKER, TrainingPanel
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.logins import give_pins, log_in

SUPERVISOR, AMINA, SOKHA = "Joseph Okello", "Amina Njeri", "Sokha Chan"


@pytest.fixture
def lab(ws: Workspace, clock: FakeClock, tmp_path: Path) -> dict[str, Session]:
    """A gated tagging project (1 training task, pass 0.8, 1 attempt): Amina misses it, Sokha has
    not begun."""
    doc, media = batch_doc("tagging", 3, batch_id="gated", training=1, mode="multi")
    doc["template"]["quality"] = {"training": {"pass": 0.8, "attempts": 1}}
    ws.import_bundle(write_bundle(tmp_path / "gated.zip", doc, media))
    give_pins(ws, {SUPERVISOR: "supervisor", AMINA: "worker", SOKHA: "worker"}, clock=clock)
    sessions = {name: log_in(ws, name, clock=clock) for name in (SUPERVISOR, AMINA, SOKHA)}
    task = ws.next_task(sessions[AMINA])
    assert task is not None
    ws.submit(sessions[AMINA], task.key, {"labels": ["dog"]})
    return sessions


def shown(panel: TrainingPanel) -> dict[str, list[str]]:
    table = panel.table
    return {table.item(r, WORKER).text(): [table.item(r, c).text()  # type: ignore[union-attr]
                                           for c in range(table.columnCount())]
            for r in range(table.rowCount())}


@pytest.fixture
def panel(qtbot: QtBot, lab: dict[str, Session], ws: Workspace, clock: FakeClock) -> Iterator[TrainingPanel]:
    training = TrainingPanel(ws, lab[SUPERVISOR], tz=LAB_TZ)
    qtbot.addWidget(training)
    training.resize(1366, 768)
    training.show()
    with qtbot.waitSignal(training.refreshed):
        pass  # the first read started in the constructor
    yield training


def test_the_supervisor_sees_who_failed_and_gives_another_attempt(qtbot: QtBot, panel: TrainingPanel,
                                                                  lab: dict[str, Session], ws: Workspace,
                                                                  clock: FakeClock) -> None:
    rows = shown(panel)
    assert rows[AMINA][PROJECT] == "Test project"
    assert rows[AMINA][STANDING] == "Not passed, no attempts left: the tasks are closed"
    assert rows[AMINA][BEST] == "0% (pass mark 80%)" and rows[AMINA][ATTEMPTS] == "1 of 1"
    assert rows[SOKHA][STANDING] == "Training: 0 of 1 done"
    assert "1 worker has used their attempts" in panel.caption.text()
    assert ws.next_task(lab[AMINA]) is None, "production is closed to her"

    names = [cells[WORKER] for cells in shown(panel).values()]
    panel.table.setCurrentCell(names.index(SOKHA), 0)
    assert not panel.grant_button.isEnabled(), "only a worker out of attempts gets another"
    panel.table.setCurrentCell(names.index(AMINA), 0)
    assert panel.grant_button.isEnabled()
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.grant_button, Qt.MouseButton.LeftButton)

    assert panel.message.text() == f"{AMINA} may try the training of Test project again."
    assert shown(panel)[AMINA][STANDING] == "Training: 0 of 1 done" and shown(panel)[AMINA][ATTEMPTS] == "2 of 2"
    task = ws.next_task(lab[AMINA])
    assert task is not None and task.task_id == "t-0000", "she trains again before production"


def test_a_worker_gets_no_training_panel(lab: dict[str, Session], ws: Workspace, clock: FakeClock) -> None:
    with pytest.raises(NotAllowed):
        TrainingPanel(ws, lab[AMINA])


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_panel_fits_1366x768_and_is_named(panel: TrainingPanel, direction: Qt.LayoutDirection) -> None:
    panel.setLayoutDirection(direction)
    assert panel.grant_button.accessibleName() and panel.table.accessibleName()
    assert panel.grant_button.objectName() == "grantTraining"
    bottom = panel.grant_button.mapTo(panel, panel.grant_button.rect().bottomLeft()).y()
    assert panel.grant_button.isVisible() and bottom < 768
