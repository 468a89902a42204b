"""The supervisor's Review panel: a sample of the workers' answers, each in its task's own view;
accept, or correct with a note the worker then reads in My week. A real store; the panel reads
on a worker thread and each test waits for ``refreshed`` before it looks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.errors import NotAllowed
from labclient.people.roles import Session
from labclient.ui.my_week import MyWeekDialog
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.team_review import TASK, WHY, WORKER, ReviewPanel
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.logins import give_pins, log_in

SUPERVISOR, AMINA = "Joseph Okello", "Amina Njeri"


@pytest.fixture
def lab(ws: Workspace, clock: FakeClock, tmp_path: Path) -> dict[str, Session]:
    """A data-entry project whose template has every worker's first 3 answers reviewed; Amina
    has answered 3 tasks, a minute apart."""
    doc, media = batch_doc("data_entry", 5, batch_id="reviewed")
    doc["format"] = "labclient-batch/1.1"
    doc["template"]["quality"] = {"review": {"new_worker": 3, "share": 0.0}}
    ws.import_bundle(write_bundle(tmp_path / "reviewed.zip", doc, media))
    give_pins(ws, {SUPERVISOR: "supervisor", AMINA: "worker"}, clock=clock)
    sessions = {name: log_in(ws, name, clock=clock) for name in (SUPERVISOR, AMINA)}
    for _ in range(3):
        task = ws.next_task(sessions[AMINA])
        assert task is not None
        ws.submit(sessions[AMINA], task.key, {"outcome": "verified", "fields": dict(task.body["prefill"])})
        clock.advance(minutes=1)
    return sessions


@pytest.fixture
def panel(qtbot: QtBot, lab: dict[str, Session], ws: Workspace, clock: FakeClock) -> Iterator[ReviewPanel]:
    review = ReviewPanel(ws, lab[SUPERVISOR], tz=LAB_TZ)
    qtbot.addWidget(review)
    review.resize(1366, 768)
    review.show()
    with qtbot.waitSignal(review.refreshed):
        pass  # the first read started in the constructor
    yield review


def column(panel: ReviewPanel, c: int) -> list[str]:
    return [panel.table.item(r, c).text() for r in range(panel.table.rowCount())]  # type: ignore[union-attr]


def test_the_supervisor_corrects_an_answer_and_the_worker_reads_the_note(
        qtbot: QtBot, panel: ReviewPanel, lab: dict[str, Session], ws: Workspace, clock: FakeClock) -> None:
    assert column(panel, TASK) == ["t-0002", "t-0001", "t-0000"], "newest first"
    assert set(column(panel, WORKER)) == {AMINA} and set(column(panel, WHY)) == {"New to the project"}
    view = panel.current_view()
    assert isinstance(view, DataEntryView), "the answer is shown in its task's own view"
    name = view.inputs["name"]
    assert isinstance(name, QLineEdit) and name.text() == "Shop 2"

    name.setText("Shop Two Ltd")
    qtbot.keyClicks(panel.note, "The sign says Shop Two Ltd.")
    with qtbot.waitSignal(panel.reviewed):
        qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)

    assert panel.message.text() == f"Correction saved: {AMINA} reads your note about t-0002 in My week."
    assert column(panel, TASK) == ["t-0001", "t-0000"]
    assert panel.note.toPlainText() == "", "the next answer starts with an empty note"
    week = MyWeekDialog(ws, lab[AMINA], tz=LAB_TZ)
    qtbot.addWidget(week)
    with qtbot.waitSignal(week.refreshed, timeout=5000):
        week.show()
    assert week.reviews.isVisible()
    assert f"Task t-0002 (Test project): corrected by {SUPERVISOR}: The sign says Shop Two Ltd." \
        in week.reviews.text()


def test_a_correction_without_a_change_is_refused_and_accept_moves_on(qtbot: QtBot, panel: ReviewPanel) -> None:
    qtbot.keyClicks(panel.note, "Looks wrong")
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    assert "the same as the worker's answer. Accept it instead" in panel.message.text()
    assert panel.table.rowCount() == 3, "nothing was stored"

    with qtbot.waitSignal(panel.reviewed):
        qtbot.keyClick(panel, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    assert panel.message.text() == f"Accepted: {AMINA}'s answer to t-0002."
    assert column(panel, TASK) == ["t-0001", "t-0000"]


def test_a_worker_gets_no_review_panel(lab: dict[str, Session], ws: Workspace, clock: FakeClock) -> None:
    with pytest.raises(NotAllowed):
        ReviewPanel(ws, lab[AMINA])


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_panel_fits_1366x768_and_is_named(panel: ReviewPanel, direction: Qt.LayoutDirection) -> None:
    panel.setLayoutDirection(direction)
    for widget in (panel.table, panel.note, panel.accept_button, panel.correct_button):
        assert widget.objectName() and widget.accessibleName()
        bottom = widget.mapTo(panel, widget.rect().bottomLeft()).y()
        assert widget.isVisible() and bottom < 768

