"""Several workers' answers to one task (overlap): the final answer, how well they agree, and
Krippendorff's alpha over many tasks (docs/quality.md, "Overlap and agreement").

Each answer carries a **weight**, its worker's reliability: her gold pass rate in the project
with one pass and one miss added (so a newcomer with no gold counts 0.5, ten passes of ten count
0.92, and nobody counts 0 or 1). The **final answer**, per kind:

- tagging, single choice: the label with the most weight; a tie goes to the answer given first;
- tagging, multiple choice: each label chosen by answers holding more than half of the weight;
- data entry: the outcome with the most weight; then, when that outcome needs fields, each field
  is the value (compared after the scorer's normalisation) with the most weight among the answers
  with that outcome, written as the first of them wrote it;
- transcription: the *weighted medoid*, the answer whose summed weighted distance (WER) to the
  others is least; an answer a worker gave, never a patchwork of several.

An answer **agrees** when it scores at the template's pass mark or above with the final answer as
the gold one (the kind's own rule: exact, Jaccard, fields or WER). The task's **agreement** is the
agreeing share of the weight.

Worked example (single-choice tagging, three workers)::

    >>> from labclient.quality.agreement import Answer, aggregate
    >>> template = {"kind": "tagging", "params": {"mode": "single", "labels": [
    ...     {"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"}]}}
    >>> c = aggregate(template, [Answer({"labels": ["cat"]}, 0.9), Answer({"labels": ["dog"]}, 0.5),
    ...                          Answer({"labels": ["cat"]}, 0.5)])
    >>> c.answer, c.agreeing, round(c.agreement, 3)
    ({'labels': ['cat']}, 2, 0.737)

**Alpha.** Krippendorff's alpha over tasks with two answers or more, with the distance between
two answers ``1 - (s(a, b) + s(b, a)) / 2`` where ``s`` is the kind's score (for single-choice
tagging this is the nominal metric). 1 is perfect agreement, 0 what chance gives, below 0 worse.
To keep it bounded it reads at most :data:`MAX_ALPHA_UNITS` tasks and estimates the expected
disagreement from at most :data:`MAX_EXPECTED_PAIRS` pairs, drawn with a fixed seed (exact for
single-choice tagging, which needs only counts).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from labclient.quality import score_result, threshold_of
from labclient.quality.data_entry import parse_any_date
from labclient.tasks.data_entry import normal_value, parse_number

MAX_ALPHA_UNITS = 2000
MAX_EXPECTED_PAIRS = 4000


@dataclass(frozen=True)
class Answer:
    """One worker's submitted result on the task, with her weight (0 < weight < 1)."""

    content: dict[str, Any]
    weight: float = 0.5


@dataclass(frozen=True)
class Consensus:
    """The final answer of a task answered by several workers, and how far they agree on it."""

    answer: dict[str, Any]
    agreement: float        # the agreeing share of the weight, 0..1
    agreeing: int           # how many answers agree
    answers: int            # how many answers there were
    agrees: tuple[bool, ...]  # per answer, in the order given


def reliability(passed: int, gold_count: int) -> float:
    """A worker's weight from her gold record: (passes + 1) / (gold results + 2)."""
    return (passed + 1) / (gold_count + 2)


def aggregate(template: dict[str, Any], answers: Sequence[Answer]) -> Consensus:
    """The final answer of ``answers`` (at least one, each checked against the normalised
    ``template``) and the agreement on it (see the module)."""
    if not answers:
        raise ValueError("aggregate needs at least one answer")
    kind, params = str(template["kind"]), template["params"]
    if kind == "tagging" and params["mode"] != "boxes":
        final = _tags(answers, params["mode"] == "single")
    elif kind == "data_entry":
        final = _data_entry(answers, params)
    else:
        final = _medoid(template, answers)
    mark = threshold_of(template) - 1e-9
    gold = {"answer": final, "tolerance": {}}
    agrees = tuple(score_result(template, gold, a.content).score >= mark for a in answers)
    total = sum(a.weight for a in answers)
    share = sum(a.weight for a, ok in zip(answers, agrees, strict=True) if ok) / total if total > 0 else 0.0
    return Consensus(final, share, sum(agrees), len(answers), agrees)


def _heaviest(weights: dict[str, float], order: list[str]) -> str:
    """The key with the most weight; a tie goes to the one seen first."""
    best = max(weights.values())
    return next(k for k in order if weights[k] >= best - 1e-12)


def _tags(answers: Sequence[Answer], single: bool) -> dict[str, Any]:
    total = sum(a.weight for a in answers)
    if single:
        weights: dict[str, float] = {}
        order: list[str] = []
        for a in answers:
            key = json.dumps(sorted(a.content.get("labels", [])))
            if key not in weights:
                order.append(key)
            weights[key] = weights.get(key, 0.0) + a.weight
        return {"labels": json.loads(_heaviest(weights, order))}
    per_label: dict[str, float] = {}
    for a in answers:
        for label in dict.fromkeys(a.content.get("labels", [])):
            per_label[label] = per_label.get(label, 0.0) + a.weight
    return {"labels": [label for label, w in per_label.items() if w > total / 2]}


def _normal(field: dict[str, Any], value: str) -> str:
    """The form two values of ``field`` are compared in (as the data entry scorer compares them)."""
    if field["type"] == "number" and (n := parse_number(value, field.get("number_format"))) is not None:
        return f"n:{n!r}"
    if field["type"] == "date" and (d := parse_any_date(value)) is not None:
        return f"d:{d.isoformat()}"
    return "t:" + normal_value(field["type"], value).casefold()


def _data_entry(answers: Sequence[Answer], params: dict[str, Any]) -> dict[str, Any]:
    weights: dict[str, float] = {}
    order: list[str] = []
    for a in answers:
        outcome = str(a.content.get("outcome"))
        if outcome not in weights:
            order.append(outcome)
        weights[outcome] = weights.get(outcome, 0.0) + a.weight
    outcome = _heaviest(weights, order)
    chose = [a for a in answers if str(a.content.get("outcome")) == outcome]
    first = chose[0].content
    out: dict[str, Any] = {"outcome": first.get("outcome"), "fields": dict(first.get("fields", {}))}
    needs = next((o.get("needs_fields", True) for o in params["outcomes"] if o["id"] == outcome), True)
    if not needs:
        return out
    for field in params["fields"]:
        fid = field["id"]
        votes: dict[str, float] = {}
        written: dict[str, str] = {}
        for a in chose:
            value = str(a.content.get("fields", {}).get(fid, ""))
            key = _normal(field, value.strip())
            written.setdefault(key, value)
            votes[key] = votes.get(key, 0.0) + a.weight
        if votes:
            out["fields"][fid] = written[_heaviest(votes, list(written))]
    return out


def _medoid(template: dict[str, Any], answers: Sequence[Answer]) -> dict[str, Any]:
    if len(answers) == 1:
        return answers[0].content
    cost = [sum(b.weight * distance(template, a.content, b.content) for b in answers if b is not a) for a in answers]
    best = min(cost)
    return answers[next(i for i, x in enumerate(cost) if x <= best + 1e-12)].content


def distance(template: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> float:
    """How far two answers are apart, 0..1: one minus the mean of each scored against the other."""
    there = score_result(template, {"answer": b, "tolerance": {}}, a).score
    back = score_result(template, {"answer": a, "tolerance": {}}, b).score
    return 1.0 - (there + back) / 2


def alpha(template: dict[str, Any], units: Sequence[Sequence[dict[str, Any]]]) -> float | None:
    """Krippendorff's alpha of ``units`` (each task's answers; tasks with fewer than two are left
    out), or None when it is undefined (fewer than two such tasks' worth of values, or every
    value the same). At most :data:`MAX_ALPHA_UNITS` units are read (see the module)."""
    pairable = [list(u) for u in units if len(u) >= 2][:MAX_ALPHA_UNITS]
    values = [v for u in pairable for v in u]
    n = len(values)
    if len(pairable) < 2:
        return None
    keys = [json.dumps(v, sort_keys=True) for v in values]
    memo: dict[tuple[str, str], float] = {}
    single = template["kind"] == "tagging" and template["params"]["mode"] == "single"

    def d(i: int, j: int) -> float:
        if keys[i] == keys[j]:
            return 0.0
        if single:
            return 1.0
        pair = (keys[i], keys[j]) if keys[i] < keys[j] else (keys[j], keys[i])
        if pair not in memo:
            memo[pair] = distance(template, values[i], values[j])
        return memo[pair]

    observed = 0.0
    start = 0
    for u in pairable:
        m = len(u)
        within = sum(d(start + i, start + j) for i in range(m) for j in range(i + 1, m))
        observed += 2 * within / (m - 1)
        start += m
    observed /= n
    expected = _expected(n, keys, d, single)
    if expected <= 0:
        return None
    return 1.0 - observed / expected


def _expected(n: int, keys: list[str], d: Callable[[int, int], float], single: bool) -> float:
    """The disagreement expected by chance: the mean distance over all pairs of values (exact from
    counts for nominal data, else over all pairs or a fixed-seed sample of them)."""
    if single:
        counts: dict[str, int] = {}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        return (n * n - sum(c * c for c in counts.values())) / (n * (n - 1))
    pairs = n * (n - 1) // 2
    if pairs <= MAX_EXPECTED_PAIRS:
        return sum(d(i, j) for i in range(n) for j in range(i + 1, n)) / pairs
    rng = random.Random(0)
    total = 0.0
    for _ in range(MAX_EXPECTED_PAIRS):
        i, j = rng.sample(range(n), 2)
        total += d(i, j)
    return total / MAX_EXPECTED_PAIRS
