"""Generate the demo batch bundles (docs/batch-format.md) into resources/demo/.

    python scripts/make_demo_bundles.py [--out resources/demo] [--only translation ...]

Makes demo-transcription-audio.zip (speech clips spoken by espeak-ng, Ogg Vorbis via sox),
demo-transcription-document.zip (scanned-looking receipts, letters, notes and forms), demo-tagging.zip
(pictures of simple drawn objects), demo-boxes.zip (boxes around such objects), demo-data-entry.zip
(business listings to verify), demo-translation.zip (a mobile-money service's messages, English to
French), demo-captioning.zip (captions for the audio batch's clips), and two video batches made from
the same speech with a drawn speaker (scripts/demo_video.py, MP4 with H.264/AAC):
demo-transcription-video.zip and demo-captioning-video.zip. Then it re-reads each bundle and checks
its media hashes, sizes and references. The output is deterministic (fixed seeds, fixed zip
timestamps, sorted entries, single-threaded bit-exact encoding): two runs on one machine give
byte-identical zips.

Every batch is `labclient-batch/1.1` (docs/quality.md): its first two tasks are training tasks, whose
explanation teaches one of the project's rules, and one production task in ten is a gold task; the
template's `quality` block sets the pass mark. Gold answers come from what the script drew or had spoken
(the audio's gold is the very text espeak-ng spoke), so they are right by construction.
Needs PySide6; the audio batch needs the `espeak-ng` and `sox` commands (sox with Ogg Vorbis
support), the video batches FFmpeg (`pip install -e '.[demo-media]'`); no network.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import wave
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

import labclient.bundle_writer
from labclient.batch import FORMAT_GOLD, open_bundle
from labclient.quality import score_result
from labclient.quality.gold import gold_of

SEED = 20261124
CREATED_AT = "2026-11-24T08:00:00Z"
PROJECT = {"id": "demo", "name": "Demo project"}
REPO_ROOT = Path(__file__).resolve().parent.parent
# The captioning and video batches reuse this batch's speech.
AUDIO_ZIP = REPO_ROOT / "resources" / "demo" / "demo-transcription-audio.zip"
TRAINING_TASKS = 2  # at the start of every batch: a newcomer gets feedback on her first tasks
GOLD_EVERY, GOLD_AT = 10, 4  # the 5th, 15th, 25th ... production task is a gold task


def is_gold_slot(index: int) -> bool:
    """Whether the production task at ``index`` (0-based, training not counted) is a gold task."""
    return index % GOLD_EVERY == GOLD_AT


def gold(answer: dict[str, Any], explanation: str, *, training: bool = False) -> dict[str, Any]:
    """The task fields that make a task a gold task (or, with ``training``, a training task)."""
    return {"gold": {"answer": answer, "explanation": explanation}, **({"training": True} if training else {})}


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@dataclass
class Bundle:
    """A batch document under construction plus the media files it references."""

    batch_id: str
    template: dict[str, Any]
    media: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)  # sha256 -> (path, mime, bytes)
    tasks: list[dict[str, Any]] = field(default_factory=list)

    def add_media(self, path: str, mime: str, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if sha in self.media:
            raise ValueError(f"{self.batch_id}: {path} has the same bytes as {self.media[sha][0]}")
        self.media[sha] = (path, mime, data)
        return sha

    def add_task(self, **fields: Any) -> None:
        self.tasks.append({"id": f"t-{len(self.tasks) + 1:04d}", **fields})

    def document(self) -> dict[str, Any]:
        media = [{"sha256": sha, "path": path, "mime": mime, "bytes": len(data)}
                 for sha, (path, mime, data) in sorted(self.media.items(), key=lambda item: item[1][0])]
        return {"format": FORMAT_GOLD, "batch_id": self.batch_id, "project": PROJECT,
                "created_at": CREATED_AT, "template": self.template, "media": media, "tasks": self.tasks}


def write_bundle(bundle: Bundle, out_dir: Path) -> Path:
    """Write the bundle as a reproducible zip with LabClient's own bundle writer."""
    doc = bundle.document()
    media = {path: data for path, _, data in bundle.media.values()}
    return labclient.bundle_writer.write_bundle(out_dir / f"{bundle.batch_id}.zip", doc, media)


def verify_bundle(path: Path) -> str:
    """Check a written bundle exactly as an import does (without importing), and that its training tasks
    come first and each gold answer scores 1 against itself; return its task counts."""
    with open_bundle(path) as opened:
        batch = opened.batch
        for entry in batch.media:
            digest = hashlib.sha256(b"".join(opened.media_chunks(entry))).hexdigest()
            if digest != entry.sha256:
                raise RuntimeError(f"{path}: {entry.path} does not match its sha256")
        purposes = [None if (stored := gold_of(task)) is None else stored["purpose"] for task in batch.tasks]
        if purposes[:TRAINING_TASKS] != ["training"] * TRAINING_TASKS or "training" in purposes[TRAINING_TASKS:]:
            raise RuntimeError(f"{path}: the first {TRAINING_TASKS} tasks, and only they, must be training tasks")
        for task in batch.tasks:
            stored = gold_of(task)
            if stored is not None and score_result(batch.template, stored, stored["answer"]).score != 1.0:
                raise RuntimeError(f"{path}: the gold answer of {task['id']} does not score 1 against itself")
        return (f"{len(batch.tasks)} tasks ({purposes.count('training')} training, {purposes.count('gold')} gold, "
                f"pass mark {batch.template['quality']['threshold']})")


# --- captions -------------------------------------------------------------------------------------------

FRAME_MS = 20


def clip_levels(data: bytes, work: Path) -> list[int]:
    """The peak of each 20 ms of a clip, decoded by Qt (the FFmpeg the app plays it with)."""
    from array import array

    from PySide6.QtCore import QEventLoop, QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    path = work / "clip.ogg"
    path.write_bytes(data)
    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    wanted.setChannelCount(1)
    wanted.setSampleRate(8000)
    decoder.setAudioFormat(wanted)
    samples = array("h")
    loop = QEventLoop()
    decoder.bufferReady.connect(lambda: samples.extend(array("h", bytes(decoder.read().constData()))))
    decoder.finished.connect(loop.quit)
    decoder.error.connect(lambda *_: loop.quit())
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    loop.exec()
    per = 8000 * FRAME_MS // 1000
    return [max((abs(x) for x in samples[i:i + per]), default=0) for i in range(0, len(samples), per)]


def caption_lines(text: str, width: int = 42) -> str:
    """``text`` in at most two lines of at most ``width`` characters, broken near the middle."""
    if len(text) <= width:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def speech_captions(text: str, levels: list[int]) -> list[dict[str, Any]]:
    """The captions of one spoken sentence: from the first to the last 20 ms above a tenth of the
    loudest, one caption in at most two lines."""
    loud = max(levels) or 1
    spoken = [i for i, level in enumerate(levels) if level > loud / 10]
    start, end = spoken[0] * FRAME_MS, (spoken[-1] + 1) * FRAME_MS
    return [{"start_ms": start, "end_ms": end, "text": caption_lines(text)}]


def caption_gold(number: int, text: str, levels: list[int]) -> dict[str, Any]:
    """The gold fields of clip ``number`` (1-based) of a captioning batch: its sentence as one
    caption over the speech, for the training clips and the gold slots; {} for the others."""
    training = number <= TRAINING_TASKS
    if not training and not is_gold_slot(number - 1 - TRAINING_TASKS):
        return {}
    return gold({"segments": speech_captions(text, levels)},
                f"One caption for the sentence, from the first word to the last: “{text}”", training=training)


def make_captioning_bundle() -> Bundle:
    """Captions for the audio batch's clips (their bytes read from its bundle in resources/demo)."""
    bundle = Bundle("demo-captioning", {
        "kind": "captioning", "version": 1, "title": "Caption short phone, interview and dictation clips",
        "instructions": (
            "# Caption the clip\n\nMake one caption for each sentence you hear, timed to the speech: it "
            "appears when the speaker starts and goes when the speaker stops.\n\n"
            "- **Ctrl+Shift+N** adds a caption at the play position; **Ctrl+[** and **Ctrl+]** set its start "
            "and end at the play position; **Alt+arrows** move its start (with Shift, its end) by 0.1 s.\n"
            "- At most two lines of 42 characters; break the line where you would pause.\n"
            "- Numbers as words, as in the transcription project.\n"
            "- A caption lasts at least 0.7 s and at most 7 s, and is read at no more than 20 characters a "
            "second."),
        "params": {"source": "audio", "max_line_chars": 42, "max_lines": 2, "min_duration_ms": 700,
                   "max_duration_ms": 7000, "max_cps": 20, "timing_tolerance_ms": 1000},
        # Words as in transcription, times within a second: one word wrong of ten and a quarter of a
        # second off still pass (0.9 x 0.75).
        "quality": {"threshold": 0.65},
    })
    with zipfile.ZipFile(AUDIO_ZIP) as zf, tempfile.TemporaryDirectory() as tmp:
        for number, (context, text, _voice, _speed, _pitch) in enumerate(audio_script(), start=1):
            data = zf.read(f"media/audio/clip-{number:02d}.ogg")
            levels = clip_levels(data, Path(tmp))
            extra = caption_gold(number, text, levels)
            sha = bundle.add_media(f"media/audio/clip-{number:02d}.ogg", "audio/ogg", data)
            bundle.add_task(media=sha, duration_ms=len(levels) * FRAME_MS, prompt=f"{context} recording", **extra)
    return bundle


# --- video ----------------------------------------------------------------------------------------------

_VIDEO_CLIPS: list[tuple[int, str, str, bytes, list[int]]] = []


def video_clips() -> list[tuple[int, str, str, bytes, list[int]]]:
    """Each clip of the audio batch as an MP4 video of a drawn speaker (scripts/demo_video.py):
    (number, context, text, video bytes, loudness per 20 ms). Made once for both video batches,
    which share the files (the installer's archive then carries their bytes once)."""
    import demo_video  # beside this script

    if _VIDEO_CLIPS:
        return _VIDEO_CLIPS
    rng = random.Random(SEED + 7)
    with zipfile.ZipFile(AUDIO_ZIP) as zf, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for number, (context, text, _voice, _speed, _pitch) in enumerate(audio_script(), start=1):
            speech = zf.read(f"media/audio/clip-{number:02d}.ogg")
            levels = clip_levels(speech, work)  # writes work/clip.ogg
            look = (rng.randrange(len(demo_video.SKIN)), rng.randrange(len(demo_video.HAIR)),
                    rng.randrange(len(demo_video.SHIRTS)))
            data = demo_video.encode_video(work / "clip.ogg", levels, container="mp4", context=context,
                                           title=f"{context} · clip {number}", look=look, out=work / "clip.mp4")
            _VIDEO_CLIPS.append((number, context, text, data, levels))
    return _VIDEO_CLIPS


def make_video_bundle() -> Bundle:
    """Transcription of the audio batch's speech as short MP4 videos (H.264/AAC)."""
    bundle = Bundle("demo-transcription-video", {
        "kind": "transcription", "version": 1, "title": "Transcribe short video recordings",
        "instructions": (
            "# Transcribe the video\n\nPlay the whole clip, then **type exactly what the speaker says**, word "
            "for word, in normal sentence case with ordinary punctuation. The picture helps you see who speaks; "
            "the words on screen are not part of the transcript.\n\n"
            "- Write numbers as words, the way they are spoken.\n"
            "- Use `[inaudible]` for words you cannot make out and `[noise]` for a loud background sound.\n"
            "- If the video does not play, flag the task instead of guessing."),
        "params": {"source": "video", "tokens": ["[inaudible]", "[noise]"], "rewind_on_resume_s": 2,
                   "skip_s": 5, "max_chars": 2000, "allow_empty": False},
        "quality": {"threshold": 0.8},
    })
    for number, context, text, data, _levels in video_clips():
        extra = speech_gold(number, text)
        sha = bundle.add_media(f"media/video/clip-{number:02d}.mp4", "video/mp4", data)
        bundle.add_task(media=sha, prompt=f"{context} video", **extra)
    return bundle


def make_video_captioning_bundle() -> Bundle:
    """Captions for the video batch's clips, shown on the picture as viewers will see them."""
    bundle = Bundle("demo-captioning-video", {
        "kind": "captioning", "version": 1, "title": "Caption short video recordings",
        "instructions": (
            "# Caption the video\n\nMake one caption for each sentence, timed to the speech: it appears when "
            "the speaker starts and goes when the speaker stops. The caption under the play position is shown "
            "on the picture, as viewers will see it.\n\n"
            "- **Ctrl+Shift+N** adds a caption at the play position; **Ctrl+[** and **Ctrl+]** set its start "
            "and end at the play position; **Alt+arrows** move its start (with Shift, its end) by 0.1 s.\n"
            "- At most two lines of 42 characters; numbers as words.\n"
            "- A caption lasts at least 0.7 s and at most 7 s, and is read at no more than 20 characters a "
            "second."),
        "params": {"source": "video", "max_line_chars": 42, "max_lines": 2, "min_duration_ms": 700,
                   "max_duration_ms": 7000, "max_cps": 20, "timing_tolerance_ms": 1000},
        "quality": {"threshold": 0.65},
    })
    for number, context, text, data, levels in video_clips():
        extra = caption_gold(number, text, levels)
        sha = bundle.add_media(f"media/video/clip-{number:02d}.mp4", "video/mp4", data)
        bundle.add_task(media=sha, duration_ms=len(levels) * FRAME_MS, prompt=f"{context} video", **extra)
    return bundle


# --- images -----------------------------------------------------------------------------------------------


def png_bytes(image: QImage, palette: list[QColor]) -> bytes:
    """Map the image onto a fixed palette (nearest colour, no dithering) and encode it as an 8-bit PNG."""
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, [colour.rgb() for colour in palette],
                                    Qt.ImageConversionFlag.ThresholdDither)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(0)  # for PNG: the strongest compression
    if not writer.write(indexed):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    return bytes(data.data())


def blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(*(round(x + (y - x) * t) for x, y in
                    ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))))


def ramp(dark: QColor, light: QColor, steps: int) -> list[QColor]:
    return [blend(dark, light, i / (steps - 1)) for i in range(steps)]


INK, PAPER, BED, BLUE_INK = QColor(28, 28, 36), QColor(247, 243, 232), QColor(120, 120, 116), QColor(30, 55, 150)
DOC_PALETTE = ramp(INK, PAPER, 16)
FORM_PALETTE = ramp(INK, PAPER, 12) + ramp(BLUE_INK, PAPER, 8)[:-1]


def scanned_page(paper: QRectF, rng: random.Random) -> tuple[QImage, QPainter]:
    """Start an 800x500 scan: a grey scanner bed under a slightly rotated sheet of off-white paper.

    Returns the image and a painter whose coordinates follow the sheet; the caller ends the painter.
    """
    image = QImage(800, 500, QImage.Format.Format_RGB32)
    image.fill(BED)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(paper.center())
    painter.rotate(rng.uniform(-1.3, 1.3))
    painter.translate(-paper.center())
    painter.fillRect(paper, PAPER)
    painter.setPen(INK)
    return image, painter


def draw_lines(painter: QPainter, lines: list[str], left: float, top: float, font: QFont, spacing: float) -> float:
    """Draw text lines top-down; return the baseline of the last one."""
    painter.setFont(font)
    step = QFontMetrics(font).height() * spacing
    for line in lines:
        top += step
        painter.drawText(QPointF(left, top), line)
    return top


def draw_signature(painter: QPainter, x: float, y: float, rng: random.Random, colour: QColor = INK) -> None:
    path = QPainterPath(QPointF(x, y))
    for _ in range(rng.randint(4, 6)):
        x += rng.uniform(18, 34)
        path.cubicTo(QPointF(x - 20, y - rng.uniform(10, 28)), QPointF(x - 6, y + rng.uniform(6, 18)),
                     QPointF(x, y + rng.uniform(-6, 6)))
    painter.setPen(QPen(colour, 2))
    painter.drawPath(path)


# --- places -----------------------------------------------------------------------------------------------


class City(NamedTuple):
    phone_prefix: str
    phone_groups: tuple[int, ...]
    money: tuple[str, int, int]  # currency, cheapest and dearest shop item
    streets: list[str]
    people: list[str]


CITIES = {
    "Nairobi": City("+254 7", (2, 3, 3), ("KES", 40, 900), ["Moi Avenue", "Kimathi Street", "Ngong Road",
                    "Biashara Street", "Tom Mboya Street"], ["Wanjiku", "Otieno", "Kamau", "Achieng", "Mwangi"]),
    "Gulu": City("+256 77", (1, 6), ("UGX", 1000, 20000), ["Awich Road", "Gulu Avenue", "Acholi Road",
                 "Coronation Road"], ["Akello", "Okello", "Lamaro", "Ojok", "Atim"]),
    "Kampala": City("+256 70", (1, 6), ("UGX", 1000, 20000), ["Kampala Road", "Luwum Street", "Bombo Road",
                    "Jinja Road"], ["Nakato", "Ssemanda", "Mukasa", "Nabirye", "Kiggundu"]),
    "Port-au-Prince": City("+509 3", (3, 4), ("HTG", 50, 1500), ["Rue Capois", "Avenue John Brown",
                           "Rue Pavée", "Delmas 33"], ["Marie", "Jean-Baptiste", "Pierre-Louis", "Desrosiers"]),
    "Lahore": City("+92 42 3", (3, 4), ("PKR", 100, 2000), ["Mall Road", "Ferozepur Road", "MM Alam Road",
                   "Anarkali Bazaar"], ["Butt", "Malik", "Rehman", "Qureshi", "Ayesha"]),
    "Phnom Penh": City("+855 1", (1, 3, 3), ("USD", 1, 12), ["Norodom Boulevard", "Street 240",
                       "Monivong Boulevard", "Sihanouk Boulevard"], ["Sokha", "Dara", "Sreymom", "Vannak"]),
}
BUSINESS_NAMES = {"Restaurant": "{}'s Kitchen", "Shop": "{} General Store", "Pharmacy": "{} Pharmacy",
                  "Salon": "{} Beauty Salon", "Garage": "{} Auto Garage", "School": "{} Junior Academy",
                  "Clinic": "{} Medical Clinic", "Other": "{} Printing Services"}
CATEGORIES = list(BUSINESS_NAMES)
MAIN_BRANCH = "(Main branch)"  # what a listing may show after a business name
ITEMS = ["Sugar 1kg", "Cooking oil 1L", "Rice 2kg", "Bar soap", "Exercise book", "Matches", "Tea leaves",
         "Batteries AA", "Bread", "Milk 500ml", "Salt", "Paraffin 1L"]


def phone_number(city: City, rng: random.Random) -> str:
    return city.phone_prefix + " ".join("".join(str(rng.randint(0, 9)) for _ in range(n)) for n in city.phone_groups)


def random_date(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


# --- audio ------------------------------------------------------------------------------------------------

AUDIO_LINES = {
    "Call centre": [
        "Thank you for calling, my name is Grace. How can I help you today?",
        "Could you please confirm your account number for me?",
        "I'm sorry, the line is very bad. Could you repeat that?",
        "Your parcel was sent on Monday and should arrive on Thursday.",
        "I will transfer you to the billing department now, please hold.",
        "The reference number is four seven two, nine one eight.", "Is there anything else I can help you with today?",
        "We have refunded twenty five dollars to your card.", "Please restart the router and wait two minutes.",
        "The technician can visit on Friday between nine and twelve.",
        "Hello, I'm calling about the job advertisement in the newspaper."],
    "Interview": [
        "So tell me, how long have you been farming in this area?", "We moved to Gulu in two thousand and eight.",
        "Most of the year we grow maize, beans and some cassava.", "The nearest clinic is about an hour away on foot.",
        "My daughter helps me with the shop after school.", "Prices went up a lot last year, especially cooking oil.",
        "We usually sell at the market on Tuesdays and Saturdays.",
        "Honestly, I think the new road has helped business.",
        "Sometimes the electricity goes off for two or three days.", "Can you say a little more about that?"],
    "Dictation": [
        "Memo to all staff. The office will close early on Friday.", "Full stop. Invoices are due within thirty days.",
        "Patient reports a mild headache for three days, no fever.",
        "Sample number fourteen was stored at four degrees.",
        "New paragraph. Please order twelve boxes of printer paper.",
        "Remind me to call the supplier before noon tomorrow.",
        "Meeting minutes. The budget was approved by everyone.", "The delivery to Kampala is delayed until next week.",
        "Blood pressure one twenty over eighty, pulse seventy two.",
        "Dear Mr Okello, thank you for your letter of the fifth of March.",
        "Action item: Sarah will update the price list by Wednesday."],
}
VOICES = ["en-us", "en-gb", "en+f3", "en-us+m3", "en-gb-scotland", "en+f4", "en-029", "en+f2"]
# The two training clips, first in the batch, and what each teaches.
AUDIO_TRAINING = {
    "Sample number fourteen was stored at four degrees.": (
        "**Numbers are typed as words.** The speaker says:\n\n"
        "> Sample number fourteen was stored at four degrees.\n\n"
        "Type numbers the way they are spoken: *fourteen*, not *14*; *four degrees*, not *4°*.\n\n"
        "If a word is drowned out or too unclear to make out, type `[inaudible]` in its place (Alt+1) instead of "
        "guessing. The score leaves `[inaudible]` out, so a word you marked costs no more than a wrong guess, "
        "and whoever checks the work knows where to listen again."),
    "Full stop. Invoices are due within thirty days.": (
        "**Dictated commands are words too.** The speaker dictates:\n\n"
        "> Full stop. Invoices are due within thirty days.\n\n"
        "*Full stop* is said aloud, so you type the words you hear, not a \".\"; the same goes for *new "
        "paragraph*. *Thirty* stays a word.\n\n"
        "Capitals and punctuation do not change your score, the words do: listen to the end of the clip "
        "before you submit."),
}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "twenty", "thirty", "seventy", "eighty", "hundred", "thousand"}


def audio_explanation(text: str) -> str:
    """The feedback of a gold clip: what was said, and the rules it touches."""
    words = [word.strip(".,?:!") for word in text.split()]
    numbers = list(dict.fromkeys(word for word in words if word.lower() in NUMBER_WORDS))
    lines = ["The speaker says:", "", f"> {text}", ""]
    if numbers:
        lines.append(f"- Numbers are typed as words, as they are spoken: {join_words([f'*{n}*' for n in numbers])}.")
    lines += ["- Every word counts; capitals and punctuation do not change the score.",
              "- A word you cannot make out is typed as `[inaudible]` (Alt+1), never guessed."]
    return "\n".join(lines)


def require_audio_tools() -> None:
    """Exit with a clear message when espeak-ng or sox (able to write Ogg Vorbis) is missing."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"error: `{tool}` is not installed or not on PATH; it is needed for the audio demo "
                     "(Debian/Ubuntu: apt-get install espeak-ng sox libsox-fmt-all).")
    help_text = subprocess.run(["sox", "--help"], capture_output=True, text=True).stdout
    formats = next((line.split() for line in help_text.splitlines() if line.startswith("AUDIO FILE FORMATS:")), [])
    if "vorbis" not in formats:
        sys.exit("error: this `sox` cannot write Ogg Vorbis (Debian/Ubuntu: apt-get install libsox-fmt-all).")


def speak_clip(text: str, voice: str, speed: int, pitch: int, work: Path) -> bytes:
    """Speak text with espeak-ng and return it as mono 16 kHz Ogg Vorbis lasting 2 to 6 seconds."""
    wav, ogg = work / "clip.wav", work / "clip.ogg"
    while True:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(wav), text], check=True)
        with wave.open(str(wav), "rb") as clip:
            seconds = clip.getnframes() / clip.getframerate()
        if seconds <= 5.3 or speed >= 260:
            break
        speed += 15  # too long for a clip: speak faster
    tail = max(0.3, 2.2 - seconds)  # pad short clips so that each lasts at least 2 s
    if not 2.0 <= 0.3 + seconds + tail <= 6.0:
        raise RuntimeError(f"the clip {text!r} lasts {seconds:.1f} s even at speed {speed}")
    # -R (repeatable): otherwise sox gives each Ogg stream a random serial number.
    subprocess.run(["sox", "-R", str(wav), "-r", "16000", "-c", "1", "-C", "0", str(ogg), "pad", "0.3", f"{tail:.2f}"],
                   check=True)
    return ogg.read_bytes()


def audio_script() -> list[tuple[str, str, str, int, int]]:
    """Each clip of the audio batch in order: (context, text, voice, speed, pitch)."""
    rng = random.Random(SEED + 1)
    lines = [(context, text) for context, texts in AUDIO_LINES.items() for text in texts]
    rng.shuffle(lines)
    # Each line's voice, speed and pitch, drawn in the shuffled order; then the training lines go first.
    spoken = [(context, text, rng.choice(VOICES), rng.randint(135, 170), rng.randint(35, 65))
              for context, text in lines]
    spoken.sort(key=lambda clip: clip[1] not in AUDIO_TRAINING)  # a stable sort: the rest keep their order
    if [clip[1] for clip in spoken[:TRAINING_TASKS]] != list(AUDIO_TRAINING):
        raise RuntimeError("the training lines must be among AUDIO_LINES, in the shuffled order")
    return spoken


def speech_gold(number: int, text: str) -> dict[str, Any]:
    """The gold fields of clip ``number`` (1-based) of a transcription batch of the spoken lines:
    exactly what espeak-ng was asked to say, for the training clips and the gold slots."""
    answer = {"text": text}
    if number <= TRAINING_TASKS:
        return gold(answer, AUDIO_TRAINING[text], training=True)
    return gold(answer, audio_explanation(text)) if is_gold_slot(number - 1 - TRAINING_TASKS) else {}


def make_audio_bundle() -> Bundle:
    bundle = Bundle("demo-transcription-audio", {
        "kind": "transcription", "version": 1, "title": "Transcribe short phone, interview and dictation clips",
        "instructions": (
            "# Transcribe the clip\n\nListen to the whole clip, then **type exactly what you hear**, word for word, "
            "in normal sentence case with ordinary punctuation.\n\n"
            "- Do not fix grammar, and do not finish sentences the speaker did not finish.\n"
            "- Write numbers as words, the way they are spoken (\"twenty five\", not \"25\").\n"
            "- Dictated commands such as \"full stop\" or \"new paragraph\" are typed as the words you hear.\n"
            "- Use `[inaudible]` for words you cannot make out, `[crosstalk]` when people talk over each other, "
            "`[noise]` for a loud background sound and `[foreign]` for speech in another language. "
            "No other bracketed text is allowed.\n"
            "- If the clip is silent or broken, flag the task instead of guessing."),
        "params": {"source": "audio", "tokens": ["[inaudible]", "[crosstalk]", "[noise]", "[foreign]"],
                   "rewind_on_resume_s": 2, "skip_s": 5, "max_chars": 2000, "allow_empty": False},
        # Short clips in synthetic voices: one wrong word in a ten-word clip still passes, two in eight do not.
        "quality": {"threshold": 0.8},
    })
    with tempfile.TemporaryDirectory() as tmp:
        for number, (context, text, voice, speed, pitch) in enumerate(audio_script(), start=1):
            data = speak_clip(text, voice, speed, pitch, Path(tmp))
            sha = bundle.add_media(f"media/audio/clip-{number:02d}.ogg", "audio/ogg", data)
            extra = speech_gold(number, text)
            bundle.add_task(media=sha, prompt=f"{context} recording", **extra)
    return bundle


# --- documents --------------------------------------------------------------------------------------------

LETTER_BODIES = [
    "I am writing to confirm the order we discussed on the phone.",
    "Please find enclosed the receipt for the school fees of this term.",
    "We regret that the delivery of last week arrived two days late.",
    "Kindly send the signed contract back to our office by Friday.",
    "The committee has agreed to repair the borehole next month.",
    "Thank you for the samples; the quality is very good.",
    "Our new opening hours are 8 am to 6 pm, Monday to Saturday.",
]


def receipt_lines(rng: random.Random, name: str, city: City) -> list[str]:
    currency, low, high = city.money
    items = [(item, rng.randint(low, high)) for item in rng.sample(ITEMS, rng.randint(3, 4))]
    when = random_date(rng, date(2025, 1, 1), date(2026, 10, 31))
    return [BUSINESS_NAMES["Shop"].format(rng.choice(city.people)).upper(), f"{rng.choice(city.streets)}, {name}",
            f"{when:%d/%m/%Y}  {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}", "-" * 28,
            *(f"{item:<18}{price:>10,}" for item, price in items),
            "-" * 28, f"{'TOTAL ' + currency:<18}{sum(price for _, price in items):>10,}", "Thank you, come again!"]


def letter_lines(rng: random.Random, name: str, city: City) -> list[str]:
    when = random_date(rng, date(2024, 1, 1), date(2026, 10, 31))
    greeting = f"Dear {rng.choice(['Mr', 'Ms', 'Mrs'])} {rng.choice(city.people)},"
    return [f"{name}, {when.day} {when:%B %Y}", "", greeting,
            *rng.sample(LETTER_BODIES, 2), "", "Yours sincerely,"]


def delivery_lines(rng: random.Random, name: str, city: City) -> list[str]:
    when = random_date(rng, date(2025, 1, 1), date(2026, 10, 31))
    return [f"DELIVERY NOTE   No. DN-{rng.randint(1000, 9999)}", f"Date: {when:%d.%m.%Y}",
            f"From: {BUSINESS_NAMES['Shop'].format(rng.choice(city.people))}, {name}",
            f"To: {rng.choice(city.people)}, {rng.choice(city.streets)}", "Qty   Item",
            *(f"{rng.randint(1, 24):>3}   {item}" for item in rng.sample(ITEMS, 3)), "Received in good order by:"]


def stall_form_lines(rng: random.Random, name: str, city: City) -> list[str]:
    goods = rng.choice(["Vegetables", "Second-hand clothes", "Phone repair", "Dried fish", "Charcoal"])
    return ["APPLICATION FOR A MARKET STALL", "",
            f"Name of applicant:  {rng.choice(city.people)} {rng.choice(city.people)}",
            f"Market:  {name} Central Market", f"Stall number:  {rng.choice('ABCD')}-{rng.randint(1, 120)}",
            f"Goods sold:  {goods}", f"Phone:  {phone_number(city, rng)}", "Signature of applicant:"]


DOCUMENT_KINDS: list[tuple[str, Callable[[random.Random, str, City], list[str]], str, int]] = [
    ("receipt", receipt_lines, "DejaVu Sans Mono", 11),
    ("letter", letter_lines, "DejaVu Serif", 14),
    ("delivery-note", delivery_lines, "DejaVu Sans", 13),
    ("form", stall_form_lines, "DejaVu Sans", 13),
]


def document_transcript(kind: str, lines: list[str]) -> str:
    """The right transcript of a drawn document: its lines without the rows of dashes, one space between
    columns, and the tokens for the signature or the stamp where they stand."""
    text = [" ".join(line.split()) for line in lines if not line or line.strip("-")]
    if kind in ("letter", "form"):
        text.append("[signature]")
    if kind == "delivery-note":
        text[-1] += " [stamp]"  # the stamp sits beside the last line
    return "\n".join(text)


def document_explanation(kind: str, lines: list[str]) -> str:
    """The feedback of a gold or training document: the rules this kind of document shows best."""
    text = [" ".join(line.split()) for line in lines]
    if kind == "receipt":
        return ("**Type what is printed, line by line.**\n\n"
                f"- Capitals, numbers and punctuation stay as printed: `{text[0]}`, `{text[2]}`, `{text[-2]}`.\n"
                "- Leave out the rows of dashes: they are decoration, not text.\n"
                "- One space is enough between the columns; the score counts words, not spaces.")
    if kind == "letter":
        return ("**Blank lines and signatures.**\n\n"
                f"- Keep the blank lines the letter has: after `{text[0]}` and before *Yours sincerely,*.\n"
                "- The handwritten squiggle is a signature: type `[signature]` on its own line (Alt+2). Never try "
                "to read a name out of a signature.")
    if kind == "delivery-note":
        return ("**Stamps.**\n\n"
                "- The rubber stamp is typed as `[stamp]` (Alt+3), where it stands; the word on the stamp is not "
                "typed.\n"
                f"- Each item keeps its quantity on its line: `{text[5]}`.")
    return ("**Forms.**\n\n"
            f"- Each printed label stays on one line with its answer: `{text[2]}`.\n"
            "- The squiggle below *Signature of applicant:* is typed as `[signature]` (Alt+2).")


def render_document(kind: str, lines: list[str], font: QFont, rng: random.Random) -> bytes:
    """A scanned document: a narrow till receipt, or a letter-sized page with a signature or a stamp."""
    narrow = kind == "receipt"
    paper = QRectF(230, 8, 340, 484) if narrow else QRectF(18, 16, 764, 468)
    image, painter = scanned_page(paper, rng)
    left, spacing = paper.left() + (22 if narrow else 56), 1.35 if narrow else 1.5
    y = draw_lines(painter, lines, left, paper.top() + 12, font, spacing)
    if kind in ("letter", "form"):
        draw_signature(painter, paper.left() + (330 if kind == "form" else 70), y + 36, rng)
    if kind == "delivery-note":
        painter.translate(paper.right() - 190, y - 20)
        painter.rotate(-8)
        painter.setPen(QPen(blend(INK, PAPER, 0.45), 3))
        painter.drawRect(QRectF(0, 0, 150, 46))
        painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
        painter.drawText(QRectF(0, 0, 150, 46), Qt.AlignmentFlag.AlignCenter, "RECEIVED")
    painter.end()
    return png_bytes(image, DOC_PALETTE)


def make_document_bundle(count: int = 32) -> Bundle:
    rng = random.Random(SEED + 2)
    bundle = Bundle("demo-transcription-document", {
        "kind": "transcription", "version": 1, "title": "Type out scanned receipts, letters and notes",
        "instructions": (
            "# Transcribe the document\n\nType **all the text you can see**, top to bottom, one printed line per "
            "line of your transcript.\n\n"
            "- Keep spelling, capitals, numbers and punctuation exactly as printed, even when they look wrong.\n"
            "- Keep a blank line between paragraphs. Do not copy rows of dashes used as decoration.\n"
            "- Use `[illegible]` for a word you cannot read, `[signature]` where someone has signed and `[stamp]` "
            "for a rubber stamp (do not type the words on the stamp).\n"
            "- If the image is blank or not a document, flag the task."),
        "params": {"source": "image", "tokens": ["[illegible]", "[signature]", "[stamp]"], "max_chars": 4000},
        # Clean printed text: a careful typist gets nearly every word; four slips in forty still pass.
        "quality": {"threshold": 0.9},
    })
    for number in range(1, count + 1):  # the first two, training, are a receipt and a letter
        kind, make_lines, family, size = DOCUMENT_KINDS[(number - 1) % len(DOCUMENT_KINDS)]
        name = rng.choice(sorted(CITIES))
        lines = make_lines(rng, name, CITIES[name])
        data = render_document(kind, lines, QFont(family, size), rng)
        extra: dict[str, Any] = {}
        if number <= TRAINING_TASKS or is_gold_slot(number - 1 - TRAINING_TASKS):
            extra = gold({"text": document_transcript(kind, lines)}, document_explanation(kind, lines),
                         training=number <= TRAINING_TASKS)
        bundle.add_task(media=bundle.add_media(f"media/documents/{kind}-{number:02d}.png", "image/png", data),
                        **extra)
    return bundle


# --- tagging ----------------------------------------------------------------------------------------------

SHAPE_COLOURS = [QColor(215, 55, 45), QColor(45, 95, 200), QColor(240, 195, 35), QColor(240, 135, 35),
                 QColor(135, 75, 180), QColor(30, 155, 145)]
DARK, TRUNK, LEAVES = QColor(40, 40, 50), QColor(125, 80, 40), QColor(45, 130, 55)
WINDOW, ROOF, WHITE = QColor(185, 220, 240), QColor(150, 55, 40), QColor(250, 250, 245)
SKY, GRASS = QColor(200, 225, 245), QColor(175, 215, 140)
PLAIN_BACKGROUNDS = [QColor(240, 232, 205), QColor(226, 226, 232), QColor(215, 240, 226)]
FOREGROUNDS = [*SHAPE_COLOURS, DARK, TRUNK, LEAVES, WINDOW, ROOF, WHITE]
BACKGROUNDS = [SKY, GRASS, *PLAIN_BACKGROUNDS]
# Every flat colour plus two steps between each foreground and background, for smooth (antialiased) edges.
TAG_PALETTE = FOREGROUNDS + BACKGROUNDS + [blend(fg, bg, t) for fg in FOREGROUNDS for bg in BACKGROUNDS
                                           for t in (0.33, 0.67)]
TAG_LABELS = ["circle", "square", "triangle", "star", "person", "car", "tree", "house"]


def polygon(c: QPointF, s: float, points: list[tuple[float, float]]) -> QPolygonF:
    """A polygon from points given relative to centre c, in units of s."""
    return QPolygonF([QPointF(c.x() + x * s, c.y() + y * s) for x, y in points])


def draw_object(p: QPainter, label: str, box: QRectF, colour: QColor) -> None:
    """Draw one recognisable object of the given label inside box."""
    c, s = box.center(), min(box.width(), box.height()) / 2

    def at(dx: float, dy: float) -> QPointF:
        return QPointF(c.x() + dx * s, c.y() + dy * s)

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    if label == "circle":
        p.drawEllipse(c, s * 0.8, s * 0.8)
    elif label == "square":
        p.drawRect(QRectF(at(-0.75, -0.75), at(0.75, 0.75)))
    elif label == "triangle":
        p.drawPolygon(polygon(c, s, [(0, -0.85), (0.9, 0.7), (-0.9, 0.7)]))
    elif label == "star":
        p.drawPolygon(polygon(c, s, [(r * math.sin(i * math.pi / 5), -r * math.cos(i * math.pi / 5))
                                     for i in range(10) for r in [0.9 if i % 2 == 0 else 0.38]]))
    elif label == "person":
        p.setBrush(DARK)
        p.drawEllipse(at(0, -0.65), s * 0.2, s * 0.2)
        p.setPen(QPen(DARK, max(3.0, s * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for start, end in (((0, -0.42), (0, 0.25)), ((-0.4, -0.05), (0.4, -0.3)), ((0, 0.25), (-0.3, 0.85)),
                           ((0, 0.25), (0.3, 0.85))):
            p.drawLine(at(*start), at(*end))
    elif label == "car":
        p.drawRoundedRect(QRectF(at(-1, -0.15), at(1, 0.35)), 6, 6)
        p.drawPolygon(polygon(c, s, [(-0.55, -0.15), (-0.3, -0.5), (0.35, -0.5), (0.6, -0.15)]))
        p.setBrush(WINDOW)
        p.drawRect(QRectF(at(-0.3, -0.42), at(0.32, -0.18)))
        p.setBrush(DARK)
        for dx in (-0.55, 0.55):
            p.drawEllipse(at(dx, 0.38), s * 0.22, s * 0.22)
    elif label == "tree":
        p.setBrush(TRUNK)
        p.drawRect(QRectF(at(-0.12, 0), at(0.12, 0.9)))
        p.setBrush(LEAVES)
        for dx, dy, r in ((0, -0.45, 0.45), (-0.35, -0.1, 0.35), (0.35, -0.1, 0.35)):
            p.drawEllipse(at(dx, dy), s * r, s * r)
    elif label == "house":
        p.drawRect(QRectF(at(-0.65, -0.2), at(0.65, 0.8)))
        p.setBrush(ROOF)
        p.drawPolygon(polygon(c, s, [(-0.85, -0.2), (0, -0.9), (0.85, -0.2)]))
        p.setBrush(DARK)
        p.drawRect(QRectF(at(-0.15, 0.3), at(0.15, 0.8)))


def render_scene(labels: list[str], rng: random.Random) -> bytes:
    """A 480x360 picture with one object per label, each in its own cell of a 3x2 grid."""
    image = QImage(480, 360, QImage.Format.Format_RGB32)
    outdoor = rng.random() < 0.5
    image.fill(SKY if outdoor else rng.choice(PLAIN_BACKGROUNDS))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if outdoor:
        painter.fillRect(QRectF(0, 220, 480, 140), GRASS)
    cells = rng.sample([(col, row) for col in range(3) for row in range(2)], len(labels))
    for label, (col, row) in zip(labels, cells, strict=True):
        w, h = 160 * rng.uniform(0.7, 1.0), 180 * rng.uniform(0.7, 1.0)
        box = QRectF(col * 160 + rng.uniform(0, 160 - w), row * 180 + rng.uniform(0, 180 - h), w, h)
        colour = rng.choice([WHITE, SHAPE_COLOURS[2]] if label == "house" else SHAPE_COLOURS)
        draw_object(painter, label, box.adjusted(8, 8, -8, -8), colour)
    painter.end()
    return png_bytes(image, TAG_PALETTE)


#: Each drawing's extent around its centre, in units of its half size s: (left, top, right, bottom).
EXTENTS = {"circle": (-0.8, -0.8, 0.8, 0.8), "square": (-0.75, -0.75, 0.75, 0.75),
           "triangle": (-0.9, -0.85, 0.9, 0.7), "star": (-0.86, -0.9, 0.86, 0.73), "person": (-0.45, -0.85, 0.45, 0.9),
           "car": (-1.0, -0.5, 1.0, 0.6), "tree": (-0.7, -0.9, 0.7, 0.9), "house": (-0.85, -0.9, 0.85, 0.8)}


def render_boxes_scene(labels: list[str], rng: random.Random) -> tuple[bytes, list[dict[str, Any]]]:
    """A 480x360 picture as render_scene draws it, and the box around each object (pixels)."""
    image = QImage(480, 360, QImage.Format.Format_RGB32)
    outdoor = rng.random() < 0.5
    image.fill(SKY if outdoor else rng.choice(PLAIN_BACKGROUNDS))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if outdoor:
        painter.fillRect(QRectF(0, 220, 480, 140), GRASS)
    cells = rng.sample([(col, row) for col in range(3) for row in range(2)], len(labels))
    boxes = []
    for label, (col, row) in zip(labels, cells, strict=True):
        w, h = 160 * rng.uniform(0.6, 1.0), 180 * rng.uniform(0.6, 1.0)
        cell = QRectF(col * 160 + rng.uniform(0, 160 - w), row * 180 + rng.uniform(0, 180 - h), w, h)
        inner = cell.adjusted(8, 8, -8, -8)
        colour = rng.choice([WHITE, SHAPE_COLOURS[2]] if label == "house" else SHAPE_COLOURS)
        draw_object(painter, label, inner, colour)
        c, half = inner.center(), min(inner.width(), inner.height()) / 2
        left, top, right, bottom = EXTENTS[label]
        x, y = round(c.x() + left * half), round(c.y() + top * half)
        boxes.append({"label": label, "x": x, "y": y, "w": round(c.x() + right * half) - x,
                      "h": round(c.y() + bottom * half) - y})
    painter.end()
    return png_bytes(image, TAG_PALETTE), sorted(boxes, key=lambda b: (b["y"] // 180, b["x"]))


def make_boxes_bundle(count: int = 32) -> Bundle:
    """Boxes around each object of a picture (tagging, mode boxes)."""
    rng = random.Random(SEED + 7)
    bundle = Bundle("demo-boxes", {
        "kind": "tagging", "version": 1, "title": "Draw a box around every object",
        "instructions": (
            "# Box every object\n\nDraw one box around **each** object in the picture and give it the object's "
            "label. The box touches the object's outermost points: not the shadow, not the background.\n\n"
            "- With the keyboard: the arrows move the crosshair (Shift: faster), **B** starts a box and **B** "
            "again ends it; **1…8** set the label; **Tab** selects the next box, the arrows move it and "
            "**Alt+arrows** resize it; **Delete** removes it.\n"
            "- With the mouse: drag from one corner to the other; click a box to select it.\n"
            "- Two objects of one kind are two boxes."),
        "params": {"mode": "boxes", "labels": [{"id": label, "text": label.capitalize()} for label in TAG_LABELS],
                   "min_boxes": 1, "max_boxes": 6, "min_box_size": 8, "iou_threshold": 0.5},
        # Boxes are matched when they overlap by half (IoU 0.5), then F1: one box missed of four passes
        # (0.857), one missed of three does not (0.8 passes only exactly).
        "quality": {"threshold": 0.8},
    })
    for number in range(1, count + 1):
        labels = rng.sample(TAG_LABELS, rng.randint(2, 4))
        data, boxes = render_boxes_scene(labels, rng)
        training = number <= TRAINING_TASKS
        extra = {}
        if training or is_gold_slot(number - 1 - TRAINING_TASKS):
            names = join_words([f"a {b['label']}" for b in boxes])
            extra = gold({"boxes": boxes}, f"The picture shows {names}: one box each, touching the object's "
                         "outermost points. A box that overlaps the right one by half or more counts as right.",
                         training=training)
        bundle.add_task(media=bundle.add_media(f"media/boxes/scene-{number:02d}.png", "image/png", data),
                        size=[480, 360], **extra)
    return bundle


NAMES = {"circle": ("a circle", "circles"), "square": ("a square", "squares"),
         "triangle": ("a triangle", "triangles"), "star": ("a star", "stars"), "person": ("a person", "people"),
         "car": ("a car", "cars"), "tree": ("a tree", "trees"), "house": ("a house", "houses")}
COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}
DRAWINGS = ("person", "car", "tree", "house")


def tagging_answer(labels: list[str]) -> dict[str, Any]:
    return {"labels": [label for label in TAG_LABELS if label in labels]}


def tagging_explanation(labels: list[str], *, training: bool) -> str:
    """The feedback of a gold or training picture: what it shows, and the tags that follows."""
    counts = Counter(labels)
    kinds = [label for label in TAG_LABELS if label in counts]
    shown = join_words([NAMES[k][0] if counts[k] == 1 else f"{COUNTS[counts[k]]} {NAMES[k][1]}" for k in kinds])
    tags = join_words([f"**{k.capitalize()}**" for k in kinds])
    lines = [f"The picture shows {shown}: the {'tag is' if len(kinds) == 1 else 'tags are'} {tags}.", ""]
    many = [k for k in kinds if counts[k] > 1]
    if many:
        lines.append(f"- Several objects of one kind need only one tag: {COUNTS[counts[many[0]]]} "
                     f"{NAMES[many[0]][1]} are one *{many[0].capitalize()}* tag.")
    if any(k in DRAWINGS for k in kinds):
        lines.append("- The drawings (person, car, tree, house) are tagged like the shapes, however small.")
    lines.append("- The sky, the grass and the background are never tagged.")
    if training:
        lines.insert(0, "**Tag every kind of object once.**\n")
    return "\n".join(lines)


def make_tagging_bundle(count: int = 32) -> Bundle:
    rng = random.Random(SEED + 3)
    bundle = Bundle("demo-tagging", {
        "kind": "tagging", "version": 1, "title": "Which objects are in the picture?",
        "instructions": (
            "# Tag the picture\n\nChoose **every** kind of object that appears in the picture at least once. "
            "Several objects of one kind need only one tag.\n\n"
            "- A *square* has four equal sides, a *circle* is round and plain, a *star* has five points.\n"
            "- *Person*, *car*, *tree* and *house* are simple drawings; tag them even when they are small.\n"
            "- Do not tag the sky, the grass or the background.\n"
            "- If the picture does not load or is empty, flag the task."),
        "params": {"mode": "multi", "labels": [{"id": label, "text": label.capitalize()} for label in TAG_LABELS],
                   "min_labels": 1, "max_labels": len(TAG_LABELS)},
        # Multi-choice, scored by overlap: one tag missed of four still passes, one of three does not.
        "quality": {"threshold": 0.75},
    })
    for number in range(1, count + 1):  # the first two, training, show two people, and five objects
        labels = [rng.choice(TAG_LABELS) for _ in range(rng.randint(2, 5))]
        data = render_scene(labels, rng)
        training = number <= TRAINING_TASKS
        extra = (gold(tagging_answer(labels), tagging_explanation(labels, training=training), training=training)
                 if training or is_gold_slot(number - 1 - TRAINING_TASKS) else {})
        bundle.add_task(media=bundle.add_media(f"media/pictures/scene-{number:02d}.png", "image/png", data), **extra)
    return bundle


# --- data entry -------------------------------------------------------------------------------------------

FIELDS: list[dict[str, Any]] = [
    {"id": "name", "label": "Business name", "type": "text", "required": True, "max_length": 120},
    {"id": "phone", "label": "Phone", "type": "phone", "pattern": r"\+?[0-9 ]{7,16}",
     "help": "International format: country code, digits and spaces, e.g. +254 712 345 678"},
    {"id": "category", "label": "Category", "type": "choice", "choices": CATEGORIES},
    {"id": "street", "label": "Street", "type": "text", "max_length": 200, "help": "House number and street"},
    {"id": "city", "label": "City", "type": "text", "required": True, "max_length": 100},
    {"id": "employees", "label": "Employees", "type": "number", "min": 0, "max": 10000},
    {"id": "opened", "label": "Opened on", "type": "date", "min": "1950-01-01", "max": "2026-12-31",
     "help": "YYYY-MM-DD"},
]


def make_listing(rng: random.Random) -> dict[str, str]:
    """A true business listing: field id -> the value the worker should end up with."""
    name = rng.choice(sorted(CITIES))
    city, category = CITIES[name], rng.choice(CATEGORIES)
    return {"name": BUSINESS_NAMES[category].format(rng.choice(city.people)), "phone": phone_number(city, rng),
            "category": category, "street": f"{rng.randint(1, 240)} {rng.choice(city.streets)}", "city": name,
            "employees": str(rng.choice([rng.randint(1, 12), rng.randint(10, 80)])),
            "opened": random_date(rng, date(1975, 1, 1), date(2025, 12, 31)).isoformat()}


def is_date(text: str) -> bool:
    try:
        return date(1950, 1, 1) <= date.fromisoformat(text) <= date(2026, 12, 31)
    except ValueError:
        return False


def with_mistake(listing: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A copy of the listing with one plausible error, as a scraper or a typist would make it."""
    wrong = dict(listing)
    which = rng.choice(["name", "phone", "category", "city", "employees", "opened"])
    if which == "name":  # a dropped letter
        cut = rng.randint(2, len(listing["name"]) - 2)
        wrong["name"] = listing["name"][:cut] + listing["name"][cut + 1:]
    elif which == "phone":  # the last two digits swapped
        wrong["phone"] = listing["phone"][:-2] + listing["phone"][-1] + listing["phone"][-2]
    elif which in ("category", "city"):
        wrong[which] = rng.choice([c for c in (CATEGORIES if which == "category" else sorted(CITIES))
                                   if c != listing[which]])
    elif which == "employees":
        wrong["employees"] = listing["employees"] + "0"
    else:  # day and month swapped, or the year misread
        year, month, day = listing["opened"].split("-")
        wrong["opened"] = rng.choice([f"{year}-{day}-{month}", f"{int(year) - 10}-{month}-{day}"])
    return wrong if wrong != listing and is_date(wrong["opened"]) else with_mistake(listing, rng)


def messy_listing_text(listing: dict[str, str], closed: bool, rng: random.Random) -> str:
    """The listing as a web directory shows it: odd capitals, ratings, opening hours and noise."""
    opened = date.fromisoformat(listing["opened"])
    phone = listing["phone"].replace(" ", rng.choice(["-", " ", ".", ""]), 2)
    staff, rating = listing["employees"], rng.uniform(3, 5)
    lines = [
        rng.choice([listing["name"].upper(), listing["name"], f"{listing['name']} {MAIN_BRANCH}"]),
        f"{'★' * round(rating)}{'☆' * (5 - round(rating))} {rating:.1f} ({rng.randint(2, 300)} reviews) · "
        f"{listing['category'].lower()}",
        f"{listing['street']}, {listing['city']}  ·  {rng.choice(['Open now', 'Closes 6 pm', 'Hours not listed'])}",
        rng.choice([f"Tel: {phone}", f"Call {phone} / WhatsApp", f"☎ {phone}"]),
        rng.choice([f"Established {opened.day} {opened:%B %Y}", f"Opened on {opened:%d/%m/%Y} (day/month/year)",
                    f"In business since {opened:%d %b %Y}"]),
        rng.choice([f"Staff: {staff}", f"about {staff} employees", f"Team of {staff} people"]),
        rng.choice(["", "Updated 2 yrs ago", "#local #business", "Photos (14)  Website"]),
    ]
    if closed:
        lines.insert(1, rng.choice(["** PERMANENTLY CLOSED **", "Reported closed by 3 users - building now empty"]))
    return "\n".join(line for line in lines if line)


def render_listing_form(listing: dict[str, str], rng: random.Random) -> bytes:
    """A scanned paper survey form, filled in by hand in blue ink."""
    paper = QRectF(18, 12, 764, 476)
    image, painter = scanned_page(paper, rng)
    painter.setFont(QFont("DejaVu Sans", 15, QFont.Weight.Bold))
    painter.drawText(QPointF(paper.left() + 40, paper.top() + 44), "BUSINESS LISTING SURVEY")
    painter.setFont(QFont("DejaVu Sans", 10))
    painter.drawText(QPointF(paper.left() + 480, paper.top() + 44), f"Form no. {rng.randint(10000, 99999)}")
    label_font, hand = QFont("DejaVu Sans", 11), QFont("DejaVu Serif", 15)
    hand.setItalic(True)
    for row, spec in enumerate(FIELDS):
        y = paper.top() + 100 + row * 50
        painter.setPen(INK)
        painter.setFont(label_font)
        painter.drawText(QPointF(paper.left() + 40, y), spec["label"] + ":")
        painter.drawLine(QPointF(paper.left() + 200, y + 6), QPointF(paper.right() - 40, y + 6))
        value = listing[spec["id"]]
        if spec["type"] == "date":
            value = f"{date.fromisoformat(value):%d / %m / %Y}"
        painter.setPen(BLUE_INK)
        painter.setFont(hand)
        painter.drawText(QPointF(paper.left() + 210 + rng.uniform(0, 30), y), value)
    draw_signature(painter, paper.left() + 520, paper.bottom() - 30, rng, BLUE_INK)
    painter.end()
    return png_bytes(image, FORM_PALETTE)


FIELD_HINTS = {
    "name": "a single missing letter is a mistake too",
    "phone": "compare every digit, to the last one",
    "category": "the category is the one the source gives",
    "city": "the city is the one the source gives",
    "employees": "employees is a plain number, as the source gives it",
    "opened": "dates go in as `YYYY-MM-DD`, and the source writes the day first",
}
LABELS = {spec["id"]: spec["label"] for spec in FIELDS}


def source_line(text: str, *starts: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(starts))


def listing_answer(listing: dict[str, str], prefill: dict[str, str], closed: bool) -> dict[str, Any]:
    """The right result: closed (the fields as they were, not checked), else the true values, verified when
    the form already held them and corrected when it did not."""
    if closed:
        return {"outcome": "closed", "fields": dict(prefill)}
    return {"outcome": "verified" if prefill == listing else "corrected", "fields": dict(listing)}


def listing_explanation(listing: dict[str, str], prefill: dict[str, str], text: str | None, closed: bool) -> str:
    """The feedback of a gold listing (``text`` None for a scanned form): what differed, and the outcome."""
    if closed and text is not None:
        return (f"The listing says `{text.splitlines()[1]}`: choose **Business closed**. The fields are not "
                "checked for a closed business, so there is nothing to fix.")
    wrong = [fid for fid in listing if prefill[fid] != listing[fid]]
    if not wrong:
        lines = ["Every field matches the source, so the outcome is **Verified as listed**, with nothing changed.", "",
                 "- Ratings, reviews and opening hours are not part of the form: ignore them."]
    else:
        lines = ["The form had a mistake, so the outcome is **Corrected**:", ""]
        lines += [f"- **{LABELS[fid]}**: the form said `{prefill[fid]}`, the source says `{listing[fid]}`; "
                  f"{FIELD_HINTS[fid]}." for fid in wrong]
    if text is not None and MAIN_BRANCH in text:
        lines.append(f"- *{MAIN_BRANCH}* after the name is not part of the name.")
    return "\n".join(lines)


def training_listings(rng: random.Random) -> list[dict[str, Any]]:
    """The two training listings: a date whose day and month the form swapped, and a closed business."""
    while True:
        listing = make_listing(rng)
        year, month, day = listing["opened"].split("-")
        if int(day) <= 12 and day != month:
            break
    prefill = dict(listing, opened=f"{year}-{day}-{month}")
    text = messy_listing_text(listing, False, rng)
    opened = date.fromisoformat(listing["opened"])
    date_task = {"text": text, "prefill": prefill, **gold(listing_answer(listing, prefill, False), (
        "**Dates: the source gives the day first.**\n\n"
        f"The listing says `{source_line(text, 'Established', 'Opened on', 'In business since')}`: that is "
        f"{opened.day} {opened:%B %Y}, so *Opened on* is `{listing['opened']}`. The form had "
        f"`{prefill['opened']}`, with the day and the month swapped: fix it and choose **Corrected**.\n\n"
        f"Everything else was right. The source writes the phone as "
        f"`{source_line(text, 'Tel', 'Call', '☎').split(maxsplit=1)[1].removesuffix(' / WhatsApp')}`: the same "
        f"number as `{listing['phone']}`, which keeps spaces only. Ratings, reviews and opening hours are not "
        "part of the form" + (f", and *{MAIN_BRANCH}* after the name is not part of the name." if MAIN_BRANCH in text
                              else ".")), training=True)}
    listing = make_listing(rng)
    text = messy_listing_text(listing, True, rng)
    closed_task = {"text": text, "prefill": dict(listing), **gold(listing_answer(listing, listing, True), (
        "**Closed businesses.**\n\n"
        f"The listing says `{text.splitlines()[1]}`. Choose **Business closed**: the fields are not checked "
        "for a closed business, so there is nothing to fix or verify, even when the other lines look "
        "ordinary."), training=True)}
    return [date_task, closed_task]


def make_data_entry_bundle(text_tasks: int = 22, form_tasks: int = 11) -> Bundle:
    rng = random.Random(SEED + 4)
    bundle = Bundle("demo-data-entry", {
        "kind": "data_entry", "version": 1, "title": "Verify business listings",
        "instructions": (
            "# Verify the business listing\n\nCompare the form with the listing text or the scanned survey form "
            "beside it. The form was filled in automatically and **may contain mistakes**.\n\n"
            "1. Check every field against the source and fix anything that differs.\n"
            "2. Choose **Verified as listed** if nothing needed changing, **Corrected** if you changed at least one "
            "field, or **Business closed** if the source says the business has closed (the fields are then not "
            "checked).\n\n"
            "Rules: phone numbers in international format with spaces only (`+256 772 123456`); dates as "
            "`YYYY-MM-DD` (the source may write the day first); employees as a plain number (\"about 12\" becomes "
            "`12`); ignore ratings, reviews and opening hours."),
        "params": {"fields": FIELDS, "outcomes": [
            {"id": "verified", "text": "Verified as listed"}, {"id": "corrected", "text": "Corrected"},
            {"id": "closed", "text": "Business closed", "needs_fields": False}]},
        # Eight things scored (the outcome and seven fields): one slip passes, two do not.
        "quality": {"threshold": 0.8},
    })
    for task in training_listings(random.Random(SEED + 5)):  # listings have no media: they cost nothing
        bundle.add_task(**task)
    jobs = [("text", i) for i in range(text_tasks)] + [("form", i) for i in range(form_tasks)]
    rng.shuffle(jobs)
    for number, (source, index) in enumerate(jobs):
        listing = make_listing(rng)
        prefill = with_mistake(listing, rng) if rng.random() < 0.45 else dict(listing)
        closed = source == "text" and index % 6 == 5
        text = messy_listing_text(listing, closed, rng) if source == "text" else None
        extra = (gold(listing_answer(listing, prefill, closed), listing_explanation(listing, prefill, text, closed))
                 if is_gold_slot(number) else {})
        if text is not None:
            bundle.add_task(text=text, prefill=prefill, **extra)
        else:
            data = render_listing_form(listing, rng)
            bundle.add_task(media=bundle.add_media(f"media/forms/survey-{index + 1:02d}.png", "image/png", data),
                            prefill=prefill, **extra)
    return bundle


def make_translation_bundle() -> Bundle:
    """English to French: SokoPay's SMS messages and app strings (scripts/demo_translation.py)."""
    import demo_translation as demo  # beside this script

    bundle = Bundle("demo-translation", demo.TEMPLATE)
    for index, (context, segments, reference) in enumerate(demo.TASKS):
        training = index < TRAINING_TASKS
        extra = {}
        if training or is_gold_slot(index - TRAINING_TASKS):
            if reference is None:
                raise RuntimeError(f"task {index + 1} of the translation demo needs a reference translation")
            extra = gold({"segments": reference}, demo.EXPLANATIONS[index], training=training)
        bundle.add_task(context=context, segments=segments, **extra)
    return bundle


MAKERS: dict[str, Callable[[], Bundle]] = {
    "audio": make_audio_bundle, "document": make_document_bundle, "tagging": make_tagging_bundle,
    "data-entry": make_data_entry_bundle, "translation": make_translation_bundle, "boxes": make_boxes_bundle,
    "captioning": make_captioning_bundle, "video": make_video_bundle,
    "captioning-video": make_video_captioning_bundle}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Generate the demo batch bundles (see docs/batch-format.md).")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "demo",
                        help="folder to write the bundles to (default: resources/demo)")
    parser.add_argument("--only", action="append", choices=sorted(MAKERS),
                        help="make only this bundle (may be given more than once; default: all)")
    args = parser.parse_args(argv)
    chosen = args.only or list(MAKERS)
    if "audio" in chosen:
        require_audio_tools()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need a GUI application
    args.out.mkdir(parents=True, exist_ok=True)
    for name in chosen:
        path = write_bundle(MAKERS[name](), args.out)
        print(f"{path}: {verify_bundle(path)}, {path.stat().st_size / 1024:.0f} KiB")
    del app


if __name__ == "__main__":
    main()
