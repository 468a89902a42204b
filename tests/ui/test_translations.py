"""The translations LabClient ships: complete against the template, placeholders kept, marked as
awaiting review, compiled by the project's script and loaded by the app (Urdu right-to-left)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from labclient.languages import LANGUAGES
from labclient.ui.app import install_translations
from tests.tools import venv_tool

ROOT = Path(__file__).resolve().parent.parent.parent
I18N = ROOT / "resources" / "i18n"
SHIPPED = sorted(code for code in LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element | None]:
    """(context, source) of each current message of a .ts file, with its translation element."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, message.findtext("source") or "")] = translation
    return out


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_translates_every_text_of_the_template_and_keeps_its_placeholders(code: str) -> None:
    path = I18N / f"labclient_{code}.ts"
    template = messages(I18N / "labclient.ts")
    ours = messages(path)
    head = path.read_text("utf-8")[:600]

    assert set(template) <= set(ours), f"{code}: missing {sorted(set(template) - set(ours))[:5]}"
    empty = [source for (_ctx, source), t in ours.items() if t is None or not (t.text or "").strip()]
    assert empty == [], f"{code}: untranslated {empty[:5]}"
    lost = [source for (_ctx, source), t in ours.items()
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall("" if t is None else t.text or ""))]
    assert lost == [], f"{code}: placeholders changed in {lost[:5]}"
    assert "awaits review by a native speaker" in head, "the file says who made it and that it is unreviewed"
    assert f'language="{code}"' in head


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[QApplication]:
    """The app, put back in English afterwards."""
    yield qapp
    install_translations(qapp, QLocale("en"))


@pytest.mark.parametrize("code", SHIPPED)
def test_the_project_script_compiles_each_language_and_the_app_loads_it(code: str, app_language: QApplication,
                                                                         tmp_path: Path) -> None:
    compiled = subprocess.run([str(venv_tool("pyside6-lrelease")), str(I18N / f"labclient_{code}.ts"), "-qm",
                               str(tmp_path / f"labclient_{code}.qm")], capture_output=True, text=True, timeout=120,
                              check=False)
    assert compiled.returncode == 0, compiled.stderr
    assert (I18N / f"labclient_{code}.qm").exists(), "scripts/setup.sh compiled it (scripts/build_translations.sh)"

    assert install_translations(app_language, QLocale(code))
    said = QCoreApplication.translate("AddUserDialog", "Add a user")
    rtl = app_language.layoutDirection() == Qt.LayoutDirection.RightToLeft

    assert said and said != "Add a user"
    assert rtl == (code == "ur"), "Urdu lays the window out right-to-left, the others left-to-right"


def test_urdu_text_has_a_font_with_urdus_own_letters(app_language: QApplication) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from labclient.ui.app import ARABIC_SCRIPT_FONT

    install_translations(app_language, QLocale("ur"))
    chosen = app_language.font().families()
    metrics = QFontMetrics(QFont(ARABIC_SCRIPT_FONT))

    assert chosen[0] == ARABIC_SCRIPT_FONT, "Urdu text is set in the shipped Naskh font first"
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "ہےڈںٹ"), "heh goal, yeh barree, ddal, noon ghunna, tteh"
    install_translations(app_language, QLocale("sw"))
    assert ARABIC_SCRIPT_FONT not in app_language.font().families()


def test_a_task_state_and_the_empty_transcript_hint_are_in_the_workers_language(app_language: QApplication) -> None:
    from labclient.errors import TaskStateError
    from labclient.tasks import KINDS
    from labclient.ui.messages import error_text, issue_text

    params = KINDS["transcription"].parse_params({"source": "audio", "tokens": ["[inaudible]"]}, "params")
    (empty,) = KINDS["transcription"].validate_result({"text": " "}, params)
    install_translations(app_language, QLocale("sw"))
    state = error_text(TaskStateError(state="done"))
    hint = issue_text(empty)

    assert "imekamilika" in state and " done" not in state, state
    assert hint.startswith("Nakala iko tupu.") and "[inaudible]" in hint and "heard" not in hint, hint


@pytest.mark.parametrize(("code", "ok"), [("sw", "Sawa"), ("ht", "Dakò"), ("ur", "ٹھیک ہے")])
def test_qts_own_buttons_speak_the_languages_qt_ships_no_translation_for(code: str, ok: str,
                                                                          app_language: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    install_translations(app_language, QLocale(code))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    box.deleteLater()

    assert any(ok in t for t in texts), texts
    assert not {"OK", "Cancel"} & set(texts)
