"""The feedback view alone: what a worker reads for each kind, its keys, its names, right-to-left.

Feedback objects are made here as the core makes them (plain frozen dataclasses); the view is a
real widget, shown offscreen. The whole work screen is in ``test_feedback_flow.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from labclient.quality.feedback import Feedback, FieldOutcome, WordOp
from labclient.ui.feedback_view import NAME, RESULT, FeedbackView
from tests.helpers.layout import interactive_widgets

TRANSCRIPT = Feedback(
    task_key=1, purpose="gold", score=3 / 6, passed=False, threshold=0.85, rule="wer", fields=(),
    words=(WordOp("equal", "the cat sat on", "the cat sat on"), WordOp("substitute", "a", "the"),
           WordOp("equal", "mat", "mat"), WordOp("insert", "very", ""), WordOp("delete", "", "today")),
    wer=0.5, cer=0.3,
    explanation="The speaker says **the** mat. See [the guide](https://example.org/guide).\n\n- one\n- two")
FORM = Feedback(
    task_key=2, purpose="gold", score=4 / 6, passed=False, threshold=0.8, rule="fields",
    fields=(FieldOutcome("Outcome", "Corrected", "Corrected", True),
            FieldOutcome("Business name", "Shop 0", "Mama Pima Shop", False),
            FieldOutcome("Phone", "0712 345 678", "0712 345 678", True),
            FieldOutcome("Category", "", "Shop", False),
            FieldOutcome("Employees", "13", "12", True),
            FieldOutcome("Opened", "2019-03-05", "2019-03-05", True)),
    words=(), wer=None, cer=None, explanation="")
TAGS = Feedback(
    task_key=3, purpose="training", score=1 / 3, passed=False, threshold=0.75, rule="jaccard",
    fields=(FieldOutcome("Cat", "Cat", "Cat", True), FieldOutcome("Dog", "Dog", "", False),
            FieldOutcome("Bird", "", "Bird", False)),
    words=(), wer=None, cer=None, explanation="Look at the *wings*.")


@pytest.fixture
def view(qtbot: QtBot) -> FeedbackView:
    """A feedback view, shown at the size it gets on a 1366×768 work screen, keys enabled."""
    widget = FeedbackView()
    qtbot.addWidget(widget)
    widget.resize(1340, 560)
    widget.set_active(True)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def rtl() -> Iterator[None]:
    """The application laid out right-to-left for the test."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def char_format(pane: QTextBrowser, text: str, offset: int = 0) -> QTextCharFormat:
    """The character format of the letter at ``offset`` in the first ``text`` in ``pane``."""
    at = pane.toPlainText().index(text) + offset
    cursor = QTextCursor(pane.document())
    cursor.setPosition(at + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[(item.text() if (item := table.item(r, c)) is not None else "") for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def headers(table: QTableWidget) -> list[str]:
    return [item.text() if (item := table.horizontalHeaderItem(c)) is not None else ""
            for c in range(table.columnCount())]


def test_a_transcript_shows_wrong_missed_and_extra_words(view: FeedbackView):
    view.show_feedback(TRANSCRIPT)

    assert view.headline.text() == "Not quite: 50% (pass mark 85%)"
    assert not view.practice.isVisible()
    assert view.given.toPlainText() == "the cat sat on a mat (very)"
    assert view.expected.toPlainText() == "the cat sat on the mat (today)"
    assert view.counts.text() == "Words right: 5 of 7   ·   Wrong: 1   ·   Missed: 1   ·   Added: 1"
    assert view.transcripts.isVisible() and not view.table.isVisible()
    # Colour is never the only cue: crossed out in her answer, bold and underlined in the right one.
    plain = char_format(view.given, "cat")
    assert not plain.fontStrikeOut() and not plain.fontUnderline()
    assert char_format(view.given, "on a", 3).fontStrikeOut()  # wrong: "a"
    assert char_format(view.given, "(very)").fontStrikeOut()   # added
    right, missed = char_format(view.expected, "the mat"), char_format(view.expected, "(today)")
    assert right.fontUnderline() and right.fontWeight() > 500
    assert missed.fontUnderline()
    assert not char_format(view.expected, "mat").fontUnderline()
    assert "a word you missed" in view.legend.text() and "a word you added" in view.legend.text()
    described = view.given.accessibleDescription()
    assert "You wrote “a”; the right answer has “the”." in described
    assert "You added “very”." in described and "You missed “today”." in described


def test_the_explanation_is_rendered_from_markdown_and_its_links_are_not_followed(view: FeedbackView):
    view.show_feedback(TRANSCRIPT)
    shown = view.explanation.toPlainText()
    assert "The speaker says the mat. See the guide." in shown and "**" not in shown
    assert view.explanation.isVisible() and view.explanation_title.text() == "Why"
    assert not view.explanation.openLinks() and not view.explanation.openExternalLinks()
    assert view.explanation.loadResource(0, "file:///etc/passwd") is None  # nothing the text names is loaded

    view.show_feedback(FORM)
    assert not view.explanation.isVisible()


def test_a_form_shows_each_field_beside_the_right_answer(view: FeedbackView):
    view.show_feedback(FORM)

    assert view.headline.text() == "Not quite: 66% (pass mark 80%)"
    assert view.table.isVisible() and not view.transcripts.isVisible()
    assert headers(view.table) == ["Field", "Your answer", "The right answer", "Result"]
    assert table_rows(view.table) == [
        ["Outcome", "Corrected", "Corrected", "✓ Right"],
        ["Business name", "Shop 0", "Mama Pima Shop", "✗ Wrong"],
        ["Phone", "0712 345 678", "0712 345 678", "✓ Right"],
        ["Category", "(empty)", "Shop", "✗ Wrong"],
        ["Employees", "13", "12", "✓ Right"],  # within the batch's tolerance
        ["Opened", "2019-03-05", "2019-03-05", "✓ Right"],
    ]
    wrong_given = view.table.item(1, 1)
    assert wrong_given is not None and wrong_given.font().strikeOut()
    empty_given = view.table.item(3, 1)
    assert empty_given is not None and empty_given.font().italic() and not empty_given.font().strikeOut()


def test_tags_show_each_label_either_side_chose(view: FeedbackView):
    view.show_feedback(TAGS)

    assert view.practice.isVisible() and view.practice.text() == "Practice task"
    assert view.headline.text() == "Not quite: 33% (pass mark 75%)"
    assert "for practice: it does not count" in view.note.text()
    assert headers(view.table) == ["Label", "You chose it", "In the right answer", "Result"]
    assert table_rows(view.table) == [
        ["Cat", "Yes", "Yes", "✓ Right"],
        ["Dog", "Yes", "No", "✗ Wrong"],
        ["Bird", "No", "Yes", "✗ Wrong"],
    ]
    assert "wings" in view.explanation.toPlainText()


def test_headlines_never_round_a_fail_up_to_the_pass_mark(view: FeedbackView):
    from dataclasses import replace

    view.show_feedback(replace(TAGS, purpose="gold", score=0.849, threshold=0.85))
    assert view.headline.text() == "Not quite: 84% (pass mark 85%)"
    assert not view.practice.isVisible()
    view.show_feedback(replace(TAGS, score=0.92, passed=True))
    assert view.headline.text() == "✓ Well done: 92%"


def test_enter_or_esc_continues_only_while_active(qtbot: QtBot, view: FeedbackView):
    view.show_feedback(TAGS)
    view.focus_first()
    assert QApplication.focusWidget() is view.continue_button
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
        with qtbot.waitSignal(view.continued, timeout=1000):
            qtbot.keyClick(view.continue_button, key)
    view.explanation.setFocus()
    with qtbot.waitSignal(view.continued, timeout=1000):
        qtbot.keyClick(view.explanation, Qt.Key.Key_Return)  # wherever the keyboard is

    view.set_active(False)
    with qtbot.assertNotEmitted(view.continued):
        qtbot.keyClick(view.continue_button, Qt.Key.Key_Return)
    view.clear()
    with qtbot.assertNotEmitted(view.continued):
        view.continue_button.click()  # nothing on screen: nothing to go on from


def test_every_interactive_widget_is_named(view: FeedbackView):
    for feedback in (TRANSCRIPT, FORM, TAGS):
        view.show_feedback(feedback)
        QApplication.processEvents()
        shown = interactive_widgets(view)
        assert view.continue_button in shown
        for widget in shown:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    assert view.continue_button.text() == "Continue (Enter)"


def left(widget: FeedbackView | QTextBrowser | QTableWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_right_to_left_mirrors_the_columns_and_keeps_each_texts_order(qtbot: QtBot, rtl: None,
                                                                      view: FeedbackView):
    assert view.isRightToLeft()
    view.show_feedback(TRANSCRIPT)
    QApplication.processEvents()
    assert left(view.given) > left(view.expected), "her answer comes first: on the right"
    # An English transcript still reads left to right: "the" is drawn left of "mat".
    cursor = QTextCursor(view.given.document())
    cursor.setPosition(0)
    first = view.given.cursorRect(cursor).x()
    cursor.setPosition(view.given.toPlainText().index("mat"))
    assert first < view.given.cursorRect(cursor).x()

    view.show_feedback(FORM)
    QApplication.processEvents()
    header = view.table.horizontalHeader()
    assert header.sectionViewportPosition(NAME) > header.sectionViewportPosition(RESULT), "columns mirrored"
    # Each cell is drawn in its own direction, so a phone number keeps its digit groups in order.
    index = view.table.model().index(2, 1)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    delegate = view.table.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.text == "\u20680712 345 678\u2069"
