"""Taking back the last answer: while it waits in the outbox it is removed and its task comes
back with what she gave; once it may have reached the hub, or after a checked task, it stays.
Real SQLite files; the clock is a fake one that moves only when the test says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.errors import UndoError
from labclient.people import login
from labclient.people.roles import Session
from labclient.sync.state import mark_sending
from labclient.workspace import UNDO_MINUTES, Workspace
from tests.factory import make_bundle
from tests.helpers.clock import FakeClock
from tests.logins import sign_in


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def loaded(data_dir: Path, tmp_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """A workspace on the test's fake clock, with four tagging tasks (the first a gold one)."""
    with Workspace.open(data_dir, clock=clock) as ws:
        ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 4, gold=1))
        yield ws


def answer(ws: Workspace, who: Session, labels: list[str]) -> str:
    task = ws.next_task(who)
    assert task is not None
    ws.submit(who, task.key, {"labels": labels})
    return task.task_id


def test_the_last_answer_comes_back_as_her_draft_and_leaves_the_outbox(loaded: Workspace, clock: FakeClock) -> None:
    amina = sign_in(loaded, "Amina Njeri", clock=clock)
    answer(loaded, amina, ["cat"])       # t-0000, a gold task: it stays
    assert answer(loaded, amina, ["dog"]) == "t-0001"
    assert loaded.outbox_size() == 2

    task = loaded.undo_last(amina)

    assert task.task_id == "t-0001" and loaded.draft(amina, task.key) == {"labels": ["dog"]}
    assert loaded.outbox_size() == 1, "the hub never gets it"
    assert loaded.next_task(amina).key == task.key  # type: ignore[union-attr]
    assert loaded.progress(amina).done_today == 1
    loaded.submit(amina, task.key, {"labels": ["bird"]})
    assert [r["content"] for r in loaded.results(amina)][-1] == {"labels": ["bird"]}



def test_a_checked_answer_a_sent_one_and_a_late_one_stay(loaded: Workspace, clock: FakeClock) -> None:
    amina = sign_in(loaded, "Amina Njeri", clock=clock)
    answer(loaded, amina, ["cat"])
    with pytest.raises(UndoError) as gold:
        loaded.undo_last(amina)
    assert "seen its answer" in gold.value.message, "the feedback showed her the right answer"

    answer(loaded, amina, ["dog"])
    seq = loaded.store.read().execute("SELECT max(seq) FROM outbox").fetchone()[0]
    mark_sending(loaded.store, seq)  # a sync is pushing it now
    with pytest.raises(UndoError) as sent:
        loaded.undo_last(amina)
    assert "already gone to the hub" in sent.value.message

    answer(loaded, amina, ["bird"])
    for _ in range(UNDO_MINUTES + 1):  # she keeps working (her session stays open), minute by minute
        clock.advance(seconds=60)
        login.touch(loaded.store, amina, clock=clock)
    with pytest.raises(UndoError) as late:
        loaded.undo_last(amina)
    assert f"for {UNDO_MINUTES} minutes" in late.value.message
    assert loaded.outbox_size() == 3, "nothing was taken back"


def test_a_skip_taken_back_puts_her_back_on_the_task(loaded: Workspace, clock: FakeClock) -> None:
    amina, sokha = sign_in(loaded, "Amina Njeri", clock=clock), sign_in(loaded, "Sokha Chan", clock=clock)
    answer(loaded, amina, ["cat"])
    task = loaded.next_task(amina)
    assert task is not None
    loaded.skip(amina, task.key, "blurry")
    assert loaded.next_task(sokha).key != task.key  # type: ignore[union-attr]

    back = loaded.undo_last(amina)
    assert back.key == task.key and loaded.next_task(amina).key == task.key  # type: ignore[union-attr]
    assert loaded.next_task(sokha).key != task.key, "hers again: her draft holds it"  # type: ignore[union-attr]
