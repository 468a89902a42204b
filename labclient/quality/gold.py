"""Checking a batch's gold answers, training marks and ``quality`` block (docs/batch-format.md).

These run inside :func:`labclient.batch.check_batch`, so the client's import, its pull from the
hub and the hub's ``labhub add-batch`` refuse the same documents with the same message. Every
problem raises :class:`labclient.errors.BundleError` naming the JSON path and the rule.
"""

from __future__ import annotations

from typing import Any

from labclient.tasks.base import Kind
from labclient.tasks.checks import expect_bool, expect_int, expect_list, expect_number, expect_object, expect_str, fail

_GOLD = frozenset({"answer"})
_GOLD_OPTIONAL = frozenset({"explanation", "tolerance"})
_QUALITY = frozenset({"threshold", "ignore_tokens", "training", "review", "overlap", "agreement"})
_TRAINING = frozenset({"pass", "attempts"})
_REVIEW = frozenset({"share", "new_worker"})
MAX_ATTEMPTS = 10
MAX_OVERLAP = 10
DEFAULT_AGREEMENT = 0.6
MAX_EXPLANATION = 20_000
MAX_NUMBER_TOLERANCE = 1e15
MAX_DATE_TOLERANCE_DAYS = 36_500


def parse_quality(raw: Any, kind: str, params: dict[str, Any], where: str) -> dict[str, Any]:
    """The template's ``quality`` block, checked: ``threshold`` (0..1), for transcription
    ``ignore_tokens`` (a subset of the template's tokens), and ``training`` (the qualification:
    ``pass``, 0..1, and ``attempts``, 1..10; both optional), and ``review`` (the supervisor's
    sample: ``share``, 0..1, and ``new_worker``, 0..1000 results; both optional), ``overlap`` (how
    many workers answer each production task, 1..10) and ``agreement`` (the share of them, 0.5..1,
    that must agree with the final answer; it needs an ``overlap`` above 1). Only the keys given
    are kept."""
    q = expect_object(raw, where, set(), _QUALITY)
    out: dict[str, Any] = {}
    if "threshold" in q:
        out["threshold"] = expect_number(q["threshold"], f"{where}.threshold", 0.0, 1.0)
    if "ignore_tokens" in q:
        if kind != "transcription":
            raise fail(f"{where}.ignore_tokens", f"applies to transcription only, not {kind}")
        tokens = expect_list(q["ignore_tokens"], f"{where}.ignore_tokens", 0, 9)
        for i, token in enumerate(tokens):
            if token not in params["tokens"]:
                raise fail(f"{where}.ignore_tokens[{i}]", f"{str(token)[:40]!r} is not one of the template's "
                                                           "tokens")
        out["ignore_tokens"] = list(dict.fromkeys(tokens))
    if "training" in q:
        t = expect_object(q["training"], f"{where}.training", set(), _TRAINING)
        out["training"] = {k: v for k, v in (
            ("pass", expect_number(t["pass"], f"{where}.training.pass", 0.0, 1.0) if "pass" in t else None),
            ("attempts", expect_int(t["attempts"], f"{where}.training.attempts", 1, MAX_ATTEMPTS)
             if "attempts" in t else None)) if v is not None}
    if "review" in q:
        r = expect_object(q["review"], f"{where}.review", set(), _REVIEW)
        out["review"] = {k: v for k, v in (
            ("share", expect_number(r["share"], f"{where}.review.share", 0.0, 1.0) if "share" in r else None),
            ("new_worker", expect_int(r["new_worker"], f"{where}.review.new_worker", 0, 1000)
             if "new_worker" in r else None)) if v is not None}
    if "overlap" in q:
        out["overlap"] = expect_int(q["overlap"], f"{where}.overlap", 1, MAX_OVERLAP)
    if "agreement" in q:
        if out.get("overlap", 1) < 2:
            raise fail(f"{where}.agreement", "needs an 'overlap' of 2 or more (agreement is between workers)")
        out["agreement"] = expect_number(q["agreement"], f"{where}.agreement", 0.5, 1.0)
    return out


def overlap_of(template: dict[str, Any]) -> int:
    """How many workers answer each production task of the template (1 unless it says)."""
    return int(template.get("quality", {}).get("overlap", 1))


def agreement_of(template: dict[str, Any]) -> float:
    """The share of a task's answers that must agree with its final answer (docs/quality.md,
    "Overlap and agreement"); 0.6 unless the template says."""
    return float(template.get("quality", {}).get("agreement", DEFAULT_AGREEMENT))


def check_gold(task: dict[str, Any], kind: Kind, params: dict[str, Any], where: str) -> None:
    """Check a task's ``gold`` and ``training`` (the task's other fields are checked already)."""
    if "training" in task:
        expect_bool(task["training"], f"{where}.training")
        if task["training"] and "gold" not in task:
            raise fail(f"{where}.training", "is true, but the task has no 'gold' answer (training needs one)")
    if "gold" not in task:
        return
    gw = f"{where}.gold"
    gold = expect_object(task["gold"], gw, _GOLD, _GOLD_OPTIONAL)
    answer = expect_object(gold["answer"], f"{gw}.answer", kind.result_keys(params), set())
    issues = kind.validate_result(answer, params) or kind.task_issues(answer, task, params)
    if issues:
        raise fail(f"{gw}.answer", f"breaks the template's result rules: {issues[0].message}")
    if "explanation" in gold:
        expect_str(gold["explanation"], f"{gw}.explanation", max_len=MAX_EXPLANATION)
    if "tolerance" in gold:
        _check_tolerance(gold["tolerance"], kind, params, f"{gw}.tolerance")


def _check_tolerance(raw: Any, kind: Kind, params: dict[str, Any], where: str) -> None:
    if kind.name != "data_entry":
        raise fail(where, f"applies to data entry number and date fields only, not {kind.name}")
    tolerance = expect_object(raw, where, set(), {f["id"] for f in params["fields"]})
    types = {f["id"]: f["type"] for f in params["fields"]}
    for fid, value in tolerance.items():
        if types[fid] == "number":
            expect_number(value, f"{where}.{fid}", 0.0, MAX_NUMBER_TOLERANCE)
        elif types[fid] == "date":
            expect_int(value, f"{where}.{fid}", 0, MAX_DATE_TOLERANCE_DAYS)
        else:
            raise fail(f"{where}.{fid}", f"a tolerance applies to number and date fields, not {types[fid]}")


def gold_of(task: dict[str, Any]) -> dict[str, Any] | None:
    """The stored form of a checked task's gold: ``{"purpose", "answer", "explanation",
    "tolerance"}``, or None for a production task."""
    if "gold" not in task:
        return None
    gold = task["gold"]
    return {"purpose": "training" if task.get("training") else "gold", "answer": gold["answer"],
            "explanation": gold.get("explanation", ""), "tolerance": gold.get("tolerance", {})}
