"""Gold and training tasks in the workspace: the answer stays hidden until submit, the score is
stored with the result, feedback and accuracy read it, training comes first for each worker.

Real data folders and SQLite files; the people are signed in the way the other workspace tests do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labclient.errors import NotAllowed, TaskStateError
from labclient.people.roles import Session
from labclient.quality.feedback import Feedback, FieldOutcome, ProjectAccuracy, WordOp
from labclient.workspace import Task, Workspace
from tests.factory import GOLD_ANSWERS, make_bundle
from tests.logins import sign_in


def take(ws: Workspace, who: Session) -> Task:
    """The next task for ``who``; fails the test when there is none."""
    task = ws.next_task(who)
    assert task is not None
    return task


def test_a_gold_answer_never_appears_in_the_task_the_worker_sees(ws: Workspace, worker: Session,
                                                                  tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "data_entry", 4, training=1, gold=2))
    secret = GOLD_ANSWERS["data_entry"]["fields"]["name"]

    seen: list[Task] = []
    while (task := ws.next_task(worker)) is not None:
        seen.append(task)
        assert "gold" not in task.body and "training" not in task.body
        assert secret not in json.dumps(task.body) and secret not in repr(task)
        ws.skip(worker, task.key, "just looking")

    assert len(seen) == 4
    bodies = " ".join(r[0] for r in ws.store.read().execute("SELECT body FROM tasks"))
    assert secret not in bodies
    assert ws.store.read().execute("SELECT count(*) FROM gold").fetchone()[0] == 3


def test_feedback_after_submit_on_a_gold_transcription(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "transcription", 3, training=0, gold=1))
    task = take(ws, worker)
    assert task.task_id == "t-0000"

    result_id = ws.submit(worker, task.key, {"text": "the cat sat on a mat [inaudible]"})
    fb = ws.feedback(worker, result_id)

    assert isinstance(fb, Feedback)
    assert fb.task_key == task.key and fb.purpose == "gold" and fb.rule == "wer"
    assert fb.wer == pytest.approx(1 / 6) and fb.score == pytest.approx(5 / 6)
    assert fb.threshold == 0.85 and fb.passed is False
    assert fb.cer is not None and 0 < fb.cer < 0.2
    assert fb.words == (WordOp("equal", "the cat sat on", "the cat sat on"), WordOp("substitute", "a", "the"),
                        WordOp("equal", "mat", "mat"))
    assert fb.fields == () and fb.explanation == "Why task 0 is so."


def test_feedback_on_data_entry_names_each_field(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "data_entry", 2, gold=1, threshold=0.8))
    task = take(ws, worker)
    given = {"outcome": "corrected", "fields": {"name": "mama pima  SHOP", "phone": "0712 345 678",
                                                "category": "Restaurant", "employees": "13", "opened": "2019-03-05"}}

    fb = ws.feedback(worker, ws.submit(worker, task.key, given))

    assert fb is not None and fb.rule == "fields"
    assert fb.fields[0] == FieldOutcome("Outcome", "Corrected", "Corrected", True)
    assert [(f.name, f.correct) for f in fb.fields[1:]] == [
        ("Business name", True), ("Phone", True), ("Category", False), ("Employees", True), ("Opened", True)]
    assert fb.score == pytest.approx(5 / 6) and fb.passed and fb.threshold == 0.8


def test_production_work_skips_and_flags_have_no_feedback(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 4, gold=2))
    gold_skip = ws.skip(worker, take(ws, worker).key, "cannot see")
    gold_flag = ws.flag(worker, take(ws, worker).key, "broken image")
    production = ws.submit(worker, take(ws, worker).key, {"labels": ["dog"]})

    assert ws.feedback(worker, gold_skip) is None
    assert ws.feedback(worker, gold_flag) is None
    assert ws.feedback(worker, production) is None
    assert ws.feedback(worker, "no-such-result") is None


def test_another_workers_feedback_needs_a_supervisor(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 2, gold=1, mode="single"))
    result_id = ws.submit(worker, take(ws, worker).key, {"labels": ["cat"]})
    other = sign_in(ws, "Sokha Chan")
    boss = sign_in(ws, "Joseph Okello", "supervisor")

    with pytest.raises(NotAllowed):
        ws.feedback(other, result_id)
    seen = ws.feedback(boss, result_id)
    assert seen is not None and seen.rule == "exact" and seen.score == 1.0 and seen.passed
    assert seen.fields == (FieldOutcome("Cat", "Cat", "Cat", True),)


def test_each_gold_task_reaches_a_worker_once(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 3, gold=1))
    other = sign_in(ws, "Sokha Chan")
    gold = take(ws, worker)
    ws.submit(worker, gold.key, {"labels": ["cat"]})

    assert take(ws, worker).key != gold.key and take(ws, other).key != gold.key
    with pytest.raises(TaskStateError):
        ws.submit(worker, gold.key, {"labels": ["cat"]})
    with pytest.raises(TaskStateError):
        ws.submit(other, gold.key, {"labels": ["cat"]})


def test_training_comes_first_for_every_worker(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path / "a", "tagging", 3, batch_id="b-production"))
    ws.import_bundle(make_bundle(tmp_path / "b", "tagging", 4, batch_id="b-trained", training=2, gold=1))
    other = sign_in(ws, "Sokha Chan")

    def queue(who: Session, n: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            task = take(ws, who)
            out.append((task.batch_id, task.task_id))
            ws.submit(who, task.key, {"labels": ["cat"]})
        return out

    assert queue(worker, 3) == [("b-trained", "t-0000"), ("b-trained", "t-0001"), ("b-production", "t-0000")]
    # The second worker is trained too, on the same tasks, then goes on where the queue is.
    assert queue(other, 3) == [("b-trained", "t-0000"), ("b-trained", "t-0001"), ("b-production", "t-0001")]
    with pytest.raises(TaskStateError):
        ws.submit(other, ws.task(1 + 3).key, {"labels": ["cat"]})  # her training task, again
    training = ws.store.read().execute("SELECT count(*) FROM results WHERE purpose = 'training'").fetchone()[0]
    assert training == 4
    assert ws.progress(worker).remaining == 3  # each task counted down once: 7 - 2 - 2


def test_training_feedback_and_accuracy_counts_only_gold(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path / "a", "tagging", 5, batch_id="b-tag", training=1, gold=3))
    ws.import_bundle(make_bundle(tmp_path / "b", "transcription", 2, batch_id="b-tr", gold=1))
    fb = ws.feedback(worker, ws.submit(worker, take(ws, worker).key, {"labels": ["dog"]}))
    assert fb is not None and fb.purpose == "training" and fb.score == 0.0 and not fb.passed

    for labels in (["cat"], ["cat", "dog"], ["cat", "dog", "bird"]):  # Jaccard 1, 1/2, 1/3
        ws.submit(worker, take(ws, worker).key, {"labels": labels})
    ws.submit(worker, take(ws, worker).key, {"labels": ["cat"]})  # production: not counted
    ws.submit(worker, take(ws, worker).key, {"text": "The cat sat on the mat"})

    acc = ws.accuracy(worker)
    assert [(a.project_id, a.gold_count, a.passed) for a in acc] == [("test", 4, 2)]
    assert acc[0].mean_score == pytest.approx((1 + 0.5 + 1 / 3 + 1) / 4)
    assert ws.accuracy(worker, last=1) == [ProjectAccuracy("test", "Test project", 1, 1.0, 1)]
    assert ws.accuracy(sign_in(ws, "Sokha Chan")) == []


def test_practice_does_not_count_in_done_today_but_checked_work_does(ws: Workspace, worker: Session,
                                                                      tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "tagging", 4, training=1, gold=1))
    practice = take(ws, worker)
    ws.submit(worker, practice.key, {"labels": ["cat"]})
    assert ws.progress(worker).done_today == 0, "a training task is practice, not the day's work"
    checked = take(ws, worker)
    ws.submit(worker, checked.key, {"labels": ["cat"]})
    production = take(ws, worker)
    ws.submit(worker, production.key, {"labels": ["dog"]})
    assert ws.progress(worker).done_today == 2
    with Workspace.open(ws.data_dir) as again:  # counted from the database, not only in memory
        assert again.progress(worker).done_today == 2
