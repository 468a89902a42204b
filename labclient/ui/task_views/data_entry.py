"""Data entry: the source (scanned image or listing text) beside a form built from the template."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labclient.tasks import Issue
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.image_view import ImageView
from labclient.workspace import Task

# What an on-screen keyboard or input method is told to offer for a typed field.
_INPUT_HINTS = {
    "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "url": Qt.InputMethodHint.ImhUrlCharactersOnly,
    "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
}


class DataEntryView(TaskView):
    """Key or verify each field, pick an outcome with Alt+1…9, submit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataEntryView")
        self.image = ImageView("dataEntryImage", self)
        self.listing = named(QTextBrowser(self), "dataEntryListing", self.tr("Listing text"))
        font = QFont(self.listing.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.listing.setFont(font)
        self.source = QStackedWidget(self)
        self.source.addWidget(self.image)
        self.source.addWidget(self.listing)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)
        self.outcome_box = QGroupBox(self.tr("Outcome"), self)
        self.outcome_layout = QHBoxLayout(self.outcome_box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_error = error_label(self, "outcomeIssue")
        self.issues = error_label(self, "dataEntryIssues")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.outcome_box)
        right_layout.addWidget(self.outcome_error)
        right_layout.addWidget(self.issues)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.source)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.outcome_buttons: list[QRadioButton] = []
        self._outcome_ids: list[str] = []
        self._template: object = None
        self.image.failed.connect(self.media_failed)
        self.outcome_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._outcome_shortcuts = [
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.choose_outcome(n - 1)) for n in range(1, 10)
        ]

    def load(self, task: Task, content: dict[str, Any]) -> None:
        if task.template is not self._template:  # a new batch: build its form once
            self._build_form(task.template.params)
            self._template = task.template
        self._fill(content)
        set_error(self.outcome_error, [])
        set_error(self.issues, [])
        if task.media is not None:
            self.source.setCurrentWidget(self.image)
            self.image.load(task.media.path)
        else:
            self.source.setCurrentWidget(self.listing)
            self.listing.setPlainText(str(task.body.get("text", "")))

    def _build_form(self, params: dict[str, Any]) -> None:
        self._clear_form()
        for field in params["fields"]:
            column = QWidget(self.form_box)
            widget = self._make_input(field, column)
            label = QLabel(field["label"] + (" *" if field["required"] else ""), self.form_box)
            label.setBuddy(widget)
            error = error_label(column, f"fieldError_{field['id']}")
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(2)
            column_layout.addWidget(widget)
            column_layout.addWidget(error)
            self.form.addRow(label, column)
            label.show()  # at once, not on the next event loop turn, so Tab works right away
            column.show()
            self.inputs[field["id"]] = widget
            self.field_errors[field["id"]] = error
        for i, outcome in enumerate(params["outcomes"]):
            text = f"Alt+{i + 1}  {outcome['text']}"
            button = named(QRadioButton(text, self.outcome_box), f"outcome_{outcome['id']}", outcome["text"],
                           self.tr("Alt+{0}").format(i + 1))
            self.outcome_group.addButton(button, i)
            self.outcome_layout.addWidget(button)
            button.show()
            self.outcome_buttons.append(button)
            self._outcome_ids.append(outcome["id"])
        chain: list[QWidget] = [*self.inputs.values(), *self.outcome_buttons[:1]]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _fill(self, content: dict[str, Any]) -> None:
        """Put a draft's (or the prefill's) values and outcome into the form, without signalling a change."""
        values = content.get("fields", {})
        for fid, widget in self.inputs.items():
            value = str(values.get(fid, ""))
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findText(value)))
            else:
                widget.setText(value)
            widget.blockSignals(False)
            set_error(self.field_errors[fid], [])
        self.outcome_group.blockSignals(True)
        self.outcome_group.setExclusive(False)  # so that no outcome can be chosen again
        for oid, button in zip(self._outcome_ids, self.outcome_buttons, strict=True):
            button.setChecked(content.get("outcome") == oid)
        self.outcome_group.setExclusive(True)
        self.outcome_group.blockSignals(False)

    def _make_input(self, field: dict[str, Any], parent: QWidget) -> QLineEdit | QComboBox:
        fid = field["id"]
        widget: QLineEdit | QComboBox
        if field["type"] == "choice":
            widget = named(QComboBox(parent), f"field_{fid}", field["label"], field["help"])
            widget.addItem("")
            widget.addItems(field["choices"])
            widget.currentIndexChanged.connect(lambda *_: self.changed.emit())
        else:
            widget = named(QLineEdit(parent), f"field_{fid}", field["label"], field["help"])
            hints = {"date": self.tr("YYYY-MM-DD"), "number": self.tr("a number"),
                     "phone": self.tr("a phone number"), "url": self.tr("a web address: https://…"),
                     "email": self.tr("an email address")}
            widget.setPlaceholderText(field["help"] or hints.get(field["type"], ""))
            if field["type"] in _INPUT_HINTS:  # an on-screen keyboard offers the right keys
                widget.setInputMethodHints(_INPUT_HINTS[field["type"]])
            widget.textEdited.connect(lambda *_: self.changed.emit())
        widget.setToolTip(field["help"])
        return widget

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for button in self.outcome_buttons:
            self.outcome_group.removeButton(button)
            self.outcome_layout.removeWidget(button)
            button.deleteLater()
        self.inputs.clear()
        self.field_errors.clear()
        self.outcome_buttons = []
        self._outcome_ids = []

    def choose_outcome(self, index: int) -> None:
        """Alt+digit: choose outcome ``index`` (0-based)."""
        if 0 <= index < len(self.outcome_buttons):
            self.outcome_buttons[index].setChecked(True)
            self.activity.emit()

    def content(self) -> dict[str, Any]:
        fields = {fid: (w.currentText() if isinstance(w, QComboBox) else w.text().strip())
                  for fid, w in self.inputs.items()}
        checked = self.outcome_group.checkedId()
        outcome = self._outcome_ids[checked] if checked >= 0 else None
        return {"outcome": outcome, "fields": fields}

    def show_issues(self, issues: list[Issue]) -> None:
        by_field: dict[str | None, list[Issue]] = {}
        for issue in issues:
            by_field.setdefault(issue.field, []).append(issue)
        for fid, label in self.field_errors.items():
            set_error(label, by_field.pop(fid, []))
        set_error(self.outcome_error, by_field.pop("outcome", []))
        set_error(self.issues, [i for rest in by_field.values() for i in rest])
        first = next((i.field for i in issues if i.field in self.inputs), None)
        if first is not None:
            self.inputs[first].setFocus()
        elif self.outcome_buttons:
            self.outcome_buttons[0].setFocus()

    def focus_first(self) -> None:
        if self.inputs:
            next(iter(self.inputs.values())).setFocus()

    def shortcut_help(self) -> str:
        return self.tr("Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom")
