"""Captioning: the clip's player and waveform (captions drawn on it), the captions in a table, and
the selected caption's text in an editor; every key a captioner needs, as subtitle editors have.
A video clip's picture is beside the table, with the caption under the play position drawn over
it as viewers will see it.

Keys: the player's (Esc play/pause, F2/F3 back/forward, F7/F8 speed, F9 loop); Ctrl+Shift+N a new
caption at the play position; Ctrl+[ and Ctrl+] set the selected caption's start and end at the
play position; Alt+Left/Right move its start by 100 ms, Alt+Shift+Left/Right its end; Alt+Up/Down
the previous/next caption (the clip goes to its start); Ctrl+Shift+K split it at the play
position (the text at the cursor); Ctrl+Shift+M merge it with the next; Ctrl+Shift+Delete
remove it. While the clip plays, the caption under the play position is highlighted in the
table. Each caption's broken rules (too fast to read, a line too long, an overlap…) show in the
table as she works.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labclient.tasks import Issue
from labclient.tasks.captioning import Segment, segment_problems
from labclient.ui.messages import issue_text
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.audio_player import AudioPlayer
from labclient.workspace import Task

NUDGE_MS = 100
#: How far the decoded clip's length may be from the task's ``duration_ms`` (the larger of the two
#: applies) before the task is shown as broken: captions timed against the wrong length would be
#: refused, or pass and run past the real end.
LENGTH_SLACK_MS, LENGTH_SLACK_SHARE = 1000, 0.05
NEW_CAPTION_MS = 2000  # a new caption's length, until she sets its end


def clock_text(ms: int) -> str:
    """``m:ss.mmm`` (``h:mm:ss.mmm`` from an hour), as subtitle editors show times."""
    ms = max(0, ms)
    seconds, milli = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{milli:03d}" if hours else f"{minutes}:{seconds:02d}.{milli:03d}"


class CaptioningView(TaskView):
    """Time and type the captions of a clip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captioningView")
        self.player = AudioPlayer(self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.table = named(QTableWidget(0, 4, self), "captionTable", self.tr("Captions"))
        self.table.setHorizontalHeaderLabels([self.tr("Start"), self.tr("End"), self.tr("Text"), self.tr("Problems")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # the captions are in time order; Start says where
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.editor = named(QPlainTextEdit(self), "captionEditor", self.tr("Caption text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Press Ctrl+Shift+N for a caption at the play position, then type"))
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.editor.setFont(font)
        self.editor.setMaximumHeight(110)
        editor_label = QLabel(self.tr("&Caption"), self)
        editor_label.setBuddy(self.editor)
        self.measure = QLabel(self)
        self.measure.setObjectName("captionMeasure")
        self.issues = error_label(self, "captionIssues")
        self.segments: list[Segment] = []
        self.current = -1
        self.playing = -1
        self._params: dict[str, Any] = {}
        self._duration_ms = 0

        head = QHBoxLayout()
        head.addWidget(editor_label)
        head.addStretch(1)
        head.addWidget(self.measure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.player)
        layout.addWidget(self.prompt)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.player.video)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(head)
        layout.addWidget(self.editor)
        layout.addWidget(self.issues)

        self.player.failed.connect(self.media_failed)
        self.player.activity.connect(self.activity)
        self.player.player.positionChanged.connect(self._position_changed)
        self.player.player.durationChanged.connect(self._clip_length_known)
        self.editor.textChanged.connect(self._text_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self.select(row, seek=True))
        for keys, action in (("Ctrl+Shift+N", self.new_caption), ("Ctrl+[", self.set_start),
                             ("Ctrl+]", self.set_end), ("Alt+Left", lambda: self.nudge(-NUDGE_MS, 0)),
                             ("Alt+Right", lambda: self.nudge(NUDGE_MS, 0)),
                             ("Alt+Shift+Left", lambda: self.nudge(0, -NUDGE_MS)),
                             ("Alt+Shift+Right", lambda: self.nudge(0, NUDGE_MS)),
                             ("Alt+Up", lambda: self.select(self.current - 1, seek=True)),
                             ("Alt+Down", lambda: self.select(self.current + 1, seek=True)),
                             ("Ctrl+Shift+K", self.split), ("Ctrl+Shift+M", self.merge),
                             ("Ctrl+Shift+Del", self.remove)):
            QShortcut(QKeySequence(keys), self, action)

    # -- loading and the result --------------------------------------------------------------------

    def load(self, task: Task, content: dict[str, Any]) -> None:
        self._params = task.template.params
        self._duration_ms = int(task.body["duration_ms"])
        self.segments = [Segment(int(s["start_ms"]), int(s["end_ms"]), str(s["text"]))
                         for s in content.get("segments", [])]
        prompt = str(task.body.get("prompt", ""))
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        set_error(self.issues, [])
        self.current = -1
        self.playing = -1
        self._refresh()
        self.select(0 if self.segments else -1)
        if task.media is not None:
            self.player.load(task.media.path, rewind_s=1.0, skip_s=2.0, video=self._params["source"] == "video")

    def content(self) -> dict[str, Any]:
        return {"segments": [s.as_json() for s in self.segments]}

    def show_issues(self, issues: list[Issue]) -> None:
        set_error(self.issues, issues)
        first = next((i.field for i in issues if i.field and i.field.startswith("segment.")), None)
        if first is not None and first[8:].isdigit():
            self.select(int(first[8:]))
        self.editor.setFocus()

    def focus_first(self) -> None:
        self.editor.setFocus()

    def shortcut_help(self) -> str:
        return self.tr("Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · "
                       "Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · "
                       "Ctrl+Shift+M merge")

    def stop(self) -> None:
        self.player.stop()

    # -- editing -----------------------------------------------------------------------------------

    def playhead(self) -> int:
        """The play position in ms."""
        return int(self.player.player.position())

    def new_caption(self) -> None:
        """A caption from the play position, two seconds long or up to the next caption, selected."""
        start = min(self.playhead(), max(0, self._duration_ms - 1))
        later = [s.start_ms for s in self.segments if s.start_ms > start]
        end = min(start + NEW_CAPTION_MS, self._duration_ms, *later)
        at = sum(1 for s in self.segments if s.start_ms <= start)
        self.segments.insert(at, Segment(start, max(end, start + 1), ""))
        self._changed(at)
        self.editor.setFocus()

    def set_start(self) -> None:
        """The selected caption starts at the play position."""
        self._edit(lambda s: replace(s, start_ms=self.playhead()))

    def set_end(self) -> None:
        """The selected caption ends at the play position."""
        self._edit(lambda s: replace(s, end_ms=self.playhead()))

    def nudge(self, start_ms: int, end_ms: int) -> None:
        """Move the selected caption's start and end by these many ms (within the clip)."""
        top = self._duration_ms
        self._edit(lambda s: replace(s, start_ms=max(0, min(top, s.start_ms + start_ms)),
                                     end_ms=max(0, min(top, s.end_ms + end_ms))))

    def split(self) -> None:
        """Split the selected caption at the play position (inside it), its text at the cursor."""
        if not 0 <= self.current < len(self.segments):
            return
        s = self.segments[self.current]
        at = self.playhead()
        if not s.start_ms < at < s.end_ms:
            at = (s.start_ms + s.end_ms) // 2
        cut = self.editor.textCursor().position()
        first = Segment(s.start_ms, at, s.text[:cut].rstrip())
        second = Segment(at, s.end_ms, s.text[cut:].lstrip())
        self.segments[self.current:self.current + 1] = [first, second]
        self._changed(self.current + 1)

    def merge(self) -> None:
        """Join the selected caption and the next into one."""
        i = self.current
        if not 0 <= i < len(self.segments) - 1:
            return
        a, b = self.segments[i], self.segments[i + 1]
        self.segments[i:i + 2] = [Segment(a.start_ms, b.end_ms, " ".join(t for t in (a.text, b.text) if t))]
        self._changed(i)

    def remove(self) -> None:
        """Remove the selected caption."""
        if 0 <= self.current < len(self.segments):
            del self.segments[self.current]
            self._changed(min(self.current, len(self.segments) - 1))

    def select(self, index: int, *, seek: bool = False) -> None:
        """Make caption ``index`` the one edited (out of range: none); with ``seek`` the clip
        goes to its start."""
        if not 0 <= index < len(self.segments):
            index = self.current if 0 <= self.current < len(self.segments) else (0 if self.segments else -1)
        changed = index != self.current
        self.current = index
        if changed or self.editor.toPlainText() != (self.segments[index].text if index >= 0 else ""):
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.segments[index].text if index >= 0 else "")
            self.editor.blockSignals(False)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editor.setReadOnly(index < 0)  # she keeps the keyboard here: Ctrl+Shift+N adds the first
        if self.table.currentRow() != index:
            self.table.blockSignals(True)
            self.table.setCurrentCell(index, 2)
            self.table.blockSignals(False)
        if seek and index >= 0 and changed:
            self.player.player.setPosition(self.segments[index].start_ms)
        self._show_measure()
        self._draw_spans()

    def _edit(self, change: Any) -> None:
        if 0 <= self.current < len(self.segments):
            edited = change(self.segments[self.current])
            self.segments.pop(self.current)
            at = sum(1 for s in self.segments if s.start_ms <= edited.start_ms)
            self.segments.insert(at, edited)
            self._changed(at)

    def _changed(self, select: int) -> None:
        self.playing = -1  # the rows moved: find the one under the play position again
        self._refresh()
        self.current = -2  # and select again whatever the index
        self.select(select)
        self._position_changed(self.playhead())
        self.activity.emit()
        self.changed.emit()

    def _text_changed(self) -> None:
        if 0 <= self.current < len(self.segments):
            self.segments[self.current] = replace(self.segments[self.current], text=self.editor.toPlainText())
            self._refresh_row(self.current)
            self._show_measure()
            self._show_caption()
            self.changed.emit()

    # -- showing -----------------------------------------------------------------------------------

    def _problems(self, i: int) -> list[Issue]:
        if not self._params:
            return []
        previous = self.segments[i - 1] if i > 0 else None
        return segment_problems(i, self.segments[i], previous, self._params, self._duration_ms)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.segments))
        for i in range(len(self.segments)):
            self._refresh_row(i)

    def _refresh_row(self, i: int) -> None:
        s = self.segments[i]
        problems = self._problems(i)
        cells = [clock_text(s.start_ms), clock_text(s.end_ms), s.text.replace("\n", " / "),
                 " ".join(issue_text(p).split(": ", 1)[-1] for p in problems)]
        for column, text in enumerate(cells):
            item = self.table.item(i, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(i, column, item)
            item.setText(text)
            if column == 3:
                item.setForeground(QBrush(QColor("#b00020")))
            item.setBackground(QBrush(QColor("#fff3b0")) if i == self.playing else QBrush())

    def _show_measure(self) -> None:
        if not 0 <= self.current < len(self.segments):
            self.measure.setText("")
            return
        s = self.segments[self.current]
        widest = max(len(line) for line in s.text.split("\n"))
        self.measure.setText(self.tr("{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})").format(
            clock_text(s.start_ms), clock_text(s.end_ms), widest, self._params.get("max_line_chars", 0),
            f"{s.cps():.1f}" if s.duration_ms > 0 else "–", f"{self._params.get('max_cps', 0):g}"))

    def _draw_spans(self) -> None:
        self.player.waveform.set_spans([(s.start_ms, s.end_ms) for s in self.segments], self.current)

    def _position_changed(self, position: int) -> None:
        playing = next((i for i, s in enumerate(self.segments) if s.start_ms <= position < s.end_ms), -1)
        if playing != self.playing:
            before, self.playing = self.playing, playing
            for row in (before, playing):
                if 0 <= row < len(self.segments):
                    self._refresh_row(row)
        self._show_caption()

    def _clip_length_known(self, ms: int) -> None:
        """The decoder measured the clip: far from the task's ``duration_ms``, the task is broken."""
        said = self._duration_ms
        if ms > 0 and said > 0 and abs(ms - said) > max(LENGTH_SLACK_MS, LENGTH_SLACK_SHARE * said):
            self.media_failed.emit(self.tr("the clip lasts {0}, but the task says {1}")
                                   .format(clock_text(ms), clock_text(said)))

    def _show_caption(self) -> None:
        """The caption under the play position, over the video's picture."""
        inside = 0 <= self.playing < len(self.segments)
        self.player.video.set_caption(self.segments[self.playing].text if inside else "")
