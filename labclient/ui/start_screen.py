"""The start screen: who is working at this seat (until login arrives with the people work)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labclient.ui.names import named
from labclient.workspace import Worker, Workspace


class StartScreen(QWidget):
    """Pick your name (arrows + Enter) or add it; emits ``chosen(worker)``."""

    chosen = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.ws = ws
        title = QLabel(self.tr("Who is working at this computer?"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.list = named(QListWidget(self), "workerList", self.tr("Workers"))
        list_label = QLabel(self.tr("&Choose your name, then press Enter:"), self)
        list_label.setBuddy(self.list)
        self.start_button = named(QPushButton(self.tr("Start working (Enter)"), self), "startButton",
                                  self.tr("Start working"))
        self.start_button.setDefault(True)
        self.new_name = named(QLineEdit(self), "newWorkerName", self.tr("New worker's name"))
        self.new_name.setPlaceholderText(self.tr("Your full name"))
        new_label = QLabel(self.tr("Not in the list? &Add your name:"), self)
        new_label.setBuddy(self.new_name)
        self.add_button = named(QPushButton(self.tr("Add"), self), "addWorkerButton", self.tr("Add worker"))
        self.message = QLabel(self)
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(list_label)
        column.addWidget(self.list, 1)
        column.addWidget(self.start_button)
        column.addSpacing(12)
        column.addWidget(new_label)
        column.addLayout(add_row)
        column.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

        self.list.itemActivated.connect(lambda _item: self._start())
        self.start_button.clicked.connect(self._start)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of workers and focus it."""
        self.list.clear()
        for worker in self.ws.workers():
            item = QListWidgetItem(worker.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, worker)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.new_name.setFocus()

    def _start(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose your name first, or add it below."))
            return
        worker: Worker = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(worker)

    def _add(self) -> None:
        try:
            worker = self.ws.add_worker(self.new_name.text())
        except ValueError:
            self.message.setText(self.tr("Type a name of 1 to 80 characters."))
            return
        self.new_name.clear()
        self.message.clear()
        self.chosen.emit(worker)
