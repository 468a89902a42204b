"""What a person sees when the program meets an error it did not expect: a dialog that says
nothing they did is lost, where the details were written, and lets them copy the details for
whoever supports the lab. The error itself is logged by :mod:`labclient.logs`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labclient import logs
from labclient.ui.names import named


class ErrorDialog(QDialog):
    """The details of an unexpected error, read-only, with a button that copies them."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LabClient met an unexpected error"))
        named(self, "errorDialog", self.tr("Unexpected error"))
        where = (self.tr("The details are also kept in {file}.").format(file=str(log_file)) if log_file is not None
                 else self.tr("No log could be written on this computer."))
        self.message = QLabel(self.tr(
            "Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, "
            "copy the details below and send them to whoever supports your lab.") + " " + where)
        self.message.setWordWrap(True)
        named(self.message, "errorMessage", self.tr("What happened"))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        named(self.details, "errorDetails", self.tr("Error details"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        named(self.copy_button, "copyErrorDetails", self.tr("Copy the error details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeErrorDialog", self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Shows :class:`ErrorDialog` on the GUI thread for an error met on any thread (the hooks of
    :func:`labclient.logs.install_excepthooks` call :meth:`report`). One dialog at a time: errors
    that come while it is open are only logged."""

    reported = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, details: str) -> None:
        """Ask for the dialog (thread-safe: it opens on the GUI thread's next turn)."""
        self.reported.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = ErrorDialog(details, self.log_file, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()


def install_error_reporting(app: QApplication, data_dir: Path) -> ErrorReporter:
    """Start the data folder's log and crash record, and show uncaught errors in a dialog."""
    log_file = logs.start_logging(data_dir)
    reporter = ErrorReporter(log_file, app)
    logs.install_excepthooks(reporter.report)
    return reporter
