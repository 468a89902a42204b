"""Scoring by kind, with the worked examples of docs/quality.md and the edge cases."""

from __future__ import annotations

import doctest
import time
from typing import Any

import pytest

import labclient.quality.data_entry
import labclient.quality.tagging
import labclient.quality.transcription
import labhub.quality
from labclient.quality.data_entry import score_data_entry
from labclient.quality.feedback import WordOp
from labclient.quality.tagging import score_tagging
from labclient.quality.transcription import MAX_SCORED_WORDS, normalise, score_transcription
from tests.factory import DATA_ENTRY_PARAMS

LABELS = [{"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"}, {"id": "bird", "text": "Bird"}]
GOLD: dict[str, Any] = {
    "outcome": "corrected",
    "fields": {"name": "Mama Pima Shop", "phone": "0712 345 678", "category": "Shop", "employees": "12",
               "opened": "2019-03-05"},
}


@pytest.mark.parametrize("module", [labclient.quality.tagging, labclient.quality.data_entry,
                                    labclient.quality.transcription, labhub.quality])
def test_the_worked_examples_hold(module: object) -> None:
    failed, tried = doctest.testmod(module)  # type: ignore[arg-type]
    assert tried > 0 and failed == 0


# -- tagging ----------------------------------------------------------------------------------------

def test_single_choice_is_exact() -> None:
    params = {"mode": "single", "labels": LABELS}
    assert score_tagging({"labels": ["cat"]}, {"labels": ["cat"]}, params).score == 1.0
    wrong = score_tagging({"labels": ["dog"]}, {"labels": ["cat"]}, params)
    assert wrong.score == 0.0 and wrong.rule == "exact"
    assert [(f.name, f.given, f.expected, f.correct) for f in wrong.fields] == [
        ("Cat", "", "Cat", False), ("Dog", "Dog", "", False)]


@pytest.mark.parametrize(("given", "expected", "score"), [
    (["cat", "dog"], ["cat", "dog"], 1.0),
    (["cat"], ["cat", "dog"], 0.5),
    (["cat", "dog", "bird"], ["bird"], 1 / 3),
    ([], ["cat"], 0.0),
    ([], [], 1.0),          # both empty: nothing to tag, nothing tagged
    (["dog"], [], 0.0),
])
def test_multi_choice_is_jaccard(given: list[str], expected: list[str], score: float) -> None:
    s = score_tagging({"labels": given}, {"labels": expected}, {"mode": "multi", "labels": LABELS})
    assert s.rule == "jaccard" and s.score == pytest.approx(score)


# -- data entry -------------------------------------------------------------------------------------

def answer(**fields: str) -> dict[str, object]:
    return {"outcome": "corrected", "fields": {**GOLD["fields"], **fields}}


def test_fields_are_normalised_before_comparing() -> None:
    s = score_data_entry(answer(name="  mama PIMA   shop ", phone="0712  345 678", category="shop",
                                employees="12.0"), GOLD, DATA_ENTRY_PARAMS)
    assert s.score == 1.0 and s.rule == "fields" and len(s.fields) == 6


def test_a_number_within_its_tolerance_is_right() -> None:
    assert score_data_entry(answer(employees="13"), GOLD, DATA_ENTRY_PARAMS, {"employees": 1}).score == 1.0
    assert score_data_entry(answer(employees="14"), GOLD, DATA_ENTRY_PARAMS, {"employees": 1}).score == 5 / 6
    assert score_data_entry(answer(employees="12,4"), GOLD, DATA_ENTRY_PARAMS, {"employees": 0.5}).score == 1.0
    assert score_data_entry(answer(employees="13"), GOLD, DATA_ENTRY_PARAMS).score == 5 / 6


def test_dates_in_two_formats_are_the_same_day() -> None:
    assert score_data_entry(answer(opened="05/03/2019"), GOLD, DATA_ENTRY_PARAMS).score == 1.0
    assert score_data_entry(answer(opened="5.3.2019"), GOLD, DATA_ENTRY_PARAMS).score == 1.0
    assert score_data_entry(answer(opened="2019-03-07"), GOLD, DATA_ENTRY_PARAMS, {"opened": 2}).score == 1.0
    assert score_data_entry(answer(opened="2019-03-08"), GOLD, DATA_ENTRY_PARAMS, {"opened": 2}).score == 5 / 6
    assert score_data_entry(answer(opened="31/02/2019"), GOLD, DATA_ENTRY_PARAMS).score == 5 / 6  # no such day


def test_the_outcome_counts_and_a_closed_record_has_no_fields() -> None:
    wrong_outcome = dict(answer(), outcome="verified")
    s = score_data_entry(wrong_outcome, GOLD, DATA_ENTRY_PARAMS)
    assert s.score == 5 / 6 and s.fields[0].name == "Outcome" and not s.fields[0].correct
    assert (s.fields[0].given, s.fields[0].expected) == ("Verified", "Corrected")
    closed = {"outcome": "closed", "fields": {}}
    assert score_data_entry({"outcome": "closed", "fields": {"name": "whatever"}}, closed,
                            DATA_ENTRY_PARAMS).score == 1.0
    assert score_data_entry(answer(), closed, DATA_ENTRY_PARAMS).score == 0.0


def test_empty_fields_on_both_sides_are_right() -> None:
    gold = {"outcome": "verified", "fields": {"name": "Shop"}}
    s = score_data_entry({"outcome": "verified", "fields": {"name": "shop", "phone": ""}}, gold, DATA_ENTRY_PARAMS)
    assert s.score == 1.0 and s.fields[2].given == "" and s.fields[2].expected == ""


# -- transcription ----------------------------------------------------------------------------------

def ops(given: str, expected: str, ignore: list[str] | None = None) -> list[tuple[str, str, str]]:
    s = score_transcription({"text": given}, {"text": expected}, ignore or [])
    return [(w.op, w.given, w.expected) for w in s.words]


def test_case_punctuation_and_ignored_tokens_do_not_count() -> None:
    s = score_transcription({"text": "Well, I DON'T know [inaudible] -- maybe."},
                            {"text": "well i dont know maybe"}, ["[inaudible]"])
    assert s.wer == 0.0 and s.cer == 0.0 and s.score == 1.0
    assert normalise("Hello [crosstalk] there [inaudible]!", ["[inaudible]"]) == ["hello", "[crosstalk]", "there"]


def test_extra_and_missing_words() -> None:
    assert ops("the big cat sat", "the cat sat") == [("equal", "the", "the"), ("insert", "big", ""),
                                                      ("equal", "cat sat", "cat sat")]
    assert ops("the sat", "the cat sat") == [("equal", "the", "the"), ("delete", "", "cat"), ("equal", "sat", "sat")]
    s = score_transcription({"text": "a b c d e f"}, {"text": "a b"}, [])
    assert s.wer == 2.0 and s.score == 0.0  # more wrong words than gold words: the score stops at 0


def test_empty_transcripts() -> None:
    both = score_transcription({"text": ""}, {"text": "[inaudible]"}, ["[inaudible]"])
    assert (both.score, both.wer, both.words) == (1.0, 0.0, ())
    nothing = score_transcription({"text": "  "}, {"text": "the cat"}, [])
    assert (nothing.score, nothing.wer, nothing.cer) == (0.0, 1.0, 1.0)
    assert nothing.words == (WordOp("delete", "", "the cat"),)
    extra = score_transcription({"text": "hello"}, {"text": ""}, [])
    assert (extra.score, extra.wer) == (0.0, 1.0) and extra.words == (WordOp("insert", "hello", ""),)


def test_a_long_transcript_is_scored_in_bounded_time() -> None:
    gold = " ".join(f"word{i % 997}" for i in range(20_000))
    given = gold.replace("word5 ", "ward5 ")
    started = time.perf_counter()
    s = score_transcription({"text": given}, {"text": gold}, [])
    elapsed = time.perf_counter() - started
    assert len(normalise(gold)) == MAX_SCORED_WORDS
    assert 0.9 < s.score < 1.0 and elapsed < 2.0


def test_numbers_are_compared_with_the_templates_marks() -> None:
    from labclient.quality.data_entry import same_value

    field = {"type": "number", "number_format": {"decimal": ",", "thousands": "."}}
    assert same_value(field, "10500", "10.500"), "ten thousand five hundred, both"
    assert not same_value(field, "10,5", "10.500")
    assert not same_value({"type": "number"}, "10,500", "10500"), "without marks, 10,500 is not a number"
