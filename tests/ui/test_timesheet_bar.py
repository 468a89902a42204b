"""The timesheet bar: clocking in and out, breaks, today's hours, activity, and the idle seat.

Time comes from the fake people clock the window was given: the test moves it, and the hours the
bar shows are what the core computed from the events the bar recorded. The seat's timers (poll,
refresh, activity report) are either called by the test or made short and waited on.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.people import timesheet
from labclient.ui.idle_prompt import Timing
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.ui.timesheet_bar import ActivityMeter
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import key, log_in_as, start_as
from tests.logins import seat_sessions, stored_results

Opener = Callable[..., MainWindow]
SHORT = Timing(poll_ms=20, refresh_ms=3_600_000, report_ms=3_600_000)


def events(ws: Workspace) -> list[tuple[str, dict[str, object]]]:
    """The timesheet events recorded, oldest first: (type, payload)."""
    rows = ws.store.read().execute("SELECT type, payload FROM time_events ORDER BY n").fetchall()
    return [(t, json.loads(p)) for t, p in rows]


def test_clocking_in_and_out_shows_todays_hours(qtbot: QtBot, open_window: Opener,
                                                loaded: Callable[[str], Workspace], clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    bar = window.work_screen.bar
    assert bar.state_label.text() == "You are not clocked in: your time is not being counted."
    assert bar.today_label.text() == "Today: 0 min clocked · 0 min active"
    assert bar.clock_button.text() == "Clock in (Ctrl+Shift+T)"
    assert not bar.break_button.isEnabled()
    assert QApplication.focusWidget() is bar.clock_button

    key(qtbot, window, "Return")  # Enter on the focused Clock in button
    assert bar.state_label.text().startswith("Clocked in since ")
    assert bar.state_label.text().endswith(": your time is being counted.")
    assert bar.clock_button.text() == "Clock out (Ctrl+Shift+T)"
    view = window.work_screen.views["tagging"]
    assert QApplication.focusWidget() is not bar.clock_button, "the task has the keyboard again"

    key(qtbot, window, "1")  # work: a label chosen
    clock.advance(minutes=1, seconds=30)
    key(qtbot, window, "2")
    clock.advance(minutes=8, seconds=30)
    key(qtbot, window, "Ctrl+Shift+T")
    assert bar.state_label.text() == "You are not clocked in: your time is not being counted."
    # Each key counts the minute after it: 0:00-1:00 and 1:30-2:30.
    assert bar.today_label.text() == "Today: 10 min clocked · 2 min active"
    assert window.work_screen.task is not None and view.isVisible()
    task_key = window.work_screen.task.key
    assert [(t, p.get("active_ms"), p.get("task")) for t, p in events(ws)] == [
        ("clock_in", None, None), ("activity", 120_000, task_key), ("clock_out", None, None)]

    key(qtbot, window, "Ctrl+Shift+T")  # the same key clocks in again, and the day adds up
    for _ in range(15):  # an hour, a key every four minutes (no idle prompt: that comes after five)
        key(qtbot, window, "1")
        clock.advance(minutes=4)
        window.poll()
        assert window.idle_prompt is None
    bar.report_activity()  # the minute's report
    bar.refresh()  # the minute's refresh
    assert bar.today_label.text() == "Today: 1 h 10 min clocked · 17 min active"


def test_a_break_stops_the_time_and_a_long_one_locks_the_screen(qtbot: QtBot, open_window: Opener,
                                                                loaded: Callable[[str], Workspace],
                                                                clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    bar = window.work_screen.bar
    clock.advance(minutes=10)
    key(qtbot, window, "Ctrl+Shift+P")
    assert bar.state_label.text() == "On a break: your time is not being counted until you end the break."
    assert bar.break_button.text() == "End break (Ctrl+Shift+P)"
    assert bar.today_label.text() == "Today: 10 min clocked · 0 min active"

    clock.advance(minutes=20)  # away longer than the lock time (15 minutes)
    key(qtbot, window, "Ctrl+Shift+P")  # back: the core has locked the session meanwhile
    screen = window.login_screen
    assert window.pages.currentWidget() is screen
    assert screen.message.text() == "The screen is locked. Amina Njeri, type your PIN to go on."
    assert screen.chosen_name() == "Amina Njeri"
    assert QApplication.focusWidget() is screen.pin

    with qtbot.waitSignal(window.work_screen.task_shown):
        log_in_as(qtbot, window, "Amina Njeri")
    assert bar.state_label.text() == "On a break: your time is not being counted until you end the break."
    key(qtbot, window, "Ctrl+Shift+P")
    assert bar.state_label.text().startswith("Clocked in since ")
    clock.advance(minutes=5)
    key(qtbot, window, "Ctrl+Shift+T")
    assert bar.today_label.text() == "Today: 15 min clocked · 0 min active"
    assert [t for t, _ in events(ws)] == ["clock_in", "break_start", "break_end", "clock_out"]


def test_the_idle_prompt_pauses_the_time_and_yes_counts_it_again(qtbot: QtBot, open_window: Opener,
                                                                 loaded: Callable[[str], Workspace],
                                                                 clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws, timing=SHORT)
    start_as(qtbot, window, "Amina Njeri")
    bar = window.work_screen.bar
    clock.advance(minutes=4)
    window.poll()  # no prompt before five minutes without input
    assert window.idle_prompt is None

    clock.advance(minutes=1, seconds=1)
    qtbot.waitUntil(lambda: window.idle_prompt is not None and window.idle_prompt.isVisible())
    prompt = window.idle_prompt
    assert prompt is not None
    assert prompt.text.text().startswith("There was no input for 5 minutes, so your time is paused.")
    assert bar.state_label.text() == "Time paused: there was no input for a while. It counts again when you work."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.yes_button)  # Enter answers yes

    clock.advance(minutes=3)  # the worker was away a little longer before answering
    with qtbot.waitSignal(bar.acted):
        key(qtbot, window, "Return")
    assert window.idle_prompt is None
    assert bar.state_label.text().startswith("Clocked in since ")
    assert [t for t, _ in events(ws)] == ["clock_in", "idle_prompt", "idle_answer"]
    assert events(ws)[2][1] == {"still_working": True}
    # The five minutes up to the prompt count; the three minutes waiting for the answer do not.
    assert bar.today_label.text() == "Today: 5 min clocked · 0 min active"


def test_no_keeps_the_time_paused_until_the_screen_locks(qtbot: QtBot, open_window: Opener,
                                                         loaded: Callable[[str], Workspace], clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws, timing=SHORT)
    start_as(qtbot, window, "Amina Njeri")
    bar = window.work_screen.bar
    clock.advance(minutes=5, seconds=1)
    qtbot.waitUntil(lambda: window.idle_prompt is not None and window.idle_prompt.isVisible()
                    and QApplication.focusWidget() is window.idle_prompt.yes_button)
    key(qtbot, window, "Esc")
    qtbot.waitUntil(lambda: window.idle_prompt is None)
    assert events(ws)[-1] == ("idle_answer", {"still_working": False})
    assert bar.state_label.text() == "Time paused: there was no input for a while. It counts again when you work."

    clock.advance(minutes=15, seconds=1)  # nobody comes back: the screen locks
    screen = window.login_screen
    qtbot.waitUntil(lambda: window.pages.currentWidget() is screen)
    assert screen.message.text() == ("The screen locked after 15 minutes without input. Amina Njeri, type your PIN "
                                     "to go on.")
    # The window gets the keyboard back when it is active again (the offscreen platform does not do that
    # after a dialog); the PIN field is where the keyboard goes then.
    assert screen.chosen_name() == "Amina Njeri" and window.focusWidget() is screen.pin
    assert [(s.name, s.locked) for s in seat_sessions(ws.store, clock=clock)] == [("Amina Njeri", True)]
    assert window.idle_prompt is None

    with qtbot.waitSignal(window.work_screen.task_shown):
        log_in_as(qtbot, window, "Amina Njeri")
    assert bar.state_label.text().startswith("Time paused")
    session = window.session
    assert session is not None
    day = timesheet.today(ws.store, clock=clock)
    assert timesheet.hours(ws.store, session, day, day, clock=clock).clocked_ms == 5 * 60_000 + 1000


def test_activity_is_reported_while_clocked_in(qtbot: QtBot, open_window: Opener,
                                               loaded: Callable[[str], Workspace], clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws, timing=Timing(poll_ms=3_600_000, refresh_ms=3_600_000, report_ms=20))
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "3")
    clock.advance(seconds=45)
    qtbot.waitUntil(lambda: any(t == "activity" for t, _ in events(ws)))
    task = window.work_screen.task
    assert task is not None
    assert [p for t, p in events(ws) if t == "activity"] == [{"active_ms": 45_000, "task": task.key}]
    clock.advance(minutes=3)  # no input: the minute after the last key counts, the rest does not
    qtbot.waitUntil(lambda: len([t for t, _ in events(ws) if t == "activity"]) == 2)
    assert [p["active_ms"] for t, p in events(ws) if t == "activity"] == [45_000, 15_000]

    key(qtbot, window, "Ctrl+Shift+P")  # on a break nothing is reported
    key(qtbot, window, "3")
    clock.advance(minutes=1)
    window.work_screen.bar.report_activity()
    assert [t for t, _ in events(ws)][-1] == "break_start"


def test_playing_a_clip_is_activity_while_someone_is_at_the_keyboard(qtbot: QtBot, open_window: Opener,
                                                                      loaded: Callable[[str], Workspace],
                                                                      clock: FakeClock):
    window = open_window(loaded("audio"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    meter = window.work_screen.bar.meter
    assert meter.take(clock.mono_ns()) == 0
    clock.advance(minutes=2)  # the key press that started the clock is long counted out
    with qtbot.waitSignal(view.player.activity, timeout=5000):  # playing, not a key: the player says so
        view.player.player.play()
    assert view.player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    clock.advance(seconds=20)
    assert meter.take(clock.mono_ns()) == 20 * 10**9
    view.player.stop()

    clock.advance(minutes=6)  # nobody has touched the keyboard for eight minutes: a clip alone is not work
    view.player.activity.emit()
    clock.advance(seconds=20)
    assert meter.take(clock.mono_ns()) == 40 * 10**9, "only the rest of the minute after the first sign"


def test_the_activity_meter_counts_each_stretch_once() -> None:
    s = 10**9
    meter = ActivityMeter(after_ns=60 * s)
    meter.sign(0)
    meter.sign(30 * s)           # active until 90 s
    assert meter.take(45 * s) == 45 * s
    assert meter.take(45 * s) == 0
    meter.sign(200 * s)          # a new stretch after a gap: 90..200 is not counted
    assert meter.take(400 * s) == 45 * s + 60 * s
    meter.sign(500 * s)
    meter.reset()
    assert meter.take(600 * s) == 0


def test_a_lock_drops_a_half_asked_skip(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace],
                                        clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "Ctrl+Shift+S")
    dialog = window.work_screen._dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    clock.advance(minutes=15)
    window.poll()
    assert window.pages.currentWidget() is window.login_screen
    assert window.work_screen._dialog is None and not dialog.isVisible()
    assert stored_results(ws) == [], "nothing is skipped in the name of a worker who walked away"


def test_the_minutes_refresh_reads_in_the_background(qtbot: QtBot, open_window: Opener,
                                                     loaded: Callable[[str], Workspace], clock: FakeClock,
                                                     monkeypatch: pytest.MonkeyPatch):
    ws = loaded("tagging")
    window = open_window(ws, timing=Timing(poll_ms=3_600_000, refresh_ms=20, report_ms=3_600_000))
    threads: list[threading.Thread] = []
    real = timesheet.hours

    def recording(*args: Any, **kwargs: Any) -> timesheet.Hours:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(timesheet, "hours", recording)
    start_as(qtbot, window, "Amina Njeri")
    bar = window.work_screen.bar
    assert bar.today_label.text() == "Today: 0 min clocked · 0 min active"
    clock.advance(minutes=12)
    with qtbot.waitSignal(bar.changed, timeout=5000):
        pass  # the next minute's refresh (here: 20 ms)
    assert bar.today_label.text() == "Today: 12 min clocked · 0 min active"
    assert threading.main_thread() in threads, "after an action: at once, on the GUI thread"
    assert any(t is not threading.main_thread() for t in threads), "the minute's refresh: on a worker thread"
