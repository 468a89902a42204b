"""One way for a screen to run a core operation and show what went wrong.

A screen calls the core through :func:`attempt` (on the GUI thread, for quick work) or
:func:`attempt_in_background` (on a worker thread, for slow work: copying files, a sync). Both
handle the core's two kinds of "no" the same way everywhere:

- **A refusal** (:class:`~labclient.errors.NotAllowed`: the session was locked, ended or lost its
  right) goes to the screen's ``session_refused``, which hands it to the main window (the lock or
  login screen comes up) or says why the action is not allowed.
- **A problem the person can act on** (any other :class:`~labclient.errors.LabClientError`: a
  full disk, a state that changed under the screen, a damaged file) is shown by the screen's
  ``show_problem`` in the words of :func:`labclient.ui.messages.error_text`, unless the caller
  gives a ``problem`` handler of its own.

Anything else is a bug, and is raised as it is (the app's error dialog shows it, and the log keeps
it). :func:`attempt` returns the operation's value, or :data:`FAILED` when it was refused or hit a
problem (already shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Protocol, TypeVar

from PySide6.QtCore import QObject

from labclient.errors import LabClientError, NotAllowed
from labclient.ui.jobs import run_job
from labclient.ui.messages import error_text

T = TypeVar("T")


class OperationScreen(Protocol):
    """What a screen offers :func:`attempt`: where a refusal and a problem go."""

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the session: hand it on, or say why."""
        ...

    def show_problem(self, text: str) -> None:
        """Show a sentence about a problem where the person is looking."""
        ...


class Failed:
    """The value of an operation that was refused or hit a problem (both already shown)."""

    def __repr__(self) -> str:
        return "FAILED"

    def __bool__(self) -> bool:
        return False


FAILED: Final = Failed()


def attempt(screen: OperationScreen, work: Callable[[], T], *,
            problem: Callable[[LabClientError], None] | None = None) -> T | Failed:
    """Run ``work()`` now; its value, or :data:`FAILED` after the refusal or problem was shown
    (by ``problem`` when given, else by the screen)."""
    try:
        return work()
    except NotAllowed as exc:
        screen.session_refused(exc)
    except LabClientError as exc:
        if problem is not None:
            problem(exc)
        else:
            screen.show_problem(error_text(exc))
    return FAILED


def attempt_in_background(screen: OperationScreen, owner: QObject, work: Callable[[], T],
                          done: Callable[[T], None], *,
                          problem: Callable[[LabClientError], None] | None = None) -> None:
    """Run ``work()`` on a worker thread (it must open its own workspace: :func:`labclient.ui.jobs.in_own_workspace`);
    then, on the GUI thread and while ``owner`` exists, ``done(value)``, or the refusal or problem
    shown as by :func:`attempt`."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, NotAllowed):
            screen.session_refused(exc)
        elif isinstance(exc, LabClientError):
            if problem is not None:
                problem(exc)
            else:
                screen.show_problem(error_text(exc))
        else:
            raise exc

    run_job(work, done, failed, owner=owner)
