"""The supervisor's Training panel of the Team screen: where each worker stands with each project's
training set (docs/quality.md, "Training and qualification"), and another attempt for a worker
who has used hers.

A row per worker and project: how far through her attempt she is, her best score against the pass
mark, the attempts used of those allowed, and whether the project's tasks are open to her. A
worker out of attempts is highlighted; "Give another attempt" lets her train again. Reading runs
on a worker thread (``ui/jobs.run_job``); a grant is one small write and runs at once. The core
checks every action (``labclient.quality.training``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labclient.people.roles import Permission, Session
from labclient.quality.training import TrainingStatus, WorkerTraining
from labclient.ui.names import named
from labclient.ui.operations import FAILED, attempt
from labclient.ui.reading_panel import ReadingPanel
from labclient.workspace import Workspace

WORKER, PROJECT, STANDING, BEST, ATTEMPTS = range(5)
FAILED_BACKGROUND = "#fde2e1"
FAILED_TEXT = "#7a0010"


class TrainingPanel(ReadingPanel):
    """Raises NotAllowed (before showing anything) unless ``session`` may see the team.

    The first read starts in the constructor. Signals: ``refreshed`` (the table shows what was
    read), ``granted`` (a worker got another attempt), ``session_lost(NotAllowed)``."""

    granted = Signal()

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        ws.sessions.authorize(session, Permission.VIEW_TEAM)
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.ws = ws
        self.session = session
        self.rows: list[WorkerTraining] = []

        self.caption = QLabel(self)
        self.caption.setObjectName("trainingCaption")
        self.caption.setWordWrap(True)
        self.table = named(QTableWidget(0, 5, self), "trainingTable", self.tr("Training of each worker"))
        self.table.setHorizontalHeaderLabels([self.tr("Worker"), self.tr("Project"), self.tr("Training"),
                                              self.tr("Best score"), self.tr("Attempts")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(ATTEMPTS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STANDING, QHeaderView.ResizeMode.Stretch)
        self.grant_button = named(QPushButton(self.tr("&Give another attempt"), self), "grantTraining",
                                  self.tr("Give the selected worker another attempt at the training"))
        self.grant_button.setToolTip(self.tr("For a worker who has used her attempts: she does the project's "
                                             "training set again, and its tasks open when she passes."))
        self.grant_button.setEnabled(session.may(Permission.GRANT_TRAINING))
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.grant_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.table.currentCellChanged.connect(lambda *_: self._update_actions())
        self.grant_button.clicked.connect(self.grant_selected)
        self._update_actions()
        self.refresh()

    def read(self, ws: Workspace) -> list[WorkerTraining]:
        """Everyone's standing (on a worker thread)."""
        return ws.team_training(self.session)

    def fill(self, rows: list[WorkerTraining]) -> None:
        self.rows = rows
        locale = QLocale()
        failed = sum(1 for r in rows if r.status.state == "failed")
        if not rows:
            self.caption.setText(self.tr("No project here has a training set."))
        elif failed:
            self.caption.setText(self.tr("%n worker(s) have used their attempts without passing: their project's "
                                         "tasks stay closed to them until you give another attempt.", "", failed))
        elif any(r.status.gated for r in rows):
            self.caption.setText(self.tr("Each worker does a project's training set before its tasks open to her."))
        else:
            self.caption.setText(self.tr("Each worker does a project's training tasks once, before its other tasks; "
                                         "no project here asks for a pass mark."))
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                s = row.status
                best = "—" if s.best is None else locale.toString(round(s.best * 100)) + "%"
                if s.pass_mark is not None:
                    best = self.tr("{0} (pass mark {1}%)").format(best, locale.toString(round(s.pass_mark * 100)))
                cells = [row.worker_name, s.project_name, self._standing(s), best,
                         self.tr("{0} of {1}").format(s.attempt, s.attempts) if s.gated else "—"]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if s.state == "failed":
                        item.setBackground(QBrush(QColor(FAILED_BACKGROUND)))
                        item.setForeground(QBrush(QColor(FAILED_TEXT)))
                    if c == WORKER:
                        item.setData(Qt.ItemDataRole.UserRole, r)
                    self.table.setItem(r, c, item)
        self._update_actions()

    def _standing(self, s: TrainingStatus) -> str:
        if s.state == "passed" and s.elsewhere:
            return self.tr("Passed on another workstation: the tasks are open")
        if s.state == "passed":
            return self.tr("Passed: the tasks are open")
        if s.state == "failed":
            return self.tr("Not passed, no attempts left: the tasks are closed")
        if s.state == "open":
            return self.tr("Done (the project does not require a pass)")
        return self.tr("Training: {0} of {1} done").format(s.done, s.tasks)

    def selected(self) -> WorkerTraining | None:
        """The row the supervisor chose, or None."""
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _update_actions(self) -> None:
        row = self.selected()
        self.grant_button.setEnabled(self.session.may(Permission.GRANT_TRAINING) and row is not None
                                     and row.status.state == "failed")

    def grant_selected(self) -> None:
        """Give the selected worker one more attempt at the selected project's training."""
        row = self.selected()
        if row is None:
            return
        session = self.session
        try:
            if attempt(self, lambda: self.ws.grant_training(session, row.worker_id, row.status.project_id)) is FAILED:
                return
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("{0} may try the training of {1} again.").format(row.worker_name,
                                                                                      row.status.project_name))
        self.granted.emit()
        self.refresh()
