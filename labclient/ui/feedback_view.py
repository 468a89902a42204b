"""Feedback on a gold or training task, shown on the work screen right after its submit.

:class:`FeedbackView` shows one :class:`~labclient.quality.feedback.Feedback`: a large headline
("Well done: 92%", "Not quite: 61% (pass mark 80%)"; "Practice task" above it for training),
the worker's answer beside the right one with the differences marked, and the batch's
explanation (Markdown; links are not followed and nothing is loaded from it). Enter or Esc
(or the Continue button) emits ``continued``: the work screen then shows the next task.

How each kind is shown:

- transcription (rule ``wer``): the two transcripts side by side, as the scorer aligned them
  (normalised words: lower case, no punctuation). A wrong word is red and crossed out in her
  answer, the right word green, bold and underlined in the right answer; a word she added is
  crossed out and in brackets, a word she missed is underlined and in brackets. Colour is never
  the only cue (colour-blind workers), a legend says what each mark means, a line counts the
  wrong, missed and extra words, and the panes' accessible descriptions list the differences in
  words for screen readers;
- data entry (rule ``fields``): a table of the outcome and the fields: her answer, the right
  answer, and "✓ Right" or "✗ Wrong" (a wrong answer is also crossed out);
- tagging (rules ``exact``, ``jaccard``): a table of the labels either side chose: whether she
  chose it, whether the right answer has it, and "✓ Right" or "✗ Wrong".

Every value is drawn in its own reading direction (a Unicode isolate), so a phone number or an
English transcript keeps its order in a right-to-left layout while the columns mirror.

GUI thread only, like every widget. The view holds no workspace: it shows what it is given.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labclient.quality.feedback import Feedback, FieldOutcome, WordOp
from labclient.ui.names import named

# Colours of the marks (each always with a second, non-colour cue).
WRONG = "#b00020"
WRONG_BACKGROUND = "#fde4e4"
RIGHT = "#1b5e20"
RIGHT_BACKGROUND = "#e2f3e3"
PASSED_STYLE = "color: #1b5e20; background: #e2f3e3; border-radius: 6px; padding: 8px 12px;"
NOT_PASSED_STYLE = "color: #6d3a00; background: #fff0d9; border-radius: 6px; padding: 8px 12px;"
PRACTICE_STYLE = "color: #0d3c61; background: #e3eefa; border-radius: 4px; padding: 3px 10px; font-weight: bold;"
# At most this many differences are listed in a pane's accessible description.
MAX_LISTED = 30

NAME, GIVEN, EXPECTED, RESULT = range(4)


def isolate(text: str) -> str:
    """``text`` as a Unicode first-strong isolate: drawn in its own direction in any layout."""
    return "\u2068" + text + "\u2069"


def percent(value: float, *, up: bool = False) -> int:
    """``value`` (0..1) as a whole percentage, rounded down (a score never looks higher than it
    is) or, with ``up``, rounded up (a pass mark never looks lower)."""
    scaled = value * 100
    return int(math.ceil(scaled - 1e-6) if up else math.floor(scaled + 1e-6))


def word_span(text: str, role: str) -> str:
    """HTML for one marked run of words: ``wrong`` (crossed out), ``extra`` (crossed out, in
    brackets), ``right`` (bold, underlined) or ``missed`` (bold, underlined, in brackets)."""
    escaped = html.escape(text)
    if role in ("wrong", "extra"):
        style = f"color: {WRONG}; background-color: {WRONG_BACKGROUND}; text-decoration: line-through;"
    else:
        style = f"color: {RIGHT}; background-color: {RIGHT_BACKGROUND}; font-weight: bold; text-decoration: underline;"
    if role in ("extra", "missed"):
        escaped = f"({escaped})"
    return f'<span style="{style}">{escaped}</span>'


class _QuietBrowser(QTextBrowser):
    """A text browser that follows no link and loads nothing the text names (the batch's
    Markdown may name files or addresses): it shows the text and nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        return None


class _OwnDirection(QStyledItemDelegate):
    """Draws each cell's text in its own reading direction, so ``0712 345 678`` keeps its order
    in a right-to-left table."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = isolate(option.text)


class FeedbackView(QWidget):
    """Shows one Feedback; Enter, Esc or Continue emits ``continued``.

    Its keys are enabled only while :meth:`set_active` says it is on screen. Widgets kept as
    attributes for the tests: ``headline``, ``practice``, ``note``, ``given``/``expected`` (the
    transcripts), ``legend``, ``counts``, ``table`` (fields and labels), ``explanation``,
    ``continue_button``.
    """

    continued = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.feedback: Feedback | None = None

        self.practice = QLabel(self.tr("Practice task"), self)
        self.practice.setObjectName("feedbackPractice")
        self.practice.setStyleSheet(PRACTICE_STYLE)
        self.headline = QLabel(self)
        self.headline.setObjectName("feedbackHeadline")
        self.headline.setAccessibleName(self.tr("Your result"))
        self.headline.setWordWrap(True)
        big = QFont(self.headline.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.9)
        self.headline.setFont(big)
        self.note = QLabel(self)
        self.note.setObjectName("feedbackNote")
        self.note.setWordWrap(True)
        plain = QFont(self.note.font())
        plain.setPointSizeF(plain.pointSizeF() * 1.15)
        self.note.setFont(plain)
        practice_row = QHBoxLayout()
        practice_row.addWidget(self.practice)
        practice_row.addStretch(1)

        # Transcripts: her answer beside the right one.
        self.given = named(_QuietBrowser(self), "feedbackGiven", self.tr("Your answer"))
        self.expected = named(_QuietBrowser(self), "feedbackExpected", self.tr("The right answer"))
        text_font = QFont(self.given.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.3)
        for pane in (self.given, self.expected):
            pane.setFont(text_font)
            pane.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.given_title = self._pane_title(self.tr("Your answer"))
        self.expected_title = self._pane_title(self.tr("The right answer"))
        given_box, expected_box = QVBoxLayout(), QVBoxLayout()
        given_box.addWidget(self.given_title)
        given_box.addWidget(self.given, 1)
        expected_box.addWidget(self.expected_title)
        expected_box.addWidget(self.expected, 1)
        panes = QHBoxLayout()
        panes.addLayout(given_box, 1)
        panes.addSpacing(12)
        panes.addLayout(expected_box, 1)
        self.transcripts = QWidget(self)
        self.transcripts.setObjectName("feedbackTranscripts")
        self.legend = QLabel(self)
        self.legend.setObjectName("feedbackLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setFont(plain)
        self.counts = QLabel(self)
        self.counts.setObjectName("feedbackCounts")
        self.counts.setWordWrap(True)
        self.counts.setFont(plain)
        transcripts_layout = QVBoxLayout(self.transcripts)
        transcripts_layout.setContentsMargins(0, 0, 0, 0)
        transcripts_layout.addLayout(panes, 1)
        transcripts_layout.addWidget(self.counts)
        transcripts_layout.addWidget(self.legend)

        # Fields and labels: one table.
        self.table = named(QTableWidget(0, 4, self), "feedbackTable", self.tr("Your answers and the right answers"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_OwnDirection(self.table))
        table_font = QFont(self.table.font())
        table_font.setPointSizeF(table_font.pointSizeF() * 1.15)
        self.table.setFont(table_font)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.verticalHeader().setMinimumSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped text
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GIVEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXPECTED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)

        self.explanation_title = self._pane_title(self.tr("Why"))
        self.explanation = named(_QuietBrowser(self), "feedbackExplanation", self.tr("Explanation"))
        self.explanation.setFont(plain)
        self.explanation.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.continue_button = named(QPushButton(self.tr("Continue (Enter)"), self), "feedbackContinue",
                                     self.tr("Continue"), self.tr("Go on to the next task"))
        self.continue_button.setStyleSheet("font-weight: bold; padding: 8px 28px;")
        button_font = QFont(self.continue_button.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.2)
        self.continue_button.setFont(button_font)
        self.continue_button.clicked.connect(self.go_on)
        self._keys: list[QShortcut] = []
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            shortcut = QShortcut(QKeySequence(key), self, self.go_on)
            shortcut.setAutoRepeat(False)  # a key held down from the submit does not skip the feedback
            shortcut.setEnabled(False)
            self._keys.append(shortcut)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(practice_row)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addWidget(self.transcripts, 1)
        layout.addWidget(self.table)  # as tall as its rows first (up to the room there is): every field shows
        layout.addWidget(self.explanation_title)
        layout.addWidget(self.explanation, 1)
        layout.addStretch(0)  # takes the room left when neither the transcripts nor an explanation do
        self._spacer = layout.count() - 1
        layout.addLayout(bottom)
        self._layout = layout
        self.setTabOrder(self.continue_button, self.given)
        self.setTabOrder(self.given, self.expected)
        self.setTabOrder(self.expected, self.table)
        self.setTabOrder(self.table, self.explanation)
        self.clear()

    def _pane_title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        bold = QFont(label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        label.setFont(bold)
        return label

    # -- what the work screen calls ------------------------------------------------------------

    def show_feedback(self, feedback: Feedback) -> None:
        """Show ``feedback`` (replacing whatever was shown)."""
        self.feedback = feedback
        self.practice.setVisible(feedback.purpose == "training")
        self.headline.setText(self.headline_text(feedback))
        self.headline.setStyleSheet(PASSED_STYLE if feedback.passed else NOT_PASSED_STYLE)
        self.note.setText(self.note_text(feedback))
        transcript = feedback.rule == "wer"
        self.transcripts.setVisible(transcript)
        self.table.setVisible(not transcript)
        if transcript:
            self._show_words(feedback.words)
        else:
            self._show_table(feedback)
        explanation = feedback.explanation.strip()
        self.explanation.setMarkdown(explanation)
        self.explanation_title.setVisible(bool(explanation))
        self.explanation.setVisible(bool(explanation))
        self._layout.setStretch(self._spacer, 0 if transcript or explanation else 1)

    def clear(self) -> None:
        """Show nothing (the worker left the seat: her answers are not left for the next person)."""
        self.feedback = None
        self.headline.clear()
        self.note.clear()
        self.practice.hide()
        for pane in (self.given, self.expected, self.explanation):
            pane.clear()
            pane.setAccessibleDescription("")
        self.counts.clear()
        self.table.setRowCount(0)

    def set_active(self, active: bool) -> None:
        """Enable Enter and Esc only while the view is on screen."""
        for shortcut in self._keys:
            shortcut.setEnabled(active)

    def focus_first(self) -> None:
        """The keyboard on Continue: Enter goes on."""
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> None:
        """Enter, Esc or Continue: done reading."""
        if self.feedback is not None:
            self.continued.emit()

    def shortcut_help(self) -> str:
        """The line of keys shown under the view."""
        return self.tr("Enter or Esc: continue to the next task · Tab: move to your answer and the explanation")

    # -- texts ---------------------------------------------------------------------------------

    def headline_text(self, feedback: Feedback) -> str:
        """"Well done: 92%" or "Not quite: 61% (pass mark 80%)"."""
        score = percent(feedback.score)
        if feedback.passed:
            return self.tr("✓ Well done: {0}%").format(score)
        return self.tr("Not quite: {0}% (pass mark {1}%)").format(score, percent(feedback.threshold, up=True))

    def note_text(self, feedback: Feedback) -> str:
        """What this task was, in plain words."""
        if feedback.purpose == "training":
            return self.tr("This task is for practice: it does not count. Compare your answer with the right "
                           "answer below, then go on.")
        return self.tr("We knew the answer to this task, so your work could be checked. Compare your answer "
                       "with the right answer below, then go on.")

    # -- transcripts ---------------------------------------------------------------------------

    def _show_words(self, words: tuple[WordOp, ...]) -> None:
        given: list[str] = []
        expected: list[str] = []
        told: list[str] = []
        wrong = missed = extra = right = 0
        for op in words:
            if op.op == "equal":
                given.append(html.escape(op.given))
                expected.append(html.escape(op.expected))
                right += len(op.expected.split())
            elif op.op == "substitute":
                given.append(word_span(op.given, "wrong"))
                expected.append(word_span(op.expected, "right"))
                wrong += len(op.expected.split())
                told.append(self.tr("You wrote “{0}”; the right answer has “{1}”.").format(op.given, op.expected))
            elif op.op == "insert":
                given.append(word_span(op.given, "extra"))
                extra += len(op.given.split())
                told.append(self.tr("You added “{0}”.").format(op.given))
            else:
                expected.append(word_span(op.expected, "missed"))
                missed += len(op.expected.split())
                told.append(self.tr("You missed “{0}”.").format(op.expected))
        self.given.setHtml(self._paragraph(given, self.tr("(nothing)")))
        self.expected.setHtml(self._paragraph(expected, self.tr("(nothing)")))
        listed = told[:MAX_LISTED]
        if len(told) > MAX_LISTED:
            listed.append(self.tr("Other differences: {0}.").format(len(told) - MAX_LISTED))
        description = " ".join(listed) or self.tr("Every word is right.")
        self.given.setAccessibleDescription(description)
        self.expected.setAccessibleDescription(description)
        self.counts.setText(self.counts_text(right, wrong, missed, extra))
        self.legend.setText(self.legend_html())

    @staticmethod
    def _paragraph(parts: list[str], nothing: str) -> str:
        body = " ".join(parts) if parts else f"<i>{html.escape(nothing)}</i>"
        return f"<p>{body}</p>"

    def counts_text(self, right: int, wrong: int, missed: int, extra: int) -> str:
        """"Words right: 5 of 7 · Wrong: 1 · Missed: 1 · Added: 1" (the counts that are not 0)."""
        parts = [self.tr("Words right: {0} of {1}").format(right, right + wrong + missed)]
        if wrong:
            parts.append(self.tr("Wrong: {0}").format(wrong))
        if missed:
            parts.append(self.tr("Missed: {0}").format(missed))
        if extra:
            parts.append(self.tr("Added: {0}").format(extra))
        return "   ·   ".join(parts)

    def legend_html(self) -> str:
        """What each mark means, each shown with a sample."""
        sample = self.tr("word")
        items = [
            self.tr("{0} a wrong word").format(word_span(sample, "wrong")),
            self.tr("{0} the right word").format(word_span(sample, "right")),
            self.tr("{0} a word you added").format(word_span(sample, "extra")),
            self.tr("{0} a word you missed").format(word_span(sample, "missed")),
        ]
        compared = self.tr("Both answers are shown as they were compared: without capitals or punctuation.")
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(items) + "<br>" + html.escape(compared)

    # -- fields and labels ---------------------------------------------------------------------

    def _show_table(self, feedback: Feedback) -> None:
        tagging = feedback.rule in ("exact", "jaccard")
        if tagging:
            headers = [self.tr("Label"), self.tr("You chose it"), self.tr("In the right answer"), self.tr("Result")]
        else:
            headers = [self.tr("Field"), self.tr("Your answer"), self.tr("The right answer"), self.tr("Result")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.clearSpans()
        self.table.setRowCount(len(feedback.fields))
        for row, field in enumerate(feedback.fields):
            self._set_row(row, field, tagging=tagging)
        if not feedback.fields:  # a tagging task where neither side chose a label
            self.table.setRowCount(1)
            self.table.setItem(0, NAME, QTableWidgetItem(self.tr("No label was to be chosen, and you chose none.")))
            self.table.setSpan(0, NAME, 1, 4)

    def _set_row(self, row: int, field: FieldOutcome, *, tagging: bool) -> None:
        if tagging:
            given = self.tr("Yes") if field.given else self.tr("No")
            expected = self.tr("Yes") if field.expected else self.tr("No")
            name = field.name
        else:
            given = field.given or self.tr("(empty)")
            expected = field.expected or self.tr("(empty)")
            name = self.tr("Outcome") if field.name == "Outcome" else field.name
        result = self.tr("✓ Right") if field.correct else self.tr("✗ Wrong")
        items = [QTableWidgetItem(text) for text in (name, given, expected, result)]
        bold = QFont(self.table.font())
        bold.setBold(True)
        items[NAME].setFont(bold)
        items[RESULT].setFont(bold)
        colour, background = (RIGHT, RIGHT_BACKGROUND) if field.correct else (WRONG, WRONG_BACKGROUND)
        items[RESULT].setForeground(QBrush(QColor(colour)))
        items[RESULT].setBackground(QBrush(QColor(background)))
        if not field.correct:
            crossed = QFont(self.table.font())
            crossed.setStrikeOut(True)
            items[GIVEN].setFont(crossed)
            items[GIVEN].setForeground(QBrush(QColor(WRONG)))
            items[EXPECTED].setFont(bold)
            items[EXPECTED].setForeground(QBrush(QColor(RIGHT)))
        if not tagging:
            for column, value in ((GIVEN, field.given), (EXPECTED, field.expected)):
                if not value:  # "(empty)" is a remark, not a value: slanted, never crossed out
                    slanted = QFont(items[column].font())
                    slanted.setItalic(True)
                    slanted.setStrikeOut(False)
                    items[column].setFont(slanted)
        for column, item in enumerate(items):
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.table.setItem(row, column, item)
