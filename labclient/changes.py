"""What a write changed, told to whoever shows it.

Every write through a :class:`~labclient.workspace.Workspace` (its own methods and its managers:
``ws.timesheet``, ``ws.shifts``, ...) ends by telling the workspace's listeners what it changed, as
a :class:`Changed` flag (``Changed.TASKS | Changed.OUTBOX`` for a submit). A screen listens, and
decides for itself whether what it shows is concerned; nobody polls to notice a change, and nobody
tells a workspace to forget its cached counts.

The workspaces on one data folder in a process form a :class:`Family`: the one on the GUI thread and
those a background job opens (``Workspace.reopen``). They share the listeners, so a background
import is heard like a submit, and a count of the writes made, by which each knows its cached
counts are stale. A change made by another connection that is not a workspace (a sync run) is told
with ``Workspace.note_changed``.

Listeners are called on the thread that wrote; the UI hands them on through a Qt signal, which
delivers on the GUI thread (``labclient/ui/changes.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Flag


class Changed(Flag):
    """The kinds of data a write can change."""

    NOTHING = 0
    TASKS = 1        # tasks and batches: offered, answered, set aside, taken back, imported, withdrawn
    OUTBOX = 2       # items waiting for the hub
    TIMESHEET = 4    # clock and activity events, corrections, approvals
    SHIFTS = 8       # planned shifts
    PEOPLE = 16      # users, roles, PINs, lockouts, languages, who is logged in
    REVIEWS = 32     # reviews and training standing
    SETTINGS = 64    # the lab's and the hub's settings on this workstation
    #: A sync, or a file of the hub's: anything may have changed.
    ANY = 127


Listener = Callable[[Changed], None]


class Family:
    """What the workspaces on one data folder in this process share: their listeners and the
    number of writes made, by which each one knows its cached counts are stale."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._writes = 0
        self._listeners: list[Listener] = []

    @property
    def writes(self) -> int:
        """How many writes were told so far."""
        return self._writes

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after each write; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def wrote(self, what: Changed) -> int:
        """Count a write and tell every listener (on this thread); the count after it."""
        with self._lock:
            self._writes += 1
            writes = self._writes
            listeners = list(self._listeners)
        for listener in listeners:
            listener(what)
        return writes
