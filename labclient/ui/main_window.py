"""The main window: the start screen, then the work screen, with a status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QWidget

from labclient.ui.names import named
from labclient.ui.start_screen import StartScreen
from labclient.ui.sync_controller import SyncController
from labclient.ui.work_screen import WorkScreen
from labclient.workspace import Worker, Workspace

if TYPE_CHECKING:
    from labclient.sync.client import SyncProgress, SyncReport
    from labclient.ui.admin_dialog import AdminDialog


class MainWindow(QMainWindow):
    """LabClient's one window. Saves any pending draft when closed."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("LabClient"))
        self.ws = ws
        self._close_unsaved = False
        self.pages = QStackedWidget(self)
        self.start_screen = StartScreen(ws, self.pages)
        self.work_screen = WorkScreen(ws, self.pages)
        self.pages.addWidget(self.start_screen)
        self.pages.addWidget(self.work_screen)
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

        self.start_screen.chosen.connect(self.begin)
        self.work_screen.switch_worker.connect(self.show_start)
        self.work_screen.draft_saved.connect(lambda _key: self._note_saved(self.tr("Draft saved")))
        self.work_screen.submitted.connect(lambda _rid: self._note_saved(self.tr("Result saved")))
        self.work_screen.submitted.connect(lambda _rid: self.refresh_sync_status())
        self.sync = SyncController(ws.data_dir, self)
        self.sync.started.connect(lambda: self.connection.setText(self.tr("● Syncing…")))
        self.sync.started.connect(lambda: self.sync_button.setEnabled(False))
        self.sync.finished.connect(lambda _report: self.sync_button.setEnabled(True))
        self.sync.progressed.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync_now)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.open_admin)
        self.admin: AdminDialog | None = None
        if ws.sync_status().hub_url is not None:
            self.sync.start_automatic(ws.auto_sync_minutes())
        self.refresh_sync_status()

    def refresh_sync_status(self) -> None:
        """Say in the status bar whether this workstation syncs, what waits to go, and since when."""
        status = self.ws.sync_status()
        if status.hub_url is None:
            text = self.tr("● Working offline (no hub set up) · {0} result(s) kept on this computer").format(
                status.waiting)
        else:
            host = QUrl(status.hub_url).host()
            last = self.tr("never") if status.last_success is None else QDateTime.fromString(
                status.last_success, Qt.DateFormat.ISODateWithMs).toLocalTime().toString("dd MMM HH:mm")
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

    def open_admin(self) -> AdminDialog:
        """Ctrl+Shift+A: the sync and hub screen (non-modal: work can go on beside it)."""
        if self.admin is None:
            from labclient.ui.admin_dialog import AdminDialog  # the sync client loads on first use

            self.admin = AdminDialog(self.ws, self.sync, self)
            self.admin.finished.connect(lambda _code: self.refresh_sync_status())
        self.admin.refresh()
        self.admin.show()
        self.admin.raise_()
        return self.admin

    def _sync_progress(self, progress: SyncProgress) -> None:
        self.connection.setText(self.tr("● Syncing… {0}").format(progress.message))

    def _sync_finished(self, report: SyncReport) -> None:
        self.ws.forget_counts()
        self.refresh_sync_status()
        if report.outcome != "ok":
            self.connection.setText(self.connection.text() + " · " + report.message)
        if report.batches_received:
            self.work_screen.new_work_arrived()

    def begin(self, worker: Worker) -> None:
        """Open the work screen for ``worker``."""
        self.pages.setCurrentWidget(self.work_screen)
        self.work_screen.start(worker)

    def show_start(self) -> None:
        """Back to the start screen (the draft is already saved)."""
        self.saved.clear()
        self.start_screen.refresh()
        self.pages.setCurrentWidget(self.start_screen)

    def _note_saved(self, what: str) -> None:
        self.saved.setText(self.tr("{0} at {1}").format(what, QTime.currentTime().toString("HH:mm:ss")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save any pending draft first. If that fails (disk full), stay open once and say so;
        closing again quits without the unsaved text."""
        if not self.work_screen.flush_draft() and not self._close_unsaved:
            self._close_unsaved = True
            self.work_screen.show_banner(self.work_screen.banner.text() + " " + self.tr(
                "Your latest typing is not saved. Close the window again to quit without it."))
            event.ignore()
            return
        self.work_screen.stop_media()
        super().closeEvent(event)
