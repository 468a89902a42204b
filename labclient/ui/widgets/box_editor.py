"""Drawing labelled boxes on an image, by mouse and entirely by keyboard.

Boxes are kept in image pixel coordinates (whole numbers, origin at the top left), whatever the
zoom. Keys while the image has the focus:

- arrows move the crosshair (Shift: ten steps); with a box selected they move the box, and
  Alt+arrows resize it (its right and bottom edges);
- B starts a box at the crosshair and B (or Enter) again fixes its opposite corner;
- Tab / Shift+Tab select the next / previous box (past the last one, the focus moves on);
- Delete removes the selected box; Esc cancels a box being drawn, then clears the selection.

With the mouse: drag on the image to draw a box, click a box to select it. Zoom as
:class:`ImageView` (Ctrl+Plus/Minus, Ctrl+0, Ctrl+wheel); the view scrolls to keep the
crosshair in sight.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsTextItem, QWidget

from labclient.ui.widgets.image_view import ImageView

# Box colours by label index: distinct for the colour-blind (Okabe-Ito), dark enough on a photo.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000", "#999999"]


@dataclass(frozen=True)
class Box:
    """A labelled rectangle in image pixels."""

    label: str
    x: int
    y: int
    w: int
    h: int

    def as_json(self) -> dict[str, int | str]:
        return {"label": self.label, "x": self.x, "y": self.y, "w": self.w, "h": self.h}


class BoxEditor(ImageView):
    """An :class:`ImageView` on which the worker draws, selects, labels, moves and resizes boxes.

    Signals: ``changed`` when the boxes change, ``selection_changed(index)`` (-1 for none).
    """

    changed = Signal()
    selection_changed = Signal(int)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.drawing = False
        self.boxes: list[Box] = []
        self.labels: list[str] = []
        self.label_texts: dict[str, str] = {}
        self.current_label = 0
        self.selected = -1
        self.cross = QPointF(0, 0)
        self.anchor: QPointF | None = None  # the first corner of a box being drawn
        self._items: list[QGraphicsItem] = []
        self._drag_from: QPointF | None = None
        pen = QPen(QColor("#ff00ff"), 0)
        self._h_line, self._v_line = QGraphicsLineItem(), QGraphicsLineItem()
        self._rubber = QGraphicsRectItem()
        for item in (self._h_line, self._v_line, self._rubber):
            item.setPen(pen)
            item.setZValue(10)
            self.scene().addItem(item)
        self._rubber.hide()

    def set_drawing(self, drawing: bool) -> None:
        """Draw boxes (a drag draws; the keys above), or be a plain :class:`ImageView` (a drag pans)."""
        self.drawing = drawing
        self.setDragMode(ImageView.DragMode.NoDrag if drawing else ImageView.DragMode.ScrollHandDrag)
        self.setAccessibleDescription(
            self.tr("Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set "
                    "its label, Delete removes it") if drawing
            else self.tr("Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0"))
        for line in (self._h_line, self._v_line):
            line.setVisible(drawing)
        if not drawing:
            self.set_boxes([], [])

    # -- the model ---------------------------------------------------------------------------------

    def set_boxes(self, labels: list[tuple[str, str]], boxes: list[Box]) -> None:
        """Show ``boxes`` (of the template's ``labels``, (id, text) pairs) with nothing selected,
        the crosshair in the image's middle."""
        self.labels = [label_id for label_id, _ in labels]
        self.label_texts = dict(labels)
        self.boxes = list(boxes)
        self.selected = -1
        self.anchor = None
        self.current_label = 0
        size = self.image_size()
        self.cross = QPointF(size[0] // 2, size[1] // 2)
        self._redraw()

    def image_size(self) -> tuple[int, int]:
        """The shown image's width and height in pixels ((0, 0) with none)."""
        rect = self.scene().sceneRect()
        return (round(rect.width()), round(rect.height())) if self.has_image() else (0, 0)

    def step(self, big: bool) -> int:
        """How far an arrow key moves: a hundredth of the image's longer side (ten with Shift)."""
        return max(1, round(max(self.image_size()) / 100)) * (10 if big else 1)

    def select(self, index: int) -> None:
        """Select box ``index`` (-1: none); the crosshair goes to its top left corner."""
        self.selected = index if 0 <= index < len(self.boxes) else -1
        if self.selected >= 0:
            box = self.boxes[self.selected]
            self.cross = QPointF(box.x, box.y)
            self.current_label = max(0, self.labels.index(box.label)) if box.label in self.labels else 0
        self._redraw()
        self.selection_changed.emit(self.selected)

    def set_label(self, index: int) -> None:
        """Digit ``index + 1``: the selected box's label, else the label the next box gets."""
        if not 0 <= index < len(self.labels):
            return
        self.current_label = index
        if self.selected >= 0:
            self.boxes[self.selected] = replace(self.boxes[self.selected], label=self.labels[index])
            self._changed()
        else:
            self._redraw()

    def remove_selected(self) -> None:
        """Delete the selected box; the one before it (if any) is selected next."""
        if self.selected < 0:
            return
        del self.boxes[self.selected]
        self.selected = min(self.selected, len(self.boxes) - 1) if self.boxes else -1
        self._changed()
        self.selection_changed.emit(self.selected)

    def begin_or_end_box(self) -> None:
        """B: start a box at the crosshair, or fix its second corner there and add it."""
        if self.anchor is None:
            self.selected = -1
            self.anchor = QPointF(self.cross)
            self._redraw()
            return
        self.add_box(QRectF(self.anchor, self.cross).normalized())
        self.anchor = None

    def add_box(self, rect: QRectF) -> None:
        """Add a box of the current label over ``rect`` (scene = image pixels, clipped to the
        image), and select it. A rectangle under one pixel each way adds nothing."""
        width, height = self.image_size()
        rect = rect.intersected(QRectF(0, 0, width, height))
        x, y = round(rect.left()), round(rect.top())
        w, h = round(rect.right()) - x, round(rect.bottom()) - y
        if w < 1 or h < 1 or not self.labels:
            self._redraw()
            return
        self.boxes.append(Box(self.labels[self.current_label], x, y, w, h))
        self.selected = len(self.boxes) - 1
        self._changed()
        self.selection_changed.emit(self.selected)

    def nudge(self, dx: int, dy: int, *, resize: bool = False) -> None:
        """Move the selected box (or resize it by its right/bottom edges), else the crosshair;
        always within the image."""
        width, height = self.image_size()
        if self.selected >= 0 and self.anchor is None:
            b = self.boxes[self.selected]
            if resize:
                b = replace(b, w=max(1, min(b.w + dx, width - b.x)), h=max(1, min(b.h + dy, height - b.y)))
            else:
                b = replace(b, x=max(0, min(b.x + dx, width - b.w)), y=max(0, min(b.y + dy, height - b.h)))
            self.boxes[self.selected] = b
            self.cross = QPointF(b.x, b.y)
            self._changed()
            return
        self.cross = QPointF(max(0, min(self.cross.x() + dx, width)), max(0, min(self.cross.y() + dy, height)))
        self._draw_cursor()
        self.ensureVisible(QRectF(self.cross, self.cross).adjusted(-20, -20, 20, 20))

    # -- keys and mouse ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.drawing:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.has_image():
            n = self.step(bool(mods & Qt.KeyboardModifier.ShiftModifier))
            dx, dy = arrows[Qt.Key(key)]
            self.nudge(dx * n, dy * n, resize=bool(mods & Qt.KeyboardModifier.AltModifier))
        elif ((key == Qt.Key.Key_B and not mods & Qt.KeyboardModifier.ControlModifier and self.has_image())
              or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.anchor is not None and not mods)):
            self.begin_or_end_box()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
        elif key == Qt.Key.Key_Escape and (self.anchor is not None or self.selected >= 0):
            if self.anchor is not None:
                self.anchor = None
                self._draw_cursor()
            else:
                self.select(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab go through the boxes first, then leave the image."""
        if self.drawing and self.boxes and self.anchor is None:
            last = len(self.boxes) - 1
            target = self.selected + 1 if forward else (self.selected - 1 if self.selected >= 0 else last)
            if 0 <= target < len(self.boxes):
                self.select(target)
                return True
        if self.selected >= 0:
            self.select(-1)
        return super().focusNextPrevChild(forward)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self.drawing or event.button() != Qt.MouseButton.LeftButton or not self.has_image():
            super().mousePressEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = next((i for i in reversed(range(len(self.boxes)))
                    if QRectF(self.boxes[i].x, self.boxes[i].y, self.boxes[i].w, self.boxes[i].h).contains(point)), -1)
        if hit >= 0:
            self.select(hit)
        else:
            self._drag_from = point
            self.cross = point
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_from is None:
            super().mouseMoveEvent(event)
            return
        self._rubber.setRect(QRectF(self._drag_from, self.mapToScene(event.position().toPoint())).normalized())
        self._rubber.show()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_from is None:
            super().mouseReleaseEvent(event)
            return
        start, self._drag_from = self._drag_from, None
        self._rubber.hide()
        self.add_box(QRectF(start, self.mapToScene(event.position().toPoint())).normalized())
        event.accept()

    # -- drawing -----------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._redraw()
        self.changed.emit()

    def _redraw(self) -> None:
        scene = self.scene()
        for item in self._items:
            scene.removeItem(item)
        self._items = []
        for i, box in enumerate(self.boxes):
            index = self.labels.index(box.label) if box.label in self.labels else len(COLOURS) - 1
            colour = QColor(COLOURS[index % len(COLOURS)])
            width = 4 if i == self.selected else 2
            halo = QPen(QColor("white"), width + 2)  # a white edge: the box shows on any picture
            pen = QPen(colour, width)
            if i == self.selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            rects = []
            for p, z in ((halo, 4), (pen, 5)):
                p.setCosmetic(True)  # as thick at any zoom
                rect = scene.addRect(QRectF(box.x, box.y, box.w, box.h), p)
                rect.setZValue(z)
                rects.append(rect)
            tag = QGraphicsTextItem()
            tag.setHtml(f'<span style="background-color:white;color:{colour.name()};font-weight:bold;">'
                        f"&nbsp;{i + 1}: {html.escape(self.label_texts.get(box.label, box.label))}&nbsp;</span>")
            tag.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            tag.setPos(box.x, box.y)
            tag.setZValue(6)
            scene.addItem(tag)
            self._items += [*rects, tag]
        self._draw_cursor()

    def _draw_cursor(self) -> None:
        """The crosshair and the box being drawn: all an arrow key changes when no box is selected
        (the boxes stay as they are drawn)."""
        width, height = self.image_size()
        self._h_line.setLine(0, self.cross.y(), width, self.cross.y())
        self._v_line.setLine(self.cross.x(), 0, self.cross.x(), height)
        if self.anchor is not None:
            self._rubber.setRect(QRectF(self.anchor, self.cross).normalized())
            self._rubber.show()
        elif self._drag_from is None:
            self._rubber.hide()
