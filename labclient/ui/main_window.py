"""The main window: the login screen, then the work screen (workers) or the Team screen
(supervisors and the partner admin, who reach the work screen with F4 and come back with it),
with a status bar.

Who is at the seat: the window holds the logged-in session. An event filter on the application
notes each input (:class:`~labclient.ui.idle_prompt.InputWatch`); every ``Timing.poll_ms`` the
window touches the session after input (``ws.sessions.touch``), asks "Are you still working?" once
``idle_prompt_after_s`` pass without input while the worker is clocked in, and locks the session
(``ws.sessions.lock``) after ``lock_after_s``. Ctrl+L locks it too, for the next person. A locked or
ended session, whoever noticed it, brings back the login screen with that worker chosen.

Time is read from the workspace's clock (``Workspace.open(..., clock=)``), so tests use a fake one.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QWidget

from labclient.changes import Changed
from labclient.clock import local_now
from labclient.errors import LabClientError, NotAllowed, SessionEndedError, SessionLockedError
from labclient.people.roles import Permission, Session
from labclient.ui.app_language import install_translations
from labclient.ui.changes import watch
from labclient.ui.idle_prompt import DEFAULT_TIMING, IdlePrompt, InputWatch, Timing
from labclient.ui.login_screen import AdminLogin, LoginScreen
from labclient.ui.messages import error_text, said_text, sync_report_text
from labclient.ui.names import named
from labclient.ui.operations import FAILED, Failed, attempt
from labclient.ui.sync_controller import SyncController
from labclient.workspace import Workspace

if TYPE_CHECKING:
    from labclient.sync.client import SyncProgress, SyncReport
    from labclient.ui.admin_dialog import AdminDialog
    from labclient.ui.team_screen import TeamScreen
    from labclient.ui.work_screen import WorkScreen


def _system_language() -> str:
    """The code of the computer's language (``en``, ``fr``…; ``C`` when it has none)."""
    return QLocale.system().name().split("_")[0]


class MainWindow(QMainWindow):
    """LabClient's one window. Saves any pending draft when closed, and logs the session out."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, timing: Timing = DEFAULT_TIMING,
                 language: str | None = None) -> None:
        """``language``: the one installed now (``labclient --language``), the window's language for
        everyone without a choice of their own; None: the lab's default, else the computer's."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("LabClient"))
        self.ws = ws
        self.session: Session | None = None
        self._close_unsaved = False
        self._closing = False
        self._language = language or _system_language()  # the language installed now
        self._cli_language = language
        self._picked_language: str | None = None  # chosen at the login screen, kept for who logs in next
        self.pages = QStackedWidget(self)
        self.login_screen = self._new_login_screen()
        self.pages.addWidget(self.login_screen)
        self._timing = timing
        self._work_screen: WorkScreen | None = None  # made at the first login (see work_screen)
        self.team: TeamScreen | None = None  # made for a supervisor's session, gone when it leaves
        self.setCentralWidget(self.pages)

        self.connection = QLabel(self)
        self.connection.setObjectName("connectionStatus")
        self.connection.setAccessibleName(self.tr("Sync status"))
        self.saved = QLabel(self)
        self.saved.setObjectName("savedStatus")
        self.sync_button = named(QPushButton(self.tr("Sync now (F5)"), self), "syncButton", self.tr("Sync now"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sync_button.clicked.connect(self.sync_now)
        self.statusBar().addWidget(self.connection)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.saved)

        self.sync = SyncController(ws, self)
        self.sync.started.connect(lambda: self.connection.setText(self.tr("● Syncing…")))
        self.sync.started.connect(lambda: self.sync_button.setEnabled(False))
        self.sync.finished.connect(lambda _report: self.sync_button.setEnabled(True))
        self.sync.progressed.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync_now)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.open_admin)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.toggle_team)
        # Ctrl+Q quits, with or without a window manager (a kiosk has no close button)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.request_quit)
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self.admin: AdminDialog | None = None
        self.admin_login: AdminLogin | None = None
        self._admin_temporary: Session | None = None  # an admin logged in just for the admin screen

        # Kiosk focus: with no window manager nobody gives the keyboard back to this window when a
        # dialog closes (shortcuts would stop and keys go nowhere); take it back ourselves.
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)
        self.watch = InputWatch(ws.clock, self)
        self.watch.on_input = self._input
        if app is not None:
            app.installEventFilter(self.watch)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(timing.poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.idle_prompt: IdlePrompt | None = None
        self._idle_checked_at: int | None = None  # the input after which the idle prompt was considered
        if ws.sync_status().hub_url is not None:
            self.sync.start_automatic(ws.auto_sync_minutes())
        self.refresh_sync_status()
        watch(ws, self, self._workspace_changed)
        if self._base_language is not None:  # the lab's default language, set by its admin
            self.apply_language(self._base_language)

    @property
    def _base_language(self) -> str | None:
        """The language for everyone without her own: ``--language``, else the lab's default."""
        return self._cli_language or self.ws.languages.lab()

    def _new_login_screen(self) -> LoginScreen:
        screen = LoginScreen(self.ws, self.pages, language=self._language)
        screen.logged_in.connect(self.begin)
        screen.language_chosen.connect(self._language_picked)
        return screen

    def _language_picked(self, code: str) -> None:
        """F6 at the login screen: the window speaks ``code`` at once; whoever logs in next keeps it."""
        self._picked_language = code
        self.apply_language(code)
        self.login_screen.list.setFocus()

    def apply_language(self, code: str | None) -> None:
        """Speak ``code`` (None: the computer's language) from now on, without a restart: the
        translation is installed and the screens are made again in it (the login screen keeps its
        chosen name; the work and Team screens are remade when next shown)."""
        wanted = code or _system_language()
        if wanted == self._language:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, QLocale(code) if code else QLocale.system())
        self._language = wanted
        old = self.login_screen
        chosen = old.chosen_name()
        showing = self.pages.currentWidget() is old
        self.login_screen = self._new_login_screen()
        self.pages.insertWidget(self.pages.indexOf(old), self.login_screen)
        if showing:
            self.pages.setCurrentWidget(self.login_screen)
        self.pages.removeWidget(old)
        old.deleteLater()
        names = [self.login_screen.list.item(i).text() for i in range(self.login_screen.list.count())]
        if chosen in names:
            self.login_screen.list.setCurrentRow(names.index(chosen))
        if self._work_screen is not None and not self._working():
            self._work_screen.stop()
            self.pages.removeWidget(self._work_screen)
            self._work_screen.deleteLater()
            self._work_screen = None
        self.setWindowTitle(self.tr("LabClient"))
        self.connection.setAccessibleName(self.tr("Sync status"))
        self.sync_button.setText(self.tr("Sync now (F5)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.refresh_sync_status()

    @property
    def work_screen(self) -> WorkScreen:
        """The work screen, made when first needed: the task views, the media player and the
        timesheet code load after the login screen is on screen, not before."""
        if self._work_screen is None:
            from labclient.ui.work_screen import WorkScreen

            screen = WorkScreen(self.ws, self.pages, timing=self._timing)
            self.pages.addWidget(screen)
            screen.switch_worker.connect(self.switch_worker)
            screen.to_team.connect(self.show_team)
            screen.session_lost.connect(self.session_lost)
            screen.draft_saved.connect(lambda _key: self._note_saved(self.tr("Draft saved")))
            screen.submitted.connect(lambda _rid: self._note_saved(self.tr("Result saved")))
            screen.undone.connect(lambda: self._note_saved(self.tr("Answer taken back")))
            self._work_screen = screen
        return self._work_screen

    def _working(self) -> bool:
        """Whether the work screen is the one on show."""
        return self._work_screen is not None and self.pages.currentWidget() is self._work_screen

    def _workspace_changed(self, what: Changed) -> None:
        """A write anywhere in the workspace (a submit, a clock-in, a background import, the admin's
        receipt): the status bar counts what waits to go out, unless a sync is saying how it goes."""
        if what & (Changed.OUTBOX | Changed.TASKS | Changed.SETTINGS) and not self.sync.running:
            self.refresh_sync_status()

    def refresh_sync_status(self) -> None:
        """Say in the status bar whether this workstation syncs, what waits to go, and since when."""
        status = self.ws.sync_status()
        if status.hub_url is None:
            text = self.tr("● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on "
                           "this computer", "", status.waiting)
        else:
            host = QUrl(status.hub_url).host()
            last = self.tr("never") if status.last_success is None else QLocale().toString(QDateTime.fromString(
                status.last_success, Qt.DateFormat.ISODateWithMs).toLocalTime(), "dd MMM HH:mm")
            text = self.tr("● Hub {0} · waiting to go out: {1} · last sync: {2}").format(host, status.waiting, last)
            if status.refused:
                text += self.tr(" · refused by the hub: {0}").format(status.refused)
        self.connection.setText(text)

    def sync_now(self) -> None:
        """F5: sync with the hub now, in the background (the work goes on)."""
        if self.ws.sync_status().hub_url is None:
            self.connection.setText(self.tr("● This workstation is not enrolled with a hub yet; ask the partner "
                                            "admin (labclient enroll)."))
            return
        self.sync.sync_now()

    def open_admin(self) -> AdminDialog | None:
        """Ctrl+Shift+A: the sync and hub screen (non-modal: work can go on beside it), for a
        partner admin only. When the person at the seat is not one, a small dialog asks for an
        admin's name and PIN first (then returns None; the screen opens once they log in)."""
        if self._may_change_hub(self.session):
            assert self.session is not None
            return self._show_admin(self.session, temporary=False)
        if self.admin_login is None:
            ask = AdminLogin(self.ws, self, current=self.session)
            ask.accepted.connect(lambda: self._admin_logged_in(ask))
            ask.finished.connect(lambda _code: self._admin_login_closed(ask))
            self.admin_login = ask
            ask.open()
        self.admin_login.raise_()
        return None

    def _may_change_hub(self, session: Session | None) -> bool:
        if session is None or not session.may(Permission.CHANGE_HUB_SETTINGS):
            return False
        try:
            self.ws.sessions.authorize(session, Permission.CHANGE_HUB_SETTINGS)
        except NotAllowed:
            return False
        return True

    def _admin_logged_in(self, ask: AdminLogin) -> None:
        if ask.session is not None:
            self._show_admin(ask.session, temporary=True)

    def _admin_login_closed(self, ask: AdminLogin) -> None:
        if self.admin_login is ask:
            self.admin_login = None
        ask.deleteLater()

    def _show_admin(self, session: Session, *, temporary: bool) -> AdminDialog:
        if self.admin is None:
            from labclient.ui.admin_dialog import AdminDialog  # the sync client loads on first use

            self.admin = AdminDialog(self.ws, self.sync, session, self)
            self.admin.finished.connect(lambda _code: self._admin_closed())
        else:
            self.admin.use_session(session)
        self._end_temporary_admin()
        self._admin_temporary = session if temporary else None
        self.admin.refresh()
        self.admin.show()
        self.admin.raise_()
        return self.admin

    def _admin_closed(self) -> None:
        self.refresh_sync_status()
        if self.admin is not None:
            self.admin.use_session(None)
        self._end_temporary_admin()

    def _end_temporary_admin(self) -> None:
        if self._admin_temporary is not None:
            self.ws.sessions.logout(self._admin_temporary)
            self._admin_temporary = None

    def _sync_progress(self, progress: SyncProgress) -> None:
        self.connection.setText(self.tr("● Syncing… {0}").format(said_text(progress.said)))

    def _sync_finished(self, report: SyncReport) -> None:
        self.ws.note_changed(Changed.ANY)  # the sync wrote through a connection of its own (the status bar follows)
        if report.outcome != "ok":
            self.connection.setText(self.connection.text() + " · " + sync_report_text(report))
        else:  # say what the sync did, also when there was nothing to do (F5 must show an answer)
            self.connection.setText(self.connection.text() + " · " + self.tr("synced: {0}").format(
                sync_report_text(report) if report.message else self.tr("nothing to send")))
        if report.batches_received and self._work_screen is not None:
            self._work_screen.new_work_arrived()

    # -- who is at the seat --------------------------------------------------------------------

    def begin(self, session: Session) -> None:
        """Open the logged-in ``session``'s screen: the Team screen for someone who may see the
        team, else the work screen; in her language (the one she picked at the login screen is
        kept with her user)."""
        if self._picked_language is not None:
            with contextlib.suppress(NotAllowed):
                self.ws.languages.choose(session, self._picked_language)
            self._picked_language = None
        self.apply_language(self.ws.languages.of(session.name) or self._base_language)
        self.session = session
        self.watch.reset()
        self._idle_checked_at = None
        if session.may(Permission.VIEW_TEAM):
            self.show_team()
        else:
            self.show_tasks()
        if self.session is session:
            self.poll_timer.start()

    def show_tasks(self) -> None:
        """The work screen for the session at the seat (from the Team screen: F4)."""
        session = self.session
        if session is None:
            return
        if self.team is not None:
            self.team.stop()
        self.pages.setCurrentWidget(self.work_screen)
        self.work_screen.start(session)

    def show_team(self) -> None:
        """The Team screen for the session at the seat, when it may see the team (the draft on the
        work screen is saved first). The core checks the session as the screen is made."""
        session = self.session
        if session is None or not session.may(Permission.VIEW_TEAM):
            return
        if self._working():
            if not self.work_screen.flush_draft():
                return  # the work screen says why (disk full); the typing stays where it is
            self.work_screen.stop()
        if self.team is None:
            from labclient.ui.team_screen import TeamScreen  # the team panels load on first use

            team = attempt(self, lambda: TeamScreen(self.ws, session, self.pages))
            if isinstance(team, Failed):
                return
            team.to_tasks.connect(self.show_tasks)
            team.lock_seat.connect(self.switch_worker)
            team.session_lost.connect(self.session_lost)
            self.pages.addWidget(team)
            self.team = team
        self.pages.setCurrentWidget(self.team)
        self.team.start()

    def toggle_team(self) -> None:
        """F4: from the Team screen to the work screen and back."""
        if self.team is not None and self.pages.currentWidget() is self.team:
            self.show_tasks()
        elif self._working():
            self.show_team()

    def show_login(self, preselect: str | None = None, message: str = "", *, focus_pin: bool = False) -> None:
        """The login screen, with the user ``preselect`` (an id) chosen and ``message`` under the PIN,
        in the lab's language (each person's own comes back when she logs in)."""
        self.saved.clear()
        self._picked_language = None
        self.apply_language(self._base_language)
        self.pages.setCurrentWidget(self.login_screen)
        self.login_screen.refresh(preselect, message, focus_pin=focus_pin)

    def switch_worker(self) -> None:
        """Ctrl+L (the draft is saved): lock this worker's session and show the login screen."""
        session = self._leave_seat()
        if session is None:
            self.show_login()
            return
        with contextlib.suppress(NotAllowed):  # already ended: the login screen is where they go anyway
            self.ws.sessions.lock(session)
        self.show_login(session.user_id, self.tr("{0} stepped away: the screen is locked and the work is kept. Type "
                                                 "the PIN to go on, or choose another name.").format(session.name))

    def lock_idle(self, after_s: int) -> None:
        """No input for ``after_s`` seconds: lock the session; the worker logs in again to go on."""
        if self._work_screen is not None:
            self._work_screen.flush_draft()
        session = self._leave_seat()
        if session is None:
            return
        with contextlib.suppress(NotAllowed):
            self.ws.sessions.lock(session)
        self.show_login(session.user_id, self.tr(
            "The screen locked after {0} minutes without input. {1}, type your PIN to go on.").format(
            max(1, after_s // 60), session.name), focus_pin=True)

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: see :meth:`session_lost` (:mod:`labclient.ui.operations`)."""
        self.session_lost(exc)

    def show_problem(self, text: str) -> None:
        """A problem with the last action, on the status bar."""
        self.connection.setText(text)

    def session_lost(self, error: NotAllowed) -> None:
        """The core refused the session (locked, ended, switched off): back to the login screen,
        with that worker chosen and the reason shown."""
        if self._closing:
            return
        if self._work_screen is not None:
            self._work_screen.flush_draft()
        session = self._leave_seat()
        name = session.name if session is not None else ""
        if isinstance(error, SessionLockedError):
            text = self.tr("The screen is locked. {0}, type your PIN to go on.").format(name)
        elif isinstance(error, SessionEndedError):
            text = self.tr("{0}'s session has ended. Log in again.").format(name)
        else:
            text = error_text(error)
        self.show_login(session.user_id if session is not None else None, text,
                        focus_pin=isinstance(error, SessionLockedError))

    def _leave_seat(self) -> Session | None:
        """Stop working for the current session (activity reported, media stopped); returns it."""
        session, self.session = self.session, None
        self.poll_timer.stop()
        if self.idle_prompt is not None:
            self.idle_prompt.withdraw()
            self.idle_prompt = None
        if self.admin is not None and self.admin.isVisible() and self._admin_temporary is None:
            self.admin.close()  # it acts for the session that is leaving
        if self._work_screen is not None:
            self._work_screen.stop()
        if self.team is not None:
            self.team.stop()
            self.pages.removeWidget(self.team)
            for child in self.team.findChildren(QObject):  # a screen being torn down reads nothing more
                child.blockSignals(True)                   # (its tables emit as they empty, the store may be shut)
            self.team.deleteLater()
            self.team = None
        return session

    def _input(self, now_ns: int) -> None:
        if self.session is not None and self._working():
            self.work_screen.bar.note_activity(now_ns)

    def poll(self) -> None:
        """Touch the session after input; the idle prompt and the idle lock when their time comes."""
        session = self.session
        if session is None:
            return
        settings = self.ws.sessions.settings()
        idle_ns = self.watch.idle_ns()
        if idle_ns >= settings.lock_after_s * 10**9:
            self.lock_idle(settings.lock_after_s)
            return
        if self.watch.seen:
            self.watch.seen = False
            if attempt(self, lambda: self.ws.sessions.touch(session)) is FAILED:
                return
        last_input = self.watch.last_input_ns
        if (idle_ns >= settings.idle_prompt_after_s * 10**9 and self.idle_prompt is None
                and self._idle_checked_at != last_input and self._working()):
            self._idle_checked_at = last_input  # once per stretch without input
            if self.work_screen.bar.prompt_idle() and self.session is session:
                self._ask_idle(settings.idle_prompt_after_s)

    def _ask_idle(self, after_s: int) -> None:
        prompt = IdlePrompt(max(1, after_s // 60), self)
        prompt.answered.connect(self.work_screen.bar.answer_idle)
        prompt.finished.connect(lambda _code: self._idle_prompt_closed(prompt))
        self.idle_prompt = prompt
        prompt.open()

    def _idle_prompt_closed(self, prompt: IdlePrompt) -> None:
        if self.idle_prompt is prompt:
            self.idle_prompt = None
        prompt.deleteLater()

    def _note_saved(self, what: str) -> None:
        self.saved.setText(self.tr("{0} at {1}").format(what, f"{local_now(self.ws.clock):%H:%M:%S}"))

    def _focus_window_changed(self, window: object) -> None:
        if window is None and self.isVisible() and not self._closing:
            QTimer.singleShot(0, self._take_focus_back)

    def _take_focus_back(self) -> None:
        """No window has the keyboard (a dialog closed, no window manager to pass it on): this
        one takes it, unless a dialog of ours is still up (it keeps it)."""
        if self._closing or not self.isVisible() or QGuiApplication.focusWindow() is not None:
            return
        if QApplication.activeModalWidget() is not None:
            return
        self.activateWindow()
        self.raise_()

    def request_quit(self) -> None:
        """Ctrl+Q: quit LabClient. When the person at the seat is clocked in, ask first whether to
        clock out (:meth:`ask_before_quitting`); else close at once."""
        if not self.ask_before_quitting():
            self.close()

    def _clocked_in(self) -> bool:
        """Whether the session at the seat is clocked in (False when nobody is, or it cannot tell)."""
        if self.session is None:
            return False
        try:
            return self.ws.timesheet.status(self.session).clocked_in
        except LabClientError:
            return False

    def ask_before_quitting(self) -> bool:
        """When the worker at the seat is clocked in and has not answered yet, ask (without
        blocking) whether to clock out and quit, quit and stay clocked in, or go on working;
        True when the question is on screen (the quit waits for the answer)."""
        if self._quit_confirmed or not self._clocked_in():
            return False
        if self.quit_question is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit LabClient"), self.tr(
                "{0} is still clocked in. Clock out before quitting? If you quit without clocking out, "
                "your time keeps being counted until you clock out.").format(
                self.session.name if self.session else ""), QMessageBox.StandardButton.NoButton, self)
            box.setObjectName("quitQuestion")
            out = named(box.addButton(self.tr("Clock &out and quit"), QMessageBox.ButtonRole.AcceptRole),
                        "quitClockOut", self.tr("Clock out and quit"))
            named(box.addButton(self.tr("&Quit, stay clocked in"), QMessageBox.ButtonRole.DestructiveRole),
                  "quitStayClockedIn", self.tr("Quit and stay clocked in"))
            named(box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole),
                  "quitCancel", self.tr("Keep working"))
            box.setDefaultButton(out)
            box.buttonClicked.connect(lambda button: self._quit_answered(box, box.buttonRole(button)))
            self.quit_question = box
            box.open()
        self.quit_question.raise_()
        return True

    def _quit_answered(self, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
        self.quit_question = None
        box.deleteLater()
        if role == QMessageBox.ButtonRole.RejectRole:
            self.activateWindow()
            return
        if role == QMessageBox.ButtonRole.AcceptRole and self.session is not None:
            session = self.session  # say why it did not clock out, and stay open: nothing is lost
            if attempt(self, lambda: self.ws.timesheet.clock_out(session)) is FAILED:
                return
        self._quit_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save any pending draft first. If that fails (disk full), stay open once and say so;
        closing again quits without the unsaved text. A person closing the window while clocked
        in is asked first whether to clock out (a close made by the program is not)."""
        if event.spontaneous() and self.ask_before_quitting():
            event.ignore()
            return
        if self._work_screen is not None and not self._work_screen.flush_draft() and not self._close_unsaved:
            self._close_unsaved = True
            self.work_screen.show_banner(self.work_screen.banner.text() + " " + self.tr(
                "Your latest typing is not saved. Close the window again to quit without it."))
            event.ignore()
            return
        self._closing = True
        session = self._leave_seat()
        with contextlib.suppress(LabClientError):  # a full disk must not keep the window open
            if session is not None:
                self.ws.sessions.logout(session)
            self._end_temporary_admin()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watch)
        super().closeEvent(event)
