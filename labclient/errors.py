"""Errors the core raises, each carrying a message a person can act on.

Every error has a stable ``code`` (for tests, logs and translation), an English ``message`` made
from a template and ``params``, and says what happened and what to do next. The UI translates by
``code``; the command line prints ``message``.
"""

from __future__ import annotations

from typing import Any


class LabClientError(Exception):
    """Base of every error the core raises on purpose.

    Subclasses set ``code`` and a ``template`` (``str.format`` with ``params``).
    """

    code = "error"
    template = "{detail}"

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.params: dict[str, Any] = params
        if template is not None:
            self.template = template
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English sentence for a person: what happened and what to do."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):  # a template that names a missing param is a bug
            return f"{self.template} {self.params}"


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


class UnknownWorkerError(LabClientError):
    """A worker id that the workspace does not know."""

    code = "worker.unknown"
    template = "There is no worker {worker!r} on this workstation."
