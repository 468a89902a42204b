"""Qualification: a project whose template sets ``quality.training`` opens its production tasks to
a worker when she passes its training set, with a set number of attempts; a supervisor may grant
more. Real data folders and SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import BundleError, NotAllowed, TaskStateError
from labclient.people.roles import Session
from labclient.workspace import Task, Workspace
from tests.factory import batch_doc
from tests.logins import sign_in

RIGHT, WRONG = {"labels": ["cat"]}, {"labels": ["dog"]}


def gated(folder: Path, training: dict[str, object] | None = None, *, batch_id: str = "gated") -> Path:
    """Tagging, 5 tasks: 2 training, 3 production; the project gated by ``training``."""
    doc, media = batch_doc("tagging", 5, batch_id=batch_id, training=2, gold=0)
    doc["template"]["quality"] = {"training": training if training is not None else {"pass": 0.8, "attempts": 2}}
    return write_bundle(folder / f"{batch_id}.zip", doc, media)


def take(ws: Workspace, who: Session) -> Task:
    task = ws.next_task(who)
    assert task is not None
    return task


def one_attempt(ws: Workspace, who: Session, *answers: dict[str, list[str]]) -> list[str]:
    """Answer the training tasks in turn; the task ids she was given."""
    seen = []
    for answer in answers:
        task = take(ws, who)
        seen.append(task.task_id)
        ws.submit(who, task.key, answer)
    return seen


def test_production_opens_when_she_passes_and_a_failed_attempt_starts_the_set_again(ws: Workspace, worker: Session,
                                                                                   tmp_path: Path) -> None:
    ws.import_bundle(gated(tmp_path))
    production = next(t for t in ws.store.read().execute("SELECT id FROM tasks WHERE task_id = 't-0004'"))[0]

    assert one_attempt(ws, worker, RIGHT, WRONG) == ["t-0000", "t-0001"]
    [status] = ws.training(worker)
    assert (status.state, status.attempt, status.best) == ("training", 2, 0.5), "0.5 is below 0.8: try again"
    with pytest.raises(TaskStateError) as closed:
        ws.submit(worker, production, RIGHT)
    assert "open when you pass its training" in closed.value.message

    assert one_attempt(ws, worker, RIGHT, RIGHT) == ["t-0000", "t-0001"], "the same set, second attempt"
    [status] = ws.training(worker)
    assert (status.state, status.best, status.production_open) == ("passed", 1.0, True)
    assert take(ws, worker).task_id == "t-0002"
    assert ws.progress(worker).done_today == 0, "practice is not counted as work"


def test_out_of_attempts_closes_the_project_until_a_supervisor_grants_another(ws: Workspace, worker: Session,
                                                                             tmp_path: Path) -> None:
    ws.import_bundle(gated(tmp_path, {"pass": 0.8, "attempts": 1}))
    one_attempt(ws, worker, WRONG, WRONG)

    [status] = ws.training(worker)
    assert (status.state, status.production_open) == ("failed", False)
    assert ws.next_task(worker) is None, "three production tasks wait, but not for her"
    other = sign_in(ws, "Brian Okello")
    assert take(ws, other).task_id == "t-0000", "another worker starts with the training set"

    with pytest.raises(NotAllowed):
        ws.grant_training(other, worker.user_id, "test")
    supervisor = sign_in(ws, "Joseph Okello", "supervisor")
    after = ws.grant_training(supervisor, worker.user_id, "test")
    assert (after.state, after.attempt, after.attempts) == ("training", 2, 2)
    assert one_attempt(ws, worker, RIGHT, RIGHT) == ["t-0000", "t-0001"]
    assert take(ws, worker).task_id == "t-0002"


def test_the_pass_mark_defaults_to_the_templates_threshold(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 4, batch_id="defaults", training=2, gold=0, threshold=0.5)
    doc["template"]["quality"]["training"] = {}
    ws.import_bundle(write_bundle(tmp_path / "defaults.zip", doc, media))
    one_attempt(ws, worker, RIGHT, WRONG)
    [status] = ws.training(worker)
    assert (status.pass_mark, status.attempts, status.state) == (0.5, 2, "passed")


def test_without_a_gate_production_opens_whatever_the_practice_score(ws: Workspace, worker: Session,
                                                                     tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 4, batch_id="ungated", training=2, gold=0)
    ws.import_bundle(write_bundle(tmp_path / "ungated.zip", doc, media))
    one_attempt(ws, worker, WRONG, WRONG)
    [status] = ws.training(worker)
    assert (status.gated, status.state, status.production_open) == (False, "open", True)
    assert take(ws, worker).task_id == "t-0002"


@pytest.mark.parametrize(("training", "where"), [
    pytest.param({"pass": 1.5}, "batch.template.quality.training.pass", id="pass-above-1"),
    pytest.param({"attempts": 0}, "batch.template.quality.training.attempts", id="no-attempts"),
    pytest.param({"attempts": 11}, "batch.template.quality.training.attempts", id="too-many"),
    pytest.param({"tries": 2}, "batch.template.quality.training", id="unknown-key"),
    pytest.param([0.8], "batch.template.quality.training", id="not-an-object"),
])
def test_a_bad_training_rule_refuses_the_bundle_by_name(ws: Workspace, tmp_path: Path, training: object,
                                                        where: str) -> None:
    with pytest.raises(BundleError) as refused:
        ws.import_bundle(gated(tmp_path, training))  # type: ignore[arg-type]
    assert where in refused.value.message
    assert ws.task_counts()["new"] == 0
