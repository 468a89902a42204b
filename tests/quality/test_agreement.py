"""Overlap on the core: the final answer of several workers' answers per kind, how far they agree,
Krippendorff's alpha against the reference implementation, the format's ``overlap`` and
``agreement``, and a workstation that gives each worker an overlap task once until enough have
answered it. Real SQLite files."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import BundleError, TaskStateError
from labclient.people.roles import Session
from labclient.quality.agreement import Answer, aggregate, alpha, reliability
from labclient.workspace import Workspace
from tests.factory import DATA_ENTRY_PARAMS, batch_doc
from tests.logins import sign_in

LABELS = [{"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"}, {"id": "bird", "text": "Bird"}]
SINGLE = {"kind": "tagging", "params": {"mode": "single", "labels": LABELS}}
MULTI = {"kind": "tagging", "params": {"mode": "multi", "labels": LABELS}}
ENTRY = {"kind": "data_entry", "params": DATA_ENTRY_PARAMS}
SPEECH = {"kind": "transcription", "params": {"tokens": ["[inaudible]"]}}


def test_single_choice_goes_by_weighted_vote_and_a_tie_to_the_first_answer() -> None:
    expert, newcomer = reliability(9, 10), reliability(0, 0)
    assert (round(expert, 3), newcomer) == (0.833, 0.5)
    c = aggregate(SINGLE, [Answer({"labels": ["dog"]}, newcomer), Answer({"labels": ["cat"]}, expert)])
    assert c.answer == {"labels": ["cat"]}, "the worker who passes her gold weighs more"
    assert (c.agreeing, c.answers, round(c.agreement, 3), c.agrees) == (1, 2, 0.625, (False, True))
    tie = aggregate(SINGLE, [Answer({"labels": ["dog"]}), Answer({"labels": ["cat"]})])
    assert tie.answer == {"labels": ["dog"]} and tie.agreement == 0.5


def test_multiple_choice_keeps_each_label_most_of_the_weight_chose() -> None:
    c = aggregate(MULTI, [Answer({"labels": ["cat", "dog"]}), Answer({"labels": ["cat"]}),
                          Answer({"labels": ["cat", "bird"]})])
    assert c.answer == {"labels": ["cat"]}
    assert c.agreeing == 1, "Jaccard 1/2 is under the pass mark of 0.75 for the other two"


def test_data_entry_takes_the_outcome_then_each_field_by_vote_compared_as_the_scorer_compares() -> None:
    base = {"name": "Mama Pima Shop", "phone": "0712 345 678", "category": "Shop", "employees": "12",
            "opened": "2019-03-05"}
    answers = [Answer({"outcome": "corrected", "fields": dict(base, employees="12")}),
               Answer({"outcome": "corrected", "fields": dict(base, name="mama  pima shop", employees="13",
                                                               opened="05/03/2019")}),
               Answer({"outcome": "corrected", "fields": dict(base, employees="12,0", opened="2019-03-06")}),
               Answer({"outcome": "closed", "fields": {}})]
    c = aggregate(ENTRY, answers)
    assert c.answer["outcome"] == "corrected"
    assert c.answer["fields"]["name"] == "Mama Pima Shop", "written as the first of the majority wrote it"
    assert c.answer["fields"]["employees"] == "12", "12 and 12,0 are the same number"
    assert c.answer["fields"]["opened"] == "2019-03-05", "2019-03-05 and 05/03/2019 are the same day"
    assert c.agrees == (True, True, True, False)


def test_transcription_takes_the_answer_closest_to_the_others_never_a_patchwork() -> None:
    texts = ["the cat sat on the mat", "the cat sat on a mat", "a dog ran far away", "The cat sat on the mat."]
    c = aggregate(SPEECH, [Answer({"text": t}) for t in texts])
    assert c.answer == {"text": "the cat sat on the mat"}
    assert c.agrees == (True, False, False, True), "one wrong word in six is under 0.85"


def test_alpha_is_krippendorffs_as_the_reference_computes_it() -> None:
    rng = random.Random(7)
    units: list[list[dict[str, Any]]] = []
    for _ in range(40):
        truth = rng.choice(["cat", "dog", "bird"])
        units.append([{"labels": [truth if rng.random() < 0.75 else rng.choice(["cat", "dog", "bird"])]}
                      for _ in range(rng.choice([2, 3, 4]))])
    codes = {"cat": 0, "dog": 1, "bird": 2}
    data = np.full((4, len(units)), np.nan)
    for j, unit in enumerate(units):
        for i, answer in enumerate(unit):
            data[i, j] = codes[answer["labels"][0]]
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")

    assert alpha(SINGLE, units) == pytest.approx(expected, abs=1e-9)
    # Jaccard between answers of one label each is the nominal distance: the general path (every
    # pair of values while there are few, a fixed-seed sample of pairs beyond) gives the same.
    few = krippendorff.alpha(reliability_data=data[:, :20], level_of_measurement="nominal")
    assert alpha(MULTI, units[:20]) == pytest.approx(few, abs=1e-9)
    assert alpha(MULTI, units) == pytest.approx(expected, abs=0.02), "estimated from 4,000 pairs of ~7,000"


def test_alpha_is_one_when_all_agree_below_zero_when_they_disagree_by_design_and_undefined_without_data() -> None:
    agree = [[{"labels": ["cat"]}] * 2, [{"labels": ["dog"]}] * 2, [{"labels": ["bird"]}] * 3]
    assert alpha(SINGLE, agree) == 1.0
    split = [[{"labels": ["cat"]}, {"labels": ["dog"]}], [{"labels": ["dog"]}, {"labels": ["cat"]}]]
    assert (alpha(SINGLE, split) or 0.0) < 0
    assert alpha(SINGLE, [[{"labels": ["cat"]}, {"labels": ["cat"]}]]) is None, "one task: nothing to compare"
    assert alpha(SINGLE, [[{"labels": ["cat"]}] * 2] * 3) is None, "one value only: chance is undefined"
    texts = [[{"text": "the cat sat"}, {"text": "the cat sat"}], [{"text": "a dog ran"}, {"text": "a dog ran"}]]
    assert alpha(SPEECH, texts) == 1.0


def overlapped(folder: Path, quality: dict[str, Any], *, gold: int = 0, batch_id: str = "overlap") -> Path:
    doc, media = batch_doc("tagging", 4, batch_id=batch_id, gold=gold)
    doc["format"] = "labclient-batch/1.1"
    doc["template"]["quality"] = quality
    return write_bundle(folder / f"{batch_id}.zip", doc, media)


@pytest.mark.parametrize(("quality", "message"), [
    ({"overlap": 0}, "batch.template.quality.overlap: must be between 1 and 10"),
    ({"overlap": 11}, "batch.template.quality.overlap: must be between 1 and 10"),
    ({"overlap": "3"}, "batch.template.quality.overlap: must be a whole number"),
    ({"overlap": 3, "agreement": 0.4}, "batch.template.quality.agreement: must be between 0.5 and 1"),
    ({"agreement": 0.8}, "batch.template.quality.agreement: needs an 'overlap' of 2 or more"),
])
def test_a_bad_overlap_rule_refuses_the_bundle_by_name(ws: Workspace, tmp_path: Path, quality: dict[str, Any],
                                                       message: str) -> None:
    with pytest.raises(BundleError) as refused:
        ws.import_bundle(overlapped(tmp_path, quality))
    assert message in refused.value.message
    assert ws.batches() == [], "nothing is cached"


def answer(ws: Workspace, who: Session, labels: list[str]) -> str:
    task = ws.next_task(who)
    assert task is not None
    ws.submit(who, task.key, {"labels": labels})
    return task.task_id


def test_each_worker_answers_an_overlap_task_once_and_it_closes_when_enough_have(ws: Workspace, worker: Session,
                                                                                tmp_path: Path) -> None:
    ws.import_bundle(overlapped(tmp_path, {"overlap": 2}))
    other, third = sign_in(ws, "Brian Okello"), sign_in(ws, "Chen Wei")
    first = ws.next_task(worker)
    assert first is not None

    assert answer(ws, worker, ["cat"]) == "t-0000"
    assert answer(ws, worker, ["cat"]) == "t-0001", "not t-0000 again: she answered it"
    with pytest.raises(TaskStateError) as twice:
        ws.submit(worker, first.key, {"labels": ["dog"]})
    assert twice.value.params["state"] == "done"
    assert answer(ws, other, ["dog"]) == "t-0000", "the second worker gets it: two answers are wanted"
    assert answer(ws, third, ["cat"]) == "t-0001"
    assert answer(ws, third, ["cat"]) == "t-0002", "t-0000 has its two answers"

    states = dict(ws.store.read().execute("SELECT task_id, state FROM tasks").fetchall())
    assert states == {"t-0000": "done", "t-0001": "done", "t-0002": "new", "t-0003": "new"}
    assert (ws.progress(third).remaining, ws.progress(worker).remaining) == (1, 2), \
        "t-0002 waits for a second worker, but not for the one who answered it"
    seats = ws.store.read().execute("SELECT t.task_id, r.seat FROM results r JOIN tasks t ON t.id = r.task"
                                    " ORDER BY r.rowid").fetchall()
    assert seats == [("t-0000", 0), ("t-0001", 0), ("t-0000", 1), ("t-0001", 1), ("t-0002", 0)]


def test_her_skip_is_hers_alone_but_a_flag_closes_the_task_for_all(ws: Workspace, worker: Session,
                                                                   tmp_path: Path) -> None:
    ws.import_bundle(overlapped(tmp_path, {"overlap": 2}))
    other = sign_in(ws, "Brian Okello")
    task = ws.next_task(worker)
    assert task is not None
    ws.skip(worker, task.key, "I cannot tell")
    assert ws.next_task(worker).task_id == "t-0001"  # type: ignore[union-attr]
    assert ws.next_task(other).task_id == "t-0000", "her skip leaves it for the others"  # type: ignore[union-attr]
    ws.flag(other, task.key, "the picture is black")
    assert ws.next_task(other).task_id == "t-0001", "a broken task is broken for all"  # type: ignore[union-attr]


def test_gold_tasks_still_reach_one_worker_under_overlap(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(overlapped(tmp_path, {"overlap": 3}, gold=1))
    other = sign_in(ws, "Brian Okello")
    assert answer(ws, worker, ["cat"]) == "t-0000"
    assert ws.next_task(other).task_id == "t-0001", "gold measures the worker: once"  # type: ignore[union-attr]
