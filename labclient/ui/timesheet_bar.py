"""The timesheet bar on the work screen: clock in and out, breaks, and today's hours.

Keys: Ctrl+Shift+T clocks in or out, Ctrl+Shift+P starts or ends a break, Ctrl+Shift+W opens the
worker's week (:class:`~labclient.ui.my_week.MyWeekDialog`, beside the work). The bar says plainly
whether the worker's time is being counted, and shows today's clocked and active time, refreshed
after each action and every ``Timing.refresh_ms``. Computing the hours reads the day's events and
the worker's results (tens of milliseconds after some months of work), so the periodic refresh
runs on a worker thread with a workspace of its own (``ui/jobs.in_own_workspace``); the refresh after an
action runs at once, because the worker waits for its answer.

Active time: every sign of work (a key, a click, the wheel, typing, audio playing) counts the
``ACTIVE_AFTER_S`` seconds that follow it (:class:`ActivityMeter`); while the worker is clocked in
and not on a break, what was counted is reported to the core every ``Timing.report_ms`` and before
a break, a clock-out or leaving the seat. Times come from the workspace's clock (``ws.clock.mono_ns()``),
so tests move them with a fake clock instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labclient.errors import LabClientError, NotAllowed
from labclient.people import timesheet
from labclient.people.roles import Session
from labclient.ui.idle_prompt import DEFAULT_TIMING, Timing
from labclient.ui.jobs import in_own_workspace, run_job
from labclient.ui.messages import error_text
from labclient.ui.my_week import MyWeekDialog
from labclient.ui.names import named
from labclient.ui.operations import FAILED, Failed, attempt
from labclient.workspace import Workspace

ACTIVE_AFTER_S = 60
CLOCK_KEY = "Ctrl+Shift+T"
BREAK_KEY = "Ctrl+Shift+P"
WEEK_KEY = "Ctrl+Shift+W"

COUNTING_STYLE = "#timesheetBar { background: #e6f4ea; border-radius: 4px; } QLabel { color: #0d3d1f; }"
NOT_COUNTING_STYLE = "#timesheetBar { background: #fff4e5; border-radius: 4px; } QLabel { color: #5a3400; }"
# The one button that makes the time count again, when it does not: green, with a strong focus ring.
NEXT_STEP_STYLE = ("QPushButton#%s { font-weight: bold; padding: 4px 16px; color: white; background: #1e7e34;"
                   " border: 2px solid #1e7e34; border-radius: 4px; }"
                   " QPushButton#%s:focus { border: 3px solid #0b3d91; }")


class ActivityMeter:
    """Active time from signs of work: each sign counts the ``after_ns`` that follow it (overlaps
    count once). :meth:`take` hands out what was counted up to now and starts again from there,
    so no stretch of time is ever handed out twice."""

    def __init__(self, after_ns: int = ACTIVE_AFTER_S * 10**9) -> None:
        self.after_ns = after_ns
        self._start: int | None = None   # the counted stretch not yet handed out: from here…
        self._until = 0                  # …to here (may lie in the future)
        self._banked = 0

    def sign(self, now_ns: int) -> None:
        """A sign of work at ``now_ns``."""
        if self._start is not None and now_ns <= self._until:
            self._until = max(self._until, now_ns + self.after_ns)
            return
        if self._start is not None:
            self._banked += self._until - self._start
        self._start, self._until = now_ns, now_ns + self.after_ns

    def take(self, now_ns: int) -> int:
        """The active nanoseconds counted up to ``now_ns`` and not handed out before."""
        total, self._banked = self._banked, 0
        if self._start is not None:
            end = min(now_ns, self._until)
            if end > self._start:
                total += end - self._start
                self._start = end
            if self._until <= now_ns:
                self._start = None
        return total

    def reset(self) -> None:
        """Forget everything counted (at a clock-in, the end of a break, a new worker)."""
        self._start, self._until, self._banked = None, 0, 0


class TimesheetBar(QFrame):
    """Clock in/out and breaks for the logged-in worker, and what today's timesheet says.

    Signals: ``changed`` after each refresh (the state may have changed), ``session_lost(error)``
    when the core refuses the session (locked, ended, switched off), ``acted`` after a clock or
    break action (the work screen gives the task back the keyboard).
    """

    changed = Signal()
    session_lost = Signal(object)
    acted = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, timing: Timing = DEFAULT_TIMING) -> None:
        super().__init__(parent)
        self.setObjectName("timesheetBar")
        self.ws = ws
        self.session: Session | None = None
        self.status: timesheet.Status | None = None
        self.meter = ActivityMeter()
        self.task_key: int | None = None  # the task on screen, named in activity reports
        self._last_input_ns = ws.clock.mono_ns()
        self._present_ns = ws.sessions.settings().idle_prompt_after_s * 10**9
        self._shown = 0                 # counts what was shown, so an older background answer is dropped
        self._background: int | None = None  # the count a background refresh started at
        self.my_week: MyWeekDialog | None = None  # open for the session, beside the work

        self.state_label = QLabel(self)
        self.state_label.setObjectName("timesheetState")
        self.state_label.setAccessibleName(self.tr("Time"))
        self.state_label.setWordWrap(True)
        bold = self.state_label.font()
        bold.setBold(True)
        self.state_label.setFont(bold)
        self.today_label = QLabel(self)
        self.today_label.setObjectName("timesheetToday")
        self.today_label.setAccessibleName(self.tr("Today's hours"))
        self.clock_button = named(QPushButton(self), "clockButton", "")
        self.clock_button.setAutoDefault(True)  # Enter clicks it when it has the focus
        self.clock_button.clicked.connect(self.toggle_clock)
        self.break_button = named(QPushButton(self), "breakButton", "")
        self.break_button.setAutoDefault(True)
        self.break_button.clicked.connect(self.toggle_break)
        self.week_button = named(QPushButton(self), "myWeekButton", "")
        self.week_button.setAutoDefault(True)
        self.week_button.clicked.connect(self.open_my_week)
        for button in (self.week_button, self.clock_button, self.break_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QShortcut(QKeySequence(CLOCK_KEY), self, self.toggle_clock)
        QShortcut(QKeySequence(BREAK_KEY), self, self.toggle_break)
        QShortcut(QKeySequence(WEEK_KEY), self, self.open_my_week)
        self.acted.connect(self._refresh_my_week)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.state_label)
        texts.addWidget(self.today_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(texts, 1)
        row.addWidget(self.week_button)
        row.addWidget(self.break_button)
        row.addWidget(self.clock_button)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(timing.refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh_in_background)
        self.report_timer = QTimer(self)
        self.report_timer.setInterval(timing.report_ms)
        self.report_timer.timeout.connect(self.report_activity)
        self._show(None)

    # -- the session ---------------------------------------------------------------------------

    def start(self, session: Session) -> None:
        """Show ``session``'s timesheet and keep it fresh."""
        self._close_my_week()  # another person's week never stays open
        self.session = session
        self.meter.reset()
        self._last_input_ns = self.ws.clock.mono_ns()
        self._present_ns = self.ws.sessions.settings().idle_prompt_after_s * 10**9
        self.refresh_timer.start()
        self.report_timer.start()
        self.refresh()

    def stop(self) -> None:
        """Report what is counted and stop (the worker leaves the seat, or the session was lost)."""
        self.report_activity()
        self.refresh_timer.stop()
        self.report_timer.stop()
        self.session = None
        self.status = None
        self.meter.reset()
        self._close_my_week()

    @property
    def counting(self) -> bool:
        """Whether the worker's time is being counted now (clocked in, not on a break, not paused)."""
        st = self.status
        return st is not None and st.clocked_in and not st.on_break and not st.idle_prompted

    @property
    def working(self) -> bool:
        """Clocked in and not on a break (the idle prompt applies, activity is reported)."""
        st = self.status
        return st is not None and st.clocked_in and not st.on_break

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the worker's state and today's hours from the core, and show them."""
        if self.session is None:
            return
        session = self.session
        read = attempt(self, lambda: _read(self.ws, session))
        if isinstance(read, Failed):
            return
        self.status, hours = read
        self._shown += 1
        self._show(hours)
        self.changed.emit()

    def refresh_in_background(self) -> None:
        """The minute's refresh: read the state and the hours on a worker thread, then show them
        (unless the session changed or the bar was refreshed meanwhile)."""
        session = self.session
        if session is None or self._background is not None:
            return
        started = self._background = self._shown

        def done(answer: tuple[timesheet.Status, timesheet.Hours]) -> None:
            self._background = None
            if self.session is session and self._shown == started:
                self.status = answer[0]
                self._shown += 1
                self._show(answer[1])
                self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._background = None
            if isinstance(exc, NotAllowed):
                if self.session is session:
                    self.session_refused(exc)
            elif not isinstance(exc, LabClientError):
                raise exc  # a bug; a store that cannot be read now is tried again next minute

        run_job(in_own_workspace(self.ws, lambda own: _read(own, session)), done, failed, owner=self)

    def _show(self, hours: timesheet.Hours | None) -> None:
        st = self.status
        clocked_in = st is not None and st.clocked_in
        on_break = st is not None and st.on_break
        self._set_button(self.clock_button, self.tr("Clock out ({0})") if clocked_in else self.tr("Clock in ({0})"),
                         CLOCK_KEY)
        self._set_button(self.break_button, self.tr("End break ({0})") if on_break else self.tr("Start break ({0})"),
                         BREAK_KEY)
        self.break_button.setEnabled(clocked_in)
        self._set_button(self.week_button, self.tr("My week ({0})"), WEEK_KEY)
        self.week_button.setEnabled(self.session is not None)
        if st is None:
            self.state_label.clear()
        elif not st.clocked_in and st.restarted:
            self.state_label.setText(self.tr("The computer restarted, which ended your shift: your time is not "
                                             "being counted. Clock in again."))
        elif not st.clocked_in:
            self.state_label.setText(self.tr("You are not clocked in: your time is not being counted."))
        elif st.on_break:
            self.state_label.setText(self.tr("On a break: your time is not being counted until you end the break."))
        elif st.idle_prompted and st.paused_by_lock:
            self.state_label.setText(self.tr("Time paused while the screen was locked. It counts again when you "
                                             "work."))
        elif st.idle_prompted:
            self.state_label.setText(self.tr("Time paused: there was no input for a while. It counts again when "
                                             "you work."))
        else:
            since = st.since.astimezone().strftime("%H:%M") if st.since else "?"
            self.state_label.setText(self.tr("Clocked in since {0}: your time is being counted.").format(since))
        if hours is not None:
            self.today_label.setText(self.tr("Today: {0} clocked · {1} active").format(
                self.duration_text(hours.clocked_ms), self.duration_text(hours.active_ms)))
        if self.counting:
            self.setStyleSheet(COUNTING_STYLE)
        else:
            button = self.break_button if on_break else self.clock_button if not clocked_in else None
            step = NEXT_STEP_STYLE % (button.objectName(), button.objectName()) if button is not None else ""
            self.setStyleSheet(NOT_COUNTING_STYLE + step)

    def duration_text(self, ms: int) -> str:
        """``1 h 05 min`` or ``35 min``, in the user's language."""
        minutes = max(0, ms) // 60_000
        if minutes < 60:
            return self.tr("{0} min").format(minutes)
        return self.tr("{0} h {1} min").format(minutes // 60, f"{minutes % 60:02d}")

    @staticmethod
    def _set_button(button: QPushButton, template: str, key: str) -> None:
        text = template.format(key)
        button.setText(text)
        button.setAccessibleName(text.split(" (")[0])

    def show_problem(self, text: str) -> None:
        """Say what went wrong with an action, in place of the state line, until the next refresh."""
        self.state_label.setText(text)

    # -- actions -------------------------------------------------------------------------------

    def toggle_clock(self) -> None:
        """Clock in, or (after reporting the activity counted so far) clock out."""
        if self.session is None:
            return
        self.refresh()
        if self.session is None:
            return
        if self.status is not None and self.status.clocked_in:
            self.report_activity()
            self._act(self.ws.timesheet.clock_out)
        else:
            self._act(self.ws.timesheet.clock_in)
            self.meter.reset()  # signs from before the clock-in are not work time

    def toggle_break(self) -> None:
        """Start a break (after reporting the activity counted so far), or end it."""
        if self.session is None:
            return
        self.refresh()
        if self.session is None or self.status is None or not self.status.clocked_in:
            return
        if self.status.on_break:
            self._act(self.ws.timesheet.end_break)
            self.meter.reset()
        else:
            self.report_activity()
            self._act(self.ws.timesheet.start_break)

    def _act(self, action: Callable[[Session], object]) -> None:
        session = self.session
        assert session is not None

        def changed_under_us(exc: LabClientError) -> None:  # another window, a restart
            self.refresh()
            self.show_problem(error_text(exc))

        if attempt(self, lambda: action(session), problem=changed_under_us) is FAILED:
            return
        self.refresh()
        self.acted.emit()

    def note_activity(self, now_ns: int | None = None, *, by_input: bool = True) -> None:
        """A sign of work: input (keys, clicks, the wheel), or something else such as audio playing.
        The latter counts only while someone is at the keyboard (input within the idle prompt
        time): a clip looping on its own at an empty seat is not work."""
        now = self.ws.clock.mono_ns() if now_ns is None else now_ns
        if by_input:
            self._last_input_ns = now
        elif now - self._last_input_ns >= self._present_ns:
            return
        self.meter.sign(now)

    def report_activity(self) -> None:
        """Report the activity counted since the last report, if the worker is working."""
        if self.session is None:
            return
        active_ns = self.meter.take(self.ws.clock.mono_ns())
        if active_ns < 10**6 or not self.working:
            return
        session, task = self.session, self.task_key
        # a state that changed under us is shown; this minute is not counted
        attempt(self, lambda: self.ws.timesheet.record_activity(session, active_ns // 10**6, task=task),
                problem=lambda _exc: self.refresh())

    # -- the idle prompt -----------------------------------------------------------------------

    def prompt_idle(self) -> bool:
        """Tell the core the worker was asked "are you still working?" (time pauses). False when
        there is nothing to ask: not clocked in, on a break, or already asked."""
        if self.session is None:
            return False
        self.refresh()
        st = self.status
        if self.session is None or st is None or not st.clocked_in or st.on_break or st.idle_prompted:
            return False
        self.report_activity()
        session = self.session
        if attempt(self, lambda: self.ws.timesheet.idle_prompt(session),
                   problem=lambda _exc: self.refresh()) is FAILED:
            return False
        self.refresh()
        return True

    def answer_idle(self, still_working: bool) -> None:
        """The worker's answer to the prompt."""
        if self.session is None:
            return
        self._act(lambda session: self.ws.timesheet.answer_idle(session, still_working))

    # -- the worker's week ----------------------------------------------------------------------

    def open_my_week(self) -> MyWeekDialog | None:
        """Ctrl+Shift+W: the worker's week, beside the work (not modal); it closes when the worker
        leaves the seat. None when nobody is logged in."""
        if self.session is None:
            return None
        dialog = self.my_week
        if dialog is None:
            # A child of the window, not of the bar, whose colours say whether time is counted.
            dialog = MyWeekDialog(self.ws, self.session, self.window())
            dialog.session_lost.connect(lambda exc: self._my_week_lost(dialog, exc))
            dialog.finished.connect(lambda _code: self._my_week_closed(dialog))
            self.my_week = dialog
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _refresh_my_week(self) -> None:
        if self.my_week is not None:
            self.my_week.refresh()

    def _my_week_lost(self, dialog: MyWeekDialog, exc: NotAllowed) -> None:
        if self.session is dialog.session:
            self.session_refused(exc)
        else:
            self._close_my_week()

    def _my_week_closed(self, dialog: MyWeekDialog) -> None:
        if self.my_week is dialog:
            self.my_week = None
        dialog.deleteLater()

    def _close_my_week(self) -> None:
        dialog, self.my_week = self.my_week, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: stop counting, close the week, hand it on (``session_lost``)."""
        self.refresh_timer.stop()
        self.report_timer.stop()
        self.session = None
        self._close_my_week()
        self.session_lost.emit(exc)


def _read(ws: Workspace, session: Session) -> tuple[timesheet.Status, timesheet.Hours]:
    """The worker's state now and today's hours."""
    status = ws.timesheet.status(session)
    day = ws.timesheet.today()
    return status, ws.timesheet.hours(session, day, day)
