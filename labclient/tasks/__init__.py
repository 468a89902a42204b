"""Task kinds: each checks its template, its tasks and the results a worker submits.

``KINDS`` maps a template's ``kind`` to the object that knows its rules. The renderers for each
kind live in ``labclient.ui.task_views``.
"""

from labclient.tasks.base import Issue, Kind
from labclient.tasks.captioning import Captioning
from labclient.tasks.data_entry import DataEntry
from labclient.tasks.tagging import Tagging
from labclient.tasks.transcription import Transcription
from labclient.tasks.translation import Translation

KINDS: dict[str, Kind] = {k.name: k for k in (Transcription(), Tagging(), DataEntry(), Translation(), Captioning())}


def too_fast(kind: str, active_ms: int) -> bool:
    """Whether a submit on a task of ``kind`` after ``active_ms`` of active time was faster than
    such work can be done (:attr:`Kind.min_plausible_ms`). False for a kind this version lacks,
    and for 0: a result stored through the API by a caller that measured no time (the work
    screen always measures, so a quick submit there is a few milliseconds, not 0)."""
    known = KINDS.get(kind)
    return known is not None and 0 < active_ms < known.min_plausible_ms


__all__ = ["KINDS", "Issue", "Kind", "too_fast"]
