"""The workspace's changes (:mod:`labclient.changes`) as a Qt signal, for a screen to follow.

``watch(ws, screen, slot)`` calls ``slot(changed)`` after every write through ``ws`` or a
workspace of its family (a background job's), on the GUI thread, for as long as ``screen``
exists. A write on the GUI thread is told at once, before the write's caller goes on (the status
bar counts a submit before anyone reads it); a write on a worker thread is told through the GUI
thread's event loop. The screen decides what to read again; nothing polls to notice a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from labclient.changes import Changed
from labclient.workspace import Workspace


class _Relay(QObject):
    changed = Signal(object)


def watch(ws: Workspace, screen: QObject, slot: Callable[[Changed], None]) -> None:
    """Call ``slot(changed)`` on the GUI thread after each write of ``ws``'s family, until
    ``screen`` is destroyed. Call it on the GUI thread (the screen's constructor)."""
    relay = _Relay(screen)  # lives on the GUI thread: an emit from another thread is queued to it
    relay.changed.connect(slot)

    def tell(what: Changed) -> None:
        if isValid(relay):
            relay.changed.emit(what)

    stop = ws.on_change(tell)
    relay.destroyed.connect(lambda *_: stop())
