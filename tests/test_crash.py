"""kill -9 the app while a worker types and submits; nothing submitted and no draft is lost.

The real app runs as a process (tests/crash_driver.py) on one data folder across all rounds.
Each round kills it at a random point in its stream of work, restarts it, and checks what a
worker would notice: every result it reported submitted is stored, exactly once, with the
text that was submitted; the draft it last reported saved is there (or a later one) and is
what the app shows again; the database passes a full integrity check.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.logins import give_pins, stored_draft, stored_results

ROUNDS = 24
ROOT = Path(__file__).resolve().parent.parent


def start_driver(data_dir: Path, seed: int) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash_driver", str(data_dir), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
    )


def read_events(proc: subprocess.Popen[str], count: int) -> list[dict[str, Any]]:
    """Read ``count`` event lines (blocking on the pipe), or fewer if the driver ended."""
    assert proc.stdout is not None
    events = []
    for _ in range(count):
        line = proc.stdout.readline()
        if not line:
            break
        events.append(json.loads(line))
    return events


@pytest.mark.slow
def test_kill_9_loses_no_submitted_result_and_no_saved_draft(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    doc, media = batch_doc("transcription", 400, source="image")
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(write_bundle(tmp_path / "b.zip", doc, media))
        give_pins(ws, {"Amina Njeri": "worker"})
    rng = random.Random(20261124)
    submitted: dict[str, dict[str, Any]] = {}
    last_draft: dict[str, Any] | None = None

    for round_no in range(ROUNDS):
        proc = start_driver(data_dir, round_no)
        try:
            ready = read_events(proc, 1)
            assert ready and ready[0]["event"] == "ready", f"round {round_no}: the app did not start"
            if last_draft is not None:
                # The app shows the worker the draft they had, or a later one saved after the log line.
                assert ready[0]["task"] == last_draft["task"]
                assert ready[0]["text"].startswith(last_draft["text"])
            events = read_events(proc, rng.randint(1, 60))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()
        for event in events:
            if event["event"] == "submitted":
                submitted[event["result"]] = event
                if last_draft is not None and last_draft["task"] == event["task"]:
                    last_draft = None
            elif event["event"] == "draft":
                last_draft = event

        with Workspace.open(data_dir) as ws:
            assert ws.store.integrity_check() == ["ok"]
            results = {r["id"]: r for r in stored_results(ws)}
            for rid, event in submitted.items():
                assert rid in results, f"round {round_no}: submitted result {rid} is missing"
                assert results[rid]["content"] == {"text": event["text"]}
            # At most the one result whose log line the kill cut off is stored but unreported.
            assert len(results) - len(submitted) in (0, 1)
            assert ws.outbox_size() == len(results)
            tasks = [r["task_id"] for r in results.values()]
            assert len(tasks) == len(set(tasks)), "a task was stored twice"
            unreported = [r for rid, r in results.items() if rid not in submitted]
            if last_draft is not None and any(r["task_id"] == ws.task(last_draft["task"]).task_id
                                              for r in unreported):
                # The kill cut off the line saying this draft was submitted: the result replaced it.
                last_draft = None
            if last_draft is not None:
                draft = stored_draft(ws, last_draft["task"])
                assert draft is not None, f"round {round_no}: the saved draft is gone"
                assert draft["text"].startswith(last_draft["text"])
    assert len(submitted) > ROUNDS // 2, "the driver hardly submitted anything; the test proves little"
