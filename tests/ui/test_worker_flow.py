"""A worker does each kind of task by keyboard only; what they did is what is stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as
from tests.logins import stored_results

Opener = Callable[[Workspace], MainWindow]


def test_audio_transcription_by_keyboard(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    ws = loaded("audio")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    player = view.player.player
    assert QApplication.focusWidget() is view.editor

    key(qtbot, window, "Esc")  # play: the clip is really decoded and the position moves
    qtbot.waitUntil(lambda: player.position() > 100, timeout=5000)
    key(qtbot, window, "Esc")  # pause
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    qtbot.keyClicks(view.editor, "hello ")
    key(qtbot, window, "Alt+1")
    qtbot.keyClicks(view.editor, "world")
    assert view.editor.toPlainText() == "hello [inaudible] world"

    first = window.work_screen.task
    assert first is not None
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    results = stored_results(ws)
    assert [(r["task_id"], r["action"], r["content"]) for r in results] == [
        (first.task_id, "submit", {"text": "hello [inaudible] world"})
    ]
    assert window.work_screen.task is not None and window.work_screen.task.task_id != first.task_id
    assert view.editor.toPlainText() == ""
    assert "Done today: 1" in window.work_screen.progress_label.text()


def test_audio_keys_rewind_speed_and_loop(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    window = open_window(loaded("audio"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    audio = view.player
    player = audio.player
    key(qtbot, window, "Esc")
    qtbot.waitUntil(lambda: player.position() > 300, timeout=5000)
    key(qtbot, window, "Esc")
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    paused_at = player.position()
    audio.rewind.setValue(0.25)
    key(qtbot, window, "Esc")  # resume steps back 0.25 s so the worker hears the last words again
    assert player.position() <= paused_at - 200
    key(qtbot, window, "Esc")

    key(qtbot, window, "F8")
    key(qtbot, window, "F8")
    assert player.playbackRate() == 1.5
    for _ in range(6):
        key(qtbot, window, "F7")
    assert player.playbackRate() == 0.5  # never below half speed
    key(qtbot, window, "F9")
    assert player.loops() == QMediaPlayer.Loops.Infinite
    assert "0.50×" in audio.speed_label.text()


def test_empty_transcript_is_refused_with_a_reason(qtbot: QtBot, open_window: Opener,
                                                   loaded: Callable[[str], Workspace]):
    ws = loaded("audio")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    shown = window.work_screen.task
    key(qtbot, window, "Ctrl+Return")
    assert view.issues.isVisible()
    assert "The transcript is empty" in view.issues.text()
    assert "[inaudible]" in view.issues.text()
    assert window.work_screen.task == shown
    assert stored_results(ws) == []

    qtbot.keyClicks(view.editor, "it was [inadible]")
    key(qtbot, window, "Ctrl+Return")
    assert "[inadible] is not a token" in view.issues.text()
    assert stored_results(ws) == []


def test_document_transcription(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    ws = loaded("document")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    assert view.image.has_image() and not view.player.isVisible()
    QApplication.processEvents()
    assert view.image.width() > 0.5 * view.width(), "the document must get the larger share of the width"
    before = view.image.zoom
    key(qtbot, window, "Ctrl+=")
    assert view.image.zoom > before
    qtbot.keyClicks(view.editor, "Invoice 42")
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    assert stored_results(ws)[0]["content"] == {"text": "Invoice 42"}


def test_tagging_with_digit_keys(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["tagging"]
    assert isinstance(view, TaggingView)
    assert view.image.has_image()
    key(qtbot, window, "Ctrl+Return")  # nothing chosen yet
    assert "Choose at least 1 label" in view.issues.text()
    key(qtbot, window, "1")
    key(qtbot, window, "3")
    key(qtbot, window, "2")
    key(qtbot, window, "2")  # toggles Dog off again
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    assert [r["content"] for r in stored_results(ws)] == [{"labels": ["cat", "bird"]}]
    assert not any(b.isChecked() for b in view.buttons)  # the next image starts clean


def test_data_entry_shows_the_field_to_fix(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    ws = loaded("data_entry")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    name = view.inputs["name"]
    assert QApplication.focusWidget() is name
    assert name.text() == "Shop 0"  # type: ignore[union-attr]
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    phone = view.inputs["phone"]
    assert QApplication.focusWidget() is phone
    phone.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(phone, "call me")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Shop")
    key(qtbot, window, "Ctrl+Return")
    assert view.field_errors["phone"].isVisible()
    assert view.field_errors["phone"].text() == "Phone is not in the expected form."
    assert view.outcome_error.text() == "Choose an outcome."
    assert not view.field_errors["name"].isVisible()
    assert QApplication.focusWidget() is phone
    assert stored_results(ws) == []

    phone.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(phone, "+254 712 000 111")
    key(qtbot, window, "Alt+2")
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    content = stored_results(ws)[0]["content"]
    assert content["outcome"] == "corrected"
    assert content["fields"]["phone"] == "+254 712 000 111"
    assert content["fields"]["category"] == "Shop"
    assert content["fields"]["name"] == "Shop 0"
    # The next listing starts from its own prefill: nothing left over from the one before.
    assert view.inputs["name"].text() == "Shop 1"  # type: ignore[union-attr]
    assert view.inputs["category"].currentText() == ""  # type: ignore[union-attr]
    assert not any(b.isChecked() for b in view.outcome_buttons)
    assert not view.field_errors["phone"].isVisible() and not view.outcome_error.isVisible()
    assert QApplication.focusWidget() is view.inputs["name"]


def test_skip_asks_for_a_reason(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    first = window.work_screen.task
    assert first is not None
    key(qtbot, window, "Ctrl+Shift+S")
    dialog = window.work_screen._dialog
    assert dialog is not None and dialog.isVisible()
    editor = dialog.combo.lineEdit()
    assert editor is not None
    dialog.combo.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Image is too dark")
    with qtbot.waitSignal(window.work_screen.task_shown):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        (first.task_id, "skip", {"reason": "Image is too dark"})
    ]


def test_instructions_are_one_key_away(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    assert not window.work_screen.instructions.isVisible()
    key(qtbot, window, "F1")
    assert window.work_screen.instructions.isVisible()
    assert "Do the task" in window.work_screen.instructions.toPlainText()
    key(qtbot, window, "F1")
    assert not window.work_screen.instructions.isVisible()


def test_every_action_names_its_shortcut(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    for button, shortcut in [(screen.submit_button, "Ctrl+Enter"), (screen.skip_button, "Ctrl+Shift+S"),
                             (screen.flag_button, "Ctrl+Shift+B"), (screen.help_button, "F1"),
                             (screen.switch_button, "Ctrl+L")]:
        assert shortcut in button.text()
        assert button.objectName() and button.accessibleName()
