"""The partner admin's small dialogs for users: adding a local user, and setting a user's PIN.

Each dialog checks what it can itself (a name is typed, the PIN typed twice is the same), then
hands the values to the ``act`` callable it was given, which calls the core. When the core refuses
(``LabClientError``: the name is taken, the PIN is too short or too long), the dialog says so in
its message line and stays open with what was typed, so nothing has to be typed again but the part
that was refused. Enter is OK, Escape cancels. The fields are attributes, for the tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labclient.errors import LabClientError, UserExistsError, WeakSecretError
from labclient.people.passwords import MAX_LENGTH, MIN_LENGTH
from labclient.people.roles import Role
from labclient.people.roster import MAX_NAME
from labclient.ui.messages import error_text
from labclient.ui.names import named

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"


def role_text(role: Role) -> str:
    """A role's name for people, in their language."""
    texts = {
        Role.WORKER: QCoreApplication.translate("Roles", "Worker"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Partner admin"),
    }
    return texts[role]


def _pin_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(parent), name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


def _message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(QCoreApplication.translate("UserDialogs", "Message"))
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


def _buttons(dialog: QDialog, ok_text: str, prefix: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK (the default: Enter) and Cancel (Escape), named ``<prefix>Ok`` and ``<prefix>Cancel``."""
    box = QDialogButtonBox(dialog)
    ok = named(box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole), prefix + "Ok", ok_text)
    cancel_text = QCoreApplication.translate("UserDialogs", "Cancel")
    cancel = named(box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole), prefix + "Cancel",
                   cancel_text)
    ok.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


class AddUserDialog(QDialog):
    """Name, role and PIN (twice) of a new local user.

    ``act(name, role, pin)`` adds the user; it raises ``LabClientError`` (or ``ValueError`` for a
    name the core will not take) to refuse, and the dialog then shows why and stays open. On
    success the dialog is accepted; :attr:`added_name` is the name that was added.
    """

    def __init__(self, act: Callable[[str, Role, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self._act = act
        self.added_name: str | None = None

        intro = QLabel(self.tr("The user is added on this workstation and can log in at once with this PIN. "
                               "They show as awaiting the hub until the hub's user list confirms them."), self)
        intro.setWordWrap(True)
        self.name = named(QLineEdit(self), "addUserName", self.tr("Name"))
        self.name.setMaxLength(MAX_NAME)
        self.role = named(QComboBox(self), "addUserRole", self.tr("Role"))
        for role in (Role.WORKER, Role.SUPERVISOR, Role.ADMIN):
            self.role.addItem(role_text(role), role.value)
        self.pin = _pin_field(self, "addUserPin", self.tr("PIN"))
        self.pin_again = _pin_field(self, "addUserPinAgain", self.tr("PIN again"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&PIN ({0} to {1} characters):").format(MIN_LENGTH, MAX_LENGTH), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        self.message = _message_label(self, "addUserMessage")
        buttons, self.ok_button, self.cancel_button = _buttons(self, self.tr("Add user"), "addUser")
        buttons.accepted.connect(self.try_accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.name.setFocus()

    def chosen_role(self) -> Role:
        """The role chosen in the list."""
        return Role(self.role.currentData())

    def try_accept(self) -> None:
        """OK: check the form, add the user; close only when that worked."""
        name = " ".join(self.name.text().split())
        pin, again = self.pin.text(), self.pin_again.text()
        if not name:
            self._refuse(self.tr("Type the person's name."), self.name)
            return
        if pin != again:
            self.pin.clear()
            self.pin_again.clear()
            self._refuse(self.tr("The two PINs are not the same. Type the PIN twice again."), self.pin)
            return
        try:
            self._act(name, self.chosen_role(), pin)
        except UserExistsError as exc:
            self._refuse(error_text(exc), self.name)
            return
        except WeakSecretError as exc:
            self.pin.clear()
            self.pin_again.clear()
            self._refuse(error_text(exc), self.pin)
            return
        except LabClientError as exc:
            self.message.setText(error_text(exc))
            return
        except ValueError:
            self._refuse(self.tr("Type a name of 1 to {0} characters.").format(MAX_NAME), self.name)
            return
        self.added_name = name
        self.message.clear()
        self.accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.setFocus()
        field.selectAll()


class SetPinDialog(QDialog):
    """A new PIN for one user, typed twice.

    ``act(pin)`` sets it; it raises ``LabClientError`` to refuse, and the dialog then shows why and
    stays open. ``note`` (optional) is shown under the title, e.g. that the hub may send another PIN.
    """

    def __init__(self, user_name: str, act: Callable[[str], None], parent: QWidget | None = None, *,
                 note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("setPinDialog")
        self.setWindowTitle(self.tr("Set a PIN"))
        self._act = act
        self.user_name = user_name

        intro = QLabel(self.tr("A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. "
                               "Tell {0} the new PIN.").format(user_name), self)
        intro.setObjectName("setPinIntro")
        intro.setWordWrap(True)
        self.note = QLabel(note, self)
        self.note.setObjectName("setPinNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.pin = _pin_field(self, "setPinPin", self.tr("New PIN"))
        self.pin_again = _pin_field(self, "setPinPinAgain", self.tr("New PIN again"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("New &PIN ({0} to {1} characters):").format(MIN_LENGTH, MAX_LENGTH), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        self.message = _message_label(self, "setPinMessage")
        buttons, self.ok_button, self.cancel_button = _buttons(self, self.tr("Set PIN"), "setPin")
        buttons.accepted.connect(self.try_accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.pin.setFocus()

    def try_accept(self) -> None:
        """OK: check that both PINs are the same, set it; close only when that worked."""
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self._refuse(self.tr("The two PINs are not the same. Type the PIN twice again."))
            return
        try:
            self._act(pin)
        except LabClientError as exc:
            self._refuse(error_text(exc))
            return
        self.message.clear()
        self.accept()

    def _refuse(self, text: str) -> None:
        self.pin.clear()
        self.pin_again.clear()
        self.message.setText(text)
        self.pin.setFocus()
