"""The partner admin's Users panel on the Team screen: who may log in here, and the admin's tools
for them (add a local user, set a PIN, switch an account off or on, lift a lockout).

Only a session that may manage users (``Permission.MANAGE_USERS``, the partner admin) opens the
panel; every action checks that session again in the core. The top line says where the list comes
from (the hub's last user list, or none yet) and warns when it is more than a week old. The table
shows each user's name, role, lab, where they were added and their state: active, switched off,
locked after wrong PINs (with the seconds left, counted down), without a PIN yet, awaiting the hub.
Names, roles and labs of users the hub lists are kept at the hub; this panel does not change them.

Keys: the table takes the arrows; Alt+A (or Ctrl+N) adds a user, Alt+P sets a PIN, Alt+W switches
the selected account off or on, Alt+U unlocks it. Reading the users is one query and one lockout
check per user, so the panel reads them on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import (
    AccountDisabledError,
    LabClientError,
    NotAllowed,
    SessionEndedError,
    SessionLockedError,
)
from labclient.people import roster
from labclient.people.clock import parse_wall
from labclient.people.roles import Permission, Role, Session
from labclient.ui.messages import error_text
from labclient.ui.names import named
from labclient.ui.operations import FAILED, Failed, attempt
from labclient.ui.user_dialogs import AddUserDialog, SetPinDialog, role_text
from labclient.workspace import Workspace

NOTE_STYLE = "QLabel#usersRosterStatus { padding: 6px 8px; border-radius: 4px; background: #e8f0fe; color: #0b2e6b; }"
WARNING_STYLE = ("QLabel#usersRosterStatus { padding: 6px 8px; border-radius: 4px; background: #fff4e5;"
                 " color: #5a3400; font-weight: bold; }")
PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #0d3d1f; font-weight: bold;"
BLOCKED_COLOUR = "#b00020"
OFF_COLOUR = "#5f6368"
TICK_MS = 1000
SESSION_GONE = (SessionLockedError, SessionEndedError, AccountDisabledError)

COLUMNS = 5
NAME, ROLE, LAB, ADDED, STATE = range(COLUMNS)


@dataclass(frozen=True)
class UserRow:
    """A user as the panel shows them: the core's User and their lockout now."""

    user: roster.User
    failures: int
    locked_s: int  # seconds left of a lockout; 0: none

    @property
    def can_log_in(self) -> bool:
        """Nothing stops them logging in now (on, a PIN, not locked)."""
        return not self.user.disabled and self.user.has_secret and self.locked_s == 0


class UsersPanel(QWidget):
    """The users of this workstation, for the partner admin.

    Signals: ``refreshed`` after each refresh (the table shows the core's state), ``changed`` after
    an action changed a user, ``session_lost(error)`` when the core refuses the admin's session
    (locked, ended, switched off): the panel then stops acting.
    """

    refreshed = Signal()
    changed = Signal()
    session_lost = Signal(object)

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        """Raises NotAllowed (before showing anything) unless ``session`` may manage users."""
        ws.sessions.authorize(session, Permission.MANAGE_USERS)
        super().__init__(parent)
        self.setObjectName("usersPanel")
        self.ws = ws
        self.session: Session | None = session
        self.tz = tz
        self.rows: list[UserRow] = []
        self.dialog: AddUserDialog | SetPinDialog | QMessageBox | None = None  # the last one opened
        self._added_id: str | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("usersRosterStatus")
        self.status_label.setAccessibleName(self.tr("Where the user list comes from"))
        self.status_label.setWordWrap(True)
        self.hub_note = QLabel(self.tr("Names, roles and labs of users from the hub are kept at the hub: the "
                                       "organisation's admin changes them there (labhub add-user …), and they "
                                       "arrive here with the next sync. This screen does not change roles."), self)
        self.hub_note.setObjectName("usersHubNote")
        self.hub_note.setWordWrap(True)

        self.table = named(QTableWidget(0, COLUMNS, self), "usersTable", self.tr("Users"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Lab"), self.tr("Added"),
                                              self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped text stays readable
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ROLE, LAB, ADDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)

        self.details = QLabel(self)
        self.details.setObjectName("usersDetails")
        self.details.setAccessibleName(self.tr("About the selected user"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = named(QPushButton(self.tr("&Add user…"), self), "addUserButton", self.tr("Add user"))
        self.pin_button = named(QPushButton(self.tr("Set &PIN…"), self), "setPinButton", self.tr("Set PIN"))
        self.switch_button = named(QPushButton(self.tr("S&witch off…"), self), "switchButton",
                                   self.tr("Switch off"))
        self.unlock_button = named(QPushButton(self.tr("&Unlock"), self), "unlockButton", self.tr("Unlock"))
        for button in (self.add_button, self.pin_button, self.switch_button, self.unlock_button):
            button.setAutoDefault(True)  # Enter clicks the focused button
        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hub_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.pin_button)
        self.setTabOrder(self.pin_button, self.switch_button)
        self.setTabOrder(self.switch_button, self.unlock_button)

        self.add_button.clicked.connect(self.add_user_dialog)
        self.pin_button.clicked.connect(self.set_pin_dialog)
        self.switch_button.clicked.connect(self.toggle_disabled_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.table.itemSelectionChanged.connect(self._show_selected)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.add_user_dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.countdown = QTimer(self)
        self.countdown.setInterval(TICK_MS)
        self.countdown.timeout.connect(self.refresh)
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the users and the roster's date from the core and show them (the selection stays)."""
        if self.session is None:
            return
        session = self.session

        def read() -> tuple[list[UserRow], roster.RosterStatus]:
            rows = []
            for user in self.ws.roster.users(session):
                lock = self.ws.sessions.lock_state(user.id)
                rows.append(UserRow(user, lock.failures, lock.seconds_left))
            return rows, self.ws.roster.status()

        found = attempt(self, read)
        if isinstance(found, Failed):
            return
        rows, status = found
        selected = self.selected_user_id()
        self.rows = rows
        self._show_status(status)
        self._fill()
        if not (selected and self.select_user(selected)) and rows and self.table.currentRow() < 0:
            self._select_row(0)
        self._show_selected()
        if any(r.locked_s for r in rows):
            self.countdown.start()
        else:
            self.countdown.stop()
        self.refreshed.emit()

    def _show_status(self, status: roster.RosterStatus) -> None:
        moment = parse_wall(status.as_of) if status.as_of else None
        if moment is None:
            text = self.tr("The hub has not sent a user list yet: users added here are marked 'awaiting the hub' "
                           "until it confirms them.")
            style = NOTE_STYLE
        elif status.stale:
            text = self.tr("The user list came from the hub on {0}, more than {1} days ago: someone switched off at "
                           "the hub can still log in here until the next sync. Sync soon.").format(
                self._date(moment), roster.STALE_AFTER_DAYS)
            style = WARNING_STYLE
        else:
            text = self.tr("The user list came from the hub on {0}.").format(self._date(moment))
            style = NOTE_STYLE
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _date(self, moment: dt.datetime) -> str:
        return moment.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            user = row.user
            name = self.tr("{0} (you)").format(user.name) if self._is_me(user) else user.name
            cells = [name, role_text(user.role), user.lab or "—", self.added_text(user), self.state_text(row)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                if c == STATE and not row.can_log_in:
                    item.setForeground(QBrush(QColor(OFF_COLOUR if user.disabled else BLOCKED_COLOUR)))
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(r, c, item)

    def added_text(self, user: roster.User) -> str:
        """Where the user was added: here, here and confirmed by the hub, or by the hub."""
        if user.origin == "hub":
            return self.tr("By the hub")
        return self.tr("Here, confirmed by the hub") if user.confirmed else self.tr("Here")

    def state_text(self, row: UserRow) -> str:
        """The user's state in a few words: what stops them logging in, or Active; and awaiting the hub."""
        user = row.user
        parts = []
        if user.disabled:
            parts.append(self.tr("Switched off"))
        if row.locked_s:
            parts.append(self.tr("Locked for {0} s").format(row.locked_s))
        if not user.has_secret:
            parts.append(self.tr("No PIN yet"))
        if not parts:
            parts.append(self.tr("Active"))
        if user.awaiting_hub:
            parts.append(self.tr("Awaiting the hub"))
        return " · ".join(parts)

    # -- the selection -------------------------------------------------------------------------

    def selected_user_id(self) -> str | None:
        """The id of the user selected in the table, if any."""
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().isRowSelected(row):
            return None
        item = self.table.item(row, NAME)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> UserRow | None:
        """The selected user and their lockout, if any."""
        wanted = self.selected_user_id()
        return next((r for r in self.rows if r.user.id == wanted), None)

    def select_user(self, user_id: str) -> bool:
        """Select the row of ``user_id``; False when no such user is shown."""
        for r, row in enumerate(self.rows):
            if row.user.id == user_id:
                self._select_row(r)
                return True
        return False

    def _select_row(self, r: int) -> None:
        # Through the selection model: QTableView.selectRow misses in right-to-left before the
        # table has its size.
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.table.model().index(r, NAME), flags)

    def _is_me(self, user: roster.User) -> bool:
        return self.session is not None and user.id == self.session.user_id

    def _show_selected(self) -> None:
        row = self.selected()
        live = self.session is not None
        self.add_button.setEnabled(live)
        self.pin_button.setEnabled(live and row is not None)
        self.unlock_button.setEnabled(live and row is not None and row.locked_s > 0)
        off = row is not None and row.user.disabled
        self.switch_button.setText(self.tr("S&witch on") if off else self.tr("S&witch off…"))
        self.switch_button.setAccessibleName(self.tr("Switch on") if off else self.tr("Switch off"))
        mine = row is not None and self._is_me(row.user)
        self.switch_button.setEnabled(live and row is not None and not mine)
        self.switch_button.setToolTip(self.tr("You cannot switch off your own account. Another partner admin can.")
                                      if mine else "")
        self.details.setText(self._details(row) if row is not None else "")

    def _details(self, row: UserRow) -> str:
        user = row.user
        lines = []
        if self._is_me(user):
            lines.append(self.tr("This is you. You cannot switch off your own account; another partner admin can."))
        if user.disabled:
            lines.append(self.tr("{0} is switched off: they cannot log in here. Their recorded time and work stay.")
                         .format(user.name))
        if row.locked_s:
            lines.append(self.tr("{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock "
                                 "lets them try now.").format(user.name, row.failures, row.locked_s))
        if not user.has_secret:
            lines.append(self.tr("{0} has no PIN yet, so they cannot log in. Set one with Set PIN.").format(user.name))
        if user.awaiting_hub:
            lines.append(self.tr("{0} was added here and can log in on this workstation. The hub confirms them when "
                                 "its user list names them.").format(user.name))
        elif user.confirmed:
            lines.append(self.tr("{0}'s name, role and lab come from the hub: change them there.").format(user.name))
        return " ".join(lines)

    # -- actions -------------------------------------------------------------------------------

    def add_user_dialog(self) -> AddUserDialog | None:
        """Open the dialog that adds a local user (non-blocking); returns it (None once the session is lost)."""
        if self.session is None:
            return None
        dialog = AddUserDialog(self._add, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        self._open(dialog)
        return dialog

    def _add(self, name: str, role: Role, secret: str) -> None:
        """The dialog's OK: add the user in the core (raises what the core raises)."""
        session = self._session()
        try:
            user = self.ws.roster.add_local_user(session, name, role, secret)
        except NotAllowed as exc:
            self._lost(exc)
            raise
        self._added_id = user.id

    def _added(self, dialog: AddUserDialog) -> None:
        self.refresh()
        if self._added_id is not None:
            self.select_user(self._added_id)
        self._say(self.tr("{0} is added and can log in here with the PIN you chose. The hub confirms them at a "
                          "sync.").format(dialog.added_name), problem=False)
        self.table.setFocus()
        self.changed.emit()

    def set_pin_dialog(self) -> SetPinDialog | None:
        """Open the dialog that sets the selected user's PIN (non-blocking); returns it (None when
        nobody is selected or the session is lost)."""
        row = self.selected()
        if self.session is None or row is None:
            return None
        user = row.user
        note = self.tr("{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync."
                       ).format(user.name) if user.hub_id is not None else ""

        def act(secret: str) -> None:
            try:
                self.ws.roster.set_secret(self._session(), user.id, secret)
            except NotAllowed as exc:
                self._lost(exc)
                raise

        dialog = SetPinDialog(user.name, act, self, note=note)
        dialog.accepted.connect(lambda: self._done(self.tr("{0}'s new PIN is set: they can log in with it now.")
                                                   .format(user.name)))
        self._open(dialog)
        return dialog

    def toggle_disabled_selected(self) -> QMessageBox | None:
        """Switch the selected user on at once, or ask before switching them off: returns the
        question (opened non-blocking) when switching off, else None."""
        row = self.selected()
        if self.session is None or row is None or self._is_me(row.user):
            return None
        user = row.user
        if user.disabled:
            if self._call(lambda s: self.ws.roster.set_disabled(s, user.id, False)):
                self._done(self.tr("{0} is switched on and can log in again.").format(user.name))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Switch off {0}?").format(user.name),
                          self.tr("Switch off {0}?").format(user.name), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("switchOffQuestion")
        info = self.tr("{0} cannot log in here until you switch them on again, and is logged out now if they are "
                       "logged in. Their recorded time and work stay.").format(user.name)
        if user.hub_id is not None:
            info += " " + self.tr("The hub's next user list may switch them on again: to switch them off for good, "
                                  "switch them off at the hub.")
        box.setInformativeText(info)
        text = box.findChild(QLabel, "qt_msgbox_informativelabel")  # Qt's name for it: wide enough to read
        if text is not None:
            text.setMinimumWidth(440)
        off = named(box.addButton(self.tr("Switch off"), QMessageBox.ButtonRole.AcceptRole), "confirmSwitchOff",
                    self.tr("Switch off"))
        cancel = named(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole), "cancelSwitchOff",
                       self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button: object) -> None:
            if button is not off:
                return
            if self._call(lambda s: self.ws.roster.set_disabled(s, user.id, True)):
                self._done(self.tr("{0} is switched off.").format(user.name))

        box.buttonClicked.connect(answered)
        self._open(box)
        return box

    def unlock_selected(self) -> bool:
        """Lift the selected user's lockout after wrong PINs; whether that was done."""
        row = self.selected()
        if self.session is None or row is None or not row.locked_s:
            return False
        user = row.user
        if not self._call(lambda s: self.ws.sessions.clear_lockout(s, user.id)):
            return False
        self._done(self.tr("{0} is unlocked and can try their PIN again now.").format(user.name))
        return True

    # -- helpers -------------------------------------------------------------------------------

    def _open(self, dialog: AddUserDialog | SetPinDialog | QMessageBox) -> None:
        """Open ``dialog`` non-blocking, in place of the one opened before (which is closed and freed)."""
        if self.dialog is not None:
            if self.dialog.isVisible():
                self.dialog.reject()
            self.dialog.deleteLater()
        self.message.clear()
        self.dialog = dialog
        dialog.open()

    def _session(self) -> Session:
        if self.session is None:
            raise SessionEndedError(detail=self.tr("You are no longer logged in."))
        return self.session

    def _call(self, action: Callable[[Session], object]) -> bool:
        """Run ``action(session)`` in the core; show a refusal; whether it worked."""
        def refused(exc: LabClientError) -> None:
            self._say(error_text(exc))
            self.refresh()

        return attempt(self, lambda: action(self._session()), problem=refused) is not FAILED

    def _done(self, text: str) -> None:
        self.refresh()
        self._say(text, problem=False)
        self.changed.emit()

    def _say(self, text: str, *, problem: bool = True) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE if problem else DONE_STYLE)
        self.message.setText(text)

    def show_problem(self, text: str) -> None:
        """A problem with the last action, above the list (:mod:`labclient.ui.operations`)."""
        self._say(text)

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: see :meth:`_lost`."""
        self._lost(exc)

    def _lost(self, exc: NotAllowed) -> bool:
        """If ``exc`` means the admin's session is gone: stop acting, close any open dialog, emit
        ``session_lost``, True. A plain refusal (the role may not): False."""
        if not isinstance(exc, SESSION_GONE):
            self._say(error_text(exc))
            return False
        self.session = None
        self.countdown.stop()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
        self._show_selected()
        self.session_lost.emit(exc)
        return True
