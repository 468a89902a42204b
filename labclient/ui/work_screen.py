"""The work screen: one task at a time, its instructions one key away, every action by keyboard.

Keys: Ctrl+Enter submit, Ctrl+Shift+S skip, Ctrl+Shift+B flag as broken, F1 instructions,
Ctrl+L switch worker, F4 the Team screen (supervisors and the admin; the main window's key),
Ctrl+I import a batch (when the cache is empty); the timesheet bar's
Ctrl+Shift+T clock in/out and Ctrl+Shift+P break. The views add their own.

The screen works for the logged-in session: every Workspace call passes it, and the core checks it.
A call the core refuses because the session is locked or ended sends ``session_lost``.

Drafts are saved ``DRAFT_DELAY_MS`` after the worker stops typing, when they leave the task and
when the window closes. A submit is on disk before the next task appears.

After a submit on a gold or training task, the screen shows its feedback (``ui/feedback_view``:
the score, her answer beside the right one, the batch's explanation) in place of the next task,
until she presses Enter or Esc. The feedback was scored and stored by the submit, so reading it
is one indexed read on the GUI thread; a production task has none and the next task follows at
once, as before. The feedback is cleared when the worker leaves the seat.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import LabClientError, NotAllowed
from labclient.importer import ImportReport
from labclient.people.roles import Permission, Session
from labclient.quality.feedback import Feedback
from labclient.ui.feedback_view import FeedbackView
from labclient.ui.idle_prompt import DEFAULT_TIMING, Timing
from labclient.ui.jobs import in_own_workspace, run_job
from labclient.ui.messages import error_text, keys_kept_in_order
from labclient.ui.names import named
from labclient.ui.operations import FAILED, Failed, attempt
from labclient.ui.reason_dialog import ReasonDialog
from labclient.ui.task_views import TaskView, view_for_kind
from labclient.ui.timesheet_bar import CLOCK_KEY, TimesheetBar
from labclient.workspace import ResultRejected, Task, Worker, Workspace

DRAFT_DELAY_MS = 700


class WorkScreen(QWidget):
    """Shows the worker's current task and performs their actions through the Workspace.

    Signals: ``switch_worker`` (Ctrl+L, the draft saved), ``task_shown(task or None)`` after each
    task change, ``feedback_shown(Feedback)`` when a submit's feedback is on screen instead (the
    next task follows on Enter), ``draft_saved(task key)``, ``submitted(result id)``,
    ``import_finished(report or error)``, ``session_lost(error)`` when the core refuses the
    session (locked, ended). All on the GUI thread.
    """

    switch_worker = Signal()
    to_team = Signal()
    session_lost = Signal(object)
    task_shown = Signal(object)
    feedback_shown = Signal(object)
    draft_saved = Signal(int)
    submitted = Signal(str)
    undone = Signal()  # the worker took back her last answer
    import_finished = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, timing: Timing = DEFAULT_TIMING) -> None:
        super().__init__(parent)
        self.setObjectName("workScreen")
        self.ws = ws
        self.timing = timing
        self.session: Session | None = None
        self.worker: Worker | None = None
        self.task: Task | None = None
        self.feedback: Feedback | None = None  # on screen instead of a task until she continues
        self.views: dict[str, TaskView] = {}
        self._shown = QElapsedTimer()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._dialog: ReasonDialog | None = None
        self._offered_clock_in = False           # asked this login whether to clock in (once is enough)
        self.clock_in_offer: QMessageBox | None = None
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.worker_label = QLabel(self)
        self.worker_label.setObjectName("workerName")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("taskTitle")
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title_label.setFont(bold)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress")
        self.progress_label.setAccessibleName(self.tr("Progress"))
        # Which project to work on (one queue for all kinds made a newcomer meet 33 data entry
        # tasks before any audio): all of them, or one, with what each holds.
        self.project_box = named(QComboBox(self), "projectChoice", self.tr("Project to work on"))
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.project_box.activated.connect(self._project_chosen)
        project_label = QLabel(self.tr("Work on (Ctrl+P):"), self)
        project_label.setBuddy(self.project_box)
        QShortcut(QKeySequence("Ctrl+P"), self, self._open_projects)
        self.project: str | None = None   # "<project id>\n<kind or ''>"; None: all the work, in queue order
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(project_label)
        header.addWidget(self.project_box)
        header.addSpacing(16)
        header.addWidget(self.progress_label)
        header.addSpacing(16)
        header.addWidget(self.worker_label)

        self.bar = TimesheetBar(self.ws, self, timing=self.timing)
        self.bar.session_lost.connect(self.session_lost)
        self.bar.acted.connect(self._give_task_the_keyboard)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px;")
        self.banner.setAccessibleName(self.tr("Message"))
        self.banner.hide()

        self.stack = QStackedWidget(self)
        self.empty_page = self._build_empty_page()
        self.stack.addWidget(self.empty_page)
        self.feedback_view = FeedbackView(self.stack)
        self.feedback_view.continued.connect(self.continue_after_feedback)
        self.stack.addWidget(self.feedback_view)
        self.instructions = named(QTextBrowser(self), "instructions", self.tr("Instructions"))
        self.instructions.setOpenExternalLinks(False)
        self.instructions.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.instructions)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("viewKeys")
        self.keys_label.setStyleSheet("color: palette(window-text);")  # the keys must be readable, not a pale hint

        self.help_button = self._action("helpButton", self.tr("Instructions (F1)"), "F1", self.toggle_instructions)
        # the same word as on the Team screen: it locks the screen, and anyone may log in next
        self.switch_button = self._action("switchButton", self.tr("Lock (Ctrl+L)"), "Ctrl+L", self.leave)
        self.switch_button.setAccessibleName(self.tr("Lock the screen"))
        self.switch_button.setToolTip(self.tr("Lock the screen for the next person. Your PIN opens it again, "
                                              "with your work as you left it."))
        self.flag_button = self._action("flagButton", self.tr("Flag as broken (Ctrl+Shift+B)"), "Ctrl+Shift+B",
                                        self.ask_flag)
        self.skip_button = self._action("skipButton", self.tr("Skip (Ctrl+Shift+S)"), "Ctrl+Shift+S", self.ask_skip)
        self.submit_button = self._action("submitButton", self.tr("Submit (Ctrl+Enter)"), "Ctrl+Return", self.submit)
        # not Ctrl+Z: in the transcript that undoes typing
        self.undo_button = self._action("undoButton", self.tr("Undo last answer (Ctrl+Shift+Backspace)"),
                                        "Ctrl+Shift+Backspace", self.undo_last)
        self.undo_button.hide()  # shown after an answer of this login
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        self.submit_button.setStyleSheet("font-weight: bold; padding: 6px 18px;")
        self.team_button = named(QPushButton(self.tr("Team (F4)"), self), "toTeamButton",
                                 self.tr("Go to the Team screen"))
        self.team_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.team_button.clicked.connect(self.to_team)
        self.team_button.hide()  # shown for a session that may see the team
        actions = QHBoxLayout()
        for button in (self.help_button, self.switch_button, self.team_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.flag_button, self.skip_button, self.submit_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.keys_label)
        layout.addLayout(actions)

    def _action(self, name: str, text: str, key: str, slot: Any) -> QPushButton:
        button = named(QPushButton(text, self), name, text.split(" (")[0])
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        QShortcut(QKeySequence(key), self, slot)
        return button

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyPage")
        self.empty_label = QLabel(page)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a reason from the hub
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = named(QPushButton(self.tr("Import a batch from a file… (Ctrl+I)"), page),
                                   "importButton", self.tr("Import a batch from a file"))
        self.import_button.clicked.connect(self.choose_bundle)
        QShortcut(QKeySequence("Ctrl+I"), page, self.choose_bundle)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    # -- tasks -------------------------------------------------------------------------------

    def start(self, session: Session) -> None:
        """Begin (or resume) work for the logged-in ``session``: their drafted task, else the next
        one. Not clocked in yet: the task shows, and the keyboard is on Clock in."""
        self.session = session
        self.worker = Worker(session.user_id, session.name)
        self._offered_clock_in = False
        self.undo_button.hide()
        self.project = None  # each login starts with every project
        self._fill_projects()
        self._apply_player_keys()
        self.worker_label.setText(self.tr("Worker: {0}").format(session.name))
        self.team_button.setVisible(session.may(Permission.VIEW_TEAM))
        self.bar.start(session)
        if self.bar.session is None:  # refused at once (the main window is showing the login screen)
            return
        self.show_next()
        status = self.bar.status
        if status is not None and not status.clocked_in:
            self.bar.clock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """The worker leaves the seat (switch, lock, session lost): report the activity counted,
        stop the media and the view's keys. Save the draft first (:meth:`flush_draft`)."""
        if self._dialog is not None:  # a skip or flag half asked is not recorded for the next person
            self._dialog.reject()
        if self.clock_in_offer is not None:  # her question is not left for the next person
            self.clock_in_offer.close()
            self.clock_in_offer.deleteLater()
            self.clock_in_offer = None
        self.bar.stop()
        self.stop_media()
        if self.task is not None:
            self.views[self.task.kind].set_active(False)
        self._drop_feedback()  # her answers and the right ones are not left for the next person
        self.task = None
        self.session = None
        self.worker = None

    def note_activity(self) -> None:
        """A sign of work that is not input (audio playing, a change in the view)."""
        self.bar.note_activity(by_input=False)

    def _give_task_the_keyboard(self) -> None:
        if self.task is not None:
            self.views[self.task.kind].focus_first()
        elif self.feedback is not None:
            self.feedback_view.focus_first()
        elif self.stack.currentWidget() is self.empty_page:
            self.import_button.setFocus()

    def show_next(self) -> None:
        """Show the worker's next task (or the empty page) and refresh the progress line."""
        assert self.worker is not None
        if self.task is not None:
            self.views[self.task.kind].set_active(False)
        self._drop_feedback()
        project, _, kind = self.project.partition("\n") if self.project is not None else (None, "", "")
        task = attempt(self, lambda: self.ws.next_task(self._session(), project=project, kind=kind or None))
        if isinstance(task, Failed):
            self.task = None
            return
        self.task = task
        self.bar.task_key = self.task.key if self.task is not None else None
        self.hide_banner()
        if self.task is None:
            self._show_empty()
        else:
            self._show_task(self.task)
        self._update_progress()
        self.task_shown.emit(self.task)

    def _view(self, kind: str) -> TaskView:
        view = self.views.get(kind)
        if view is None:
            view = view_for_kind(kind, self.stack)
            view.changed.connect(self._draft_timer.start)
            view.changed.connect(self.note_activity)
            view.activity.connect(self.note_activity)
            view.media_failed.connect(self._media_failed)
            self.stack.addWidget(view)
            self.views[kind] = view
            player = getattr(view, "player", None)
            if player is not None:
                player.keys_chosen.connect(self._keep_player_keys)
                self._apply_player_keys()
        return view

    def _show_task(self, task: Task) -> None:
        assert self.worker is not None
        view = self._view(task.kind)
        content = self.ws.draft(self._session(), task.key) or self.ws.empty_result(task)
        view.set_active(True)
        self.stack.setCurrentWidget(view)
        view.load(task, content)
        self.title_label.setText(f"{task.template.title} — {task.project_name}")
        self.instructions.setMarkdown(task.template.instructions or self.tr("This project has no instructions."))
        self.keys_label.setText(keys_kept_in_order(view.shortcut_help()))
        for button in (self.submit_button, self.skip_button, self.flag_button):
            button.setEnabled(True)
        view.focus_first()
        self._shown.start()

    def _apply_player_keys(self) -> None:
        """The audio player takes the keys the worker at the seat chose (a foot pedal), or the defaults."""
        view = self.views.get("transcription")
        player = getattr(view, "player", None)
        if player is None or self.session is None:
            return
        keys = attempt(self, lambda: self.ws.player_keys(self._session()))
        if not isinstance(keys, Failed):
            player.set_keys(keys)

    def _keep_player_keys(self, keys: dict[str, str]) -> None:
        """She chose player keys: keep them for her (they follow her login on this workstation)."""
        if self.session is None:
            return
        try:
            attempt(self, lambda: self.ws.set_player_keys(self._session(), keys))
        except ValueError as exc:
            self.show_banner(str(exc))

    def _fill_projects(self) -> None:
        """The project list: every project, then each one with its kinds and the tasks it has left."""
        kinds = {"transcription": self.tr("transcription"), "tagging": self.tr("tagging"),
                 "data_entry": self.tr("data entry"), "translation": self.tr("translation"),
                 "captioning": self.tr("captioning")}
        projects = self.ws.projects()
        with QSignalBlocker(self.project_box):
            self.project_box.clear()
            self.project_box.addItem(self.tr("All projects"), None)  # the progress line counts what is left
            for p in projects:
                self.project_box.addItem(self.tr("{0}: {1} left").format(p.name, p.new), f"{p.project_id}\n")
                if len(p.kinds) > 1:  # one kind at a time, e.g. audio before the forms
                    for kind, new in p.kinds:
                        self.project_box.addItem(self.tr("    {0}, {1} only: {2} left").format(
                            p.name, kinds.get(kind, kind), new), f"{p.project_id}\n{kind}")
            index = self.project_box.findData(self.project) if self.project is not None else 0
            self.project_box.setCurrentIndex(max(0, index))

    def _open_projects(self) -> None:
        """Ctrl+P: the project list, open, with the keyboard in it."""
        if self.session is None or self._dialog is not None:
            return
        self._fill_projects()
        self.project_box.setFocus()
        self.project_box.showPopup()

    def _project_chosen(self, index: int) -> None:
        chosen = self.project_box.itemData(index)
        if chosen == self.project or self.session is None:
            return
        if not self.flush_draft():  # what she typed stays with its task, as her draft
            self._fill_projects()
            return
        self.project = chosen
        self.show_next()

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty_page)
        self.title_label.setText(self.tr("No task to do"))
        text = self.tr(
            "There are no tasks left in this computer's cache. New work arrives when the workstation "
            "syncs with the hub; a lab admin can also import a batch from a USB stick.")
        if self.project is not None:
            text = self.tr("Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.").format(
                self.project_box.currentText().split(":")[0].strip())
        locale = QLocale()
        for status in self.ws.training(self._session()):
            if status.state == "failed":
                text += "\n\n" + self.tr(
                    "The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, "
                    "and your {3} attempts are used. Ask your supervisor to let you try again.").format(
                    status.project_name, locale.toString(round((status.best or 0) * 100)),
                    locale.toString(round((status.pass_mark or 0) * 100)), status.attempts)
        for project, why in self.ws.pauses(self._session()):
            text += "\n\n" + self.tr("The organisation has paused your work on {0}: {1} Ask your supervisor.").format(
                project, why)
        self.empty_label.setText(text)
        self.keys_label.clear()
        for button in (self.submit_button, self.skip_button, self.flag_button):
            button.setEnabled(False)
        self.import_button.setFocus()

    def new_work_arrived(self) -> None:
        """New batches are in the cache: show a task if the worker was out of work, else recount."""
        if self.worker is None:
            return
        self._fill_projects()
        if self.task is None and self.feedback is None:
            self.show_next()
        else:
            self._update_progress()

    def _update_progress(self) -> None:
        assert self.worker is not None
        progress = attempt(self, lambda: self.ws.progress(self._session()))
        if isinstance(progress, Failed):
            return
        if progress.set_aside_today:
            text = self.tr("Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}").format(
                progress.done_today, progress.set_aside_today, progress.remaining)
        else:
            text = self.tr("Done today: {0}   ·   Left in cache: {1}").format(progress.done_today, progress.remaining)
        self.progress_label.setText(text)

    def _session(self) -> Session:
        assert self.session is not None
        return self.session

    def _active_ms(self) -> int:
        return max(1, int(self._shown.elapsed())) if self._shown.isValid() else 0  # 0 is "not measured"

    # -- drafts ------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Save the current task's result as a draft now; False (and a message) if it failed."""
        self._draft_timer.stop()
        if self.task is None or self.worker is None:
            return True
        content = self.views[self.task.kind].content()
        key = self.task.key
        if attempt(self, lambda: self.ws.save_draft(self._session(), key, content)) is FAILED:
            return False
        self.draft_saved.emit(self.task.key)
        return True

    def stop_media(self) -> None:
        """Stop and release any clip (before the window closes)."""
        for view in self.views.values():
            view.stop()

    def flush_draft(self) -> bool:
        """Save a pending draft at once (before leaving the task or closing the window).

        False when it could not be saved; the banner then says why and the text stays on screen.
        """
        if self._draft_timer.isActive():
            return self.save_draft()
        return True

    # -- actions -----------------------------------------------------------------------------

    def submit(self) -> None:
        """Check the result; show what to fix, or store it durably and show the next task."""
        if self.task is None or self.worker is None or self._dialog is not None:
            return
        view = self.views[self.task.kind]
        self._draft_timer.stop()
        key = self.task.key

        def not_stored(exc: LabClientError) -> None:  # what to fix is marked on the task; the draft goes on
            if isinstance(exc, ResultRejected):
                view.show_issues(exc.issues)
            else:
                self.show_banner(error_text(exc))
            self._draft_timer.start()

        result_id = attempt(self, lambda: self.ws.submit(self._session(), key, view.content(),
                                                         active_ms=self._active_ms()),
                            problem=not_stored)
        if isinstance(result_id, Failed):
            return
        self._after_submit(result_id)  # the next task (or the feedback) first; listeners (status bar) after
        self.submitted.emit(result_id)
        self.undo_button.show()
        self._offer_clock_in()

    def _offer_clock_in(self) -> None:
        """After her first submit while not clocked in (once per login): the work is stored but not
        on the clock; ask whether to clock in now (without blocking: the next task is on screen)."""
        status = self.bar.status
        if self._offered_clock_in or self.session is None or status is None or status.clocked_in \
                or status.on_break:
            return
        self._offered_clock_in = True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clock in?"), self.tr(
            "You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: "
            "{0}, or the Clock in button.)").format(CLOCK_KEY), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("offerClockIn")
        now = named(box.addButton(self.tr("&Clock in now"), QMessageBox.ButtonRole.AcceptRole), "offerClockInYes",
                    self.tr("Clock in now"))
        named(box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole), "offerClockInNo",
              self.tr("Not now"))
        box.setDefaultButton(now)

        def answered(button: object) -> None:
            if button is now and self.session is not None:
                self.bar.toggle_clock()
            box.deleteLater()
            self.clock_in_offer = None
            if self.task is not None:
                self.views[self.task.kind].focus_first()

        box.buttonClicked.connect(answered)
        self.clock_in_offer = box
        box.open()

    def _after_submit(self, result_id: str) -> None:
        """Show the feedback on ``result_id`` if its task was a gold or training one, else the next task."""
        def unread(exc: LabClientError) -> None:  # the result is stored; only its feedback cannot be read now
            self.show_next()
            self.show_banner(self.tr("Your answer is saved, but its feedback cannot be shown: {0}").format(
                error_text(exc)))

        feedback = attempt(self, lambda: self.ws.feedback(self._session(), result_id),
                           problem=unread)
        if isinstance(feedback, Failed):
            return
        if feedback is None:
            self.show_next()
        else:
            self._show_feedback(feedback)

    def _show_feedback(self, feedback: Feedback) -> None:
        assert self.task is not None
        self.views[self.task.kind].set_active(False)
        self.task = None
        self.bar.task_key = None
        self.hide_banner()
        self.feedback = feedback
        self.feedback_view.show_feedback(feedback)
        self.feedback_view.set_active(True)
        self.stack.setCurrentWidget(self.feedback_view)
        self.keys_label.setText(keys_kept_in_order(self.feedback_view.shortcut_help()))
        for button in (self.submit_button, self.skip_button, self.flag_button):
            button.setEnabled(False)
        self.feedback_view.focus_first()
        self._update_progress()
        self.feedback_shown.emit(feedback)

    def continue_after_feedback(self) -> None:
        """Enter or Esc on the feedback: the next task."""
        if self.feedback is not None and self.worker is not None:
            self.show_next()

    def _drop_feedback(self) -> None:
        if self.feedback is not None:
            self.feedback = None
            self.feedback_view.set_active(False)
            self.feedback_view.clear()

    def ask_skip(self) -> None:
        """Ask why, then record the skip."""
        self._ask(self.tr("Skip this task"), self.tr("Why are you skipping it?"), [
            self.tr("Too hard to hear or read"), self.tr("Not in a language I know"), self.tr("I am not sure"),
        ], "skip")

    def ask_flag(self) -> None:
        """Ask what is broken, then record the flag."""
        self._ask(self.tr("Flag this task as broken"), self.tr("What is wrong with it?"), [
            self.tr("The media does not play or show"), self.tr("The instructions do not fit this task"),
            self.tr("The content is offensive or private"),
        ], "flag")

    def _ask(self, title: str, question: str, reasons: list[str], action: str) -> None:
        if self.task is None or self._dialog is not None:
            return
        self.flush_draft()
        dialog = ReasonDialog(title, question, reasons, self)
        dialog.accepted.connect(lambda: self._record(action, dialog.reason()))
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        if self.task is not None:
            self.views[self.task.kind].focus_first()

    def _record(self, action: str, reason: str) -> None:
        assert self.task is not None and self.worker is not None
        method = self.ws.skip if action == "skip" else self.ws.flag
        key = self.task.key
        result_id = attempt(self, lambda: method(self._session(), key, reason, active_ms=self._active_ms()))
        if isinstance(result_id, Failed):
            return
        self.show_next()  # the next task first; listeners (status bar) after
        self.submitted.emit(result_id)
        self.undo_button.show()

    def undo_last(self) -> None:
        """Ctrl+Shift+Backspace: take back her last answer (while it waits to be sent) and show its
        task again with what she gave; the core says when it cannot (:meth:`Workspace.undo_last`)."""
        if self.session is None or self._dialog is not None:
            return
        if not self.flush_draft():  # what she typed on the task on screen is kept as its draft
            return
        def not_undone(exc: LabClientError) -> None:
            self.undo_button.hide()
            self.show_banner(error_text(exc))

        if attempt(self, lambda: self.ws.undo_last(self._session()), problem=not_undone) is FAILED:
            return
        self.undo_button.hide()
        self.show_next()  # her own draft comes first: the task she answered
        self.show_banner(self.tr("Your last answer is taken back: change it and submit again."))
        self.undone.emit()  # the status bar reads again

    def leave(self) -> None:
        """Ctrl+L: save the draft and hand the seat back (the main window locks the session)."""
        if self._dialog is not None:
            return
        if not self.flush_draft():
            self._draft_timer.start()  # keep trying; the worker stays on their task and sees why
            return
        self.switch_worker.emit()

    def toggle_instructions(self) -> None:
        """Show or hide the batch's instructions beside the task."""
        self.instructions.setVisible(not self.instructions.isVisible())

    # -- messages ----------------------------------------------------------------------------

    def _media_failed(self, reason: str) -> None:
        self.show_banner(self.tr("This task's media cannot be shown or played ({0}). Press Ctrl+Shift+B to "
                                 "flag the task as broken, then go on.").format(reason))

    def show_banner(self, text: str) -> None:
        """Show a message above the task until the next task appears."""
        self.banner.setText(text)
        self.banner.show()

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session (locked, ended): the main window takes it from here."""
        self.session_lost.emit(exc)

    def show_problem(self, text: str) -> None:
        """A problem with the last action, above the task (:mod:`labclient.ui.operations`)."""
        self.show_banner(text)

    def hide_banner(self) -> None:
        """Hide the message."""
        self.banner.hide()
        self.banner.clear()

    # -- importing ---------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        """Ask for a bundle file and import it in the background."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a batch"), "", self.tr("Batch bundles (*.zip)"))
        if path:
            self.import_bundle(Path(path))

    def import_bundle(self, path: Path) -> None:
        """Import ``path`` on a worker thread; the screen stays responsive and then refreshes."""
        self.import_button.setEnabled(False)
        self.empty_label.setText(self.tr("Importing {0}…").format(path.name))
        run_job(in_own_workspace(self.ws, lambda own: own.import_bundle(path)), self._imported, self._import_failed,
                owner=self)

    def _imported(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.show_next()  # the import's own workspace told the counts they are stale (labclient.changes)
        if report.already_present:
            self.show_banner(self.tr("Batch {0} is already in the cache; nothing changed.").format(report.batch_id))
        self.import_finished.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.show_next()
        if not isinstance(exc, LabClientError):
            raise exc
        self.show_banner(error_text(exc))
        self.import_finished.emit(exc)
