"""The dialog a supervisor plans one shift with: who, which day, from when to when, at which seat.

The dialog checks what it can by itself (a worker chosen, the end after the start, at most
``MAX_SHIFT`` long, a seat named) and then hands the shift to the ``plan`` callable it was given.
That callable (the Shifts panel's) asks the core and returns None when the shift is planned, or
the sentence to show when the core refused it (a clash with another shift, say): the dialog then
stays open with everything as typed, so the supervisor changes one field and tries again.

Times are wall-clock times of the lab's time zone (``tz``); :meth:`ShiftDialog.shift` returns
them as aware datetimes in that zone. A shift starts and ends on the chosen day.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from labclient.people.shifts import MAX_SHIFT
from labclient.ui.names import named

# Minutes the arrow keys and the mouse wheel move a time by.
STEP_MINUTES = 15
MAX_SEAT = 80
PROBLEM_STYLE = "color: #b00020; font-weight: bold;"

# What the dialog hands over: worker id, start, end (aware, in the lab's zone), seat.
PlannedShift = tuple[str, dt.datetime, dt.datetime, str]


def default_seat() -> str:
    """This computer's name: the seat a clock-in records when none is given."""
    return socket.gethostname()[:MAX_SEAT]


class QuarterTimeEdit(QTimeEdit):
    """A time field (HH:mm) whose minutes move in steps of ``STEP_MINUTES`` with the arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set before the format: right to left, Qt shows the sections reversed (10:00 as "00:10").
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("HH:mm")
        self.setWrapping(True)

    def stepBy(self, steps: int) -> None:  # noqa: N802  # Qt's name
        """Hours move by one; minutes by a quarter hour, landing on a quarter."""
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        minutes = self.time().hour() * 60 + self.time().minute()
        floor = minutes - minutes % STEP_MINUTES
        base = floor if steps > 0 or minutes == floor else floor + STEP_MINUTES
        moved = (base + steps * STEP_MINUTES) % (24 * 60)
        self.setTime(QTime(moved // 60, moved % 60))


class ShiftDialog(QDialog):
    """Plan a shift. Fields: ``worker`` (combo of user ids), ``day``, ``start``, ``end``, ``seat``;
    ``message`` shows what is wrong; ``ok_button`` and ``cancel_button``. Enter plans, Escape closes.

    ``people`` are (user id, name shown) pairs; ``plan`` receives :meth:`shift` and returns None
    when the shift was planned (the dialog then closes with ``accepted``) or a sentence to show.
    """

    def __init__(self, people: Sequence[tuple[str, str]], plan: Callable[[PlannedShift], str | None],
                 parent: QWidget | None = None, *, day: dt.date, start: dt.time = dt.time(8, 0),
                 end: dt.time = dt.time(12, 0), seat: str | None = None, seats: Sequence[str] = (),
                 tz: dt.tzinfo = dt.UTC) -> None:
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self.setWindowTitle(self.tr("Plan a shift"))
        self.tz = tz
        self._plan = plan

        self.worker = named(QComboBox(self), "shiftWorker", self.tr("Worker"))
        for user_id, name in people:
            self.worker.addItem(name, user_id)
        self.worker.setMinimumWidth(260)
        self.day = named(QDateEdit(self), "shiftDay", self.tr("Day"))
        self.day.setCalendarPopup(True)
        self.day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the sections in the format's order
        self.day.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.start = named(QuarterTimeEdit(self), "shiftStart", self.tr("Starts at"))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end = named(QuarterTimeEdit(self), "shiftEnd", self.tr("Ends at"))
        self.end.setTime(QTime(end.hour, end.minute))
        self.seat = named(QLineEdit(self), "shiftSeat", self.tr("Seat"),
                          self.tr("The name of the computer the worker sits at."))
        self.seat.setMaxLength(MAX_SEAT)
        self.seat.setText(seat if seat is not None else default_seat())
        if seats:
            completer = QCompleter(sorted(set(seats)), self.seat)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.seat.setCompleter(completer)
        self.message = QLabel(self)
        self.message.setObjectName("shiftDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.hide()

        form = QFormLayout()
        for text, field in ((self.tr("&Worker:"), self.worker), (self.tr("&Day:"), self.day),
                            (self.tr("&Starts at:"), self.start), (self.tr("&Ends at:"), self.end),
                            (self.tr("S&eat:"), self.seat)):
            form.addRow(text, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok), "shiftOk", self.tr("Plan the shift"))
        self.ok_button.setText(self.tr("&Plan shift"))
        self.ok_button.setDefault(True)
        self.cancel_button = named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "shiftCancel",
                                   self.tr("Close without planning"))
        buttons.accepted.connect(self.try_plan)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.worker.setFocus()

    def worker_id(self) -> str | None:
        """The chosen worker's id (None when there is nobody to choose)."""
        value = self.worker.currentData()
        return value if isinstance(value, str) else None

    def choose_worker(self, worker_id: str) -> None:
        """Select ``worker_id`` in the worker list (ValueError when it is not there)."""
        index = self.worker.findData(worker_id)
        if index < 0:
            raise ValueError(worker_id)
        self.worker.setCurrentIndex(index)

    def shift(self) -> PlannedShift:
        """The shift as typed: (worker id, start, end, seat), times aware in the lab's zone.
        The worker id is empty when nobody could be chosen."""
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        start, end = self.start.time(), self.end.time()
        starts_at = dt.datetime.combine(day, dt.time(start.hour(), start.minute()), self.tz)
        ends_at = dt.datetime.combine(day, dt.time(end.hour(), end.minute()), self.tz)
        return self.worker_id() or "", starts_at, ends_at, " ".join(self.seat.text().split())

    def problem(self) -> str | None:
        """What must change before the shift can be planned, or None."""
        worker_id, starts_at, ends_at, seat = self.shift()
        if not worker_id:
            return self.tr("Choose who works this shift.")
        if ends_at <= starts_at:
            return self.tr("The shift must end after it starts, on the same day. Change the end time.")
        if ends_at - starts_at > MAX_SHIFT:
            return self.tr("A shift is at most {0} hours long. Change the times.").format(
                int(MAX_SHIFT.total_seconds() // 3600))
        if not seat:
            return self.tr("Type the seat: the name of the computer the worker sits at.")
        return None

    def show_problem(self, text: str) -> None:
        """Show ``text`` under the fields (the dialog stays open, the fields as typed)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_plan(self) -> None:
        """OK: check the fields, hand the shift over, close when it was planned, else say why not."""
        problem = self.problem()
        if problem is None:
            problem = self._plan(self.shift())
        if problem is None:
            self.accept()
        else:
            self.show_problem(problem)
