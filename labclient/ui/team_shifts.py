"""The Shifts panel of the Team screen: who is on shift now, and the week's planned shifts.

For a supervisor (or admin): only a session that may see the team (``Permission.VIEW_TEAM``)
opens the panel; planning and cancelling (``Permission.PLAN_SHIFTS``) are checked again by the
core on each action. "On shift now" lists everyone planned for now or clocked in here, with
their state; someone whose shift started more than a few minutes ago and who has not clocked in
is highlighted, so a glance shows who is missing. "Planned shifts" lists one week's shifts
(previous, this and next week), where shifts are planned (:class:`ShiftDialog`) and cancelled.

Both lists are cheap reads (:func:`shifts.on_shift_now`, :func:`shifts.planned_shifts`), so
:meth:`ShiftsPanel.refresh` reads them on the GUI thread; the Team screen calls it now and then.
Times are shown in the lab's time zone (``tz``, default this computer's).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import AccountDisabledError, LabClientError, NotAllowed, SessionEndedError, SessionLockedError
from labclient.people import timesheet
from labclient.people.roles import Permission, Role, Session
from labclient.people.shifts import OnShift, Shift
from labclient.ui.messages import error_text, kept_left_to_right
from labclient.ui.names import named
from labclient.ui.operations import FAILED, Failed, attempt
from labclient.ui.shift_dialog import PlannedShift, ShiftDialog
from labclient.workspace import Workspace

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: palette(text);"
LATE_BACKGROUND = "#fde3d6"
LATE_TEXT = "#8a1c00"
DEFAULT_TIMES = (dt.time(8, 0), dt.time(12, 0))

SESSION_GONE = (SessionLockedError, SessionEndedError, AccountDisabledError)


class CancelQuestion(QMessageBox):
    """"Cancel this shift?": ``yes_button`` cancels it; ``no_button`` (the default, and Escape) keeps it."""

    def __init__(self, question: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cancelShiftQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Cancel shift"))
        self.setText(question)
        self.yes_button = named(self.addButton(self.tr("&Cancel the shift"), QMessageBox.ButtonRole.AcceptRole),
                                "cancelShiftYes", self.tr("Cancel the shift"))
        self.no_button = named(self.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole),
                               "cancelShiftNo", self.tr("Keep the shift"))
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)


class ShiftsPanel(QWidget):
    """Who is on shift now, and planning the week's shifts.

    Signals: ``session_lost(error)`` when the core refuses the session (locked, ended, switched
    off); ``refreshed`` when both lists show the core's data; ``changed`` after a shift was
    planned or cancelled. Attributes for the screen and tests: ``now_table``, ``week_table``,
    ``week_label``, ``message``, the buttons, ``shown_week`` (Monday of the week shown),
    ``dialog`` and ``confirm`` (the open dialog or confirmation, if any).
    """

    session_lost = Signal(object)
    refreshed = Signal()
    changed = Signal()

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        """Raises NotAllowed (before showing anything) unless ``session`` may see the team."""
        ws.sessions.authorize(session, Permission.VIEW_TEAM)
        super().__init__(parent)
        self.setObjectName("shiftsPanel")
        self.ws = ws
        self.session: Session | None = session
        self.zone = tz or timesheet.local_zone()
        self.on_shift: list[OnShift] = []
        self.week_shifts: list[Shift] = []
        self.shown_week = timesheet.week_of(ws.timesheet.today(tz=self.zone))[0]
        self.dialog: ShiftDialog | None = None
        self.confirm: CancelQuestion | None = None
        self._times = DEFAULT_TIMES     # the last shift's times: planning a row of people is quick
        self._read_problem = False      # the message shows why the last refresh failed

        self.message = QLabel(self)
        self.message.setObjectName("shiftsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.summary = QLabel(self)
        self.summary.setObjectName("onShiftSummary")
        self.summary.setWordWrap(True)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("onShiftAsOf")
        self.refresh_button = named(QPushButton(self.tr("&Refresh"), self), "shiftsRefresh",
                                    self.tr("Refresh who is on shift"))
        self.refresh_button.clicked.connect(self.refresh)
        self.now_table = self._table("onShiftTable", self.tr("On shift now"),
                                     [self.tr("Name"), self.tr("Seat"), self.tr("Planned"), self.tr("State")])
        now_box = QGroupBox(self.tr("On shift now"), self)
        now_layout = QVBoxLayout(now_box)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.as_of)
        row.addWidget(self.refresh_button)
        now_layout.addLayout(row)
        now_layout.addWidget(self.now_table)

        style = self.style()
        self.previous_button = named(QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                                 self.tr("Pre&vious week"), self), "previousWeek",
                                     self.tr("Previous week"))
        self.this_week_button = named(QPushButton(self.tr("This &week"), self), "thisWeek", self.tr("This week"))
        self.next_button = named(QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                                             self.tr("&Next week"), self), "nextWeek", self.tr("Next week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.shown_week - dt.timedelta(days=7)))
        self.this_week_button.clicked.connect(
            lambda: self.show_week(self.ws.timesheet.today(tz=self.zone)))
        self.next_button.clicked.connect(lambda: self.show_week(self.shown_week + dt.timedelta(days=7)))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        bold = QFont(self.week_label.font())
        bold.setBold(True)
        self.week_label.setFont(bold)
        self.plan_button = named(QPushButton(self.tr("&Plan a shift…"), self), "planShift",
                                 self.tr("Plan a shift"))
        self.plan_button.clicked.connect(self.plan_shift_dialog)
        self.cancel_button = named(QPushButton(self.tr("&Cancel shift…"), self), "cancelShift",
                                   self.tr("Cancel the selected shift"),
                                   self.tr("Asks first. The Delete key in the list does the same."))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.week_table = self._table("plannedShiftsTable", self.tr("Planned shifts"),
                                      [self.tr("Day"), self.tr("Time"), self.tr("Worker"), self.tr("Seat"),
                                       self.tr("Planned by")])
        self.week_table.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.week_table, self.cancel_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.week_note = QLabel(self)
        self.week_note.setObjectName("weekNote")
        self.week_note.setWordWrap(True)
        week_box = QGroupBox(self.tr("Planned shifts"), self)
        week_layout = QVBoxLayout(week_box)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.plan_button)
        nav.addWidget(self.cancel_button)
        week_layout.addLayout(nav)
        week_layout.addWidget(self.week_table, 1)
        week_layout.addWidget(self.week_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(now_box, 2)
        layout.addWidget(week_box, 3)
        self.setTabOrder(self.refresh_button, self.now_table)
        self.setTabOrder(self.now_table, self.previous_button)
        self.setTabOrder(self.previous_button, self.this_week_button)
        self.setTabOrder(self.this_week_button, self.next_button)
        self.setTabOrder(self.next_button, self.plan_button)
        self.setTabOrder(self.plan_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.week_table)
        self.refresh()

    def _table(self, name: str, accessible: str, headers: list[str]) -> QTableWidget:
        """A read-only list, one row per line of text; the columns fit their text, the last takes the rest."""
        table = named(QTableWidget(0, len(headers), self), name, accessible)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # -- the session ---------------------------------------------------------------------------

    def use_session(self, session: Session) -> None:
        """Show the lists for ``session`` from now on (after an unlock or a new login). Raises
        NotAllowed unless it may see the team."""
        self.ws.sessions.authorize(session, Permission.VIEW_TEAM)
        self.session = session
        self.refresh()

    def show_problem(self, text: str) -> None:
        """A problem with the last action, above the lists (:mod:`labclient.ui.operations`)."""
        self._say(text, problem=True)

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: gone (locked, ended, switched off) or not allowed."""
        if isinstance(exc, SESSION_GONE):
            self.session = None
            for box in (self.dialog, self.confirm):
                if box is not None:
                    box.reject()
            self._update_buttons()
            self.session_lost.emit(exc)
        else:
            self._say(error_text(exc), problem=True)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read who is on shift now and the shown week's shifts from the core, and show them."""
        session = self.session
        if session is None:
            return
        first, last = timesheet.week_of(self.shown_week)
        def read() -> tuple[list[OnShift], list[Shift], dt.date, dt.datetime]:
            return (self.ws.shifts.on_shift_now(session),
                    self.ws.shifts.planned(session, first, last, tz=self.zone),
                    self.ws.timesheet.today(tz=self.zone),
                    self.ws.sessions.hub_time()[0])

        def unreadable(exc: LabClientError) -> None:  # a database that cannot be read now: say so, try again later
            self._say(error_text(exc), problem=True)
            self._read_problem = True

        found = attempt(self, read, problem=unreadable)
        if isinstance(found, Failed):
            return
        people, week, today, now = found
        if self._read_problem:
            self._say("")
        self._show_on_shift(people, now)
        self._show_week(week, today, now)
        self.refreshed.emit()

    def show_week(self, day: dt.date) -> None:
        """Show the planned shifts of ``day``'s week (Monday to Sunday)."""
        self.shown_week = timesheet.week_of(day)[0]
        self.refresh()

    def _show_on_shift(self, people: list[OnShift], now: dt.datetime) -> None:
        self.on_shift = people
        table = self.now_table
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            state, late = self.state_text(person, now)
            seat = person.planned.seat if person.planned else person.seat_now or ""  # where she clocked in
            planned = self._span(person.planned) if person.planned else self.tr("not planned")
            for column, text in enumerate((person.name, seat, planned, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.worker_id)
                if late:
                    item.setBackground(QBrush(QColor(LATE_BACKGROUND)))
                    item.setForeground(QBrush(QColor(LATE_TEXT)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        counts = [sum(1 for p in people if p.clocked_in and not p.on_break), sum(1 for p in people if p.on_break),
                  sum(1 for p in people if not p.clocked_in), sum(1 for p in people if p.late)]
        if people:
            self.summary.setText(self.tr("Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}")
                                 .format(*counts))
        else:
            self.summary.setText(self.tr("Nobody is planned or clocked in right now."))
        self.as_of.setText(self.tr("As of {0}").format(self._hhmm(now)))

    def state_text(self, person: OnShift, now: dt.datetime) -> tuple[str, bool]:
        """What the supervisor reads about ``person`` now, and whether it is a warning (late)."""
        if person.clocked_in:
            since = self._hhmm(person.since) if person.since else None
            if person.on_break:
                text = self.tr("On a break") if person.planned else self.tr("On a break, no shift planned now")
            elif person.away:
                text = self.tr("Clocked in, screen locked: stepped away (time paused)")
            elif person.planned:
                text = self.tr("Clocked in since {0}").format(since) if since else self.tr("Clocked in")
            else:
                text = self.tr("Clocked in since {0}, no shift planned now").format(since) if since else \
                    self.tr("Clocked in, no shift planned now")
            return text, False
        if person.late and person.planned:
            return self.tr("Not clocked in yet: {0} late").format(
                self.duration_text(now - person.planned.starts_at)), True
        return self.tr("Not clocked in yet"), False

    def _show_week(self, week: list[Shift], today: dt.date, now: dt.datetime) -> None:
        selected = self.selected_shift()
        self.week_shifts = week
        locale = QLocale()
        first, last = timesheet.week_of(self.shown_week)
        monday = locale.toString(QDate(first.year, first.month, first.day), self.tr("d MMMM yyyy"))
        this_week = first <= today <= last
        self.week_label.setText(self.tr("Week of {0} (this week)").format(monday) if this_week
                                else self.tr("Week of {0}").format(monday))
        self.this_week_button.setEnabled(not this_week)
        table = self.week_table
        table.clearSelection()
        table.setRowCount(len(week))
        past = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, shift in enumerate(week):
            start = shift.starts_at.astimezone(self.zone)
            day = locale.toString(QDate(start.year, start.month, start.day), self.tr("ddd d MMM"))
            texts = (day, self._span(shift), shift.worker_name, shift.seat, shift.planned_by)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, shift.id)
                if shift.ends_at <= now:
                    item.setForeground(past)
                table.setItem(row, column, item)
            if selected is not None and shift.id == selected.id:
                table.setCurrentCell(row, 0)
        if week:
            self.week_note.setText(self.tr("Shifts this week: {0}. Those already over are in grey.").format(len(week)))
        else:
            self.week_note.setText(self.tr("No shifts are planned this week."))
        self._update_buttons()

    def _span(self, shift: Shift) -> str:
        """``08:00–12:00``; ``22:00–Tue 06:00`` for a shift that ends on another day (left-to-right
        in a right-to-left window)."""
        start, end = shift.starts_at.astimezone(self.zone), shift.ends_at.astimezone(self.zone)
        if end.date() == start.date():
            return kept_left_to_right(self.tr("{0}–{1}").format(self._hhmm(start), self._hhmm(end)))
        weekday = QLocale().toString(QDate(end.year, end.month, end.day), self.tr("ddd"))
        return kept_left_to_right(self.tr("{0}–{1} {2}").format(self._hhmm(start), weekday, self._hhmm(end)))

    def _hhmm(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")

    def duration_text(self, span: dt.timedelta) -> str:
        """``1 h 05 min`` or ``35 min``."""
        minutes = max(0, int(span.total_seconds() // 60))
        if minutes < 60:
            return self.tr("{0} min").format(minutes)
        return self.tr("{0} h {1} min").format(minutes // 60, f"{minutes % 60:02d}")

    def _say(self, text: str, *, problem: bool = False) -> None:
        """Show ``text`` above the lists (a problem in red); empty hides it."""
        self._read_problem = False
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if problem else NOTE_STYLE)
        self.message.setVisible(bool(text))

    def selected_shift(self) -> Shift | None:
        """The planned shift selected in the week's list, or None."""
        rows = self.week_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.week_table.item(rows[0].row(), 0)
        shift_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((s for s in self.week_shifts if s.id == shift_id), None)

    def select_shift(self, shift_id: str) -> None:
        """Select the shift ``shift_id`` in the week's list (nothing when it is not shown)."""
        for row in range(self.week_table.rowCount()):
            item = self.week_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == shift_id:
                self.week_table.setCurrentCell(row, 0)
                return

    def _update_buttons(self) -> None:
        may_plan = self.session is not None and self.session.may(Permission.PLAN_SHIFTS)
        self.plan_button.setEnabled(may_plan)
        self.cancel_button.setEnabled(may_plan and self.selected_shift() is not None)
        self.refresh_button.setEnabled(self.session is not None)

    # -- planning ------------------------------------------------------------------------------

    def people(self) -> list[tuple[str, str]]:
        """Who can be planned: every account that is on, as (user id, name shown)."""
        if self.session is None:
            return []
        roles = {Role.SUPERVISOR: self.tr("supervisor"), Role.ADMIN: self.tr("admin")}
        users = self.ws.roster.users(self.session)
        return [(u.id, self.tr("{0} ({1})").format(u.name, roles[u.role]) if u.role in roles else u.name)
                for u in users if not u.disabled]

    def plan_shift_dialog(self) -> ShiftDialog | None:
        """Open :class:`ShiftDialog` (window-modal, with ``open()``) and return it; None when
        the list of people cannot be read (the reason is shown)."""
        people = attempt(self, self.people)
        if isinstance(people, Failed):
            return None
        today = self.ws.timesheet.today(tz=self.zone)
        first, last = timesheet.week_of(self.shown_week)
        day = today if first <= today <= last else first
        dialog = ShiftDialog(people, self.plan, self, day=day, start=self._times[0], end=self._times[1],
                             seats=[s.seat for s in self.week_shifts], tz=self.zone)
        dialog.finished.connect(lambda _: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, box: QWidget) -> None:
        if self.dialog is box:
            self.dialog = None
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()

    def plan(self, planned: PlannedShift) -> str | None:
        """Plan the shift in the core. None when it was planned (the list then shows its week,
        with it selected); otherwise the sentence saying why not (nothing was changed)."""
        worker_id, starts_at, ends_at, seat = planned
        if self.session is None:
            return self.tr("Nobody is logged in. Log in again to plan shifts.")
        try:  # the dialog shows the sentence (a refusal is also handed on)
            shift = self.ws.shifts.plan(self.session, worker_id, starts_at, ends_at, seat)
        except NotAllowed as exc:
            self.session_refused(exc)
            return error_text(exc)
        except LabClientError as exc:
            return error_text(exc)
        except ValueError:
            return self.tr("A shift ends after it starts, at most 16 hours later, at a named seat. Change the times "
                           "or the seat.")
        start = shift.starts_at.astimezone(self.zone)
        self._times = (start.time(), shift.ends_at.astimezone(self.zone).time())
        self.show_week(start.date())
        self.select_shift(shift.id)
        self._say(self.tr("Planned: {0}, {1} {2}, seat {3}.").format(
            shift.worker_name, QLocale().toString(QDate(start.year, start.month, start.day), self.tr("ddd d MMM")),
            self._span(shift), shift.seat))
        self.changed.emit()
        return None

    def cancel_selected(self) -> CancelQuestion | None:
        """Ask (window-modal, with ``open()``) whether to cancel the selected shift, and return the
        question; its ``yes_button`` cancels the shift, ``no_button`` (Escape) keeps it. None when
        no shift is selected."""
        shift = self.selected_shift()
        if shift is None or self.session is None:
            return None
        start = shift.starts_at.astimezone(self.zone)
        day = QLocale().toString(QDate(start.year, start.month, start.day), self.tr("dddd d MMMM"))
        box = CancelQuestion(self.tr("Cancel {0}'s shift on {1}, {2}, at seat {3}?").format(
            shift.worker_name, day, self._span(shift), shift.seat), self)
        box.yes_button.clicked.connect(lambda: self._cancel(shift))
        box.finished.connect(lambda _: self._closed(box))
        self.confirm = box
        box.open()
        return box

    def _cancel(self, shift: Shift) -> None:
        if self.session is None:
            return
        session = self.session
        try:
            if attempt(self, lambda: self.ws.shifts.cancel(session, shift.id)) is FAILED:
                return
        except KeyError:
            self._say(self.tr("That shift is no longer in the plan."), problem=True)
            self.refresh()
            return
        self._say(self.tr("Cancelled: {0}'s shift, {1}.").format(shift.worker_name, self._span(shift)))
        self.refresh()
        self.changed.emit()
