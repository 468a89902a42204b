"""Tagging: the image beside the template's labels; digit keys 1…9 pick labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from labclient.tasks import Issue
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.image_view import ImageView
from labclient.workspace import Task


class TaggingView(TaskView):
    """Choose one (single mode) or several (multi mode) labels for the image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taggingView")
        self.image = ImageView("taggingImage", self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.box = QGroupBox(self.tr("Labels"), self)
        self.box_layout = QVBoxLayout(self.box)
        self.issues = error_label(self, "taggingIssues")
        self.group = QButtonGroup(self)
        self.buttons: list[QAbstractButton] = []
        self._ids: list[str] = []
        side = QVBoxLayout()
        side.addWidget(self.prompt)
        side.addWidget(self.box)
        side.addWidget(self.issues)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 3)
        layout.addLayout(side, 1)
        self.image.failed.connect(self.media_failed)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._digit_shortcuts = [
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self.press_label(n - 1)) for n in range(1, 10)
        ]

    def load(self, task: Task, content: dict[str, Any]) -> None:
        params = task.template.params
        single = params["mode"] == "single"
        for old in self.buttons:
            self.group.removeButton(old)
            self.box_layout.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        self._ids = [label["id"] for label in params["labels"]]
        self.group.setExclusive(single)
        chosen = set(content.get("labels", []))
        self.group.blockSignals(True)
        for i, label in enumerate(params["labels"]):
            text = f"{i + 1}   {label['text']}"
            button: QAbstractButton = QRadioButton(text, self.box) if single else QCheckBox(text, self.box)
            named(button, f"label_{label['id']}", label["text"], self.tr("Key {0}").format(i + 1))
            button.setChecked(label["id"] in chosen)
            self.group.addButton(button, i)
            self.box_layout.addWidget(button)
            button.show()
            self.buttons.append(button)
        self.group.blockSignals(False)
        self.box.setTitle(self.tr("Choose one label") if single else self.tr("Choose all labels that apply"))
        prompt = task.body.get("prompt", "")
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        set_error(self.issues, [])
        if task.media is not None:
            self.image.load(task.media.path)

    def press_label(self, index: int) -> None:
        """The digit key for label ``index`` (0-based): select it (single) or toggle it (multi)."""
        if 0 <= index < len(self.buttons):
            button = self.buttons[index]
            button.setChecked(True if self.group.exclusive() else not button.isChecked())
            self.activity.emit()

    def content(self) -> dict[str, Any]:
        return {"labels": [self._ids[i] for i, b in enumerate(self.buttons) if b.isChecked()]}

    def show_issues(self, issues: list[Issue]) -> None:
        set_error(self.issues, issues)
        self.focus_first()

    def focus_first(self) -> None:
        self.image.setFocus(Qt.FocusReason.OtherFocusReason)

    def shortcut_help(self) -> str:
        return self.tr("1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan")
