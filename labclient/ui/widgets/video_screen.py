"""The picture of a video clip: each frame Qt Multimedia decodes, scaled to fit, and a caption over it.

The player (:class:`~labclient.ui.widgets.audio_player.AudioPlayer`) sends its frames to
:attr:`VideoScreen.sink`. Frames are painted by this widget itself, not by a ``QVideoWidget``: it
needs no GPU or OpenGL (shared lab PCs often have neither working), paints the same under the
offscreen platform the tests use, and can draw a caption over the picture as a subtitle editor's
preview does.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from labclient.ui.names import named

#: The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted
#: (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.
MAX_PIXELS = 3840 * 2160


class VideoScreen(QWidget):
    """Shows the frames that reach :attr:`sink`, letterboxed on black, and :attr:`caption` at the
    bottom. ``first_frame`` when the first picture of a clip arrives; ``clicked`` on a click (the
    player toggles play on it); ``too_large(w, h)`` once for a clip whose frames pass
    :data:`MAX_PIXELS` (none of them is shown)."""

    first_frame = Signal()
    clicked = Signal()
    too_large = Signal(int, int)  # a frame of this width and height came: it is not shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "videoScreen", self.tr("Video"), self.tr("Click to play or pause"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the transcript or captions
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._frame_now = QVideoFrame()
        self._image: QImage | None = None  # the frame as an image, made at its first paint (not per paint)
        self.caption = ""
        self.frames = 0  # frames received since the clip was loaded

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 270)

    def clear(self) -> None:
        """Forget the picture (a new clip is coming, or none)."""
        self._frame_now = QVideoFrame()
        self._image = None
        self.frames = 0
        self.caption = ""
        self.update()

    def has_frame(self) -> bool:
        """Whether a picture of the clip is shown."""
        return self._frame_now.isValid()

    def set_caption(self, text: str) -> None:
        """Draw ``text`` (lines split by ``\\n``) over the bottom of the picture; "" for none."""
        if text != self.caption:
            self.caption = text
            self.update()

    def _frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        if frame.width() * frame.height() > MAX_PIXELS:
            if not self._frame_now.isValid() and self.frames == 0:
                self.frames = -1  # said once per clip
                self.too_large.emit(frame.width(), frame.height())
            return
        self._frame_now = frame
        self._image = None
        self.frames += 1
        if self.frames == 1:
            self.first_frame.emit()
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture goes: as large as fits, its shape kept, centred."""
        size = self._frame_now.size() if self._frame_now.isValid() else QSize(16, 9)
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - scaled.width()) / 2, (self.height() - scaled.height()) / 2,
                      scaled.width(), scaled.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        target = self.picture_rect()
        if self._frame_now.isValid():
            if self._image is None:  # a caption typed or a resize repaints the same frame: convert it once
                self._image = self._frame_now.toImage()
            if not self._image.isNull():
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, self._image)
        if self.caption.strip():
            self._paint_caption(painter, target)
        painter.end()

    def _paint_caption(self, painter: QPainter, target: QRectF) -> None:
        """White text on a dark box, centred near the bottom, as broadcast captions are shown."""
        font = QFont(self.font())
        font.setPixelSize(max(12, int(target.height() / 14)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        lines = self.caption.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 16
        height = metrics.lineSpacing() * len(lines) + 8
        box = QRectF(target.center().x() - width / 2, target.bottom() - height - target.height() / 20, width, height)
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.caption)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
