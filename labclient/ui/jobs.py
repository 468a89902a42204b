"""Running slow core work (imports, later sync) off the GUI thread.

``run_job(fn, on_done, on_failed, owner=widget)`` runs ``fn()`` on Qt's thread pool; the callbacks
run on the GUI thread with the return value or the exception, unless ``owner`` (the widget the
callbacks update) was deleted meanwhile: a screen closed while its job ran drops the answer.
``fn`` must open its own Workspace: a store belongs to the thread that opened it;
``in_own_workspace(ws, work)`` makes such an ``fn``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from labclient.workspace import Workspace

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_job(fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None], *,
            owner: QObject | None = None) -> None:
    """Run ``fn`` on a worker thread; call ``on_done(result)`` or ``on_failed(exc)`` on the GUI
    thread, if ``owner`` (when given) still exists then."""
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        if owner is None or isValid(owner):
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Job(fn, relay))


def in_own_workspace(ws: Workspace, work: Callable[[Workspace], T]) -> Callable[[], T]:
    """A job for :func:`run_job`: ``work`` on a workspace of its own on ``ws``'s folder and clock
    (:meth:`Workspace.reopen`: a store belongs to the thread that opened it), closed after."""
    def job() -> T:
        with ws.reopen() as own:
            return work(own)
    return job


def jobs_running() -> int:
    """How many jobs have not answered yet (tests wait for 0)."""
    return len(_running)
