"""A translator's task by keyboard alone: segment by segment, glossary terms and kept spans
typed with Alt+digit, the source copied where it stays as it is, a refused submit that takes her
to the segment to fix, and an Urdu translation edited right to left in an English UI. Real
widgets, offscreen, a real workspace."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.translation import TranslationView
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import FakeClock
from tests.helpers.ui import key, start_as
from tests.logins import give_pins, stored_results


def translation_window(qtbot: QtBot, open_window: Callable[..., MainWindow],
                       loaded: Callable[[str], Workspace]) -> tuple[MainWindow, TranslationView]:
    window = open_window(loaded("translation"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["translation"]
    assert isinstance(view, TranslationView)
    return window, view


def test_a_translation_by_keyboard_alone(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                         loaded: Callable[[str], Workspace]) -> None:
    window, view = translation_window(qtbot, open_window, loaded)
    screen = window.work_screen
    assert QApplication.focusWidget() is view.editor
    assert view.position.text() == "Segment 1 of 2" and view.next_button.isEnabled()
    assert "{name}" in view.source.toPlainText() and 'color:#0b4f9c' in view.source.toHtml()
    assert view.inserts == ["{name}"]

    qtbot.keyClicks(view.editor, "Bonjour ")
    key(qtbot, window, "Alt+Down")
    assert view.position.text() == "Segment 2 of 2"
    assert view.previous.text() == "Previous: Hello {name}! → Bonjour "
    assert view.inserts == ["client", "M-Pesa"]  # the term's translation, then the kept span
    assert "customer → client" in view._insert_buttons[0].text()
    qtbot.keyClicks(view.editor, "Votre ")
    key(qtbot, window, "Alt+1")
    qtbot.keyClicks(view.editor, " a paye avec ")  # QTest types ASCII only
    key(qtbot, window, "Alt+2")
    qtbot.keyClicks(view.editor, " (commande 0).")

    # The placeholder of segment 1 is missing: refused, and she is taken back to segment 1.
    key(qtbot, window, "Ctrl+Return")
    assert stored_results(window.ws) == []
    assert view.position.text() == "Segment 1 of 2" and view.issues.isVisible()
    assert "Segment 1: keep {name} exactly as in the source." in view.issues.text()
    key(qtbot, window, "Alt+1")
    qtbot.keyClicks(view.editor, " !")
    with qtbot.waitSignal(screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    [stored] = stored_results(window.ws)
    assert stored["content"] == {"segments": ["Bonjour {name} !", "Votre client a paye avec M-Pesa (commande 0)."]}


def test_copy_source_and_a_draft_that_comes_back(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                 loaded: Callable[[str], Workspace]) -> None:
    window, view = translation_window(qtbot, open_window, loaded)
    key(qtbot, window, "Alt+Down")
    qtbot.keyClicks(view.editor, "old text")
    key(qtbot, window, "Ctrl+Shift+C")
    assert view.editor.toPlainText() == "Your customer paid with M-Pesa (order 0)."
    key(qtbot, window, "Ctrl+Z")
    assert view.editor.toPlainText() == "old text", "a copied source is taken back with Ctrl+Z"
    assert view.content() == {"segments": ["", "old text"]}
    assert view.counter.text() == "8 / 200 characters"


def test_an_urdu_translation_is_right_to_left_in_an_english_ui(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                               ws: Workspace, tmp_path: Path, clock: FakeClock) -> None:
    doc, media = batch_doc("translation", 2, batch_id="b-urdu")
    doc = copy.deepcopy(doc)
    doc["template"]["params"]["target_language"] = "ur"
    doc["template"]["params"]["glossary"] = [{"source": "customer", "target": "گاہک"}]
    ws.import_bundle(write_bundle(tmp_path / "urdu.zip", doc, media))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["translation"]
    assert isinstance(view, TranslationView)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert view.source.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "English" in view.languages.text() and "اردو" in view.languages.text()


def test_in_a_right_to_left_ui_a_neighbour_segment_keeps_its_own_direction(
        qtbot: QtBot, open_window: Callable[..., MainWindow], loaded: Callable[[str], Workspace]) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window, view = translation_window(qtbot, open_window, loaded)
        key(qtbot, window, "Alt+Down")
        # Without the isolates, an Urdu window shows the English sentence's "!" at its start.
        assert "\u2068Hello {name}!\u2069" in view.previous.text()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_long_task_is_seen_whole_in_the_segment_strip(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                        ws: Workspace, tmp_path: Path, clock: FakeClock) -> None:
    """Sixty segments: the strip shows which are translated; Alt+Page Down goes to the next one
    still empty; a click goes to a segment; a refused submit marks the segments it names."""
    from PySide6.QtCore import QPoint

    doc, media = batch_doc("translation", 1)
    doc["tasks"][0]["segments"] = [f"Line {i} of the help page." for i in range(60)]
    ws.import_bundle(write_bundle(tmp_path / "long.zip", doc, media))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["translation"]
    assert isinstance(view, TranslationView)
    strip = view.strip
    assert strip.isVisible() and len(strip.done) == 60 and not any(strip.done) and strip.current == 0

    for _ in range(3):                                # segments 1 to 3 translated
        qtbot.keyClicks(view.editor, "Ligne")
        key(qtbot, window, "Alt+Down")
    assert strip.done[:4] == [True, True, True, False] and strip.current == 3
    key(qtbot, window, "Alt+Up")
    key(qtbot, window, "Alt+Up")                      # back on segment 2
    key(qtbot, window, "Alt+PgDown")                  # the next empty one: segment 4
    assert view.position.text() == "Segment 4 of 60" and strip.current == 3

    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.cell(40).center().toPoint())
    assert view.position.text() == "Segment 41 of 60" and QApplication.focusWidget() is view.editor
    assert strip.index_at(QPoint(-5, -5)) == -1

    key(qtbot, window, "Ctrl+Return")                 # 57 segments empty: refused, each named
    assert stored_results(ws) == []
    assert len(strip.flagged) == 57 and 0 not in strip.flagged and 3 in strip.flagged
    assert view.position.text() == "Segment 4 of 60", "she is taken to the first segment to fix"
