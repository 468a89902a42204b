"""What every task kind provides: template checks, task checks and result validation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

IMAGE_MIMES = ("image/png", "image/jpeg", "image/webp")
AUDIO_MIMES = ("audio/ogg", "audio/mpeg", "audio/wav", "audio/flac")
#: H.264/AAC in MP4 and VP9/Opus in WebM: what Qt Multimedia's FFmpeg backend decodes everywhere.
VIDEO_MIMES = ("video/mp4", "video/webm")
#: The media each clip source (a template's ``source``) takes.
CLIP_MIMES = {"audio": AUDIO_MIMES, "video": VIDEO_MIMES}


@dataclass(frozen=True)
class Issue:
    """One reason a result is not accepted.

    ``field`` is the field id the worker must fix (``None`` for the result as a whole), ``code``
    a stable name for translation, ``template``/``params`` the English sentence.
    """

    field: str | None
    code: str
    template: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence, e.g. "Type a number between 0 and 10000."."""
        return self.template.format(**self.params)


class Kind:
    """A task kind: its template parameters, task fields and result rules.

    Subclasses are stateless; one instance of each lives in :data:`labclient.tasks.KINDS`.
    """

    name: ClassVar[str]
    #: Fields a task of this kind may carry besides ``id``.
    task_fields: ClassVar[frozenset[str]]
    #: The keys of this kind's result object (all required in a gold answer).
    result_fields: ClassVar[frozenset[str]]
    #: Less active time than this for a submit is faster than the work can be done: the hours
    #: flag it (``too_fast``) for the supervisor to check before it is paid or delivered.
    min_plausible_ms: ClassVar[int] = 1000

    def result_keys(self, params: dict[str, Any]) -> frozenset[str]:
        """The keys of a result under the template's ``params`` (a gold answer has exactly these)."""
        return self.result_fields

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        """Check the template's ``params`` and return them with defaults filled in.

        Raises :class:`labclient.errors.BundleError` naming the bad field.
        """
        raise NotImplementedError

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        """Check one task (already known to be an object with a valid ``id``).

        ``mimes`` maps each media sha256 of the batch to its mime type.
        """
        raise NotImplementedError

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        """A quick predicate: True when a task surely passes :meth:`check_task`.

        Imports call it for every task and fall back to :meth:`check_task` (which names the
        problem) only when it says False, so it may be stricter than the real rules, never looser.
        """
        return lambda task: False

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        """Every rule of the template that ``result`` breaks; empty when it may be submitted."""
        raise NotImplementedError

    def task_issues(self, result: dict[str, Any], task: dict[str, Any], params: dict[str, Any]) -> list[Issue]:
        """The rules ``result`` (which :meth:`validate_result` accepted) breaks that depend on the
        task itself, such as a translation keeping its source's placeholders. The client checks
        them before a submit and the batch import on a gold answer; the hub, which checks results
        against their template only, does not."""
        return []

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        """The result a worker starts from (before any draft)."""
        raise NotImplementedError
