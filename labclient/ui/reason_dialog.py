"""Asking why a task is skipped or flagged: pick a common reason or type one, Enter to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from labclient.ui.names import named


class ReasonDialog(QDialog):
    """A small dialog with an editable list of reasons. Read :meth:`reason` after ``accepted``."""

    def __init__(self, title: str, question: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.combo = named(QComboBox(self), "reasonChoice", question)
        self.combo.setEditable(True)
        # Inline completion would take the first Enter for itself; one Enter must confirm.
        self.combo.setCompleter(None)  # type: ignore[arg-type]  # Qt takes nullptr: no completer
        self.combo.addItems(reasons)
        self.combo.setMinimumWidth(360)
        label = QLabel(question, self)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("reasonButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(ok, "reasonOk", self.tr("Confirm"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "reasonCancel", self.tr("Cancel"))
        buttons.accepted.connect(self._accept_if_given)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def reason(self) -> str:
        """The reason chosen or typed, tidied."""
        return " ".join(self.combo.currentText().split())

    def _accept_if_given(self) -> None:
        if self.reason():
            self.accept()
