"""Starting the app: QApplication, translations, the workspace and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from labclient import __version__
from labclient.errors import StoreError
from labclient.logs import log
from labclient.ui.app_language import ARABIC_SCRIPT_FONT, install_translations, load_fonts
from labclient.ui.crash import install_error_reporting
from labclient.ui.main_window import MainWindow
from labclient.ui.messages import error_text
from labclient.workspace import Workspace

# Set to 1 to quit as soon as the first window is shown (start-up benchmarks, smoke tests).
EXIT_WHEN_SHOWN = "LABCLIENT_EXIT_WHEN_SHOWN"
__all__ = ["ARABIC_SCRIPT_FONT", "EXIT_WHEN_SHOWN", "application", "install_translations", "run_app"]


def application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once), with names and translations installed."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Qt Multimedia's FFmpeg backend writes its version and codec chatter to the terminal at each
    # clip; a person who set QT_LOGGING_RULES keeps theirs. Real problems still reach the screen.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.ffmpeg*=false")
    app = QApplication(list(qt_args) or sys.argv[:1])
    load_fonts()
    app.setApplicationName("LabClient")
    app.setOrganizationName("LabClient")
    install_translations(app, QLocale())
    return app


def run_app(data_dir: Path, qt_args: Sequence[str] = (), *, right_to_left: bool = False,
            language: str | None = None) -> int:
    """Open the workspace in ``data_dir`` and run the app until the window closes; the exit code.

    A workspace that cannot be opened (damaged, newer, read-only, in use) is explained in a
    message box and the exit code is 1.
    """
    app = application(qt_args)
    if language is not None:
        install_translations(app, QLocale(language))
    if right_to_left:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    install_error_reporting(app, data_dir)
    log.info("LabClient %s starting on %s", __version__, data_dir)
    try:
        ws = Workspace.open(data_dir)
    except StoreError as exc:
        log.error("the workspace cannot be opened: %s", exc.message)
        print(f"labclient: {exc.message}", file=sys.stderr)
        if not os.environ.get(EXIT_WHEN_SHOWN):
            QMessageBox.critical(None, app.translate("App", "LabClient cannot start"), error_text(exc))
        return 1
    try:
        window = MainWindow(ws, language=language)
        window.resize(1280, 720)
        window.show()
        if os.environ.get(EXIT_WHEN_SHOWN):
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        ws.close()
