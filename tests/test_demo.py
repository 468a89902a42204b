"""The demo project ships with the repository and opens from a fresh clone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from labclient.demo import DEMO_WORKERS, prepare_demo
from labclient.demo_people import DEMO_ADMIN, DEMO_PIN, DEMO_SUPERVISOR
from labclient.people import login
from labclient.tasks.translation import kept_of, segment_rules, segments_of, terms_of
from labclient.workspace import Task, Workspace
from labhub.store import TEST_SERVER_ENV

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_has_thirty_tasks_of_each_kind_and_the_demo_workers(tmp_path: Path) -> None:
    reports = prepare_demo(tmp_path / "demo")
    assert {r.kind for r in reports} == {"transcription", "tagging", "data_entry", "translation", "captioning"}
    assert all(r.tasks_added >= 30 for r in reports)
    with Workspace.open(tmp_path / "demo") as ws:
        assert sorted(w.name for w in ws.workers()) == sorted([*DEMO_WORKERS, DEMO_ADMIN, DEMO_SUPERVISOR])
        for name in [*DEMO_WORKERS, DEMO_ADMIN, DEMO_SUPERVISOR]:
            login.logout(ws.store, login.login(ws.store, name, DEMO_PIN))  # everyone can log in to the demo
        sources = {(r.kind, ws.task(1 + sum(r.tasks_added for r in reports[:i])).template.params.get("source"))
                   for i, r in enumerate(reports) if r.kind in ("transcription", "captioning")}
        assert sources == {("transcription", "audio"), ("transcription", "image"), ("transcription", "video"),
                           ("captioning", "audio"), ("captioning", "video")}
    assert all(r.already_present for r in prepare_demo(tmp_path / "demo")), "preparing twice adds nothing"


@pytest.mark.slow
def test_labclient_demo_syncs_from_a_local_hub_opens_a_window_and_cleans_up(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LABCLIENT_EXIT_WHEN_SHOWN="1", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "demo"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "demo: sync ok: 9 batches from the hub" in done.stderr
    assert list(tmp_path.iterdir()) == [], "the throw-away demo folder was not removed"


def test_the_demo_runs_end_to_end_on_a_postgresql_hub(tmp_path: Path, pg_database: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LABCLIENT_EXIT_WHEN_SHOWN="1", TMPDIR=str(tmp_path),
               LABHUB_DATABASE=pg_database)
    env.pop(TEST_SERVER_ENV, None)
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "demo"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "demo: sync ok: 9 batches from the hub" in done.stderr
    listed = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(tmp_path / "unused"), "devices",
                             "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "demo-workstation" in listed.stdout, "the hub's records are in PostgreSQL"


def translation_answer(task: Task) -> dict[str, Any]:
    """The source of each segment with the glossary's required terms added: a poor translation
    that keeps every rule, so it is accepted (and scored)."""
    params = task.template.params
    terms, kept = terms_of(task.body, params), kept_of(task.body, params)
    return {"segments": [" ".join([s.text, *(t.target for t in segment_rules(s.text, terms, kept).terms)])
                         for s in segments_of(task.body, params)]}


def test_a_newcomer_meets_every_kinds_training_first_with_feedback_and_gold_follows(tmp_path: Path) -> None:
    prepare_demo(tmp_path / "demo")
    with Workspace.open(tmp_path / "demo") as ws:
        batches = [b.batch_id for b in ws.batches()]
        counts = dict(ws.store.read().execute(
            "SELECT t.batch_id || ' ' || g.purpose, COUNT(*) FROM gold g JOIN tasks t ON t.id = g.task GROUP BY 1"))
        assert len(batches) == 9
        assert counts == {f"{b} {purpose}": n for b in batches for purpose, n in (("training", 2), ("gold", 3))}
        session = login.login(ws.store, DEMO_WORKERS[0], DEMO_PIN)
        answers: dict[str, dict[str, Any]] = {"transcription": {"text": "Hello"}, "tagging": {"labels": ["circle"]}}
        first = []
        for _ in range(2 * len(batches) + 1):
            task = ws.next_task(session)
            assert task is not None and "gold" not in task.body
            if task.kind == "tagging" and task.template.params["mode"] == "boxes":
                answer: dict[str, Any] = {"boxes": [{"label": "circle", "x": 0, "y": 0, "w": 20, "h": 20}]}
            elif task.kind == "captioning":
                answer = {"segments": [{"start_ms": 0, "end_ms": 1000, "text": "Hello"}]}
            else:
                answer = answers.get(task.kind) or (translation_answer(task) if task.kind == "translation" else
                                                    {"outcome": "closed", "fields": dict(task.body["prefill"])})
            feedback = ws.feedback(session, ws.submit(session, task.key, answer, active_ms=1000))
            first.append((task.batch_id, task.task_id, feedback and (feedback.purpose, bool(feedback.explanation))))
        assert first[:-1] == [(b, t, ("training", True)) for b in batches for t in ("t-0001", "t-0002")]
        assert first[-1][1] == "t-0003" and first[-1][2] is None, "then production work, without feedback"
