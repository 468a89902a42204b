"""Translatable texts for what the core reports (validation issues, errors).

The core is Qt-free and speaks English with a stable ``code`` on every issue and error; this
module maps codes to ``tr``-able templates so every sentence a person sees can be translated.
An error without a template here (or with a param that is English text not listed in ``_WORDS``)
is shown as the core's English message; :func:`is_translated` tells which.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from labclient.errors import LabClientError
from labclient.said import Said, Span, span_parts
from labclient.tasks import Issue

if TYPE_CHECKING:
    from labclient.people.hours import Flag
    from labclient.sync.client import SyncReport

class _Counted:
    """``_Counted.translate(context, text, None, 0)`` marks a text that counts (``%n``) for lupdate
    as one with plural forms, as ``QT_TRANSLATE_NOOP`` marks the others; it returns ``text``."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: None = None, n: int = 0) -> str:
        return text


_ISSUES: dict[str, str] = {code: str(text) for code, text in {
    "result.shape": QT_TRANSLATE_NOOP("Issue", "This result is incomplete."),
    "text.empty": QT_TRANSLATE_NOOP("Issue", "The transcript is empty."),
    "text.too_long": QT_TRANSLATE_NOOP("Issue", "The transcript is {n} characters long; the most is {max}."),
    "text.token": QT_TRANSLATE_NOOP("Issue", "{token} is not a token of this project (allowed: {choices})."),
    "labels.unknown": QT_TRANSLATE_NOOP("Issue", "Choose labels from the list only, each once."),
    "labels.too_few": _Counted.translate("Issue", "Choose at least %n label(s).", None, 0),
    "labels.too_many": _Counted.translate("Issue", "Choose at most %n label(s).", None, 0),
    "boxes.label": QT_TRANSLATE_NOOP("Issue", "Box {n} needs a label from the list."),
    "boxes.small": QT_TRANSLATE_NOOP("Issue", "Box {n} is smaller than {size} pixels each way."),
    "boxes.outside": QT_TRANSLATE_NOOP("Issue", "Box {n} reaches outside the image."),
    "boxes.too_few": _Counted.translate("Issue", "Draw at least %n box(es).", None, 0),
    "boxes.too_many": _Counted.translate("Issue", "Draw at most %n box(es).", None, 0),
    "caption.none": QT_TRANSLATE_NOOP("Issue", "Add at least one caption."),
    "caption.empty": QT_TRANSLATE_NOOP("Issue", "Caption {n} has no text."),
    "caption.order": QT_TRANSLATE_NOOP("Issue", "Caption {n} ends before it starts."),
    "caption.past_end": QT_TRANSLATE_NOOP("Issue", "Caption {n} ends after the clip."),
    "caption.short": QT_TRANSLATE_NOOP("Issue", "Caption {n} lasts {ms} ms; the least is {min} ms."),
    "caption.long": QT_TRANSLATE_NOOP("Issue", "Caption {n} lasts {ms} ms; the most is {max} ms."),
    "caption.lines": QT_TRANSLATE_NOOP("Issue", "Caption {n} has {lines} lines; the most is {max}."),
    "caption.line_long": QT_TRANSLATE_NOOP("Issue", "Caption {n} has a line of {chars} characters; the most is "
                                                    "{max}."),
    "caption.fast": QT_TRANSLATE_NOOP("Issue", "Caption {n} is read at {cps} characters a second; the most is "
                                               "{max}."),
    "caption.overlap": QT_TRANSLATE_NOOP("Issue", "Caption {n} starts before caption {previous} ends."),
    "outcome.missing": QT_TRANSLATE_NOOP("Issue", "Choose an outcome."),
    "field.required": QT_TRANSLATE_NOOP("Issue", "{label} is required."),
    "field.too_long": QT_TRANSLATE_NOOP("Issue", "{label} is at most {max} characters."),
    "field.number": QT_TRANSLATE_NOOP("Issue", "{label} must be a number."),
    "field.number_ambiguous": QT_TRANSLATE_NOOP("Issue", "{label}: {value} could be a thousands mark or a decimal "
                                                         "one. Write it without the thousands mark (10500), or with "
                                                         "two decimals (10.50)."),
    "field.number_format": QT_TRANSLATE_NOOP("Issue", "{label} must be a number written like {example}."),
    "field.range": QT_TRANSLATE_NOOP("Issue", "{label} must be between {min} and {max}."),
    "field.date": QT_TRANSLATE_NOOP("Issue", "{label} must be a date written YYYY-MM-DD."),
    "field.choice": QT_TRANSLATE_NOOP("Issue", "{label} must be one of the listed choices."),
    "field.pattern": QT_TRANSLATE_NOOP("Issue", "{label} is not in the expected form."),
    "field.phone": QT_TRANSLATE_NOOP("Issue", "{label} must be a phone number: digits, with + and spaces allowed "
                                              "(for example +256 772 123456)."),
    "field.url": QT_TRANSLATE_NOOP("Issue", "{label} must be a web address starting with https:// (for example "
                                            "https://www.example.com)."),
    "field.email": QT_TRANSLATE_NOOP("Issue", "{label} must be an email address (for example name@example.com)."),
    "translation.empty": QT_TRANSLATE_NOOP("Issue", "Segment {n} has no translation."),
    "translation.too_long": QT_TRANSLATE_NOOP("Issue", "Segment {n} is {length} characters long; the most is {max}."),
    "translation.count": QT_TRANSLATE_NOOP("Issue", "The task has {n} segments; the result has {given}."),
    "translation.placeholder": QT_TRANSLATE_NOOP("Issue", "Segment {n}: keep {placeholder} exactly as in the source."),
    "translation.placeholder_extra": QT_TRANSLATE_NOOP("Issue", "Segment {n}: {placeholder} is not in the source; "
                                                                "remove it."),
    "translation.keep": QT_TRANSLATE_NOOP("Issue", "Segment {n}: keep {span} untranslated."),
    "translation.term": QT_TRANSLATE_NOOP("Issue", "Segment {n}: translate {term} as {required} (glossary)."),
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
    "people.not_allowed": QT_TRANSLATE_NOOP("Error", "{who} ({role}) may not {action}. {hint}"),
    "login.keyring": QT_TRANSLATE_NOOP(
        "Error", "The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot "
        "be read now. Log in to this computer's account again (that unlocks the keyring), or ask the partner admin. "
        "No PIN was checked."),
    "sync": QT_TRANSLATE_NOOP(
        "Error", "Sync did not finish: {detail}. Everything is kept on this computer and goes next time."),
    "sync.offline": QT_TRANSLATE_NOOP(
        "Error", "The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this "
        "computer and goes at the next sync."),
    "sync.busy": QT_TRANSLATE_NOOP(
        "Error", "The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost."),
    "sync.auth": QT_TRANSLATE_NOOP(
        "Error", "The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin must "
        "enrol this workstation again (Admin screen, or labclient enroll). No work is lost."),
    "sync.bad_response": QT_TRANSLATE_NOOP(
        "Error", "The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page "
        "(captive portal), open a browser and sign in, then sync again. Nothing is lost."),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "Error", "This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll "
        "--hub URL, which asks for the code (or on the Admin screen)."),
    "roster.stale": QT_TRANSLATE_NOOP(
        "Error", "The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not "
        "applied. Nothing changed; the next sync brings the current list."),
    "timesheet.chain_broken": QT_TRANSLATE_NOOP(
        "Error", "The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be "
        "approved here; the hub keeps its own copy of everything synced. Tell the partner admin."),
    "credential.unavailable": QT_TRANSLATE_NOOP(
        "Error", "There is no secure credential store on this computer ({detail}), so the hub credential cannot be "
        "kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME "
        "Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store "
        "file (see docs/INSTALL.md). Nothing was changed."),
    "relay.search": QT_TRANSLATE_NOOP(
        "Error", "The lab relay could not be looked for on this network ({detail}). Type its address instead."),
    "roster.future": QT_TRANSLATE_NOOP(
        "Error", "The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not "
        "applied. Nothing changed. Ask the hub's admin to check the hub computer's clock."),
}.items()}

# Errors the core raised with a template of their own, found by (code, the core's English template).
# A core template that changes falls back to its English message rather than to a wrong text.
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
    ("people.not_allowed", "{who} cannot switch off their own account. {hint}"): QT_TRANSLATE_NOOP(
        "Error", "{who} cannot switch off their own account. Another partner admin can."),
    ("shift.conflict", "{name}'s account is switched off, so no shift can be planned for them."): QT_TRANSLATE_NOOP(
        "Error", "{name}'s account is switched off, so no shift can be planned for them."),
    ("shift.conflict", "{name} already has a shift then ({start:%a %d %b %H:%M}–{end:%H:%M}). Change the times or "
                       "the seat."): QT_TRANSLATE_NOOP(
        "Error", "{name} already has a shift then ({start}–{end}). Change the times or the seat."),
    ("shift.conflict", "Seat {seat} is taken then by {name} ({start:%a %d %b %H:%M}–{end:%H:%M}). Change the times "
                       "or the seat."): QT_TRANSLATE_NOOP(
        "Error", "Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat."),
}.items()}

# Core templates translated as they are (a ``reason`` of an error, or a template of its own):
# each is its own key, so a core template that changes falls back to its English message.
_AS_THEY_ARE: dict[str, tuple[object, ...]] = {
    "task.state": (
        QT_TRANSLATE_NOOP("Error", "Another worker has started this task and keeps it; their draft is not touched. "
                                   "Go on to the next task."),
        QT_TRANSLATE_NOOP("Error", "The tasks of {project} open when you pass its training. Ask your supervisor."),
        QT_TRANSLATE_NOOP("Error", "The organisation has paused your work on {project}: {why} Ask your supervisor."),
    ),
    "timesheet.state": (
        QT_TRANSLATE_NOOP("Error", "{name} is already clocked in (since {since}). Go on working, or clock out first."),
        QT_TRANSLATE_NOOP("Error", "{name} is not clocked in: the computer restarted after the clock-in at {since}, "
                                   "which ended that shift. Clock in again; the supervisor can correct the time lost."),
        QT_TRANSLATE_NOOP("Error", "{name} is not clocked in. Clock in first."),
        QT_TRANSLATE_NOOP("Error", "{name} is on a break. End the break first."),
        QT_TRANSLATE_NOOP("Error", "{name} is not on a break."),
        QT_TRANSLATE_NOOP("Error", "{name} is still clocked in. Approve these days after they clock out."),
    ),
    "people.weak_secret": (
        QT_TRANSLATE_NOOP("Error", "That PIN is one of the first anyone would try (like 0000, 1234 or 1212). "
                                   "Choose another."),
        QT_TRANSLATE_NOOP("Error", "Supervisors and partner admins need a PIN or password of at least {min} "
                                   "characters on this workstation, so a copy of its database cannot be used to guess "
                                   "it. Choose a longer one."),
    ),
    "session.ended": (
        QT_TRANSLATE_NOOP("Error", "This session has ended (logged out, or someone logged in again as this user). "
                                   "Log in again."),
        QT_TRANSLATE_NOOP("Error", "The computer restarted since this login. Log in again."),
        QT_TRANSLATE_NOOP("Error", "{name}'s account changed since the login (now: {role}). Log in again."),
    ),
    "people.not_allowed": (
        QT_TRANSLATE_NOOP("Error", "{who} may not correct their own timesheet. Another supervisor or the partner "
                                   "admin must."),
        QT_TRANSLATE_NOOP("Error", "{who} may not approve their own timesheet. Another supervisor or the partner "
                                   "admin must."),
        QT_TRANSLATE_NOOP("Error", "Nobody is logged in. Log in first."),
        QT_TRANSLATE_NOOP("Error", "This session was not opened by a login on this workstation. Log in again."),
    ),
    "undo": (
        QT_TRANSLATE_NOOP("Error", "There is no answer of yours to take back since you logged in."),
        QT_TRANSLATE_NOOP("Error", "Answers can be taken back for {minutes} minutes, and only the last one. Tell "
                                   "your supervisor if it was wrong."),
        QT_TRANSLATE_NOOP("Error", "It has already gone to the hub. Tell your supervisor if it was wrong: a review "
                                   "can correct it."),
        QT_TRANSLATE_NOOP("Error", "It was a checked task and you have seen its answer, so it stays as it is."),
        QT_TRANSLATE_NOOP("Error", "Another worker has started this task since. Tell your supervisor if your "
                                   "answer was wrong."),
        QT_TRANSLATE_NOOP("Error", "A supervisor has already reviewed it."),
    ),
    "review": (
        QT_TRANSLATE_NOOP("Error", "There is no result {result} on this computer to review. Refresh the list."),
        QT_TRANSLATE_NOOP("Error", "Only a submitted answer to a production task can be reviewed, not this one."),
        QT_TRANSLATE_NOOP("Error", "The note is {length} characters long; keep it to {limit}."),
        QT_TRANSLATE_NOOP("Error", "Say in the note what was wrong, so that the worker learns from the correction."),
        QT_TRANSLATE_NOOP("Error", "The correction is the same as the worker's answer. Accept it instead."),
        QT_TRANSLATE_NOOP("Error", "Nobody reviews their own answers. Another supervisor or the partner admin must."),
    ),
}
_VARIANTS.update({(code, str(text)): str(text) for code, texts in _AS_THEY_ARE.items() for text in texts})

# Params whose values are English words from a closed list (a role, what a permission allows, a
# hint): (translation context, the words). A value not listed leaves the whole error in English.
_WORDS: dict[str, tuple[str, frozenset[str]]] = {name: (context, frozenset(str(w) for w in words)) for
                                                 name, (context, words) in {
    "role": ("Role", (QT_TRANSLATE_NOOP("Role", "worker"), QT_TRANSLATE_NOOP("Role", "supervisor"),
                      QT_TRANSLATE_NOOP("Role", "admin"))),
    "action": ("Permission", (
        QT_TRANSLATE_NOOP("Permission", "do tasks"),
        QT_TRANSLATE_NOOP("Permission", "clock in or out"),
        QT_TRANSLATE_NOOP("Permission", "see hours"),
        QT_TRANSLATE_NOOP("Permission", "see other people's hours, shifts, users or flags"),
        QT_TRANSLATE_NOOP("Permission", "see another worker's drafts or results"),
        QT_TRANSLATE_NOOP("Permission", "plan shifts"),
        QT_TRANSLATE_NOOP("Permission", "correct timesheets"),
        QT_TRANSLATE_NOOP("Permission", "approve timesheets"),
        QT_TRANSLATE_NOOP("Permission", "export payroll"),
        QT_TRANSLATE_NOOP("Permission", "add users, set PINs or switch accounts on and off"),
        QT_TRANSLATE_NOOP("Permission", "change the lab's settings"),
        QT_TRANSLATE_NOOP("Permission", "change the hub settings (enrolment, sync)"),
        QT_TRANSLATE_NOOP("Permission", "let a worker try a project's training again"),
        QT_TRANSLATE_NOOP("Permission", "review workers' results"),
    )),
    "state": ("TaskState", (QT_TRANSLATE_NOOP("TaskState", "done"), QT_TRANSLATE_NOOP("TaskState", "gone"),
                            QT_TRANSLATE_NOOP("TaskState", "held"), QT_TRANSLATE_NOOP("TaskState", "closed"),
                            QT_TRANSLATE_NOOP("TaskState", "skipped"), QT_TRANSLATE_NOOP("TaskState", "flagged"),
                            QT_TRANSLATE_NOOP("TaskState", "new"))),
    "hint": ("Error", (QT_TRANSLATE_NOOP("Error", "Ask a supervisor or the partner admin."),
                       QT_TRANSLATE_NOOP("Error", "Each worker sees and changes only their own."))),
}.items()}


# Issues whose core message is one of several templates under one code, each translated whole.
_ISSUE_VARIANTS: dict[tuple[str, str], str] = {
    ("text.empty", "The transcript is empty. If nothing can be heard, type {token}."): str(QT_TRANSLATE_NOOP(
        "Issue", "The transcript is empty. If nothing can be heard, type {token}.")),
}


# What the core says outside errors (:class:`labclient.said.Said`), by (code, the core's English
# template). Here the count is ``%n``, so each language writes its own plural forms.
_SAID: dict[tuple[str, str], str] = {key: str(text) for key, text in {
    ("sync.sent", "Sent {n} item(s)."): _Counted.translate("Sync", "Sent %n item(s).", None, 0),
    ("sync.superseded", "{n} result(s) arrived after another workstation had answered the same task: the hub keeps "
                        "them beside that result, which stands."): _Counted.translate(
        "Sync", "%n result(s) arrived after another workstation had answered the same task: the hub keeps them "
        "beside that result, which stands.", None, 0),
    ("sync.received", "Received {n} new batch(es)."): _Counted.translate(
        "Sync", "Received %n new batch(es).", None, 0),
    ("sync.roster", "The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} "
                    "switched off)."): QT_TRANSLATE_NOOP(
        "Sync", "The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} switched "
        "off)."),
    ("sync.kept_admin", "{name} stays partner admin here: the hub's list would leave this workstation without one "
                        "(the hub should list another admin first)."): QT_TRANSLATE_NOOP(
        "Sync", "{name} stays partner admin here: the hub's list would leave this workstation without one (the hub "
        "should list another admin first)."),
    ("sync.relay_unused", "The lab relay at {url} was not used ({why}): media came from the hub."): QT_TRANSLATE_NOOP(
        "Sync", "The lab relay at {url} was not used ({why}): media came from the hub."),
    ("sync.relay_moved", "Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is "
                         "used from now on."): QT_TRANSLATE_NOOP(
        "Sync", "Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is used from "
        "now on."),
    ("sync.outbox_on_relay", "The hub cannot be reached: the lab relay keeps this workstation's {n} waiting "
                             "item(s) for the next USB trip."): QT_TRANSLATE_NOOP(
        "Sync", "The hub cannot be reached: the lab relay keeps this workstation's {n} waiting item(s) for the next "
                "USB trip."),
    ("sync.lab_file_unused", "The lab file on the relay was not used: {why}"): QT_TRANSLATE_NOOP(
        "Sync", "The lab file on the relay was not used: {why}"),
    ("sync.lab_file", "The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left "
                      "the outbox."): QT_TRANSLATE_NOOP(
        "Sync", "The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the "
                "outbox."),
    ("sync.budget_full", "No new batches were asked for: the media of the work not yet done fills the prefetch "
                         "budget."): QT_TRANSLATE_NOOP(
        "Sync", "No new batches were asked for: the media of the work not yet done fills the prefetch budget."),
    ("sync.budget_day", "Today's data budget is used ({used} of {limit} MB): {n} item(s) wait until tomorrow, and "
                        "no new work is asked for."): _Counted.translate(
        "Sync", "Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new "
        "work is asked for.", None, 0),
    ("sync.budget_month", "This month's data budget is used ({used} of {limit} MB): {n} item(s) wait until next "
                          "month, and no new work is asked for."): _Counted.translate(
        "Sync", "This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no "
        "new work is asked for.", None, 0),
    ("sync.lab_budget_day", "The lab's data budget for today is used ({used} of {limit} MB, counted by the lab "
                            "relay): {n} item(s) wait until tomorrow, and no new work is asked for."):
        _Counted.translate(
            "Sync", "The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): "
            "%n item(s) wait until tomorrow, and no new work is asked for.", None, 0),
    ("sync.lab_budget_month", "The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab "
                              "relay): {n} item(s) wait until next month, and no new work is asked for."):
        _Counted.translate(
            "Sync", "The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): "
            "%n item(s) wait until next month, and no new work is asked for.", None, 0),
    ("sync.budget_no_pull_day", "No new work was asked for: today's data budget has too little left."):
        QT_TRANSLATE_NOOP("Sync", "No new work was asked for: today's data budget has too little left."),
    ("sync.budget_no_pull_month", "No new work was asked for: this month's data budget has too little left."):
        QT_TRANSLATE_NOOP("Sync", "No new work was asked for: this month's data budget has too little left."),
    ("sync.sent_before", "{n} item(s) reached the hub before that."): _Counted.translate(
        "Sync", "%n item(s) reached the hub before that.", None, 0),
    ("sync.received_before", "{n} new batch(es) arrived before that."): _Counted.translate(
        "Sync", "%n new batch(es) arrived before that.", None, 0),
    ("sync.refused", "{n} batch(es) from the hub were not taken: {which}."): _Counted.translate(
        "Sync", "%n batch(es) from the hub were not taken: {which}.", None, 0),
    ("sync.refused_more", "{n} batch(es) from the hub were not taken: {which}; and {more} more."): _Counted.translate(
        "Sync", "%n batch(es) from the hub were not taken: {which}; and {more} more.", None, 0),
    ("sync.cancelled", "Sync was cancelled; what was sent is kept by the hub."): QT_TRANSLATE_NOOP(
        "Sync", "Sync was cancelled; what was sent is kept by the hub."),
    ("sync.progress", "Sent {done} of {n}."): _Counted.translate("Sync", "Sent {done} of %n.", None, 0),
    ("sync.batch_refused", "Batch {batch} from the hub was {reason}"): QT_TRANSLATE_NOOP(
        "Sync", "Batch {batch} from the hub was {reason}"),
    ("sync.retrying", "{problem} Trying again in {seconds} s."): QT_TRANSLATE_NOOP(
        "Sync", "{problem} Trying again in {seconds} s."),
}.items()}

# The supervisor's flags and the timesheet chain's problems (labclient/people): context "Flag".
_FLAGS: dict[tuple[str, str], str] = {key: str(text) for key, text in {
    ("flag.author", "{detail}"): QT_TRANSLATE_NOOP("Flag", "{detail}"),
    ("chain.whole", "The timesheet record is whole ({n} events)."): _Counted.translate(
        "Flag", "The timesheet record is whole (%n events).", None, 0),
    ("chain.more", "{problem} (and {n} more problems)"): _Counted.translate(
        "Flag", "{problem} (and %n more problems)", None, 0),
    ("chain.queued", "An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was "
                     "deleted."): QT_TRANSLATE_NOOP(
        "Flag", "An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted."),
    ("chain.position", "An event ({event_id}) has a damaged position number: it was changed."): QT_TRANSLATE_NOOP(
        "Flag", "An event ({event_id}) has a damaged position number: it was changed."),
    ("chain.changed", "Event {event} ({what}) was changed after it was stored."): QT_TRANSLATE_NOOP(
        "Flag", "Event {event} ({what}) was changed after it was stored."),
    ("chain.missing", "Event {first} is missing: deleted from the record."): QT_TRANSLATE_NOOP(
        "Flag", "Event {first} is missing: deleted from the record."),
    ("chain.missing", "Events {first}–{last} are missing: deleted from the record."): QT_TRANSLATE_NOOP(
        "Flag", "Events {first}–{last} are missing: deleted from the record."),
    ("chain.order", "Event {event} ({event_id}) appears twice or out of place: it was changed."): QT_TRANSLATE_NOOP(
        "Flag", "Event {event} ({event_id}) appears twice or out of place: it was changed."),
    ("chain.link", "Event {event} ({what}) does not follow event {before}: an event before it was changed or "
                   "replaced."): QT_TRANSLATE_NOOP(
        "Flag", "Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced."),
    ("chain.head_missing", "The last event {first} is missing: deleted from the record."): QT_TRANSLATE_NOOP(
        "Flag", "The last event {first} is missing: deleted from the record."),
    ("chain.head_missing", "The last events {first}–{last} are missing: deleted from the record."): QT_TRANSLATE_NOOP(
        "Flag", "The last events {first}–{last} are missing: deleted from the record."),
    ("chain.head_replaced", "The last event ({event}) was replaced."): QT_TRANSLATE_NOOP(
        "Flag", "The last event ({event}) was replaced."),
    ("record.correction", "The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: "
                          "{reason}) signed by {by} (id {by_id})"): QT_TRANSLATE_NOOP(
        "Flag", "The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed "
        "by {by} (id {by_id})"),
    ("record.approval", "The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})"):
        QT_TRANSLATE_NOOP("Flag", "The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})"),
    ("flag.active_over_clocked", "{name}'s {day} has {active} active against {clocked} on the clock (after "
                                 "corrections); only {clocked} of active time counts."): QT_TRANSLATE_NOOP(
        "Flag", "{name}'s {day} has {active} active against {clocked} on the clock (after corrections); only "
        "{clocked} of active time counts."),
    **dict.fromkeys([
        ("flag.results_not_clocked_in", "{name} stored {n} result on {day} while not clocked in: that work is not on "
                                        "the clock."),
        ("flag.results_not_clocked_in", "{name} stored {n} results on {day} while not clocked in: that work is not "
                                        "on the clock.")], _Counted.translate(
        "Flag", "{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.", None, 0)),
    **dict.fromkeys([
        ("flag.too_fast", "{name} submitted {n} result on {day} faster than the work can be done: check it before it "
                          "is paid or delivered."),
        ("flag.too_fast", "{name} submitted {n} results on {day} faster than the work can be done: check them before "
                          "they are paid or delivered.")], _Counted.translate(
        "Flag", "{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are "
        "paid or delivered.", None, 0)),
    ("flag.restart", "The computer restarted during {name}'s shift (clocked in {since:%Y-%m-%d %H:%M}). The shift "
                     "ends at the last thing recorded before the restart ({until:%Y-%m-%d %H:%M}); time until the "
                     "next clock-in is not counted."): QT_TRANSLATE_NOOP(
        "Flag", "The computer restarted during {name}'s shift (clocked in {since}). The shift ends at the last thing "
        "recorded before the restart ({until}); time until the next clock-in is not counted."),
    ("flag.seat_taken", "{taker} clocked in at this workstation at {at:%Y-%m-%d %H:%M} while {name} was still "
                        "clocked in here (since {since:%Y-%m-%d %H:%M}; LabClient was probably closed without "
                        "clocking out). One seat counts one person at a time: {name}'s time is not counted from the "
                        "last thing recorded for them here ({seen:%Y-%m-%d %H:%M}) until they are seen working "
                        "again."): QT_TRANSLATE_NOOP(
        "Flag", "{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since "
        "{since}; LabClient was probably closed without clocking out). One seat counts one person at a time: "
        "{name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen "
        "working again."),
    ("flag.seat_taken", "{taker} was working at this workstation at {at:%Y-%m-%d %H:%M} while {name} was still "
                        "clocked in here (since {since:%Y-%m-%d %H:%M}; LabClient was probably closed without "
                        "clocking out). One seat counts one person at a time: {name}'s time is not counted from the "
                        "last thing recorded for them here ({seen:%Y-%m-%d %H:%M}) until they are seen working "
                        "again."): QT_TRANSLATE_NOOP(
        "Flag", "{taker} was working at this workstation at {at} while {name} was still clocked in here (since "
        "{since}; LabClient was probably closed without clocking out). One seat counts one person at a time: "
        "{name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen "
        "working again."),
    ("flag.outside_period", "{name}: a {what} (event {event}) outside a shift was not counted."): QT_TRANSLATE_NOOP(
        "Flag", "{name}: a {what} (event {event}) outside a shift was not counted."),
    ("flag.activity_in_break", "{name}: activity reported during a break (event {event}) was not counted."):
        QT_TRANSLATE_NOOP("Flag", "{name}: activity reported during a break (event {event}) was not counted."),
    ("flag.activity_capped", "{name} reported {claimed} of activity where only {passed} had passed (event {event}); "
                             "only {passed} counts."): QT_TRANSLATE_NOOP(
        "Flag", "{name} reported {claimed} of activity where only {passed} had passed (event {event}); only "
        "{passed} counts."),
    ("flag.activity_over_shift", "{name} reported {reported} of activity in a shift of {clocked} on the clock; only "
                                 "the clocked time counts."): QT_TRANSLATE_NOOP(
        "Flag", "{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time "
        "counts."),
    ("flag.clock_jump", "This computer's clock was moved forward by {span} (around event {event}, {wall}), or the "
                        "computer slept. Hours are measured on the computer's running time, so they are not "
                        "affected."): QT_TRANSLATE_NOOP(
        "Flag", "This computer's clock was moved forward by {span} (around event {event}, {wall}), or the computer "
        "slept. Hours are measured on the computer's running time, so they are not affected."),
    ("flag.clock_jump", "This computer's clock was moved back by {span} (around event {event}, {wall}), or the "
                        "computer slept. Hours are measured on the computer's running time, so they are not "
                        "affected."): QT_TRANSLATE_NOOP(
        "Flag", "This computer's clock was moved back by {span} (around event {event}, {wall}), or the computer "
        "slept. Hours are measured on the computer's running time, so they are not affected."),
    ("flag.double_clock_in", "{name} clocked in again (event {event}) without clocking out; the second clock-in is "
                             "ignored."): QT_TRANSLATE_NOOP(
        "Flag", "{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored."),
    ("flag.outside_shift", "{name} clocked in at {at:%Y-%m-%d %H:%M}, outside the shifts planned for them that day "
                           "({shifts})."): QT_TRANSLATE_NOOP(
        "Flag", "{name} clocked in at {at}, outside the shifts planned for them that day ({shifts})."),
    ("flag.author_unknown", "{what} does not count: there is no user with the id {by} on this workstation. It was not "
                            "made by LabClient's own screens; someone may have written it into the database by "
                            "hand."): QT_TRANSLATE_NOOP(
        "Flag", "{what} does not count: there is no user with the id {by} on this workstation. It was not made by "
        "LabClient's own screens; someone may have written it into the database by hand."),
    ("flag.author_role", "{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign "
                         "it. It was not made by LabClient's own screens; someone may have written it into the "
                         "database by hand."): QT_TRANSLATE_NOOP(
        "Flag", "{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It "
        "was not made by LabClient's own screens; someone may have written it into the database by hand."),
    ("flag.author_self", "{what} does not count: {name} signed it for their own timesheet. It was not made by "
                         "LabClient's own screens; someone may have written it into the database by hand."):
        QT_TRANSLATE_NOOP("Flag", "{what} does not count: {name} signed it for their own timesheet. It was not made "
                                  "by LabClient's own screens; someone may have written it into the database by hand."),
}.items()}
_CONTEXTS = {**dict.fromkeys(_SAID, "Sync"), **dict.fromkeys(_FLAGS, "Flag")}
_SAID.update(_FLAGS)

# First Strong Isolate and Pop Directional Isolate: a value between them keeps its own direction,
# so a Latin name, a number or a path inside an Urdu sentence reads as it should.
FSI, PDI = "\u2068", "\u2069"


# Left-to-Right Isolate: a key chord inside a right-to-left sentence keeps the order of its keys.
LRI = "\u2066"
_KEY = (r"(?:Ctrl|Alt|Shift|Esc|Tab|Enter|Return|Plus|Minus|Up|Down|Left|Right|Delete|Del|Backspace|F\d{1,2}"
        r"|\d…\d|\d|[A-Z]|\[|\])")
_CHORD = re.compile(rf"(?<![\w+/]){_KEY}(?:[+/]{_KEY})*(?![\w+/])")


def keys_kept_in_order(text: str) -> str:
    """``text`` (a line of key hints, "1…9 choose labels · Ctrl+Plus/Minus zoom") with each key
    chord isolated left-to-right in a right-to-left window, so Urdu shows "1…9", not "9…1"."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return _CHORD.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def kept_left_to_right(text: str) -> str:
    """``text`` (a range of times, "08:00–12:00") isolated left-to-right in a right-to-left window:
    there the dash between two numbers is neutral, and Urdu would show "12:00–08:00"."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{LRI}{text}{PDI}"


def said_text(said: Said) -> str:
    """What the core said, in the user's language (its English when this module has no template
    for it, as for an error without one)."""
    if said.error is not None:
        return error_text(said.error)
    key = (said.code, said.template)
    template = _SAID.get(key)
    if template is None:
        error = _error_of(said)
        return said.english if error is None else error_text(error)
    params = dict(said.params)
    for name, (context, words) in _WORDS.items():  # a role, a task state: English words of a closed list
        if isinstance(params.get(name), str) and params[name] in words:
            params[name] = QCoreApplication.translate(context, params[name])
    return _format(_translate(_CONTEXTS[key], template, said.params), params, said.english)


def flag_text(flag: Flag) -> str:
    """A flag's message in the supervisor's language (its English when it has no sentence)."""
    return flag.message if flag.said is None else said_text(flag.said)


def span_text(ms: int) -> str:
    """A length of time in the user's language: "45 s", "2 min 5 s", "2 h 15 min", "1 d 3 h 0 min"."""
    template, numbers = span_parts(ms)
    return QCoreApplication.translate("Duration", template).format(*numbers)


# The templates of labclient.said.span_parts, for lupdate.
_DURATIONS = (QT_TRANSLATE_NOOP("Duration", "{0} min {1} s"), QT_TRANSLATE_NOOP("Duration", "{0} s"),
              QT_TRANSLATE_NOOP("Duration", "{0} d {1} h {2} min"), QT_TRANSLATE_NOOP("Duration", "{0} h {1} min"),
              QT_TRANSLATE_NOOP("Duration", "{0} min"))


def sync_report_text(report: SyncReport) -> str:
    """A sync run's report, a sentence at a time, in the user's language."""
    return sentences_text(report.said, report.message)


def sentences_text(said: list[Said], english: str) -> str:
    """Sentences (a run's report, a line of the sync history) in the user's language; ``english``
    when there are none (a line logged before they were kept)."""
    return " ".join(said_text(s) for s in said) if said else english


def _error_classes() -> dict[str, type[LabClientError]]:
    found: dict[str, type[LabClientError]] = {}
    todo: list[type[LabClientError]] = [LabClientError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.code, cls)
        todo.extend(cls.__subclasses__())
    return found


def _error_of(said: Said) -> LabClientError | None:
    """The error a stored sentence told (by its code), made again to be translated; None when
    no error has that code."""
    cls = _error_classes().get(said.code)
    if cls is None or cls is LabClientError:
        return None
    try:
        return cls(said.template, **said.params)
    except (TypeError, KeyError, ValueError):
        return None


def issue_text(issue: Issue) -> str:
    """The issue in the user's language."""
    template = _ISSUE_VARIANTS.get((issue.code, issue.template)) or _ISSUES.get(issue.code)
    if template is None:
        return issue.message
    return _format(_translate("Issue", template, issue.params), issue.params, issue.message)


def error_text(error: LabClientError) -> str:
    """The error in the user's language (one without a template here falls back to the English
    message)."""
    found = _template(error)
    if found is None:
        return error.message
    template, params = found
    return _format(QCoreApplication.translate("Error", template), params, error.message)


def is_translated(error: LabClientError) -> bool:
    """Whether :func:`error_text` shows ``error`` through a template of this module (so a
    translation changes it), rather than falling back to the core's English message."""
    found = _template(error)
    if found is None:
        return False
    try:
        found[0].format(**found[1])
    except (KeyError, IndexError, ValueError):
        return False
    return True


def _template(error: LabClientError) -> tuple[str, dict[str, object]] | None:
    """The template for ``error`` (an error's own template by code, another one by code and
    template) and its params with their English words translated; None without one."""
    if error.template != type(error).template:
        template = _VARIANTS.get((error.code, error.template))
    else:
        template = _ERRORS.get(error.code)
    if template is None:
        return None
    params = dict(error.params)
    for _, field, _, _ in string.Formatter().parse(template):
        if field is None or field not in _WORDS:
            continue
        context, words = _WORDS[field]
        value = params.get(field)
        if not isinstance(value, str) or value not in words:
            return None
        params[field] = QCoreApplication.translate(context, value)
    return template, params


def _translate(context: str, template: str, params: Mapping[str, object]) -> str:
    """``template`` in the user's language; one that counts (``%n``) in the plural form for the
    param ``n``."""
    count = params.get("n")
    if "%n" in template and isinstance(count, int):
        return QCoreApplication.translate(context, template, None, count)
    return QCoreApplication.translate(context, template)


def _format(template: str, params: Mapping[str, object], fallback: str) -> str:
    try:
        return template.format(**{name: _shown(value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that names a missing param
        return fallback


def _shown(value: object) -> str:
    """A param as a sentence shows it: a whole number in the language's own way (QLocale), a
    sentence in the user's language, and in a right-to-left window each value isolated."""
    if isinstance(value, Said):
        text = said_text(value)
    elif isinstance(value, Span):
        text = span_text(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        text = QLocale().toString(value)
    elif isinstance(value, dt.datetime):  # already in the zone to show it in
        text = QLocale().toString(QDateTime(QDate(value.year, value.month, value.day),
                                            QTime(value.hour, value.minute)), "ddd d MMM HH:mm")
    elif isinstance(value, dt.time):
        text = QLocale().toString(QTime(value.hour, value.minute), "HH:mm")
    elif isinstance(value, dt.date):
        text = QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")
    else:
        text = str(value)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"{FSI}{text}{PDI}" if rtl and not isinstance(value, Said) else text
