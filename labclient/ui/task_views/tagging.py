"""Tagging: the image beside the template's labels; digit keys 1…9 pick labels. In box mode the
worker draws labelled boxes on the image (:class:`BoxEditor`), by mouse or keyboard alone."""

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
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from labclient.tasks import Issue
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.box_editor import Box, BoxEditor
from labclient.workspace import Task


class TaggingView(TaskView):
    """Choose one (single mode) or several (multi mode) labels for the image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taggingView")
        self.image = BoxEditor("taggingImage", self)
        self.box_list = named(QListWidget(self), "boxList", self.tr("Boxes drawn"))
        self.box_list.hide()
        self._boxes_mode = False
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
        side.addWidget(self.box_list, 1)
        side.addWidget(self.issues)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 3)
        layout.addLayout(side, 1)
        self.image.failed.connect(self.media_failed)
        self.group.buttonToggled.connect(self._button_toggled)
        self.image.changed.connect(self._boxes_changed)
        self.image.selection_changed.connect(self._box_selected)
        self.box_list.currentRowChanged.connect(self._row_chosen)
        self._digit_shortcuts = [
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self.press_label(n - 1)) for n in range(1, 10)
        ]

    def load(self, task: Task, content: dict[str, Any]) -> None:
        params = task.template.params
        self._boxes_mode = params["mode"] == "boxes"
        single = params["mode"] in ("single", "boxes")
        for old in self.buttons:
            self.group.removeButton(old)
            self.box_layout.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        self._ids = [label["id"] for label in params["labels"]]
        self.group.setExclusive(single)
        chosen = set(content.get("labels", [])) if not self._boxes_mode else {params["labels"][0]["id"]}
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
        if self._boxes_mode:
            self.box.setTitle(self.tr("Label of the box"))
        else:
            self.box.setTitle(self.tr("Choose one label") if single else self.tr("Choose all labels that apply"))
        prompt = task.body.get("prompt", "")
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        set_error(self.issues, [])
        self.image.set_drawing(self._boxes_mode)
        self.box_list.setVisible(self._boxes_mode)
        if task.media is not None and self.image.load(task.media.path) and self._boxes_mode:
            size = self.image.image_size()
            wanted = tuple(task.body["size"])
            if size != wanted:
                self.media_failed.emit(self.tr("the image is {0}×{1} pixels, but the task says {2}×{3}")
                                       .format(size[0], size[1], wanted[0], wanted[1]))
        if self._boxes_mode:
            self.image.set_boxes([(label["id"], label["text"]) for label in params["labels"]],
                                 [Box(**b) for b in content.get("boxes", [])])
            self._fill_box_list()

    def press_label(self, index: int) -> None:
        """The digit key for label ``index`` (0-based): select it (single) or toggle it (multi);
        in box mode, the label of the selected box (or of the next one drawn)."""
        if self._boxes_mode:
            self.image.set_label(index)
            if 0 <= index < len(self.buttons):
                self.buttons[index].setChecked(True)
            self.activity.emit()
        elif 0 <= index < len(self.buttons):
            button = self.buttons[index]
            button.setChecked(True if self.group.exclusive() else not button.isChecked())
            self.activity.emit()

    def content(self) -> dict[str, Any]:
        if self._boxes_mode:
            return {"boxes": [box.as_json() for box in self.image.boxes]}
        return {"labels": [self._ids[i] for i, b in enumerate(self.buttons) if b.isChecked()]}

    def show_issues(self, issues: list[Issue]) -> None:
        set_error(self.issues, issues)
        self.focus_first()
        first = next((i.field for i in issues if i.field and i.field.startswith("box.")), None)
        if first is not None and first[4:].isdigit():
            self.image.select(int(first[4:]))

    def _button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if self._boxes_mode:
            if checked and self.group.id(button) != self.image.current_label:
                self.image.set_label(self.group.id(button))
            return
        self.changed.emit()

    def _boxes_changed(self) -> None:
        self._fill_box_list()
        self.changed.emit()

    def _fill_box_list(self) -> None:
        texts = self.image.label_texts
        self.box_list.blockSignals(True)
        self.box_list.clear()
        for i, b in enumerate(self.image.boxes):
            self.box_list.addItem(self.tr("{0}. {1}: {2}×{3} at {4}, {5}").format(
                i + 1, texts.get(b.label, b.label), b.w, b.h, b.x, b.y))
        self.box_list.setCurrentRow(self.image.selected)
        self.box_list.blockSignals(False)

    def _box_selected(self, index: int) -> None:
        self.box_list.blockSignals(True)
        self.box_list.setCurrentRow(index)
        self.box_list.blockSignals(False)
        if index >= 0 and 0 <= self.image.current_label < len(self.buttons):  # the box's label, checked
            self.group.blockSignals(True)
            self.buttons[self.image.current_label].setChecked(True)
            self.group.blockSignals(False)

    def _row_chosen(self, row: int) -> None:
        if row != self.image.selected:
            self.image.select(row)

    def focus_first(self) -> None:
        self.image.setFocus(Qt.FocusReason.OtherFocusReason)

    def shortcut_help(self) -> str:
        if self._boxes_mode:
            return self.tr("B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · "
                           "1…9 label · Delete remove · Ctrl+Plus/Minus zoom")
        return self.tr("1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan")
