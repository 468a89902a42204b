"""End to end: a gold batch travels hub → workstation with its answers kept out of the task
bodies, the worker gets feedback offline, and the hub scores the result again on receipt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.sync.client import SyncRun, enroll
from labclient.workspace import Workspace
from tests.factory import GOLD_TEXT, make_bundle
from tests.helpers.sync_hub import Hub, start_hub
from tests.helpers.sync_station import file_keyring
from tests.hubdb import hub_rows
from tests.logins import sign_in


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    """The sync tests' hub (tests/sync/conftest.py): a fresh one with the test-faults hook."""
    running = start_hub(tmp_path / "hub")
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The sync tests' keyring, never the real one, for this process and for child processes."""
    with file_keyring(tmp_path / "keyring.json", monkeypatch) as path:
        yield path


def test_gold_travels_from_the_hub_and_is_scored_on_both_sides(hub: Hub, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "transcription", 3, batch_id="gold-clips", training=1, gold=1)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = tmp_path / "LAB-PC-01"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-01")

    assert SyncRun(data_dir).run().complete
    with Workspace.open(data_dir) as ws:
        worker = sign_in(ws, "Amina Njeri")
        training = ws.next_task(worker)
        assert training is not None and training.task_id == "t-0000"
        assert GOLD_TEXT not in json.dumps(training.body)
        fb = ws.feedback(worker, ws.submit(worker, training.key, {"text": "the cat sat on the mat"}))
        assert fb is not None and fb.purpose == "training" and fb.score == 1.0 and fb.passed
        gold = ws.next_task(worker)
        assert gold is not None and gold.task_id == "t-0001"
        fb = ws.feedback(worker, ws.submit(worker, gold.key, {"text": "the cat sat on a hat"}))
        assert fb is not None and fb.purpose == "gold" and fb.wer is not None
        client_score = fb.score

    assert SyncRun(data_dir).run().tally.applied == 2
    rows = dict(hub_rows(hub.data_dir, "SELECT task_id, score FROM gold_scores WHERE batch_id = 'gold-clips'"))
    assert rows == {"t-0000": 1.0, "t-0001": client_score}
    report = json.loads(hub.admin("quality", "--json"))
    (lab,) = report["labs"]
    assert lab["lab"] == "Gulu" and lab["workers"][0]["projects"][0]["gold_count"] == 1
