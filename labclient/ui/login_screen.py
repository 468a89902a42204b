"""The login screen: who is working at this seat, and their PIN. On a fresh workstation, the first admin.

Keys: the name list takes the arrows and type-ahead (type the first letters of a name); Enter in
the list goes to the PIN field, Enter there logs in. Ctrl+N offers to set up the first admin while
the workstation has none. What the core says about a failed login (wrong PIN and the tries left,
locked and for how long, no PIN yet, switched off) shows under the PIN field.

Also here: :class:`AdminLogin`, the small dialog that asks for a partner admin's name and PIN when
someone who is not one opens the admin screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labclient.demo_people import is_demo_folder
from labclient.errors import AccountLockedError, LabClientError, NotAllowed, PeopleError
from labclient.languages import LANGUAGES
from labclient.people.roles import Permission, Session
from labclient.ui.messages import error_text
from labclient.ui.names import named
from labclient.workspace import Workspace

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: palette(text); font-weight: bold;"


def _title(parent: QWidget, text: str) -> QLabel:
    title = QLabel(text, parent)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title


def _pin_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(parent), name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class LoginScreen(QWidget):
    """Choose your name, type your PIN, Enter. Emits ``logged_in(session)``."""

    logged_in = Signal(object)
    # A language code of labclient.languages.LANGUAGES, picked with F6 (kept with the user who logs in next).
    language_chosen = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self.language = language
        self.ws = ws
        self._ids: dict[str, str] = {}
        self.pages = QStackedWidget(self)
        self.login_page = self._build_login_page()
        self.setup_page = self._build_setup_page()
        self.pages.addWidget(self.login_page)
        self.pages.addWidget(self.setup_page)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.pages, 2)
        outer.addStretch(1)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._show_lock)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build_login_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("loginPage")
        self.title = _title(page, self.tr("Who is working at this computer?"))
        self.list = named(QListWidget(page), "workerList", self.tr("Names"))
        bigger = QFont(self.list.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
        self.list.setFont(bigger)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        list_label = QLabel(self.tr("&Choose your name (type its first letters or use the arrows):"), page)
        list_label.setBuddy(self.list)
        list_label.setWordWrap(True)
        self.pin = _pin_field(page, "pinField", self.tr("PIN"))
        self.pin.setFont(bigger)
        pin_label = QLabel(self.tr("Your &PIN:"), page)
        pin_label.setBuddy(self.pin)
        self.login_button = named(QPushButton(self.tr("Log in (Enter)"), page), "loginButton", self.tr("Log in"))
        self.login_button.setStyleSheet("font-weight: bold; padding: 8px 18px;")
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.login_button)
        self.message = QLabel(page)
        self.message.setObjectName("loginMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.demo_hint = QLabel(self.tr("Demo: every PIN is 1234."), page)
        self.demo_hint.setObjectName("demoHint")
        self.setup_offer = named(QPushButton(self.tr("Set up the first admin… (Ctrl+N)"), page), "setupOfferButton",
                                 self.tr("Set up the first admin"))
        self.setup_offer.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setup_shortcut = QShortcut(QKeySequence("Ctrl+N"), page, self.show_setup)
        # Each language by its own name, whatever the window speaks now: a worker finds hers.
        self.language_button = named(QPushButton(self.tr("{0} · Language (F6)").format(
            LANGUAGES.get(self.language, LANGUAGES["en"])), page), "languageButton", self.tr("Language"))
        self.language_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.language_menu = QMenu(self.language_button)
        self.language_menu.setObjectName("languageMenu")
        for code, own_name in LANGUAGES.items():
            action = self.language_menu.addAction(own_name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, code=code: self.language_chosen.emit(code))
        self.language_button.clicked.connect(self.choose_language)
        QShortcut(QKeySequence(Qt.Key.Key_F6), page, self.choose_language)

        column = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_button)
        column.addLayout(top)
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addWidget(list_label)
        column.addWidget(self.list, 1)
        column.addSpacing(8)
        column.addWidget(pin_label)
        column.addLayout(pin_row)
        column.addWidget(self.message)
        column.addWidget(self.demo_hint)
        column.addSpacing(12)
        column.addWidget(self.setup_offer, 0, Qt.AlignmentFlag.AlignLeading)

        self.list.itemActivated.connect(lambda _item: self._name_chosen())
        self.list.currentItemChanged.connect(lambda _new, _old: self._selection_changed())
        self.pin.returnPressed.connect(self.attempt)
        self.login_button.clicked.connect(self.attempt)
        self.setup_offer.clicked.connect(self.show_setup)
        return page

    def _build_setup_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("setupPage")
        title = _title(page, self.tr("Set up the first admin"))
        intro = QLabel(self.tr("This computer has no admin yet. The lab's partner admin types their name and "
                               "chooses a PIN here, once. Then they give each worker a PIN."), page)
        intro.setWordWrap(True)
        self.admin_name = named(QLineEdit(page), "adminName", self.tr("Admin's name"))
        self.admin_name.setMaxLength(80)
        self.admin_pin = _pin_field(page, "adminPin", self.tr("Admin's PIN"))
        self.admin_pin_again = _pin_field(page, "adminPinAgain", self.tr("Admin's PIN again"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your &name:"), self.admin_name)
        form.addRow(self.tr("&PIN (at least 4 characters):"), self.admin_pin)
        form.addRow(self.tr("PIN &again:"), self.admin_pin_again)
        self.setup_button = named(QPushButton(self.tr("Set up the first admin (Enter)"), page), "setupAdminButton",
                                  self.tr("Set up the first admin"))
        self.setup_button.setStyleSheet("font-weight: bold; padding: 6px 18px;")
        self.back_button = named(QPushButton(self.tr("Back (Esc)"), page), "setupBackButton", self.tr("Back"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), page, self.show_login)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)
        self.setup_message = QLabel(page)
        self.setup_message.setObjectName("setupMessage")
        self.setup_message.setAccessibleName(self.tr("Message"))
        self.setup_message.setWordWrap(True)
        self.setup_message.setStyleSheet(PROBLEM_STYLE)

        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.setup_message)
        column.addStretch(1)

        self.admin_name.returnPressed.connect(self.admin_pin.setFocus)
        self.admin_pin.returnPressed.connect(self.admin_pin_again.setFocus)
        self.admin_pin_again.returnPressed.connect(self.set_up_admin)
        self.setup_button.clicked.connect(self.set_up_admin)
        self.back_button.clicked.connect(self.show_login)
        return page

    # -- showing -----------------------------------------------------------------------------

    def refresh(self, preselect: str | None = None, message: str = "", *, focus_pin: bool = False) -> None:
        """Reload the names; select ``preselect`` (a user id) if given; show ``message`` (a note,
        not a problem); put the keyboard in the list, or in the PIN field with ``focus_pin``."""
        names = self.ws.roster.login_names()
        ids = {w.name: w.id for w in self.ws.workers()}
        self._ids = {name: ids[name] for name in names if name in ids}
        self._can_set_up = self.ws.roster.first_admin_possible()
        self.demo_hint.setVisible(is_demo_folder(self.ws.data_dir))
        self.pin.clear()
        self.list.blockSignals(True)
        self.list.clear()
        for name in self._ids:
            QListWidgetItem(name, self.list)
        self.list.blockSignals(False)
        self.setup_offer.setVisible(self._can_set_up)
        self.setup_shortcut.setEnabled(self._can_set_up)
        self.back_button.setVisible(bool(self._ids))
        self.back_shortcut.setEnabled(bool(self._ids))
        if not self._ids and self._can_set_up:
            self.show_setup()
            return
        self.pages.setCurrentWidget(self.login_page)
        row = 0
        if preselect is not None:
            wanted = [i for i, name in enumerate(self._ids) if self._ids[name] == preselect]
            row = wanted[0] if wanted else 0
        if self._ids:
            self.list.setCurrentRow(row)
        self._selection_changed()
        if message:
            self.say(message, problem=False)
        elif not self._ids:
            self.say(self.tr("Nobody can log in on this computer yet. The partner admin adds the lab's users at "
                             "the hub; they arrive with the next sync."), problem=False)
        if focus_pin and self._ids:
            self.pin.setFocus()
        else:
            self.list.setFocus()

    def choose_language(self) -> None:
        """F6: the languages, each in its own name, under the button; choosing one emits
        ``language_chosen``."""
        self.language_menu.popup(self.language_button.mapToGlobal(self.language_button.rect().bottomLeft()))
        current = [a for a in self.language_menu.actions() if a.isChecked()]
        if current:
            self.language_menu.setActiveAction(current[0])

    def say(self, text: str, *, problem: bool = True) -> None:
        """Show a message under the PIN field."""
        self.message.setStyleSheet(PROBLEM_STYLE if problem else NOTE_STYLE)
        self.message.setText(text)

    def chosen_name(self) -> str | None:
        """The name selected in the list."""
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _name_chosen(self) -> None:
        if self.pin.text():
            self.attempt()
        else:
            self.pin.setFocus()

    def _selection_changed(self) -> None:
        self.pin.clear()
        self.message.clear()
        self.countdown.stop()
        self._show_lock()

    def _show_lock(self) -> None:
        """If the chosen user is locked after wrong PINs, say for how long (every second)."""
        name = self.chosen_name()
        if name is None:
            self.countdown.stop()
            return
        state = self.ws.sessions.lock_state(self._ids[name])
        if state.seconds_left > 0:
            self.say(error_text(AccountLockedError(name=name, seconds=state.seconds_left)))
            self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.say(self.tr("{0} can try again now.").format(name), problem=False)

    # -- logging in --------------------------------------------------------------------------

    def attempt(self) -> None:
        """Log the chosen name in with the PIN typed; say why not if the core refuses."""
        name = self.chosen_name()
        if name is None:
            self.say(self.tr("Choose your name in the list first."))
            self.list.setFocus()
            return
        secret = self.pin.text()
        if not secret:
            self.say(self.tr("Type your PIN, then press Enter."))
            self.pin.setFocus()
            return
        # Checking a PIN takes up to half a second on a slow PC (that is what makes guessing slow):
        # show that something is happening before it starts.
        self.say(self.tr("Checking the PIN…"), problem=False)
        self.message.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = self.ws.sessions.login(name, secret)
        except PeopleError as exc:
            QApplication.restoreOverrideCursor()
            self.pin.clear()
            self.say(error_text(exc))
            self.pin.setFocus()
            if isinstance(exc, AccountLockedError) or "seconds" in exc.params:
                self.countdown.start()
            return
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        self.pin.clear()
        self.message.clear()
        self.countdown.stop()
        self.logged_in.emit(session)

    # -- the first admin ---------------------------------------------------------------------

    def show_setup(self) -> None:
        """Ctrl+N: the form that makes the first admin (only while there is none)."""
        if not self._can_set_up:
            return
        self.setup_message.clear()
        self.pages.setCurrentWidget(self.setup_page)
        self.admin_name.setFocus()

    def show_login(self) -> None:
        """Esc: back from the first-admin form to the names."""
        if not self._ids:
            return
        self.pages.setCurrentWidget(self.login_page)
        self.list.setFocus()

    def set_up_admin(self) -> None:
        """Make the first admin from the form and log them in."""
        name = " ".join(self.admin_name.text().split())
        first, again = self.admin_pin.text(), self.admin_pin_again.text()
        if not name:
            self.setup_message.setText(self.tr("Type the admin's name."))
            self.admin_name.setFocus()
            return
        if first != again:
            self.setup_message.setText(self.tr("The two PINs are not the same. Type the PIN twice again."))
            self.admin_pin.clear()
            self.admin_pin_again.clear()
            self.admin_pin.setFocus()
            return
        try:
            # A lab set up here gets the strong PIN rules (the demo makes its admin elsewhere).
            session = self.ws.roster.bootstrap_admin(name, first, strong_pins=True)
        except ValueError:
            self.setup_message.setText(self.tr("Type a name of 1 to 80 characters."))
            self.admin_name.setFocus()
            return
        except LabClientError as exc:
            self.setup_message.setText(error_text(exc))
            self.admin_pin.clear()
            self.admin_pin_again.clear()
            self.admin_pin.setFocus()
            return
        for field in (self.admin_name, self.admin_pin, self.admin_pin_again):
            field.clear()
        self.logged_in.emit(session)


class AdminLogin(QDialog):
    """A partner admin's name and PIN, for the admin screen (Ctrl+Shift+A) when the person at the
    seat is not one. Read :attr:`session` after ``accepted``; the caller logs it out when done."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, current: Session | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminLogin")
        self.current = current  # the person at the seat, who is not an admin
        self.setWindowTitle(self.tr("Admin screen"))
        self.ws = ws
        self.session: Session | None = None
        intro = QLabel(self.tr("Only a partner admin may open the admin screen. Admin, log in here:"), self)
        intro.setWordWrap(True)
        self.names = named(QComboBox(self), "adminLoginName", self.tr("Admin's name"))
        self.names.addItems(ws.roster.login_names())
        self.pin = _pin_field(self, "adminLoginPin", self.tr("Admin's PIN"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.names)
        form.addRow(self.tr("&PIN:"), self.pin)
        self.message = QLabel(self)
        self.message.setObjectName("adminLoginMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setMinimumWidth(420)
        buttons = QDialogButtonBox(self)
        self.ok_button = named(buttons.addButton(self.tr("Open the admin screen (Enter)"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole),
                               "adminLoginOk", self.tr("Open the admin screen"))
        self.cancel_button = named(buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole),
                                   "adminLoginCancel", self.tr("Cancel"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def attempt(self) -> None:
        """Log the admin in and check that they may change the hub settings; else say why."""
        name = self.names.currentText()
        if self.current is not None and name.casefold() == self.current.name.casefold():
            # Not logged in again: that would end the session they are working in.
            self._refuse(self.current.name)
            return
        try:
            session = self.ws.sessions.login(name, self.pin.text())
        except PeopleError as exc:
            self.pin.clear()
            self.message.setText(error_text(exc))
            return
        try:
            self.ws.sessions.authorize(session, Permission.CHANGE_HUB_SETTINGS)
        except NotAllowed:
            self.ws.sessions.logout(session)
            self._refuse(session.name)
            return
        self.session = session
        self.accept()

    def _refuse(self, name: str) -> None:
        self.pin.clear()
        self.message.setText(self.tr("{0} is not a partner admin, so they cannot open the admin screen. "
                                     "Ask the partner admin.").format(name))
