"""Writes say what they changed (labclient.changes): the listeners hear each write of the workspace
and of its family, and a write on another thread makes the counts of this one fresh, with nobody
telling it to forget them. Real SQLite files; the clock is a fake one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.changes import Changed
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import FakeClock
from tests.logins import sign_in


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def lab(data_dir: Path, tmp_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """A workspace on the fake clock with three tagging tasks."""
    with Workspace.open(data_dir, clock=clock) as ws:
        ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 3, batch_id="b-one"))
        yield ws


def test_each_write_says_what_it_changed_and_a_read_says_nothing(lab: Workspace, clock: FakeClock) -> None:
    heard: list[Changed] = []
    stop = lab.on_change(heard.append)
    amina = sign_in(lab, "Amina Njeri", clock=clock)

    lab.progress(amina)  # a read tells nobody
    assert heard == []
    lab.timesheet.clock_in(amina)
    task = lab.next_task(amina)
    assert task is not None
    lab.submit(amina, task.key, {"labels": ["cat"]})
    lab.undo_last(amina)

    assert heard == [Changed.TIMESHEET | Changed.OUTBOX, Changed.TASKS | Changed.OUTBOX,
                     Changed.TASKS | Changed.OUTBOX]
    stop()
    lab.timesheet.clock_out(amina)
    assert len(heard) == 3, "a listener that stopped hears nothing more"


def test_a_write_on_another_thread_is_heard_and_leaves_no_stale_count(lab: Workspace, clock: FakeClock,
                                                                      tmp_path: Path) -> None:
    amina = sign_in(lab, "Amina Njeri", clock=clock)
    assert lab.progress(amina).remaining == 3  # counted, and kept in memory from here
    heard: list[tuple[Changed, str]] = []
    lab.on_change(lambda what: heard.append((what, threading.current_thread().name)))
    bundle = make_bundle(tmp_path / "more", "tagging", 4, batch_id="b-two")

    def background_import() -> None:  # as the work screen's import does (jobs.in_own_workspace)
        with lab.reopen() as own:
            own.import_bundle(bundle)

    worker = threading.Thread(target=background_import, name="import")
    worker.start()
    worker.join()

    assert heard == [(Changed.TASKS, "import")], "heard on the thread that wrote"
    assert lab.progress(amina).remaining == 7, "the count kept in memory was read again"


def test_a_sync_made_through_its_own_connection_is_told_and_counted_again(lab: Workspace,
                                                                          clock: FakeClock) -> None:
    amina = sign_in(lab, "Amina Njeri", clock=clock)
    assert lab.progress(amina).remaining == 3
    with lab.store.transaction() as c:  # what a pull that revoked the batch's lease writes
        c.execute("INSERT INTO batch_leases (batch_id, expires, revoked) VALUES ('b-one', ?, 1)", (clock.wall(),))
    assert lab.progress(amina).remaining == 3, "not told yet: the count kept in memory stands"

    lab.note_changed(Changed.ANY)

    assert lab.withdrawn_batches() == frozenset({"b-one"})
    assert lab.progress(amina).remaining == 0
