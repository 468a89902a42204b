"""Broken media in a task: the worker is told, the app keeps running, and the task is flagged by keyboard.

Three ways a task's media can be broken on a workstation:

- an audio clip whose bytes are not audio at all (random bytes listed as ``audio/wav``, with the
  right sha256, so the bundle imports cleanly),
- an image whose bytes are not an image (random bytes listed as ``image/png``),
- a media file removed from the data folder after the import.

In each case a banner above the task says the media cannot be shown or played and names the
flag key (Ctrl+Shift+B); Ctrl+Shift+B then Enter stores a ``flag`` result with the dialog's
default reason, and the next task appears without the banner.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import sha256_hex, write_bundle
from labclient.media import is_known_container
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.tagging import TaggingView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.ui.widgets.audio_player import AudioPlayer
from labclient.workspace import Workspace
from tests.factory import batch_doc, wav_bytes
from tests.helpers.bad_media import DEFAULT_FLAG_REASON, flag_with_default_reason, garbage
from tests.helpers.clock import FakeClock
from tests.helpers.ui import key, start_as
from tests.logins import give_pins, sign_in, stored_results

Opener = Callable[[Workspace], MainWindow]
ROOT = Path(__file__).resolve().parents[2]

def bundle_with_corrupt_first_media(folder: Path, kind: str, n: int = 3, **kwargs: Any) -> Path:
    """A valid bundle of ``n`` tasks of ``kind`` whose first task's media file is random bytes.

    The file keeps its name (and so its mime type) and is listed with its true sha256 and size,
    so the bundle passes every check on import: it is corrupt but consistent.
    """
    doc, media = batch_doc(kind, n, **kwargs)
    first_path = sorted(media)[0]
    bad = garbage()
    media[first_path] = bad
    doc["tasks"][0]["media"] = sha256_hex(bad)
    return write_bundle(folder / f"{doc['batch_id']}-corrupt.zip", doc, media)


def setup_workspace(ws: Workspace, bundle: Path) -> Workspace:
    ws.import_bundle(bundle)
    sign_in(ws, "Amina Njeri")
    give_pins(ws)
    return ws


# FFmpeg reports the undecodable clip as a Qt warning; that warning is this test's subject.
@pytest.mark.qt_log_ignore("Could not open media")
def test_corrupt_audio_clip_shows_a_banner_and_is_flagged(qtbot: QtBot, open_window: Opener, ws: Workspace,
                                                          tmp_path: Path):
    bundle = bundle_with_corrupt_first_media(tmp_path / "bundles", "transcription", batch_id="bad-audio")
    window = open_window(setup_workspace(ws, bundle))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    first = screen.task
    assert first is not None and first.task_id == "t-0000"
    assert first.media is not None and first.media.mime == "audio/wav"

    # The decoder fails a moment after the clip is loaded.
    qtbot.waitUntil(screen.banner.isVisible, timeout=5000)
    text = screen.banner.text()
    assert "cannot be shown or played" in text
    assert "Ctrl+Shift+B" in text
    assert window.isVisible() and screen.isVisible()  # still running, still on the task
    assert screen.task == first

    flag_with_default_reason(qtbot, window)
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        ("t-0000", "flag", {"reason": DEFAULT_FLAG_REASON})
    ]
    assert ws.task_counts()["flagged"] == 1
    nxt = screen.task
    assert nxt is not None and nxt.task_id == "t-0001"
    # The next clip is a real one: it loads, and no banner comes back for it.
    qtbot.waitUntil(lambda: view.player.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
                    timeout=5000)
    assert not screen.banner.isVisible()
    assert screen.banner.text() == ""


def test_corrupt_image_in_tagging_shows_a_banner_and_is_flagged(qtbot: QtBot, open_window: Opener, ws: Workspace,
                                                                tmp_path: Path):
    bundle = bundle_with_corrupt_first_media(tmp_path / "bundles", "tagging", batch_id="bad-image")
    window = open_window(setup_workspace(ws, bundle))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["tagging"]
    assert isinstance(view, TaggingView)
    first = screen.task
    assert first is not None and first.task_id == "t-0000"
    assert first.media is not None and first.media.mime == "image/png"

    assert screen.banner.isVisible()
    assert "cannot be shown or played" in screen.banner.text()
    assert "Ctrl+Shift+B" in screen.banner.text()
    assert not view.image.has_image()
    assert window.isVisible()

    flag_with_default_reason(qtbot, window)
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        ("t-0000", "flag", {"reason": DEFAULT_FLAG_REASON})
    ]
    nxt = screen.task
    assert nxt is not None and nxt.task_id == "t-0001"
    assert view.image.has_image()
    assert not screen.banner.isVisible()


def test_media_deleted_after_import_says_the_file_is_missing(qtbot: QtBot, open_window: Opener,
                                                             loaded: Callable[[str], Workspace], clock: FakeClock):
    ws = loaded("document")
    first_task = ws.next_task(sign_in(ws, "Amina Njeri"))
    assert first_task is not None and first_task.media is not None
    path = ws.media.path_for(first_task.media.sha256)
    assert path.exists()
    path.unlink()

    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    assert screen.task == first_task
    assert screen.banner.isVisible()
    text = screen.banner.text()
    assert "the file is missing" in text
    assert "Ctrl+Shift+B" in text
    assert not view.image.has_image()

    flag_with_default_reason(qtbot, window)
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        (first_task.task_id, "flag", {"reason": DEFAULT_FLAG_REASON})
    ]
    nxt = screen.task
    assert nxt is not None and nxt.task_id != first_task.task_id
    assert view.image.has_image()
    assert not screen.banner.isVisible()


@pytest.mark.parametrize(("keys", "action", "reason"), [
    ("Ctrl+Shift+B", "flag", DEFAULT_FLAG_REASON),
    ("Ctrl+Shift+S", "skip", "Too hard to hear or read"),
])
def test_one_enter_confirms_the_default_reason(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace],
                                               keys: str, action: str, reason: str):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    first = screen.task
    assert first is not None
    key(qtbot, window, keys)
    dialog = screen._dialog
    assert dialog is not None and dialog.isVisible()
    editor = dialog.combo.lineEdit()
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    assert dialog.reason() == reason

    key(qtbot, window, "Return")  # the dialog says "Enter to confirm"; accepting is synchronous
    assert not dialog.isVisible()
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        (first.task_id, action, {"reason": reason})
    ]
    assert screen.task is not None and screen.task.task_id != first.task_id


@pytest.mark.parametrize("data", [garbage(), b"", b"just some text, not a clip"], ids=["random-bytes", "empty", "text"])
def test_bytes_of_no_known_container_never_reach_the_decoder(qtbot: QtBot, tmp_path: Path, data: bytes) -> None:
    """FFmpeg guessing the format of random bytes crashed the process now and then (a native
    crash in its decoding thread): such a file is refused before the player or the waveform is
    given it."""
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(data)
    player = AudioPlayer()
    qtbot.addWidget(player)
    with qtbot.waitSignal(player.failed, timeout=1000) as said:
        player.load(clip, rewind_s=1.0, skip_s=2.0, video=True)
    assert said.args == ["the clip cannot be decoded"]
    assert player.player.source().isEmpty() and player.waveform.decoder.source().isEmpty()


def test_every_demo_and_test_clip_is_a_known_container() -> None:
    clips = [(name, z.read(name)[:12]) for bundle in sorted((ROOT / "resources" / "demo").glob("*.zip"))
             for z in [zipfile.ZipFile(bundle)] for name in z.namelist()
             if name.rsplit(".", 1)[-1] in {"mp4", "webm", "ogg", "mp3", "wav", "flac"}]
    clips += [(f.name, f.read_bytes()[:12]) for f in sorted((ROOT / "tests" / "media").iterdir())]
    assert len(clips) > 100 and all(is_known_container(head) for _, head in clips), clips
    assert is_known_container(wav_bytes(0.5)[:12]) and not is_known_container(garbage()[:12])
