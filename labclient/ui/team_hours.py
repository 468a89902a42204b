"""The supervisor's Hours panel of the Team screen: everyone's week, its flags, corrections,
approval and the payroll export.

One week at a time (Monday to Sunday in the lab's time zone): a row per person with clocked and
active time, results (with those stored off the clock and those submitted too fast), results per
active hour, accuracy on the week's gold tasks, flags and where the approval stands; below it the
week's flags. The selected worker's time can be corrected (:class:`CorrectionDialog`) and the week
approved; the payroll CSV holds approved hours only. The core checks every action and refuses
what is not allowed (approving one's own week, a worker still clocked in today, a damaged
record); its reason is shown in the panel.

Reading the week (``team_hours`` and ``flags``, which checks the whole chain), approving (which
checks it too) and the export run on a worker thread with a workspace of their own
(``ui/jobs.run_job``); a correction is one small write and runs at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
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

from labclient.errors import AccountDisabledError, LabClientError, NotAllowed, SessionEndedError, SessionLockedError
from labclient.people import timesheet
from labclient.people.hours import Flag
from labclient.people.roles import Permission, Session
from labclient.ui.correction_dialog import CorrectionDialog, hm
from labclient.ui.jobs import in_own_workspace, run_job
from labclient.ui.messages import error_text, flag_text
from labclient.ui.names import named
from labclient.workspace import Workspace

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #0d3d1f; font-weight: bold;"
CHANGED_BACKGROUND = "#fde2b8"
CHANGED_TEXT = "#5a3400"
APPROVED_TEXT = "#1e6b33"
UNDER_BACKGROUND = "#fde2e1"  # a worker under the pass mark on gold
UNDER_TEXT = "#7a0010"

WORKER, CLOCKED, ACTIVE, RESULTS, PER_HOUR, ACCURACY, REVIEWS, FLAGS, APPROVAL = range(9)
DAY, FLAG_WORKER, WHAT = range(3)
FlagKey = tuple[str, str | None, str | None, int | None]


@dataclass(frozen=True)
class Week:
    """What the panel shows for a week: everyone's hours and the week's flags."""

    first_day: dt.date
    last_day: dt.date
    today: dt.date
    rows: list[timesheet.Hours]
    flags: list[Flag]


def _session_gone(exc: BaseException) -> bool:
    return isinstance(exc, SessionLockedError | SessionEndedError | AccountDisabledError)


def _flag_key(flag: Flag) -> FlagKey:
    return flag.kind, flag.worker_id, flag.event_id, flag.n


def _write_payroll(ws: Workspace, session: Session, first: dt.date, last: dt.date, path: Path,
                   tz: dt.tzinfo | None) -> int:
    """Write the payroll CSV of the days to ``path``; the number of rows (the header not counted)."""
    text = ws.payroll.export_csv(session, first, last, path, tz=tz)
    return max(0, len(list(csv.reader(io.StringIO(text)))) - 1)


class HoursPanel(QWidget):
    """Everyone's hours for a week, with correction, approval and the payroll export.

    Signals: ``refreshed`` when the week shown is up to date; ``changed`` after a correction or an
    approval was recorded; ``exported(rows)`` after the payroll file was written; ``problem(text)``
    when the core refused something (the text is also shown in the panel); ``session_lost(error)``
    when the session is locked, ended or switched off (nothing more is done for it).
    """

    session_lost = Signal(object)
    refreshed = Signal()
    changed = Signal()
    exported = Signal(int)
    problem = Signal(str)

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        """Raises NotAllowed (before showing anything) unless ``session`` may see the team's hours."""
        ws.sessions.authorize(session, Permission.VIEW_TEAM)
        super().__init__(parent)
        self.setObjectName("hoursPanel")
        self.ws = ws
        self.session: Session | None = session
        self.tz = tz
        self.today = ws.timesheet.today(tz=tz)
        self.first_day, self.last_day = timesheet.week_of(self.today)
        self.week: Week | None = None
        self._selected: str | None = None
        self._automatic = False  # the selected row is the first, chosen by the screen, not by the supervisor
        self._filling = False    # the table is being filled (its current cell set by the screen)
        self._generation = 0         # the refresh whose answer is wanted; older answers are dropped
        self._approving = False
        self._exporting = False

        top = self._week_bar()
        self._hours_table()
        actions = self._actions()
        flags_row = self._flags()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(actions)
        layout.addLayout(flags_row)
        layout.addWidget(self.flags_table, 2)
        for first, second in ((self.previous_button, self.this_week_button), (self.this_week_button, self.next_button),
                              (self.next_button, self.date_edit), (self.date_edit, self.export_button),
                              (self.export_button, self.table), (self.table, self.correct_button),
                              (self.correct_button, self.approve_button), (self.approve_button, self.show_all_flags),
                              (self.show_all_flags, self.flags_table)):
            QWidget.setTabOrder(first, second)

        self.previous_button.clicked.connect(lambda: self.show_week(self.first_day - dt.timedelta(days=7)))
        self.this_week_button.clicked.connect(self.show_this_week)
        self.next_button.clicked.connect(lambda: self.show_week(self.first_day + dt.timedelta(days=7)))
        self.date_edit.dateChanged.connect(lambda d: self.show_week(dt.date(d.year(), d.month(), d.day())))
        self.table.currentCellChanged.connect(self._current_changed)
        self.setFocusProxy(self.table)  # the tab's focus goes to the table (arrows choose a row at once)
        self.table.cellPressed.connect(self._row_pressed)
        self.correct_button.clicked.connect(self.correct_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.export_button.clicked.connect(self.export_payroll)
        self.show_all_flags.toggled.connect(self._show_flags)
        self._label_arrows()
        self.show_week(self.today)

    def _week_bar(self) -> QHBoxLayout:
        """The week shown and the ways to another; the payroll export."""
        self.previous_button = named(QPushButton(self), "previousWeek", self.tr("Previous week"))
        self.this_week_button = named(QPushButton(self.tr("&This week"), self), "thisWeek", self.tr("This week"))
        self.next_button = named(QPushButton(self), "nextWeek", self.tr("Next week"))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        bold = QFont(self.week_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.week_label.setFont(bold)
        self.date_edit = named(QDateEdit(self), "weekDay", self.tr("Go to the week of a day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        go_label = QLabel(self.tr("&Go to:"), self)
        go_label.setBuddy(self.date_edit)
        self.loading_label = QLabel(self)
        self.loading_label.setObjectName("hoursLoading")
        self.export_button = named(QPushButton(self.tr("E&xport payroll CSV…"), self), "exportPayroll",
                                   self.tr("Export payroll CSV"))
        self.export_button.setToolTip(self.tr("Save the approved hours that fall in this week as a CSV file for "
                                              "payroll. Hours that are not approved are not in it."))

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.week_label)
        top.addSpacing(12)
        top.addWidget(self.loading_label)
        top.addStretch(1)
        top.addWidget(go_label)
        top.addWidget(self.date_edit)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        return top

    def _hours_table(self) -> None:
        """The table of the week's hours, a worker a row."""
        self.table = named(QTableWidget(0, 9, self), "teamHours", self.tr("Hours of the week"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Worker"), self.tr("Clocked"), self.tr("Active"), self.tr("Results"),
            self.tr("Results per active hour"), self.tr("Accuracy"), self.tr("Reviewed"), self.tr("Flags"),
            self.tr("Approval")])
        reviews_header = self.table.horizontalHeaderItem(REVIEWS)
        assert reviews_header is not None  # made by setHorizontalHeaderLabels
        reviews_header.setToolTip(self.tr("How many of the week's answers a supervisor reviewed (Review tab), and "
                                          "how many of those were accepted as they were."))
        accuracy_header = self.table.horizontalHeaderItem(ACCURACY)
        assert accuracy_header is not None  # made by setHorizontalHeaderLabels
        accuracy_header.setToolTip(self.tr("The mean score of the week's checked (gold) tasks, and how many there "
                                           "were. Practice tasks do not count."))
        self._table_look(self.table)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(84)  # room around short times such as 2:00
        for column in range(APPROVAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(APPROVAL, QHeaderView.ResizeMode.Stretch)

    def _actions(self) -> QHBoxLayout:
        """Correct and approve the selected worker's week, and what that did."""
        self.correct_button = named(QPushButton(self.tr("&Correct…"), self), "correctHours",
                                    self.tr("Correct the selected worker's time"))
        self.approve_button = named(QPushButton(self.tr("&Approve week"), self), "approveWeek",
                                    self.tr("Approve the selected worker's week"))
        self.message = QLabel(self)
        self.message.setObjectName("hoursMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.correct_button)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.message, 1)
        return actions

    def _flags(self) -> QHBoxLayout:
        """The week's flags: the selected worker's, or everyone's."""
        self.flags_caption = QLabel(self)
        self.flags_caption.setObjectName("flagsCaption")
        self.flags_caption.setFont(QFont(self.week_label.font().family(), self.font().pointSize(), QFont.Weight.Bold))
        self.show_all_flags = named(QCheckBox(self.tr("Show &everyone's flags"), self), "allFlags",
                                    self.tr("Show everyone's flags"))
        self.flags_table = named(QTableWidget(0, 3, self), "weekFlags", self.tr("Flags of the week"))
        self.flags_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Worker"), self.tr("What")])
        self._table_look(self.flags_table)
        self.flags_table.setWordWrap(True)
        flags_header = self.flags_table.horizontalHeader()
        flags_header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.ResizeToContents)
        flags_header.setSectionResizeMode(FLAG_WORKER, QHeaderView.ResizeMode.ResizeToContents)
        flags_header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        flags_header.sectionResized.connect(lambda *_: self.flags_table.resizeRowsToContents())

        flags_row = QHBoxLayout()
        flags_row.addWidget(self.flags_caption, 1)
        flags_row.addWidget(self.show_all_flags)
        return flags_row

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()

    def _label_arrows(self) -> None:
        """Week buttons whose arrows point the way time runs on screen (left to right, or right to left)."""
        back, forward = ("◀", "▶") if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else ("▶", "◀")
        self.previous_button.setText(self.tr("{0} &Previous week").format(back))
        self.next_button.setText(self.tr("&Next week {0}").format(forward))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        """Turn the arrows round when the layout direction changes."""
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._label_arrows()
        super().changeEvent(event)

    # -- the week ------------------------------------------------------------------------------

    def show_week(self, day: dt.date) -> None:
        """Show the week (Monday to Sunday) that holds ``day``, and read its hours."""
        self.first_day, self.last_day = timesheet.week_of(day)
        locale = QLocale()
        first, last = _qdate(self.first_day), _qdate(self.last_day)
        first_format = "d MMM" if self.first_day.year == self.last_day.year else "d MMM yyyy"
        self.week_label.setText(self.tr("Week of {0} – {1}").format(locale.toString(first, first_format),
                                                                    locale.toString(last, "d MMM yyyy")))
        with QSignalBlocker(self.date_edit):
            self.date_edit.setMaximumDate(_qdate(self.today))
            self.date_edit.setDate(_qdate(min(max(day, self.first_day), self.last_day)))
        self._week_buttons()
        self.message.clear()
        self.refresh()

    def show_this_week(self) -> None:
        """Show the week of today (in the lab's time zone)."""
        if self.session is None:
            return
        self.today = self.ws.timesheet.today(tz=self.tz)
        self.show_week(self.today)

    def _week_buttons(self) -> None:
        current = self.first_day <= self.today <= self.last_day
        self.this_week_button.setEnabled(not current)
        self.next_button.setEnabled(self.last_day < self.today)
        self.next_button.setToolTip("" if self.last_day < self.today else self.tr("This is the current week."))

    def refresh(self) -> None:
        """Read the shown week's hours and flags on a worker thread; ``refreshed`` when they are shown."""
        session = self.session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        first, last, tz = self.first_day, self.last_day, self.tz
        self.loading_label.setText(self.tr("Reading the hours…"))

        def work(ws: Workspace) -> Week:
            rows = ws.timesheet.team_hours(session, first, last, tz=tz)
            found = ws.timesheet.flags(session, first, last, tz=tz)
            return Week(first, last, ws.timesheet.today(tz=tz), rows, found)

        def done(week: Week) -> None:
            if generation != self._generation or self.session is not session:
                return
            self.loading_label.clear()
            self.today = week.today
            self._week_buttons()
            self._fill(week)
            self.refreshed.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading_label.clear()
            self._failed(exc, session)

        run_job(in_own_workspace(self.ws, work), done, failed, owner=self)

    def _fill(self, week: Week) -> None:
        self.week = week
        own = self.session.user_id if self.session else None
        locale = QLocale()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(week.rows))
            for r, h in enumerate(week.rows):
                name = self.tr("{0} (you)").format(h.name) if h.worker_id == own else h.name
                per_hour = locale.toString(h.results_per_active_hour, "f", 1) if h.active_ms else "—"
                results = str(h.results) if not h.results_not_clocked_in else self.tr(
                    "{0} ({1} not clocked in)").format(h.results, h.results_not_clocked_in)
                if h.too_fast:
                    results = self.tr("{0}, {1} too fast").format(results, h.too_fast)
                if h.set_aside:
                    results = self.tr("{0} (+{1} skipped or flagged)").format(results, h.set_aside)
                accuracy = "—" if h.accuracy is None else self.tr("{0}% of {1}").format(
                    locale.toString(round(h.accuracy * 100)), h.gold_results)
                reviewed = "—" if not h.reviewed else self.tr("{0} of {1} accepted").format(h.review_accepted,
                                                                                               h.reviewed)
                cells = [name, hm(h.clocked_ms), hm(h.active_ms), results, per_hour, accuracy, reviewed,
                         str(len(h.flags))]
                items = [QTableWidgetItem(text) for text in cells] + [self._approval_item(h)]
                items[WORKER].setData(Qt.ItemDataRole.UserRole, h.worker_id)
                for item in items[CLOCKED:APPROVAL]:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                tips = []
                if h.results_not_clocked_in:
                    tips.append(self.tr("{0} of these results were stored while not clocked in: that work is not on "
                                        "the clock.").format(h.results_not_clocked_in))
                if h.too_fast:
                    tips.append(self.tr("{0} of these results were submitted faster than the work can be done: check "
                                        "them before they are paid or delivered.").format(h.too_fast))
                if tips:
                    items[RESULTS].setFont(_bold(items[RESULTS].font()))
                    items[RESULTS].setToolTip("\n".join(tips))
                if h.accuracy is not None:
                    items[ACCURACY].setToolTip(self.tr("{0} checked tasks this week, mean score {1}%.").format(
                        h.gold_results, locale.toString(h.accuracy * 100, "f", 1)))
                if h.under_pass_mark and h.accuracy is not None and h.pass_mark is not None:
                    items[ACCURACY].setText(self.tr("{0}, under the pass mark").format(items[ACCURACY].text()))
                    items[ACCURACY].setFont(_bold(items[ACCURACY].font()))
                    items[ACCURACY].setBackground(QBrush(QColor(UNDER_BACKGROUND)))
                    items[ACCURACY].setForeground(QBrush(QColor(UNDER_TEXT)))
                    items[ACCURACY].setToolTip(self.tr(
                        "Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is "
                        "needed. Her answers are reviewed more often (Review tab); talk to her about the task's "
                        "instructions.").format(locale.toString(h.accuracy * 100, "f", 1), h.gold_results,
                                                locale.toString(h.pass_mark * 100, "f", 0)))
                if h.flags:
                    items[FLAGS].setFont(_bold(items[FLAGS].font()))
                for c, item in enumerate(items):
                    self.table.setItem(r, c, item)
            row = self._row_of(self._selected)
            first = self.table.item(0, WORKER) if self.table.rowCount() else None
            if row is None and first is not None:  # the first row chosen: Correct and Approve are ready
                row = 0
                self._selected = first.data(Qt.ItemDataRole.UserRole)
                self._automatic = True  # not her choice: the flags stay everyone's until she picks a row
            self._filling = True
            if row is None:
                self._selected = None
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)
            else:
                self.table.setCurrentCell(row, WORKER)
            self._filling = False
        self._update_actions()
        self._show_flags()

    def _approval_item(self, h: timesheet.Hours) -> QTableWidgetItem:
        a = h.approval
        if a is None:
            item = QTableWidgetItem(self.tr("Not approved"))
            item.setToolTip(self.tr("Not in the payroll export until approved."))
            return item
        when = QLocale().toString(_qdate(a.at.astimezone(self.tz).date()), "d MMM yyyy")
        approved = self.tr("Approved by {0}, {1}: {2} clocked, {3} active.").format(
            a.by_name, when, hm(a.clocked_ms), hm(a.active_ms))
        if h.changed_since_approval:
            item = QTableWidgetItem(self.tr("Changed since approval: approve again"))
            item.setBackground(QBrush(QColor(CHANGED_BACKGROUND)))
            item.setForeground(QBrush(QColor(CHANGED_TEXT)))
            item.setFont(_bold(item.font()))
            item.setToolTip(approved + " " + self.tr("Now: {0} clocked, {1} active. The payroll export shows the "
                                                     "approved hours until the week is approved again.").format(
                hm(h.clocked_ms), hm(h.active_ms)))
            return item
        item = QTableWidgetItem(self.tr("Approved by {0}, {1}").format(a.by_name, when))
        item.setForeground(QBrush(QColor(APPROVED_TEXT)))
        item.setToolTip(approved)
        return item

    def _show_flags(self) -> None:
        week = self.week
        found = week.flags if week else []
        days: dict[FlagKey, dt.date] = {}
        names: dict[str, str] = {}
        for h in week.rows if week else []:
            names[h.worker_id] = h.name
            for p in h.periods:
                for f in p.flags:
                    days[_flag_key(f)] = p.day
        only = None if self.show_all_flags.isChecked() or self._automatic else self.selected_hours()  # None: all
        if only is not None:
            found = [f for f in found if f.worker_id in (only.worker_id, None)]  # a chain problem concerns all
        locale = QLocale()
        self.flags_table.setRowCount(len(found))
        for r, f in enumerate(found):
            day = days.get(_flag_key(f)) or f.day  # a day's own flag (not of a work period) has its day
            cells = [locale.toString(_qdate(day), "ddd d MMM") if day else "—",
                     names.get(f.worker_id, "") if f.worker_id else self.tr("Whole record"), flag_text(f)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c == WHAT else "")
                self.flags_table.setItem(r, c, item)
        self.flags_table.resizeRowsToContents()
        if only is not None:
            caption = (self.tr("Flags for {0} this week: {1}").format(only.name, len(found)) if found
                       else self.tr("No flags for {0} this week.").format(only.name))
        else:
            caption = (self.tr("Flags this week, everyone: {0}").format(len(found)) if found
                       else self.tr("No flags this week."))
        self.flags_caption.setText(caption)

    # -- the selection -------------------------------------------------------------------------

    def _row_of(self, worker_id: str | None) -> int | None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, WORKER)
            if worker_id is not None and item is not None and item.data(Qt.ItemDataRole.UserRole) == worker_id:
                return r
        return None

    def select_worker(self, worker_id: str) -> None:
        """Select ``worker_id``'s row (kept across refreshes and weeks while they have one)."""
        self._selected = worker_id
        self._automatic = False
        row = self._row_of(worker_id)
        if row is not None:
            self.table.setCurrentCell(row, WORKER)

    def selected_hours(self) -> timesheet.Hours | None:
        """The selected worker's hours for the shown week, or None."""
        if self.week is None or self._selected is None:
            return None
        return next((h for h in self.week.rows if h.worker_id == self._selected), None)

    def _row_pressed(self, *_: int) -> None:
        """A click on the row the screen chose makes it the supervisor's choice (its flags shown)."""
        if self._automatic:
            self._automatic = False
            self._show_flags()

    def _current_changed(self, row: int, *_: int) -> None:
        if not self._filling:
            self._automatic = False
        item = self.table.item(row, WORKER) if row >= 0 else None
        self._selected = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._update_actions()
        self._show_flags()

    def _correctable_days(self) -> list[dt.date]:
        """The shown week's days up to today."""
        days = [self.first_day + dt.timedelta(days=i) for i in range(7)]
        return [d for d in days if d <= self.today]

    def _update_actions(self) -> None:
        session, h = self.session, self.selected_hours()
        correct_tip = self.tr("Add or take away time on a day of this week, with a reason.")
        approve_tip = self.tr("Record this week's totals as approved. Only approved hours go into the payroll "
                              "export.")
        may_correct = may_approve = False
        if session is None:
            correct_tip = approve_tip = ""
        elif h is None:
            correct_tip = approve_tip = self.tr("Select a worker in the table first.")
        elif h.worker_id == session.user_id:
            correct_tip = self.tr("You cannot correct your own timesheet. Another supervisor or the partner admin "
                                  "must.")
            approve_tip = self.tr("You cannot approve your own timesheet. Another supervisor or the partner admin "
                                  "must.")
        else:
            may_correct = session.may(Permission.CORRECT_TIMESHEETS) and bool(self._correctable_days())
            may_approve = session.may(Permission.APPROVE_TIMESHEETS) and not self._approving
            if self._approving:
                approve_tip = self.tr("Approving…")
        self.correct_button.setEnabled(may_correct)
        self.correct_button.setToolTip(correct_tip)
        self.approve_button.setEnabled(may_approve)
        self.approve_button.setToolTip(approve_tip)
        self.export_button.setEnabled(session is not None and session.may(Permission.EXPORT_PAYROLL)
                                      and not self._exporting)

    # -- correcting ----------------------------------------------------------------------------

    def correct_selected(self) -> CorrectionDialog | None:
        """Open the correction dialog for the selected worker (non-modal ``open()``); the
        correction is recorded when it is accepted. Returns the dialog (None when no worker
        can be corrected)."""
        h = self.selected_hours()
        days = self._correctable_days()
        if self.session is None or h is None or h.worker_id == self.session.user_id or not days:
            return None
        totals: dict[dt.date, tuple[int, int]] = {}
        for p in h.periods:
            clocked, active = totals.get(p.day, (0, 0))
            totals[p.day] = (clocked + p.clocked_ms, active + p.active_ms)
        for c in h.corrections:
            clocked, active = totals.get(c.day, (0, 0))
            totals[c.day] = (clocked + c.clocked_ms, active + c.active_ms)
        dialog = CorrectionDialog(h.name, days, self, day_totals=totals, day=min(self.today, days[-1]))
        worker_id, name = h.worker_id, h.name
        dialog.accepted.connect(lambda: self._record_correction(worker_id, name, *dialog.correction()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _record_correction(self, worker_id: str, name: str, day: dt.date, clocked_ms: int, active_ms: int,
                           reason: str) -> None:
        session = self.session
        if session is None:
            return
        try:
            self.ws.timesheet.correct(session, worker_id, day, clocked_ms=clocked_ms, active_ms=active_ms,
                              reason=reason)
        except (LabClientError, ValueError) as exc:
            self._failed(exc, session)
            return
        when = QLocale().toString(_qdate(day), "ddd d MMM")
        self._say(self.tr("Corrected {0}'s time on {1}: {2} clocked, {3} active.").format(
            name, when, _signed(clocked_ms), _signed(active_ms)))
        self.changed.emit()
        self.refresh()

    # -- approving -----------------------------------------------------------------------------

    def approve_selected(self) -> QMessageBox | None:
        """Ask to confirm the selected worker's week, with its totals and flags (non-modal
        ``open()``); approving runs when the box is answered with Approve. Returns the box (None
        when no worker can be approved)."""
        h = self.selected_hours()
        if self.session is None or h is None or h.worker_id == self.session.user_id or self._approving:
            return None
        if self.last_day >= self.ws.timesheet.today(tz=self.tz) and self._clocked_in(h.worker_id):
            # said before asking: the core would refuse an approval of an open shift
            self._say(self.tr("{0} is still clocked in, so this week cannot be approved yet: her shift has no end. "
                              "Ask her to clock out, then approve; or approve the week once it is over.")
                      .format(h.name))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Approve the week"),
                          self.tr("Approve {0}'s hours for the {1}?").format(h.name, self._week_words()),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("approveConfirm")
        flags = len(h.flags)
        details = self.tr("Clocked {0}, active {1}, {2} results.").format(hm(h.clocked_ms), hm(h.active_ms), h.results)
        flag_text = (self.tr("Flags to look at first: {0}. They are listed under the table.").format(flags) if flags
                     else self.tr("No flags."))
        box.setInformativeText(details + "\n" + flag_text + "\n"
                               + self.tr("Only approved hours go into the payroll export."))
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(self.tr("&Approve"))
        named(ok, "approveConfirmOk", self.tr("Approve"))
        named(box.button(QMessageBox.StandardButton.Cancel), "approveConfirmCancel", self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel if flags else QMessageBox.StandardButton.Ok)
        worker_id, name, first, last = h.worker_id, h.name, self.first_day, self.last_day
        box.finished.connect(
            lambda _: self._approve(worker_id, name, first, last) if box.clickedButton() is ok else None)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _clocked_in(self, worker_id: str) -> bool:
        """Whether the worker is clocked in now (False when the core cannot say)."""
        if self.session is None:
            return False
        try:
            return self.ws.timesheet.status(self.session, worker_id).clocked_in
        except LabClientError:
            return False

    def _week_words(self) -> str:
        """``week of 23 Nov – 29 Nov 2026``, each date kept on one line."""
        locale = QLocale()
        first, last = (locale.toString(_qdate(d), f).replace(" ", "\u00a0")
                       for d, f in ((self.first_day, "d MMM"), (self.last_day, "d MMM yyyy")))
        return self.tr("week of {0} – {1}").format(first, last)

    def _approve(self, worker_id: str, name: str, first: dt.date, last: dt.date) -> None:
        """Approve on a worker thread (the core checks the whole chain first)."""
        session = self.session
        if session is None:
            return
        tz = self.tz
        self._approving = True
        self._update_actions()
        self._say(self.tr("Approving {0}'s week…").format(name))

        def work(ws: Workspace) -> timesheet.Hours:
            return ws.timesheet.approve(session, worker_id, first, last, tz=tz)

        def done(h: timesheet.Hours) -> None:
            self._approving = False
            self._say(self.tr("Approved {0}'s week: {1} clocked, {2} active.").format(name, hm(h.clocked_ms),
                                                                                    hm(h.active_ms)))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._approving = False
            self._update_actions()
            self._failed(exc, session)

        run_job(in_own_workspace(self.ws, work), done, failed, owner=self)

    # -- payroll -------------------------------------------------------------------------------

    def default_export_name(self) -> str:
        """``payroll-2026-11-23-to-2026-11-29.csv`` for the shown week."""
        return self.tr("payroll-{0}-to-{1}.csv").format(self.first_day.isoformat(), self.last_day.isoformat())

    def export_payroll(self) -> QFileDialog | None:
        """Ask where to save the payroll CSV of the shown week (non-modal ``open()``), then write it
        on a worker thread. Returns the dialog (None while an export runs or when not allowed)."""
        if self.session is None or self._exporting or not self.session.may(Permission.EXPORT_PAYROLL):
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save the payroll CSV (approved hours only)"),
                             str(Path(folder) / self.default_export_name()), self.tr("CSV files (*.csv)"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self.start_export(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_export(self, path: Path) -> None:
        """Write the payroll CSV of the shown week to ``path`` on a worker thread; ``exported(rows)``."""
        session = self.session
        if session is None or self._exporting:
            return
        first, last, tz = self.first_day, self.last_day, self.tz
        self._exporting = True
        self._update_actions()

        def work(ws: Workspace) -> int:
            return _write_payroll(ws, session, first, last, path, tz)

        def done(rows: int) -> None:
            self._exporting = False
            self._exported(path, rows)

        def failed(exc: BaseException) -> None:
            self._exporting = False
            self._update_actions()
            self._failed(exc, session)

        run_job(in_own_workspace(self.ws, work), done, failed, owner=self)

    def export_to(self, path: Path) -> int:
        """Write the payroll CSV of the shown week to ``path`` now (no dialog) and say so in the
        panel; the number of rows written. A refusal or a file that cannot be written is shown in
        the panel and raised (LabClientError or OSError)."""
        session = self.session
        if session is None:
            raise RuntimeError("The panel has no session any more.")
        try:
            rows = _write_payroll(self.ws, session, self.first_day, self.last_day, path, self.tz)
        except (LabClientError, OSError) as exc:
            self._failed(exc, session)
            raise
        self._exported(path, rows)
        return rows

    def _exported(self, path: Path, rows: int) -> None:
        self._update_actions()
        if rows == 1:
            text = self.tr("Saved 1 row to {0}. The file holds approved hours only.").format(path)
        elif rows:
            text = self.tr("Saved {0} rows to {1}. The file holds approved hours only.").format(rows, path)
        else:
            text = self.tr("Saved {0}, but nobody's hours in this week are approved yet, so it has no rows. "
                           "Approve the weeks first.").format(path)
        self._say(text)
        self.exported.emit(rows)

    # -- messages ------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(DONE_STYLE)
        self.message.setText(text)

    def _failed(self, exc: BaseException, session: Session) -> None:
        """Show what went wrong; a lost session is handed on with ``session_lost``."""
        if isinstance(exc, NotAllowed) and _session_gone(exc):
            if self.session is session:
                self.session = None
                self._update_actions()
                self.session_lost.emit(exc)
            return
        if isinstance(exc, LabClientError):
            text = error_text(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be saved ({0}). Choose another folder.").format(exc.strerror or exc)
        elif isinstance(exc, ValueError):
            text = str(exc)
        else:
            raise exc  # a bug
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setText(text)
        self.problem.emit(text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _signed(ms: int) -> str:
    """``+1:30``, ``-0:15`` or ``0:00``."""
    return ("-" if ms < 0 else "+" if ms > 0 else "") + hm(abs(ms))

