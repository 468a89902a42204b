"""Scoring captions: the words by WER over the whole text, the timing by the mean boundary offset.

**Text**: the captions' texts are joined in time order on each side and scored as transcription
is (:mod:`labclient.quality.transcription`: normalised, aligned by ``jiwer``); ``text = max(0,
1 − WER)``.

**Timing**: each gold caption is paired with the worker's caption that overlaps it most (each
used once, the largest overlaps first). A pair's offset is the mean of its start and end
differences; a gold caption with no pair, or a caption of hers with none, counts as the
template's ``timing_tolerance_ms``. ``timing = max(0, 1 − mean offset / tolerance)``.

``score = text × timing``. Worked example (tolerance 1,000 ms)::

    >>> from labclient.quality.captioning import score_captions
    >>> gold = {"segments": [{"start_ms": 0, "end_ms": 2000, "text": "Hello there."},
    ...                      {"start_ms": 2000, "end_ms": 4000, "text": "How are you?"}]}
    >>> given = {"segments": [{"start_ms": 200, "end_ms": 2000, "text": "Hello there."},
    ...                       {"start_ms": 2000, "end_ms": 3600, "text": "How are you?"}]}
    >>> s = score_captions(given, gold, {"timing_tolerance_ms": 1000})
    >>> s.wer, round(s.score, 2)   # every word right; offsets 100 ms and 200 ms: timing 0.85
    (0.0, 0.85)

One :class:`FieldOutcome` per gold caption (named by its number): her caption's text paired with
it (or empty), the gold text, and right when the pair's offset is at most half the tolerance
and its words are the gold's (normalised).
"""

from __future__ import annotations

from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import FieldOutcome
from labclient.quality.transcription import normalise, score_transcription

MAX_PAIRED = 2000  # captions of each side timed (the kind allows no more)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, int(min(a["end_ms"], b["end_ms"])) - int(max(a["start_ms"], b["start_ms"])))


def pair_captions(given: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(given index, gold index) pairs of overlapping captions, each used once, largest overlap
    first (ties: earlier captions first)."""
    candidates = []
    j0 = 0
    for i, g in enumerate(given):  # both sides are in time order: look only at gold captions nearby
        while j0 < len(gold) and gold[j0]["end_ms"] <= g["start_ms"]:
            j0 += 1
        j = j0
        while j < len(gold) and gold[j]["start_ms"] < g["end_ms"]:
            if (o := _overlap(g, gold[j])) > 0:
                candidates.append((o, i, j))
            j += 1
    used_g: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for _o, i, j in sorted(candidates, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_g and j not in used_e:
            used_g.add(i)
            used_e.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda p: p[1])


def score_captions(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any]) -> Score:
    """Score checked captions against the gold captions (see the module)."""
    given = sorted(result.get("segments", []), key=lambda s: s["start_ms"])[:MAX_PAIRED]
    expected = sorted(gold.get("segments", []), key=lambda s: s["start_ms"])[:MAX_PAIRED]
    text = score_transcription({"text": "\n".join(s["text"] for s in given)},
                               {"text": "\n".join(s["text"] for s in expected)}, [])
    tolerance = float(params.get("timing_tolerance_ms", 1000))
    pairs = pair_captions(given, expected)
    offsets = {j: (abs(given[i]["start_ms"] - expected[j]["start_ms"])
                   + abs(given[i]["end_ms"] - expected[j]["end_ms"])) / 2 for i, j in pairs}
    unpaired = (len(given) - len(pairs)) + (len(expected) - len(pairs))
    count = len(pairs) + unpaired
    mean_offset = (sum(min(o, tolerance) for o in offsets.values()) + unpaired * tolerance) / count if count else 0.0
    timing = max(0.0, 1.0 - mean_offset / tolerance)
    by_gold = {j: i for i, j in pairs}
    fields = []
    for j, e in enumerate(expected):
        i = by_gold.get(j)
        mine = given[i]["text"] if i is not None else ""
        right = i is not None and offsets[j] <= tolerance / 2 and normalise(mine) == normalise(e["text"])
        fields.append(FieldOutcome(str(j + 1), mine, e["text"], right))
    return Score(text.score * timing, "captions", fields=tuple(fields), words=text.words, wer=text.wer, cer=text.cer)
