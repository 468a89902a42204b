"""The demo project ships with the repository and opens from a fresh clone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from labclient.demo import DEMO_WORKERS, prepare_demo
from labclient.demo_people import DEMO_ADMIN, DEMO_PIN, DEMO_SUPERVISOR
from labclient.people import login
from labclient.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_has_thirty_tasks_of_each_kind_and_the_demo_workers(tmp_path: Path) -> None:
    reports = prepare_demo(tmp_path / "demo")
    assert {r.kind for r in reports} == {"transcription", "tagging", "data_entry"}
    assert all(r.tasks_added >= 30 for r in reports)
    with Workspace.open(tmp_path / "demo") as ws:
        assert sorted(w.name for w in ws.workers()) == sorted([*DEMO_WORKERS, DEMO_ADMIN, DEMO_SUPERVISOR])
        for name in [*DEMO_WORKERS, DEMO_ADMIN, DEMO_SUPERVISOR]:
            login.logout(ws.store, login.login(ws.store, name, DEMO_PIN))  # everyone can log in to the demo
        sources = {ws.task(1 + sum(r.tasks_added for r in reports[:i])).template.params.get("source")
                   for i, r in enumerate(reports) if r.kind == "transcription"}
        assert sources == {"audio", "image"}
    assert all(r.already_present for r in prepare_demo(tmp_path / "demo")), "preparing twice adds nothing"


def test_labclient_demo_syncs_from_a_local_hub_opens_a_window_and_cleans_up(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LABCLIENT_EXIT_WHEN_SHOWN="1", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "demo"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "demo: sync ok: 4 batches from the hub" in done.stderr
    assert list(tmp_path.iterdir()) == [], "the throw-away demo folder was not removed"
