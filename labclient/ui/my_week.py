"""The worker's own week: hours on the clock and active, tasks done and planned shifts, day by day.

:class:`MyWeekDialog` shows one week (Monday to Sunday, in the lab's time zone) for the logged-in
person: a row per day and a total, whether a supervisor approved the week, what the timesheet
noticed about it (restarts, clock changes, capped activity) and the supervisor's corrections.
Opened from the timesheet bar (Ctrl+Shift+W); anyone may see their own hours and shifts.

Reading a week calls ``ws.timesheet.hours`` once per day up to today (each day's output is only
counted per call) and once for the whole week (the total, the approval and the flags): about a
second after three months on a computer that never restarted. So :func:`read_week` runs on a
worker thread with a workspace of its own (``ui/jobs.in_own_workspace``), and ``refreshed`` is emitted
once the answer is on screen.

Below the week, her accuracy on gold tasks (``Workspace.accuracy``: per project, the mean score
and passes of her last :data:`ACCURACY_LAST` scored gold results; practice never counts), read in
the same job. It is not about the week shown: it is the same on every week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labclient.errors import AccountDisabledError, LabClientError, SessionEndedError, SessionLockedError
from labclient.people import shifts, timesheet
from labclient.people.hours import Flag
from labclient.people.roles import Permission, Session
from labclient.quality.feedback import ProjectAccuracy
from labclient.quality.review import ReviewNote
from labclient.ui.feedback_view import percent
from labclient.ui.jobs import in_own_workspace, run_job
from labclient.ui.messages import error_text
from labclient.ui.names import named
from labclient.workspace import Workspace

DAY, CLOCKED, ACTIVE, DONE, SHIFT = range(5)
TODAY_BACKGROUND = QColor("#fff3c4")
# Errors that mean the person is no longer at the seat: the dialog hands them on as ``session_lost``.
GONE = (SessionLockedError, SessionEndedError, AccountDisabledError)
# How many of her last gold results the accuracy is computed over.
ACCURACY_LAST = 50
# How many reviews of her answers the dialog lists (the latest first).
REVIEWS_SHOWN = 10


@dataclass(frozen=True)
class Week:
    """A person's week as the dialog shows it. ``days`` has seven entries, Monday first: that
    day's hours, or None for a day still to come."""

    today: dt.date
    first_day: dt.date
    last_day: dt.date
    days: tuple[timesheet.Hours | None, ...]
    total: timesheet.Hours          # the whole week: totals, approval, flags, corrections
    planned: tuple[shifts.Shift, ...]  # the shifts planned for the person that touch the week
    tz: dt.tzinfo
    accuracy: tuple[ProjectAccuracy, ...] = ()  # her last ACCURACY_LAST gold results, per project
    reviews: tuple[ReviewNote, ...] = ()  # the latest reviews of her answers, newest first

    @property
    def current(self) -> bool:
        """Whether this is the week containing today."""
        return self.first_day <= self.today <= self.last_day


def read_week(ws: Workspace, session: Session, day: dt.date | None = None, *, tz: dt.tzinfo | None = None) -> Week:
    """The week containing ``day`` (default, and at the latest: the week containing today) for
    ``session``'s own timesheet. Raises NotAllowed when the session is refused."""
    zone = tz or timesheet.local_zone()
    today = ws.timesheet.today(tz=zone)
    first, last = timesheet.week_of(min(day or today, today))
    dates = [first + dt.timedelta(days=i) for i in range(7)]
    days = tuple(ws.timesheet.hours(session, d, d, tz=zone) if d <= today else None for d in dates)
    total = ws.timesheet.hours(session, first, last, tz=zone)
    planned = tuple(ws.shifts.of(session, first, last, tz=zone))
    accuracy = tuple(ws.accuracy(session, last=ACCURACY_LAST))
    reviews = tuple(ws.reviews_of_my_work(session, last=REVIEWS_SHOWN)) \
        if session.may(Permission.DO_TASKS) else ()
    return Week(today, first, last, days, total, planned, zone, accuracy, reviews)


class _OwnDirection(QStyledItemDelegate):
    """Draws each cell's text in its own reading direction (a Unicode first-strong isolate), so a
    time such as ``6 h 00 min`` or ``08:00–12:00`` keeps its order in a right-to-left layout."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = "\u2068" + option.text + "\u2069"


class MyWeekDialog(QDialog):
    """One week of the session's own timesheet, with Previous/Next week and Close (Escape).

    Signals: ``refreshed`` once a week read in the background is on screen; ``session_lost(error)``
    when the core refuses the session (locked, ended, switched off); the table is cleared then.
    """

    refreshed = Signal()
    session_lost = Signal(object)

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None, *,
                 tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myWeekDialog")
        self.setWindowTitle(self.tr("My week"))
        self.ws = ws
        self.session = session
        self.tz = tz
        self.week: Week | None = None       # the week on screen
        self._wanted: dt.date | None = None  # a day of the week asked for (None: this week)
        self._asked = 0                      # counts requests, so an older answer is dropped
        self.resize(840, 460)

        self.title = QLabel(self)
        self.title.setObjectName("myWeekTitle")
        bold = self.title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        self.previous_button = named(QPushButton(self), "myWeekPrevious", self.tr("Previous week"))
        self.next_button = named(QPushButton(self), "myWeekNext", self.tr("Next week"))
        back, forward = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        self.previous_button.setText(self.tr("{0} &Previous week").format(back))
        self.next_button.setText(self.tr("&Next week {0}").format(forward))
        self.previous_button.clicked.connect(self.show_previous_week)
        self.next_button.clicked.connect(self.show_next_week)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)

        self.table = named(QTableWidget(0, 5, self), "myWeekTable", self.tr("Hours day by day"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Clocked"), self.tr("Active"),
                                              self.tr("Tasks done"), self.tr("Planned shift")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_OwnDirection(self.table))
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.table.horizontalHeader()
        for column in (DAY, CLOCKED, ACTIVE, DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHIFT, QHeaderView.ResizeMode.Stretch)

        self.explain = QLabel(self.tr("Clocked: from clock-in to clock-out, less breaks and unanswered "
                                      "'still working?' pauses. Active: time you were typing, clicking or "
                                      "playing audio."), self)
        self.explain.setObjectName("myWeekExplain")
        self.explain.setWordWrap(True)
        self.approval = QLabel(self)
        self.approval.setObjectName("myWeekApproval")
        self.approval.setWordWrap(True)
        strong = self.approval.font()
        strong.setBold(True)
        self.approval.setFont(strong)
        self.flags = QLabel(self)
        self.flags.setObjectName("myWeekFlags")
        self.flags.setWordWrap(True)
        self.corrections = QLabel(self)
        self.corrections.setObjectName("myWeekCorrections")
        self.corrections.setWordWrap(True)
        self.accuracy = QLabel(self)
        self.accuracy.setObjectName("myWeekAccuracy")
        self.accuracy.setWordWrap(True)
        self.reviews = QLabel(self)
        self.reviews.setObjectName("myWeekReviews")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.PlainText)  # a supervisor's note is shown as written
        self.message = QLabel(self)
        self.message.setObjectName("myWeekMessage")
        self.message.setWordWrap(True)
        for label in (self.approval, self.flags, self.corrections, self.accuracy, self.reviews, self.message):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = named(buttons.button(QDialogButtonBox.StandardButton.Close), "myWeekClose",
                                  self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.explain)
        layout.addWidget(self.approval)
        layout.addWidget(self.flags)
        layout.addWidget(self.corrections)
        layout.addWidget(self.accuracy)
        layout.addWidget(self.reviews)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.table, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.close_button)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

        self._show(None)
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the week asked for again, in the background; ``refreshed`` when it is shown."""
        self._asked += 1
        asked, wanted = self._asked, self._wanted
        session, tz = self.session, self.tz
        self.message.setText(self.tr("Reading your hours…"))

        def done(week: Week) -> None:
            if isValid(self) and asked == self._asked:  # not closed and deleted meanwhile, nor asked again
                self._wanted = None if week.current else week.first_day
                self.message.clear()
                self._show(week)
                self.refreshed.emit()

        def failed(exc: BaseException) -> None:
            if not isValid(self) or asked != self._asked:
                return
            if isinstance(exc, GONE):
                self._show(None)
                self.message.setText(error_text(exc))
                self.session_lost.emit(exc)
            elif isinstance(exc, LabClientError):  # refused, or a store that cannot be read now
                self.message.setText(error_text(exc))
            else:
                raise exc

        run_job(in_own_workspace(self.ws, lambda own: read_week(own, session, wanted, tz=tz)), done, failed,
                owner=self)

    def show_week(self, day: dt.date | None) -> None:
        """Show the week containing ``day`` (None, or a day after this week: this week)."""
        self._wanted = day
        self.refresh()

    def show_previous_week(self) -> None:
        """The week before the one asked for last (pressed twice quickly: two weeks back)."""
        monday = self._asked_monday()
        if monday is not None:
            self.show_week(monday - dt.timedelta(days=7))

    def show_next_week(self) -> None:
        """The week after the one asked for last, up to this week."""
        monday = self._asked_monday()
        if monday is not None and self.week is not None and monday < timesheet.week_of(self.week.today)[0]:
            self.show_week(monday + dt.timedelta(days=7))

    def _asked_monday(self) -> dt.date | None:
        """The Monday of the week asked for last (None while this week's Monday is not known yet)."""
        if self._wanted is not None:
            return timesheet.week_of(self._wanted)[0]
        return self.week.first_day if self.week is not None and self.week.current else None

    # -- showing -------------------------------------------------------------------------------

    def _show(self, week: Week | None) -> None:
        self.week = week
        self.previous_button.setEnabled(week is not None)
        self.next_button.setEnabled(week is not None and not week.current)
        if week is None:
            self.title.clear()
            self.table.setRowCount(0)
            for label in (self.approval, self.flags, self.corrections, self.accuracy, self.reviews):
                label.clear()
                label.setVisible(False)
            return
        first, last = self.day_text(week.first_day), self.day_text(week.last_day)
        template = self.tr("This week: {0} – {1}") if week.current else self.tr("Week of {0} – {1}")
        self.title.setText(template.format(first, last))
        self._fill(week)
        self.approval.setText(self._approval_text(week.total, week.tz))
        self.approval.setVisible(True)
        self._set_lines(self.flags, self.tr("Noticed in your timesheet:"), self._flag_lines(week))
        self._set_lines(self.corrections, self.tr("Changed by your supervisor:"), self._correction_lines(week))
        self._set_lines(self.accuracy, self.tr("Your accuracy on checked tasks (tasks with a known answer; "
                                               "your last {0}):").format(ACCURACY_LAST),
                        [self.accuracy_text(a) for a in week.accuracy])
        self._set_lines(self.reviews, self.tr("Your supervisor reviewed these answers:"),
                        [self.review_text(r) for r in week.reviews])

    def review_text(self, review: ReviewNote) -> str:
        """``Task t-0001 (Test project): corrected by Joseph Okello: The sign says Shop Zero.``"""
        if review.verdict == "corrected":
            return self.tr("Task {0} ({1}): corrected by {2}: {3}").format(
                review.task_id, review.project_name, review.reviewer_name, review.note)
        if review.note:
            return self.tr("Task {0} ({1}): accepted by {2}: {3}").format(
                review.task_id, review.project_name, review.reviewer_name, review.note)
        return self.tr("Task {0} ({1}): accepted by {2}").format(review.task_id, review.project_name,
                                                               review.reviewer_name)

    def _fill(self, week: Week) -> None:
        by_day: dict[dt.date, list[shifts.Shift]] = {}
        for shift in week.planned:
            by_day.setdefault(shift.starts_at.astimezone(week.tz).date(), []).append(shift)
        self.table.setRowCount(8)
        for row, hours in enumerate(week.days):
            day = week.first_day + dt.timedelta(days=row)
            name = self.day_text(day)
            planned = ", ".join(self._shift_text(s, week.tz) for s in by_day.get(day, []))
            if hours is None:
                cells = [name, "", "", "", planned]
            else:
                cells = [name, self.duration_text(hours.clocked_ms), self.duration_text(hours.active_ms),
                         self._done_text(hours), planned]
            if day == week.today:
                cells[DAY] = self.tr("{0} (today)").format(name)
            self._set_row(row, cells, today=day == week.today)
        planned_ms = sum((s.ends_at - s.starts_at) // dt.timedelta(milliseconds=1) for s in week.planned
                         if week.first_day <= s.starts_at.astimezone(week.tz).date() <= week.last_day)
        total = week.total
        self._set_row(7, [self.tr("Week total"), self.duration_text(total.clocked_ms),
                          self.duration_text(total.active_ms), self._done_text(total),
                          self.tr("{0} planned").format(self.duration_text(planned_ms)) if planned_ms else ""],
                      total=True)
        self.table.resizeRowsToContents()

    def _done_text(self, hours: timesheet.Hours) -> str:
        """Tasks done, with those she skipped or flagged apart (setting a task aside is not done)."""
        if not hours.set_aside:
            return str(hours.results)
        return self.tr("{0} (+{1} skipped or flagged)").format(hours.results, hours.set_aside)

    def _set_row(self, row: int, cells: list[str], *, today: bool = False, total: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (CLOCKED, ACTIVE, DONE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if today or total:
                font = QFont(self.table.font())
                font.setBold(True)
                item.setFont(font)
            if today:
                item.setBackground(QBrush(TODAY_BACKGROUND))
            self.table.setItem(row, column, item)

    def _approval_text(self, total: timesheet.Hours, tz: dt.tzinfo) -> str:
        approval = total.approval
        if approval is None:
            return self.tr("Not approved yet.")
        when = self.date_text(approval.at.astimezone(tz).date())
        if total.changed_since_approval:
            return self.tr("Changed since {0} approved it on {1}: your supervisor will look again.").format(
                approval.by_name, when)
        return self.tr("Approved by {0} on {1}.").format(approval.by_name, when)

    def _flag_lines(self, week: Week) -> list[str]:
        lines: dict[tuple[str, dt.date], str] = {}
        for period in week.total.periods:
            for flag in period.flags:
                lines.setdefault((flag.kind, period.day), self.tr("{0}: {1}").format(
                    self.day_text(period.day), self._flag_text(flag)))
        return list(lines.values())

    def _flag_text(self, flag: Flag) -> str:
        if flag.kind == "restart":
            return self.tr("the computer restarted during your shift, which ended it. The time until you clocked "
                           "in again is not counted; if you were working, tell your supervisor.")
        if flag.kind == "clock_jump":
            return self.tr("the computer's clock was changed, or the computer slept. Your hours are not "
                           "affected.")
        if flag.kind == "activity_capped":
            return self.tr("more activity was reported than time passed; only the time on the clock counts.")
        if flag.kind == "outside_shift":
            return self.tr("activity during a break was not counted.")
        if flag.kind == "double_clock_in":
            return self.tr("you clocked in again without clocking out; the second clock-in was not counted.")
        return flag.message

    def _correction_lines(self, week: Week) -> list[str]:
        lines = []
        for c in week.total.corrections:
            if not c.active_ms:
                template = self.tr("{0}: {1} changed your clocked time by {2}. Reason: {4}")
            elif not c.clocked_ms:
                template = self.tr("{0}: {1} changed your active time by {3}. Reason: {4}")
            else:
                template = self.tr("{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}")
            lines.append(template.format(self.day_text(c.day), c.by_name, self.signed_duration_text(c.clocked_ms),
                                         self.signed_duration_text(c.active_ms), c.reason))
        return lines

    @staticmethod
    def _set_lines(label: QLabel, heading: str, lines: list[str]) -> None:
        label.setText("\n".join([heading, *("• " + line for line in lines)]) if lines else "")
        label.setVisible(bool(lines))

    def accuracy_text(self, project: ProjectAccuracy) -> str:
        """``Test project: 84% on average; 10 of 12 passed``."""
        return self.tr("{0}: {1}% on average; {2} of {3} passed").format(
            project.project_name, percent(project.mean_score), project.passed, project.gold_count)

    def _shift_text(self, shift: shifts.Shift, tz: dt.tzinfo) -> str:
        start, end = shift.starts_at.astimezone(tz), shift.ends_at.astimezone(tz)
        return self.tr("{0}–{1} at {2}").format(f"{start:%H:%M}", f"{end:%H:%M}", shift.seat)

    # -- words for times -----------------------------------------------------------------------

    @staticmethod
    def day_text(day: dt.date) -> str:
        """``Tue 24 Nov``, in the user's language."""
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    @staticmethod
    def date_text(day: dt.date) -> str:
        """``28 Nov``, in the user's language."""
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")

    def duration_text(self, ms: int) -> str:
        """``1 h 05 min`` or ``35 min``, in the user's language, to the nearest minute (as Hours,
        the payroll export and the hub round it)."""
        minutes = (max(0, ms) + 30_000) // 60_000
        if minutes < 60:
            return self.tr("{0} min").format(minutes)
        return self.tr("{0} h {1} min").format(minutes // 60, f"{minutes % 60:02d}")

    def signed_duration_text(self, ms: int) -> str:
        """``+1 h 00 min`` or ``−30 min``."""
        return ("+" if ms >= 0 else "−") + self.duration_text(abs(ms))
