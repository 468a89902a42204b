"""Review: a supervisor gets a sample of each worker's answers, accepts or corrects them with a
note, the worker reads the note, and the review goes to the hub like a result. Real data folders
and SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import NotAllowed, ReviewError
from labclient.people.roles import Session
from labclient.quality.review import draw
from labclient.sync.state import pending
from labclient.workspace import ResultRejected, Workspace
from tests.factory import batch_doc
from tests.logins import sign_in


def work(ws: Workspace, tmp_path: Path, review: dict[str, object], n: int = 40) -> None:
    """A data-entry project of ``n`` tasks whose template sets ``quality.review``."""
    doc, media = batch_doc("data_entry", n, batch_id="reviewed")
    doc["format"] = "labclient-batch/1.1"
    doc["template"]["quality"] = {"review": review}
    ws.import_bundle(write_bundle(tmp_path / "reviewed.zip", doc, media))


def answer_all(ws: Workspace, who: Session, count: int) -> list[str]:
    ids = []
    for _ in range(count):
        task = ws.next_task(who)
        assert task is not None
        ids.append(ws.submit(who, task.key, {"outcome": "verified", "fields": dict(task.body["prefill"])}))
    return ids


def test_a_newcomers_first_answers_and_a_stable_share_of_the_rest_are_sampled(ws: Workspace, worker: Session,
                                                                             tmp_path: Path) -> None:
    work(ws, tmp_path, {"share": 0.25, "new_worker": 3})
    ids = answer_all(ws, worker, 40)
    boss = sign_in(ws, "Joseph Okello", "supervisor")

    sample = ws.review_sample(boss)

    whys = {item.result_id: item.why for item in sample}
    assert [whys.get(i) for i in ids[:3]] == ["new", "new", "new"], "a newcomer's first answers are all checked"
    drawn = {i for i in ids[3:] if draw(i) < 0.25}
    assert {i for i, why in whys.items() if why == "sample"} == drawn
    assert [item.result_id for item in ws.review_sample(boss)] == [item.result_id for item in sample], "stable"
    assert sample[0].worker_name == "Amina Njeri" and sample[0].project_name == "Test project"
    assert sample == sorted(sample, key=lambda item: item.created_at, reverse=True)


def test_an_accepted_answer_leaves_the_sample_and_is_queued_for_the_hub(ws: Workspace, worker: Session,
                                                                       tmp_path: Path) -> None:
    work(ws, tmp_path, {"new_worker": 2})
    answer_all(ws, worker, 2)
    boss = sign_in(ws, "Joseph Okello", "supervisor")
    first = ws.review_sample(boss)[0]

    review_id = ws.review(boss, first.result_id, "accepted")

    assert first.result_id not in [item.result_id for item in ws.review_sample(boss)]
    [queued] = [item for item in pending(ws.store, 100, reviews=True) if item.item_type == "review"]
    assert queued.item_id == review_id
    assert queued.body is not None and queued.body["verdict"] == "accepted" and queued.body["content"] is None
    assert queued.body["result_id"] == first.result_id and queued.body["reviewer"]["name"] == "Joseph Okello"
    assert all(item.item_type != "review" for item in pending(ws.store, 100)), "held back from a hub without reviews"
    [note] = ws.reviews_of_my_work(worker)
    assert (note.verdict, note.reviewer_name, note.note) == ("accepted", "Joseph Okello", "")


def test_a_correction_needs_a_change_a_note_and_the_templates_rules_and_keeps_the_answer(
        ws: Workspace, worker: Session, tmp_path: Path) -> None:
    work(ws, tmp_path, {"new_worker": 1})
    [result_id] = answer_all(ws, worker, 1)
    boss = sign_in(ws, "Joseph Okello", "supervisor")
    given = ws.review_sample(boss)[0].content
    fixed = {"outcome": "corrected", "fields": {**given["fields"], "name": "Shop Zero"}}

    with pytest.raises(ReviewError) as unchanged:
        ws.review(boss, result_id, "corrected", given, "same")
    assert "Accept it instead" in unchanged.value.message
    with pytest.raises(ReviewError) as silent:
        ws.review(boss, result_id, "corrected", fixed, "  ")
    assert "Say in the note what was wrong" in silent.value.message
    with pytest.raises(ResultRejected):
        ws.review(boss, result_id, "corrected", {"outcome": "corrected", "fields": {"name": ""}}, "name")
    with pytest.raises(ReviewError) as long_note:
        ws.review(boss, result_id, "corrected", fixed, "x" * 2001)
    assert "keep it to 2000" in long_note.value.message

    ws.review(boss, result_id, "corrected", fixed, "The sign says **Shop Zero**.")

    [note] = ws.reviews_of_my_work(worker)
    assert (note.verdict, note.note, note.corrected, note.given) == ("corrected", "The sign says **Shop Zero**.",
                                                                      fixed, given)
    stored = ws.store.read().execute("SELECT content FROM results WHERE id = ?", (result_id,)).fetchone()[0]
    assert "Shop Zero" not in stored, "the worker's answer is never changed"


def test_two_reviews_of_one_answer_are_both_kept_and_the_latest_counts(ws: Workspace, worker: Session,
                                                                      tmp_path: Path) -> None:
    work(ws, tmp_path, {"new_worker": 1})
    [result_id] = answer_all(ws, worker, 1)
    boss = sign_in(ws, "Joseph Okello", "supervisor")
    admin = sign_in(ws, "Grace Achieng", "admin")
    ws.review(boss, result_id, "accepted")
    given = ws.reviews_of_my_work(worker)[0].given
    ws.review(admin, result_id, "corrected", {"outcome": "corrected", "fields": {**given["fields"], "name": "X"}},
              "Name as on the sign")

    assert ws.store.read().execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    [note] = ws.reviews_of_my_work(worker)
    assert (note.verdict, note.reviewer_name) == ("corrected", "Grace Achieng")


def test_nobody_reviews_their_own_answers_and_workers_review_nothing(ws: Workspace, worker: Session,
                                                                    tmp_path: Path) -> None:
    work(ws, tmp_path, {"new_worker": 5})
    boss = sign_in(ws, "Joseph Okello", "supervisor")
    [own] = answer_all(ws, boss, 1)
    answer_all(ws, worker, 1)

    assert own not in [item.result_id for item in ws.review_sample(boss)]
    with pytest.raises(ReviewError) as refused:
        ws.review(boss, own, "accepted")
    assert "Nobody reviews their own answers" in refused.value.message
    with pytest.raises(NotAllowed):
        ws.review_sample(worker)
    with pytest.raises(ReviewError) as gone:
        ws.review(boss, "no-such-result", "accepted")
    assert "There is no result" in gone.value.message


def test_gold_training_and_skips_are_not_reviewed(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    doc, media = batch_doc("data_entry", 6, batch_id="mixed", training=1, gold=1)
    doc["template"]["quality"] = {"review": {"share": 1.0}}
    ws.import_bundle(write_bundle(tmp_path / "mixed.zip", doc, media))
    for _ in range(2):  # the training task, then the gold task
        task = ws.next_task(worker)
        assert task is not None
        ws.submit(worker, task.key, {"outcome": "verified", "fields": dict(task.body["prefill"])})
    task = ws.next_task(worker)
    assert task is not None
    skipped = ws.skip(worker, task.key, "cannot read it")
    answer_all(ws, worker, 1)
    boss = sign_in(ws, "Joseph Okello", "supervisor")

    sample = ws.review_sample(boss)

    assert len(sample) == 1 and sample[0].why in ("new", "sample")
    with pytest.raises(ReviewError):
        ws.review(boss, skipped, "accepted")
