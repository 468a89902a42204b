"""Scoring tagging: exact match for single choice, Jaccard for multiple choice.

Worked examples (labels cat, dog, bird)::

    >>> from labclient.quality.tagging import score_tagging
    >>> params = {"mode": "multi", "labels": [{"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"},
    ...           {"id": "bird", "text": "Bird"}]}
    >>> score_tagging({"labels": ["cat", "dog"]}, {"labels": ["cat", "bird"]}, params).score   # 1 shared of 3
    0.3333333333333333
    >>> score_tagging({"labels": []}, {"labels": []}, params).score   # nothing to tag, nothing tagged
    1.0
    >>> single = dict(params, mode="single")
    >>> score_tagging({"labels": ["dog"]}, {"labels": ["cat"]}, single).score
    0.0

One :class:`FieldOutcome` per label that either side chose, in the template's order: the label's
text, given and expected (the text, or "" when that side did not choose it), and whether both
sides agree on it.
"""

from __future__ import annotations

from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import FieldOutcome


def score_tagging(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any]) -> Score:
    """Score a checked tagging result against the gold answer (both ``{"labels": [...]}``)."""
    given, expected = set(result.get("labels", [])), set(gold.get("labels", []))
    union = given | expected
    if params["mode"] == "single":
        rule, score = "exact", 1.0 if given == expected else 0.0
    else:
        rule, score = "jaccard", 1.0 if not union else len(given & expected) / len(union)
    fields = tuple(
        FieldOutcome(label["text"], label["text"] if label["id"] in given else "",
                     label["text"] if label["id"] in expected else "",
                     (label["id"] in given) == (label["id"] in expected))
        for label in params["labels"] if label["id"] in union)
    return Score(score, rule, fields=fields)
