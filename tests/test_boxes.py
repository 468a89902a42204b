"""Region boxes in tagging as a batch author and an annotator meet them: templates and tasks
refused whole with the problem named, boxes refused at submit (too small, outside the image,
without a label, too many), and gold scored by IoU matching then precision and recall."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labclient.people.roles import Session
from labclient.quality import score_result
from labclient.quality.agreement import Answer, aggregate
from labclient.quality.tagging import match_boxes
from labclient.workspace import ResultRejected, Workspace
from tests.factory import batch_doc, make_bundle, refused_batch, set_path
from tests.logins import stored_results


def box(label: str = "cat", x: int = 8, y: int = 8, w: int = 20, h: int = 16) -> dict[str, Any]:
    return {"label": label, "x": x, "y": y, "w": w, "h": h}


@pytest.mark.parametrize(("boxes", "expected"), [
    ([], [(None, "boxes.too_few")]),
    ([box(w=3)], [("box.0", "boxes.small")]),
    ([box(label="cow")], [("box.0", "boxes.label")]),
    ([box(x=50)], [("box.0", "boxes.outside")]),          # 50 + 20 > 64 pixels wide
    ([box()] * 6, [(None, "boxes.too_many")]),
    ([{"label": "cat", "x": -1, "y": 0, "w": 10, "h": 10}], [(None, "result.shape")]),
    ([{"label": "cat", "x": 1.5, "y": 0, "w": 10, "h": 10}], [(None, "result.shape")]),
])
def test_boxes_that_break_a_rule_are_refused_with_nothing_stored(ws: Workspace, worker: Session, tmp_path: Path,
                                                                boxes: list[dict[str, Any]],
                                                                expected: list[tuple[str | None, str]]) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 2, mode="boxes"))
    task = ws.next_task(worker)
    assert task is not None and ws.empty_result(task) == {"boxes": []}
    with pytest.raises(ResultRejected) as refused:
        ws.submit(worker, task.key, {"boxes": boxes})
    assert [(i.field, i.code) for i in refused.value.issues] == expected
    assert stored_results(ws) == []


def test_good_boxes_are_stored_as_drawn(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 2, mode="boxes"))
    task = ws.next_task(worker)
    assert task is not None
    result = {"boxes": [box(), box("dog", 40, 30, 24, 18)]}  # the second touches the image's corner
    ws.submit(worker, task.key, result)
    assert stored_results(ws)[0]["content"] == result


@pytest.mark.parametrize(("path", "value", "said"), [
    ("tasks.0.size", None, "missing field 'size'"),
    ("tasks.0.size", [64], "size"),
    ("tasks.0.size", [0, 48], "size[0]"),
    ("template.params.iou_threshold", 0, "iou_threshold"),
    ("template.params.min_labels", 1, "does not apply to mode 'boxes'"),
    ("template.params.max_boxes", 0, "max_boxes"),
])
def test_a_bad_box_template_or_task_is_refused_whole(tmp_path: Path, path: str, value: Any, said: str) -> None:
    doc, media = batch_doc("tagging", 2, mode="boxes")
    set_path(doc, path, value)
    assert said in refused_batch(tmp_path, doc, media).message


def test_size_and_box_params_belong_to_box_mode_only(tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, mode="multi")
    doc["tasks"][0]["size"] = [64, 48]
    assert "applies to mode 'boxes' only" in refused_batch(tmp_path, doc, media).message


def test_a_gold_box_outside_the_image_is_refused(tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, mode="boxes", gold=1)
    doc["tasks"][0]["gold"]["answer"] = {"boxes": [box(y=40)]}  # 40 + 16 > 48 pixels high
    said = refused_batch(tmp_path, doc, media).message
    assert "tasks[0].gold.answer" in said and "outside the image" in said


TEMPLATE = {"kind": "tagging", "params": {"mode": "boxes", "iou_threshold": 0.5, "labels": [
    {"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"}]}}


def test_gold_boxes_are_matched_by_label_and_overlap_then_scored_by_f1() -> None:
    gold = {"answer": {"boxes": [box(), box("dog", 40, 20, 20, 20)]}}
    same = score_result(TEMPLATE, gold, {"boxes": [box(x=9), box("dog", 41, 21, 19, 19)]})
    assert same.rule == "boxes" and same.score == 1.0
    wrong_label = score_result(TEMPLATE, gold, {"boxes": [box(), box("cat", 40, 20, 20, 20)]})
    assert wrong_label.score == pytest.approx(0.5)  # one of two matched each way
    assert [(f.name, f.given, f.expected, f.correct) for f in wrong_label.fields] == [
        ("Cat", "2", "1", False), ("Dog", "0", "1", False)]
    far = score_result(TEMPLATE, gold, {"boxes": [box(x=30), box("dog", 40, 20, 20, 20)]})  # IoU 0 for the cat
    assert far.score == pytest.approx(0.5)
    assert score_result(TEMPLATE, {"answer": {"boxes": []}}, {"boxes": []}).score == 1.0


def test_each_box_matches_once_the_closest_first() -> None:
    gold = [box(x=0), box(x=4)]
    given = [box(x=3)]
    assert match_boxes(given, gold, 0.5) == [(0, 1)], "the nearer gold box takes it"


def test_overlap_takes_the_answer_closest_to_the_others() -> None:
    answers = [Answer({"boxes": [box()]}), Answer({"boxes": [box(x=9)]}), Answer({"boxes": [box("dog")]})]
    consensus = aggregate(TEMPLATE, answers)
    assert consensus.answer in ({"boxes": [box()]}, {"boxes": [box(x=9)]})
    assert consensus.agrees == (True, True, False)
