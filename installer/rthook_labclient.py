"""PyInstaller runtime hook: runs in the frozen LabClient before its own code.

The installer carries no Wayland platform plugin (Ubuntu runs X11 programs through XWayland),
so a desktop session that asks Qt for Wayland (``QT_QPA_PLATFORM=wayland``) gets xcb instead of
a program that cannot open its window. Any other choice (offscreen, xcb, windows) is left alone.
"""

import os


def _use_a_bundled_platform() -> None:
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen.startswith("wayland"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


_use_a_bundled_platform()
