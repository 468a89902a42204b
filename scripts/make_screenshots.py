"""Render every LabClient screen to PNG in docs/screenshots/ (1366×768, and right-to-left).

Run: ``QT_QPA_PLATFORM=offscreen python scripts/make_screenshots.py [--out docs/screenshots]``.
Each screen is a real MainWindow on a throw-away workspace loaded with the demo bundles and the
demo people (PIN 1234). The people clock is a stepped one, so the timesheet bar shows a morning's
work (clocked in at 08:00 UTC, two hours and a quarter later) without waiting for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from labclient.demo import DEMO_WORKERS, demo_bundles
from labclient.demo_people import DEMO_ADMIN, DEMO_PIN, seed_people
from labclient.people import login, timesheet
from labclient.people.clock import format_wall
from labclient.people.roles import Session
from labclient.ui.app import application
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.workspace import Workspace

SIZE = (1366, 768)
WORKER = DEMO_WORKERS[0]  # Amina Njeri
START = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)


class SteppedClock:
    """A people clock that moves only when told to (wall, monotonic and boot id)."""

    def __init__(self) -> None:
        self.now = START
        self.mono = 3_600 * 10**9

    def wall(self) -> str:
        return format_wall(self.now)

    def mono_ns(self) -> int:
        return self.mono

    def boot_id(self) -> str:
        return "screenshots"

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
        self.mono += int(seconds * 10**9)


def settle() -> None:
    """Let Qt lay out and paint (and media load) before grabbing."""
    for _ in range(5):
        QCoreApplication.processEvents()


def a_morning(ws: Workspace, session: Session, clock: SteppedClock) -> None:
    """Clock in, then 2 h 15 min of work with 50 s of activity a minute and a 15-minute break."""
    timesheet.clock_in(ws.store, session, seat="LAB-PC-07", clock=clock)
    for minute in range(150):
        clock.advance(60)
        login.touch(ws.store, session, clock=clock)  # she is at the keyboard: the seat stays unlocked
        if minute == 90:
            timesheet.start_break(ws.store, session, clock=clock)
        elif minute == 105:
            timesheet.end_break(ws.store, session, clock=clock)
        elif not 90 < minute < 105:
            timesheet.record_activity(ws.store, session, 50_000, clock=clock)


@contextmanager
def demo_window(bundle: str | None, *, rtl: bool = False) -> Iterator[tuple[MainWindow, Workspace, SteppedClock]]:
    """A MainWindow on a fresh demo workspace with ``bundle`` (demo bundle stem, or None for none)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    clock = SteppedClock()
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        for path in demo_bundles():
            if path.stem == bundle:
                ws.import_bundle(path)
        seed_people(ws.store, clock=clock)
        window = MainWindow(ws, clock=clock)
        window.resize(*SIZE)
        window.show()
        try:
            yield window, ws, clock
        finally:
            window.close()
            window.deleteLater()
            settle()


def save(widget: QWidget, out: Path, name: str, *, over: QWidget | None = None) -> Path:
    """Grab ``widget`` (with the dialog ``over`` painted where it stands, if given) to ``name``.png."""
    settle()
    picture = widget.grab()
    if over is not None:
        painter = QPainter(picture)
        where = over.mapToGlobal(QPoint(0, 0)) - widget.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(where, over.grab())
        painter.end()
    target = out / f"{name}.png"
    QPixmap(picture).save(str(target))
    return target


def shoot(out: Path, name: str, bundle: str | None, prepare: Callable[[MainWindow], None] | None = None,
          *, rtl: bool = False, clocked_in: bool = True) -> Path:
    """The work screen of the first demo worker, after a morning's work (or not clocked in)."""
    with demo_window(bundle, rtl=rtl) as (window, ws, clock):
        session = login.login(ws.store, WORKER, DEMO_PIN, clock=clock)
        if clocked_in:
            a_morning(ws, session, clock)
        window.begin(session)
        if prepare is not None:
            prepare(window)
        return save(window, out, name)


def shoot_login(out: Path, name: str, *, rtl: bool = False, wrong_pin: bool = False) -> Path:
    """The login screen of the demo lab, the first worker chosen (after a wrong PIN, if asked)."""
    with demo_window(None, rtl=rtl) as (window, _ws, _clock):
        screen = window.login_screen
        screen.list.setCurrentRow([screen.list.item(i).text() for i in range(screen.list.count())].index(WORKER))
        if wrong_pin:
            screen.pin.setText("1243")
            screen.attempt()
        screen.pin.setText("12")
        return save(window, out, name)


def shoot_first_admin(out: Path) -> Path:
    """A fresh workstation: nobody yet, so the form for the first admin."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        window = MainWindow(ws)
        window.resize(*SIZE)
        window.show()
        window.login_screen.admin_name.setText("Grace Achieng")
        window.login_screen.admin_pin.setText("4242")
        target = save(window, out, "login-first-admin")
        window.close()
        window.deleteLater()
        settle()
    return target


def shoot_idle_prompt(out: Path) -> Path:
    """"Are you still working?" after five minutes without input, over the work screen."""
    with demo_window("demo-tagging") as (window, ws, clock):
        session = login.login(ws.store, WORKER, DEMO_PIN, clock=clock)
        a_morning(ws, session, clock)
        window.begin(session)
        clock.advance(5 * 60 + 1)
        window.poll()
        assert window.idle_prompt is not None
        settle()
        return save(window, out, "idle-prompt", over=window.idle_prompt)


def shoot_admin_login(out: Path) -> Path:
    """A worker pressed Ctrl+Shift+A: an admin must log in first."""
    with demo_window("demo-tagging") as (window, ws, clock):
        window.begin(login.login(ws.store, WORKER, DEMO_PIN, clock=clock))
        window.open_admin()
        ask = window.admin_login
        assert ask is not None
        ask.names.setCurrentText(DEMO_ADMIN)
        settle()
        return save(window, out, "admin-login", over=ask)


def shoot_admin(out: Path) -> Path:
    """The sync and hub screen of a workstation not enrolled yet, opened by the demo admin."""
    with demo_window(None) as (window, ws, clock):
        window.begin(login.login(ws.store, DEMO_ADMIN, DEMO_PIN, clock=clock))
        admin = window.open_admin()
        assert admin is not None
        target = save(admin, out, "admin")
        admin.close()
        return target


def show_issues(window: MainWindow) -> None:
    """Clear a required field and submit, so the field's message shows."""
    view = window.work_screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    name = view.inputs["name"]
    name.setText("")  # type: ignore[union-attr]
    window.work_screen.submit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    application()
    shots = [
        shoot_login(out, "login"),
        shoot_login(out, "login-wrong-pin", wrong_pin=True),
        shoot_first_admin(out),
        shoot(out, "not-clocked-in", "demo-transcription-audio", clocked_in=False),
        shoot(out, "transcription-audio", "demo-transcription-audio"),
        shoot(out, "transcription-document", "demo-transcription-document"),
        shoot(out, "tagging", "demo-tagging"),
        shoot(out, "data-entry", "demo-data-entry"),
        shoot(out, "data-entry-issues", "demo-data-entry", show_issues),
        shoot(out, "instructions", "demo-tagging", lambda w: w.work_screen.toggle_instructions()),
        shoot(out, "empty", None),
        shoot_idle_prompt(out),
        shoot_admin_login(out),
        shoot_login(out, "login-rtl", rtl=True),
        shoot(out, "data-entry-rtl", "demo-data-entry", rtl=True),
        shoot(out, "transcription-audio-rtl", "demo-transcription-audio", rtl=True),
        shoot_admin(out),
    ]
    for shot in shots:
        print(shot)


if __name__ == "__main__":
    main()
