"""The UI's words come from Qt's translation system: a translation file changes what a worker sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.ui import log_in_as, start_as, translated

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>WorkScreen</name>
<message><source>Submit (Ctrl+Enter)</source><translation>Envoyer (Ctrl+Entrée)</translation></message>
<message><source>Done today: {0}   ·   Left in cache: {1}</source>
<translation>Fait aujourd'hui : {0}   ·   Reste en cache : {1}</translation></message>
</context>
<context><name>TimesheetBar</name>
<message><source>Clock in ({0})</source><translation>Pointer l'arrivée ({0})</translation></message>
</context>
<context><name>Error</name>
<message>
<source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
<translation>Ce code n'est pas le bon pour {name}. Essais restants avant le blocage : {tries_left}.</translation>
</message>
</context>
<context><name>Issue</name>
<message numerus="yes"><source>Choose at least %n label(s).</source>
<translation><numerusform>Choisissez au moins %n étiquette.</numerusform>
<numerusform>Choisissez au moins %n étiquettes.</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    with translated(FRENCH, tmp_path):
        yield


def test_a_translation_changes_buttons_progress_and_messages(
    qtbot: QtBot, french: None, open_window: Callable[[Workspace], MainWindow], loaded: Callable[[str], Workspace]
) -> None:
    window = open_window(loaded("tagging"))
    log_in_as(qtbot, window, "Amina Njeri", pin="0000")  # the core's error, in French
    assert window.login_screen.message.text() == ("Ce code n'est pas le bon pour Amina Njeri. Essais restants avant "
                                                  "le blocage : 4.")
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    screen = window.work_screen
    assert screen.bar.clock_button.text() == "Pointer l'arrivée (Ctrl+Shift+T)"
    assert screen.submit_button.text() == "Envoyer (Ctrl+Entrée)"
    assert screen.progress_label.text() == "Fait aujourd'hui : 0   ·   Reste en cache : 3"
    screen.submit()  # no label chosen: the core's issue is shown in French
    assert screen.views["tagging"].issues.text() == "Choisissez au moins 1 étiquette."  # type: ignore[attr-defined]


def test_the_translation_template_lists_the_ui_strings() -> None:
    template = (Path(__file__).resolve().parents[2] / "resources" / "i18n" / "labclient.ts").read_text("utf-8")
    for text in ("Submit (Ctrl+Enter)", "Who is working at this computer?", "Choose an outcome.",
                 "The disk is full, so this could not be saved.", "Log in (Enter)", "Clock in ({0})",
                 "Are you still working?", "Set up the first admin (Enter)",
                 "{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one."):
        assert text in template
