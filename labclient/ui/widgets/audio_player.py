"""The clip player of transcription and captioning: play/pause, rewind-on-resume, skip, speed and
loop by keyboard, for a sound clip or a video clip (whose picture goes to :attr:`AudioPlayer.video`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from labclient.media import looks_playable
from labclient.ui.names import named
from labclient.ui.widgets.video_screen import VideoScreen
from labclient.ui.widgets.waveform import Waveform

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
# Keys the screens already use (Qt's portable text): a player key may not take one of them.
RESERVED_KEYS = frozenset({
    "Return", "Enter", "Ctrl+Return", "Ctrl+Enter", "Tab", "Backtab", "Space", "Backspace", "Del",
    "Ctrl+Shift+S", "Ctrl+Shift+B", "Ctrl+L", "Ctrl+Q", "Ctrl+J", "Ctrl+P", "Ctrl+I", "Ctrl+Z",
    "Ctrl+Shift+T", "Ctrl+Shift+P", "Ctrl+Shift+W", "Ctrl+Shift+A", "Ctrl+Shift+Backspace",
    "F1", "F4", "F5", "F7", "F8", "F9", *(f"Alt+{n}" for n in range(1, 10)),
})
PLAYING_ACTIVITY_MS = 5_000  # while a clip plays, ``activity`` is emitted at most this often


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudioPlayer(QWidget):
    """Plays one clip. Keys: Esc play/pause, F2/F3 skip back/forward, F7/F8 slower/faster, F9 loop.

    Resuming after a pause steps back ``rewind_s`` seconds, so the worker hears the last words
    again. Emits ``failed(reason)`` when the clip cannot be decoded (or a video clip has no
    picture), and ``activity`` on each player action and every few seconds while the clip plays
    (for active-time tracking).

    A video clip's picture is shown on :attr:`video`, which the task view places in its own
    layout (the player shows it for a video clip and hides it for a sound clip).
    """

    failed = Signal(str)
    activity = Signal()
    keys_chosen = Signal(dict)  # the worker chose keys in the dialog: {action: key}, to be kept for her

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        if hasattr(self.player, "setPitchCompensation"):  # Qt 6.10+: slower speech keeps its voice
            self.player.setPitchCompensation(True)
        self.skip_s = 5.0
        self._paused_once = False
        self._video = False
        self.video = VideoScreen(self)
        self.video.hide()
        self.player.setVideoSink(self.video.sink)
        self.video.clicked.connect(self.toggle)
        self.video.too_large.connect(self._picture_too_large)
        self._since_activity = QElapsedTimer()

        self.play_button = named(QPushButton(self), "audioPlay", self.tr("Play or pause"))
        self.back_button = named(QPushButton(self), "audioBack", self.tr("Skip back"))
        self.forward_button = named(QPushButton(self), "audioForward", self.tr("Skip forward"))
        self.position = named(QSlider(Qt.Orientation.Horizontal, self), "audioPosition", self.tr("Position in clip"))
        self.time_label = QLabel(self)
        self.speed_label = QLabel(self)
        self.loop_button = named(QPushButton(self.tr("Loop (F9)"), self), "audioLoop", self.tr("Loop the clip"))
        self.loop_button.setCheckable(True)
        self.rewind = named(QDoubleSpinBox(self), "audioRewind", self.tr("Rewind on resume, seconds"))
        self.rewind.setRange(0.0, 10.0)
        self.rewind.setSingleStep(0.5)
        self.rewind.setSuffix(self.tr(" s"))
        self.rewind.setToolTip(self.tr("How far playback steps back when you resume after a pause"))
        rewind_label = QLabel(self.tr("Rewind on resume:"), self)
        rewind_label.setBuddy(self.rewind)
        self.keys = {"play_pause": "Esc", "back": "F2", "forward": "F3"}  # the worker may choose others
        self.keys_button = named(QPushButton(self.tr("Keys…"), self), "audioKeys",
                                 self.tr("Choose the player's keys (a foot pedal)"))
        self.keys_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keys_button.clicked.connect(self.choose_keys)

        # No sound output (an unplugged headset, no sound card): the clip would play in silence and
        # only the terminal would say why; the worker sees it here.
        self.no_sound = QLabel(self)
        self.no_sound.setObjectName("noSoundOutput")
        self.no_sound.setWordWrap(True)
        self.no_sound.setStyleSheet("background: #fff4e5; color: #663c00; padding: 4px; border-radius: 4px;")
        self.no_sound.setText(self.tr("No sound output: plug in the headset, or check that the sound is on. The "
                                      "clip plays, but you will not hear it."))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button):
            row.addWidget(widget)
        row.addWidget(self.position, 1)
        for extra in (self.time_label, self.speed_label, self.loop_button, rewind_label, self.rewind,
                      self.keys_button):
            row.addWidget(extra)
        self.waveform = Waveform(self)  # where speech is and where the play position is; a click seeks
        # Media controls and timelines keep their left-to-right order in a right-to-left language,
        # as platform guidelines advise: back is left of play, and time runs to the right.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.waveform.seek.connect(self._seek_from_waveform)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.waveform)
        column.addWidget(self.no_sound)
        self.devices = QMediaDevices(self)
        self.devices.audioOutputsChanged.connect(self._outputs_changed)
        self._outputs_changed()

        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.skip(-self.skip_s))
        self.forward_button.clicked.connect(lambda: self.skip(self.skip_s))
        self.loop_button.toggled.connect(self._set_loop)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.errorOccurred.connect(self._error)
        self.player.mediaStatusChanged.connect(self._status_changed)

        self.shortcuts = [
            QShortcut(QKeySequence(self.keys["play_pause"]), self, self.toggle),
            QShortcut(QKeySequence(self.keys["back"]), self, lambda: self.skip(-self.skip_s)),
            QShortcut(QKeySequence(self.keys["forward"]), self, lambda: self.skip(self.skip_s)),
            QShortcut(QKeySequence(Qt.Key.Key_F7), self, lambda: self.change_speed(-1)),
            QShortcut(QKeySequence(Qt.Key.Key_F8), self, lambda: self.change_speed(+1)),
            QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.loop_button.toggle),
        ]
        self.set_keys(self.keys)
        self._show_speed()

    def load(self, path: Path, *, rewind_s: float, skip_s: float, video: bool = False) -> None:
        """Load a clip, at its start and not playing; a ``video`` clip shows its first picture on
        :attr:`video`. Decoding errors arrive through ``failed``, as do a missing file and one
        that does not begin as a known audio or video container (never given to the decoder)."""
        self.rewind.setValue(rewind_s)
        self.skip_s = skip_s
        self._paused_once = False
        self._video = video
        self.video.clear()
        self.video.setVisible(video)
        self.back_button.setToolTip(self.tr("Skip back {0} s ({1})").format(f"{skip_s:g}", self._key("back")))
        self.forward_button.setToolTip(self.tr("Skip forward {0} s ({1})").format(f"{skip_s:g}",
                                                                                  self._key("forward")))
        if not path.exists() or not looks_playable(path):
            # Bytes of no known container never reach the decoder (FFmpeg guessing has crashed).
            self.player.setSource(QUrl())
            self.waveform.clear()
            self.failed.emit(self.tr("the file is missing") if not path.exists()
                             else self.tr("the clip cannot be decoded"))
            return
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        if video:
            self.player.pause()  # paused, not stopped: the first picture is decoded and shown
        self.waveform.load(path)

    def stop(self) -> None:
        """Stop playback and release the clip.

        Clearing the source stops the player. QMediaPlayer.stop() itself is not called: with the
        FFmpeg backend of Qt 6.11 and 6.12, stop() right after pause() deadlocks about every
        second time.
        """
        self.player.setSource(QUrl())
        self.waveform.clear()
        self.video.clear()

    def _seek_from_waveform(self, ms: int) -> None:
        self.activity.emit()
        self.player.setPosition(ms)

    def toggle(self) -> None:
        """Pause if playing; otherwise play, first stepping back ``rewind`` seconds after a pause."""
        self.activity.emit()
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self._paused_once = True
            return
        if self._paused_once:
            self.player.setPosition(max(0, self.player.position() - int(self.rewind.value() * 1000)))
        self.player.play()

    def time_stamp(self) -> str:
        """The play position as a transcript time stamp (:func:`time_stamp_text`)."""
        return time_stamp_text(self.player.position())

    def skip(self, seconds: float) -> None:
        """Move the play position by ``seconds`` (negative: back), within the clip."""
        self.activity.emit()
        duration = self.player.duration()
        target = self.player.position() + int(seconds * 1000)
        self.player.setPosition(max(0, min(target, duration) if duration > 0 else max(0, target)))

    def change_speed(self, steps: int) -> None:
        """Step the playback speed through 0.5x … 2x."""
        self.activity.emit()
        rate = self.player.playbackRate()
        index = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - rate))
        self.player.setPlaybackRate(SPEEDS[max(0, min(len(SPEEDS) - 1, index + steps))])
        self._show_speed()

    def _set_loop(self, on: bool) -> None:
        self.player.setLoops(QMediaPlayer.Loops.Infinite if on else 1)

    def _show_speed(self) -> None:
        self.speed_label.setText(self.tr("Speed {0}× (F7/F8)").format(f"{self.player.playbackRate():.2f}"))

    def _duration_changed(self, duration: int) -> None:
        self.position.setRange(0, max(0, duration))
        self._position_changed(self.player.position())

    def _position_changed(self, position: int) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState and (
                not self._since_activity.isValid() or self._since_activity.elapsed() >= PLAYING_ACTIVITY_MS):
            self._since_activity.start()
            self.activity.emit()  # listening is work
        if not self.position.isSliderDown():
            self.position.setValue(position)
        self.waveform.set_position(position)
        self.time_label.setText(f"{_clock(position)} / {_clock(self.player.duration())}")

    def set_keys(self, keys: dict[str, str]) -> None:
        """Use ``keys`` ({play_pause, back, forward: key in Qt's portable text}) for the player."""
        self.keys = dict(keys)
        for shortcut, action in zip(self.shortcuts, ("play_pause", "back", "forward"), strict=False):
            shortcut.setKey(QKeySequence(self.keys[action]))
        self.back_button.setText(self.tr("◀◀ Back ({0})").format(self._key("back")))
        self.forward_button.setText(self.tr("Forward ({0}) ▶▶").format(self._key("forward")))
        self._state_changed()

    def _key(self, action: str) -> str:
        """The key of ``action`` as the worker reads it (in her language's words for keys)."""
        return QKeySequence(self.keys[action]).toString(QKeySequence.SequenceFormat.NativeText)

    def choose_keys(self) -> QDialog:
        """The dialog to give play/pause, back and forward keys of her own (a foot pedal that
        types keys, or keys she prefers); ``keys_chosen`` when she saves (non-modal ``open()``)."""
        dialog = QDialog(self)
        dialog.setObjectName("playerKeysDialog")
        dialog.setWindowTitle(self.tr("Player keys"))
        form = QFormLayout(dialog)
        form.addRow(QLabel(self.tr("Press the key (or the pedal) for each action. A foot pedal that presents "
                                   "itself as a keyboard works like any key."), dialog))
        edits = {}
        for action, label in (("play_pause", self.tr("&Play and pause:")), ("back", self.tr("Skip &back:")),
                              ("forward", self.tr("Skip &forward:"))):
            edit = named(QKeySequenceEdit(QKeySequence(self.keys[action]), dialog), f"key_{action}", label.strip(":"))
            edit.setMaximumSequenceLength(1)
            form.addRow(label, edit)
            edits[action] = edit
        problem = QLabel(dialog)
        problem.setObjectName("playerKeysProblem")
        problem.setWordWrap(True)
        form.addRow(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        form.addRow(buttons)

        def save() -> None:
            chosen = {a: e.keySequence().toString(QKeySequence.SequenceFormat.PortableText) for a, e in edits.items()}
            taken = [k for k in chosen.values() if k in RESERVED_KEYS
                     or (len(k) == 1 or (k.startswith("Shift+") and len(k) == 7))]  # a plain key types text
            if any(not k for k in chosen.values()):
                problem.setText(self.tr("Each action needs a key."))
            elif len(set(chosen.values())) < len(chosen):
                problem.setText(self.tr("Give each action a key of its own."))
            elif taken:
                problem.setText(self.tr("{0} is taken: LabClient uses it, or it types text. Choose another key.")
                                .format(taken[0]))
            else:
                self.set_keys(chosen)
                self.keys_chosen.emit(chosen)
                dialog.accept()

        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _outputs_changed(self) -> None:
        """A headset plugged in or out: play on the default output, and say when there is none."""
        outputs = QMediaDevices.audioOutputs()
        if outputs:
            self.output.setDevice(QMediaDevices.defaultAudioOutput())
        self.no_sound.setVisible(not outputs)

    def _state_changed(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        key = self._key("play_pause")
        pause, play = self.tr("❚❚ Pause ({0})").format(key), self.tr("▶ Play ({0})").format(key)
        self.play_button.setText(pause if playing else play)
        # as wide as the wider of its two texts: the seek bar beside it does not move on each press
        metrics = self.play_button.fontMetrics()
        self.play_button.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in (pause, play)) + 24)

    def _picture_too_large(self, width: int, height: int) -> None:
        # Stop decoding pictures nobody will see, once the frame's signal has returned.
        QTimer.singleShot(0, lambda: self.player.setSource(QUrl()))
        self.failed.emit(self.tr("the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160")
                         .format(width, height))

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if (self._video and status == QMediaPlayer.MediaStatus.LoadedMedia and not self.player.hasVideo()
                and self.player.error() == QMediaPlayer.Error.NoError):
            self.failed.emit(self.tr("the file has no picture: it is not a video"))

    def _error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            # Release the clip once the signal has returned, as a too-large picture is: it will not
            # play, and clearing it later, while the window closes, once crashed the FFmpeg backend.
            QTimer.singleShot(0, lambda: self.player.setSource(QUrl()))
            self.failed.emit(text or self.tr("the clip cannot be decoded"))


def time_stamp_text(ms: int) -> str:
    """A play position as a transcript time stamp: ``[01:23]``, or ``[1:02:03]`` past an hour."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"[{hours}:{rest // 60:02d}:{rest % 60:02d}]" if hours else f"[{rest // 60:02d}:{rest % 60:02d}]"
