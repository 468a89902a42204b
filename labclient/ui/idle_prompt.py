"""Noticing whether someone is at the seat: the input watch, and "Are you still working?".

:class:`InputWatch` is an event filter on the application: each key press (shortcut keys
included), mouse click or wheel turn in any LabClient window is input. It only notes the time
(on the people clock) and calls the main window's callback; the main window's poll does the rest
(touching the session, the idle prompt after ``idle_prompt_after_s``, the lock after
``lock_after_s``), so no database work runs inside event delivery. (A key that triggers a
shortcut, such as Ctrl+Enter or a tagging digit, reaches the application only as a
ShortcutOverride key event: its KeyPress is never sent. Key events of any type count.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.ui.names import named


@dataclass(frozen=True)
class Timing:
    """How often the app looks at the seat. The defaults are the product's; tests make them short."""

    poll_ms: int = 5_000       # look for idleness; touch the session after input
    refresh_ms: int = 60_000   # refresh the timesheet bar
    report_ms: int = 60_000    # report activity while clocked in


DEFAULT_TIMING = Timing()


INPUT_TYPES = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress})


class InputWatch(QObject):
    """Notes the time of the last input anywhere in the application (install on the QApplication)."""

    def __init__(self, clock: Clock = SYSTEM_CLOCK, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.last_input_ns = clock.mono_ns()
        self.seen = False  # input since the main window last touched the session
        self.on_input: Callable[[int], None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Every event of the application passes here: a class check first (cheap); the event's
        # type (a Python enum lookup) only for key and mouse events, to leave out releases and moves.
        if isinstance(event, QKeyEvent | QMouseEvent):
            if event.type() in INPUT_TYPES:
                self.input_now()
        elif isinstance(event, QWheelEvent):
            self.input_now()
        return False

    def input_now(self) -> None:
        """Input happened now (also for signs of work that are not events, such as audio playing)."""
        self.last_input_ns = self.clock.mono_ns()
        self.seen = True
        if self.on_input is not None:
            self.on_input(self.last_input_ns)

    def idle_ns(self) -> int:
        """Nanoseconds since the last input."""
        return self.clock.mono_ns() - self.last_input_ns

    def reset(self) -> None:
        """Start counting idleness from now (a login)."""
        self.last_input_ns = self.clock.mono_ns()
        self.seen = False


class IdlePrompt(QDialog):
    """"Are you still working?" Yes (Enter) counts the time again; No (Esc) keeps it paused.

    Emits ``answered(still_working)`` once, unless it is closed by :meth:`withdraw` (the screen
    locked first).
    """

    answered = Signal(bool)

    def __init__(self, idle_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idlePrompt")
        self.setWindowTitle(self.tr("Are you still working?"))
        self._withdrawn = False
        title = QLabel(self.tr("Are you still working?"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        self.text = QLabel(self.tr("There was no input for {0} minutes, so your time is paused. It counts again "
                                   "when you say you are working.").format(idle_minutes), self)
        self.text.setObjectName("idlePromptText")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(self)
        self.yes_button = named(buttons.addButton(self.tr("Yes, I am working (Enter)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole),
                                "idleYes", self.tr("Yes, I am working"))
        self.no_button = named(buttons.addButton(self.tr("No, keep my time paused (Esc)"),
                                                 QDialogButtonBox.ButtonRole.RejectRole),
                               "idleNo", self.tr("No, keep my time paused"))
        self.yes_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.finished.connect(self._finished)

    def withdraw(self) -> None:
        """Close without an answer (the screen locked while the prompt was up)."""
        self._withdrawn = True
        self.reject()

    def _finished(self, code: int) -> None:
        if not self._withdrawn:
            self.answered.emit(code == QDialog.DialogCode.Accepted)
