"""Transcription: an audio clip (player) above a text editor, or a video clip (player, picture) or
a document image (viewer) beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from labclient.tasks import Issue
from labclient.ui.names import named
from labclient.ui.task_views.base import TaskView, error_label, set_error
from labclient.ui.widgets.audio_player import AudioPlayer
from labclient.ui.widgets.image_view import ImageView
from labclient.workspace import Task


class TranscriptionView(TaskView):
    """Type what the clip says or the document shows. Alt+1…9 type the project's tokens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptionView")
        self.player = AudioPlayer(self)
        self.image = ImageView("transcriptionImage", self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.editor = named(QPlainTextEdit(self), "transcriptEditor", self.tr("Transcript"))
        self.editor.setPlaceholderText(self.tr("Type what you hear or read…"))
        self.editor.setTabChangesFocus(True)  # a transcript never wants a tab character; Tab goes to the scan
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.editor.setFont(font)
        editor_label = QLabel(self.tr("&Transcript"), self)
        editor_label.setBuddy(self.editor)
        self.counter = QLabel(self)
        self.counter.setObjectName("transcriptCounter")
        self.issues = error_label(self, "transcriptIssues")
        self.tokens_row = QHBoxLayout()
        self._token_buttons: list[QPushButton] = []
        self._max_chars = 5000
        self._audio = True   # a clip (sound or video): the player and its keys
        self._source = ""
        self._laid_out = False
        self.tokens: list[str] = []

        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.prompt)
        header = QHBoxLayout()
        header.addWidget(editor_label)
        header.addStretch(1)
        header.addWidget(self.counter)
        editor_layout.addLayout(header)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addLayout(self.tokens_row)
        editor_layout.addWidget(self.issues)

        QWidget.setTabOrder(self.editor, self.image)  # from the transcript, Tab reaches the scan (arrows pan it)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.image)
        self.splitter.addWidget(self.player.video)
        self.splitter.addWidget(editor_box)
        for pane, stretch in enumerate((3, 3, 2)):
            self.splitter.setStretchFactor(pane, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.player)
        layout.addWidget(self.splitter, 1)

        self.editor.textChanged.connect(self._text_changed)
        self.player.failed.connect(self.media_failed)
        self.player.activity.connect(self.activity)
        self.image.failed.connect(self.media_failed)
        self._token_shortcuts = [
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.insert_token(n - 1)) for n in range(1, 10)
        ]
        QShortcut(QKeySequence("Ctrl+J"), self, self.insert_time_stamp)  # as oTranscribe does

    def load(self, task: Task, content: dict[str, Any]) -> None:
        params = task.template.params
        source = params["source"]
        audio, video = source in ("audio", "video"), source == "video"
        if source != self._source or not self._laid_out:
            # The splitter sized itself while one pane was hidden; give the document or the video
            # the larger share whenever the source kind changes (the worker may then drag the handle).
            self._laid_out = True
            self.splitter.setSizes([0, 0, 1] if not video and audio else
                                   [0, 3000, 2000] if video else [3000, 0, 2000])
        self._audio, self._source = audio, source
        self._max_chars = params["max_chars"]
        self.player.setVisible(audio)
        self.image.setVisible(not audio)
        self.splitter.setOrientation(Qt.Orientation.Horizontal if video or not audio else Qt.Orientation.Vertical)
        prompt = task.body.get("prompt", "")
        self.editor.setPlaceholderText(self.tr("Type what you hear…") if audio else self.tr("Type what you read…"))
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt))
        self._set_tokens(params["tokens"])
        set_error(self.issues, [])
        self.editor.blockSignals(True)
        self.editor.setPlainText(str(content.get("text", "")))
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._update_counter()
        if audio and task.media is not None:
            self.player.load(task.media.path, rewind_s=params["rewind_on_resume_s"], skip_s=params["skip_s"],
                             video=video)
        elif task.media is not None:
            self.player.stop()
            self.player.video.hide()
            self.image.load(task.media.path)

    def _set_tokens(self, tokens: list[str]) -> None:
        for button in self._token_buttons:
            self.tokens_row.removeWidget(button)
            button.deleteLater()
        self._token_buttons = []
        for i, token in enumerate(tokens):
            button = named(QPushButton(f"Alt+{i + 1}  {token}", self), f"token{i + 1}",
                           self.tr("Insert {0}").format(token))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=i: self.insert_token(i))
            self.tokens_row.addWidget(button)
            button.show()
            self._token_buttons.append(button)
        self.tokens = list(tokens)

    def insert_token(self, index: int) -> None:
        """Type token ``index`` (0-based) at the cursor, with a space after it."""
        if 0 <= index < len(self.tokens):
            self.editor.insertPlainText(self.tokens[index] + " ")
            self.editor.setFocus()

    def insert_time_stamp(self) -> None:
        """Ctrl+J on an audio task: type the play position, ``[01:23] ``, at the cursor."""
        if self._audio:
            self.editor.insertPlainText(self.player.time_stamp() + " ")
            self.editor.setFocus()

    def content(self) -> dict[str, Any]:
        return {"text": self.editor.toPlainText()}

    def show_issues(self, issues: list[Issue]) -> None:
        set_error(self.issues, issues)
        self.editor.setFocus()

    def focus_first(self) -> None:
        self.editor.setFocus()

    def shortcut_help(self) -> str:
        if self._audio:
            return self.tr("Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · "
                           "Alt+1…9 tokens")
        return self.tr("Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · "
                       "Alt+1…9 tokens")

    def stop(self) -> None:
        self.player.stop()

    def _text_changed(self) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        n = len(self.editor.toPlainText())
        self.counter.setText(self.tr("{0} / {1} characters").format(n, self._max_chars))
