"""Task kinds: each checks its template, its tasks and the results a worker submits.

``KINDS`` maps a template's ``kind`` to the object that knows its rules. The renderers for each
kind live in ``labclient.ui.task_views``.
"""

from labclient.tasks.base import Issue, Kind
from labclient.tasks.data_entry import DataEntry
from labclient.tasks.tagging import Tagging
from labclient.tasks.transcription import Transcription

KINDS: dict[str, Kind] = {k.name: k for k in (Transcription(), Tagging(), DataEntry())}

__all__ = ["KINDS", "Issue", "Kind"]
