"""Video clips as a source of transcription and captioning: MP4 (H.264/AAC) and WebM (VP9/Opus)
import and their results are kept like any clip's; a template and its media that do not agree, an
unknown source or an unknown video type are refused whole with the path named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import MIME_BY_SUFFIX, media_entry, sha256_hex
from labclient.people.roles import Session
from labclient.workspace import Workspace
from tests.factory import VIDEO_MS, batch_doc, make_bundle, refused_batch, wav_bytes


@pytest.mark.parametrize(("kind", "container"), [("transcription", "mp4"), ("transcription", "webm"),
                                                 ("captioning", "mp4"), ("captioning", "webm")])
def test_a_video_batch_imports_and_its_results_are_kept(ws: Workspace, worker: Session, tmp_path: Path,
                                                        kind: str, container: str) -> None:
    report = ws.import_bundle(make_bundle(tmp_path, kind, 2, source="video", container=container))
    assert report.tasks_added == 2
    task = ws.next_task(worker)
    assert task is not None and task.media is not None
    assert task.media.is_video and not task.media.is_audio and not task.media.is_image
    assert task.media.mime == f"video/{container}" and task.media.path.read_bytes()[:64]
    result: dict[str, Any] = ({"text": "Sample number fourteen."} if kind == "transcription" else
                              {"segments": [{"start_ms": 300, "end_ms": 2000, "text": "Sample number fourteen"}]})
    assert ws.validate(task, result) == []
    ws.submit(worker, task.key, result, active_ms=60_000)
    assert ws.task_counts()["done"] == 1


def test_the_bundle_writer_knows_video_files() -> None:
    assert (MIME_BY_SUFFIX[".mp4"], MIME_BY_SUFFIX[".webm"]) == ("video/mp4", "video/webm")


def sound_listed_for_a_video_template(kind: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    doc, _ = batch_doc(kind, 1, source="video")
    clip = wav_bytes(1.0)
    doc["tasks"][0]["media"] = sha256_hex(clip)
    return doc, {"media/clip.wav": clip}


@pytest.mark.parametrize(("kind", "said"), [
    ("transcription", "batch.tasks[0].media: is audio/wav, but this template transcribes video"),
    ("captioning", "batch.tasks[0].media: is audio/wav, but this template captions video clips"),
])
def test_a_sound_clip_in_a_video_template_is_refused(tmp_path: Path, kind: str, said: str) -> None:
    doc, media = sound_listed_for_a_video_template(kind)
    assert said in refused_batch(tmp_path, doc, media).message


@pytest.mark.parametrize("kind", ["transcription", "captioning"])
def test_a_video_in_a_sound_template_is_refused(tmp_path: Path, kind: str) -> None:
    doc, media = batch_doc(kind, 1, source="video")
    doc["template"]["params"]["source"] = "audio"
    said = refused_batch(tmp_path, doc, media).message
    assert "batch.tasks[0].media: is video/mp4, but this template" in said


def test_an_unknown_source_or_video_type_is_refused(tmp_path: Path) -> None:
    doc, media = batch_doc("captioning", 1, source="video")
    doc["template"]["params"]["source"] = "film"
    assert "batch.template.params.source" in refused_batch(tmp_path / "a", doc, media).message
    doc, media = batch_doc("transcription", 1, source="video")
    [(path, data)] = media.items()
    doc["media"] = [{**media_entry(path, data), "mime": "video/quicktime"}]
    said = refused_batch(tmp_path / "b", doc, media).message
    assert "batch.media[0].mime: 'video/quicktime' is not a media type LabClient plays or shows" in said


def test_a_video_caption_past_the_clip_is_refused_at_submit(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(make_bundle(tmp_path, "captioning", 1, source="video"))
    task = ws.next_task(worker)
    assert task is not None and task.body["duration_ms"] == VIDEO_MS
    late = {"segments": [{"start_ms": 3000, "end_ms": VIDEO_MS + 500, "text": "Too late"}]}
    assert [i.code for i in ws.validate(task, late)] == ["caption.past_end"]
