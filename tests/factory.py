"""Builders for small, real batch bundles used across the tests (stdlib only, no Qt)."""

from __future__ import annotations

import copy
import io
import math
import struct
import wave
import zlib
from pathlib import Path
from typing import Any

from labclient.bundle_writer import write_bundle
from labclient.errors import BundleError


def png_bytes(width: int = 64, height: int = 48, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real PNG image of one colour."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def wav_bytes(seconds: float = 1.0, freq: float = 440.0, rate: int = 8000) -> bytes:
    """A real 16-bit mono WAV clip of a sine tone."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate))) for i in range(int(seconds * rate))
        )
        w.writeframes(frames)
    return buf.getvalue()


MEDIA_DIR = Path(__file__).resolve().parent / "media"
#: The sample videos' length (scripts/demo_video.py made them from the demo's first speech clip).
VIDEO_MS = 4060


def video_bytes(container: str = "mp4") -> bytes:
    """A real 4-second video of a drawn speaker with speech: ``mp4`` (H.264/AAC) or ``webm`` (VP9/Opus)."""
    return (MEDIA_DIR / f"speaker.{container}").read_bytes()


TOKENS = ["[inaudible]", "[crosstalk]"]

DATA_ENTRY_PARAMS: dict[str, Any] = {
    "fields": [
        {"id": "name", "label": "Business name", "type": "text", "required": True, "max_length": 120},
        {"id": "phone", "label": "Phone", "type": "text", "pattern": r"\+?[0-9 ]{7,16}"},
        {"id": "category", "label": "Category", "type": "choice", "choices": ["Shop", "Restaurant", "Other"]},
        {"id": "employees", "label": "Employees", "type": "number", "min": 0, "max": 10000},
        {"id": "opened", "label": "Opened", "type": "date", "min": "1950-01-01", "max": "2026-12-31"},
    ],
    "outcomes": [
        {"id": "verified", "text": "Verified"},
        {"id": "corrected", "text": "Corrected"},
        {"id": "closed", "text": "Business closed", "needs_fields": False},
    ],
}


GOLD_TEXT = "The cat sat on the mat."
GOLD_ANSWERS: dict[str, dict[str, Any]] = {
    "transcription": {"text": GOLD_TEXT},
    "tagging": {"labels": ["cat"]},
    "boxes": {"boxes": [{"label": "cat", "x": 8, "y": 8, "w": 20, "h": 16}]},
    "data_entry": {"outcome": "corrected", "fields": {"name": "Mama Pima Shop", "phone": "0712 345 678",
                                                      "category": "Shop", "employees": "12", "opened": "2019-03-05"}},
    "translation": {"segments": ["Bonjour {name} !", "Votre client a payé avec M-Pesa."]},
    "captioning": {"segments": [{"start_ms": 200, "end_ms": 1400, "text": "The cat sat"},
                                {"start_ms": 1500, "end_ms": 2800, "text": "on the mat."}]},
}

#: A translation template: English to French, one glossary term, one kept span.
TRANSLATION_PARAMS: dict[str, Any] = {
    "source_language": "en", "target_language": "fr", "max_length": 200,
    "glossary": [{"source": "customer", "target": "client", "note": "never \"consommateur\""}],
    "do_not_translate": ["M-Pesa"]}


def translation_task(i: int) -> dict[str, Any]:
    """Task ``i`` of a translation batch: a greeting with a placeholder, then a glossary term and
    a kept span (gold answers: :data:`GOLD_ANSWERS`)."""
    return {"id": f"t-{i:04d}", "context": "An SMS to a shop owner.",
            "segments": ["Hello {name}!", f"Your customer paid with M-Pesa (order {i})."]}


def add_gold(doc: dict[str, Any], *, training: int = 1, gold: int = 1, threshold: float | None = None) -> None:
    """Make the first ``training`` tasks of ``doc`` training tasks and the ``gold`` after them gold
    tasks, with the kind's answer from :data:`GOLD_ANSWERS` (format ``labclient-batch/1.1``)."""
    kind = doc["template"]["kind"]
    doc["format"] = "labclient-batch/1.1"
    if threshold is not None:
        doc["template"]["quality"] = {"threshold": threshold}
    for i, task in enumerate(doc["tasks"][:training + gold]):
        boxes = kind == "tagging" and doc["template"]["params"]["mode"] == "boxes"
        task["gold"] = {"answer": GOLD_ANSWERS["boxes" if boxes else kind], "explanation": f"Why task {i} is so."}
        if kind == "data_entry":
            task["gold"]["tolerance"] = {"employees": 1}
        if i < training:
            task["training"] = True


def batch_doc(kind: str, n: int, *, batch_id: str | None = None, source: str = "audio",
              mode: str = "multi", training: int = 0, gold: int = 0, threshold: float | None = None,
              container: str = "mp4") -> tuple[dict[str, Any], dict[str, bytes]]:
    """A valid batch document of ``n`` tasks of ``kind`` and its media, by bundle path. With
    ``training``/``gold``, the first tasks are training then gold tasks (:func:`add_gold`).
    With ``source="video"`` (transcription, captioning) every task holds the one sample video
    in ``container``."""
    media: dict[str, bytes] = {}
    tasks: list[dict[str, Any]] = []
    if kind == "transcription":
        params: dict[str, Any] = {"source": source, "tokens": TOKENS, "rewind_on_resume_s": 1, "skip_s": 2}
        for i in range(n):
            if source == "audio":
                data, path = wav_bytes(0.5, 300 + 10 * i), f"media/clip-{i:04d}.wav"
            elif source == "video":
                data, path = video_bytes(container), f"media/speaker.{container}"
            else:
                data, path = png_bytes(80, 60, (250, i // 256, i % 256)), f"media/doc-{i:04d}.png"
            media[path] = data
            tasks.append({"id": f"t-{i:04d}", "media": _sha(data)})
    elif kind == "tagging":
        params = {"mode": mode, "labels": [{"id": "cat", "text": "Cat"}, {"id": "dog", "text": "Dog"},
                                           {"id": "bird", "text": "Bird"}]}
        if mode == "boxes":
            params.update(min_boxes=1, max_boxes=5, min_box_size=4, iou_threshold=0.5)
        for i in range(n):
            data, path = png_bytes(64, 48, (i % 256, i // 256, 30)), f"media/img-{i:04d}.png"
            media[path] = data
            tasks.append({"id": f"t-{i:04d}", "media": _sha(data), **({"size": [64, 48]} if mode == "boxes" else {})})
    elif kind == "data_entry":
        params = DATA_ENTRY_PARAMS
        for i in range(n):
            tasks.append({"id": f"t-{i:04d}", "text": f"Shop number {i}, Moi Avenue, Nairobi. Tel 0712 345 {i:03d}",
                          "prefill": {"name": f"Shop {i}", "phone": f"0712 345 {i:03d}"}})
    elif kind == "translation":
        params = TRANSLATION_PARAMS
        tasks = [translation_task(i) for i in range(n)]
    elif kind == "captioning":
        params = {"source": source, "max_line_chars": 42, "max_lines": 2, "min_duration_ms": 500,
                  "max_duration_ms": 5000, "max_cps": 20, "timing_tolerance_ms": 1000}
        for i in range(n):
            if source == "video":
                data, path, duration = video_bytes(container), f"media/speaker.{container}", VIDEO_MS
            else:
                data, path, duration = wav_bytes(3.0, 300 + 10 * i), f"media/clip-{i:04d}.wav", 3000
            media[path] = data
            tasks.append({"id": f"t-{i:04d}", "media": _sha(data), "duration_ms": duration})
    else:
        raise ValueError(kind)
    doc = {
        "format": "labclient-batch/1",
        "batch_id": batch_id or f"test-{kind}",
        "project": {"id": "test", "name": "Test project"},
        "template": {"kind": kind, "version": 1, "title": f"Test {kind}",
                     "instructions": "Do the **task**.", "params": copy.deepcopy(params)},
        "tasks": tasks,
    }
    if training or gold:
        add_gold(doc, training=training, gold=gold, threshold=threshold)
    return doc, media


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at ``path`` ("tasks.0.size": keys and list indexes by dots) in ``doc``;
    ``None`` deletes it."""
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    key: Any = int(last) if last.isdigit() else last
    if value is None:
        del node[key]
    else:
        node[key] = value


def refused_batch(folder: Path, doc: dict[str, Any], media: dict[str, bytes]) -> BundleError:
    """Import ``doc`` into a new workspace in ``folder``, expect it refused whole (nothing
    imported), and return the refusal."""
    from labclient.workspace import Workspace  # the factory itself needs no workspace

    with Workspace.open(folder / "data") as ws:
        try:
            ws.import_bundle(write_bundle(folder / "bad.zip", doc, media))
        except BundleError as refused:
            assert ws.task_counts()["new"] == 0, "a refused batch leaves nothing"
            return refused
    raise AssertionError("the batch was imported")


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def make_bundle(folder: Path, kind: str, n: int = 3, **kwargs: Any) -> Path:
    """Write a valid bundle of ``n`` tasks of ``kind`` into ``folder``; returns its path."""
    doc, media = batch_doc(kind, n, **kwargs)
    return write_bundle(folder / f"{doc['batch_id']}.zip", doc, media)
