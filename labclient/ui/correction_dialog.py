"""The supervisor's correction of a worker's day: add or take away clocked and active time, with a reason.

The dialog only gathers the correction; the Hours panel hands it to ``timesheet.correct``, which
records it as a new event with the supervisor's name (nothing is erased). OK stays disabled, with a
line saying what is missing, until there is some time to change and a reason.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labclient.people.timesheet import MAX_REASON
from labclient.ui.names import named

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
HINT_STYLE = "color: #5a3400;"


def hm(ms: int) -> str:
    """A duration as hours and minutes, ``7:05``, rounded to the nearest minute (as the payroll
    export and the hub round it, so the same hours read the same everywhere)."""
    minutes = (max(0, ms) + MINUTE_MS // 2) // MINUTE_MS
    return f"{minutes // 60}:{minutes % 60:02d}"


class CorrectionDialog(QDialog):
    """Which day, how much clocked and active time to add or take away, and why.

    ``days`` are the days that may be corrected (in order); ``day_totals`` maps a day to the
    (clocked_ms, active_ms) it has now, shown beside the choice. Read :meth:`correction` after
    ``accepted``.
    """

    def __init__(self, worker_name: str, days: list[dt.date], parent: QWidget | None = None, *,
                 day_totals: dict[dt.date, tuple[int, int]] | None = None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        if not days:
            raise ValueError("A correction needs at least one day to choose from.")
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct {0}'s time").format(worker_name))
        self.days = list(days)
        self.day_totals = dict(day_totals or {})
        locale = QLocale()

        intro = QLabel(self.tr("Correct the time of {0}. The change is kept with your name and the reason; "
                               "nothing is erased.").format(worker_name), self)
        intro.setWordWrap(True)
        self.day = named(QComboBox(self), "correctionDay", self.tr("Day to correct"))
        for d in self.days:
            self.day.addItem(locale.toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy"))
        self.day.setCurrentIndex(self.days.index(day) if day in self.days else len(self.days) - 1)
        self.day_now = QLabel(self)
        self.day_now.setObjectName("correctionDayNow")

        self.clocked_sign, self.clocked_hours, self.clocked_minutes, clocked_row = self._amount(
            "correctionClocked", self.tr("clocked time"))
        self.active_sign, self.active_hours, self.active_minutes, active_row = self._amount(
            "correctionActive", self.tr("active time"))
        self.reason = named(QLineEdit(self), "correctionReason", self.tr("Reason"))
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("For example: forgot to clock out at 17:00"))
        self.reason.setMinimumWidth(380)
        self.hint = QLabel(self)
        self.hint.setObjectName("correctionHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow("", self.day_now)
        form.addRow(self.tr("&Clocked time:"), clocked_row)
        form.addRow(self.tr("&Active time:"), active_row)
        form.addRow(self.tr("&Reason:"), self.reason)
        for field, buddy in ((self.day, self.day), (clocked_row, self.clocked_sign), (active_row, self.active_sign),
                             (self.reason, self.reason)):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = named(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "correctionOk",
                               self.tr("Save the correction"))
        self.ok_button.setText(self.tr("&Save correction"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "correctionCancel", self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        for box in (self.clocked_hours, self.clocked_minutes, self.active_hours, self.active_minutes):
            box.valueChanged.connect(self._check)
        for combo in (self.clocked_sign, self.active_sign):
            combo.currentIndexChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self.day.currentIndexChanged.connect(self._show_day)
        self._show_day()
        self._check()
        self.day.setFocus()

    def _amount(self, name: str, what: str) -> tuple[QComboBox, QSpinBox, QSpinBox, QWidget]:
        """A row: add or take away, hours, minutes."""
        sign = named(QComboBox(self), name + "Sign", self.tr("Add or take away {0}").format(what))
        sign.addItems([self.tr("Add"), self.tr("Take away")])
        hours = named(QSpinBox(self), name + "Hours", self.tr("Hours of {0}").format(what))
        hours.setRange(0, 23)
        hours.setSuffix(self.tr(" h"))
        minutes = named(QSpinBox(self), name + "Minutes", self.tr("Minutes of {0}").format(what))
        minutes.setRange(0, 59)
        minutes.setSuffix(self.tr(" min"))
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(sign)
        box.addWidget(hours)
        box.addWidget(minutes)
        box.addStretch(1)
        return sign, hours, minutes, row

    @staticmethod
    def _ms(sign: QComboBox, hours: QSpinBox, minutes: QSpinBox) -> int:
        amount = hours.value() * HOUR_MS + minutes.value() * MINUTE_MS
        return -amount if sign.currentIndex() == 1 else amount

    def selected_day(self) -> dt.date:
        """The day chosen."""
        return self.days[max(0, self.day.currentIndex())]

    def correction(self) -> tuple[dt.date, int, int, str]:
        """(day, clocked_ms, active_ms, reason): the times signed (negative takes away), the
        reason with its spaces tidied."""
        clocked = self._ms(self.clocked_sign, self.clocked_hours, self.clocked_minutes)
        active = self._ms(self.active_sign, self.active_hours, self.active_minutes)
        return self.selected_day(), clocked, active, " ".join(self.reason.text().split())

    def missing(self) -> str:
        """What must still be filled in before the correction can be saved ("" when nothing)."""
        _, clocked, active, reason = self.correction()
        if clocked == 0 and active == 0:
            return self.tr("Enter the hours or minutes to add or take away.")
        if not reason:
            return self.tr("Write the reason for this correction.")
        return ""

    def _check(self) -> None:
        missing = self.missing()
        self.hint.setText(missing)
        self.hint.setVisible(bool(missing))
        self.ok_button.setEnabled(not missing)

    def _show_day(self) -> None:
        clocked, active = self.day_totals.get(self.selected_day(), (0, 0))
        self.day_now.setText(self.tr("That day now: {0} clocked, {1} active").format(hm(clocked), hm(active)))

    def _accept_if_complete(self) -> None:
        if not self.missing():
            self.accept()
