"""What a lab worker or a screen-reader user would trip over in a window: widgets with no name,
cut off or outside a 1366×768 screen; and waiting until a window's new widgets are placed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSlider,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

SCREEN = QSize(1366, 768)
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QSlider,
               QListWidget, QGraphicsView, QTextBrowser)


def is_part_of_compound(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box: named and read out as its owner."""
    return isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)


def interactive_widgets(top: QWidget) -> list[QWidget]:
    """The visible interactive widgets of the window ``top`` (not of other windows it owns)."""
    return [w for w in top.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and w.window() is top and not is_part_of_compound(w)]


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or '?'}{', ' + repr(text) if text else ''})"


def problems(top: QWidget) -> list[str]:
    """What a lab worker or a screen-reader user would trip over in the window ``top``."""
    found: list[str] = []
    if top.width() > SCREEN.width() or top.height() > SCREEN.height():
        found.append(f"the window is {top.width()}×{top.height()}, larger than the screen")
    bounds = top.rect()
    widgets = interactive_widgets(top)
    assert widgets, "no interactive widget is visible"
    for w in widgets:
        if not w.objectName():
            found.append(f"{describe(w)} has no object name")
        if not w.accessibleName():
            found.append(f"{describe(w)} has no accessible name")
        rect = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
        if not bounds.contains(rect):
            found.append(f"{describe(w)} at {rect.getRect()} is outside the window {bounds.getRect()}")
        if isinstance(w, QAbstractButton) and w.width() < w.minimumSizeHint().width():
            found.append(f"{describe(w)} is {w.width()} px wide, too narrow for its text")
    return found


def settle(qtbot: QtBot, window: QWidget) -> None:
    """Let pending layout and show events run, so newly made widgets are visible and placed."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(w.testAttribute(Qt.WidgetAttribute.WA_PendingMoveEvent)
                                    for w in interactive_widgets(window)))
