"""The Team screen: where a supervisor (or the partner admin) runs the shift.

Three tabs, each a panel of its own module: **On shift** (who is on shift now, and planning the
week's shifts: :mod:`labclient.ui.team_shifts`), **Hours** (everyone's week, flags, corrections,
approval, the payroll export: :mod:`labclient.ui.team_hours`) and, for the partner admin,
**Users** (local users, PINs, lockouts: :mod:`labclient.ui.users_panel`). A supervisor lands
here after logging in; F4 goes to the task screen and back, Ctrl+1 to Ctrl+5 pick a tab, Ctrl+L
locks the seat.

The screen is made for one session and thrown away when that session leaves the seat. Each panel
checks the session in the core when it is made and on every action; when the core says the
session is locked or ended, the screen passes that on (``session_lost``) and the main window
shows the login screen. Each panel reads its data when it is made; after that the tab on show
is read again every ``REFRESH_MS`` (so "On shift now" follows clock-ins without anyone pressing a
key), and a tab is read again when it is picked only if it may be out of date: a refresh went by
while it was hidden, the person was away on the task screen, or a write it follows was made
(:mod:`labclient.ui.changes`: a planned shift changes the Hours tab's flags, a sync the users).
So the Hours tab (which checks the whole chain) is not read twice for nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from labclient.changes import Changed
from labclient.people.roles import Permission, Role, Session
from labclient.ui.changes import watch
from labclient.ui.names import named
from labclient.ui.reading_panel import ReadingPanel
from labclient.ui.team_hours import HoursPanel
from labclient.ui.team_review import ReviewPanel
from labclient.ui.team_shifts import ShiftsPanel
from labclient.ui.team_training import TrainingPanel
from labclient.ui.users_panel import UsersPanel
from labclient.workspace import Workspace

REFRESH_MS = 60_000
Panel = ShiftsPanel | HoursPanel | TrainingPanel | ReviewPanel | UsersPanel
TEAM_KEY = "F4"


class TeamScreen(QWidget):
    """The supervisor's screen for ``session``. Raises NotAllowed (before showing anything) unless
    the session may see the team (``Permission.VIEW_TEAM``).

    Signals: ``to_tasks`` (F4: the person wants the task screen), ``lock_seat`` (Ctrl+L),
    ``session_lost(NotAllowed)`` (a panel found the session locked or ended)."""

    to_tasks = Signal()
    lock_seat = Signal()
    session_lost = Signal(object)

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        ws.sessions.authorize(session, Permission.VIEW_TEAM)
        super().__init__(parent)
        self.setObjectName("teamScreen")
        self.session = session
        self.title = QLabel(self)
        self.title.setObjectName("teamTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        role = self.tr("Partner admin") if session.role is Role.ADMIN else self.tr("Supervisor")
        self.title.setText(self.tr("Team — {0} ({1})").format(session.name, role))
        self.tasks_button = named(QPushButton(self.tr("Tasks ({0})").format(TEAM_KEY), self), "toTasksButton",
                                  self.tr("Go to the task screen"))
        self.tasks_button.setToolTip(self.tr("Do tasks yourself, with your timesheet. {0} comes back here.")
                                     .format(TEAM_KEY))
        self.lock_button = named(QPushButton(self.tr("Lock (Ctrl+L)"), self), "teamLockButton",
                                 self.tr("Lock the screen"))
        self.lock_button.setToolTip(self.tr("Lock the screen for the next person. Your PIN opens it again."))
        self.tasks_button.clicked.connect(self.to_tasks)
        self.lock_button.clicked.connect(self.lock_seat)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.tasks_button)
        header.addWidget(self.lock_button)

        self.tabs = named(QTabWidget(self), "teamTabs", self.tr("Team"))
        self.shifts = ShiftsPanel(ws, session, self.tabs, tz=tz)
        self.hours = HoursPanel(ws, session, self.tabs, tz=tz)
        self.tabs.addTab(self.shifts, self.tr("On shift (Ctrl+1)"))
        self.tabs.addTab(self.hours, self.tr("Hours (Ctrl+2)"))
        self.training = TrainingPanel(ws, session, self.tabs, tz=tz)
        self.tabs.addTab(self.training, self.tr("Training (Ctrl+3)"))
        self.review = ReviewPanel(ws, session, self.tabs, tz=tz)
        self.tabs.addTab(self.review, self.tr("Review (Ctrl+4)"))
        self.users: UsersPanel | None = None
        panels: list[Panel] = [self.shifts, self.hours, self.training, self.review]
        if session.may(Permission.MANAGE_USERS):
            self.users = UsersPanel(ws, session, self.tabs, tz=tz)
            self.tabs.addTab(self.users, self.tr("Users (Ctrl+5)"))
            panels.append(self.users)
        for panel in panels:
            panel.session_lost.connect(self._lost)
        self.panels = panels
        self._stale: set[QWidget] = set()  # panels whose data may be out of date
        #: What each panel shows, by the changes that concern it (labclient.changes).
        self._follows: dict[QWidget, Changed] = {
            self.shifts: Changed.SHIFTS | Changed.TIMESHEET | Changed.PEOPLE,
            self.hours: Changed.TIMESHEET | Changed.SHIFTS | Changed.TASKS | Changed.PEOPLE,
            self.training: Changed.REVIEWS | Changed.TASKS | Changed.PEOPLE,
            self.review: Changed.REVIEWS | Changed.TASKS | Changed.PEOPLE,
        }
        if self.users is not None:
            self._follows[self.users] = Changed.PEOPLE
        watch(ws, self, self._workspace_changed)
        self.tabs.currentChanged.connect(lambda _index: self._show_current())

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        for number in range(1, self.tabs.count() + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number: self.tabs.setCurrentIndex(n - 1))
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_seat.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._lost_already = False

    def start(self) -> None:
        """On show: the current tab (read again if it may be out of date), then every ``REFRESH_MS``."""
        self.timer.start()
        self._show_current()
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """The person leaves the screen: no more refreshes, and every tab may be out of date when
        they come back."""
        self.timer.stop()
        self._stale.update(self.panels)
        for panel in self.panels:
            if isinstance(panel, ReadingPanel):
                panel.stop()  # an answer still being read is not shown to whoever comes next

    def refresh(self) -> None:
        """Read the tab on show again."""
        if self._lost_already:
            return
        panel = self.tabs.currentWidget()
        self._stale.discard(panel)
        if isinstance(panel, Panel):
            panel.refresh()

    def _show_current(self) -> None:
        if self.tabs.currentWidget() in self._stale:
            self.refresh()

    def _workspace_changed(self, what: Changed) -> None:
        """A write anywhere in the workspace (a plan changes the outside-shift flags, a sync brings
        the roster): the other tabs it concerns are read again when picked. The tab on show read
        itself after its own action, and is read again every ``REFRESH_MS``."""
        on_show = self.tabs.currentWidget()
        self._stale.update(panel for panel, follows in self._follows.items() if what & follows and panel is not on_show)

    def _tick(self) -> None:
        self._stale.update(self.panels)
        self.refresh()

    def _lost(self, error: object) -> None:
        if self._lost_already:  # several panels may notice; the main window hears it once
            return
        self._lost_already = True
        self.timer.stop()
        self.session_lost.emit(error)
