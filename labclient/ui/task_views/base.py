"""What every task view offers the work screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from labclient.tasks import Issue
from labclient.ui.messages import issue_text
from labclient.workspace import Task


class TaskView(QWidget):
    """Shows one kind of task and edits its result.

    Signals: ``changed`` whenever the worker changes the result (the work screen saves a draft
    shortly after), ``activity`` on any other sign of work (playback), ``media_failed(reason)``
    when the task's media cannot be shown or played.
    """

    changed = Signal()
    activity = Signal()
    media_failed = Signal(str)

    def load(self, task: Task, content: dict[str, Any]) -> None:
        """Show ``task`` with ``content`` (a draft, or the kind's empty result) filled in."""
        raise NotImplementedError

    def content(self) -> dict[str, Any]:
        """The result as the worker has it now, in the kind's result shape."""
        raise NotImplementedError

    def show_issues(self, issues: list[Issue]) -> None:
        """Mark what the worker must fix, and put the focus on the first such place."""
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the keyboard focus where the worker starts typing or choosing."""
        raise NotImplementedError

    def shortcut_help(self) -> str:
        """One line naming this view's keys, shown under the task."""
        return ""

    def stop(self) -> None:
        """Stop anything running (audio) before the view is hidden or the task changes."""

    def set_active(self, active: bool) -> None:
        """Enable this view's keyboard shortcuts only while it is the view on screen."""
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(active)
        if not active:
            self.stop()


def set_error(label: QLabel, issues: list[Issue]) -> None:
    """Show issues in an error label (hidden when there are none)."""
    label.setText("\n".join(issue_text(i) for i in issues))
    label.setVisible(bool(issues))


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """A red, word-wrapped label for validation messages, read out by screen readers."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.setAccessibleName(label.tr("Problem"))
    label.hide()
    return label
