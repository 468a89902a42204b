"""``labclient --self-test``: does this installation work? Headless, for the admin who installs it.

Checks, in order, each reported on its own line as ``ok``, ``warning`` or ``FAILED``:

- the store: a throw-away data folder opens and passes SQLite's full integrity check;
- the demo bundles: every bundle in ``resources/demo`` (or ``$LABCLIENT_SELFTEST_DEMO_DIR``)
  imports, and together they hold tasks of every kind (audio, video and document transcription,
  tagging, data entry, translation, audio and video captioning);
- Qt: the application starts (offscreen unless ``QT_QPA_PLATFORM`` says otherwise), the desktop
  platform plugin and the system libraries it needs load (xcb on Linux), JPEG and WebP images
  can be read, and Qt's own translations load for the installer's languages;
- each task kind renders: the first task of each is shown in its view at 1280x720 and painted,
  and a view with an image really shows the image;
- audio: a demo clip (or ``$LABCLIENT_SELFTEST_AUDIO``) is decoded to the end through Qt
  Multimedia's ``QAudioDecoder`` (no sound device needed);
- video: a demo video (or ``$LABCLIENT_SELFTEST_VIDEO``) plays through ``QMediaPlayer`` until
  a few of its pictures have been decoded (no sound device or GPU needed);
- scoring and field patterns: a gold transcript is scored (jiwer) and a pattern that would
  backtrack for hours in Python's ``re`` is answered at once (RE2);
- the keyring: the backends the keyring package knows (its entry-point metadata must be there)
  and the one it would use. No usable keyring is a *warning*, not a failure: a workstation
  without one enrols with ``--credential-store file`` (docs/INSTALL.md).

The exit code is 0 when nothing failed (warnings allowed), 1 otherwise. Qt is imported only
inside the functions that need it: importing this module stays cheap and Qt-free.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from labclient import __version__
from labclient.errors import LabClientError
from labclient.media import looks_playable
from labclient.paths import resources_dir

#: A folder of bundles to import instead of the shipped demo bundles.
DEMO_DIR_ENV = "LABCLIENT_SELFTEST_DEMO_DIR"
#: An audio file to decode instead of the first demo clip.
AUDIO_ENV = "LABCLIENT_SELFTEST_AUDIO"
#: A video file to play instead of the first demo video.
VIDEO_ENV = "LABCLIENT_SELFTEST_VIDEO"
#: How many pictures of the video must be shown for the video check to pass.
VIDEO_FRAMES = 6
#: The languages whose Qt translations (qtbase) the installer carries (installer/freeze.py takes
#: them from here).
QT_LANGUAGES = ("ar", "es", "fa", "fr", "pt_BR")
#: Image formats batches may carry (docs/batch-format.md); PNG is built into Qt, the others are plugins.
IMAGE_FORMATS = ("png", "jpeg", "webp")
#: How long decoding one clip may take before the check gives up.
DECODE_TIMEOUT_S = 30.0
#: The task kinds (and their templates' sources) the demo must hold, as they are reported.
KIND_LABELS = {
    ("transcription", "audio"): "audio transcription",
    ("transcription", "image"): "document transcription",
    ("transcription", "video"): "video transcription",
    ("tagging", None): "tagging",
    ("data_entry", None): "data entry",
    ("translation", None): "translation",
    ("captioning", "audio"): "captioning",
    ("captioning", "video"): "video captioning",
}

Status = Literal["ok", "warning", "FAILED"]
#: How long the report waits for a check that runs beside the others (the relay search takes
#: about 2 s, waiting for the network, and gives up after 3).
BESIDE_WAIT_S = 30.0


@dataclass(frozen=True)
class Outcome:
    """What one check found."""

    check: str
    status: Status
    detail: str


class CheckFailed(Exception):
    """A check found something wrong; the message says what, for the admin."""


@dataclass
class Report:
    """The outcomes so far, printed as they come."""

    out: TextIO
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        print(f"  {outcome.status:<8} {outcome.check}: {outcome.detail}", file=self.out, flush=True)

    def run(self, check: str, body: Callable[[], str | tuple[Status, str]]) -> bool:
        """Run one check: ``body`` returns its detail (ok) or (status, detail), or raises
        CheckFailed (or any error: a failure too, named with its type). True unless it failed."""
        try:
            result = body()
        except CheckFailed as exc:
            self.add(Outcome(check, "FAILED", str(exc)))
            return False
        except Exception as exc:  # the self-test reports every failure and goes on
            self.add(Outcome(check, "FAILED", f"{type(exc).__name__}: {exc}"))
            return False
        status, detail = result if isinstance(result, tuple) else ("ok", result)
        self.add(Outcome(check, status, detail))
        return status != "FAILED"

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "FAILED"]


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check, print the report on ``out`` (stdout) and, when something failed, a
    summary on ``err`` (stderr). Returns the exit code: 0 when no check failed, 1 otherwise."""
    out = out or sys.stdout
    err = err or sys.stderr
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = "frozen installation" if getattr(sys, "frozen", False) else "from source"
    print(f"LabClient {__version__} self-test ({frozen}, {sys.executable}; Python {sys.version.split()[0]})",
          file=out, flush=True)
    report = Report(out)
    with tempfile.TemporaryDirectory(prefix="labclient-selftest-") as tmp:
        _run_checks(report, Path(tmp))
    failed = report.failed
    warnings = sum(o.status == "warning" for o in report.outcomes)
    if failed:
        print(f"Self-test FAILED: {len(failed)} of {len(report.outcomes)} checks failed.", file=out, flush=True)
        names = ", ".join(o.check for o in failed)
        print(f"labclient: self-test failed: {names}", file=err, flush=True)
        return 1
    note = f" ({warnings} warning{'s' if warnings != 1 else ''})" if warnings else ""
    print(f"Self-test passed: {len(report.outcomes)} checks{note}.", file=out, flush=True)
    return 0


def _run_checks(report: Report, tmp: Path) -> None:
    from labclient.workspace import Workspace

    data_dir = tmp / "data"
    if not report.run("store", lambda: _check_store(data_dir)):
        return
    relay_search = _beside(_check_relay_search)  # it waits on the network while Qt works
    with Workspace.open(data_dir) as ws:
        tasks: dict[str, Any] = {}
        report.run("demo bundles", lambda: _import_demo(ws, tasks))
        with _qt_application() as app:
            if report.run("Qt", lambda: _describe_qt(app)):
                report.run("platform plugin", _check_platform_plugin)
                report.run("image formats", _check_image_formats)
                report.run("Qt translations", _check_translations)
                for label in KIND_LABELS.values():
                    report.run(f"render {label}", _bind(_render, ws, tasks.get(label)))
                report.run("audio", lambda: _decode_audio(tasks))
                report.run("video", lambda: _play_video(tasks))
    report.run("scoring", _check_scoring)
    report.run("field patterns", _check_patterns)
    report.run("relay search", relay_search)
    report.run("keyring", _check_keyring)


def _beside(check: Callable[[], tuple[Status, str]]) -> Callable[[], tuple[Status, str]]:
    """Start ``check`` on a thread of its own now; the callable returned waits for what it found
    (at most BESIDE_WAIT_S, then TimeoutError: a failure in the report) or raises what it raised."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="self-test")
    future = pool.submit(check)
    pool.shutdown(wait=False)
    return lambda: future.result(timeout=BESIDE_WAIT_S)


def _check_scoring() -> str:
    """Gold transcripts are scored (jiwer and its rapidfuzz are in this installation)."""
    from labclient.quality.transcription import score_transcription

    scored = score_transcription({"text": "the cat sat on a mat"}, {"text": "The cat sat on the mat."}, ())
    if scored.wer is None or abs(scored.wer - 1 / 6) > 1e-9 or [w.op for w in scored.words].count("substitute") != 1:
        raise AssertionError(f"a transcript with one wrong word of six scored {scored.wer!r}")
    return "a transcript with one wrong word of six: WER 0.17"


def _check_patterns() -> str:
    """Batch field patterns are matched by RE2 (google-re2 is in this installation)."""
    from labclient.tasks.patterns import full_match

    started = time.perf_counter()
    if full_match(r"(a+)+$", "a" * 10_000 + "!") or not full_match(r"\+?[0-9 ]{7,16}", "+254 700 000000"):
        raise AssertionError("field patterns match the wrong texts")
    return f"a backtracking pattern answered in {(time.perf_counter() - started) * 1000:.0f} ms"


def _check_relay_search() -> tuple[Status, str]:
    """The lab relay is found on the network (zeroconf is in this installation): a relay announced
    on this computer's loopback is found. A computer whose loopback carries no multicast gets a
    warning: the admin then types the relay's address."""
    from labclient.relay.discovery import RelaySearchError, announce, find_relays

    hub = "http://selftest.invalid"
    try:
        relay = announce(9, ["127.0.0.1"], hub, "self-test", interfaces=["127.0.0.1"], probe=False)
        try:
            found = find_relays(hub, "self-test", wait_s=3.0, interfaces=["127.0.0.1"])
        finally:
            relay.close()
    except RelaySearchError as exc:
        return "warning", f"the network cannot be searched here ({exc.message}); type the relay's address"
    if found != ["http://127.0.0.1:9"]:
        return "warning", "a relay announced on this computer was not found; type the relay's address"
    return "ok", "a relay announced on this computer was found"


def _bind(check: Callable[[Any, Any], str], ws: Any, task: Any) -> Callable[[], str]:
    return lambda: check(ws, task)


def _check_store(data_dir: Path) -> str:
    from labclient.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        rows = ws.store.integrity_check()
    if rows != ["ok"]:
        raise CheckFailed(f"a new database fails the integrity check: {rows[:3]}")
    return f"a throw-away database opened and passed the integrity check ({data_dir.parent})"


def _import_demo(ws: Any, tasks: dict[str, Any]) -> str:
    """Import the demo bundles; fill ``tasks`` with the first task of each kind, by its label."""
    given = os.environ.get(DEMO_DIR_ENV)
    folder = Path(given) if given else resources_dir() / "demo"
    bundles = sorted(folder.glob("*.zip"))
    if not bundles:
        raise CheckFailed(f"no demo bundles (*.zip) in {folder}")
    imported = 0
    for bundle in bundles:
        try:
            report = ws.import_bundle(bundle)
        except LabClientError as exc:
            raise CheckFailed(f"{bundle.name} does not import: {exc.message}") from None
        imported += report.tasks_added
    for batch in ws.batches():
        row = ws.store.read().execute("SELECT MIN(id) FROM tasks WHERE batch_id = ?", (batch.batch_id,)).fetchone()
        task = ws.task(row[0])
        source = task.template.params.get("source")
        tasks.setdefault(KIND_LABELS.get((task.kind, source), task.kind), task)
    missing = [label for label in KIND_LABELS.values() if label not in tasks]
    if missing:
        raise CheckFailed(f"{len(bundles)} bundles imported from {folder}, but none has {', '.join(missing)} tasks")
    return f"{len(bundles)} bundles, {imported} tasks imported from {folder}: {', '.join(sorted(tasks))}"


@contextmanager
def _qt_application() -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication

    from labclient.ui.app import application

    app = application(sys.argv[:1])
    try:
        yield app
    finally:
        app.processEvents()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        app.processEvents()


def _describe_qt(app: Any) -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()} (PySide6 {PySide6.__version__}), platform {app.platformName()}"


def _check_platform_plugin() -> str:
    """Load the desktop platform plugin (not only the offscreen one in use): this is where missing
    system libraries (libxcb-cursor0 and friends on Linux) show up."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if sys.platform.startswith("win"):
        name = "qwindows.dll"
    elif sys.platform == "darwin":
        name = "libqcocoa.dylib"
    else:
        name = "libqxcb.so"
    path = plugins / name
    if not path.exists():
        raise CheckFailed(f"{name} is missing from {plugins}")
    loader = QPluginLoader(str(path))
    if not loader.load():
        raise CheckFailed(f"{name} does not load: {loader.errorString()}")
    loader.unload()
    return f"{name} loads (the desktop's window system)"


def _check_image_formats() -> str:
    from PySide6.QtGui import QImageReader

    supported = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in supported]
    if missing:
        raise CheckFailed(f"cannot read {', '.join(missing)} images (image format plugins missing)")
    return ", ".join(IMAGE_FORMATS)


def _check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = [lang for lang in QT_LANGUAGES if not QTranslator().load(f"qtbase_{lang}", folder)]
    if missing:
        raise CheckFailed(f"Qt's translations for {', '.join(missing)} are missing from {folder}")
    return f"qtbase for {', '.join(QT_LANGUAGES)}"


def _render(ws: Any, task: Any) -> str:
    """Show ``task`` in its kind's view at 1280x720, paint it, and look at the pixels."""
    from PySide6.QtWidgets import QApplication

    from labclient.ui.task_views import view_for_kind

    if task is None:
        raise CheckFailed("no task of this kind to show (the demo bundles did not import)")
    view = view_for_kind(task.kind)
    problems: list[str] = []
    view.media_failed.connect(problems.append)
    try:
        view.resize(1280, 720)
        view.load(task, ws.empty_result(task))
        view.set_active(True)
        view.show()
        QApplication.processEvents()
        image = view.grab().toImage()
        if image.isNull() or image.width() < 1280 or image.height() < 720:
            raise CheckFailed(f"the view painted nothing for task {task.task_id}")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
        if len(colours) < 3:
            raise CheckFailed(f"the view of task {task.task_id} painted a blank area")
        shows_image = task.media is not None and task.media.is_image
        image_view = getattr(view, "image", None)
        if shows_image and (image_view is None or not image_view.has_image()):
            raise CheckFailed(f"the image of task {task.task_id} is not shown ({'; '.join(problems) or 'no reason'})")
        if problems and task.media is not None:
            raise CheckFailed(f"task {task.task_id}: {'; '.join(problems)}")
        media = f", with its {'image' if shows_image else 'clip'}" if task.media is not None else ""
        return f"task {task.task_id} painted at {image.width()}x{image.height()}{media}"
    finally:
        view.set_active(False)
        view.stop()
        view.close()
        view.deleteLater()
        QApplication.processEvents()


def _clip(tasks: dict[str, Any], env: str, label: str, what: str) -> tuple[Path, str]:
    """The file a media check uses: ``$env`` if set, else the first demo task of ``label``; and
    how the report names it. CheckFailed when there is none or the file is missing."""
    given = os.environ.get(env)
    if given:
        path, name = Path(given), Path(given).name
    else:
        task = tasks.get(label)
        if task is None or task.media is None:
            raise CheckFailed(f"no demo {label} task to check (the demo bundles did not import)")
        path, name = task.media.path, f"the {what} of task {task.task_id}"
    if not path.is_file():
        raise CheckFailed(f"the {what} {path} is missing")
    return path, name


def _wait(loop: Any, done: Callable[[], bool]) -> None:
    """Run ``loop`` (a QEventLoop its signals quit) unless ``done()`` already, for at most
    :data:`DECODE_TIMEOUT_S`."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(DECODE_TIMEOUT_S * 1000))
    if not done():
        loop.exec()
    timer.stop()


def _decode_audio(tasks: dict[str, Any]) -> str:
    """Decode one clip to its end through QAudioDecoder (Qt Multimedia's FFmpeg backend)."""
    from PySide6.QtCore import QEventLoop, QUrl
    from PySide6.QtMultimedia import QAudioDecoder

    path, name = _clip(tasks, AUDIO_ENV, "audio transcription", "clip")
    if not looks_playable(path):  # as the app: such bytes never reach the decoder
        raise CheckFailed(f"{name} cannot be decoded: it does not begin as an audio or video file LabClient knows")
    decoder = QAudioDecoder()
    if not decoder.isSupported():
        raise CheckFailed("Qt Multimedia has no working backend here (its FFmpeg plugin did not load)")
    loop = QEventLoop()
    state: dict[str, Any] = {"buffers": 0, "frames": 0, "rate": 0, "channels": 0, "error": None, "done": False}

    def take() -> None:
        buffer = decoder.read()
        if buffer.isValid():
            state["buffers"] += 1
            state["frames"] += buffer.frameCount()
            state["rate"] = buffer.format().sampleRate()
            state["channels"] = buffer.format().channelCount()

    def failed(_error: QAudioDecoder.Error) -> None:
        state["error"] = decoder.errorString() or "unknown error"
        loop.quit()

    def finished() -> None:
        state["done"] = True
        loop.quit()

    decoder.bufferReady.connect(take)
    decoder.finished.connect(finished)
    decoder.error.connect(failed)
    started = time.monotonic()
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    _wait(loop, lambda: bool(state["done"] or state["error"]))
    decoder.stop()
    if state["error"]:
        raise CheckFailed(f"{name} cannot be decoded: {state['error']}")
    if not state["done"]:
        raise CheckFailed(f"decoding {name} did not finish within {DECODE_TIMEOUT_S:.0f} s")
    if not state["frames"] or not state["rate"]:
        raise CheckFailed(f"{name} decoded to no sound")
    seconds = state["frames"] / state["rate"]
    return (f"{name} decoded through Qt Multimedia: {seconds:.1f} s of sound, {state['rate']} Hz, "
            f"{state['channels']} channel(s), in {time.monotonic() - started:.2f} s")


def _play_video(tasks: dict[str, Any]) -> str:
    """Play a video clip through QMediaPlayer until :data:`VIDEO_FRAMES` pictures have been decoded
    (Qt Multimedia's FFmpeg backend: demuxing, H.264 decoding, conversion to an image)."""
    from PySide6.QtCore import QEventLoop, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    path, name = _clip(tasks, VIDEO_ENV, "video transcription", "video")
    if not looks_playable(path):  # as the app: such bytes never reach the decoder
        raise CheckFailed(f"{name} cannot be played: it does not begin as an audio or video file LabClient knows")
    player, sink, loop = QMediaPlayer(), QVideoSink(), QEventLoop()
    player.setVideoSink(sink)  # no sound output: the check needs no sound device
    state: dict[str, Any] = {"frames": 0, "size": None, "error": None, "ended": False}

    def frame(picture: QVideoFrame) -> None:
        if picture.isValid() and not picture.toImage().isNull():
            state["frames"] += 1
            state["size"] = picture.size()
            if state["frames"] >= VIDEO_FRAMES:
                loop.quit()

    def error(_error: QMediaPlayer.Error, text: str) -> None:
        state["error"] = text or "unknown error"
        loop.quit()

    def status(now: QMediaPlayer.MediaStatus) -> None:
        if now in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            state["ended"] = True
            loop.quit()
        elif now == QMediaPlayer.MediaStatus.LoadedMedia and not player.hasVideo():
            # sound only: with no sound output it would never end, and no picture would come
            state["error"] = "it holds no video track"
            loop.quit()

    sink.videoFrameChanged.connect(frame)
    player.errorOccurred.connect(error)
    player.mediaStatusChanged.connect(status)
    started = time.monotonic()
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    _wait(loop, lambda: False)
    player.setSource(QUrl())  # not stop(): see AudioPlayer.stop
    if state["error"]:
        raise CheckFailed(f"{name} cannot be played: {state['error']}")
    if state["frames"] < VIDEO_FRAMES:
        why = "it ended" if state["ended"] else f"within {DECODE_TIMEOUT_S:.0f} s"
        raise CheckFailed(f"{name} showed {state['frames']} pictures before {why}")
    size = state["size"]
    return (f"{name} played through Qt Multimedia: {state['frames']} pictures of {size.width()}x{size.height()} "
            f"in {time.monotonic() - started:.2f} s")


def _check_keyring() -> tuple[Status, str]:
    """The keyring backends the package can find, and whether the one it picks is usable."""
    from importlib.metadata import entry_points

    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    names = sorted({ep.name for ep in entry_points(group="keyring.backends")})
    if not names:
        raise CheckFailed("the keyring package finds no backends (its metadata is missing from this installation)")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__.removeprefix('keyring.backends.')}.{type(backend).__name__}"
    known = f"backends known: {', '.join(names)}"
    unusable = isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring))
    if not unusable:
        try:
            backend.get_password("LabClient self-test", "probe")
        except Exception as exc:  # backends raise their own error types
            return "warning", (f"{name} is chosen but cannot be read ({type(exc).__name__}); {known}. Enrol with "
                               "--credential-store file (docs/INSTALL.md)")
        return "ok", f"{name} is usable; {known}"
    return "warning", (f"no usable keyring on this computer ({name}: no Secret Service or other keyring is running); "
                       f"{known}. Enrol with --credential-store file (docs/INSTALL.md)")
