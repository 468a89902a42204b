"""Every screen LabClient has, rendered at 1366×768 in every language it ships: no label or button
text is cut off, and no text stays in English.

The screens are the ones ``scripts/make_screenshots.py`` renders for the documentation (a real
MainWindow on a demo workspace, each screen reached the way a person reaches it). English left
in code is found with a pseudo-translation: every text of the template is translated as itself
between ⟦ and ⟧, so whatever a screen shows outside the brackets was not translated, unless it
is the lab's own data (names, the batches' labels and content) or a key's name.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from labclient.demo import DEMO_WORKERS, demo_bundles
from labclient.demo_people import DEMO_ADMIN, DEMO_SUPERVISOR
from labclient.ui.app import install_translations
from labclient.ui.task_views.translation import language_name
from tests.tools import venv_tool

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent
OPEN, CLOSE = "⟦", "⟧"
#: Key names as Qt writes shortcuts (Ctrl+Shift+W), and words that are names in every language.
NAMES = {"Ctrl", "Shift", "Alt", "Enter", "Return", "Esc", "Tab", "Space", "Plus", "Minus", "Backspace", "Del",
         "Home", "End", "PgUp", "PgDown", "Left", "Right", "Up", "Down", "LabClient", "PIN"}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
#: Qt's own button texts (translated by Qt's translation or LabClient's qt_<lang>.ts, which
#: test_translations checks), and examples that are the same in every language (a hub's address,
#: an enrolment code).
QT_OWN = {"OK", "Cancel", "Close", "Save"}
EXAMPLES = re.compile(r"\S+://\S+|\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b")


def load_screens() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_screenshots", ROOT / "scripts" / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def screens() -> Iterator[ModuleType]:
    module = load_screens()
    yield module
    sys.modules.pop("make_screenshots", None)


def plain(text: str) -> str:
    """What a label shows of ``text`` (rich text without its markup, no mnemonic marks)."""
    if re.search(r"<[A-Za-z/][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Each text a person sees in ``root`` and the widget that shows it."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if widget.isWindow() and widget.windowTitle():
            yield widget, widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget, plain(widget.text())
        elif isinstance(widget, QGroupBox):
            yield widget, plain(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget, plain(widget.tabText(i))
        elif isinstance(widget, QComboBox):
            yield widget, widget.currentText()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield widget, widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):  # a date edit writes day and month names
            yield widget, widget.text()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
            if header is not None:
                for section in range(header().count()):
                    yield widget, str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 40)):
                column = 0
                while model.index(row, column).isValid():
                    yield widget, str(model.data(model.index(row, column)) or "")
                    column += 1


def cut_off(root: QWidget) -> Iterator[str]:
    """The label and button texts of ``root`` that get less room than they need."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and plain(widget.text()).strip() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    yield f"{type(widget).__name__} {widget.objectName()!r}: {plain(widget.text())[:60]!r}"
            elif widget.sizeHint().width() > widget.width() + 1:
                yield f"{type(widget).__name__} {widget.objectName()!r}: {plain(widget.text())[:60]!r}"
        elif isinstance(widget, QAbstractButton) and widget.text().strip() \
                and widget.sizeHint().width() > widget.width() + 1:
            yield f"{type(widget).__name__} {widget.objectName()!r}: {plain(widget.text())[:60]!r}"


def lab_words() -> set[str]:
    """Every word of the lab's own data on the demo screens: the batches (labels, content,
    instructions), the demo people and what the screenshots type."""
    words = NAMES | QT_OWN

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.update(WORD.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in demo_bundles():
        with zipfile.ZipFile(path) as zf:
            doc = json.loads(zf.read("batch.json"))
            walk(doc)
            params = doc["template"]["params"]
            if doc["template"]["kind"] == "translation":  # languages go by their own names: data, not UI
                walk([language_name(params["source_language"]), language_name(params["target_language"])])
            for name in zf.namelist():
                if name.endswith((".txt", ".md", ".html")):
                    walk(zf.read(name).decode("utf-8", "replace"))
    walk([*DEMO_WORKERS, DEMO_ADMIN, DEMO_SUPERVISOR, "Grace Achieng", "LAB-PC", "celsius",
          "Came at 08:00 but the PC did not start; sign-in sheet", "Stayed 15 min to finish a batch; supervisor saw it",
          "The shape has four equal sides: a square, not a circle."])
    return words


@pytest.fixture(scope="module")
def pseudo_translation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template translated as itself between ⟦ and ⟧ (placeholders kept), compiled."""
    folder = tmp_path_factory.mktemp("pseudo")
    tree = ET.parse(ROOT / "resources" / "i18n" / "labclient.ts")
    tree.getroot().set("language", "en")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    tree.write(folder / "labclient_pseudo.ts", encoding="utf-8", xml_declaration=True)
    compiled = subprocess.run([str(venv_tool("pyside6-lrelease")), "-silent", str(folder / "labclient_pseudo.ts"),
                               "-qm", str(folder / "labclient_pseudo.qm")], capture_output=True, text=True,
                              timeout=120, check=False)
    assert compiled.returncode == 0, compiled.stderr
    return folder / "labclient_pseudo.qm"


def english_left(text: str, known: set[str]) -> list[str]:
    """The words of ``text`` outside the translated parts that are not the lab's data."""
    outside, inner = text, re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while inner.search(outside):  # innermost first: translated texts nest
        outside = inner.sub(" ", outside)
    outside = EXAMPLES.sub(" ", outside)
    return [word for word in WORD.findall(outside) if word not in known and len(word) > 2]


def test_every_screen_is_translated_with_no_english_built_in_code(screens: ModuleType, pseudo_translation: Path,
                                                                  qapp: QApplication, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pseudo = QTranslator(qapp)
    assert pseudo.load(str(pseudo_translation))
    real_install = screens.install_translations

    def install_with_pseudo(app: QApplication, locale: QLocale) -> bool:
        found: bool = real_install(app, locale)
        app.removeTranslator(pseudo)
        app.installTranslator(pseudo)  # the last installed is asked first
        QLocale.setDefault(QLocale("ru"))  # day and month names in another script: one in English stands out
        return found

    known = lab_words() | set(WORD.findall(" ".join(screens.TYPED)))
    left: dict[str, set[str]] = {}

    def inspect(window: QWidget, over: QWidget | None, name: str) -> None:
        for root in (window, over):
            if root is None:
                continue
            for widget, text in shown_texts(root):
                words = english_left(text, known)
                if words:
                    left.setdefault(f"{name}: {widget.objectName() or type(widget).__name__}: {text[:80]!r}",
                                    set()).update(words)

    monkeypatch.setattr(screens, "install_translations", install_with_pseudo)
    monkeypatch.setattr(screens, "INSPECT", inspect)
    try:
        for _name, make in screens.scenes(tmp_path):
            make()
    finally:
        qapp.removeTranslator(pseudo)
        install_translations(qapp, QLocale("en"))

    assert not left, "texts left in English:\n" + "\n".join(f"{where}  {sorted(words)}"
                                                          for where, words in left.items())


@pytest.mark.parametrize("code", ["fr", "ht", "sw", "ur"])
def test_no_text_is_cut_off_on_any_screen(code: str, screens: ModuleType, qapp: QApplication, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cut: list[str] = []

    def inspect(window: QWidget, over: QWidget | None, name: str) -> None:
        for root in (window, over):
            if root is not None:
                cut.extend(f"{name}: {what}" for what in cut_off(root))

    monkeypatch.setattr(screens, "INSPECT", inspect)
    try:
        for _name, make in screens.scenes(tmp_path, code):
            make()
    finally:
        install_translations(qapp, QLocale("en"))

    assert not cut, f"{code}: texts cut off at 1366×768:\n" + "\n".join(cut)


def test_the_cut_off_check_sees_a_button_and_a_label_without_room(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    layout = QHBoxLayout(box)
    label, button = QLabel("Kazini tangu 08:00: muda wako unahesabiwa."), QPushButton("Anza mapumziko (Ctrl+Shift+P)")
    layout.addWidget(label)
    layout.addWidget(button)
    box.setFixedSize(160, 60)
    box.show()
    narrow = list(cut_off(box))
    box.setFixedSize(1000, 60)
    qapp.processEvents()
    wide = list(cut_off(box))
    box.close()

    assert len(narrow) == 2 and wide == [], (narrow, wide)
