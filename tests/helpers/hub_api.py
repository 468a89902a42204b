"""The hub tests' hub: a real hub process, and small helpers to talk to it.

``start_hub`` runs ``python -m labhub.cli --data-dir DIR serve --port 0 --test-faults`` with a
clock-offset file, reads the one ``labhub: serving on URL`` line from its stdout (no sleeping),
and ``stop_hub`` stops it with SIGTERM, returning its exit code. The hub's logs go to a file in
its folder, shown when it fails to start.

Setup that the admin would do with the ``labhub`` command (enrolment codes, batches) is done by
calling the same library functions in this process; the command itself has its own tests.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from labhub.auth import make_enrol_code
from labhub.batches import add_batch
from labhub.clock import HubClock
from labhub.process import HubChild
from labhub.process import start_hub as launch
from labhub.store import HubStore
from tests.factory import make_bundle

START_TIMEOUT_S = 60.0
DAY_S = 86_400.0
CLOCK: dict[str, Any] = {"wall": "2026-11-24T08:00:00.000000Z", "mono_ns": 123456789, "boot_id": "test-boot"}


@dataclass
class Hub:
    """A running hub process."""

    url: str
    data_dir: Path
    proc: HubChild
    offset_file: Path
    session: requests.Session = field(default_factory=requests.Session)
    database: str | None = None  # its --database, if given

    def set_clock(self, days: float) -> None:
        """Move the hub's clock to ``days`` after the real one (the hub reads it on every call)."""
        self.offset_file.write_text(str(days * DAY_S), encoding="utf-8")

    def follow(self, moment: dt.datetime) -> None:
        """Set the hub's clock to ``moment`` (a test's fake world) from now on; it ticks from there."""
        self.offset_file.write_text(str((moment - dt.datetime.now(dt.UTC)).total_seconds()), encoding="utf-8")

    @property
    def clock(self) -> HubClock:
        """The hub process's clock, for work done in this process on its data (same offset file)."""
        return HubClock(self.offset_file)

    def code(self, lab: str) -> str:
        """A fresh enrolment code for ``lab``."""
        store = HubStore.open(self.data_dir, self.database)
        try:
            return make_enrol_code(store, self.clock, lab)
        finally:
            store.close()

    def add_batch(self, lab: str, kind: str = "tagging", n: int = 3, batch_id: str | None = None,
                  **bundle_args: Any) -> str:
        """Add a fresh bundle of ``n`` tasks for ``lab`` (``bundle_args``: tests.factory.batch_doc's,
        e.g. ``training=1``); returns its batch id."""
        batch_id = batch_id or f"b-{uuid.uuid4().hex[:12]}"
        bundle = make_bundle(self.data_dir.parent / "bundles", kind, n, batch_id=batch_id, **bundle_args)
        store = HubStore.open(self.data_dir, self.database)
        try:
            add_batch(store, self.clock, bundle, lab)
        finally:
            store.close()
        return batch_id

    def enroll(self, lab: str, name: str = "LAB-PC") -> Device:
        """Enrol a new device in ``lab``."""
        r = self.post("/v1/enroll", {"code": self.code(lab), "device_name": name})
        assert r.status_code == 200, r.text
        answer = r.json()
        assert answer["lab"] == lab
        return Device(self, answer["device_id"], answer["token"])

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        """POST JSON to the hub."""
        return self.session.post(self.url + path, json=body, timeout=30, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        """GET from the hub."""
        return self.session.get(self.url + path, timeout=30, **kwargs)

    def fault(self, status: int, count: int = 1, retry_after: int | None = None, after_commit: bool = False) -> None:
        """Arm the test hook."""
        r = self.post("/v1/_test/faults", {"status": status, "count": count, "retry_after": retry_after,
                                           "after_commit": after_commit})
        assert r.status_code == 200, r.text


class FollowingClock(HubClock):
    """An in-process hub clock that reads a test's fake world (``source()``) instead of the real time."""

    def __init__(self, source: Callable[[], dt.datetime]) -> None:
        super().__init__(None)
        self.source = source

    def now(self) -> dt.datetime:
        return self.source()


@dataclass
class Device:
    """An enrolled device, with its token."""

    hub: Hub
    id: str
    token: str
    next_seq: int = 1

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}

    def push(self, items: list[dict[str, Any]]) -> requests.Response:
        """POST /v1/push with these items."""
        return self.hub.post("/v1/push", {"clock": CLOCK, "items": items}, headers=self.headers)

    def pull(self, cursor: str | None = None, have: list[str] | None = None, max_batches: int = 5) -> dict[str, Any]:
        """POST /v1/pull; the answer (asserting 200)."""
        r = self.hub.post("/v1/pull", {"clock": CLOCK, "cursor": cursor, "have": have or [],
                                       "max_batches": max_batches}, headers=self.headers)
        assert r.status_code == 200, r.text
        answer: dict[str, Any] = r.json()
        return answer

    def item(self, batch_id: str, task_id: str, *, labels: list[str] | None = None, action: str = "submit",
             seq: int | None = None, item_id: str | None = None) -> dict[str, Any]:
        """A result item (tagging) with the next seq and a new id unless given."""
        if seq is None:
            seq, self.next_seq = self.next_seq, self.next_seq + 1
        content: dict[str, Any] = {"labels": labels or ["cat"]} if action == "submit" else {"reason": "blurry"}
        return {"seq": seq, "id": item_id or str(uuid.uuid4()), "type": "result", "body": {
            "batch_id": batch_id, "task_id": task_id, "worker": {"id": "w-1", "name": "Amina Njeri"},
            "action": action, "content": content, "created_at": "2026-11-24T08:00:00.000000Z",
            "created_mono_ns": 42, "boot_id": "test-boot", "active_ms": 5400}}


def start_hub(folder: Path, *extra: str) -> Hub:
    """Start a hub process on a free port with its data in ``folder/data`` and its log in
    ``folder/hub.log`` (labhub.process: a hub that cannot start says why)."""
    folder.mkdir(parents=True, exist_ok=True)
    offset_file = folder / "clock-offset"
    running = launch(folder / "data", "--test-faults", "--clock-offset-file", str(offset_file), *extra,
                     log_path=folder / "hub.log", timeout_s=START_TIMEOUT_S)
    database = extra[extra.index("--database") + 1] if "--database" in extra else None
    return Hub(running.url, running.data_dir, running.process, offset_file, database=database)


def stop_hub(hub: Hub) -> int:
    """Stop the hub with SIGTERM; its exit code."""
    hub.session.close()
    hub.proc.terminate()
    try:
        code = hub.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hub.proc.kill()
        hub.proc.wait()
        raise
    finally:
        assert hub.proc.stdout is not None
        hub.proc.stdout.close()
    return code


def run_labhub(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``labhub ARGS`` as a separate process, with HOME in a temporary folder."""
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    return subprocess.run([sys.executable, "-m", "labhub.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=home, timeout=120, check=False)
