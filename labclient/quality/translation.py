"""Scoring translation: chrF against the gold translation, times the glossary terms kept.

**chrF** (Popović, 2015; the definition sacrebleu implements with its defaults, and which
``tests/quality/test_translation_score.py`` checks against it): both texts are NFC-normalised and
their white space removed; for each n from 1 to 6 the character n-grams of the translation and
of the gold translation are counted (the translation's only for an n the gold segment has
n-grams of), giving a precision (shared n-grams / the translation's) and
a recall (shared / the gold's). Precision and recall are averaged over the n that both sides
have n-grams of, and ``chrF = (1 + β²)·P·R / (β²·P + R)`` with β = 2 (recall weighs twice).
The counts of a task's segments are added up before the division, as a corpus score is. chrF
suits translation gold better than word error rate: a correct inflection or word order that
differs from the gold costs a little, not a whole word, in every language.

**Glossary**: each glossary term (the project's or the task's) found in a source segment, whose
required translation the gold segment uses, is required of the worker's segment too (any case).
``terms`` is the share of those she used (1.0 when there are none), and ``score = chrF × terms``:
with two required terms and one missed, at most 0.5. A missed term is a major error in
translation quality models (MQM), so it fails a gold task whatever the rest. Two workers'
answers compared with each other (overlap, agreement) have no task: only chrF counts there.

Worked example::

    >>> from labclient.quality.translation import chrf, score_translation
    >>> round(chrf(["Le chat est assis."], ["Le chat est assis."]), 3)
    1.0
    >>> round(chrf(["Le chat s'est assis."], ["Le chat est assis."]), 3)
    0.753
    >>> params = {"glossary": [{"source": "customer", "target": "client"}], "do_not_translate": [],
    ...           "max_length": 100}
    >>> task = {"segments": ["Thank you, dear customer."]}
    >>> s = score_translation({"segments": ["Merci, cher acheteur."]}, {"segments": ["Merci, cher client."]},
    ...                       params, task)
    >>> s.score, [(f.name, f.given, f.expected, f.correct) for f in s.fields][1:]
    (0.0, [('customer', '', 'client', False)])

One :class:`FieldOutcome` per segment (named by its number; correct when the segment alone
reaches :data:`SEGMENT_PASS`), then one per required term (named by the source term; given is
the required translation when she used it, else empty).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import FieldOutcome
from labclient.tasks.translation import kept_of, segment_rules, segments_of, terms_of

CHAR_ORDER = 6
BETA = 2.0
#: A segment's own chrF at or above this is shown as right in the feedback table.
SEGMENT_PASS = 0.6
#: Characters of each segment scored, which bounds the work a hostile batch can cause (the
#: template's ``max_length`` is far below it in practice).
MAX_SCORED_CHARS = 20_000

Stats = list[tuple[int, int, int]]  # per n: (translation's n-grams, gold's n-grams, shared)


def _grams(text: str, n: int) -> Counter[str]:
    return Counter(text[i:i + n] for i in range(len(text) - n + 1))


def _stats(hypothesis: str, reference: str) -> Stats:
    hyp = "".join(unicodedata.normalize("NFC", hypothesis[:MAX_SCORED_CHARS]).split())
    ref = "".join(unicodedata.normalize("NFC", reference[:MAX_SCORED_CHARS]).split())
    out = []
    for n in range(1, CHAR_ORDER + 1):
        h, r = _grams(hyp, n), _grams(ref, n)
        # As the reference implementation: the translation's n-grams of an order the gold segment
        # is too short to have are not counted.
        out.append((sum(h.values()) if r else 0, sum(r.values()), sum((h & r).values())))
    return out


def _f_score(stats: Stats) -> float:
    precision = recall = 0.0
    effective = 0
    for n_hyp, n_ref, shared in stats:
        if n_hyp > 0 and n_ref > 0:
            precision += shared / n_hyp
            recall += shared / n_ref
            effective += 1
    if effective == 0:
        return 0.0
    precision, recall = precision / effective, recall / effective
    if precision + recall == 0:
        return 0.0
    factor = BETA ** 2
    return (1 + factor) * precision * recall / (factor * precision + recall)


def _score(stats: Stats) -> float:
    """chrF of counts; nothing on either side scores 1.0."""
    if all(n_hyp == 0 and n_ref == 0 for n_hyp, n_ref, _ in stats):
        return 1.0
    return _f_score(stats)


def _summed(parts: Sequence[Stats]) -> Stats:
    return [(sum(p[n][0] for p in parts), sum(p[n][1] for p in parts), sum(p[n][2] for p in parts))
            for n in range(CHAR_ORDER)]


def chrf(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    """The chrF (0..1) of translated segments against the gold ones, counts added over segments.
    Two empty sides score 1.0."""
    return _score(_summed([_stats(hyp, ref) for hyp, ref in zip(hypotheses, references, strict=False)]))


def score_translation(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any],
                      task: dict[str, Any] | None = None) -> Score:
    """Score a checked translation against the gold answer (both ``{"segments": [...]}``) on
    ``task`` (see the module). A missing segment on either side counts as empty; without the task
    only chrF is scored."""
    given = [str(s) for s in result.get("segments", [])]
    expected = [str(s) for s in gold.get("segments", [])]
    width = max(len(given), len(expected))
    given += [""] * (width - len(given))
    expected += [""] * (width - len(expected))
    per_segment = [_stats(g, e) for g, e in zip(given, expected, strict=True)]  # counted once, used twice
    fields = [FieldOutcome(str(i + 1), g, e, _score(stats) >= SEGMENT_PASS)
              for i, (g, e, stats) in enumerate(zip(given, expected, per_segment, strict=True))]
    required = used = 0
    if task is not None:
        terms, kept = terms_of(task, params), kept_of(task, params)
        for i, segment in enumerate(segments_of(task, params)[:width]):
            for term in segment_rules(segment.text, terms, kept).terms:
                target = term.target.casefold()
                if target not in expected[i].casefold():
                    continue  # a gold translation that found another way: not required of her either
                required += 1
                hit = target in given[i].casefold()
                used += hit
                fields.append(FieldOutcome(term.source, term.target if hit else "", term.target, hit))
    terms_share = used / required if required else 1.0
    return Score(_score(_summed(per_segment)) * terms_share, "chrf", fields=tuple(fields))
