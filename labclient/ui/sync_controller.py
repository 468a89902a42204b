"""Running sync from the app: on demand (F5) and every few minutes, always off the GUI thread."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from labclient.ui.jobs import run_job

if TYPE_CHECKING:
    from labclient.sync.client import SyncReport
    from labclient.workspace import Workspace

# How often the app syncs by itself when the workstation is enrolled.
AUTO_SYNC_MINUTES = 10


class SyncController(QObject):
    """Starts :class:`SyncRun` on a worker thread, one at a time, and reports on the GUI thread.

    Signals: ``started``; ``progressed(SyncProgress)`` while it runs; ``finished(SyncReport)``.
    The run is the workspace's (:meth:`Workspace.sync_run`: its folder and clock); it opens its own store.
    """

    started = Signal()
    progressed = Signal(object)
    finished = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None, *,
                 interval_minutes: float = AUTO_SYNC_MINUTES) -> None:
        super().__init__(parent)
        self.ws = ws
        self.running = False
        self._cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_minutes * 60_000))
        self.timer.timeout.connect(self.sync_now)

    def start_automatic(self, minutes: float | None = None) -> None:
        """Sync every ``minutes`` (default: the interval set before) from now on; 0 stops it."""
        if minutes is not None:
            self.timer.setInterval(int(minutes * 60_000))
        if minutes == 0:
            self.timer.stop()
        else:
            self.timer.start()

    def sync_now(self) -> bool:
        """Start a sync unless one is running; False when one already is."""
        if self.running:
            return False
        self.running = True
        self._cancel.clear()
        run = self.ws.sync_run(progress=self.progressed.emit, cancelled=self._cancel.is_set)
        self.started.emit()
        run_job(run.run, self._done, self._failed, owner=self)
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop after its current step (what was sent is kept)."""
        self._cancel.set()

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        raise exc  # a bug in the sync: SyncRun reports every expected failure in its report



