"""A worker that types and submits forever in the real app, for the kill -9 test.

Run as ``python -m tests.crash_driver DATA_DIR SEED``. It opens the real MainWindow (offscreen)
on DATA_DIR, resumes the first worker's task and then, driven by a seeded random generator,
types into the transcript editor and presses Ctrl+Enter, through Qt's keyboard events. After
each durable step it prints one JSON line and flushes:

- ``{"event": "ready", "task": key, "text": ...}`` once the task (with any draft) is on screen;
- ``{"event": "draft", "task": key, "text": ...}`` after a draft was saved;
- ``{"event": "submitted", "task": key, "text": ..., "result": id}`` after a submit returned.

It never stops by itself: the test kills it.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from labclient.ui.app import application
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.logins import log_in

DRAFT_DELAY_MS = 20  # save drafts often so kills land around them


def emit(**event: object) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    app = application()
    ws = Workspace.open(data_dir)
    window = MainWindow(ws)
    window.show()
    screen = window.work_screen
    screen._draft_timer.setInterval(DRAFT_DELAY_MS)
    window.begin(log_in(ws, ws.workers()[0].name))  # the test gave her the PIN 1234
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    assert screen.task is not None

    def text() -> str:
        return view.editor.toPlainText()

    screen.draft_saved.connect(lambda key: emit(event="draft", task=key, text=text()))
    pending: dict[str, object] = {}

    def before_submit() -> None:
        assert screen.task is not None
        pending.update(task=screen.task.key, text=text())

    screen.submitted.connect(lambda rid: emit(event="submitted", result=rid, **pending))
    emit(event="ready", task=screen.task.key, text=text())

    def step() -> None:
        if screen.task is None:
            emit(event="empty")
            return
        view.editor.setFocus()
        if text().strip() and rng.random() < 0.2:
            before_submit()
            QTest.keyClick(view.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClicks(view.editor, "".join(rng.choice("abcdefgh ") for _ in range(rng.randint(1, 6))))
        QTimer.singleShot(rng.randint(0, 40), step)

    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    main()
