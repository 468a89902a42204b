"""The media benchmarks: a video task's first picture on screen, and a long clip's waveform.

    python bench/media_bench.py DATA_DIR [--quick]     # the child process: one JSON object on stdout

``bench_media(tmp, quick)`` (bench/run.py) prepares a workspace with the demo's video
transcription batch, runs this file as a child process (Qt, offscreen) and returns:

video_first_frame_p50_ms / _p95_ms
    ``TranscriptionView.load`` of a video task (MP4, H.264/AAC, 426x240) until its first picture
    has been decoded, handed to the view's ``VideoScreen`` and painted, over 32 [16] loads of the
    batch's clips in turn; vs a bare ``QMediaPlayer`` with a ``QVideoSink`` loading the same file
    and pausing until the sink receives the first frame (what the FFmpeg backend itself needs),
    in alternating order.
waveform_5min_ms
    ``Waveform.load`` of a 5-minute clip (the audio batch's speech joined into a 16 kHz mono
    WAV) until ``ready`` (decoded at 8 kHz and reduced to one peak per 50 ms); vs
    ``QAudioDecoder`` decoding the same file to the same format with nothing done to the samples.
    Median of 5 [3] alternating runs. A WAV is used because the bench can write one with the
    standard library; decoding it costs the backend little, so the ratio shows the waveform's
    own work at its largest.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import wave
import zipfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.common import Figure, bench_worker, log, percentile  # noqa: E402

DEMO = REPO_ROOT / "resources" / "demo"
WAVEFORM_SECONDS = 300
METRICS = ("video_first_frame_p50_ms", "video_first_frame_p95_ms", "waveform_5min_ms")


def bench_media(tmp: Path, quick: bool) -> list[Figure]:
    """Prepare the data folder, run the child, and return the figures (see the module)."""
    from labclient.workspace import Workspace

    data = tmp / "data"
    with Workspace.open(data) as ws:
        ws.import_bundle(DEMO / "demo-transcription-video.zip")
        bench_worker(ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.multimedia*=false"}
    command = [sys.executable, str(Path(__file__).resolve()), str(data), *(["--quick"] if quick else [])]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"media_bench exited with code {done.returncode}: {tail[0]}")
    got = json.loads(done.stdout.strip().splitlines()[-1])
    frames, bare = got["first_frame"], got["bare_first_frame"]
    note = (f"{len(frames)} loads of the demo's MP4 clips (426x240, H.264/AAC) into TranscriptionView, offscreen, "
            "software decoding; until the first picture is painted")
    bare_name = "bare QMediaPlayer + QVideoSink: setSource, pause, until the first frame reaches the sink"
    figures = [Figure(f"video_first_frame_p{q}_ms", percentile(frames, q) * 1000, "ms",
                      percentile(bare, q) * 1000, target, bare_name, note)
               for q, target in ((50, "none (p95 is the target)"), (95, "value <= 250 ms"))]
    figures.append(Figure(
        "waveform_5min_ms", statistics.median(got["waveform"]) * 1000, "ms", statistics.median(got["decode"]) * 1000,
        "ratio <= 2", "QAudioDecoder alone: the same file to 8 kHz mono Int16, samples not looked at",
        f"a {WAVEFORM_SECONDS} s 16 kHz mono WAV of the demo's speech; median of {len(got['waveform'])} "
        "alternating runs; Waveform.load until ready (one peak per 50 ms)"))
    return figures


# -- the child process ---------------------------------------------------------------------------------


def speech_wav(out: Path, seconds: int) -> Path:
    """The audio demo's clips, decoded and joined until ``seconds`` long, as a 16 kHz mono WAV."""
    from bench.media_decode import decode_pcm

    with zipfile.ZipFile(DEMO / "demo-transcription-audio.zip") as zf:
        clips = [zf.read(name) for name in sorted(zf.namelist()) if name.endswith(".ogg")]
    pcm = bytearray()
    work = out.parent / "clip.ogg"
    index = 0
    while len(pcm) < seconds * 16000 * 2:
        work.write_bytes(clips[index % len(clips)])
        pcm += decode_pcm(work, 16000)
        index += 1
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(bytes(pcm[:seconds * 16000 * 2]))
    return out


def child(data_dir: Path, quick: bool) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
    from PySide6.QtWidgets import QApplication

    from bench.media_decode import decode_pcm
    from labclient.ui.task_views.transcription import TranscriptionView
    from labclient.ui.widgets.waveform import Waveform
    from labclient.workspace import Task, Workspace

    app = QApplication.instance() or QApplication([])

    def wait(signal: Any, timeout_ms: int = 10_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    out: dict[str, Any] = {"first_frame": [], "bare_first_frame": [], "waveform": [], "decode": []}
    with Workspace.open(data_dir) as ws:
        session = bench_worker(ws)
        tasks: list[Task] = []
        while (task := ws.next_task(session)) is not None and len(tasks) < 32:
            tasks.append(task)
            ws.skip(session, task.key, "bench")
        view = TranscriptionView()
        view.resize(1366, 600)
        view.show()
        bare, sink = QMediaPlayer(), QVideoSink()
        bare.setVideoSink(sink)
        loads = 16 if quick else 32
        for i in range(loads + 1):  # the first of each is a warm-up
            task = tasks[i % len(tasks)]
            assert task.media is not None
            start = time.perf_counter()
            view.load(task, {"text": ""})
            if not view.player.video.has_frame():
                wait(view.player.video.first_frame)
            app.processEvents()  # the paint the frame asked for
            took = time.perf_counter() - start
            if not view.player.video.has_frame():
                raise RuntimeError(f"no picture of {task.task_id} within 10 s")
            if i:
                out["first_frame"].append(took)
            start = time.perf_counter()
            bare.setSource(QUrl.fromLocalFile(str(task.media.path)))
            bare.pause()
            wait(sink.videoFrameChanged)
            if i:
                out["bare_first_frame"].append(time.perf_counter() - start)
            bare.setSource(QUrl())
        view.stop()

        clip = speech_wav(data_dir / "speech-5min.wav", WAVEFORM_SECONDS)
        strip = Waveform()
        for i in range(4 if quick else 6):
            start = time.perf_counter()
            strip.load(clip)
            wait(strip.ready, 120_000)
            if not strip.decoded or strip.duration_ms < (WAVEFORM_SECONDS - 1) * 1000:
                raise RuntimeError(f"the waveform holds {strip.duration_ms} ms of {WAVEFORM_SECONDS} s")
            took = time.perf_counter() - start
            start = time.perf_counter()
            decode_pcm(clip, 8000)
            decoded = time.perf_counter() - start
            if i:
                out["waveform"].append(took)
                out["decode"].append(decoded)
    return out


if __name__ == "__main__":
    result = child(Path(sys.argv[1]), "--quick" in sys.argv[2:])
    print(json.dumps(result))
    log(f"media: first frame p50 {statistics.median(result['first_frame']) * 1000:.0f} ms")
