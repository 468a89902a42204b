"""Feedback on the work screen, end to end: a bundle with gold and training tasks is imported, the
worker answers by keyboard, sees her score, her answer beside the right one and the batch's
explanation, presses Enter (or Esc) and gets the next task. Production tasks go straight on.

Real MainWindow, real workspace, the fake people clock of the UI tests; no sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.quality.feedback import Feedback
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle
from tests.helpers.clock import FakeClock
from tests.helpers.layout import problems, settle
from tests.helpers.ui import key, start_as
from tests.logins import give_pins, stored_results

Opener = Callable[[Workspace], MainWindow]
Loader = Callable[..., Workspace]


@pytest.fixture
def gold_loaded(ws: Workspace, tmp_path: Path, clock: FakeClock) -> Loader:
    """Import a bundle of three tasks of ``kind`` whose first ones are training/gold tasks
    (``tests.factory.batch_doc``'s options) and add two workers with the PIN 1234."""

    def _load(kind: str, **options: object) -> Workspace:
        ws.import_bundle(make_bundle(tmp_path / "gold", kind, 3, **options))
        give_pins(ws, {"Amina Njeri": "worker", "Sokha Chan": "worker"}, clock=clock)
        return ws

    return _load


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft], ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The application's layout direction for the test; left-to-right again afterwards."""
    value: Qt.LayoutDirection = request.param
    QApplication.setLayoutDirection(value)
    yield value
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def submit_for_feedback(qtbot: QtBot, window: MainWindow) -> Feedback:
    """Ctrl+Enter, as the worker does, and the feedback the screen then shows."""
    with qtbot.waitSignal(window.work_screen.feedback_shown, timeout=5000) as shown:
        key(qtbot, window, "Ctrl+Return")
    assert shown.args is not None
    feedback = shown.args[0]
    assert isinstance(feedback, Feedback)
    return feedback


def row_of(table: QTableWidget, name: str) -> list[str]:
    """The texts of the table row whose first cell is ``name``."""
    for r in range(table.rowCount()):
        cells = [(item.text() if (item := table.item(r, c)) is not None else "") for c in range(table.columnCount())]
        if cells[0] == name:
            return cells
    raise AssertionError(f"no row {name!r}")


def test_a_wrong_answer_on_a_gold_form_shows_the_right_one_and_enter_goes_on(
        qtbot: QtBot, open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded("data_entry", gold=1)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    gold = screen.task
    assert gold is not None and gold.task_id == "t-0000"
    key(qtbot, window, "Alt+2")  # "Corrected", keeping the prefilled name and phone: wrong on most fields

    feedback = submit_for_feedback(qtbot, window)

    assert feedback.task_key == gold.key and not feedback.passed
    assert [r["task_id"] for r in stored_results(ws)] == ["t-0000"]  # stored before anything was shown
    fv = screen.feedback_view
    assert screen.stack.currentWidget() is fv and screen.task is None
    assert fv.headline.text() == "Not quite: 16% (pass mark 80%)"
    assert row_of(fv.table, "Outcome") == ["Outcome", "Corrected", "Corrected", "✓ Right"]
    assert row_of(fv.table, "Business name") == ["Business name", "Shop 0", "Mama Pima Shop", "✗ Wrong"]
    assert row_of(fv.table, "Employees") == ["Employees", "(empty)", "12", "✗ Wrong"]
    assert fv.explanation.toPlainText() == "Why task 0 is so."
    assert QApplication.focusWidget() is fv.continue_button
    assert not screen.submit_button.isEnabled() and not screen.skip_button.isEnabled()
    assert "Enter or Esc" in screen.keys_label.text()
    assert "Done today: 1" in screen.progress_label.text()

    key(qtbot, window, "Ctrl+Return")  # a second submit does nothing while the feedback is read
    assert screen.stack.currentWidget() is fv and len(stored_results(ws)) == 1

    with qtbot.waitSignal(screen.task_shown, timeout=5000) as shown:
        key(qtbot, window, "Return")
    assert shown.args is not None and shown.args[0] is screen.task
    assert screen.task is not None and screen.task.task_id == "t-0001"
    assert screen.stack.currentWidget() is view
    assert QApplication.focusWidget() is view.inputs["name"]
    assert fv.feedback is None and fv.headline.text() == ""


def test_a_gold_transcript_shows_the_words_and_esc_goes_on(qtbot: QtBot, open_window: Opener,
                                                           gold_loaded: Loader):
    ws = gold_loaded("transcription", gold=1)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    qtbot.keyClicks(view.editor, "The cat sat on a mat, very")

    feedback = submit_for_feedback(qtbot, window)

    assert feedback.rule == "wer" and not feedback.passed
    fv = screen.feedback_view
    assert fv.headline.text() == "Not quite: 66% (pass mark 85%)"
    assert fv.given.toPlainText() == "the cat sat on a mat (very)"
    assert fv.expected.toPlainText() == "the cat sat on the mat"
    assert "Wrong: 1" in fv.counts.text() and "Added: 1" in fv.counts.text()
    assert fv.explanation.toPlainText() == "Why task 0 is so."

    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Esc")  # continues; the audio view's Esc (play) is off while the feedback shows
    assert screen.task is not None and screen.task.task_id == "t-0001"
    assert view.player.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    assert view.editor.toPlainText() == "" and QApplication.focusWidget() is view.editor


def test_a_training_task_is_practice_and_its_keys_are_off_while_the_feedback_shows(
        qtbot: QtBot, open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded("tagging", training=1, mode="multi")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["tagging"]
    assert isinstance(view, TaggingView)
    key(qtbot, window, "2")  # Dog; the right answer is Cat

    feedback = submit_for_feedback(qtbot, window)

    fv = screen.feedback_view
    assert feedback.purpose == "training"
    assert fv.practice.isVisible() and fv.practice.text() == "Practice task"
    assert fv.headline.text() == "Not quite: 0% (pass mark 75%)"
    assert row_of(fv.table, "Dog") == ["Dog", "Yes", "No", "✗ Wrong"]
    assert row_of(fv.table, "Cat") == ["Cat", "No", "Yes", "✗ Wrong"]
    key(qtbot, window, "1")  # the tagging view's digits are off: nothing changes behind the feedback
    assert [b.isChecked() for b in view.buttons] == [False, True, False]

    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Enter")
    assert screen.task is not None and screen.task.task_id == "t-0001"
    assert [r["content"] for r in stored_results(ws)] == [{"labels": ["dog"]}]


def test_a_production_task_goes_straight_to_the_next_one(qtbot: QtBot, open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded("tagging", gold=1)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    key(qtbot, window, "1")
    submit_for_feedback(qtbot, window)
    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Return")
    production = screen.task
    assert production is not None and production.task_id == "t-0001"

    key(qtbot, window, "1")
    with qtbot.assertNotEmitted(screen.feedback_shown):
        key(qtbot, window, "Ctrl+Return")
        # Within the key press itself, with no turn of the event loop: the next task is on screen.
        assert screen.task is not None and screen.task.task_id == "t-0002"
        assert screen.stack.currentWidget() is screen.views["tagging"]


def test_leaving_the_seat_clears_the_feedback(qtbot: QtBot, open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded("tagging", training=1)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "1")
    submit_for_feedback(qtbot, window)
    fv = window.work_screen.feedback_view

    with qtbot.waitSignal(window.work_screen.switch_worker):
        key(qtbot, window, "Ctrl+L")

    assert window.work_screen.feedback is None
    assert fv.feedback is None and fv.headline.text() == "" and fv.table.rowCount() == 0
    assert fv.explanation.toPlainText() == ""


def test_new_work_arriving_does_not_hide_the_feedback(qtbot: QtBot, open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded("tagging", gold=1)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "1")
    submit_for_feedback(qtbot, window)
    with qtbot.assertNotEmitted(window.work_screen.task_shown):
        window.work_screen.new_work_arrived()
    assert window.work_screen.stack.currentWidget() is window.work_screen.feedback_view


@pytest.mark.parametrize("kind", ["transcription", "data_entry", "tagging"])
def test_the_feedback_fits_the_screen_and_is_named(qtbot: QtBot, direction: Qt.LayoutDirection, kind: str,
                                                   open_window: Opener, gold_loaded: Loader):
    ws = gold_loaded(kind, training=1, gold=1, source="image")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views[kind]
    if isinstance(view, TranscriptionView):
        qtbot.keyClicks(view.editor, "the cat sat on a mat")
    elif isinstance(view, TaggingView):
        key(qtbot, window, "2")
    else:
        key(qtbot, window, "Alt+1")
    submit_for_feedback(qtbot, window)
    settle(qtbot, window)
    assert window.layoutDirection() == direction
    assert problems(window) == []
    fv = window.work_screen.feedback_view
    assert fv.continue_button.isVisible()
    bottom = fv.continue_button.mapTo(window, fv.continue_button.rect().bottomLeft()).y()
    assert bottom < window.height()


def test_a_worker_out_of_training_attempts_is_told_why_no_task_comes(qtbot: QtBot, open_window: Opener,
                                                                     ws: Workspace, tmp_path: Path,
                                                                     clock: FakeClock) -> None:
    doc, media = batch_doc("tagging", 3, batch_id="gated", training=1, mode="multi")
    doc["template"]["quality"] = {"training": {"pass": 0.8, "attempts": 1}}
    ws.import_bundle(write_bundle(tmp_path / "gated.zip", doc, media))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    key(qtbot, window, "2")  # Dog; the right answer is Cat
    submit_for_feedback(qtbot, window)
    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Return")

    assert screen.task is None, "two production tasks wait, closed to her"
    assert screen.stack.currentWidget() is screen.empty_page
    text = screen.empty_label.text()
    assert "The tasks of Test project open when you pass its training" in text
    assert "your best score is 0%, 80% is needed" in text and "Ask your supervisor" in text


def test_a_paused_worker_reads_why_no_task_comes(qtbot: QtBot, open_window: Opener, ws: Workspace, tmp_path: Path,
                                                 clock: FakeClock) -> None:
    ws.import_bundle(make_bundle(tmp_path / "work", "tagging", 2))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
    amina_id = ws.store.read().execute("SELECT id FROM workers WHERE name = 'Amina Njeri'").fetchone()[0]
    with ws.store.transaction() as c:  # as the hub's roster leaves it (tests/sync/test_pauses.py goes the whole way)
        c.execute("INSERT INTO worker_pauses (worker_id, project_id, reason) VALUES (?, 'test', ?)",
                  (amina_id, "<b>Read the instructions</b> again."))
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.empty_page)

    assert ("The organisation has paused your work on Test project: <b>Read the instructions</b> again. Ask your "
            "supervisor.") in screen.empty_label.text()
    assert screen.empty_label.textFormat() == Qt.TextFormat.PlainText, "a reason from the hub is shown as written"
