"""Captioning as a batch author and a captioner meet it: templates and tasks refused whole with
the problem named, captions refused at submit with the caption and the rule named (too fast to
read, too long a line, an overlap, past the clip's end…), and gold scored on words and timing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labclient.people.roles import Session
from labclient.quality import score_result
from labclient.quality.captioning import pair_captions
from labclient.workspace import ResultRejected, Workspace
from tests.factory import batch_doc, make_bundle, refused_batch, set_path
from tests.logins import stored_results


def cap(start: int, end: int, text: str = "The cat sat") -> dict[str, Any]:
    return {"start_ms": start, "end_ms": end, "text": text}


@pytest.mark.parametrize(("segments", "expected"), [
    ([], [(None, "caption.none")]),
    ([cap(0, 1000, "")], [("segment.0", "caption.empty")]),
    ([cap(1000, 900)], [("segment.0", "caption.order")]),
    ([cap(2500, 3100)], [("segment.0", "caption.past_end")]),     # the clip is 3,000 ms long
    ([cap(0, 300)], [("segment.0", "caption.short"), ("segment.0", "caption.fast")]),
    ([cap(0, 600, "x" * 20)], [("segment.0", "caption.fast")]),   # 33 characters a second
    ([cap(0, 2000, "a\nb\nc")], [("segment.0", "caption.lines")]),
    ([cap(0, 2900, "word " * 9 + "longword")], [("segment.0", "caption.line_long")]),
    ([cap(0, 1200), cap(1100, 2000)], [("segment.1", "caption.overlap")]),
    ([{"start_ms": 0, "end_ms": 1.5, "text": "x"}], [(None, "result.shape")]),
])
def test_captions_that_break_a_rule_are_refused_with_nothing_stored(ws: Workspace, worker: Session, tmp_path: Path,
                                                                   segments: list[dict[str, Any]],
                                                                   expected: list[tuple[str | None, str]]) -> None:
    ws.import_bundle(make_bundle(tmp_path, "captioning", 2))
    task = ws.next_task(worker)
    assert task is not None and ws.empty_result(task) == {"segments": []}
    with pytest.raises(ResultRejected) as refused:
        ws.submit(worker, task.key, {"segments": segments})
    assert [(i.field, i.code) for i in refused.value.issues] == expected
    assert stored_results(ws) == []


def test_good_captions_are_stored(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "captioning", 2))
    task = ws.next_task(worker)
    assert task is not None
    result = {"segments": [cap(200, 1400), cap(1400, 3000, "on the\nmat.")]}  # touching is not overlapping
    ws.submit(worker, task.key, result)
    assert stored_results(ws)[0]["content"] == result


@pytest.mark.parametrize(("path", "value", "said"), [
    ("tasks.0.duration_ms", None, "missing field 'duration_ms'"),
    ("tasks.0.duration_ms", 0, "duration_ms"),
    ("template.params.source", "image", "source"),
    ("template.params.max_cps", 0, "max_cps"),
    ("template.params.max_duration_ms", 100, "max_duration_ms"),
])
def test_a_bad_captioning_template_or_task_is_refused_whole(tmp_path: Path, path: str, value: Any, said: str) -> None:
    doc, media = batch_doc("captioning", 2)
    set_path(doc, path, value)
    assert said in refused_batch(tmp_path, doc, media).message


def test_a_gold_caption_past_the_clip_is_refused(tmp_path: Path) -> None:
    doc, media = batch_doc("captioning", 2, gold=1)
    doc["tasks"][0]["gold"]["answer"] = {"segments": [cap(2000, 3500)]}
    said = refused_batch(tmp_path, doc, media).message
    assert "tasks[0].gold.answer" in said and "ends after the clip" in said


TEMPLATE = {"kind": "captioning", "params": {"timing_tolerance_ms": 1000}}
GOLD = {"answer": {"segments": [cap(0, 2000, "Hello there."), cap(2000, 4000, "How are you?")]}}


def test_gold_captions_score_words_times_timing() -> None:
    exact = score_result(TEMPLATE, GOLD, GOLD["answer"])
    assert exact.rule == "captions" and exact.score == 1.0
    late = score_result(TEMPLATE, GOLD, {"segments": [cap(500, 2500, "Hello there."), cap(2500, 4000, "How are you?")]})
    assert late.score == pytest.approx(0.625)  # offsets 500 and 250 ms: timing 1 - 375/1000
    one_caption = score_result(TEMPLATE, GOLD, {"segments": [cap(0, 4000, "Hello there. How are you?")]})
    assert one_caption.wer == 0.0 and one_caption.score == 0.0  # its pair 1,000 ms off, a gold caption unpaired
    assert [(f.name, f.correct) for f in late.fields] == [("1", True), ("2", True)]
    wrong = score_result(TEMPLATE, GOLD, {"segments": [cap(0, 2000, "Hello bear."), cap(2000, 4000, "How are you?")]})
    assert wrong.wer == pytest.approx(0.2) and [f.correct for f in wrong.fields] == [False, True]


def test_captions_pair_with_the_gold_caption_they_overlap_most() -> None:
    gold = [cap(0, 1000), cap(1000, 2000), cap(5000, 6000)]
    given = [cap(900, 2100), cap(0, 950)]
    assert pair_captions(sorted(given, key=lambda c: c["start_ms"]), gold) == [(0, 0), (1, 1)]
