"""Render every LabClient screen to PNG in docs/screenshots/ (1366×768, and right-to-left).

Run: ``QT_QPA_PLATFORM=offscreen python scripts/make_screenshots.py [--out docs/screenshots] [--only 'feedback-*']``.
Each screen is a real MainWindow on a throw-away workspace loaded with the demo bundles and the
demo people (PIN 1234). The people clock is a stepped one, so the timesheet bar shows a morning's
work (clocked in at 08:00 UTC, two hours and a quarter later) without waiting for it. Each kind of
workspace (a bundle, with or without the lab's week) is made once and copied for every screen on
it: the week alone is ten thousand timesheet writes.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import fnmatch
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from labclient.demo import DEMO_WORKERS, demo_bundles
from labclient.demo_people import DEMO_ADMIN, DEMO_PIN, DEMO_SUPERVISOR, seed_people
from labclient.people.clock import format_wall
from labclient.people.roles import Session
from labclient.sync.state import write_settings
from labclient.tasks.captioning import Segment
from labclient.ui.app import application, install_translations
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.captioning import CaptioningView
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.ui.task_views.translation import TranslationView
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


def wait_for(signal: SignalInstance, timeout_ms: int = 20_000) -> None:
    """Run the event loop until ``signal`` fires (a panel read its data in the background)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def settle() -> None:
    """Let Qt lay out and paint (and media load) before grabbing."""
    for _ in range(5):
        QCoreApplication.processEvents()


def a_morning(ws: Workspace, session: Session, clock: SteppedClock) -> None:
    """Clock in, then 2 h 15 min of work with 50 s of activity a minute and a 15-minute break."""
    ws.timesheet.clock_in(session, seat="LAB-PC-07")
    for minute in range(150):
        clock.advance(60)
        ws.sessions.touch(session)  # she is at the keyboard: the seat stays unlocked
        if minute == 90:
            ws.timesheet.start_break(session)
        elif minute == 105:
            ws.timesheet.end_break(session)
        elif not 90 < minute < 105:
            ws.timesheet.record_activity(session, 50_000)


#: The demo workspaces made so far, by (bundle, with the lab's week): each folder (closed) and the
#: stepped clock's time and monotonic time when it was closed.
_MADE: dict[tuple[str | None, bool], tuple[Path, dt.datetime, int]] = {}


def made_workspace(bundle: str | None, week: bool) -> tuple[Path, dt.datetime, int]:
    """A closed demo workspace with ``bundle`` and the demo people (and :func:`a_lab_week`, when
    ``week``), made the first time it is asked for; its folder and its clock's time then."""
    key = (bundle, week)
    if key not in _MADE:
        folder = Path(tempfile.mkdtemp(prefix="labclient-screens-"))
        atexit.register(shutil.rmtree, folder, True)
        clock = SteppedClock()
        with Workspace.open(folder, clock=clock) as ws:
            for path in demo_bundles():
                if path.stem == bundle:
                    ws.import_bundle(path)
            seed_people(ws.store, clock=clock)
            if week:
                a_lab_week(ws, clock)
        _MADE[key] = (folder, clock.now, clock.mono)
    return _MADE[key]


@contextmanager
def demo_window(bundle: str | None, *, rtl: bool = False, language: str | None = None, week: bool = False
                ) -> Iterator[tuple[MainWindow, Workspace, SteppedClock]]:
    """A MainWindow on a copy of a demo workspace with ``bundle`` (demo bundle stem, or None for
    none), after the lab's week when ``week`` (:func:`a_lab_week`: Tuesday 10:15, everyone logged
    out), in ``language`` (its translation and direction) or English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, QLocale(language or "en"))
    if language is None:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    made, now, mono = made_workspace(bundle, week)
    clock = SteppedClock()
    clock.now, clock.mono = now, mono
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(made, folder)
        with Workspace.open(folder, clock=clock) as ws:
            window = MainWindow(ws, language=language)
            window.resize(*SIZE)
            window.show()
            try:
                yield window, ws, clock
            finally:
                window.close()
                window.deleteLater()
                settle()


#: Called with each screen just before it is grabbed (the window, the dialog over it or None, and
#: the screen's name): a test looks at every screen this way (texts left in English, texts cut off).
INSPECT: Callable[[QWidget, QWidget | None, str], None] | None = None


def save(widget: QWidget, out: Path, name: str, *, over: QWidget | None = None) -> Path:
    """Grab ``widget`` (with the dialog ``over`` painted where it stands, if given) to ``name``.png."""
    settle()
    if INSPECT is not None:
        INSPECT(widget, over, name)
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
          *, rtl: bool = False, clocked_in: bool = True, language: str | None = None) -> Path:
    """The work screen of the first demo worker, after a morning's work (or not clocked in)."""
    with demo_window(bundle, rtl=rtl, language=language) as (window, ws, clock):
        session = ws.sessions.login(WORKER, DEMO_PIN)
        if clocked_in:
            a_morning(ws, session, clock)
        window.begin(session)
        if prepare is not None:
            prepare(window)
        return save(window, out, name)


def waveform_drawn(window: MainWindow) -> None:
    """The audio task's waveform decoded, the play mark two fifths in (as a worker mid-clip sees it)."""
    strip = window.work_screen.views["transcription"].player.waveform  # type: ignore[attr-defined]
    if strip.decoder.isDecoding():
        wait_for(strip.ready)
    strip.set_position(strip.duration_ms * 2 // 5)


def shoot_login(out: Path, name: str, *, rtl: bool = False, wrong_pin: bool = False,
                language: str | None = None) -> Path:
    """The login screen of the demo lab, the first worker chosen (after a wrong PIN, if asked)."""
    with demo_window(None, rtl=rtl, language=language) as (window, _ws, _clock):
        screen = window.login_screen
        screen.list.setCurrentRow([screen.list.item(i).text() for i in range(screen.list.count())].index(WORKER))
        if wrong_pin:
            screen.pin.setText("1243")
            screen.attempt()
        screen.pin.setText("12")
        return save(window, out, name)


def shoot_first_admin(out: Path, name: str = "login-first-admin", *, language: str | None = None) -> Path:
    """A fresh workstation: nobody yet, so the form for the first admin."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, QLocale(language or "en"))
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        window = MainWindow(ws, language=language)
        window.resize(*SIZE)
        window.show()
        window.login_screen.admin_name.setText("Grace Achieng")
        window.login_screen.admin_pin.setText("4242")
        target = save(window, out, name)
        window.close()
        window.deleteLater()
        settle()
    return target


def shoot_idle_prompt(out: Path, name: str = "idle-prompt", *, language: str | None = None) -> Path:
    """"Are you still working?" after five minutes without input, over the work screen."""
    with demo_window("demo-tagging", language=language) as (window, ws, clock):
        session = ws.sessions.login(WORKER, DEMO_PIN)
        a_morning(ws, session, clock)
        window.begin(session)
        clock.advance(5 * 60 + 1)
        window.poll()
        assert window.idle_prompt is not None
        settle()
        return save(window, out, name, over=window.idle_prompt)


def shoot_admin_login(out: Path, name: str = "admin-login", *, language: str | None = None) -> Path:
    """A worker pressed Ctrl+Shift+A: an admin must log in first."""
    with demo_window("demo-tagging", language=language) as (window, ws, _clock):
        window.begin(ws.sessions.login(WORKER, DEMO_PIN))
        window.open_admin()
        ask = window.admin_login
        assert ask is not None
        ask.names.setCurrentText(DEMO_ADMIN)
        settle()
        return save(window, out, name, over=ask)


def shoot_admin(out: Path, name: str = "admin", *, language: str | None = None) -> Path:
    """The sync and hub screen of a workstation not enrolled yet, opened by the demo admin; the
    lab's relay found on the network, and the whole lab's data use as the relay counted it."""
    with demo_window(None, language=language) as (window, ws, _clock):
        write_settings(ws.store, relay_url="http://192.168.1.10:8765",
                       relay_lab_use=json.dumps({"today": 48_300_000, "month": 912_000_000, "daily": 200_000_000,
                                                 "monthly": 4_000_000_000}))
        window.begin(ws.sessions.login(DEMO_ADMIN, DEMO_PIN))
        admin = window.open_admin()
        assert admin is not None
        target = save(admin, out, name)
        admin.close()
        return target


def a_lab_week(ws: Workspace, clock: SteppedClock) -> dict[str, Session]:
    """Monday and Tuesday morning at the demo lab, as the supervisor sees them on Tuesday at 10:15:
    shifts planned for everyone; on Monday four workers worked 08:00–12:00 (Jean-Baptiste clocked
    in late and the supervisor corrected it, with the reason); on Tuesday Amina and Jean-Baptiste
    (now on a break) are clocked in, Sokha is late, and Farah's shift starts at 13:00.
    Returns everyone's sessions, the supervisor's under DEMO_SUPERVISOR."""
    clock.now = START - dt.timedelta(days=1)  # Monday 08:00 (nothing recorded yet, so no jump)
    people = {name: ws.sessions.login(name, DEMO_PIN) for name in (*DEMO_WORKERS, DEMO_SUPERVISOR)}
    boss = people[DEMO_SUPERVISOR]
    ids = {name: session.user_id for name, session in people.items()}
    for day in (START - dt.timedelta(days=1), START):
        for name, hours in zip(DEMO_WORKERS, ((0, 4), (0, 4), (0, 4), (5, 9)), strict=True):
            ws.shifts.plan(boss, ids[name], day + dt.timedelta(hours=hours[0]),
                           day + dt.timedelta(hours=hours[1]), f"LAB-PC-0{DEMO_WORKERS.index(name) + 1}")

    def minutes(count: int, working: list[str]) -> None:
        for _ in range(count):
            clock.advance(60)
            for session in people.values():
                ws.sessions.touch(session)
            for name in working:
                ws.timesheet.record_activity(people[name], 45_000 + 3_000 * DEMO_WORKERS.index(name))
                if (clock.mono // (60 * 10**9) + DEMO_WORKERS.index(name) * 7) % 40 == 0:  # a task now and then
                    task = ws.next_task(people[name])
                    if task is not None:
                        ws.submit(people[name], task.key, {"labels": ["circle"]}, active_ms=40_000)

    monday = [DEMO_WORKERS[0], DEMO_WORKERS[2], DEMO_WORKERS[3]]
    for name in monday:
        ws.timesheet.clock_in(people[name], seat=f"LAB-PC-0{DEMO_WORKERS.index(name) + 1}")
    minutes(35, monday)
    ws.timesheet.clock_in(people[DEMO_WORKERS[1]], seat="LAB-PC-02")
    minutes(205, [*monday, DEMO_WORKERS[1]])
    for name in DEMO_WORKERS:
        ws.timesheet.clock_out(people[name])
    ws.timesheet.correct(boss, ids[DEMO_WORKERS[1]], (START - dt.timedelta(days=1)).date(),
                         clocked_ms=35 * 60_000, reason="Came at 08:00 but the PC did not start; sign-in sheet")
    clock.advance(20 * 3600)  # Tuesday 08:00: everyone logs in again
    people.update({name: ws.sessions.login(name, DEMO_PIN) for name in people})
    ws.timesheet.clock_in(people[DEMO_WORKERS[0]], seat="LAB-PC-01")
    minutes(10, [DEMO_WORKERS[0]])
    ws.timesheet.clock_in(people[DEMO_WORKERS[1]], seat="LAB-PC-02")
    minutes(115, [DEMO_WORKERS[0], DEMO_WORKERS[1]])
    ws.timesheet.start_break(people[DEMO_WORKERS[1]])
    minutes(10, [DEMO_WORKERS[0]])
    for name in DEMO_WORKERS:
        ws.sessions.logout(people[name])
    return people


def shoot_team(out: Path, name: str, tab: int, *, rtl: bool = False, correcting: bool = False,
               planning: bool = False, language: str | None = None) -> Path:
    """The supervisor's Team screen on Tuesday at 10:15 (tab 0 On shift, 1 Hours, 2 Training, 3 Review);
    ``planning``: a shift for Amina at 09:00 that clashes with the one she has."""
    with demo_window("demo-tagging", rtl=rtl, language=language, week=True) as (window, ws, _clock):
        window.begin(ws.sessions.login(DEMO_SUPERVISOR, DEMO_PIN))
        team = window.team
        assert team is not None
        if tab == 1:
            with_week = team.hours.refreshed
            team.tabs.setCurrentIndex(1)
            wait_for(with_week)
            assert team.hours.week is not None
            team.hours.select_worker(next(h.worker_id for h in team.hours.week.rows
                                          if h.name == DEMO_WORKERS[1]))
        if tab == 3:
            team.tabs.setCurrentIndex(3)
            if not team.review.items:  # the first read, started with the screen, is still running
                wait_for(team.review.refreshed)
        if tab == 2:
            team.tabs.setCurrentIndex(2)
            if not team.training.rows:  # the first read, started with the screen, is still running
                wait_for(team.training.refreshed)
        if planning:
            planner = team.shifts.plan_shift_dialog()
            assert planner is not None
            planner.worker.setCurrentIndex(planner.worker.findText(WORKER))
            planner.start.setTime(QTime(9, 0))
            planner.end.setTime(QTime(11, 0))
            planner.seat.setText("LAB-PC-01")
            planner.try_plan()
            settle()
            return save(window, out, name, over=planner)
        if correcting:
            dialog = team.hours.correct_selected()
            assert dialog is not None
            dialog.clocked_minutes.setValue(15)
            dialog.reason.setText("Stayed 15 min to finish a batch; supervisor saw it")
            settle()
            return save(window, out, name, over=dialog)
        return save(window, out, name)


def shoot_users(out: Path, name: str = "team-users", *, language: str | None = None) -> Path:
    """The partner admin's Users tab on the demo workstation."""
    with demo_window(None, language=language) as (window, ws, _clock):
        window.begin(ws.sessions.login(DEMO_ADMIN, DEMO_PIN))
        team = window.team
        assert team is not None and team.users is not None
        team.tabs.setCurrentWidget(team.users)
        return save(window, out, name)


def shoot_my_week(out: Path, name: str = "my-week", *, rtl: bool = False, language: str | None = None) -> Path:
    """Amina's week (Ctrl+Shift+W) over her work screen on Tuesday at 10:15."""
    with demo_window("demo-tagging", rtl=rtl, language=language, week=True) as (window, ws, clock):
        boss = ws.sessions.login(DEMO_SUPERVISOR, DEMO_PIN)
        hers = [item for item in ws.review_sample(boss) if item.worker_name == WORKER]
        if hers:  # her supervisor corrected one of her answers, with a note
            ws.review(boss, hers[0].result_id, "corrected", {"labels": ["square"]},
                      "The shape has four equal sides: a square, not a circle.")
        clock.advance(60)  # the next review a minute later: the newest is listed first, the same every run
        if len(hers) > 1:
            ws.review(boss, hers[1].result_id, "accepted")
        ws.sessions.logout(boss)
        window.begin(ws.sessions.login(WORKER, DEMO_PIN))
        dialog = window.work_screen.bar.open_my_week()
        assert dialog is not None
        wait_for(dialog.refreshed)
        return save(window, out, name, over=dialog)


def show_issues(window: MainWindow) -> None:
    """Clear a required field and submit, so the field's message shows."""
    view = window.work_screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    name = view.inputs["name"]
    name.setText("")  # type: ignore[union-attr]
    window.work_screen.submit()


def demo_doc(bundle: str) -> dict[str, Any]:
    """The batch document of the demo bundle ``bundle``, gold answers included (read from the
    bundle itself: the workspace never shows an answer before the submit)."""
    path = next(p for p in demo_bundles() if p.stem == bundle)
    with zipfile.ZipFile(path) as zf:
        doc: dict[str, Any] = json.loads(zf.read("batch.json"))
    return doc


def demo_answer(bundle: str, task_id: str) -> dict[str, Any]:
    """The gold answer of ``task_id`` in the demo bundle ``bundle``."""
    answer: dict[str, Any] = next(t for t in demo_doc(bundle)["tasks"] if t["id"] == task_id)["gold"]["answer"]
    return answer


def a_slip_in_the_transcript(window: MainWindow) -> None:
    """The first (training) clip, typed with a number in figures, a word missed and one added; submitted."""
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView) and screen.task is not None
    words = str(demo_answer("demo-transcription-audio", screen.task.task_id)["text"]).split()
    words[2] = "14"          # "fourteen" typed in figures
    del words[5]             # a word missed
    words.append("celsius")  # a word added
    view.editor.setPlainText(" ".join(words))
    screen.submit()
    assert screen.feedback is not None


def verified_without_fixing(window: MainWindow) -> None:
    """The first (training) form: "Verified" chosen without fixing the swapped date; submitted."""
    screen = window.work_screen
    view = screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    view.choose_outcome(0)
    screen.submit()
    assert screen.feedback is not None


def one_tag_too_many(window: MainWindow) -> None:
    """The first (training) picture: the right tag and one more; submitted."""
    screen = window.work_screen
    view = screen.views["tagging"]
    assert isinstance(view, TaggingView) and screen.task is not None
    right = demo_answer("demo-tagging", screen.task.task_id)["labels"]
    labels = [label["id"] for label in demo_doc("demo-tagging")["template"]["params"]["labels"]]
    for i, label_id in enumerate(labels):  # the labels in their order on screen
        if label_id in right or i == 0:
            view.press_label(i)
    screen.submit()
    assert screen.feedback is not None


#: What the translation scenes type: a worker's words, the lab's data (not texts of the program).
TYPED = ["Bonjour {name}, votre compte SokoPay est prêt.", "Ne communiquez jamais votre ",
         "Salut {name}, ton compte SokoPay est prêt.", "Ne donne jamais ton code PIN à quelqu'un, même à un agent.",
         "Bonjour, votre compte SokoPay est prêt.", "Ne communiquez jamais votre mot de passe."]


def mid_translation(window: MainWindow) -> None:
    """The first (training) SMS: its first segment translated, the second begun, so the previous
    segment shows above and the glossary's terms below."""
    view = window.work_screen.views["translation"]
    assert isinstance(view, TranslationView)
    view.editor.setPlainText(TYPED[0])
    view.go_to(1)
    view.editor.setPlainText(TYPED[1])


def a_loose_translation(window: MainWindow) -> None:
    """The first (training) SMS translated loosely, with a glossary term missed; submitted."""
    screen = window.work_screen
    view = screen.views["translation"]
    assert isinstance(view, TranslationView)
    view.editor.setPlainText(TYPED[2])
    view.go_to(1)
    view.editor.setPlainText(TYPED[3])
    screen.submit()
    assert screen.feedback is not None


def a_placeholder_lost(window: MainWindow) -> None:
    """The first segment typed without its placeholder and submitted: refused, the segment named."""
    view = window.work_screen.views["translation"]
    assert isinstance(view, TranslationView)
    view.editor.setPlainText(TYPED[4])
    view.go_to(1)
    view.editor.setPlainText(TYPED[5])
    window.work_screen.submit()


def boxes_drawn(window: MainWindow) -> None:
    """The first (training) picture with all its boxes but the last drawn, and the last being
    drawn at the crosshair."""
    screen = window.work_screen
    view = screen.views["tagging"]
    assert isinstance(view, TaggingView) and screen.task is not None
    editor = view.image
    right = demo_answer("demo-boxes", screen.task.task_id)["boxes"]
    labels = [label["id"] for label in demo_doc("demo-boxes")["template"]["params"]["labels"]]
    for b in right[:-1]:
        editor.select(-1)  # a digit then chooses the next box's label, not the selected box's
        view.press_label(labels.index(b["label"]))
        editor.add_box(QRectF(b["x"], b["y"], b["w"], b["h"]))
    last = right[-1]
    editor.select(-1)
    view.press_label(labels.index(last["label"]))
    editor.cross = QPointF(last["x"], last["y"])
    editor.begin_or_end_box()
    editor.nudge(last["w"] * 2 // 3, last["h"] * 2 // 3)
    editor.setFocus()


def captions_timed(window: MainWindow) -> None:
    """The first (training) clip, decoded: its sentence as two captions, the second begun too fast
    to read, so its problem shows in the table."""
    screen = window.work_screen
    view = screen.views["captioning"]
    assert isinstance(view, CaptioningView) and screen.task is not None
    strip = view.player.waveform
    if strip.decoder.isDecoding():
        wait_for(strip.ready)
    [right] = demo_answer("demo-captioning", screen.task.task_id)["segments"]
    first, second = right["text"].split("\n")
    middle = (right["start_ms"] + right["end_ms"]) // 2
    view.segments = [Segment(right["start_ms"], middle, first), Segment(middle, middle + 500, second)]
    view._changed(1)
    strip.set_position(middle + 300)
    view.editor.setFocus()


def video_at(view: TranscriptionView | CaptioningView, ms: int) -> None:
    """The view's video paused at ``ms``, that picture on screen (and its waveform decoded)."""
    player = view.player
    if not player.video.has_frame():
        wait_for(player.video.first_frame)
    if player.waveform.decoder.isDecoding():
        wait_for(player.waveform.ready)
    player.player.setPosition(ms)
    wait_for(player.video.sink.videoFrameChanged, 5_000)
    settle()


def video_half_typed(window: MainWindow) -> None:
    """The first video, paused mid-sentence, its first words typed."""
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView) and screen.task is not None
    video_at(view, 1700)
    words = demo_answer("demo-transcription-video", screen.task.task_id)["text"].split()
    view.editor.setPlainText(" ".join(words[:len(words) // 2]) + " ")
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    view.editor.setFocus()


def video_captioned(window: MainWindow) -> None:
    """The first video's sentence as two captions, paused inside the first: it shows on the picture."""
    screen = window.work_screen
    view = screen.views["captioning"]
    assert isinstance(view, CaptioningView) and screen.task is not None
    [right] = demo_answer("demo-captioning-video", screen.task.task_id)["segments"]
    first, second = right["text"].split("\n")
    middle = (right["start_ms"] + right["end_ms"]) // 2
    view.segments = [Segment(right["start_ms"], middle, first), Segment(middle, right["end_ms"], second)]
    view._changed(0)
    video_at(view, right["start_ms"] + 600)
    view.editor.setFocus()


def scenes(out: Path, language: str | None = None) -> list[tuple[str, Callable[[], Path]]]:
    """Every screen once, each as (name, what renders it), in ``language`` (its translation and
    direction; the names end in ``-<language>``) or in English."""
    lang = language
    tail = f"-{language}" if language else ""

    def work(name: str, bundle: str | None, prepare: Callable[[MainWindow], None] | None = None,
             **options: Any) -> tuple[str, Callable[[], Path]]:
        return name, lambda: shoot(out, name + tail, bundle, prepare, language=lang, **options)

    def team(name: str, tab: int, **options: Any) -> tuple[str, Callable[[], Path]]:
        return name, lambda: shoot_team(out, name + tail, tab, language=lang, **options)

    return [
        ("login", lambda: shoot_login(out, "login" + tail, language=lang)),
        ("login-wrong-pin", lambda: shoot_login(out, "login-wrong-pin" + tail, wrong_pin=True, language=lang)),
        ("login-first-admin", lambda: shoot_first_admin(out, "login-first-admin" + tail, language=lang)),
        work("not-clocked-in", "demo-transcription-audio", clocked_in=False),
        work("transcription-audio", "demo-transcription-audio", waveform_drawn),
        work("transcription-document", "demo-transcription-document"),
        work("tagging", "demo-tagging"),
        work("boxes", "demo-boxes", boxes_drawn),
        work("captioning", "demo-captioning", captions_timed),
        work("transcription-video", "demo-transcription-video", video_half_typed),
        work("captioning-video", "demo-captioning-video", video_captioned),
        work("data-entry", "demo-data-entry"),
        work("data-entry-issues", "demo-data-entry", show_issues),
        work("translation", "demo-translation", mid_translation),
        work("translation-issues", "demo-translation", a_placeholder_lost),
        work("instructions", "demo-tagging", lambda w: w.work_screen.toggle_instructions()),
        work("empty", None),
        ("idle-prompt", lambda: shoot_idle_prompt(out, "idle-prompt" + tail, language=lang)),
        ("admin-login", lambda: shoot_admin_login(out, "admin-login" + tail, language=lang)),
        work("feedback-transcript", "demo-transcription-audio", a_slip_in_the_transcript),
        work("feedback-form", "demo-data-entry", verified_without_fixing),
        work("feedback-tags", "demo-tagging", one_tag_too_many),
        work("feedback-translation", "demo-translation", a_loose_translation),
        ("admin", lambda: shoot_admin(out, "admin" + tail, language=lang)),
        team("team-on-shift", 0),
        team("team-hours", 1),
        team("team-correction", 1, correcting=True),
        team("team-shift-clash", 0, planning=True),
        team("team-training", 2),
        team("team-review", 3),
        ("team-users", lambda: shoot_users(out, "team-users" + tail, language=lang)),
        ("my-week", lambda: shoot_my_week(out, "my-week" + tail, language=lang)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", default="*", help="render only the screens whose names match this pattern")
    parser.add_argument("--language", help="render every screen in this language (fr, ht, sw, ur), to check a "
                                           "translation; without it, the English set, right-to-left and a few "
                                           "screens per language")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    application()
    shots = scenes(out, args.language)
    if not args.language:
        shots += [
            ("login-rtl", lambda: shoot_login(out, "login-rtl", rtl=True)),
            ("data-entry-rtl", lambda: shoot(out, "data-entry-rtl", "demo-data-entry", rtl=True)),
            ("transcription-audio-rtl", lambda: shoot(out, "transcription-audio-rtl", "demo-transcription-audio",
                                                      waveform_drawn, rtl=True)),
            ("feedback-transcript-rtl", lambda: shoot(out, "feedback-transcript-rtl", "demo-transcription-audio",
                                                      a_slip_in_the_transcript, rtl=True)),
            ("translation-rtl", lambda: shoot(out, "translation-rtl", "demo-translation", mid_translation,
                                              rtl=True)),
            ("team-hours-rtl", lambda: shoot_team(out, "team-hours-rtl", 1, rtl=True)),
            ("team-training-rtl", lambda: shoot_team(out, "team-training-rtl", 2, rtl=True)),
            ("team-review-rtl", lambda: shoot_team(out, "team-review-rtl", 3, rtl=True)),
            ("my-week-rtl", lambda: shoot_my_week(out, "my-week-rtl", rtl=True)),
        ]
        # the contact sheet in the README: three screens in each language
        shots += [(f"{name}-{code}", make) for code in ("fr", "ht", "sw", "ur")
                  for name, make in scenes(out, code) if name in ("login", "tagging", "data-entry")]
    for name, make in shots:
        if fnmatch.fnmatch(name, args.only):
            print(make())


if __name__ == "__main__":
    main()
