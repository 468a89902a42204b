"""Decoding a clip to raw samples with Qt Multimedia's QAudioDecoder (for the media benchmark)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat


def decode_pcm(path: Path, rate: int, timeout_ms: int = 120_000) -> bytes:
    """The clip at ``path`` as mono Int16 samples at ``rate`` Hz (a running Qt application is needed)."""
    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    wanted.setChannelCount(1)
    wanted.setSampleRate(rate)
    decoder.setAudioFormat(wanted)
    chunks: list[bytes] = []
    errors: list[str] = []
    loop = QEventLoop()
    decoder.bufferReady.connect(lambda: chunks.append(bytes(decoder.read().constData())))
    decoder.finished.connect(loop.quit)

    def failed(*_: object) -> None:
        errors.append(decoder.errorString())
        loop.quit()

    decoder.error.connect(failed)
    QTimer.singleShot(timeout_ms, loop.quit)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    loop.exec()
    decoder.stop()
    if errors:
        raise RuntimeError(f"{path.name} cannot be decoded: {errors[0]}")
    return b"".join(chunks)
