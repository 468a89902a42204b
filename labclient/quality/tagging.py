"""Scoring tagging: exact match for single choice, Jaccard for multiple choice, and for boxes the
F1 of the boxes matched by label and IoU (:func:`score_boxes`).

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

Boxes (IoU threshold 0.5): gold one cat box at (0, 0, 10, 10); given a cat box at (0, 0, 10, 8)
(IoU 0.8: matched) and a dog box: precision 1/2, recall 1/1, F1 0.667::

    >>> boxes = dict(params, mode="boxes", iou_threshold=0.5)
    >>> cat = {"label": "cat", "x": 0, "y": 0, "w": 10, "h": 10}
    >>> s = score_tagging({"boxes": [dict(cat, h=8), dict(cat, label="dog")]}, {"boxes": [cat]}, boxes)
    >>> round(s.score, 3), [(f.name, f.given, f.expected, f.correct) for f in s.fields]
    (0.667, [('Cat', '1', '1', True), ('Dog', '1', '0', False)])
"""

from __future__ import annotations

from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import FieldOutcome


def iou(a: dict[str, int], b: dict[str, int]) -> float:
    """Intersection over union of two boxes (``x``, ``y``, ``w``, ``h`` in pixels), 0..1."""
    w = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
    h = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
    inter = max(0, w) * max(0, h)
    union = a["w"] * a["h"] + b["w"] * b["h"] - inter
    return inter / union if union > 0 else 0.0


def match_boxes(given: list[dict[str, Any]], expected: list[dict[str, Any]], threshold: float) -> list[tuple[int, int]]:
    """Pairs (given index, expected index) of boxes of one label that overlap by at least
    ``threshold`` IoU, each box in one pair at most, the closest pairs first (greedy, as the
    object-detection benchmarks match)."""
    pairs = sorted(((iou(g, e), i, j) for i, g in enumerate(given) for j, e in enumerate(expected)
                    if g["label"] == e["label"]), key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_e: set[int] = set()
    out = []
    for overlap, i, j in pairs:
        if overlap + 1e-12 < threshold:
            break
        if i not in used_g and j not in used_e:
            used_g.add(i)
            used_e.add(j)
            out.append((i, j))
    return out


def score_boxes(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any]) -> Score:
    """Score checked boxes against the gold boxes: F1 of the boxes matched (same label, IoU at
    least the template's ``iou_threshold``); 1.0 when neither side has a box. One outcome per
    label either side used: boxes given and expected, right when every one of them matched."""
    given, expected = list(result.get("boxes", [])), list(gold.get("boxes", []))
    pairs = match_boxes(given, expected, params["iou_threshold"])
    if not given and not expected:
        score = 1.0
    else:
        precision = len(pairs) / len(given) if given else 0.0
        recall = len(pairs) / len(expected) if expected else 0.0
        score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = []
    for label in params["labels"]:
        n_given = sum(1 for b in given if b["label"] == label["id"])
        n_expected = sum(1 for b in expected if b["label"] == label["id"])
        if n_given or n_expected:
            matched = sum(1 for i, _ in pairs if given[i]["label"] == label["id"])
            fields.append(FieldOutcome(label["text"], str(n_given), str(n_expected),
                                       matched == n_given == n_expected))
    return Score(score, "boxes", fields=tuple(fields))


def score_tagging(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any]) -> Score:
    """Score a checked tagging result against the gold answer (both ``{"labels": [...]}``, or
    ``{"boxes": [...]}`` for mode boxes)."""
    if params["mode"] == "boxes":
        return score_boxes(result, gold, params)
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
