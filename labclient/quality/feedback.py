"""What a worker is told after submitting a gold or training task (Qt-free, frozen).

:meth:`labclient.workspace.Workspace.feedback` returns a :class:`Feedback` for a result the
session's worker submitted on a task with a gold answer; the work screen shows it as is. Every
text is display text: numbers and dates as the worker typed them, labels by their text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class FieldOutcome:
    """One field (data entry, and its outcome) or one label (tagging), right or wrong."""

    name: str        # data entry: the field's label (or "Outcome"); tagging: the label's text
    given: str       # what the worker gave, as display text ("" when nothing)
    expected: str    # the gold answer, as display text ("" when nothing)
    correct: bool


@dataclass(frozen=True)
class WordOp:
    """One step of the word alignment of a transcript with its gold transcript."""

    op: Literal["equal", "substitute", "insert", "delete"]   # insert: a word the worker added; delete: one she missed
    given: str       # the worker's word(s) ("" for delete)
    expected: str    # the gold word(s) ("" for insert)


@dataclass(frozen=True)
class Feedback:
    """The score of one submitted result against its task's gold answer, and why."""

    task_key: int
    purpose: Literal["gold", "training"]
    score: float                       # 0.0 .. 1.0
    passed: bool                       # score >= threshold
    threshold: float
    rule: str                          # "exact", "jaccard", "fields" or "wer"
    fields: tuple[FieldOutcome, ...]   # tagging and data entry; empty for transcription
    words: tuple[WordOp, ...]          # transcription; empty otherwise
    wer: float | None
    cer: float | None
    explanation: str                   # Markdown from the batch ("" when none)


@dataclass(frozen=True)
class ProjectAccuracy:
    """A worker's gold results in one project (:meth:`labclient.workspace.Workspace.accuracy`):
    how many of her last gold results fall in it, their mean score and how many passed."""

    project_id: str
    project_name: str
    gold_count: int
    mean_score: float
    passed: int
