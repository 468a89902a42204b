"""The installed Qt binding must not lose references to Python's singletons.

PySide6 6.12.0 drops a reference to ``None`` on every call of a void method (and to ``True`` or
``False`` on some), so after some thousands of calls CPython 3.11 aborts with "none_dealloc" -
in a lab, a crash in the middle of a shift. pyproject.toml excludes that version; this test
catches it, or any later binding with the same fault, before a worker does.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_and_bool_references(qtbot: QtBot) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    box.toggled.connect(lambda on: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for n in range(2000):
        box.setChecked(n % 2 == 0)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 50 for a, b in zip(after, before, strict=True)), (before, after)
