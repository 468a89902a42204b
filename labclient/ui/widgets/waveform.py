"""The clip's waveform under the audio player: where speech is, where it is quiet, where the play
position is; a click or a drag moves the play position there.

The clip is decoded in the background (Qt's own :class:`QAudioDecoder`, the same FFmpeg the player
uses) into one peak per :data:`SLICE_MS` of sound, so a one-hour clip keeps 72,000 numbers, not its
samples; decoding stops at :data:`MAX_MS`. The strip stays empty until the clip is decoded, and
for a clip that cannot be decoded (the player itself says what is wrong).
"""

from __future__ import annotations

from array import array
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
from PySide6.QtWidgets import QSizePolicy, QWidget

from labclient.ui.names import named

SLICE_MS = 50
RATE = 8000            # samples a second decoded to: plenty for a picture of speech
MAX_MS = 4 * 3600 * 1000
_PER_SLICE = RATE * SLICE_MS // 1000


class Waveform(QWidget):
    """Peaks of the loaded clip, and the play position. ``ready`` when decoded; ``seek(ms)`` when
    the worker clicks or drags on it."""

    ready = Signal()
    seek = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "audioWaveform", self.tr("Waveform of the clip"), self.tr("Click to play from there"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the transcript
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.peaks = array("H")   # one peak (0..32767) per slice
        self._pending = array("h")
        self._level = 0
        self.position_ms = 0
        self.spans: list[tuple[int, int]] = []  # captions drawn over the peaks, and the one selected
        self.current_span = -1
        self.decoder = QAudioDecoder(self)
        wanted = QAudioFormat()
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        wanted.setChannelCount(1)
        wanted.setSampleRate(RATE)
        self.decoder.setAudioFormat(wanted)
        self.decoded = False  # the whole clip (or MAX_MS of it) is in: the bars are drawn then
        self.decoder.bufferReady.connect(self._buffer)
        self.decoder.finished.connect(self._finished)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, 48)

    def load(self, path: Path) -> None:
        """Decode ``path`` in the background (the strip fills when ``ready``)."""
        self.clear()
        self.decoder.setSource(QUrl.fromLocalFile(str(path)))
        self.decoder.start()

    def clear(self) -> None:
        """No clip: stop decoding and empty the strip."""
        self.decoder.stop()
        self.peaks = array("H")
        self._pending = array("h")
        self.position_ms = 0
        self.decoded = False
        self.update()

    def _finished(self) -> None:
        self.decoded = True
        self.update()
        self.ready.emit()

    @property
    def duration_ms(self) -> int:
        """How much of the clip the strip shows."""
        return len(self.peaks) * SLICE_MS

    def set_position(self, ms: int) -> None:
        """Move the play position mark."""
        self.position_ms = max(0, ms)
        self.update()

    def set_spans(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Draw ``spans`` ((start, end) in ms, e.g. captions) over the peaks, ``current`` stronger."""
        self.spans, self.current_span = list(spans), current
        self.update()

    def _buffer(self) -> None:
        samples = array("h", bytes(self.decoder.read().constData()))
        self._pending.extend(samples)
        while len(self._pending) >= _PER_SLICE:
            chunk = self._pending[:_PER_SLICE]
            del self._pending[:_PER_SLICE]
            self.peaks.append(min(32767, max(max(chunk), -min(chunk))))
        if self.duration_ms >= MAX_MS:
            self.decoder.stop()
            self._finished()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, self.palette().base())
        if self.decoded and self.peaks:  # half a clip scaled to the whole width would mislead
            loud = max(self.peaks) or 1
            middle, half = rect.height() / 2, rect.height() / 2 - 2
            scale = max(1, rect.width()) / max(1, self.duration_ms)
            highlight = QColor(self.palette().highlight().color())
            for i, (start, end) in enumerate(self.spans):
                shade = QColor(highlight)
                shade.setAlpha(110 if i == self.current_span else 45)
                painter.fillRect(int(start * scale), 0, max(2, int((end - start) * scale)), rect.height(), shade)
            painter.setPen(QPen(self.palette().mid().color(), 1))  # soft bars: the play mark stands out
            width = max(1, rect.width())
            per_pixel = len(self.peaks) / width
            for x in range(width):
                first = int(x * per_pixel)
                slice_ = self.peaks[first:max(first + 1, int((x + 1) * per_pixel))]
                if slice_:
                    h = max(1.0, half * max(slice_) / loud)
                    painter.drawLine(x, int(middle - h), x, int(middle + h))
            at = int(width * min(1.0, self.position_ms / max(1, self.duration_ms)))
            painter.setPen(QPen(QColor(self.palette().highlight().color()), 3))
            painter.drawLine(at, 0, at, rect.height())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._seek_to(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._seek_to(event.position().x())

    def _seek_to(self, x: float) -> None:
        if self.decoded and self.peaks:
            self.seek.emit(int(self.duration_ms * min(1.0, max(0.0, x / max(1, self.width())))))
