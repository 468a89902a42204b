"""The waveform under the audio player: decoded for real from the clip (Qt's decoder), loud where
the clip is loud and flat where it is silent, and a click on it moves the play position there."""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from labclient.ui.widgets.waveform import SLICE_MS, Waveform


def half_silent_clip(path: Path) -> Path:
    """One second of tone, then one second of silence (8 kHz mono)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        tone = [int(12000 * math.sin(i / 4)) for i in range(8000)]
        w.writeframes(b"".join(struct.pack("<h", v) for v in tone + [0] * 8000))
    path.write_bytes(out.getvalue())
    return path


def test_the_strip_shows_where_the_sound_is_and_a_click_seeks(qtbot: QtBot, tmp_path: Path) -> None:
    strip = Waveform()
    qtbot.addWidget(strip)
    strip.resize(400, 48)
    strip.show()
    with qtbot.waitSignal(strip.ready, timeout=10_000):
        strip.load(half_silent_clip(tmp_path / "clip.wav"))

    assert strip.duration_ms == 2000 and len(strip.peaks) == 2000 // SLICE_MS
    loud, quiet = strip.peaks[: len(strip.peaks) // 2], strip.peaks[len(strip.peaks) // 2:]
    assert min(loud) > 10_000 and max(quiet) == 0, "the tone, then the silence"

    with qtbot.waitSignal(strip.seek) as sought:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(300, 24))
    assert sought.args == [1500], "three quarters of the way: 1.5 s"
    strip.set_position(1000)
    assert strip.grab().toImage().pixelColor(200, 2) == strip.palette().highlight().color(), "the play mark"
