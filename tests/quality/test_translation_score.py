"""Scoring translation: our chrF against the reference implementation (sacrebleu), the glossary
terms the gold uses required of the worker, feedback after a gold translation, and overlap."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics.chrf import CHRF

from labclient.people.roles import Session
from labclient.quality import score_result
from labclient.quality.agreement import Answer, aggregate
from labclient.quality.translation import chrf
from labclient.workspace import Workspace
from tests.factory import TRANSLATION_PARAMS, make_bundle

TEMPLATE = {"kind": "translation", "params": TRANSLATION_PARAMS}
REFERENCE = CHRF()  # chrF with sacrebleu's defaults: 6 character orders, beta 2, white space left out
ALPHABET = "abc dé,ق"
translations = st.lists(st.text(alphabet=ALPHABET, max_size=30), min_size=1, max_size=4)
# A gold segment is never blank (the batch check refuses it); sacrebleu skips a blank reference.
golds = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=30).filter(str.strip), min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(translations, golds)
def test_chrf_is_the_reference_implementations(hyps: list[str], refs: list[str]) -> None:
    n = min(len(hyps), len(refs))
    hyps, refs = hyps[:n], refs[:n]
    assert chrf(hyps, refs) == pytest.approx(REFERENCE.corpus_score(hyps, [refs]).score / 100, abs=1e-9)


def test_nothing_on_either_side_is_nothing_wrong_and_a_missing_segment_costs() -> None:
    assert chrf([""], [""]) == 1.0
    assert chrf(["", "abc"], ["abc", "abc"]) < chrf(["abc", "abc"], ["abc", "abc"]) == 1.0


TASK = {"id": "t-0001", "segments": ["Hello {name}!", "Your customer paid with M-Pesa."]}


def test_a_close_translation_passes_and_a_missed_glossary_term_fails() -> None:
    gold = {"answer": {"segments": ["Bonjour {name} !", "Votre client a payé avec M-Pesa."]}}
    close = score_result(TEMPLATE, gold, {"segments": ["Bonjour {name} !", "Votre client a réglé avec M-Pesa."]},
                         TASK)
    assert close.rule == "chrf" and 0.6 <= close.score < 1.0
    missed = score_result(TEMPLATE, gold, {"segments": ["Bonjour {name} !", "Votre acheteur a payé avec M-Pesa."]},
                          TASK)
    assert missed.score == 0.0, "the one required term was missed"
    assert [(f.name, f.given, f.expected, f.correct) for f in missed.fields] == [
        ("1", "Bonjour {name} !", "Bonjour {name} !", True),
        ("2", "Votre acheteur a payé avec M-Pesa.", "Votre client a payé avec M-Pesa.", True),
        ("customer", "", "client", False)]


def test_a_term_is_required_only_where_its_source_term_is() -> None:
    # "prêt" is the glossary's word for "loan", but here it means "ready": not a term to score.
    glossary = [{"source": "loan", "target": "prêt"}]
    template = {"kind": "translation", "params": dict(TRANSLATION_PARAMS, glossary=glossary)}
    task = {"id": "t", "segments": ["Your account is ready."]}
    gold = {"answer": {"segments": ["Votre compte est prêt."]}}
    s = score_result(template, gold, {"segments": ["Votre compte est disponible."]}, task)
    assert [f.name for f in s.fields] == ["1"] and 0 < s.score < 1


def test_feedback_after_a_gold_translation(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "translation", 2, gold=1))
    task = ws.next_task(worker)
    assert task is not None and "gold" not in task.body
    loose = {"segments": ["Salut {name} !", "Le client a payé par M-Pesa."]}
    fb = ws.feedback(worker, ws.submit(worker, task.key, loose))
    assert fb is not None and fb.rule == "chrf" and fb.threshold == 0.6
    assert fb.fields[-1].name == "customer" and fb.fields[-1].correct
    assert not fb.passed, "a loose translation of a two-line SMS is below the pass mark"


def test_overlap_picks_the_translation_closest_to_the_others() -> None:
    answers = [Answer({"segments": ["Bonjour {name} !", "Votre client a payé avec M-Pesa."]}),
               Answer({"segments": ["Bonjour {name} !", "Votre client a réglé avec M-Pesa."]}),
               Answer({"segments": ["Salut {name}", "Le client a donné de l'argent par M-Pesa."]})]
    consensus = aggregate(TEMPLATE, answers)
    assert consensus.answer == answers[0].content
    assert consensus.agrees == (True, True, False)
