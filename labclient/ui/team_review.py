"""The supervisor's Review panel of the Team screen: a sample of each worker's answers
(docs/quality.md, "Review"), each shown in its task's own view; accept it, or correct it with a
note the worker reads in My week.

The list on the left is the sample (``labclient.quality.review.review_sample``), newest first,
read on a worker thread. Choosing a row shows the task with the worker's answer in the kind's
view, which the supervisor may edit to correct it. **Accept** (Alt+A) keeps the answer; **Save
correction** (Alt+S) stores what the view now holds, with the note, which a correction needs. A
review is one small write and runs at once; the core checks every rule (``Workspace.review``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import LabClientError
from labclient.people.roles import Permission, Session
from labclient.quality.review import MAX_NOTE, ReviewItem
from labclient.ui.messages import error_text
from labclient.ui.names import named
from labclient.ui.operations import Failed, attempt
from labclient.ui.reading_panel import ReadingPanel
from labclient.ui.task_views import TaskView, view_for_kind
from labclient.workspace import ResultRejected, Workspace

WORKER, PROJECT, TASK, DONE, WHY = range(5)


class ReviewPanel(ReadingPanel):
    """Raises NotAllowed (before showing anything) unless ``session`` may review work.

    The first read starts in the constructor. Signals: ``refreshed`` (the list shows what was
    read), ``reviewed(str)`` (a review was stored; its id), ``session_lost(NotAllowed)``."""

    reviewed = Signal(str)

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        ws.sessions.authorize(session, Permission.REVIEW_WORK)
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.ws = ws
        self.session = session
        self.tz = tz
        self.items: list[ReviewItem] = []
        self.views: dict[str, TaskView] = {}
        self.current: ReviewItem | None = None

        self.caption = QLabel(self)
        self.caption.setObjectName("reviewCaption")
        self.caption.setWordWrap(True)
        self.table = named(QTableWidget(0, 5, self), "reviewTable", self.tr("Answers to review"))
        self.table.setHorizontalHeaderLabels([self.tr("Worker"), self.tr("Project"), self.tr("Task"),
                                              self.tr("Done"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(WHY + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("reviewTaskStack")
        self.nothing = QLabel(self.tr("Choose an answer on the left to see it in its task."), self.stack)
        self.nothing.setObjectName("reviewNothing")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.stack.addWidget(self.nothing)
        self.note_label = QLabel(self.tr("&Note to the worker (needed for a correction):"), self)
        self.note = named(QPlainTextEdit(self), "reviewNote", self.tr("Note to the worker"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_label.setBuddy(self.note)
        self.accept_button = named(QPushButton(self.tr("&Accept"), self), "reviewAccept",
                                   self.tr("Accept the worker's answer as it is"))
        self.correct_button = named(QPushButton(self.tr("&Save correction"), self), "reviewCorrect",
                                    self.tr("Save the answer as corrected above, with the note"))
        self.correct_button.setToolTip(self.tr("Change the answer in the task above, say why in the note, then "
                                               "save. The worker's own answer is kept as she gave it."))
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.note_label)
        right_layout.addWidget(self.note)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reviewSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)

        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.accept_button.clicked.connect(self.accept_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self._update_actions()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def read(self, ws: Workspace) -> list[ReviewItem]:
        """The answers waiting for review (on a worker thread)."""
        return ws.review_sample(self.session)

    def fill(self, items: list[ReviewItem]) -> None:
        keep = self.current.result_id if self.current is not None else None
        self.items = items
        if items:
            self.caption.setText(self.tr("%n answer(s) to review: each new worker's first answers in a project, and "
                                         "a share of everyone's (more for a worker under the pass mark).", "",
                                         len(items)))
        else:
            self.caption.setText(self.tr("Nothing to review now: every answer in the sample has been reviewed."))
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(items))
            for r, item in enumerate(items):
                cells = [item.worker_name, item.project_name, item.task_id, self._when(item.created_at),
                         self._why(item.why)]
                for c, text in enumerate(cells):
                    self.table.setItem(r, c, QTableWidgetItem(text))
        rows = [i for i, item in enumerate(items) if item.result_id == keep]
        self.table.setCurrentCell(rows[0] if rows else (0 if items else -1), 0)
        self._show_selected()

    def _when(self, wall: str) -> str:
        """A stored UTC time as the lab's local date and time, in the user's locale."""
        try:
            moment = dt.datetime.fromisoformat(wall.replace("Z", "+00:00"))
        except ValueError:
            return wall
        local = moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()
        return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute)), QLocale.FormatType.ShortFormat)

    def _why(self, why: str) -> str:
        if why == "new":
            return self.tr("New to the project")
        if why == "under":
            return self.tr("Under the pass mark")
        return self.tr("Sample")

    def selected(self) -> ReviewItem | None:
        """The answer the supervisor chose, or None."""
        r = self.table.currentRow()
        return self.items[r] if 0 <= r < len(self.items) else None

    def _show_selected(self) -> None:
        item = self.selected()
        if item is not None and self.current is not None and item.result_id == self.current.result_id:
            return
        if self.current is not None and self.current_view() is not None:
            self.current_view().set_active(False)  # type: ignore[union-attr]
        self.current = item
        self.message.clear()
        self.note.clear()
        if item is None:
            self.stack.setCurrentWidget(self.nothing)
        else:
            try:
                task = self.ws.task(item.task_key)
            except KeyError:
                self.stack.setCurrentWidget(self.nothing)
                self.current = None
            else:
                view = self.views.get(task.kind)
                if view is None:
                    view = view_for_kind(task.kind, self.stack)
                    self.views[task.kind] = view
                    self.stack.addWidget(view)
                view.load(task, item.content)
                view.set_active(True)
                self.stack.setCurrentWidget(view)
        self._update_actions()

    def current_view(self) -> TaskView | None:
        """The task view on show, or None."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, TaskView) else None

    def _update_actions(self) -> None:
        on = self.current is not None
        self.accept_button.setEnabled(on)
        self.correct_button.setEnabled(on)
        self.note.setEnabled(on)

    # -- reviewing -------------------------------------------------------------------------

    def accept_selected(self) -> None:
        """Accept the chosen answer (with the note, if one was written)."""
        self._review("accepted")

    def correct_selected(self) -> None:
        """Store the answer as the task view now holds it, as a correction with the note."""
        self._review("corrected")

    def _review(self, verdict: str) -> None:
        item, view = self.current, self.current_view()
        if item is None or view is None:
            return
        note = self.note.toPlainText()
        if len(note.strip()) > MAX_NOTE:
            self.message.setText(self.tr("The note is {0} characters long; keep it to {1}.")
                                 .format(len(note.strip()), MAX_NOTE))
            return
        session = self.session

        def not_stored(exc: LabClientError) -> None:
            if isinstance(exc, ResultRejected):
                view.show_issues(exc.issues)
                self.message.setText(self.tr("The correction breaks the task's rules; see the marks above."))
            else:
                self.message.setText(error_text(exc))

        review_id = attempt(self, lambda: self.ws.review(session, item.result_id, verdict,
                                                         view.content() if verdict == "corrected" else None, note),
                            problem=not_stored)
        if isinstance(review_id, Failed):
            return
        done = self.tr("Accepted: {0}'s answer to {1}.") if verdict == "accepted" else \
            self.tr("Correction saved: {0} reads your note about {1} in My week.")
        row = self.table.currentRow()
        view.set_active(False)
        self.current = None
        self.items.pop(row)
        with QSignalBlocker(self.table):
            self.table.removeRow(row)
        if self.items:
            self.table.setCurrentCell(min(row, len(self.items) - 1), 0)
        self._show_selected()
        self.message.setText(done.format(item.worker_name, item.task_id))
        self.reviewed.emit(review_id)

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Stop the task view's media and keys while the tab is not on show."""
        view = self.current_view()
        if view is not None:
            view.set_active(False)
        super().hideEvent(event)  # type: ignore[arg-type]

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Give the task view its keys back when the tab is on show again."""
        view = self.current_view()
        if view is not None:
            view.set_active(True)
        super().showEvent(event)  # type: ignore[arg-type]
