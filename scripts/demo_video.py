"""Short demo videos: a drawn speaker who talks in time with a speech clip, encoded by FFmpeg.

Used by make_demo_bundles.py for the video transcription and video captioning batches. Each frame is
painted with QPainter (a room, a speaker whose mouth opens with the loudness of the speech at that
moment, a title naming the recording) and piped to FFmpeg as raw RGB; the speech
is the audio batch's Ogg clip. Two encodings, the two a batch may carry (docs/batch-format.md):

- ``mp4``: H.264 (baseline profile) and AAC, ``+faststart``;
- ``webm``: VP9 and Opus.

FFmpeg comes from the ``imageio-ffmpeg`` package (``pip install -e '.[demo-media]'``: a static build
with libx264, libvpx and libopus, so no system package is needed), or from ``ffmpeg`` on the PATH.
Encoding is single-threaded with bit-exact flags, so the same input gives the same bytes.
"""

from __future__ import annotations

import importlib
import math
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPainterPath, QPen

WIDTH, HEIGHT = 426, 240   # 240p, 16:9
FPS = 12
LEVEL_MS = 20              # the loudness list has one peak per 20 ms (make_demo_bundles.FRAME_MS)

ROOMS = {  # context -> (wall top, wall bottom, accent)
    "Call centre": ("#dfe9f3", "#b9cde0", "#1f5f99"),
    "Interview": ("#efe4d2", "#d9c4a3", "#8a4b14"),
    "Dictation": ("#e3efe3", "#bfd8c0", "#2e6b34"),
}
SKIN = ["#8d5524", "#c68642", "#e0ac69", "#6b3e26", "#a0673f"]
HAIR = ["#1b1b1b", "#3b2314", "#4a4a4a", "#2a1a10"]
SHIRTS = ["#c0392b", "#2c7a7b", "#6c5b7b", "#d68910", "#34495e", "#7d3c98"]


def ffmpeg() -> str:
    """The FFmpeg command: imageio-ffmpeg's bundled build, else ``ffmpeg`` on the PATH."""
    try:
        imageio_ffmpeg = importlib.import_module("imageio_ffmpeg")  # optional: the demo-media extra
        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except ImportError:
        found = shutil.which("ffmpeg")
        if found is None:
            raise SystemExit("make_demo_bundles: the video batches need FFmpeg with libx264, libvpx and libopus: "
                             "pip install imageio-ffmpeg (or pip install -e '.[demo-media]')") from None
        return found


def paint_frame(painter: QPainter, t_ms: int, opening: float, look: tuple[int, int, int], context: str,
                title: str) -> None:
    """One frame at ``t_ms``: the room, the speaker (mouth ``opening`` 0..1) and the lower third."""
    top, bottom, accent = (QColor(c) for c in ROOMS.get(context, ROOMS["Interview"]))
    wall = QLinearGradient(0, 0, 0, HEIGHT)
    wall.setColorAt(0, top)
    wall.setColorAt(1, bottom)
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), wall)
    # A window with a slowly passing cloud: the picture is never quite still, as in a real recording.
    window = QRectF(24, 48, 110, 80)
    painter.fillRect(window, QColor("#9fd3f5"))
    cloud_x = window.left() - 40 + (t_ms / 60) % (window.width() + 60)
    painter.save()
    painter.setClipRect(window)
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    for dx, dy, r in ((0, 0, 12), (14, -6, 14), (28, 0, 11)):
        painter.drawEllipse(QPointF(cloud_x + dx, window.top() + 30 + dy), r, r * 0.8)
    painter.restore()
    painter.setPen(QPen(QColor("#6b5b4b"), 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(window)
    painter.drawLine(QPointF(window.center().x(), window.top()), QPointF(window.center().x(), window.bottom()))

    skin, hair, shirt = QColor(SKIN[look[0]]), QColor(HAIR[look[1]]), QColor(SHIRTS[look[2]])
    sway = 2.0 * math.sin(t_ms / 900)        # the speaker moves a little as she talks
    cx, cy = WIDTH * 0.62 + sway, HEIGHT * 0.44
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(shirt)
    body = QPainterPath()
    body.moveTo(cx - 70, HEIGHT)
    body.cubicTo(cx - 70, cy + 50, cx - 30, cy + 42, cx, cy + 42)
    body.cubicTo(cx + 30, cy + 42, cx + 70, cy + 50, cx + 70, HEIGHT)
    painter.drawPath(body)
    painter.setBrush(skin)
    painter.drawRect(QRectF(cx - 10, cy + 22, 20, 24))          # neck
    painter.drawEllipse(QPointF(cx, cy), 32, 38)                # head
    painter.setBrush(hair)
    hair_path = QPainterPath()
    hair_path.moveTo(cx - 33, cy - 2)
    hair_path.cubicTo(cx - 36, cy - 50, cx + 36, cy - 50, cx + 33, cy - 2)
    hair_path.cubicTo(cx + 20, cy - 26, cx - 20, cy - 26, cx - 33, cy - 2)
    painter.drawPath(hair_path)
    blink = (t_ms // 100) % 37 == 0         # a blink now and then
    painter.setBrush(QColor("#1b1b1b"))
    for ex in (cx - 12, cx + 12):
        painter.drawEllipse(QPointF(ex, cy - 4), 3.5, 0.8 if blink else 3.5)
    painter.setBrush(QColor("#5a1f1f"))
    painter.drawEllipse(QPointF(cx, cy + 18), 9, 1.5 + 8 * max(0.0, min(1.0, opening)))

    # The title, top left (where it leaves the bottom to captions): what this recording is, and
    # none of the words spoken (those are for the worker).
    band = QRectF(0, 8, WIDTH * 0.5, 26)
    painter.fillRect(band, QColor(255, 255, 255, 225))
    painter.fillRect(QRectF(0, band.top(), 6, band.height()), accent)
    font = QFont("DejaVu Sans")
    font.setPixelSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(accent)
    painter.drawText(band.adjusted(14, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)


def mouth_openings(levels: list[int], frames: int) -> list[float]:
    """How open the mouth is in each frame: the loudest 20 ms under the frame, over the clip's peak."""
    loud = max(levels, default=0) or 1
    per_frame = 1000 / FPS
    out = []
    for frame in range(frames):
        first, last = int(frame * per_frame // LEVEL_MS), int((frame + 1) * per_frame // LEVEL_MS)
        window = levels[first:max(last, first + 1)]
        level = max(window, default=0) / loud
        out.append(0.0 if level < 0.1 else level)
    return out


def encode_video(speech: Path, levels: list[int], *, container: str, context: str, title: str,
                 look: tuple[int, int, int], out: Path) -> bytes:
    """Paint ``len(levels) * 20 ms`` of frames and encode them with ``speech`` into ``out``; return its bytes.

    ``container`` is ``mp4`` (H.264/AAC) or ``webm`` (VP9/Opus).
    """
    duration_ms = len(levels) * LEVEL_MS
    frames = max(1, math.ceil(duration_ms * FPS / 1000))
    if container == "mp4":
        codecs = ["-c:v", "libx264", "-profile:v", "baseline", "-preset", "veryslow", "-crf", "30",
                  "-pix_fmt", "yuv420p", "-x264-params", "threads=1", "-c:a", "aac", "-b:a", "24k", "-ac", "1",
                  "-movflags", "+faststart"]
    elif container == "webm":
        codecs = ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "42", "-deadline", "good", "-cpu-used", "2",
                  "-row-mt", "0", "-threads", "1", "-pix_fmt", "yuv420p", "-c:a", "libopus", "-b:a", "24k",
                  "-ac", "1"]
    else:
        raise ValueError(f"unknown container {container!r}")
    command = [ffmpeg(), "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{WIDTH}x{HEIGHT}", "-r", str(FPS), "-i", "-", "-i", str(speech),
               "-map", "0:v", "-map", "1:a", "-t", f"{duration_ms / 1000:.3f}", *codecs,
               "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1",
               str(out)]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    assert process.stdin is not None
    try:
        for frame, opening in enumerate(mouth_openings(levels, frames)):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_frame(painter, frame * 1000 // FPS, opening, look, context, title)
            painter.end()
            row = image.bytesPerLine()
            raw = bytes(image.constBits())
            process.stdin.write(b"".join(raw[y * row:y * row + WIDTH * 3] for y in range(HEIGHT)))
    finally:
        process.stdin.close()
    if process.wait() != 0:
        raise RuntimeError(f"FFmpeg could not encode {out.name}")
    return out.read_bytes()


def main() -> None:
    """Write the tests' sample videos, ``tests/media/speaker.mp4`` and ``speaker.webm``: the audio
    batch's first clip, said by a drawn speaker, once in each container a batch may carry; and
    ``huge.mp4``, a picture larger than the app shows."""
    import sys
    import tempfile
    import zipfile

    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_demo_bundles as demo

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = demo.REPO_ROOT / "tests" / "media"
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(demo.AUDIO_ZIP) as zf, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        levels = demo.clip_levels(zf.read("media/audio/clip-01.ogg"), work)  # writes work/clip.ogg
        for container in ("mp4", "webm"):
            data = encode_video(work / "clip.ogg", levels, container=container, context="Interview",
                                title="Sample", look=(1, 0, 2), out=work / f"speaker.{container}")
            (out / f"speaker.{container}").write_bytes(data)
            print(f"{out / f'speaker.{container}'}: {len(data) / 1024:.0f} KiB, {len(levels) * LEVEL_MS} ms")
    # A picture larger than the app shows (8192x4320, one grey second): the tests' hostile video.
    huge = out / "huge.mp4"
    subprocess.run([ffmpeg(), "-y", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=gray:size=8192x4320:rate=1",
                    "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "1", "-c:v", "libx264", "-preset",
                    "veryslow", "-crf", "51", "-x264-params", "threads=1", "-pix_fmt", "yuv420p", "-c:a", "aac",
                    "-b:a", "16k", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                    "-map_metadata", "-1", str(huge)], check=True)
    print(f"{huge}: {huge.stat().st_size / 1024:.0f} KiB")
    del app


if __name__ == "__main__":
    main()
