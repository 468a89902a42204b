"""My week shows the worker's accuracy on gold tasks, per project (her last 50; practice never counts).

The gold results are stored through the core with the UI tests' fake clock; the dialog reads them
in the background with the week, and the test waits for ``refreshed``.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.people.roles import Session
from labclient.ui.my_week import MyWeekDialog
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import FakeClock
from tests.logins import give_pins, log_in

WORKER = "Amina Njeri"


def import_project(ws: Workspace, folder: Path, kind: str, name: str, **options: object) -> None:
    """A bundle of three tasks of ``kind`` in a project called ``name`` (options as ``batch_doc``'s)."""
    doc, media = batch_doc(kind, 3, batch_id=f"b-{kind}", **options)  # type: ignore[arg-type]
    doc["project"] = {"id": name.lower().replace(" ", "-"), "name": name}
    ws.import_bundle(write_bundle(folder / f"{kind}.zip", doc, media))


def answer_all(ws: Workspace, who: Session, answers: dict[str, list[dict[str, object]]], clock: FakeClock) -> None:
    """Submit to her next tasks, in turn, the answers listed for each task's kind."""
    while (task := ws.next_task(who)) is not None and answers.get(task.kind):
        ws.submit(who, task.key, answers[task.kind].pop(0))
    assert not any(answers.values()), "a task was missing"


def open_week(qtbot: QtBot, ws: Workspace, who: Session, clock: FakeClock) -> MyWeekDialog:
    dialog = MyWeekDialog(ws, who)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.refreshed, timeout=5000):
        dialog.show()
    return dialog


def test_my_week_shows_accuracy_per_project_without_practice(qtbot: QtBot, ws: Workspace, tmp_path: Path,
                                                             clock: FakeClock):
    give_pins(ws, {WORKER: "worker"}, clock=clock)
    import_project(ws, tmp_path, "tagging", "Animals", gold=3, mode="single")
    import_project(ws, tmp_path, "transcription", "Radio", training=1, gold=1)
    me = log_in(ws, WORKER, clock=clock)
    # The practice transcript is all wrong and never counts; the gold one is right.
    answer_all(ws, me, {"transcription": [{"text": "nothing like it"}, {"text": "the cat sat on the mat"}],
                        "tagging": [{"labels": ["cat"]}, {"labels": ["dog"]}, {"labels": ["cat"]}]}, clock)

    dialog = open_week(qtbot, ws, me, clock)

    assert dialog.accuracy.isVisible()
    assert dialog.accuracy.text().splitlines() == [
        "Your accuracy on checked tasks (tasks with a known answer; your last 50):",
        "• Animals: 66% on average; 2 of 3 passed",
        "• Radio: 100% on average; 1 of 1 passed",
    ]


def test_no_checked_task_yet_shows_no_accuracy(qtbot: QtBot, ws: Workspace, tmp_path: Path, clock: FakeClock):
    give_pins(ws, {WORKER: "worker"}, clock=clock)
    import_project(ws, tmp_path, "tagging", "Animals", training=1)
    me = log_in(ws, WORKER, clock=clock)
    answer_all(ws, me, {"tagging": [{"labels": ["cat"]}, {"labels": ["dog"]}]}, clock)  # practice, production

    dialog = open_week(qtbot, ws, me, clock)

    assert dialog.week is not None and dialog.week.accuracy == ()
    assert not dialog.accuracy.isVisible() and dialog.accuracy.text() == ""
