"""The window's language: LabClient's translations and Qt's, the layout direction, and the fonts
LabClient ships for scripts a lab PC may lack."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from labclient.logs import log
from labclient.paths import resources_dir

# The font for text in Arabic script (Urdu), shipped in resources/fonts: a lab PC's fonts often
# lack Urdu's own letters (ہ, ے, ڈ, ں…), which then show as boxes.
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
    right-to-left language (Urdu); make ``locale`` the default ``QLocale`` (numbers, dates, day
    names). True when LabClient's own translation was found."""
    for old in getattr(app, "_labclient_translators", []):
        app.removeTranslator(old)
    installed = []
    qt = QTranslator(app)
    # Qt's own texts (standard buttons): Qt's translation, else ours for the few LabClient shows
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) \
            or qt.load(locale, "qt", "_", str(resources_dir() / "i18n")):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    found = ours.load(locale, "labclient", "_", str(resources_dir() / "i18n"))
    # English, the source language, for a language LabClient does not speak: its plural forms
    if found or ours.load("labclient_en", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        installed.append(ours)
    app._labclient_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(locale)  # QLocale() writes numbers, dates and day names in this language
    load_fonts()
    font = app.font()
    base = [f for f in font.families() if f != ARABIC_SCRIPT_FONT] or [font.family()]
    arabic = locale.script() == QLocale.Script.ArabicScript
    font.setFamilies([ARABIC_SCRIPT_FONT, *base] if arabic else base)
    app.setFont(font)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return found
