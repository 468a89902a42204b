"""The translations LabClient ships: complete against the template, placeholders kept, marked as
awaiting review, compiled by the project's script and loaded by the app (Urdu right-to-left)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from labclient.languages import LANGUAGES
from labclient.ui.app import install_translations
from labclient.workspace import Workspace
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


def forms(translation: ET.Element | None) -> list[str]:
    """The texts of a translation: its plural forms, or its one text."""
    if translation is None:
        return [""]
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_translates_every_text_of_the_template_and_keeps_its_placeholders(code: str) -> None:
    path = I18N / f"labclient_{code}.ts"
    template = messages(I18N / "labclient.ts")
    ours = messages(path)
    head = path.read_text("utf-8")[:600]

    assert set(template) <= set(ours), f"{code}: missing {sorted(set(template) - set(ours))[:5]}"
    empty = [source for (_ctx, source), t in ours.items() if not all(text.strip() for text in forms(t))]
    assert empty == [], f"{code}: untranslated {empty[:5]}"
    lost = [source for (_ctx, source), t in ours.items()
            if any(sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) for text in forms(t))]
    assert lost == [], f"{code}: placeholders changed in {lost[:5]}"
    counted = [source for (_ctx, source), t in ours.items() if "%n" in source and t is not None
               and t.find("numerusform") is None]
    assert counted == [], f"{code}: a text that counts has no plural forms: {counted[:5]}"
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

    monday = QLocale().toString(QDate(2026, 11, 23), "dddd d MMMM")

    assert said and said != "Add a user"
    assert monday == QLocale(code).toString(QDate(2026, 11, 23), "dddd d MMMM") != "Monday 23 November", \
        "dates and numbers follow the language"
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


def test_english_counts_one_item_and_many_items(app_language: QApplication) -> None:
    from labclient.said import Said
    from labclient.ui.messages import said_text

    install_translations(app_language, QLocale("en"))
    one, many = (said_text(Said("sync.sent", "Sent {n} item(s).", {"n": n})) for n in (1, 12))
    offline = [QCoreApplication.translate("MainWindow", "● Working offline (no hub set up) · %n record(s) (results "
                                          "and timesheet) kept on this computer", None, n) for n in (1, 3)]

    assert (one, many) == ("Sent 1 item.", "Sent 12 items.")
    assert "· 1 record (" in offline[0] and "· 3 records (" in offline[1], offline


def test_a_sync_report_and_its_errors_are_in_the_admins_language(app_language: QApplication) -> None:
    from labclient.errors import HubUnreachableError
    from labclient.said import Said
    from labclient.sync.client import SyncReport
    from labclient.ui.messages import sync_report_text

    report = SyncReport("offline", "")
    report.say(Said.of(HubUnreachableError(hub="https://hub.example.org", detail="timed out")))
    report.say(Said("sync.sent_before", "{n} item(s) reached the hub before that.", {"n": 40}))
    install_translations(app_language, QLocale("fr"))
    french = sync_report_text(report)

    assert "https://hub.example.org" in french and "40" in french, french
    assert "cannot be reached" not in french and "reached the hub" not in french, french
    assert report.message.startswith("The hub at https://hub.example.org cannot be reached"), "history: English"


def test_in_urdu_a_latin_name_and_a_number_keep_their_own_direction(app_language: QApplication) -> None:
    from labclient.errors import AccountLockedError
    from labclient.ui.messages import FSI, PDI, error_text

    install_translations(app_language, QLocale("ur"))
    urdu = error_text(AccountLockedError(name="Amina Njeri", seconds=300))
    install_translations(app_language, QLocale("en"))
    english = error_text(AccountLockedError(name="Amina Njeri", seconds=300))

    assert f"{FSI}Amina Njeri{PDI}" in urdu and f"{FSI}300{PDI}" in urdu, urdu
    assert FSI not in english and english.startswith("Amina Njeri is locked for 300 more seconds")


def test_in_urdu_the_key_hints_keep_their_keys_in_order(app_language: QApplication) -> None:
    from labclient.ui.messages import LRI, PDI, keys_kept_in_order

    hint = "Esc play/pause · F2/F3 back/forward · Alt+1…9 tokens"
    english = keys_kept_in_order(hint)
    install_translations(app_language, QLocale("ur"))
    urdu = keys_kept_in_order(hint)

    assert english == hint
    assert f"{LRI}Alt+1…9{PDI}" in urdu and f"{LRI}F2/F3{PDI}" in urdu and f"{LRI}Esc{PDI}" in urdu, urdu
    assert urdu.replace(LRI, "").replace(PDI, "") == hint
    for chord in ("Alt+Down/Up", "Ctrl+[", "Ctrl+]", "Alt+Shift+Left", "Ctrl+Shift+Del"):  # segments, captions
        assert f"{LRI}{chord}{PDI}" in keys_kept_in_order(f"{chord} اگلا"), chord
    sentence = "1…9 لیبل چنیں"  # as the Urdu translation writes the tagging hint
    assert glyphs_left_to_right(sentence, "1", "9") is False, "without the isolate Urdu shows 9…1"
    assert glyphs_left_to_right(keys_kept_in_order(sentence), "1", "9") is True


def glyphs_left_to_right(text: str, first: str, second: str) -> bool:
    """Whether, laid out right-to-left as the Urdu window does, ``first`` is drawn left of ``second``."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1000)
    layout.endLayout()
    where: dict[str, float] = {}
    for run in layout.glyphRuns():
        wanted = {run.rawFont().glyphIndexesForString(c)[0]: c for c in (first, second)}
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            if glyph in wanted:
                where.setdefault(wanted[glyph], position.x())
    return where[first] < where[second]


def test_a_shift_clash_names_the_day_and_times_in_the_supervisors_language(app_language: QApplication) -> None:
    import datetime as dt

    from labclient.errors import ShiftConflictError
    from labclient.ui.messages import error_text, is_translated

    clash = ShiftConflictError(reason="seat_taken", name="Amina Njeri", seat="LAB-PC-07",
                               start=dt.datetime(2026, 11, 24, 8, 0), end=dt.time(12, 0))
    install_translations(app_language, QLocale("fr"))
    french = error_text(clash)

    assert clash.message.startswith("Seat LAB-PC-07 is taken then by Amina Njeri (Tue 24 Nov 08:00–12:00).")
    assert is_translated(clash)
    assert "Amina Njeri" in french and "mar. 24 nov. 08:00" in french and "12:00" in french, french
    assert "is taken" not in french and "Tue" not in french, french


@pytest.mark.parametrize("code", ["ht", "sw", "ur"])
def test_the_file_dialogs_speak_the_languages_qt_ships_no_translation_for(code: str, app_language: QApplication,
                                                                           tmp_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    english = {"&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel", "Back", "Forward",
               "Parent Directory", "Create New Folder", "List View", "Detail View", "Name", "Size", "Type",
               "Date Modified", "Folder"}
    (tmp_path / "payroll").mkdir()
    install_translations(app_language, QLocale(code))
    dialog = QFileDialog(None, "x", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    tree = dialog.findChild(QTreeView)
    assert tree is not None
    model = tree.model()
    shown = {w.text() for w in dialog.findChildren(QLabel)} | {w.text() for w in dialog.findChildren(QAbstractButton)}
    shown |= {w.toolTip() for w in dialog.findChildren(QAbstractButton)}
    shown |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(tree.header().count())}
    dialog.close()
    dialog.deleteLater()

    assert shown & english == set(), f"{code}: {sorted(shown & english)}"
    assert len(shown) > 10


def test_the_sync_history_keeps_each_runs_sentences_and_shows_them_in_the_admins_language(
        app_language: QApplication, ws: Workspace) -> None:
    from labclient.errors import HubBusyError
    from labclient.said import Said
    from labclient.sync.state import history, log_run
    from labclient.ui.messages import sentences_text

    said = [Said.of(HubBusyError(detail="HTTP 503")), Said("sync.sent_before", "{n} item(s) reached the hub "
                                                             "before that.", {"n": 1})]
    english = " ".join(s.english for s in said)
    log_run(ws.store, "2026-11-24T08:00:00Z", "busy", 1, 10, 10, english, said, clock=ws.clock)
    log_run(ws.store, "2026-11-24T09:00:00Z", "ok", 0, 10, 10, "Sent 0 item(s).", clock=ws.clock)  # as logged before
    newest, oldest = history(ws.store)
    install_translations(app_language, QLocale("sw"))
    swahili = sentences_text(oldest["said"], oldest["message"])

    assert oldest["message"] == english and newest["said"] == []
    assert sentences_text(newest["said"], newest["message"]) == "Sent 0 item(s)."
    assert "HTTP 503" in swahili and "busy" not in swahili and "reached the hub" not in swahili, swahili


def test_a_supervisors_flag_and_its_durations_are_in_her_language(app_language: QApplication) -> None:
    from labclient.people.hours import Flag
    from labclient.said import Said, Span
    from labclient.ui.messages import flag_text

    capped = Flag.of("activity_capped", Said(
        "flag.activity_capped", "{name} reported {claimed} of activity where only {passed} had passed (event "
        "{event}); only {passed} counts.", {"name": "Sokha Chan", "claimed": Span(125_000), "passed": Span(95 * 60_000),
                                             "event": 12}))
    install_translations(app_language, QLocale("fr"))
    french = flag_text(capped)

    assert capped.message.startswith("Sokha Chan reported 2 min 5 s of activity where only 1 h 35 min had passed")
    assert "Sokha Chan" in french and "12" in french and "reported" not in french, french
    assert QCoreApplication.translate("Duration", "{0} h {1} min").format(1, 35) in french, french


def test_in_urdu_a_shifts_times_read_from_start_to_end(app_language: QApplication) -> None:
    from labclient.ui.messages import kept_left_to_right

    assert kept_left_to_right("08:00–12:00") == "08:00–12:00", "English: no marks"
    install_translations(app_language, QLocale("ur"))
    shown = kept_left_to_right("08:00–12:00")

    assert glyphs_left_to_right("08:00–12:00", "8", "1") is False, "without the isolate Urdu shows 12:00–08:00"
    assert glyphs_left_to_right(shown, "8", "1") is True
