"""LabClient benchmarks, each measured beside a baseline in the same run.

    python bench/run.py [--quick] [--only NAME] [--tmpdir DIR]

Prints one JSON line per metric on stdout: ``{"metric", "value", "unit", "baseline", "ratio",
"target", "baseline_name", "note"}`` (ratio = value / baseline), or ``{"metric", "error"}`` when it
could not be measured; progress goes to stderr. Exits 1 when any metric reported an error.
``--quick`` is the minute-scale run (sizes and repetitions in brackets below). Everything happens
in temporary folders (under ``--tmpdir``), removed afterwards.

cold_start  ``cold_start_ms``: spawn to exit of ``python -m labclient.cli --data-dir DIR run`` with
    QT_QPA_PLATFORM=offscreen and LABCLIENT_EXIT_WHEN_SHOWN=1 (it quits once its first window is
    exposed) on a workspace with a small batch and a worker, vs a bare PySide6 QWidget process
    that quits the same way. A warm-up each, then the median of 5 [3] alternating runs each.
next_task   ``next_task_p50_ms``/``_p95_ms``: ``ws.submit`` then ``ws.next_task`` with 100,000 [20,000]
    data-entry tasks cached, 1,000 [300] iterations, vs raw sqlite3 (WAL, synchronous=FULL) inserting
    and updating a row in one transaction then selecting the next row by index; alternating blocks.
import      ``import_100k_s``: ``Workspace.import_bundle`` of a 100,000 [20,000]-task bundle vs raw
    ``executemany`` of the same rows into a fresh database with the same schema and pragmas, in one
    transaction. Median of 3 [1].
next_task_shown  ``next_task_shown_p50_ms``/``_p95_ms``: the same through the real work screen
    (bench/ui_next_task.py, a child process): ``WorkScreen.submit()`` until the next data-entry task
    is laid out and painted, vs the core-only submit + next_task in the same process.
next_task_shown_translation  ``next_task_shown_translation_p50_ms``/``_p95_ms``: the same with
    translation tasks of two segments (a glossary, a kept span, a placeholder) cached.
next_task_shown_boxes  ``next_task_shown_boxes_p50_ms``/``_p95_ms``: the same with box tasks on a
    640x480 picture cached; each answer is one box drawn in the view.
next_task_shown_captioning  ``next_task_shown_captioning_p50_ms``/``_p95_ms``: the same with
    captioning tasks on a 5-second clip cached (the player loads the clip, the waveform decodes it
    in the background); each answer is one caption added and typed.
media       ``video_first_frame_p50_ms``/``_p95_ms``: a video task's first picture painted in the
    transcription view vs a bare QMediaPlayer's first frame; ``waveform_5min_ms``: a 5-minute clip's
    waveform vs decoding it alone. Details in bench/media_bench.py.
peak_rss    ``peak_rss_mb``: peak RSS (ru_maxrss from ``os.wait4``, 1 MB = 10^6 bytes) of the app run as
    in cold_start with 100,000 [20,000] tasks cached and 1,000 [200] submitted, vs the bare window.
    Both are spawned by bench/launch.py, a small process, so that this one's size is not counted.
sync_push   ``push_10k_s``, ``push_10k_bytes``, ``push_per_item_speedup``: a real sync client pushing
    10,000 [2,000] results of ~300 characters to a real hub process through the fault proxy at 256 kbit/s
    and 600 ms round trip, vs the physical limit, vs the raw JSON, and per item vs one request per result
    (bench/per_item_client.py, 30 [10] results). Details in bench/sync_bench.py.
sync_pull_cut  ``pull_cut_resend_bytes``: pulling 10,000 [2,000] tasks and 20 [4] MB of media through a
    link reset every 2 MB; bytes received again per reset vs one media file. Details in bench/sync_bench.py.
relay  ``relay_uplink_mb``: MB down the uplink for 20 workstations that need the same 50 [10] MB of media, with
    the lab relay, vs one workstation alone (target 1.05); ``direct_uplink_mb`` the same without the relay.
    Details in bench/relay_bench.py. ``relay_new_batch_s``: a new batch whose media the relay fetched ahead,
    over the slow uplink, vs its media from the hub.
usb_outbox, usb_lab  ``usb_outbox_10k_s``: 10,000 [2,000] results out by USB (export-outbox, import-outbox,
    import-receipt) vs the online push of as many; ``usb_lab_file_s``: the hub's lab file of 20 [5] batches
    with 100 [25] MB of media made and applied vs copying the media twice. Details in bench/usb_bench.py.
score_transcript, gold_next_task  scoring a 2,000-character transcript vs the bare jiwer call, and the
    worker's loop on gold tasks (scored, with feedback) vs on production tasks. Details in bench/quality_bench.py.
deliver  ``deliver_100k_s``: ``labhub deliver`` of a project of 100,000 [20,000] answered tasks vs a raw SQL
    export of the same rows; ``deliver_overlap_100k_s`` the same with two workers per task (answers
    weighed and aggregated). Details in bench/delivery_bench.py.
org  ``org_<hub>_items_per_s``, ``_push_p50_s``/``p95``/``p99``, ``_errors``, ``_rss_mb`` for a SQLite hub and
    one and two hub processes on PostgreSQL, under the pushes and pulls of 500 [100] labs x 20 workstations,
    beside each engine's raw insert limit; ``org_pg2_vs_sqlite``. A private PostgreSQL server is started
    unless LABHUB_BENCH_POSTGRES names one. Details in bench/org_bench.py.
installer  ``installer_download_mb``, ``installer_unpacked_mb``, ``frozen_cold_start_ms``: the desktop
    program frozen by installer/ (tar.xz and unpacked) vs a bare PySide6 window frozen the same way, and
    the frozen program's cold start vs the same from source. Details in bench/installer_bench.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = REPO_ROOT / "bench" / "launch.py"  # spawns and measures the app and the bare window
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import (  # noqa: E402
    delivery_bench,
    installer_bench,
    media_bench,
    org_bench,
    quality_bench,
    relay_bench,
    sync_bench,
    usb_bench,
)
from bench.common import Figure, bench_worker, log, percentile  # noqa: E402
from labclient.bundle_writer import write_bundle  # noqa: E402
from labclient.schema import MIGRATIONS, SCHEMA_VERSION  # noqa: E402
from labclient.workspace import Task, Workspace  # noqa: E402

APP_TIMEOUT_S = 60.0
BLOCK = 50  # next_task: iterations per block before switching to the other loop
WARMUP_STEPS = 10
BARE_WINDOW = "bare PySide6 QWidget process"
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

# Quits the way the app does under LABCLIENT_EXIT_WHEN_SHOWN (labclient/ui/app.py): a zero timer
# started after show(); with the offscreen platform the first expose and paint still happen before
# exec() returns.
BARE_WINDOW_SCRIPT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

DATA_ENTRY_PARAMS: dict[str, Any] = {
    "fields": [{"id": "name", "label": "Business name", "type": "text", "required": True, "max_length": 120},
               {"id": "phone", "label": "Phone", "type": "text", "pattern": r"\+?[0-9 ]{7,16}"}],
    "outcomes": [{"id": "verified", "text": "Verified"}, {"id": "closed", "text": "Closed", "needs_fields": False}],
}


@dataclass(frozen=True)
class Settings:
    """How big and how often: the full run or ``--quick``."""

    runs: int  # app / baseline process runs each (cold start, peak RSS)
    tasks: int  # tasks cached (next_task, peak RSS) or imported (import)
    iterations: int  # next_task loop iterations
    imports: int  # import repetitions
    submitted: int  # tasks submitted before the peak RSS runs


FULL = Settings(runs=5, tasks=100_000, iterations=1_000, imports=3, submitted=1_000)
QUICK = Settings(runs=3, tasks=20_000, iterations=300, imports=1, submitted=200)


@dataclass(frozen=True)
class ChildRun:
    """A child process that exited with code 0: wall seconds from spawn to exit, and peak RSS."""

    seconds: float
    max_rss_kib: int


class ChildFailedError(Exception):
    """A child process did not exit cleanly in time."""



def significant(x: float, digits: int = 4) -> float:
    """``x`` rounded to ``digits`` significant digits."""
    return float(f"{x:.{digits}g}")


def emit(fig: Figure) -> None:
    """Print one result line on stdout."""
    line = {
        "metric": fig.metric, "value": significant(fig.value), "unit": fig.unit,
        "baseline": significant(fig.baseline), "ratio": significant(fig.value / fig.baseline, 3),
        "target": fig.target, "baseline_name": fig.baseline_name, "note": fig.note,
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)


def emit_error(metric: str, error: str) -> None:
    """Print the line for a metric that could not be measured."""
    print(json.dumps({"metric": metric, "error": error}, ensure_ascii=False), flush=True)


def batch_document(n: int, batch_id: str) -> dict[str, Any]:
    """A valid data-entry batch of ``n`` tasks with listing text and no media."""
    tasks = [{"id": f"t-{i:06d}", "text": f"Shop number {i}, Moi Avenue, Nairobi. Tel 0712 {i:06d}",
              "prefill": {"name": f"Shop {i}", "phone": f"0712 {i:06d}"}} for i in range(n)]
    template = {"kind": "data_entry", "version": 1, "title": "Verify business listings",
                "instructions": "Check each **field** against the listing.", "params": DATA_ENTRY_PARAMS}
    return {"format": "labclient-batch/1", "batch_id": batch_id, "project": {"id": "bench", "name": "Benchmark"},
            "template": template, "tasks": tasks}


def translation_document(n: int, batch_id: str) -> dict[str, Any]:
    """A valid translation batch of ``n`` tasks of two segments, with a glossary and kept span."""
    tasks = [{"id": f"t-{i:06d}", "context": "An SMS to a customer.",
              "segments": [f"Hello {{name}}, your account {i} is ready.",
                           "Never share your PIN with anyone, not even a SokoPay agent."]} for i in range(n)]
    params = {"source_language": "en", "target_language": "fr", "do_not_translate": ["SokoPay"],
              "glossary": [{"source": "account", "target": "compte"}, {"source": "PIN", "target": "code PIN"}]}
    template = {"kind": "translation", "version": 1, "title": "Translate the messages",
                "instructions": "Keep the **placeholders**.", "params": params}
    return {"format": "labclient-batch/1", "batch_id": batch_id, "project": {"id": "bench", "name": "Benchmark"},
            "template": template, "tasks": tasks}


def boxes_bundle(folder: Path, n: int) -> Path:
    """A bundle of ``n`` box tasks on one 640x480 picture (three labels, at least one box)."""
    picture = delivery_bench.png_bytes(640, 480)
    sha = hashlib.sha256(picture).hexdigest()
    params = {"mode": "boxes", "labels": [{"id": x, "text": x.capitalize()} for x in ("car", "person", "tree")],
              "min_boxes": 1}
    doc = {"format": "labclient-batch/1", "batch_id": "bench-boxes", "project": {"id": "bench", "name": "Benchmark"},
           "template": {"kind": "tagging", "version": 1, "title": "Box the objects", "instructions": "Box them.",
                        "params": params},
           "media": [{"path": "media/picture.png", "sha256": sha, "bytes": len(picture), "mime": "image/png"}],
           "tasks": [{"id": f"t-{i:06d}", "media": sha, "size": [640, 480]} for i in range(n)]}
    return write_bundle(folder / "bench-boxes.zip", doc, {"media/picture.png": picture})


def captioning_bundle(folder: Path, n: int) -> Path:
    """A bundle of ``n`` captioning tasks on one 5-second clip (a WAV tone)."""
    rate, seconds = 8000, 5
    frames = b"".join(int(8000 * math.sin(2 * math.pi * 440 * i / rate)).to_bytes(2, "little", signed=True)
                      for i in range(rate * seconds))
    header = (b"RIFF" + (36 + len(frames)).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
              + (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + rate.to_bytes(4, "little")
              + (rate * 2).to_bytes(4, "little") + (2).to_bytes(2, "little") + (16).to_bytes(2, "little")
              + b"data" + len(frames).to_bytes(4, "little"))
    clip = header + frames
    sha = hashlib.sha256(clip).hexdigest()
    doc = {"format": "labclient-batch/1", "batch_id": "bench-captioning",
           "project": {"id": "bench", "name": "Benchmark"},
           "template": {"kind": "captioning", "version": 1, "title": "Caption the clips", "instructions": "Caption.",
                        "params": {"source": "audio"}},
           "media": [{"path": "media/clip.wav", "sha256": sha, "bytes": len(clip), "mime": "audio/wav"}],
           "tasks": [{"id": f"t-{i:06d}", "media": sha, "duration_ms": seconds * 1000} for i in range(n)]}
    return write_bundle(folder / "bench-captioning.zip", doc, {"media/clip.wav": clip})


def write_task_bundle(folder: Path, n: int, batch_id: str = "bench-data-entry") -> Path:
    """Write a bundle of ``n`` data-entry tasks into ``folder``; returns its path."""
    return write_bundle(folder / f"{batch_id}.zip", batch_document(n, batch_id), {})


def verified_result(task: Task) -> dict[str, Any]:
    """A result that passes the template's checks: the prefill, verified."""
    return {"outcome": "verified", "fields": dict(task.body["prefill"])}


def prepare_workspace(data_dir: Path, bundle: Path, submitted: int) -> str:
    """Import ``bundle``, add a worker and submit ``submitted`` tasks; returns the worker's name."""
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(bundle)
        worker = bench_worker(ws)
        for _ in range(submitted):
            task = ws.next_task(worker)
            assert task is not None
            ws.submit(worker, task.key, verified_result(task))
    return worker.name


def connect_raw(path: Path) -> sqlite3.Connection:
    """A raw connection with the store's pragmas (WAL, synchronous=FULL, foreign keys)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
    return conn


def child_env(tmp: Path) -> dict[str, str]:
    """The environment both the app and the bare window run with."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LABCLIENT_EXIT_WHEN_SHOWN="1", XDG_CONFIG_HOME=str(tmp / "config"),
               PYTHONPATH=os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p))
    return env


def last_line(text: str) -> str:
    """The last non-blank line of a child's stderr (usually the exception), shortened."""
    lines = text.strip().splitlines()
    return lines[-1][:300] if lines else "no output"


def run_until_exit(command: list[str], env: dict[str, str], tmp: Path, timeout_s: float = APP_TIMEOUT_S) -> ChildRun:
    """Run ``command`` (absolute executable path first) through the launcher; ChildFailedError when
    it exits with an error or is still running after ``timeout_s`` (it is killed then)."""
    err = tmp / "child-stderr.txt"
    out = subprocess.run([sys.executable, "-S", str(LAUNCHER), str(timeout_s), str(err), *command], env=env,
                         capture_output=True, text=True, timeout=timeout_s + 30, check=False)
    if out.returncode != 0:
        raise ChildFailedError(f"launcher failed: {last_line(out.stderr)}")
    run = json.loads(out.stdout)
    if run["timed_out"]:
        raise ChildFailedError(f"still running after {timeout_s:.0f} s; killed")
    if run["exit_code"] != 0:
        raise ChildFailedError(f"exited with code {run['exit_code']}: {last_line(err.read_text('utf-8', 'replace'))}")
    return ChildRun(run["seconds"], run["max_rss_kib"])


def app_vs_bare_window(s: Settings, tmp: Path, tasks: int, submitted: int) -> tuple[list[ChildRun], list[ChildRun]]:
    """Runs of the app (exiting once shown) on a workspace with ``tasks`` cached and ``submitted``
    submitted, and of the bare window script: one untimed warm-up each, then ``s.runs`` alternating."""
    log(f"preparing {tasks} tasks, {submitted} submitted")
    data_dir = tmp / "data"
    prepare_workspace(data_dir, write_task_bundle(tmp, tasks), submitted)
    script = tmp / "bare_window.py"
    script.write_text(BARE_WINDOW_SCRIPT, encoding="utf-8")
    app = [sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "run"]
    bare = [sys.executable, str(script)]
    env = child_env(tmp)
    try:
        run_until_exit(app, env, tmp)
    except ChildFailedError as exc:
        raise ChildFailedError(f"labclient run {exc}") from None
    run_until_exit(bare, env, tmp)
    app_runs: list[ChildRun] = []
    bare_runs: list[ChildRun] = []
    for i in range(s.runs):
        app_runs.append(run_until_exit(app, env, tmp))
        bare_runs.append(run_until_exit(bare, env, tmp))
        log(f"run {i + 1}/{s.runs}: app {app_runs[-1].seconds * 1000:.0f} ms {app_runs[-1].max_rss_kib} KiB, "
            f"bare window {bare_runs[-1].seconds * 1000:.0f} ms {bare_runs[-1].max_rss_kib} KiB")
    return app_runs, bare_runs


def bench_cold_start(s: Settings, tmp: Path) -> list[Figure]:
    """Spawn-to-exit of the app (exiting once shown) vs a bare PySide6 window."""
    app_runs, base_runs = app_vs_bare_window(s, tmp, 20, 0)
    value = statistics.median(r.seconds for r in app_runs) * 1000
    baseline = statistics.median(r.seconds for r in base_runs) * 1000
    note = f"median of {s.runs} alternating runs each after a warm-up; offscreen; spawn to exit"
    return [Figure("cold_start_ms", value, "ms", baseline, "ratio <= 3", BARE_WINDOW, note)]


def bench_peak_rss(s: Settings, tmp: Path) -> list[Figure]:
    """Peak RSS of the app (exiting once shown) on a big cache vs a bare PySide6 window."""
    app_runs, base_runs = app_vs_bare_window(s, tmp, s.tasks, s.submitted)
    value = statistics.median(r.max_rss_kib for r in app_runs) * 1024 / 1e6
    baseline = statistics.median(r.max_rss_kib for r in base_runs) * 1024 / 1e6
    note = f"{s.tasks} tasks cached, {s.submitted} submitted; ru_maxrss via os.wait4, median of {s.runs} runs"
    return [Figure("peak_rss_mb", value, "MB", baseline, "value <= 150 MB", BARE_WINDOW, note)]


def bench_language_start(s: Settings, tmp: Path) -> list[Figure]:
    """Spawn-to-exit and peak RSS of the app in Urdu (its translation, Qt's texts, the shipped Naskh
    font, right-to-left) vs the same app in English, alternating runs after a warm-up each."""
    data_dir = tmp / "data"
    prepare_workspace(data_dir, write_task_bundle(tmp, 20), 0)
    english = [sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "run", "--language", "en"]
    urdu = [*english[:-1], "ur"]
    env = child_env(tmp)
    runs: dict[str, list[ChildRun]] = {"en": [], "ur": []}
    for name, command in (("en", english), ("ur", urdu)):
        try:
            run_until_exit(command, env, tmp)
        except ChildFailedError as exc:
            raise ChildFailedError(f"labclient run --language {name} {exc}") from None
    for i in range(s.runs):
        for name, command in (("en", english), ("ur", urdu)):
            runs[name].append(run_until_exit(command, env, tmp))
        log(f"run {i + 1}/{s.runs}: " + ", ".join(f"{k} {v[-1].seconds * 1000:.0f} ms" for k, v in runs.items()))
    note = f"median of {s.runs} alternating runs each after a warm-up; offscreen; spawn to exit; baseline: English"
    return [Figure("cold_start_urdu_ms", statistics.median(r.seconds for r in runs["ur"]) * 1000, "ms",
                   statistics.median(r.seconds for r in runs["en"]) * 1000, "ratio <= 1.1", "the app in English", note),
            Figure("peak_rss_urdu_mb", statistics.median(r.max_rss_kib for r in runs["ur"]) * 1024 / 1e6, "MB",
                   statistics.median(r.max_rss_kib for r in runs["en"]) * 1024 / 1e6, "ratio <= 1.1",
                   "the app in English", note)]


class WorkspaceLoop:
    """The worker's loop through the core API: submit the shown task, get the next one."""

    def __init__(self, ws: Workspace, worker: str) -> None:
        self.ws = ws
        self.session = bench_worker(ws, worker)
        task = ws.next_task(self.session)
        assert task is not None
        self.task = task

    def step(self) -> None:
        self.ws.submit(self.session, self.task.key, verified_result(self.task))
        task = self.ws.next_task(self.session)
        assert task is not None
        self.task = task


class RawLoop:
    """The same durable write and read with raw sqlite3: the physical cost floor."""

    def __init__(self, path: Path, bodies: list[str]) -> None:
        self.conn = connect_raw(path)
        self.conn.executescript(
            "CREATE TABLE queue (id INTEGER PRIMARY KEY, body TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'new');"
            "CREATE INDEX queue_by_state ON queue(state, id);"
            "CREATE TABLE done (id INTEGER PRIMARY KEY, row INTEGER NOT NULL, content TEXT NOT NULL);")
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany("INSERT INTO queue (body) VALUES (?)", ((b,) for b in bodies))
        self.conn.execute("COMMIT")
        self.current = self.next_row()

    def next_row(self) -> int:
        row = self.conn.execute("SELECT id, body FROM queue WHERE state = 'new' ORDER BY id LIMIT 1").fetchone()
        return int(row[0])

    def step(self) -> None:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO done (row, content) VALUES (?, ?)", (self.current, '{"outcome":"verified"}'))
        c.execute("UPDATE queue SET state = 'done' WHERE id = ?", (self.current,))
        c.execute("COMMIT")
        self.current = self.next_row()


def time_interleaved(steps: dict[str, Callable[[], None]], iterations: int) -> dict[str, list[float]]:
    """Seconds per call of each step, ``iterations`` each, run in alternating blocks of BLOCK."""
    for step in steps.values():
        for _ in range(WARMUP_STEPS):
            step()
    times: dict[str, list[float]] = {name: [] for name in steps}
    for start in range(0, iterations, BLOCK):
        for name, step in steps.items():
            for _ in range(min(BLOCK, iterations - start)):
                t0 = time.perf_counter()
                step()
                times[name].append(time.perf_counter() - t0)
    return times


def bench_next_task(s: Settings, tmp: Path) -> list[Figure]:
    """Submit-to-next-task latency with a big cache vs the raw durable write and read."""
    log(f"preparing {s.tasks} tasks")
    doc = batch_document(s.tasks, "bench-next-task")
    bundle = write_bundle(tmp / "bench-next-task.zip", doc, {})
    worker = prepare_workspace(tmp / "data", bundle, 0)
    raw = RawLoop(tmp / "raw" / "queue.sqlite3", [_dumps(t) for t in doc["tasks"]])
    try:
        with Workspace.open(tmp / "data") as ws:
            app = WorkspaceLoop(ws, worker)
            log(f"timing {s.iterations} iterations each")
            times = time_interleaved({"app": app.step, "raw": raw.step}, s.iterations)
    finally:
        raw.conn.close()
    note = f"{s.tasks} tasks cached, {s.iterations} iterations each in alternating blocks of {BLOCK}"
    base_name = "raw sqlite3: insert + update in one WAL/synchronous=FULL transaction, then indexed select"
    return [
        Figure(f"next_task_p{q}_ms", percentile(times["app"], q) * 1000, "ms", percentile(times["raw"], q) * 1000,
               target, base_name, note)
        for q, target in ((50, "none (p95 is the target)"), (95, "value <= 16 ms"))
    ]


def bench_next_task_shown(s: Settings, tmp: Path, kind: str = "data_entry") -> list[Figure]:
    """Submit-to-next-task-painted through the real work screen vs the core's submit + next_task,
    on a cache of data-entry (or ``kind``) tasks."""
    log(f"preparing {s.tasks} {kind} tasks")
    if kind == "translation":
        bundle = write_bundle(tmp / "bench-translation.zip", translation_document(s.tasks, "bench-translation"), {})
    elif kind == "boxes":
        bundle = boxes_bundle(tmp, s.tasks)
    elif kind == "captioning":
        bundle = captioning_bundle(tmp, s.tasks)
    else:
        bundle = write_task_bundle(tmp, s.tasks)
    prepare_workspace(tmp / "data", bundle, 0)
    command = [sys.executable, str(REPO_ROOT / "bench" / "ui_next_task.py"), str(tmp / "data"), str(s.iterations),
               kind]
    done = subprocess.run(command, env=child_env(tmp), capture_output=True, text=True, timeout=APP_TIMEOUT_S * 5)
    if done.returncode != 0:
        raise ChildFailedError(f"ui_next_task exited with code {done.returncode}: {last_line(done.stderr)}")
    times = json.loads(done.stdout.strip().splitlines()[-1])
    note = (f"{s.tasks} tasks cached, {s.iterations} submits through WorkScreen.submit() plus the event "
            f"processing that lays out and paints the next task (offscreen, 1366x768, {kind.replace('_', ' ')})")
    base_name = "core only: Workspace.submit + next_task, same process, same cache"
    prefix = "next_task_shown" if kind == "data_entry" else f"next_task_shown_{kind}"
    return [
        Figure(f"{prefix}_p{q}_ms", percentile(times["ui"], q) * 1000, "ms",
               percentile(times["core"], q) * 1000, target, base_name, note)
        for q, target in ((50, "none (p95 is the target)"), (95, "value <= 16 ms"))
    ]


def import_raw(db_path: Path, batch_row: tuple[Any, ...], rows: list[tuple[str, str, str]]) -> float:
    """Seconds to insert the batch row and ``rows`` into a fresh database with the store's schema."""
    conn = connect_raw(db_path)
    try:
        for script in MIGRATIONS:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO batches (batch_id, project_id, project_name, kind, template, task_count,"
                     " imported_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch_row)
        conn.executemany("INSERT INTO tasks (batch_id, task_id, body) VALUES (?, ?, ?)", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def bench_import(s: Settings, tmp: Path) -> list[Figure]:
    """Importing a big bundle through the workspace vs raw executemany of the same rows."""
    batch_id = "bench-import"
    doc = batch_document(s.tasks, batch_id)
    bundle = write_bundle(tmp / f"{batch_id}.zip", doc, {})
    rows = [(batch_id, t["id"], _dumps(t)) for t in doc["tasks"]]
    batch_row = (batch_id, "bench", "Benchmark project", "data_entry", _dumps(doc["template"]), len(rows),
                 "2026-01-01T00:00:00Z", f"bundle:{bundle.name}")
    app_times: list[float] = []
    raw_times: list[float] = []
    for i in range(s.imports):
        with Workspace.open(tmp / f"app-{i}") as ws:  # opening (and creating) is not timed
            start = time.perf_counter()
            ws.import_bundle(bundle)
            app_times.append(time.perf_counter() - start)
        raw_times.append(import_raw(tmp / f"raw-{i}" / "raw.sqlite3", batch_row, rows))
        log(f"import {i + 1}/{s.imports}: workspace {app_times[-1]:.2f} s, raw {raw_times[-1]:.2f} s")
    note = f"{s.tasks} tasks; median of {s.imports}; bundle read, checked and inserted vs rows prepared in advance"
    return [Figure("import_100k_s", statistics.median(app_times), "s", statistics.median(raw_times), "ratio <= 1.5",
                   "raw sqlite3 executemany, same schema and pragmas, one transaction", note)]


BENCHMARKS: dict[str, tuple[Callable[[Settings, Path], list[Figure]], tuple[str, ...]]] = {
    "cold_start": (bench_cold_start, ("cold_start_ms",)),
    "next_task": (bench_next_task, ("next_task_p50_ms", "next_task_p95_ms")),
    "next_task_shown": (bench_next_task_shown, ("next_task_shown_p50_ms", "next_task_shown_p95_ms")),
    "next_task_shown_translation": (lambda s, tmp: bench_next_task_shown(s, tmp, "translation"),
                                    ("next_task_shown_translation_p50_ms", "next_task_shown_translation_p95_ms")),
    "next_task_shown_boxes": (lambda s, tmp: bench_next_task_shown(s, tmp, "boxes"),
                              ("next_task_shown_boxes_p50_ms", "next_task_shown_boxes_p95_ms")),
    "next_task_shown_captioning": (lambda s, tmp: bench_next_task_shown(s, tmp, "captioning"),
                                   ("next_task_shown_captioning_p50_ms", "next_task_shown_captioning_p95_ms")),
    "media": (lambda s, tmp: media_bench.bench_media(tmp, s == QUICK), media_bench.METRICS),
    "import": (bench_import, ("import_100k_s",)),
    "peak_rss": (bench_peak_rss, ("peak_rss_mb",)),
    "language_start": (bench_language_start, ("cold_start_urdu_ms", "peak_rss_urdu_mb")),
    "sync_push": (lambda s, tmp: sync_bench.bench_push(tmp, quick=s == QUICK),
                  sync_bench.PUSH_METRICS),
    "sync_pull_cut": (lambda s, tmp: sync_bench.bench_pull_cut(tmp, quick=s == QUICK),
                      sync_bench.PULL_METRICS),
    "relay": (lambda s, tmp: relay_bench.bench_relay(tmp, quick=s == QUICK), relay_bench.METRICS),
    "relay_new_batch": (lambda s, tmp: relay_bench.bench_new_batch(tmp, quick=s == QUICK),
                        relay_bench.NEW_BATCH_METRICS),
    "usb_outbox": (lambda s, tmp: usb_bench.bench_outbox(tmp, quick=s == QUICK), usb_bench.OUTBOX_METRICS),
    "usb_lab": (lambda s, tmp: usb_bench.bench_lab_file(tmp, quick=s == QUICK), usb_bench.LAB_METRICS),
    "score_transcript": (lambda s, tmp: quality_bench.bench_scoring(s == QUICK), quality_bench.SCORE_METRICS),
    "gold_next_task": (lambda s, tmp: quality_bench.bench_gold_next_task(tmp, s == QUICK), quality_bench.GOLD_METRICS),
    "deliver": (lambda s, tmp: delivery_bench.bench_deliver(tmp, s == QUICK), delivery_bench.METRICS),
    "deliver_overlap": (lambda s, tmp: delivery_bench.bench_deliver(tmp, s == QUICK, overlap=2),
                        delivery_bench.OVERLAP_METRICS),
    "org": (lambda s, tmp: org_bench.bench_org(tmp, s == QUICK, os.environ.get("LABHUB_BENCH_POSTGRES")),
            org_bench.METRICS),
    "installer": (lambda s, tmp: [Figure(r["metric"], r["value"], r["unit"], r["baseline"], r["target"],
                                         r["baseline_name"], r["note"]) for r in installer_bench.measure(s == QUICK)],
                  installer_bench.METRICS),
}


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks; returns the exit code."""
    parser = argparse.ArgumentParser(description="LabClient benchmarks: one JSON line per metric on stdout.")
    parser.add_argument("--quick", action="store_true", help="minute-scale run: fewer tasks and repetitions")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run one benchmark: {', '.join(BENCHMARKS)}")
    parser.add_argument("--tmpdir", type=Path, default=None, help="where the temporary folders go")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    failed = False
    for name in [args.only] if args.only else list(BENCHMARKS):
        run, metrics = BENCHMARKS[name]
        log(f"{name} ({'quick' if args.quick else 'full'})")
        try:
            with tempfile.TemporaryDirectory(prefix=f"labclient-bench-{name}-", dir=args.tmpdir,
                                             ignore_cleanup_errors=True) as tmp:
                figures = run(settings, Path(tmp))
        except Exception as exc:
            failed = True
            error = str(exc) if isinstance(exc, ChildFailedError) else f"{type(exc).__name__}: {exc}"
            log(f"{name} failed: {error}")
            for metric in metrics:
                emit_error(metric, error)
            continue
        for figure in figures:
            emit(figure)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
