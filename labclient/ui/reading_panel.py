"""The base of a Team screen panel that reads its data on a worker thread (Training, Review).

A subclass sets ``ws``, ``session`` and a ``message`` label in its constructor, implements
:meth:`ReadingPanel.read` (run on a worker thread with a workspace of its own, which it is given:
it may only call the core) and :meth:`ReadingPanel.fill` (on the GUI thread), and calls
:meth:`ReadingPanel.refresh`. Only the answer of the latest refresh is shown. A refused session
is handed on as ``session_lost``; any other core error is said in ``message``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from labclient.errors import NotAllowed
from labclient.people.roles import Session
from labclient.ui.jobs import in_own_workspace
from labclient.ui.operations import attempt_in_background
from labclient.workspace import Workspace


class ReadingPanel(QWidget):
    """Signals: ``refreshed`` (what was read is shown), ``session_lost(NotAllowed)``."""

    refreshed = Signal()
    session_lost = Signal(object)
    ws: Workspace
    session: Session
    message: QLabel
    _generation = 0

    def read(self, ws: Workspace) -> Any:
        """What the panel shows, read through ``ws`` (on a worker thread: not ``self.ws``)."""
        raise NotImplementedError

    def fill(self, data: Any) -> None:
        """Show what :meth:`read` returned (on the GUI thread)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read on a worker thread; ``refreshed`` once it is shown."""
        self._generation += 1
        generation = self._generation

        def done(data: Any) -> None:
            if generation == self._generation:
                self.fill(data)
                self.refreshed.emit()

        attempt_in_background(self, self, in_own_workspace(self.ws, self.read), done)

    def stop(self) -> None:
        """The screen is left (or torn down): an answer still being read is dropped when it comes,
        so nothing is shown, or read from the store, for a session that left."""
        self._generation += 1

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: handed on (``session_lost``)."""
        self.session_lost.emit(exc)

    def show_problem(self, text: str) -> None:
        """A problem reading or acting, in the panel's message line (:mod:`labclient.ui.operations`)."""
        self.message.setText(text)
