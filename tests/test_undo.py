"""Taking back the last answer: while it waits in the outbox it is removed and its task comes
back with what she gave; once it may have reached the hub, or after a checked task, it stays.
Real SQLite files; the clock is a fake one that moves only when the test says so."""

from __future__ import annotations

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
def loaded(ws: Workspace, tmp_path: Path) -> Workspace:
    ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 4, gold=1))
    return ws


def answer(ws: Workspace, who: Session, clock: FakeClock, labels: list[str]) -> str:
    task = ws.next_task(who, clock=clock)
    assert task is not None
    ws.submit(who, task.key, {"labels": labels}, clock=clock)
    return task.task_id


def test_the_last_answer_comes_back_as_her_draft_and_leaves_the_outbox(loaded: Workspace) -> None:
    clock = FakeClock()
    amina = sign_in(loaded, "Amina Njeri", clock=clock)
    answer(loaded, amina, clock, ["cat"])       # t-0000, a gold task: it stays
    assert answer(loaded, amina, clock, ["dog"]) == "t-0001"
    assert loaded.outbox_size() == 2

    task = loaded.undo_last(amina, clock=clock)

    assert task.task_id == "t-0001" and loaded.draft(amina, task.key, clock=clock) == {"labels": ["dog"]}
    assert loaded.outbox_size() == 1, "the hub never gets it"
    assert loaded.next_task(amina, clock=clock).key == task.key  # type: ignore[union-attr]
    assert loaded.progress(amina, clock=clock).done_today == 1
    loaded.submit(amina, task.key, {"labels": ["bird"]}, clock=clock)
    assert [r["content"] for r in loaded.results(amina, clock=clock)][-1] == {"labels": ["bird"]}



def test_a_checked_answer_a_sent_one_and_a_late_one_stay(loaded: Workspace) -> None:
    clock = FakeClock()
    amina = sign_in(loaded, "Amina Njeri", clock=clock)
    answer(loaded, amina, clock, ["cat"])
    with pytest.raises(UndoError) as gold:
        loaded.undo_last(amina, clock=clock)
    assert "seen its answer" in gold.value.message, "the feedback showed her the right answer"

    answer(loaded, amina, clock, ["dog"])
    seq = loaded.store.read().execute("SELECT max(seq) FROM outbox").fetchone()[0]
    mark_sending(loaded.store, seq)  # a sync is pushing it now
    with pytest.raises(UndoError) as sent:
        loaded.undo_last(amina, clock=clock)
    assert "already gone to the hub" in sent.value.message

    answer(loaded, amina, clock, ["bird"])
    for _ in range(UNDO_MINUTES + 1):  # she keeps working (her session stays open), minute by minute
        clock.advance(seconds=60)
        login.touch(loaded.store, amina, clock=clock)
    with pytest.raises(UndoError) as late:
        loaded.undo_last(amina, clock=clock)
    assert f"for {UNDO_MINUTES} minutes" in late.value.message
    assert loaded.outbox_size() == 3, "nothing was taken back"


def test_a_skip_taken_back_puts_her_back_on_the_task(loaded: Workspace) -> None:
    clock = FakeClock()
    amina, sokha = sign_in(loaded, "Amina Njeri", clock=clock), sign_in(loaded, "Sokha Chan", clock=clock)
    answer(loaded, amina, clock, ["cat"])
    task = loaded.next_task(amina, clock=clock)
    assert task is not None
    loaded.skip(amina, task.key, "blurry", clock=clock)
    assert loaded.next_task(sokha, clock=clock).key != task.key  # type: ignore[union-attr]

    back = loaded.undo_last(amina, clock=clock)
    assert back.key == task.key and loaded.next_task(amina, clock=clock).key == task.key  # type: ignore[union-attr]
    assert loaded.next_task(sokha, clock=clock).key != task.key, "hers again: her draft holds it"  # type: ignore[union-attr]
