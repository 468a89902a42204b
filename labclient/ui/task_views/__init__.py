"""One renderer per task kind. ``view_for_kind`` makes the view a template's kind needs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from labclient.ui.task_views.base import TaskView
from labclient.ui.task_views.captioning import CaptioningView
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.ui.task_views.translation import TranslationView

VIEWS: dict[str, type[TaskView]] = {
    "transcription": TranscriptionView,
    "tagging": TaggingView,
    "data_entry": DataEntryView,
    "translation": TranslationView,
    "captioning": CaptioningView,
}


def view_for_kind(kind: str, parent: QWidget | None = None) -> TaskView:
    """A new view for tasks of ``kind``. KeyError for a kind this client has no renderer for."""
    return VIEWS[kind](parent)


__all__ = ["VIEWS", "TaskView", "view_for_kind"]
