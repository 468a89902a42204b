"""Errors the core raises, each carrying a message a person can act on.

Every error has a stable ``code`` (for tests, logs and translation), an English ``message`` made
from a template and ``params``, and says what happened and what to do next. The UI translates by
``code`` and template (:mod:`labclient.ui.messages`); the command line prints ``message``. An error
that can happen in several distinct ways is raised with a ``reason`` that picks one of its
``reasons`` templates, so each way has its own sentence to translate, with only names, times and
numbers as params (never English built in code).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar


class LabClientError(Exception):
    """Base of every error the core raises on purpose.

    Subclasses set ``code`` and a ``template`` (``str.format`` with ``params``); one raised in
    several distinct ways also sets ``reasons`` (reason -> English template), and is raised with
    ``reason="..."`` and that template's params. KeyError for a reason it does not have.
    """

    code = "error"
    template = "{detail}"
    reasons: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.reasons = cls.__dict__.get("reasons", {})  # a class's own reasons, never its parent's

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.params: dict[str, Any] = {k: _bounded(v) for k, v in params.items()}
        if template is None and "reason" in params:
            template = self.reasons[params["reason"]]
        if template is not None:
            self.template = template
        super().__init__(self.message)

    @property
    def reason(self) -> str | None:
        """Which of the ``reasons`` this is (None when raised without one), for code to act on."""
        value = self.params.get("reason")
        return None if value is None else str(value)

    @property
    def message(self) -> str:
        """The English sentence for a person: what happened and what to do."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):  # a template that names a missing param is a bug
            return f"{self.template} {self.params}"


#: The most characters of one param a message shows: a param often quotes input from outside (a
#: key, an id, a path), and a hostile batch must not turn a refusal into megabytes of text.
MAX_PARAM_CHARS = 500


def _bounded(value: Any) -> Any:
    """``value``, with a string longer than :data:`MAX_PARAM_CHARS` cut short and marked so."""
    if isinstance(value, str) and len(value) > MAX_PARAM_CHARS:
        return f"{value[:MAX_PARAM_CHARS]}… ({len(value):,} characters)"
    return value


class StoreError(LabClientError):
    """The local database cannot be used; nothing was changed."""

    code = "store"


class DiskFullError(StoreError):
    """The disk holding the data folder is full."""

    code = "store.disk_full"
    template = (
        "The disk is full, so this could not be saved. Free some space on the disk that holds "
        "{folder}, then try again. Everything saved before is intact."
    )


class ReadOnlyError(StoreError):
    """The data folder or database file cannot be written."""

    code = "store.read_only"
    template = (
        "LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the "
        "folder is writable. Everything saved before is intact."
    )


class StoreBusyError(StoreError):
    """Another LabClient holds the database."""

    code = "store.busy"
    template = (
        "The data folder {folder} is in use by another LabClient window. Close the other window, "
        "then try again."
    )


class StoreCorruptError(StoreError):
    """The database file failed its integrity check or is not a database."""

    code = "store.corrupt"
    template = (
        "The local database {path} is damaged ({detail}). LabClient has not changed it. "
        "Ask the lab admin to restore it from a backup or to re-enrol this workstation."
    )


class SchemaTooNewError(StoreError):
    """The database was written by a newer LabClient."""

    code = "store.too_new"
    template = (
        "The local database {path} was written by a newer LabClient (schema {found}; this program "
        "knows up to {known}). Install the newer LabClient. The data has not been touched."
    )


class BundleError(LabClientError):
    """A batch bundle was refused whole; nothing in the cache changed.

    ``where`` names the place in the bundle (a zip entry or a JSON path) when there is one.
    """

    code = "bundle"
    template = "The batch was refused: {detail}. Nothing in the task cache changed."


class TaskStateError(LabClientError):
    """An action on a task that is no longer open (already done, or never in the cache)."""

    code = "task.state"
    template = "This task is already {state}; it cannot be changed. Go on to the next task."
    reasons: ClassVar[Mapping[str, str]] = {
        "held": "Another worker has started this task and keeps it; their draft is not touched. Go on to the "
                "next task.",
        "training": "The tasks of {project} open when you pass its training. Ask your supervisor.",
        "paused": "The organisation has paused your work on {project}: {why} Ask your supervisor.",
    }


class UndoError(LabClientError):
    """The worker's last answer cannot be taken back (:meth:`labclient.workspace.Workspace.undo_last`);
    nothing changed."""

    code = "undo"
    template = "Your last answer cannot be taken back: {detail}."
    reasons: ClassVar[Mapping[str, str]] = {
        "nothing": "There is no answer of yours to take back since you logged in.",
        "too_late": "Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor "
                    "if it was wrong.",
        "sent": "It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.",
        "checked": "It was a checked task and you have seen its answer, so it stays as it is.",
        "held": "Another worker has started this task since. Tell your supervisor if your answer was wrong.",
        "reviewed": "A supervisor has already reviewed it.",
    }


class ReviewError(LabClientError):
    """A review that cannot be stored (docs/quality.md, "Review"); nothing was changed."""

    code = "review"
    template = "This review cannot be stored: {detail}."
    reasons: ClassVar[Mapping[str, str]] = {
        "gone": "There is no result {result} on this computer to review. Refresh the list.",
        "not_work": "Only a submitted answer to a production task can be reviewed, not this one.",
        "note_long": "The note is {length} characters long; keep it to {limit}.",
        "no_note": "Say in the note what was wrong, so that the worker learns from the correction.",
        "unchanged": "The correction is the same as the worker's answer. Accept it instead.",
        "own": "Nobody reviews their own answers. Another supervisor or the partner admin must.",
    }


class UnknownWorkerError(LabClientError):
    """A worker id that the workspace does not know."""

    code = "worker.unknown"
    template = "There is no worker {worker!r} on this workstation."


class SyncError(LabClientError):
    """A sync could not finish; what is stored locally is intact and will go next time."""

    code = "sync"
    template = "Sync did not finish: {detail}. Everything is kept on this computer and goes next time."


class HubUnreachableError(SyncError):
    """No connection to the hub (offline, DNS, refused, timed out, stalled)."""

    code = "sync.offline"
    template = ("The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept "
                "on this computer and goes at the next sync.")


class HubBusyError(SyncError):
    """The hub asked us to come back later (429/503), or failed (5xx)."""

    code = "sync.busy"
    template = "The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost."

    @property
    def retry_after(self) -> float | None:
        """Seconds the hub asked us to wait, if it said."""
        value = self.params.get("retry_after")
        return float(value) if value is not None else None


class HubAuthError(SyncError):
    """The hub refused this workstation's credential."""

    code = "sync.auth"
    template = ("The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin "
                "must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.")


class BadHubResponseError(SyncError):
    """The answer was not the hub's (a captive portal's page, a proxy's error) or was malformed."""

    code = "sync.bad_response"
    template = ("The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login "
                "page (captive portal), open a browser and sign in, then sync again. Nothing is lost.")


class NotEnrolledError(SyncError):
    """Sync was asked for before this workstation was enrolled."""

    code = "sync.not_enrolled"
    template = ("This workstation is not enrolled with a hub yet. A partner admin enrols it with "
                "labclient enroll --hub URL, which asks for the code (or on the Admin screen).")


class CredentialStoreError(LabClientError):
    """No usable OS credential store (keyring) for the device credential."""

    code = "credential.unavailable"
    template = (
        "There is no secure credential store on this computer ({detail}), so the hub credential cannot be "
        "kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as "
        "GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose "
        "--credential-store file (see docs/INSTALL.md). Nothing was changed."
    )


# -- people: users, login, sessions, timesheets, shifts (docs/people.md) -----------------------


class PeopleError(LabClientError):
    """A people action (login, timesheet, shifts, users) could not be done; nothing was changed."""

    code = "people"


class NotAllowed(PeopleError):
    """The session's role may not do this, whatever part of the program asked. Reasons (param
    ``who``): ``correct_own``, ``approve_own`` (nobody corrects or approves their own timesheet)."""

    code = "people.not_allowed"
    template = "{who} ({role}) may not {action}. {hint}"
    reasons: ClassVar[Mapping[str, str]] = {
        "correct_own": "{who} may not correct their own timesheet. Another supervisor or the partner admin must.",
        "approve_own": "{who} may not approve their own timesheet. Another supervisor or the partner admin must.",
    }

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        params.setdefault("hint", "Ask a supervisor or the partner admin.")
        super().__init__(template, **params)


class SessionLockedError(NotAllowed):
    """The session is locked (by its user, or after the set idle time)."""

    code = "session.locked"
    template = "The screen is locked. {who} must enter their PIN to go on, or someone else can log in."


class SessionEndedError(NotAllowed):
    """The session ended (logout, restart, role change) or was never opened by login. Reasons:
    ``ended`` (logged out, or superseded by a newer login), ``restarted`` (the computer restarted),
    ``account_changed`` (params ``name``, and ``role``: the account's role now)."""

    code = "session.ended"
    template = "{detail} Log in again."
    reasons: ClassVar[Mapping[str, str]] = {
        "ended": "This session has ended (logged out, or someone logged in again as this user). Log in again.",
        "restarted": "The computer restarted since this login. Log in again.",
        "account_changed": "{name}'s account changed since the login (now: {role}). Log in again.",
    }


class UnknownUserError(PeopleError):
    """No user by that name (or id) on this workstation."""

    code = "login.unknown_user"
    template = ("There is no user named {name!r} on this workstation. Pick your name from the list, or ask "
                "the partner admin to add you.")


class WrongSecretError(PeopleError):
    """The PIN or password did not match; the failure was counted."""

    code = "login.wrong_secret"
    template = "That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}."


class AccountLockedError(PeopleError):
    """Too many wrong PINs in a row: the account waits before it takes another try."""

    code = "login.locked"
    template = ("{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; "
                "the partner admin can unlock it sooner.")

    @property
    def seconds_left(self) -> int:
        """Whole seconds until the next try is taken."""
        return int(self.params["seconds"])


class AccountDisabledError(NotAllowed):
    """The account is switched off (the hub no longer lists it, or an admin switched it off)."""

    code = "login.disabled"
    template = ("{name}'s account is switched off on this workstation (the hub no longer lists it, or the partner "
                "admin switched it off). Ask the partner admin.")


class NoSecretError(PeopleError):
    """The user has no PIN or password yet, so nobody can log in as them."""

    code = "login.no_secret"
    template = ("{name} has no PIN yet, so they cannot log in. The partner admin sets one on the Admin screen "
                "(or at the hub: labhub add-user).")


class WeakSecretError(PeopleError):
    """A new PIN or password that is too short, too long or blank; with the workstation's strong
    PIN rules, also: reasons ``trivial`` (0000, 1234, 1212...) and ``short_for_role`` (params
    ``role``, ``min``: a supervisor's or admin's needs more characters)."""

    code = "people.weak_secret"
    template = "A PIN or password is {min} to {max} characters and not only spaces. Choose another."
    reasons: ClassVar[Mapping[str, str]] = {
        "trivial": "That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.",
        "short_for_role": ("Supervisors and partner admins need a PIN or password of at least {min} characters on "
                           "this workstation, so a copy of its database cannot be used to guess it. Choose a longer "
                           "one."),
    }


class PepperUnavailableError(PeopleError):
    """The PINs here are kept with a key in the OS keyring, and the keyring cannot give it now.
    Nothing was checked or counted."""

    code = "login.keyring"
    template = ("The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot "
                "be read now ({detail}). Log in to this computer's account again (that unlocks the keyring), or "
                "ask the partner admin. No PIN was checked.")


class UserExistsError(PeopleError):
    """A new user whose name is already taken on this workstation."""

    code = "people.user_exists"
    template = "There is already a user named {name!r} here. Choose another name, or set that user's PIN."


class StaleRosterError(PeopleError):
    """A roster older than the one already applied; nothing was changed."""

    code = "roster.stale"
    template = ("The user list from the hub is older ({as_of}) than the one already here ({current}), so it was "
                "not applied. Nothing changed; the next sync brings the current list.")


class RosterFromFutureError(PeopleError):
    """A roster dated far ahead of the hub's clock: applied, it would make every later roster look
    older. Nothing was changed."""

    code = "roster.future"
    template = ("The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not "
                "applied. Nothing changed. Ask the hub's admin to check the hub computer's clock.")


class TimesheetStateError(PeopleError):
    """A clock action that does not fit the worker's state (clock out before clocking in...).
    Reasons (param ``name``, and ``since``: the clock-in's time, HH:MM): ``clocked_in`` (already
    clocked in, since), ``restarted`` (not clocked in: a restart ended the shift begun at since),
    ``not_clocked_in``, ``on_break``, ``not_on_break``, ``still_clocked_in`` (approval refused)."""

    code = "timesheet.state"
    template = "{detail}"
    reasons: ClassVar[Mapping[str, str]] = {
        "clocked_in": "{name} is already clocked in (since {since}). Go on working, or clock out first.",
        "restarted": ("{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended "
                      "that shift. Clock in again; the supervisor can correct the time lost."),
        "not_clocked_in": "{name} is not clocked in. Clock in first.",
        "on_break": "{name} is on a break. End the break first.",
        "not_on_break": "{name} is not on a break.",
        "still_clocked_in": "{name} is still clocked in. Approve these days after they clock out.",
    }


class ChainBrokenError(PeopleError):
    """The local timesheet record fails its chain check, so it cannot be approved here."""

    code = "timesheet.chain_broken"
    template = ("The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot "
                "be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.")


class ShiftConflictError(PeopleError):
    """A planned shift that overlaps another of the same worker or seat."""

    code = "shift.conflict"
    template = "{detail} Change the times or the seat."
    reasons: ClassVar[Mapping[str, str]] = {
        "switched_off": "{name}'s account is switched off, so no shift can be planned for them.",
        "worker_busy": "{name} already has a shift then ({start:%a %d %b %H:%M}–{end:%H:%M}). Change the times or "
                       "the seat.",
        "seat_taken": "Seat {seat} is taken then by {name} ({start:%a %d %b %H:%M}–{end:%H:%M}). Change the times or "
                      "the seat.",
    }
