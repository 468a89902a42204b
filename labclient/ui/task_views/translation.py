"""Translation: one segment at a time, its source (terms, kept spans and placeholders marked)
beside its translation, the previous and next segments above and below for context.

Keys: Alt+Down / Alt+Up next and previous segment, Ctrl+Shift+C copy the source into the
translation (for a segment that stays as it is: a code, a name), Alt+1…9 type the segment's
required term translations, kept spans and placeholders. The translation is edited in the target
language's direction whatever the UI's, and the source in the source language's.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labclient.tasks import Issue
from labclient.tasks.translation import Segment, Term, kept_of, marks, segment_rules, segments_of, terms_of
from labclient.ui.messages import FSI, PDI, kept_left_to_right
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.segment_strip import SegmentStrip
from labclient.workspace import Task

# How each kind of mark looks in the source: terms on yellow, kept spans on grey, placeholders
# in bold blue (the colours pass WCAG AA contrast with black or white text).
_STYLE = {"term": "background-color:#fff0a0;", "keep": "background-color:#dcdcdc;",
          "placeholder": "color:#0b4f9c;font-weight:bold;"}
_MAX_INSERTS = 9


def _direction(value: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if value == "rtl" else Qt.LayoutDirection.LeftToRight


def language_name(code: str) -> str:
    """A language as its speakers write it (``français``, ``اردو``), else the code itself."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English and "-" not in code and "_" not in code:
        return "English"  # Qt names plain "en" after its default territory: "American English"
    return locale.nativeLanguageName() or code


def source_html(text: str, terms: list[Term], kept: list[str], direction: str) -> str:
    """The source segment as rich text with its terms, kept spans and placeholders marked."""
    parts: list[str] = []
    pos = 0
    for mark in marks(text, terms, kept):
        parts.append(html.escape(text[pos:mark.start]))
        shown = html.escape(text[mark.start:mark.end])
        title = f' title="{html.escape(mark.info)}"' if mark.info else ""
        parts.append(f'<span style="{_STYLE[mark.kind]}"{title}>{shown}</span>')
        pos = mark.end
    parts.append(html.escape(text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    return f'<div dir="{direction}" style="font-size:large;">{body}</div>'


class TranslationView(TaskView):
    """Translate each segment of the task; the view keeps every segment's translation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationView")
        self.context = QLabel(self)
        self.context.setObjectName("translationContext")
        self.context.setWordWrap(True)
        self.languages = QLabel(self)
        self.languages.setObjectName("translationLanguages")
        self.position = QLabel(self)
        self.position.setObjectName("translationPosition")
        self.strip = SegmentStrip(self)
        self.previous = self._context_label("translationPrevious")
        self.following = self._context_label("translationNext")
        self.source = named(QTextBrowser(self), "translationSource", self.tr("Source text"))
        self.source.setOpenLinks(False)
        self.editor = named(QPlainTextEdit(self), "translationEditor", self.tr("Translation"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Type the translation…"))
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.editor.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("translationNote")
        self.note.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("translationCounter")
        self.copy_button = named(QPushButton(self.tr("Copy source"), self), "copySource",
                                 self.tr("Copy the source into the translation"), "Ctrl+Shift+C")
        self.previous_button = named(QPushButton(self.tr("Previous segment"), self), "previousSegment",
                                     self.tr("Previous segment"), "Alt+Up")
        self.next_button = named(QPushButton(self.tr("Next segment"), self), "nextSegment",
                                 self.tr("Next segment"), "Alt+Down")
        self.issues = error_label(self, "translationIssues")
        self.inserts_row = QHBoxLayout()
        self.inserts_row.addStretch(1)
        self._insert_buttons: list[QPushButton] = []
        self.inserts: list[str] = []
        self._segments: list[Segment] = []
        self._targets: list[str] = []
        self._terms: list[Term] = []
        self._kept: list[str] = []
        self._index = 0
        self._refused: set[int] = set()  # the segments the last refused submit named
        self._source_direction = "ltr"

        header = QHBoxLayout()
        header.addWidget(self.context, 1)
        header.addWidget(self.languages)
        header.addWidget(self.position)
        editor_label = QLabel(self.tr("&Translation"), self)
        editor_label.setBuddy(self.editor)
        target_box = QWidget(self)
        target_layout = QVBoxLayout(target_box)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_head = QHBoxLayout()
        target_head.addWidget(editor_label)
        target_head.addStretch(1)
        target_head.addWidget(self.counter)
        target_layout.addLayout(target_head)
        target_layout.addWidget(self.editor, 1)
        target_layout.addLayout(self.inserts_row)
        source_box = QWidget(self)
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(QLabel(self.tr("Source"), self))
        source_layout.addWidget(self.source, 1)
        source_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(source_box)
        self.splitter.addWidget(target_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.strip)
        layout.addWidget(self.previous)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.following)
        layout.addWidget(self.issues)
        QWidget.setTabOrder(self.editor, self.source)

        self.editor.textChanged.connect(self._text_changed)
        self.copy_button.clicked.connect(self.copy_source)
        self.previous_button.clicked.connect(lambda: self.go_to(self._index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self._index + 1))
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_source)
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.go_to(self._index + 1))
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.go_to(self._index - 1))
        QShortcut(QKeySequence("Alt+PgDown"), self, self.go_to_untranslated)
        self.strip.chosen.connect(self.go_to)
        self._insert_shortcuts = [
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.insert(n - 1))
            for n in range(1, _MAX_INSERTS + 1)
        ]

    def _context_label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("color: #555555;")
        return label

    def load(self, task: Task, content: dict[str, Any]) -> None:
        params = task.template.params
        self._segments = segments_of(task.body, params)
        self._terms, self._kept = terms_of(task.body, params), kept_of(task.body, params)
        given = content.get("segments", [])
        self._targets = [str(given[i]) if i < len(given) else "" for i in range(len(self._segments))]
        self._source_direction = params["source_direction"]
        target = _direction(params["target_direction"])
        self.source.setLayoutDirection(_direction(self._source_direction))
        self.editor.setLayoutDirection(target)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(target)  # an Urdu translation is right to left in an English UI too
        self.editor.document().setDefaultTextOption(option)
        context = str(task.body.get("context", ""))
        self.context.setText(context)
        self.context.setVisible(bool(context))
        self.languages.setText(kept_left_to_right(
            f"{language_name(params['source_language'])} → {language_name(params['target_language'])}"))
        set_error(self.issues, [])
        self._refused = set()
        self.strip.setVisible(len(self._segments) > 1)
        self._index = -1
        self.go_to(0)

    def go_to(self, index: int) -> None:
        """Show segment ``index`` (0-based; out of range does nothing) with its neighbours."""
        if not 0 <= index < len(self._segments) or index == self._index:
            return
        self._index = index
        segment = self._segments[index]
        self.source.setHtml(source_html(segment.text, self._terms, self._kept, self._source_direction))
        self.note.setText(segment.note)
        self.note.setVisible(bool(segment.note))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._targets[index])
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._set_inserts(segment)
        self._show_neighbours()
        self._update_counter()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._segments) - 1)
        self.editor.setFocus()

    def go_to_untranslated(self) -> None:
        """Alt+Page Down: the next segment with no translation yet (after the last, from the first)."""
        n = len(self._segments)
        for step in range(1, n):
            j = (self._index + step) % n
            if not self._targets[j].strip():
                self.go_to(j)
                return

    def _show_neighbours(self) -> None:
        n = len(self._segments)
        i = self._index
        empty = sum(1 for t in self._targets if not t.strip())
        self.strip.show_segments([bool(t.strip()) for t in self._targets], i, self._refused)
        self.position.setText(self.tr("Segment {0} of {1}").format(i + 1, n) if n > 1 else "")
        self.position.setToolTip(self.tr("%n segment(s) not translated yet", "", empty))
        for label, j, line in ((self.previous, i - 1, self.tr("Previous: {0} → {1}")),
                               (self.following, i + 1, self.tr("Next: {0} → {1}"))):
            if 0 <= j < n:
                label.setText(line.format(self._isolated(self._segments[j].text),
                                          self._isolated(self._targets[j] or "…")))
            label.setVisible(0 <= j < n)

    def _isolated(self, text: str) -> str:
        """A segment's text inside a sentence of the UI: in a right-to-left UI it keeps its own
        direction (an English source's full stop stays at its end)."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return text
        return f"{FSI}{text}{PDI}"

    def _set_inserts(self, segment: Segment) -> None:
        rules = segment_rules(segment.text, self._terms, self._kept)
        items = [(t.target, f"{t.source} → {t.target}") for t in rules.terms]
        items += [(span, span) for span in dict.fromkeys(rules.kept)]
        items += [(p, p) for p in dict.fromkeys(rules.placeholders)]
        items = items[:_MAX_INSERTS]
        for button in self._insert_buttons:
            self.inserts_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self._insert_buttons = []
        for i, (text, shown) in enumerate(items):
            button = named(QPushButton(f"Alt+{i + 1}  {shown}", self), f"insert{i + 1}",
                           self.tr("Insert {0}").format(text))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=i: self.insert(i))
            self.inserts_row.insertWidget(i, button)
            button.show()
            self._insert_buttons.append(button)
        self.inserts = [text for text, _ in items]

    def insert(self, index: int) -> None:
        """Type insert ``index`` (0-based: a term's translation, a kept span, a placeholder) at the cursor."""
        if 0 <= index < len(self.inserts):
            self.editor.insertPlainText(self.inserts[index])
            self.editor.setFocus()
            self.activity.emit()

    def copy_source(self) -> None:
        """Put the source text in the translation, replacing what was typed (Ctrl+Z takes it back)."""
        if 0 <= self._index < len(self._segments):
            cursor = self.editor.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(self._segments[self._index].text)
            self.editor.setFocus()

    def content(self) -> dict[str, Any]:
        return {"segments": list(self._targets)}

    def show_issues(self, issues: list[Issue]) -> None:
        set_error(self.issues, issues)
        named_segments = [i.field.split(".", 1)[1] for i in issues if i.field and i.field.startswith("segment.")]
        self._refused = {int(n) for n in named_segments if n.isdigit()}
        self._show_neighbours()
        first = next((i.field for i in issues if i.field and i.field.startswith("segment.")), None)
        if first is not None and first.split(".", 1)[1].isdigit():
            self.go_to(int(first.split(".", 1)[1]))
        self.editor.setFocus()

    def focus_first(self) -> None:
        self.editor.setFocus()

    def shortcut_help(self) -> str:
        return self.tr("Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy "
                       "source · Alt+1…9 insert terms")

    def _text_changed(self) -> None:
        if 0 <= self._index < len(self._targets):
            was_empty = not self._targets[self._index].strip()
            self._targets[self._index] = self.editor.toPlainText()
            if was_empty != (not self._targets[self._index].strip()):
                self._show_neighbours()  # the strip and the count of segments left
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        if not 0 <= self._index < len(self._segments):
            return
        most = self._segments[self._index].max_length
        n = len(self.editor.toPlainText())
        self.counter.setText(self.tr("{0} / {1} characters").format(n, most))
        self.counter.setStyleSheet("color: #b00020; font-weight: bold;" if n > most else "")
