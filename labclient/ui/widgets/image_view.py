"""An image viewer with zoom and pan, by mouse and keyboard, that reports unreadable files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QKeySequence, QPainter, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from labclient.ui.names import named

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 16.0


class ImageView(QGraphicsView):
    """Shows one image, fitted to the view until the worker zooms.

    Keys (while the window is active): Ctrl++ / Ctrl+- zoom, Ctrl+0 fit; arrow keys pan when the
    view has focus; Ctrl+wheel zooms, dragging pans. Emits ``failed(reason)`` when the file cannot
    be read, and then shows an empty view.
    """

    failed = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, self.tr("Image"), self.tr("Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0"))
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # where the keyboard is must show: a clear frame while the arrows pan this image
        self.setStyleSheet("QGraphicsView:focus { border: 3px solid palette(highlight); }")
        self._fitted = True
        self._zoom = 1.0
        self.shortcuts = [
            QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in),
            QShortcut(QKeySequence("Ctrl+="), self, self.zoom_in),
            QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out),
            QShortcut(QKeySequence("Ctrl+0"), self, self.fit),
        ]

    def load(self, path: Path | None) -> bool:
        """Show the image at ``path``; False (and ``failed`` emitted) when it cannot be read."""
        self._item.setPixmap(QPixmap())
        if path is None:
            return False
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self.failed.emit(reader.errorString() if path.exists() else self.tr("the file is missing"))
            return False
        self._item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()
        return True

    def has_image(self) -> bool:
        """Whether an image is shown."""
        return not self._item.pixmap().isNull()

    @property
    def zoom(self) -> float:
        """The current scale (1.0 = one image pixel per screen pixel)."""
        return self.transform().m11()

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self._scale_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self._scale_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Fit the whole image in the view."""
        self._fitted = True
        if self.has_image():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def _scale_by(self, factor: float) -> None:
        if not self.has_image() or not MIN_ZOOM <= self.zoom * factor <= MAX_ZOOM:
            return
        self._fitted = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._scale_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit()
