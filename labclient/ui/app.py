"""Starting the app: QApplication, translations, the workspace and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from labclient import __version__
from labclient.errors import StoreError
from labclient.logs import log
from labclient.paths import resources_dir
from labclient.ui.crash import install_error_reporting
from labclient.ui.main_window import MainWindow
from labclient.ui.messages import error_text
from labclient.workspace import Workspace

#: Set to 1 to quit as soon as the first window is shown (start-up benchmarks, smoke tests).
EXIT_WHEN_SHOWN = "LABCLIENT_EXIT_WHEN_SHOWN"


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


#: The font for text in Arabic script (Urdu), shipped in resources/fonts: a lab PC's fonts often
#: lack Urdu's own letters (ہ, ے, ڈ, ں…), which then show as boxes.
ARABIC_SCRIPT_FONT = "Noto Naskh Arabic"


_fonts_loaded: list[int] = []


def load_fonts() -> None:
    """Make the fonts LabClient ships (``resources/fonts/*.ttf``) available to the window (once)."""
    if _fonts_loaded:
        return
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the font %s could not be loaded", path.name)
        _fonts_loaded.append(font_id)


def install_translations(app: QApplication, locale: QLocale) -> bool:
    """Load Qt's own translations and LabClient's (``resources/i18n/labclient_<lang>.qm``) for
    ``locale``, in place of any installed before; lay the window out right-to-left for a
    right-to-left language (Urdu). True when LabClient's own translation was found."""
    for old in getattr(app, "_labclient_translators", []):
        app.removeTranslator(old)
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    found = ours.load(locale, "labclient", "_", str(resources_dir() / "i18n"))
    if found:
        app.installTranslator(ours)
        installed.append(ours)
    app._labclient_translators = installed  # type: ignore[attr-defined]
    load_fonts()
    font = app.font()
    base = [f for f in font.families() if f != ARABIC_SCRIPT_FONT] or [font.family()]
    arabic = locale.script() == QLocale.Script.ArabicScript
    font.setFamilies([ARABIC_SCRIPT_FONT, *base] if arabic else base)
    app.setFont(font)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return found


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
        window = MainWindow(ws)
        window.resize(1280, 720)
        window.show()
        if os.environ.get(EXIT_WHEN_SHOWN):
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        ws.close()
