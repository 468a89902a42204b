"""Video clips in the real work screen: a video transcribed and a video captioned by keyboard alone,
the picture really decoded and painted (MP4 with H.264/AAC and WebM with VP9/Opus, through Qt
Multimedia's FFmpeg backend), the caption under the play position drawn over the picture, and a
file that is not a video shown as broken, to be flagged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import sha256_hex, write_bundle
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.captioning import CaptioningView
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.ui.widgets.video_screen import VideoScreen
from labclient.workspace import Workspace
from tests.factory import MEDIA_DIR, VIDEO_MS, batch_doc, wav_bytes
from tests.helpers.bad_media import DEFAULT_FLAG_REASON, flag_with_default_reason, garbage
from tests.helpers.ui import key, start_as
from tests.logins import give_pins, sign_in, stored_results

Opener = Callable[..., MainWindow]


def picture_colours(screen: VideoScreen, area: QRect | None = None) -> set[int]:
    """The distinct colours painted inside the picture (or ``area`` of the widget), on a grid."""
    image = screen.grab().toImage()
    box = area or screen.picture_rect().toRect()
    return {image.pixel(x, y) for x in range(box.left() + 2, box.right() - 2, 7)
            for y in range(box.top() + 2, box.bottom() - 2, 7)}


def wait_first_frame(qtbot: QtBot, screen: VideoScreen) -> None:
    if not screen.has_frame():
        with qtbot.waitSignal(screen.first_frame, timeout=10_000):
            pass


@pytest.mark.parametrize("bundle", ["video", "video_webm"])
def test_a_video_transcribed_by_keyboard_alone(qtbot: QtBot, open_window: Opener,
                                               loaded: Callable[[str], Workspace], bundle: str) -> None:
    window = open_window(loaded(bundle))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    screen, player = view.player.video, view.player.player
    wait_first_frame(qtbot, screen)
    # The picture is there before she plays: the drawn room and speaker, not a black box.
    assert screen.isVisible() and view.player.isVisible() and not view.image.isVisible()
    assert len(picture_colours(screen)) > 20
    assert QApplication.focusWidget() is view.editor

    key(qtbot, window, "Esc")                       # play
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    shown = screen.frames
    qtbot.waitUntil(lambda: screen.frames >= shown + 3, timeout=10_000)   # the picture moves
    key(qtbot, window, "Esc")                       # pause
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    qtbot.keyClicks(view.editor, "Sample number fourteen ")
    key(qtbot, window, "Ctrl+J")                    # a time stamp at the play position
    assert view.editor.toPlainText().startswith("Sample number fourteen [00:0")
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    [stored] = stored_results(window.ws)
    assert stored["content"]["text"].startswith("Sample number fourteen [00:0")
    # The next task's video shows its first picture again.
    wait_first_frame(qtbot, screen)
    assert screen.frames >= 1 and len(picture_colours(screen)) > 20


def test_the_caption_under_the_play_position_is_shown_on_the_picture(qtbot: QtBot, open_window: Opener,
                                                                     loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("captioning_video"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["captioning"]
    assert isinstance(view, CaptioningView)
    screen = view.player.video
    wait_first_frame(qtbot, screen)
    assert screen.isVisible() and view._duration_ms == VIDEO_MS
    bottom = screen.picture_rect().toRect()
    bottom.setTop(bottom.bottom() - bottom.height() // 4)
    before = picture_colours(screen, bottom)

    view.player.player.setPosition(500)
    qtbot.waitUntil(lambda: abs(view.playhead() - 500) < 5)
    key(qtbot, window, "Ctrl+Shift+N")
    qtbot.keyClicks(view.editor, "Sample number")
    assert screen.caption == "Sample number"
    with_caption = picture_colours(screen, bottom)
    assert 0xFFFFFFFF in with_caption and with_caption != before, "white caption text drawn over the picture"

    view.player.player.setPosition(3500)             # past the caption's end (2,500 ms)
    qtbot.waitUntil(lambda: screen.caption == "")
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    [stored] = stored_results(window.ws)
    assert stored["content"] == {"segments": [{"start_ms": 500, "end_ms": 2500, "text": "Sample number"}]}


def test_a_document_after_a_video_hides_the_picture(qtbot: QtBot, ws: Workspace,
                                                    bundles: dict[str, Path]) -> None:
    ws.import_bundle(bundles["video"])
    ws.import_bundle(bundles["document"])
    video, document = ws.task(1), ws.task(4)
    assert video.media is not None and video.media.is_video
    assert document.media is not None and document.media.is_image
    view = TranscriptionView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.load(video, ws.empty_result(video))
    wait_first_frame(qtbot, view.player.video)
    assert view.player.video.isVisible() and not view.image.isVisible()
    view.load(document, ws.empty_result(document))
    assert not view.player.video.isVisible() and not view.player.isVisible()
    assert view.image.isVisible() and view.image.has_image()
    view.stop()


def broken_video_workspace(ws: Workspace, folder: Path, data: bytes) -> Workspace:
    """``ws`` with a video batch whose one file is ``data`` (listed as video/mp4, true sha256)."""
    doc, _ = batch_doc("transcription", 2, batch_id="bad-video", source="video")
    for task in doc["tasks"]:
        task["media"] = sha256_hex(data)
    ws.import_bundle(write_bundle(folder / "bad-video.zip", doc, {"media/speaker.mp4": data}))
    sign_in(ws, "Amina Njeri")
    give_pins(ws)
    return ws


@pytest.mark.qt_log_ignore("Could not open media")
@pytest.mark.parametrize(("data", "said"), [
    (garbage(), "cannot be shown or played"),
    (wav_bytes(1.0), "no picture"),                  # a sound file labelled as a video
    ((MEDIA_DIR / "huge.mp4").read_bytes(), "the picture is 8192×4320 pixels"),  # its image alone: 140 MB
], ids=["random-bytes", "sound-only", "too-large"])
def test_a_file_that_is_not_a_video_is_shown_as_broken_and_flagged(
        qtbot: QtBot, open_window: Opener, ws: Workspace, tmp_path: Path, data: bytes, said: str) -> None:
    window = open_window(broken_video_workspace(ws, tmp_path, data))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    first = screen.task
    assert first is not None and first.media is not None and first.media.mime == "video/mp4"
    qtbot.waitUntil(screen.banner.isVisible, timeout=10_000)
    assert said in screen.banner.text() and "Ctrl+Shift+B" in screen.banner.text()
    assert window.isVisible() and screen.task == first

    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView) and not view.player.video.has_frame(), "nothing of it is shown"
    flag_with_default_reason(qtbot, window)
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        ("t-0000", "flag", {"reason": DEFAULT_FLAG_REASON})]


def test_a_clip_far_longer_or_shorter_than_the_task_says_is_shown_as_broken(
        qtbot: QtBot, open_window: Opener, ws: Workspace, tmp_path: Path) -> None:
    """Captions timed against a wrong length would be refused, or pass and run past the real end."""
    doc, media = batch_doc("captioning", 1, batch_id="wrong-length", source="video")
    doc["tasks"][0]["duration_ms"] = 9000           # the clip lasts about 4 s
    ws.import_bundle(write_bundle(tmp_path / "wrong-length.zip", doc, media))
    sign_in(ws, "Amina Njeri")
    give_pins(ws)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    qtbot.waitUntil(screen.banner.isVisible, timeout=10_000)
    assert "the clip lasts 0:04." in screen.banner.text() and "the task says 0:09.000" in screen.banner.text()
    flag_with_default_reason(qtbot, window)
    assert [r["action"] for r in stored_results(ws)] == ["flag"]
