"""Child process for the ``next_task_shown`` benchmark: submit through the real work screen.

    python bench/ui_next_task.py DATA_DIR ITERATIONS [KIND]

Opens the real MainWindow (offscreen, 1366×768) on DATA_DIR (tasks of KIND: ``data_entry``, the
default, with a valid prefill, ``translation``, ``boxes`` or ``captioning``), logs the worker in
and clocks them in, and ITERATIONS times: answers the task in the view (the first outcome; each
segment typed as its source with the glossary's terms; one box drawn; one caption added and
typed), then times ``WorkScreen.submit()`` (validation, the durable write, loading the next task
into the view) plus the event processing that lays out and paints it. Then, as the baseline,
times the same number of core-only ``Workspace.submit`` + ``next_task`` calls. Prints one JSON
object: ``{"ui": [s...], "core": [s...]}``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QApplication

from bench.common import bench_worker
from labclient.people import timesheet
from labclient.tasks.translation import kept_of, segment_rules, segments_of, terms_of
from labclient.ui.app import application
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.base import TaskView
from labclient.ui.task_views.captioning import CaptioningView
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.translation import TranslationView
from labclient.workspace import Task, Workspace


def answer(task: Task) -> dict[str, Any]:
    """A result that passes every rule of ``task``: the prefill verified, or each source segment
    with the glossary's required terms after it."""
    if task.kind == "tagging":
        return {"boxes": [{"label": "car", "x": 10, "y": 20, "w": 200, "h": 100}]}
    if task.kind == "captioning":
        return {"segments": [{"start_ms": 0, "end_ms": 2000, "text": "Hello there"}]}
    if task.kind != "translation":
        return {"outcome": "verified", "fields": dict(task.body["prefill"])}
    params = task.template.params
    terms, kept = terms_of(task.body, params), kept_of(task.body, params)
    return {"segments": [" ".join([s.text, *(t.target for t in segment_rules(s.text, terms, kept).terms)])
                         for s in segments_of(task.body, params)]}


def fill(view: TaskView, task: Task) -> None:
    """Answer ``task`` in ``view`` as a worker would: an outcome, or each segment typed."""
    if isinstance(view, DataEntryView):
        view.choose_outcome(0)
        return
    if isinstance(view, TaggingView):
        view.image.add_box(QRectF(10, 20, 200, 100))
        return
    if isinstance(view, CaptioningView):
        view.new_caption()  # at the play position, the clip's start: 0 to 2,000 ms
        view.editor.setPlainText("Hello there")
        return
    assert isinstance(view, TranslationView)
    for i, text in enumerate(answer(task)["segments"]):
        view.go_to(i)
        view.editor.setPlainText(text)


def main() -> None:
    data_dir, iterations = Path(sys.argv[1]), int(sys.argv[2])
    kind = sys.argv[3] if len(sys.argv) > 3 else "data_entry"
    kind = "tagging" if kind == "boxes" else kind
    application()
    ws = Workspace.open(data_dir)
    window = MainWindow(ws)
    window.resize(1366, 768)
    window.show()
    # The worker logs in with a PIN and clocks in.
    session = bench_worker(ws)
    timesheet.clock_in(ws.store, session)
    window.begin(session)
    QApplication.processEvents()
    screen = window.work_screen
    view = screen.views[kind]
    ui: list[float] = []
    app = QApplication.instance()
    assert app is not None

    def step() -> None:
        # Runs from the event loop, as a key press would, so deferred deletions happen as in use.
        assert screen.task is not None
        fill(view, screen.task)
        start = time.perf_counter()
        screen.submit()
        QApplication.processEvents()
        ui.append(time.perf_counter() - start)
        if len(ui) < iterations:
            QTimer.singleShot(0, step)
        else:
            app.quit()

    QTimer.singleShot(0, step)
    app.exec()
    core: list[float] = []
    window.close()  # logs the worker out, as closing the app does
    session = bench_worker(ws)
    for _ in range(iterations):
        task = ws.next_task(session)
        assert task is not None
        result = answer(task)
        start = time.perf_counter()
        ws.submit(session, task.key, result)
        ws.next_task(session)
        core.append(time.perf_counter() - start)
    assert ws.progress(session).done_today == 2 * iterations, "a submit did not go through"
    print(json.dumps({"ui": ui, "core": core}), flush=True)
    ws.close()
    # Skip interpreter finalisation: tearing down PySide objects in garbage-collection order after
    # this probe's loop has crashed in a C extension (the app itself exits cleanly).
    os._exit(0)


if __name__ == "__main__":
    main()
