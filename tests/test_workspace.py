"""The worker's loop: next task, drafts, submit, skip and flag, progress and the outbox.

Everything runs on a real data folder; "after a restart" means the Workspace is closed and
opened again on the same folder.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import time
from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.clock import boot_id
from labclient.errors import NotAllowed, SessionEndedError, SessionLockedError, TaskStateError
from labclient.people import login
from labclient.people.roles import Role, Session
from labclient.workspace import Progress, Task, Workspace
from tests.factory import batch_doc
from tests.helpers.clock import FakeClock
from tests.logins import PIN, give_pins, sign_in, stored_results


def tagging_bundle(folder: Path, batch_id: str, task_ids: list[str]) -> Path:
    """A tagging bundle whose tasks come in the order of ``task_ids``."""
    doc, media = batch_doc("tagging", len(task_ids), batch_id=batch_id)
    doc = copy.deepcopy(doc)
    for task, task_id in zip(doc["tasks"], task_ids, strict=True):
        task["id"] = task_id
    return write_bundle(folder / f"{batch_id}.zip", doc, media)


def next_open(ws: Workspace, worker: Session) -> Task:
    """The next task for ``worker``; fails the test if there is none."""
    task = ws.next_task(worker)
    assert task is not None, "expected a task"
    return task


def task_keys(ws: Workspace) -> list[int]:
    """Every task key in the cache, in queue order."""
    return [row[0] for row in ws.store.read().execute("SELECT id FROM tasks ORDER BY id")]


@pytest.fixture
def loaded(ws: Workspace, tmp_path: Path) -> Workspace:
    """``ws`` with two tagging batches: b-first (3 tasks, ids out of order), then b-second (2 tasks)."""
    ws.import_bundle(tagging_bundle(tmp_path / "bundles", "b-first", ["t-c", "t-a", "t-b"]))
    ws.import_bundle(tagging_bundle(tmp_path / "bundles", "b-second", ["t-y", "t-x"]))
    return ws


def test_next_task_follows_import_order_then_batch_order(loaded: Workspace, worker: Session) -> None:
    seen: list[tuple[str, str]] = []
    while (task := loaded.next_task(worker)) is not None:
        seen.append((task.batch_id, task.task_id))
        loaded.submit(worker, task.key, {"labels": ["cat"]})

    assert seen == [("b-first", "t-c"), ("b-first", "t-a"), ("b-first", "t-b"),
                    ("b-second", "t-y"), ("b-second", "t-x")]
    assert loaded.task_counts() == {"new": 0, "done": 5, "skipped": 0, "flagged": 0}


def test_next_task_is_none_when_the_cache_is_empty(ws: Workspace, worker: Session) -> None:
    assert ws.next_task(worker) is None
    assert ws.progress(worker).remaining == 0


def test_next_task_does_not_claim_anything(loaded: Workspace, worker: Session) -> None:
    first = next_open(loaded, worker)
    other = sign_in(loaded, "Jean-Baptiste Pierre")

    assert loaded.next_task(worker) == first
    assert loaded.next_task(other) == first


def test_submit_moves_on_and_counts_progress(loaded: Workspace, worker: Session) -> None:
    assert loaded.progress(worker).done_today == 0
    assert loaded.progress(worker).remaining == 5
    first = next_open(loaded, worker)

    loaded.submit(worker, first.key, {"labels": ["dog"]})

    second = next_open(loaded, worker)
    assert second.key != first.key
    assert second.task_id == "t-a"
    progress = loaded.progress(worker)
    assert (progress.done_today, progress.remaining) == (1, 4)
    [result] = loaded.results(worker)
    assert (result["task_id"], result["batch_id"], result["action"]) == ("t-c", "b-first", "submit")
    assert result["content"] == {"labels": ["dog"]}


def test_progress_counts_only_this_workers_results(loaded: Workspace, worker: Session) -> None:
    other = sign_in(loaded, "Sokha Chan")
    loaded.submit(worker, next_open(loaded, worker).key, {"labels": ["cat"]})
    loaded.skip(other, next_open(loaded, other).key, "image is blank")
    loaded.submit(other, next_open(loaded, other).key, {"labels": ["dog"]})

    assert loaded.progress(worker) == Progress(done_today=1, remaining=2)
    assert loaded.progress(other) == Progress(done_today=1, remaining=2, set_aside_today=1), "a skip is not done"


def test_draft_survives_a_restart_and_comes_back_first(data_dir: Path, tmp_path: Path) -> None:
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(tagging_bundle(tmp_path / "bundles", "b-first", ["t-c", "t-a", "t-b"]))
        amina = sign_in(ws, "Amina Njeri")
        second_key = task_keys(ws)[1]
        ws.save_draft(amina, second_key, {"labels": ["bird"]})
        ws.save_draft(amina, second_key, {"labels": ["bird", "dog"]})  # replaces the first draft

    with Workspace.open(data_dir) as ws:
        assert ws.draft(amina, second_key) == {"labels": ["bird", "dog"]}
        task = next_open(ws, amina)
        assert (task.key, task.task_id) == (second_key, "t-a")
        assert ws.task_counts()["new"] == 3, "a draft does not close the task"


def test_draft_is_gone_once_the_task_is_submitted(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    loaded.save_draft(worker, task.key, {"labels": ["cat"]})

    loaded.submit(worker, task.key, {"labels": ["cat", "dog"]})

    assert loaded.draft(worker, task.key) is None
    assert stored_results(loaded)[0]["content"] == {"labels": ["cat", "dog"]}


def test_second_worker_does_not_get_a_task_held_by_a_draft(loaded: Workspace, worker: Session) -> None:
    other = sign_in(loaded, "Farah Qureshi")
    held = next_open(loaded, worker)
    loaded.save_draft(worker, held.key, {"labels": []})

    theirs = next_open(loaded, other)

    assert theirs.key != held.key
    assert theirs.task_id == "t-a"
    assert loaded.draft(other, held.key) is None
    assert next_open(loaded, worker) == held


@pytest.mark.parametrize("action", ["skip", "flag"])
@pytest.mark.parametrize("reason", ["", "   \n "], ids=["empty", "blank"])
def test_skip_and_flag_need_a_reason(loaded: Workspace, worker: Session, action: str, reason: str) -> None:
    task = next_open(loaded, worker)

    with pytest.raises(ValueError, match="A reason is required"):
        getattr(loaded, action)(worker, task.key, reason)

    assert stored_results(loaded) == []
    assert loaded.outbox_size() == 0
    assert next_open(loaded, worker) == task


def test_skip_and_flag_record_action_and_reason(loaded: Workspace, worker: Session) -> None:
    skipped = next_open(loaded, worker)
    loaded.skip(worker, skipped.key, "  I do not   know this  animal ")
    flagged = next_open(loaded, worker)
    loaded.flag(worker, flagged.key, "The image does not load")

    results = stored_results(loaded)
    assert [(r["task_id"], r["action"], r["content"]) for r in results] == [
        ("t-c", "skip", {"reason": "I do not know this animal"}),
        ("t-a", "flag", {"reason": "The image does not load"}),
    ]
    assert loaded.task_counts() == {"new": 3, "done": 0, "skipped": 1, "flagged": 1}
    assert next_open(loaded, worker).task_id == "t-b"


def test_every_result_is_in_the_outbox_once_in_order(loaded: Workspace, worker: Session) -> None:
    ids = [
        loaded.submit(worker, next_open(loaded, worker).key, {"labels": ["cat"]}),
        loaded.skip(worker, next_open(loaded, worker).key, "too dark"),
        loaded.flag(worker, next_open(loaded, worker).key, "broken file"),
        loaded.submit(worker, next_open(loaded, worker).key, {"labels": ["bird"]}),
    ]

    rows = loaded.store.read().execute("SELECT seq, item_type, item_id FROM outbox").fetchall()
    assert sorted(item_id for _, _, item_id in rows) == sorted(ids), "each result queued exactly once"
    assert {item_type for _, item_type, _ in rows} == {"result"}
    seq_of = {item_id: seq for seq, _, item_id in rows}
    seqs = [seq_of[result_id] for result_id in ids]
    assert all(a < b for a, b in itertools.pairwise(seqs)), f"sequence numbers not increasing: {seqs}"
    assert [r["id"] for r in stored_results(loaded)] == ids
    assert loaded.outbox_size() == 4


@pytest.mark.parametrize("second", ["submit", "skip", "flag"])
def test_acting_twice_on_a_task_is_refused(loaded: Workspace, worker: Session, second: str) -> None:
    task = next_open(loaded, worker)
    loaded.submit(worker, task.key, {"labels": ["cat"]})

    with pytest.raises(TaskStateError) as caught:
        if second == "submit":
            loaded.submit(worker, task.key, {"labels": ["dog"]})
        else:
            getattr(loaded, second)(worker, task.key, "changed my mind")

    assert caught.value.message == "This task is already done; it cannot be changed. Go on to the next task."
    assert [r["content"] for r in stored_results(loaded)] == [{"labels": ["cat"]}]
    assert loaded.outbox_size() == 1
    assert loaded.task_counts()["done"] == 1
    assert loaded.progress(worker).done_today == 1


def test_another_worker_cannot_act_on_a_closed_task(loaded: Workspace, worker: Session) -> None:
    other = sign_in(loaded, "Sokha Chan")
    task = next_open(loaded, worker)
    loaded.skip(worker, task.key, "cannot tell")

    with pytest.raises(TaskStateError, match="already skipped"):
        loaded.submit(other, task.key, {"labels": ["cat"]})

    assert loaded.results(other) == []


def test_save_draft_on_a_submitted_task_is_refused(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    loaded.submit(worker, task.key, {"labels": ["cat"]})

    with pytest.raises(TaskStateError, match="already done"):
        loaded.save_draft(worker, task.key, {"labels": ["dog"]})

    assert loaded.draft(worker, task.key) is None


def test_results_carry_wall_time_boot_and_monotonic_time(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    wall_before = dt.datetime.now(dt.UTC)
    mono_before = time.monotonic_ns()

    result_id = loaded.submit(worker, task.key, {"labels": ["cat"]}, active_ms=4200)

    mono_after = time.monotonic_ns()
    wall_after = dt.datetime.now(dt.UTC)
    created_at, stored_boot, mono, active_ms = loaded.store.read().execute(
        "SELECT created_at, boot_id, created_mono_ns, active_ms FROM results WHERE id = ?", (result_id,)
    ).fetchone()
    assert created_at.endswith("Z")
    stamp = dt.datetime.strptime(created_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    assert wall_before <= stamp <= wall_after
    assert stored_boot == boot_id() and stored_boot
    assert mono_before <= mono <= mono_after
    assert active_ms == 4200
    assert stored_results(loaded)[0]["created_at"] == created_at


def act(ws: Workspace, action: str, task_key: int, worker: Session) -> None:
    """Do ``action`` (submit, skip, flag or save_draft) on a task with a plausible payload."""
    if action == "submit":
        ws.submit(worker, task_key, {"labels": ["cat"]})
    elif action == "save_draft":
        ws.save_draft(worker, task_key, {"labels": ["cat"]})
    else:
        getattr(ws, action)(worker, task_key, "a reason")


@pytest.mark.parametrize(
    "action",
    [
        "submit",
        "skip",
        "flag",
        "save_draft",
    ],
)
def test_action_on_a_task_not_in_the_cache_is_a_task_state_error(
    loaded: Workspace, worker: Session, action: str
) -> None:
    missing = max(task_keys(loaded)) + 100

    with pytest.raises(TaskStateError, match=f"There is no task {missing} in the cache"):
        act(loaded, action, missing, worker)

    assert stored_results(loaded) == []
    assert loaded.outbox_size() == 0


@pytest.mark.parametrize(
    "action",
    [
        "submit",
        "skip",
        "flag",
        "save_draft",
    ],
)
def test_action_by_a_session_nobody_opened_is_refused(loaded: Workspace, action: str) -> None:
    task = task_keys(loaded)[0]
    forged = Session("w-nobody", "Nobody", Role.WORKER, "2026-11-24T06:00:00.000000Z", token="made-up")

    with pytest.raises(NotAllowed, match="not opened by a login on this workstation"):
        act(loaded, action, task, forged)

    assert stored_results(loaded) == []
    assert loaded.task_counts()["new"] == 5


def test_a_worker_cannot_read_another_workers_drafts_or_results(loaded: Workspace, worker: Session) -> None:
    other = sign_in(loaded, "Sokha Chan")
    held = next_open(loaded, other)
    loaded.save_draft(other, held.key, {"labels": ["private"]})
    loaded.submit(other, task_keys(loaded)[1], {"labels": ["dog"]})

    with pytest.raises(NotAllowed, match="see another worker's drafts or results"):
        loaded.draft(worker, held.key, worker_id=other.user_id)
    with pytest.raises(NotAllowed, match="see another worker's drafts or results"):
        loaded.results(worker, other.user_id)
    with pytest.raises(NotAllowed, match="see another worker's drafts or results"):
        loaded.results(worker, everyone=True)
    assert loaded.draft(worker, held.key) is None, "her own draft of it: none"
    assert loaded.results(worker) == []


def test_a_supervisor_reads_a_workers_draft_and_results(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    loaded.save_draft(worker, task.key, {"labels": ["cat"]})
    done = task_keys(loaded)[1]
    loaded.submit(worker, done, {"labels": ["dog"]})
    boss = sign_in(loaded, "Grace Achieng", "supervisor")

    assert loaded.draft(boss, task.key, worker_id=worker.user_id) == {"labels": ["cat"]}
    assert [r["content"] for r in loaded.results(boss, worker.user_id)] == [{"labels": ["dog"]}]
    assert [r["worker_id"] for r in loaded.results(boss, everyone=True)] == [worker.user_id]


def test_a_locked_session_keeps_its_typing_but_does_no_work(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    login.lock(loaded.store, worker)

    loaded.save_draft(worker, task.key, {"labels": ["cat"]})  # typed before the lock: kept
    with pytest.raises(SessionLockedError):
        loaded.submit(worker, task.key, {"labels": ["cat"]})
    with pytest.raises(SessionLockedError):
        loaded.next_task(worker)
    back = login.login(loaded.store, worker.name, PIN)  # at the lock screen
    assert loaded.draft(back, task.key) == {"labels": ["cat"]}
    assert stored_results(loaded) == []


def test_a_logged_out_session_can_do_nothing(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    login.logout(loaded.store, worker)

    for call in (lambda: loaded.next_task(worker), lambda: loaded.save_draft(worker, task.key, {"labels": []}),
                 lambda: loaded.submit(worker, task.key, {"labels": ["cat"]}), lambda: loaded.progress(worker)):
        with pytest.raises(SessionEndedError):
            call()
    assert loaded.draft(sign_in(loaded, worker.name), task.key) is None
    assert stored_results(loaded) == []


def test_results_carry_the_timesheets_clock_so_they_count_on_its_day(loaded: Workspace) -> None:
    clock = FakeClock(now=dt.datetime(2031, 3, 9, 12, 0, tzinfo=dt.UTC), boot="boot-far")
    give_pins(loaded, {"Amina Njeri": "worker"}, clock=clock)
    ws = Workspace(loaded.data_dir, loaded.store, clock=clock)  # the same data, read on this clock
    amina = login.login(loaded.store, "Amina Njeri", PIN, clock=clock)
    task = ws.next_task(amina)
    assert task is not None

    ws.submit(amina, task.key, {"labels": ["cat"]})

    [row] = loaded.store.query("SELECT created_at, created_mono_ns, boot_id FROM results")
    assert (row["created_at"], row["created_mono_ns"], row["boot_id"]) == (clock.wall(), clock.mono, "boot-far")
    assert ws.progress(amina).done_today == 1
    clock.advance(days=1)
    amina = login.login(loaded.store, "Amina Njeri", PIN, clock=clock)  # the next morning
    assert ws.progress(amina).done_today == 0, "a new day on the same clock"


def test_moving_the_wall_clock_neither_empties_nor_fills_todays_count(loaded: Workspace) -> None:
    clock = FakeClock()
    give_pins(loaded, {"Amina Njeri": "worker"}, clock=clock)
    ws = Workspace(loaded.data_dir, loaded.store, clock=clock)  # the same data, read on this clock
    amina = login.login(loaded.store, "Amina Njeri", PIN, clock=clock)
    for _ in range(2):
        task = ws.next_task(amina)
        assert task is not None
        ws.submit(amina, task.key, {"labels": ["cat"]})
    assert ws.progress(amina).done_today == 2

    clock.jump_wall(days=1)  # someone sets the PC's date a day ahead
    assert ws.progress(amina).done_today == 2, "the same day on the timesheet's clock"
    clock.jump_wall(days=-3)
    assert ws.progress(amina).done_today == 2

    clock.jump_wall(days=2)
    clock.advance(days=1)  # a real day passes: a new day
    amina = login.login(loaded.store, "Amina Njeri", PIN, clock=clock)
    assert ws.progress(amina).done_today == 0


def test_nobody_else_can_overwrite_or_drop_a_draft_another_worker_holds(loaded: Workspace, worker: Session) -> None:
    task = next_open(loaded, worker)
    loaded.save_draft(worker, task.key, {"labels": ["cat"]})
    sokha = sign_in(loaded, "Sokha Chan")

    for attempt in (lambda: loaded.save_draft(sokha, task.key, {"labels": ["dog"]}),
                    lambda: loaded.submit(sokha, task.key, {"labels": ["dog"]}),
                    lambda: loaded.skip(sokha, task.key, "not mine"),
                    lambda: loaded.flag(sokha, task.key, "not mine")):
        with pytest.raises(TaskStateError) as refused:
            attempt()
        assert refused.value.reason == "held" and "Another worker has started this task" in refused.value.message

    assert loaded.draft(worker, task.key) == {"labels": ["cat"]}, "her draft is untouched"
    assert stored_results(loaded) == []
    loaded.submit(worker, task.key, {"labels": ["cat"]})  # she still can
    assert [r["worker_id"] for r in stored_results(loaded)] == [worker.user_id]
