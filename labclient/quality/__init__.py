"""Gold and training tasks: checking them in a batch, and scoring results against them
(docs/quality.md). Qt-free; the client scores at submit, the hub again on receipt, with this code.

One module per kind (:mod:`.tagging`, :mod:`.data_entry`, :mod:`.transcription`, :mod:`.translation`) holds the rule
and worked examples; :func:`score_result` picks the kind's and applies the template's pass mark.
"""

from __future__ import annotations

from typing import Any

from labclient.quality.base import Score, ignored_tokens, rule_for, threshold_of
from labclient.quality.captioning import score_captions
from labclient.quality.data_entry import score_data_entry
from labclient.quality.feedback import Feedback, FieldOutcome, ProjectAccuracy, WordOp
from labclient.quality.tagging import score_tagging
from labclient.quality.transcription import score_transcription
from labclient.quality.translation import score_translation

__all__ = ["Feedback", "FieldOutcome", "ProjectAccuracy", "Score", "WordOp", "rule_for", "score_result",
           "threshold_of"]


def score_result(template: dict[str, Any], gold: dict[str, Any], result: dict[str, Any],
                 task: dict[str, Any] | None = None) -> Score:
    """Score ``result`` (already checked against the template) against ``gold`` (as
    :func:`labclient.quality.gold.gold_of` stores it) under the normalised ``template``. ``task``
    is the task's body: a translation's glossary terms are read from its source (without it, as
    when two workers' answers are compared, the glossary is not scored)."""
    kind, params = str(template["kind"]), template["params"]
    answer = gold["answer"]
    if kind == "tagging":
        return score_tagging(result, answer, params)
    if kind == "data_entry":
        return score_data_entry(result, answer, params, gold.get("tolerance") or {})
    if kind == "translation":
        return score_translation(result, answer, params, task)
    if kind == "captioning":
        return score_captions(result, answer, params)
    return score_transcription(result, answer, ignored_tokens(template))
