"""The partner admin's sync screen: enrolment, Sync now with progress and cancel, history,
and the items the hub refused. Opened with Ctrl+Shift+A.

Only a session that may change the hub settings (``Permission.CHANGE_HUB_SETTINGS``, the partner
admin) opens it, and each change (enrolment, the sync interval, the media budget) checks that
session again in the core first."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import LabClientError, NotAllowed
from labclient.languages import LANGUAGES
from labclient.people.roles import Permission, Session
from labclient.sync.budget import DataUse
from labclient.sync.client import SyncProgress, SyncReport, enroll, refused_in
from labclient.sync.lab_file import LabImport
from labclient.sync.state import PushTally
from labclient.ui.jobs import in_own_workspace, run_job
from labclient.ui.messages import error_text, said_text, sentences_text, sync_report_text
from labclient.ui.names import named
from labclient.ui.operations import attempt_in_background
from labclient.ui.sync_controller import SyncController
from labclient.workspace import Workspace


class AdminDialog(QDialog):
    """Everything an admin on a bad line needs to see about sync, and the buttons to act."""

    def __init__(self, ws: Workspace, sync: SyncController, session: Session, parent: QWidget | None = None) -> None:
        """Raises NotAllowed (before showing anything) unless ``session`` may change the hub settings."""
        ws.sessions.authorize(session, Permission.CHANGE_HUB_SETTINGS)
        super().__init__(parent)
        self.setObjectName("adminDialog")
        self.setWindowTitle(self.tr("Sync and hub"))
        self.ws = ws
        self.sync = sync
        self.session: Session | None = session
        self.resize(900, 600)

        enrol_box = self._hub_box()
        sync_box = self._sync_box()
        buttons = self._details()

        layout = QVBoxLayout(self)
        layout.addWidget(enrol_box)
        layout.addWidget(sync_box)
        layout.addWidget(self.refused_batches)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        # F5 here too: the main window's F5 does not reach a window of its own
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync_now)
        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.sync.cancel)
        self.sync.started.connect(self._started)
        self.sync.progressed.connect(self._progressed)
        self.sync.finished.connect(self._finished)
        self.refresh()
        self.interval.valueChanged.connect(self._interval_changed)
        self.budget.valueChanged.connect(self._budget_changed)
        self.data_day.valueChanged.connect(self._data_budget_changed)
        self.data_month.valueChanged.connect(self._data_budget_changed)
        self.lab_language.currentIndexChanged.connect(self._lab_language_changed)
        self.relay.editingFinished.connect(self._relay_changed)

    def _hub_box(self) -> QGroupBox:
        """The hub this workstation is enrolled with, and the enrolment form."""
        self.hub_label = QLabel(self)
        self.hub_label.setObjectName("adminHub")
        self.hub_url = named(QLineEdit(self), "enrolHub", self.tr("Hub address"))
        self.hub_url.setPlaceholderText("https://hub.example.org")
        self.code = named(QLineEdit(self), "enrolCode", self.tr("Enrolment code"))
        self.code.setPlaceholderText("K7QF-2MXD-9TZA")
        self.enrol_button = named(QPushButton(self.tr("Enrol this workstation"), self), "enrolButton",
                                  self.tr("Enrol this workstation"))
        self.enrol_message = QLabel(self)
        self.enrol_message.setObjectName("enrolMessage")
        self.enrol_message.setWordWrap(True)
        enrol_box = QGroupBox(self.tr("Hub"), self)
        form = QFormLayout(enrol_box)
        form.addRow(self.tr("Connected to:"), self.hub_label)
        form.addRow(self.tr("Hub &address:"), self.hub_url)
        form.addRow(self.tr("Enrolment &code:"), self.code)
        form.addRow("", self.enrol_button)
        form.addRow("", self.enrol_message)
        self.enrol_form = form
        return enrol_box

    def _sync_box(self) -> QGroupBox:
        """Sync now with its progress, the USB files, and the line's settings."""
        self.sync_button = named(QPushButton(self.tr("Sync now (F5)"), self), "adminSyncNow", self.tr("Sync now"))
        self.cancel_button = named(QPushButton(self.tr("Cancel"), self), "adminSyncCancel", self.tr("Cancel sync"))
        self.progress = named(QProgressBar(self), "adminSyncProgress", self.tr("Sync progress"))
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("adminSyncText")
        self.progress_text.setWordWrap(True)
        sync_box = QGroupBox(self.tr("Sync"), self)
        sync_layout = QVBoxLayout(sync_box)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        sync_layout.addLayout(row)
        sync_layout.addWidget(self.progress_text)
        # The line is down for days: the outbox goes by USB stick, and the hub's receipt comes back.
        self.export_button = named(QPushButton(self.tr("Write the outbox to a USB stick…"), self), "exportOutbox",
                                   self.tr("Write the outbox to a USB stick"),
                                   self.tr("For 'labhub import-outbox' where the hub can be reached; the items stay "
                                           "here until its receipt is read"))
        self.receipt_button = named(QPushButton(self.tr("Read the hub's receipt…"), self), "importReceipt",
                                    self.tr("Read the hub's receipt"))
        # ...and new work, the lab's people and the receipts come in on the hub's lab file.
        self.lab_file_button = named(QPushButton(self.tr("Read new work from the hub…"), self), "importLabFile",
                                     self.tr("Read new work from the hub"),
                                     self.tr("The file 'labhub export-lab' wrote: new batches, the lab's people and "
                                             "the receipts, for when the line is down"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.lab_file_button.clicked.connect(self.choose_lab_file)
        usb_row = QHBoxLayout()
        usb_row.addWidget(self.export_button)
        usb_row.addWidget(self.receipt_button)
        usb_row.addWidget(self.lab_file_button)
        usb_row.addStretch(1)
        sync_layout.addLayout(usb_row)

        sync_layout.addLayout(self._line_settings())
        return sync_box

    def _line_settings(self) -> QFormLayout:
        """How often to sync, what to fetch ahead, the line's data budget, the lab relay and the lab's
        language, as a form."""
        self.interval = named(QSpinBox(self), "autoSyncMinutes", self.tr("Sync automatically every (minutes)"))
        self.interval.setRange(0, 24 * 60)
        self.interval.setSpecialValueText(self.tr("only when asked"))
        self.interval.setSuffix(self.tr(" min"))
        self.budget = named(QSpinBox(self), "prefetchBudget", self.tr("Media to fetch ahead (MB)"))
        self.budget.setRange(0, 1_000_000)
        self.budget.setSpecialValueText(self.tr("no limit"))
        self.budget.setSuffix(self.tr(" MB"))
        self.budget.setToolTip(self.tr("New batches are fetched only while the media of the work not yet done "
                                       "stays below this. The first batch always comes."))
        # The line's data budget (labclient.sync.budget): a sync stops before it is passed.
        self.data_day = named(QSpinBox(self), "dataBudgetDay", self.tr("Data over the line a day, at most (MB)"))
        self.data_month = named(QSpinBox(self), "dataBudgetMonth", self.tr("Data over the line a month, at most (MB)"))
        for box, suffix, none in ((self.data_day, self.tr(" MB a day"), self.tr("no daily limit")),
                                  (self.data_month, self.tr(" MB a month"), self.tr("no monthly limit"))):
            box.setRange(0, 1_000_000)
            box.setSpecialValueText(none)
            box.setSuffix(suffix)
            box.setToolTip(self.tr("What the syncs may carry over a metered line. Results and timesheets go first, "
                                   "then new work; a sync stops before the budget is passed."))
        self.data_use = QLabel(self)
        self.data_use.setObjectName("dataUse")
        self.data_use.setWordWrap(True)
        for box in (self.interval, self.budget, self.data_day, self.data_month):
            box.setKeyboardTracking(False)  # act on Enter or leaving the field, not on each digit
            box.setMinimumWidth(160)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The lab relay (labclient relay) on the LAN: media comes from it first, each file over the line once.
        self.relay = named(QLineEdit(self), "relayAddress", self.tr("Lab relay address"),
                           self.tr("Where 'labclient relay' runs on this lab's network, as it says when it starts. "
                                   "Media files come from it first; nothing else goes to it. Empty: none."))
        self.relay.setPlaceholderText(self.tr("none: media comes from the hub"))
        self.relay.setMinimumWidth(240)
        self.relay.setMaximumWidth(360)
        self.find_relay_button = named(QPushButton(self.tr("Find on the network"), self), "findRelay",
                                       self.tr("Find the lab relay on the network"),
                                       self.tr("Look for the lab relay of this hub on the lab's network, and use it"))
        self.find_relay_button.clicked.connect(self.find_relay)
        # The window's language for everyone who has not chosen her own (F6 at the login screen).
        self.lab_language = named(QComboBox(self), "labLanguage", self.tr("Language of the window for everyone"))
        self.lab_language.addItem(self.tr("The computer's language"), None)
        for code, own_name in LANGUAGES.items():
            self.lab_language.addItem(own_name, code)
        self.lab_language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sync_form = QFormLayout()
        sync_form.addRow(self.tr("Sync auto&matically every:"), self.interval)
        sync_form.addRow(self.tr("Media to &fetch ahead, at most:"), self.budget)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_day)
        data_row.addWidget(self.data_month)
        data_row.addStretch(1)
        data_label = QLabel(self.tr("&Data over the line, at most:"), self)
        data_label.setBuddy(self.data_day)
        sync_form.addRow(data_label, data_row)
        sync_form.addRow(self.data_use)  # a row of its own, the whole width: with the lab's use it takes two lines
        relay_row = QHBoxLayout()
        relay_row.addWidget(self.relay, 1)
        relay_row.addWidget(self.find_relay_button)
        relay_row.addStretch(1)
        relay_label = QLabel(self.tr("Lab &relay:"), self)
        relay_label.setBuddy(self.relay)
        sync_form.addRow(relay_label, relay_row)
        sync_form.addRow(self.tr("&Language for everyone:"), self.lab_language)
        return sync_form

    def _details(self) -> QDialogButtonBox:
        """The history, refused and superseded tabs (and the line on refused batches); the Close button."""
        self.history = self._table("syncHistory", self.tr("Sync history"),
                                   [self.tr("Started"), self.tr("Outcome"), self.tr("Items"), self.tr("Sent"),
                                    self.tr("Received"), self.tr("Message")])
        self.refused = self._table("refusedItems", self.tr("Refused by the hub"),
                                   [self.tr("When"), self.tr("Batch"), self.tr("Task"), self.tr("Status"),
                                    self.tr("Reason")])
        self.superseded = self._table("supersededResults", self.tr("Results another workstation answered first"),
                                      [self.tr("When"), self.tr("Worker"), self.tr("Batch"), self.tr("Task"),
                                       self.tr("What the hub said")])
        # Batches the hub sent that a sync did not take are named in its history line; this says so.
        self.refused_batches = QLabel(self)
        self.refused_batches.setObjectName("refusedBatches")
        self.refused_batches.setWordWrap(True)
        self.refused_batches.hide()
        self.tabs = named(QTabWidget(self), "adminTabs", self.tr("Sync details"))
        self.tabs.addTab(self.history, self.tr("Sync &history"))
        self.tabs.addTab(self.refused, "")
        self.tabs.addTab(self.superseded, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "adminClose", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        return buttons

    def sync_now(self) -> None:
        """Sync now (the button, or F5): in the background; says so when not enrolled yet."""
        if self.ws.sync_status().hub_url is None:
            self.progress_text.setText(self.tr("Enrol this workstation first: type the hub address and the "
                                               "enrolment code above."))
            return
        self.sync.sync_now()

    def choose_export_folder(self) -> QFileDialog:
        """Ask for the folder (the USB stick) to write the outbox file into (non-modal ``open()``)."""
        return self._ask_path(self.tr("Where to write the outbox (the USB stick)"), "", "exportOutboxDialog",
                              QFileDialog.FileMode.Directory, self.export_outbox)

    def choose_receipt(self) -> QFileDialog:
        """Ask for the receipt file the hub wrote (non-modal ``open()``)."""
        return self._ask_path(self.tr("The hub's receipt"), self.tr("Receipts (*.lcr)"), "importReceiptDialog",
                              QFileDialog.FileMode.ExistingFile, self.import_receipt)

    def choose_lab_file(self) -> QFileDialog:
        """Ask for the lab file the hub wrote (non-modal ``open()``)."""
        return self._ask_path(self.tr("The hub's file for this lab"), self.tr("Lab files (*.lcl)"),
                              "importLabFileDialog", QFileDialog.FileMode.ExistingFile, self.import_lab)

    def _ask_path(self, title: str, kinds: str, name: str, mode: QFileDialog.FileMode,
                  then: Callable[[Path], None]) -> QFileDialog:
        """A non-modal file dialog (``open()``) that hands the path chosen to ``then``."""
        dialog = QFileDialog(self, title, "", kinds)
        dialog.setObjectName(name)
        dialog.setFileMode(mode)
        dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_lab(self, path: Path) -> None:
        """Apply the hub's lab file on a worker thread (copying media takes a while); say what it brought."""
        if not self._allowed(self.progress_text):
            return

        def done(report: LabImport) -> None:
            text = self.tr("Read the hub's file: %n new batch(es).", "", len(report.added))
            if report.answered.acknowledged:
                text += " " + self.tr("%n item(s) answered by the hub left the outbox.", "",
                                      report.answered.acknowledged)
            if report.passed_over:
                batch_id, why = report.passed_over[0]
                text += " " + self.tr("%n batch(es) not taken, e.g. {0}: {1}", "", len(report.passed_over)).format(
                    batch_id, why)
            self.progress_text.setText(text)
            self.refresh()

        self.progress_text.setText(self.tr("Reading the hub's file…"))
        attempt_in_background(self, self, in_own_workspace(self.ws, lambda own: own.import_lab(path)), done)

    def export_outbox(self, folder: Path) -> None:
        """Write the outbox file into ``folder`` on a worker thread; say what was written."""
        if not self._allowed(self.progress_text):
            return
        self.progress_text.setText(self.tr("Writing the outbox…"))
        attempt_in_background(
            self, self, in_own_workspace(self.ws, lambda own: own.export_outbox(folder)),
            lambda done: self.progress_text.setText(self.tr(
                "Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), "
                "then read the receipt here; until then they stay on this computer.", "", done.items).format(
                    done.path)))

    def import_receipt(self, path: Path) -> None:
        """Record the hub's receipt on a worker thread; say what it answered."""
        if not self._allowed(self.progress_text):
            return

        def done(tally: PushTally) -> None:
            self.progress_text.setText(self.tr("Receipt read: %n item(s) answered by the hub left the outbox.", "",
                                               tally.acknowledged))
            self.refresh()

        attempt_in_background(self, self, in_own_workspace(self.ws, lambda own: own.import_receipt(path)), done)

    def session_refused(self, exc: NotAllowed) -> None:
        """The core refused the admin's session (:mod:`labclient.ui.operations`)."""
        self.progress_text.setText(self.tr("Only a partner admin who is logged in may change this. Close this "
                                           "screen and open it again with Ctrl+Shift+A."))

    def show_problem(self, text: str) -> None:
        """A problem with the last action, under the sync button."""
        self.progress_text.setText(text)

    def _table(self, name: str, accessible: str, headers: list[str]) -> QTableWidget:
        table = named(QTableWidget(0, len(headers), self), name, accessible)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)  # the message takes the rest
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    def refresh(self) -> None:
        """Reload hub, history and refused items from the workspace."""
        status = self.ws.sync_status()
        enrolled = status.hub_url is not None
        self.hub_label.setText(status.hub_url or self.tr("not enrolled"))
        for widget in (self.hub_url, self.code, self.enrol_button):
            self.enrol_form.setRowVisible(widget, not enrolled)  # the row's label goes with it
        self.sync_button.setEnabled(enrolled and not self.sync.running)
        budget = self.ws.prefetch_budget()
        use = self.ws.data_use()
        with QSignalBlocker(self.interval), QSignalBlocker(self.budget), QSignalBlocker(self.lab_language), \
                QSignalBlocker(self.data_day), QSignalBlocker(self.data_month):  # showing is not setting
            self.interval.setValue(self.ws.auto_sync_minutes())
            self.budget.setValue(0 if budget is None else round(budget / MB))
            self.data_day.setValue(0 if use.daily is None else round(use.daily / MB))
            self.data_month.setValue(0 if use.monthly is None else round(use.monthly / MB))
            self.lab_language.setCurrentIndex(max(0, self.lab_language.findData(self.ws.languages.lab())))
        if not self.relay.hasFocus():  # not while she types it
            self.relay.setText(self.ws.relay_url() or "")
        self.data_use.setText(self._data_use_text(use))
        self.cancel_button.setEnabled(self.sync.running)
        runs = self.ws.sync_history()
        said = [sentences_text(r["said"], r["message"]) for r in runs]
        self._fill(self.history, [[r["started_at"][:19].replace("T", " "), self._outcome(r["outcome"]),
                                   QLocale().toString(r["items_sent"]), _size(r["bytes_sent"]),
                                   _size(r["bytes_received"]), text] for r, text in zip(runs, said, strict=True)])
        for row, text in enumerate(said):
            item = self.history.item(row, 5)
            if item is not None:  # the whole message, wrapped: a long one is cut off in its cell
                item.setToolTip(f"<p>{html.escape(text)}</p>")
        not_taken = refused_in(runs[0]["message"]) if runs else 0
        self.refused_batches.setVisible(not_taken > 0)
        self.refused_batches.setText(self.tr("The last sync did not take %n batch(es) the hub sent. Its line in "
                                             "the sync history says which and why.", "", not_taken))
        refused = self.ws.refused_items()
        self._fill(self.refused, [[r["failed_at"][:19].replace("T", " "), r["batch_id"] or "", r["task_id"] or "",
                                   r["status"], r["reason"]] for r in refused])
        superseded = self.ws.superseded_results()
        self._fill(self.superseded, [[r["created_at"][:19].replace("T", " "), r["worker_name"], r["batch_id"],
                                      r["task_id"], r["reason"] or ""] for r in superseded])
        # Refused items no longer block the queue; superseded results are kept by the hub, not counted.
        self.tabs.setTabText(1, self.tr("&Refused by the hub ({0})").format(len(refused)))
        self.tabs.setTabText(2, self.tr("Answered &elsewhere first ({0})").format(len(superseded)))

    def _outcome(self, outcome: str) -> str:
        """How a sync run ended (the history's word for it), in the admin's language."""
        words = {"ok": self.tr("done"), "held": self.tr("data budget used"), "offline": self.tr("no connection"),
                 "busy": self.tr("hub busy"),
                 "auth": self.tr("refused credential"), "bad_response": self.tr("not the hub's answer"),
                 "cancelled": self.tr("cancelled"), "not_enrolled": self.tr("not enrolled"),
                 "error": self.tr("failed")}
        return words.get(outcome, outcome)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(value)))

    def use_session(self, session: Session | None) -> None:
        """Act for ``session`` from now on (None: nobody; every change is refused then). Raises
        NotAllowed unless it may change the hub settings."""
        if session is not None:
            self.ws.sessions.authorize(session, Permission.CHANGE_HUB_SETTINGS)
        self.session = session

    def _allowed(self, where: QLabel) -> bool:
        """Whether the admin's session may still change the hub settings; if not, say why in ``where``."""
        try:
            self.ws.sessions.authorize(self.session, Permission.CHANGE_HUB_SETTINGS)
        except NotAllowed:
            where.setText(self.tr("Only a partner admin who is logged in may change this. Close this screen and "
                                  "open it again with Ctrl+Shift+A."))
            return False
        return True

    def _interval_changed(self, minutes: int) -> None:
        if not self._changed(lambda s: self.ws.sync_settings.set_auto_sync_minutes(s, minutes)):
            return
        if self.ws.sync_status().hub_url is not None:
            self.sync.start_automatic(minutes)

    def _budget_changed(self, megabytes: int) -> None:
        budget = megabytes * MB if megabytes else None
        self._changed(lambda s: self.ws.sync_settings.set_prefetch_budget(s, budget))

    def _data_budget_changed(self, _value: int) -> None:
        daily = self.data_day.value() * MB or None
        monthly = self.data_month.value() * MB or None
        try:
            self._changed(lambda s: self.ws.sync_settings.set_data_budget(s, daily, monthly))
        except ValueError:
            self.progress_text.setText(self.tr("The day's data budget cannot be larger than the month's."))
        self.refresh()

    def _relay_changed(self) -> None:
        typed = self.relay.text().strip()
        if typed == (self.ws.relay_url() or ""):
            return
        try:
            if self._changed(lambda s: self.ws.sync_settings.set_relay_url(s, typed or None)):
                self.progress_text.setText(self.tr("Media comes from the lab relay at {0} first, from the next sync "
                                                   "on.").format(typed) if typed else
                                           self.tr("Media comes from the hub."))
        except ValueError:
            self.progress_text.setText(self.tr("That is not a relay address: type it as 'labclient relay' says it, "
                                               "for example http://192.168.1.10:8765. Nothing changed."))

    def find_relay(self) -> None:
        """Look for the lab relay on the LAN on a worker thread (a few seconds); use the first that
        answers for this hub and lab, and say what was found."""
        if not self._allowed(self.progress_text):
            return
        self.find_relay_button.setEnabled(False)
        self.progress_text.setText(self.tr("Looking for the lab relay on this network…"))

        def found(urls: list[str]) -> None:
            self.find_relay_button.setEnabled(True)
            if not urls:
                self.progress_text.setText(self.tr("No lab relay of this hub answered on this network. Is 'labclient "
                                                   "relay' running there? Or type its address."))
                return
            if self._changed(lambda s: self.ws.sync_settings.set_relay_url(s, urls[0])):
                self.relay.setText(urls[0])
                self.progress_text.setText(self.tr("Found the lab relay at {0}: media comes from it first, from the "
                                                   "next sync on.").format(urls[0]) if len(urls) == 1 else
                                           self.tr("%n lab relay(s) answered; the first, at {0}, is used. Type "
                                                   "another's address to choose it.", "", len(urls)).format(urls[0]))

        def failed(exc: LabClientError) -> None:
            self.find_relay_button.setEnabled(True)
            self.progress_text.setText(error_text(exc))

        attempt_in_background(self, self, in_own_workspace(self.ws, lambda own: own.find_relays()), found,
                              problem=failed)

    def _data_use_text(self, use: DataUse) -> str:
        """Today's and this month's data over the line, beside the budget, and what waits for it."""
        def part(used: int, limit: int | None, text: str, of_text: str) -> str:
            mb = QLocale().toString(used / MB, "f", 1)
            return of_text.format(mb, QLocale().toString(limit / MB, "f", 0)) if limit else text.format(mb)

        today = part(use.today, use.daily, self.tr("today {0} MB"), self.tr("today {0} of {1} MB"))
        month = part(use.month, use.monthly, self.tr("this month {0} MB"), self.tr("this month {0} of {1} MB"))
        text = self.tr("Used: {0} · {1}").format(today, month)
        lab = self.ws.lab_data_use()
        if lab is not None:
            lab_today = part(lab.today, lab.daily, self.tr("today {0} MB"), self.tr("today {0} of {1} MB"))
            lab_month = part(lab.month, lab.monthly, self.tr("this month {0} MB"), self.tr("this month {0} of {1} MB"))
            text += "\n" + self.tr("The whole lab, as the relay counted at the last sync: {0} · {1}").format(
                lab_today, lab_month)
        if use.spent or (lab is not None and lab.spent):
            waiting = self.ws.outbox_size()
            text += " · " + self.tr("used up: %n item(s) and new work wait", "", waiting)
        return text

    def _lab_language_changed(self, _index: int) -> None:
        code = self.lab_language.currentData()
        self._changed(lambda s: self.ws.languages.set_lab(s, code))

    def _changed(self, change: Callable[[Session], None]) -> bool:
        """Make ``change`` as the admin's session (the core checks it); on a refusal, say why and
        show the settings as they are."""
        try:
            if self.session is None:
                raise NotAllowed("Nobody is logged in. Log in first.", who="", role="", action="")
            change(self.session)
        except NotAllowed:
            self.progress_text.setText(self.tr("Only a partner admin who is logged in may change this. Close this "
                                               "screen and open it again with Ctrl+Shift+A."))
            self.refresh()
            return False
        return True

    def enrol(self) -> None:
        """Enrol with the hub and code typed in, on a worker thread."""
        data_dir: Path = self.ws.data_dir
        hub, code = self.hub_url.text().strip(), self.code.text().strip()
        if not self._allowed(self.enrol_message):
            return
        self.enrol_button.setEnabled(False)
        self.enrol_message.setText(self.tr("Enrolling…"))
        run_job(lambda: enroll(data_dir, hub, code), self._enrolled, self._enrol_failed, owner=self)

    def _enrolled(self, lab: str) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_message.setText(self.tr("Enrolled for lab {0}. Sync now to fetch work.").format(lab))
        self.sync.start_automatic(self.ws.auto_sync_minutes())
        self.refresh()

    def _enrol_failed(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if isinstance(exc, LabClientError):
            self.enrol_message.setText(error_text(exc))
        elif isinstance(exc, ValueError):
            self.enrol_message.setText(str(exc))
        else:
            raise exc

    def _started(self) -> None:
        if self.sync_button.hasFocus():  # it is disabled while syncing: keep the keyboard on Cancel
            self.cancel_button.setEnabled(True)
            self.cancel_button.setFocus()
        self.progress.setRange(0, 0)
        self.progress_text.setText(self.tr("Syncing…"))
        self.refresh()

    def _progressed(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, max(progress.items_total, 1))
        self.progress.setValue(progress.items_done)
        self.progress_text.setText(self.tr("{0}  ({1} sent, {2} received)").format(
            said_text(progress.said), _size(progress.bytes_sent), _size(progress.bytes_received)))

    def _finished(self, report: SyncReport) -> None:
        back = self.cancel_button.hasFocus()
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if report.complete else 0)
        self.progress_text.setText(sync_report_text(report))
        self.refresh()
        if back:  # Cancel is disabled now: back to Sync now, where the keyboard was
            self.sync_button.setFocus()


MB = 1_000_000


def _size(n: int) -> str:
    """A number of bytes, its number as the language writes it (1.2 KB, 1,2 KB); the unit is the
    international symbol (Qt's own unit names are wrong in Swahili)."""
    if n < 1024 * 1024:
        return f"{QLocale().toString(n / 1024, 'f', 1)} KB"
    return f"{QLocale().toString(n / 1024 / 1024, 'f', 2)} MB"


__all__ = ["AdminDialog"]
