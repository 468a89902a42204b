"""Render every LabClient screen to PNG in docs/screenshots/ (1366×768, and right-to-left).

Run: ``QT_QPA_PLATFORM=offscreen python scripts/make_screenshots.py [--out docs/screenshots]``.
Each screen is a real MainWindow on a throw-away workspace loaded with the demo bundles.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from labclient.demo import demo_bundles
from labclient.ui.app import application
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.workspace import Workspace

SIZE = (1366, 768)


def settle() -> None:
    """Let Qt lay out and paint (and media load) before grabbing."""
    for _ in range(5):
        QCoreApplication.processEvents()


def shoot(out: Path, name: str, bundle: str | None, prepare: Callable[[MainWindow], None] | None = None,
          *, rtl: bool = False) -> Path:
    """One screenshot: a fresh workspace with ``bundle`` (demo bundle stem) and a worker."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        for path in demo_bundles():
            if bundle is not None and path.stem == bundle:
                ws.import_bundle(path)
        for worker_name in ("Amina Njeri", "Jean-Baptiste Pierre", "Sokha Chan", "Farah Qureshi"):
            worker = ws.add_worker(worker_name)
        window = MainWindow(ws)
        window.resize(*SIZE)
        window.show()
        if bundle is not None:
            window.begin(worker)
        if prepare is not None:
            prepare(window)
        settle()
        target = out / f"{name}.png"
        window.grab().save(str(target))
        window.close()
        window.deleteLater()
        settle()
    return target


def shoot_admin(out: Path) -> Path:
    """The sync and hub screen of a workstation not enrolled yet."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        window = MainWindow(ws)
        window.resize(*SIZE)
        window.show()
        admin = window.open_admin()
        settle()
        target = out / "admin.png"
        admin.grab().save(str(target))
        admin.close()
        window.close()
        window.deleteLater()
        settle()
    return target


def show_issues(window: MainWindow) -> None:
    """Clear a required field and submit, so the field's message shows."""
    view = window.work_screen.views["data_entry"]
    assert isinstance(view, DataEntryView)
    name = view.inputs["name"]
    name.setText("")  # type: ignore[union-attr]
    window.work_screen.submit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    application()
    shots = [
        shoot(out, "start", None),
        shoot(out, "transcription-audio", "demo-transcription-audio"),
        shoot(out, "transcription-document", "demo-transcription-document"),
        shoot(out, "tagging", "demo-tagging"),
        shoot(out, "data-entry", "demo-data-entry"),
        shoot(out, "data-entry-issues", "demo-data-entry", show_issues),
        shoot(out, "instructions", "demo-tagging", lambda w: w.work_screen.toggle_instructions()),
        shoot(out, "empty", "none"),
        shoot(out, "data-entry-rtl", "demo-data-entry", rtl=True),
        shoot(out, "transcription-audio-rtl", "demo-transcription-audio", rtl=True),
        shoot_admin(out),
    ]
    for shot in shots:
        print(shot)


if __name__ == "__main__":
    main()
