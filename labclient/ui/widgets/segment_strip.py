"""A strip of a translation task's segments: which are translated, which are not, which one is
shown, and which a refused submit named; a click goes to a segment. A task of 50 or 200 segments
is seen whole at a glance, where "Segment 2 of 5" said only where she is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from labclient.ui.names import named

CELL_MAX, CELL_GAP, HEIGHT = 22.0, 2.0, 14


class SegmentStrip(QWidget):
    """One cell per segment, in order (right to left in a right-to-left UI). ``chosen(index)`` on a click."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "segmentStrip", self.tr("Segments"), self.tr("Click a segment to go to it"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Up/Down and Alt+Page Down move by keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.done: list[bool] = []
        self.flagged: set[int] = set()
        self.current = -1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, HEIGHT + 4)

    def show_segments(self, done: list[bool], current: int, flagged: set[int] | None = None) -> None:
        """Which segments hold a translation, the one shown, and those a refused submit named."""
        self.done, self.current = list(done), current
        self.flagged = set(flagged or ())
        self.update()

    def cell(self, index: int) -> QRectF:
        """Where segment ``index``'s cell is drawn."""
        n = max(1, len(self.done))
        width = min(CELL_MAX, (self.width() - 4) / n)
        x = 2 + index * width
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - x - width
        return QRectF(x + CELL_GAP / 2, 2, max(1.0, width - CELL_GAP), HEIGHT)

    def index_at(self, point: QPoint) -> int:
        """The segment under ``point``, or -1."""
        return next((i for i in range(len(self.done)) if self.cell(i).adjusted(-1, -2, 1, 2).contains(point)), -1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        accent = self.palette().highlight().color()
        empty = self.palette().mid().color()
        for i, done in enumerate(self.done):
            box = self.cell(i)
            painter.setPen(Qt.PenStyle.NoPen)
            fill = QColor("#b00020") if i in self.flagged else accent if done else QColor(empty)
            if not done and i not in self.flagged:
                fill.setAlpha(90)
            painter.fillRect(box, fill)
            if i == self.current:
                painter.setPen(QPen(self.palette().text().color(), 2))
                painter.drawRect(box.adjusted(-1, -1, 1, 1))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self.index_at(event.pos())
            if i < 0:
                QToolTip.hideText()
            else:
                state = (self.tr("refused: see the message below") if i in self.flagged else
                         self.tr("translated") if self.done[i] else self.tr("not translated yet"))
                QToolTip.showText(event.globalPos(), self.tr("Segment {0}: {1}").format(i + 1, state), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        i = self.index_at(event.position().toPoint())
        if i >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(i)
