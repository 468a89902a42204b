"""The UI's words come from Qt's translation system: a translation file changes what a worker sees."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.ui.conftest import start_as

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>WorkScreen</name>
<message><source>Submit (Ctrl+Enter)</source><translation>Envoyer (Ctrl+Entrée)</translation></message>
<message><source>Done today: {0}   ·   Left in cache: {1}</source>
<translation>Fait aujourd'hui : {0}   ·   Reste en cache : {1}</translation></message>
</context>
<context><name>Issue</name>
<message><source>Choose at least {n} label(s).</source>
<translation>Choisissez au moins {n} étiquette(s).</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    ts, qm = tmp_path / "labclient_fr.ts", tmp_path / "labclient_fr.qm"
    ts.write_text(FRENCH, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_translation_changes_buttons_progress_and_messages(
    qtbot: QtBot, french: None, open_window: Callable[[Workspace], MainWindow], loaded: Callable[[str], Workspace]
) -> None:
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    assert screen.submit_button.text() == "Envoyer (Ctrl+Entrée)"
    assert screen.progress_label.text() == "Fait aujourd'hui : 0   ·   Reste en cache : 3"
    screen.submit()  # no label chosen: the core's issue is shown in French
    assert screen.views["tagging"].issues.text() == "Choisissez au moins 1 étiquette(s)."  # type: ignore[attr-defined]


def test_the_translation_template_lists_the_ui_strings() -> None:
    template = (Path(__file__).resolve().parents[2] / "resources" / "i18n" / "labclient.ts").read_text("utf-8")
    for text in ("Submit (Ctrl+Enter)", "Who is working at this computer?", "Choose an outcome.",
                 "The disk is full, so this could not be saved."):
        assert text in template
