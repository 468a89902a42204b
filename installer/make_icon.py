"""Draw LabClient's program icon: ``labclient.png`` (256x256) and ``labclient.ico`` in a folder.

    python installer/make_icon.py OUT_DIR

A blue rounded square with a white page of text lines and a sound wave: the app's work
(documents and audio). Drawn with shapes only (no font, so the same pixels on every machine),
offscreen. installer/build.py runs it for the .deb's desktop entry and the Windows program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZE = 256


def draw(out_dir: Path) -> tuple[Path, Path]:
    """Write the PNG and ICO into ``out_dir``; returns their paths. RuntimeError if Qt cannot write one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    back = QPainterPath()
    back.addRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 48, 48)
    p.fillPath(back, QColor("#1565c0"))
    page = QPainterPath()
    page.addRoundedRect(QRectF(56, 32, 144, 132), 12, 12)
    p.fillPath(page, QColor("white"))
    p.setPen(QPen(QColor("#1565c0"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i, width in enumerate((96, 108, 80, 100)):
        y = 60 + i * 26
        p.drawLine(78, y, 78 + width, y)
    p.setPen(QPen(QColor("white"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i, height in enumerate((16, 40, 26, 44, 20)):
        x = 64 + i * 32
        p.drawLine(x, 204 - height // 2, x, 204 + height // 2)
    p.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    png, ico = out_dir / "labclient.png", out_dir / "labclient.ico"
    if not image.save(str(png)):
        raise RuntimeError(f"cannot write {png}")
    if not image.save(str(ico)):
        raise RuntimeError(f"cannot write {ico} (Qt's ICO image plugin is missing)")
    return png, ico


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    for path in draw(Path(sys.argv[1])):
        print(path)
