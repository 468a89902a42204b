"""The installer benchmark's baseline: a bare PySide6 window, frozen the same way as LabClient.

It opens one 1280x720 QWidget and, like ``LABCLIENT_EXIT_WHEN_SHOWN=1`` does for the app, quits
once the window has been shown when ``BARE_WINDOW_EXIT_WHEN_SHOWN=1`` is set. Built by
installer/bare_window.spec (bench/installer_bench.py builds both).
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(1280, 720)
window.show()
if os.environ.get("BARE_WINDOW_EXIT_WHEN_SHOWN"):
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
