"""An audio task on a PC with no sound output says so on screen (it used to play in silence with
only a line on stderr), and the play button keeps its width when it turns into pause."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtMultimedia import QMediaDevices
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.ui import start_as, transcription_view


def test_no_sound_output_is_said_on_screen(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                           loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("audio"))
    start_as(qtbot, window, "Amina Njeri")
    player = transcription_view(window).player
    silent = not QMediaDevices.audioOutputs()  # a test machine has none: the case this is about
    assert player.no_sound.isVisible() == silent
    if silent:
        assert "plug in the headset" in player.no_sound.text()
    width = player.play_button.minimumWidth()
    player._state_changed()
    assert player.play_button.minimumWidth() == width > 0
