"""Choosing the project to work on: a newcomer need not go through one project's whole queue
before another's; the list says what each project holds. Real widgets, offscreen, by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import FakeClock
from tests.helpers.projects import two_projects
from tests.helpers.ui import key, start_as
from tests.logins import give_pins


def test_the_worker_chooses_the_project_and_sees_what_each_holds(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                                 ws: Workspace, tmp_path: Path,
                                                                 clock: FakeClock) -> None:
    two_projects(ws, tmp_path, clock)
    assert [(p.project_id, p.kinds, p.new) for p in ws.projects()] == [
        ("forms", (("data_entry", 3),), 3), ("pictures", (("tagging", 2),), 2)]
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    assert screen.task is not None and screen.task.batch_id == "b-forms", "the queue starts with the forms"
    box = screen.project_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All projects", "Forms: 3 left", "Pictures: 2 left"]

    key(qtbot, window, "Ctrl+P")
    assert QApplication.focusWidget() is box or box.view().isVisible()
    box.hidePopup()
    box.setFocus()
    with qtbot.waitSignal(screen.task_shown):
        qtbot.keyClick(box, Qt.Key.Key_End)  # the last project: Pictures
    assert screen.task is not None and screen.task.batch_id == "b-pictures"
    for _ in range(2):
        screen.views["tagging"].focus_first()
        key(qtbot, window, "1")
        with qtbot.waitSignal(screen.task_shown):
            key(qtbot, window, "Ctrl+Return")
    assert screen.task is None, "nothing left in Pictures: the forms wait, not shown"
    assert "Nothing is left for you in Pictures" in screen.empty_label.text()


def test_one_kind_of_a_project_at_a_time(qtbot: QtBot, open_window: Callable[..., MainWindow], ws: Workspace,
                                         tmp_path: Path, clock: FakeClock) -> None:
    for kind, n in (("data_entry", 3), ("tagging", 2)):  # one project, data entry first in the queue
        doc, media = batch_doc(kind, n, batch_id=f"b-{kind}")
        ws.import_bundle(write_bundle(tmp_path / f"{kind}.zip", doc, media))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    box = window.work_screen.project_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All projects", "Test project: 5 left", "    Test project, data entry only: 3 left",
        "    Test project, tagging only: 2 left"]
    box.setFocus()
    with qtbot.waitSignal(window.work_screen.task_shown):
        qtbot.keyClick(box, Qt.Key.Key_End)
    task = window.work_screen.task
    assert task is not None and task.kind == "tagging", "the pictures before the 3 forms ahead of them"
