"""A model of sync through faults and crashes: Hypothesis drives a real client against a real hub.

Each Hypothesis example is a fresh workstation (enrolled with a new code, so a new device) on
one hub process shared by the module; the hub's results from earlier examples belong to other
devices and are left out by device id. The steps:

- *submit* k results through the core API;
- *sync* with backoff that costs no real time, either patiently (the run's deadline lets it
  retry) or giving up at the first failure;
- *fault*: the hub's next requests fail, busy (503) or with the answer lost after the commit
  (500 ``after_commit``);
- *crash*: the workstation is closed and opened again, optionally in the middle of a sync,
  right after the hub answered a chunk and before the answer was recorded (a lost answer);
- *heal*: faults cleared, a sync that must finish.

After every step: every result is in the workstation's outbox or on the hub (or both: sent,
answer lost); none is on the hub twice; the hub holds nothing the workstation did not make;
the workstation's watermark never goes back. After *heal*: the outbox is empty and the hub holds
exactly the workstation's results.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from labclient.sync.client import SyncRun, enroll
from labclient.sync.state import read_settings
from labclient.workspace import Workspace
from labhub import cli as hub_cli
from tests.factory import make_bundle
from tests.helpers.sync_hub import Hub, set_faults, start_hub
from tests.helpers.sync_station import NoSleep, no_wait_run
from tests.logins import sign_in, stored_results

TASKS = 80  # more than an example can use: at most 15 steps of 4 results
PATIENT_S = 900.0


def hub_command(hub: Hub, *args: str) -> str:
    """A ``labhub`` admin command on the hub's data folder, run in this process (it is run after
    every step, and a process each time would cost a second per example)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert hub_cli.main(["--data-dir", str(hub.data_dir), *args]) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def model_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Hub, Path]]:
    """One hub for every example, with a batch for the lab; and the batch's bundle."""
    root = tmp_path_factory.mktemp("model")
    hub = start_hub(root / "hub")
    bundle = make_bundle(root / "bundles", "tagging", TASKS)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    yield hub, bundle
    hub.process.terminate()
    hub.process.wait(timeout=30)
    assert hub.process.stdout is not None
    hub.process.stdout.close()


class Crash(BaseException):
    """The workstation dies: nothing in the sync catches this."""


class SyncModel(RuleBasedStateMachine):
    """One workstation, its work, its syncs, the hub's faults and the workstation's crashes."""

    def __init__(self, hub: Hub, bundle: Path, root: Path) -> None:
        super().__init__()
        self.hub = hub
        self.data_dir = Path(tempfile.mkdtemp(prefix="ws-", dir=root))  # a fresh workstation per example
        set_faults(hub, status=503, count=0)  # nothing left armed by the last example
        code = hub_command(hub, "enroll-code", "--lab", "Gulu").strip()
        enroll(self.data_dir, hub.url, code, device_name=self.data_dir.name)
        self.ws = Workspace.open(self.data_dir)
        self.ws.import_bundle(bundle)
        self.worker = sign_in(self.ws, "Amina Njeri")
        settings_ = read_settings(self.ws.store)
        assert settings_.device_id is not None
        self.device_id = settings_.device_id
        self.ids: set[str] = set()  # every result the workstation has stored
        self.watermark = 0
        self.faults_armed = 0

    def teardown(self) -> None:
        self.ws.close()

    # -- what the hub and the workstation hold -------------------------------------------------

    def on_hub(self) -> list[str]:
        rows = json.loads(hub_command(self.hub, "results", "--json"))
        return [r["id"] for r in rows if r["device_id"] == self.device_id]

    def outbox(self) -> set[str]:
        return {r[0] for r in self.ws.store.read().execute("SELECT item_id FROM outbox").fetchall()}

    # -- steps ----------------------------------------------------------------------------------

    @rule(k=st.integers(1, 4))
    def submit(self, k: int) -> None:
        for _ in range(k):
            task = self.ws.next_task(self.worker)
            assert task is not None
            self.ids.add(self.ws.submit(self.worker, task.key, {"labels": ["dog"]}))

    @rule(patient=st.booleans())
    def sync(self, patient: bool) -> None:
        sleep = NoSleep()
        report = SyncRun(self.data_dir, sleep=sleep, timer=sleep.clock,
                         deadline_s=PATIENT_S if patient else 0.0).run()
        assert report.outcome in ("ok", "busy"), report.message
        if patient or not self.faults_armed:
            # Nothing armed can outlast a patient sync: each retry uses up one fault.
            assert report.complete, report.message
        self.faults_armed = 0 if report.outcome == "ok" else self.faults_armed - 1

    @rule(lost_answer=st.booleans(), count=st.integers(1, 3))
    def fault(self, lost_answer: bool, count: int) -> None:
        """The hub's next ``count`` push/pull requests fail (replacing what was armed)."""
        set_faults(self.hub, status=500 if lost_answer else 503, count=count, after_commit=lost_answer)
        self.faults_armed = count

    @rule()
    def crash(self) -> None:
        """The workstation is switched off and on again."""
        self.ws.close()
        self.ws = Workspace.open(self.data_dir)

    @precondition(lambda self: bool(self.outbox()))
    @rule()
    def crash_with_the_answer_unrecorded(self) -> None:
        """The workstation dies after the hub answered a chunk, before recording the answer."""
        sleep = NoSleep()
        with mock.patch("labclient.sync.client.apply_push_answer", side_effect=Crash), \
                contextlib.suppress(Crash):
            SyncRun(self.data_dir, sleep=sleep, timer=sleep.clock, deadline_s=PATIENT_S).run()
            raise AssertionError("the sync did not reach the hub's answer")
        self.faults_armed = 0  # the patient run went through whatever was armed
        self.crash()

    @rule()
    def heal(self) -> None:
        set_faults(self.hub, status=503, count=0)
        self.faults_armed = 0
        report = no_wait_run(self.data_dir).run()
        assert report.complete, report.message
        assert self.outbox() == set()
        on_hub = self.on_hub()
        assert sorted(on_hub) == sorted(self.ids), "after healing, the hub holds exactly the workstation's results"

    # -- after every step -----------------------------------------------------------------------

    @invariant()
    def nothing_lost_nothing_twice(self) -> None:
        assert {r["id"] for r in stored_results(self.ws)} == self.ids, "the workstation lost or gained a result"
        on_hub = self.on_hub()
        outbox = self.outbox()
        assert len(on_hub) == len(set(on_hub)), "a result is on the hub twice"
        assert set(on_hub) <= self.ids, "the hub holds a result this workstation never made"
        assert outbox <= self.ids
        missing = self.ids - outbox - set(on_hub)
        assert not missing, f"{len(missing)} result(s) left the outbox but are not on the hub"

    @invariant()
    def watermark_never_goes_back(self) -> None:
        watermark = read_settings(self.ws.store).watermark
        assert watermark >= self.watermark, f"the watermark went back from {self.watermark} to {watermark}"
        self.watermark = watermark


@pytest.mark.slow
def test_sync_keeps_every_result_exactly_once_through_faults_and_crashes(
        model_hub: tuple[Hub, Path], tmp_path: Path) -> None:
    hub, bundle = model_hub

    class ModelOnThisHub(SyncModel):
        def __init__(self) -> None:
            super().__init__(hub, bundle, tmp_path)

    run_state_machine_as_test(
        ModelOnThisHub, settings=settings(max_examples=15, stateful_step_count=15, deadline=None, database=None))
