"""Translatable texts for what the core reports (validation issues, errors).

The core is Qt-free and speaks English with a stable ``code`` on every issue and error; this
module maps codes to ``tr``-able templates so every sentence a person sees can be translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from labclient.errors import LabClientError
from labclient.tasks import Issue

_ISSUES: dict[str, str] = {code: str(text) for code, text in {
    "result.shape": QT_TRANSLATE_NOOP("Issue", "This result is incomplete."),
    "text.empty": QT_TRANSLATE_NOOP("Issue", "The transcript is empty.{hint}"),
    "text.too_long": QT_TRANSLATE_NOOP("Issue", "The transcript is {n} characters long; the most is {max}."),
    "text.token": QT_TRANSLATE_NOOP("Issue", "{token} is not a token of this project (allowed: {choices})."),
    "labels.unknown": QT_TRANSLATE_NOOP("Issue", "Choose labels from the list only, each once."),
    "labels.too_few": QT_TRANSLATE_NOOP("Issue", "Choose at least {n} label(s)."),
    "labels.too_many": QT_TRANSLATE_NOOP("Issue", "Choose at most {n} label(s)."),
    "outcome.missing": QT_TRANSLATE_NOOP("Issue", "Choose an outcome."),
    "field.required": QT_TRANSLATE_NOOP("Issue", "{label} is required."),
    "field.too_long": QT_TRANSLATE_NOOP("Issue", "{label} is at most {max} characters."),
    "field.number": QT_TRANSLATE_NOOP("Issue", "{label} must be a number."),
    "field.range": QT_TRANSLATE_NOOP("Issue", "{label} must be between {min} and {max}."),
    "field.date": QT_TRANSLATE_NOOP("Issue", "{label} must be a date written YYYY-MM-DD."),
    "field.choice": QT_TRANSLATE_NOOP("Issue", "{label} must be one of the listed choices."),
    "field.pattern": QT_TRANSLATE_NOOP("Issue", "{label} is not in the expected form."),
}.items()}

_ERRORS: dict[str, str] = {code: str(text) for code, text in {
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Error", "The disk is full, so this could not be saved. Free some space on the disk that holds "
        "{folder}, then try again. Everything saved before is intact."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Error", "LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the "
        "folder is writable. Everything saved before is intact."),
    "store.busy": QT_TRANSLATE_NOOP(
        "Error", "The data folder {folder} is in use by another LabClient window. Close the other window, "
        "then try again."),
    "store.corrupt": QT_TRANSLATE_NOOP(
        "Error", "The local database {path} is damaged ({detail}). LabClient has not changed it. "
        "Ask the lab admin to restore it from a backup or to re-enrol this workstation."),
    "store.too_new": QT_TRANSLATE_NOOP(
        "Error", "The local database {path} was written by a newer LabClient (schema {found}; this program "
        "knows up to {known}). Install the newer LabClient. The data has not been touched."),
    "bundle": QT_TRANSLATE_NOOP("Error", "The batch was refused: {detail}. Nothing in the task cache changed."),
    "task.state": QT_TRANSLATE_NOOP("Error", "This task is already {state}; it cannot be changed. "
                                             "Go on to the next task."),
    "login.unknown_user": QT_TRANSLATE_NOOP(
        "Error", "There is no user named {name} on this workstation. Pick your name from the list, or ask the "
        "partner admin to add you."),
    "login.wrong_secret": QT_TRANSLATE_NOOP(
        "Error", "That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}."),
    "login.locked": QT_TRANSLATE_NOOP(
        "Error", "{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; "
        "the partner admin can unlock it sooner."),
    "login.disabled": QT_TRANSLATE_NOOP(
        "Error", "{name}'s account is switched off on this workstation. Ask the partner admin."),
    "login.no_secret": QT_TRANSLATE_NOOP(
        "Error", "{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one."),
    "people.weak_secret": QT_TRANSLATE_NOOP(
        "Error", "A PIN or password is {min} to {max} characters and not only spaces. Choose another."),
    "people.user_exists": QT_TRANSLATE_NOOP(
        "Error", "There is already a user named {name} here. Choose another name."),
    "session.locked": QT_TRANSLATE_NOOP(
        "Error", "The screen is locked. {who} must enter their PIN to go on, or someone else can log in."),
}.items()}

#: Errors the core raised with a template of their own, found by (code, the core's English template).
#: A core template that changes falls back to its English message rather than to a wrong text.
_VARIANTS: dict[tuple[str, str], str] = {key: str(text) for key, text in {
    ("login.wrong_secret", "That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is "
                           "locked for {seconds} seconds; try again after that."): QT_TRANSLATE_NOOP(
        "Error", "That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for "
        "{seconds} seconds; try again after that."),
    ("people.not_allowed", "This workstation already has a partner admin. {hint}"): QT_TRANSLATE_NOOP(
        "Error", "This workstation already has a partner admin. Ask them to add you."),
    ("people.not_allowed", "The hub's user list is in charge on this workstation, so no admin can be made here. "
                           "{hint}"): QT_TRANSLATE_NOOP(
        "Error", "The hub's user list is in charge on this workstation, so no admin can be made here. Add the "
        "admin at the hub."),
}.items()}


def issue_text(issue: Issue) -> str:
    """The issue in the user's language."""
    template = _ISSUES.get(issue.code)
    if template is None:
        return issue.message
    return _format(QCoreApplication.translate("Issue", template), issue.params, issue.message)


def error_text(error: LabClientError) -> str:
    """The error in the user's language (a custom template falls back to the English message)."""
    if error.template != type(error).template:
        template = _VARIANTS.get((error.code, error.template))
    else:
        template = _ERRORS.get(error.code)
    if template is None:
        return error.message
    return _format(QCoreApplication.translate("Error", template), error.params, error.message)


def _format(template: str, params: dict[str, object], fallback: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that names a missing param
        return fallback
