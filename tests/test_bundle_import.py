"""Importing batch bundles: every kind goes in whole, every bad bundle is refused whole.

A refused bundle must name its problem and leave the task cache exactly as it was: same task
counts, same batches, same files in the media folder (no half-written or staged files left).
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import labclient.batch
import labclient.importer
from labclient.bundle_writer import media_entry, sha256_hex, write_bundle, write_raw_bundle
from labclient.errors import BundleError, DiskFullError
from labclient.people.roles import Session
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle, png_bytes
from tests.helpers.clock import FakeClock
from tests.helpers.task_cache import media_files, snapshot
from tests.logins import sign_in

Doc = dict[str, Any]
Media = dict[str, bytes]


def stored_media(data_dir: Path) -> dict[str, bytes]:
    """The media files in place under ``media/<sha[:2]>/<sha>``, by file name."""
    root = data_dir / "media"
    return {p.name: p.read_bytes() for p in root.glob("??/*") if p.is_file()}


def bundle_contents(bundle: Path) -> tuple[Doc, Media]:
    """The batch document and the media bytes (by bundle path) of a bundle, read straight from the zip."""
    with zipfile.ZipFile(bundle) as zf:
        doc = json.loads(zf.read("batch.json"))
        return doc, {m["path"]: zf.read(m["path"]) for m in doc["media"]}


# -- valid bundles --------------------------------------------------------------------------------

EXPECTED_MEDIA = {"audio": 3, "document": 3, "tagging": 3, "data_entry": 0}


@pytest.mark.parametrize("name", list(EXPECTED_MEDIA))
def test_each_kind_imports_with_its_media(ws: Workspace, bundles: dict[str, Path], name: str) -> None:
    doc, media = bundle_contents(bundles[name])

    report = ws.import_bundle(bundles[name])

    assert report.batch_id == doc["batch_id"]
    assert report.kind == doc["template"]["kind"]
    assert report.title == doc["template"]["title"]
    assert report.tasks_added == 3
    assert report.media_added == EXPECTED_MEDIA[name]
    assert not report.already_present
    assert ws.task_counts() == {"new": 3, "done": 0, "skipped": 0, "flagged": 0}
    [info] = ws.batches()
    assert (info.batch_id, info.task_count, info.remaining) == (doc["batch_id"], 3, 3)
    expected = {sha256_hex(data): data for data in media.values()}
    assert stored_media(ws.data_dir) == expected
    for sha in expected:
        assert (ws.data_dir / "media" / sha[:2] / sha).is_file()
    assert not [p for p in media_files(ws.data_dir) if ".incoming" in p], "staging folder left behind"


def test_imported_task_shows_its_media_and_template(ws: Workspace, worker: Session, bundles: dict[str, Path]) -> None:
    ws.import_bundle(bundles["audio"])

    task = ws.next_task(worker)

    assert task is not None
    assert task.kind == "transcription"
    assert task.template.params["tokens"] == ["[inaudible]", "[crosstalk]"]
    assert task.template.params["max_chars"] == 5000  # default filled in
    assert task.media is not None and task.media.is_audio
    assert task.media.path.read_bytes()[:4] == b"RIFF"


def test_importing_the_same_bundle_twice_changes_nothing(ws: Workspace, bundles: dict[str, Path]) -> None:
    ws.import_bundle(bundles["tagging"])
    before = snapshot(ws)

    again = ws.import_bundle(bundles["tagging"])

    assert again.already_present
    assert (again.tasks_added, again.media_added) == (0, 0)
    assert snapshot(ws) == before


def test_media_already_stored_by_another_batch_is_not_written_again(ws: Workspace, tmp_path: Path) -> None:
    first = make_bundle(tmp_path / "bundles", "tagging", 3, batch_id="tagging-a")
    second = make_bundle(tmp_path / "bundles", "tagging", 3, batch_id="tagging-b")  # same images
    ws.import_bundle(first)
    files = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (ws.data_dir / "media").glob("??/*")}

    report = ws.import_bundle(second)

    assert (report.tasks_added, report.media_added) == (3, 0)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (ws.data_dir / "media").glob("??/*")} == files
    assert ws.task_counts()["new"] == 6
    assert [b.batch_id for b in ws.batches()] == ["tagging-a", "tagging-b"]


def test_failed_database_insert_removes_the_media_it_placed(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 2, batch_id="tagging-a"))
    # Shares its first two images with tagging-a and brings two new ones.
    bigger = make_bundle(tmp_path / "bundles", "tagging", 4, batch_id="tagging-b")
    before = snapshot(ws)
    files_before = stored_media(ws.data_dir)

    def disk_full(*args: object) -> bool:
        raise DiskFullError(folder=str(ws.data_dir))

    monkeypatch.setattr(labclient.importer, "_insert", disk_full)
    with pytest.raises(DiskFullError):
        ws.import_bundle(bigger)

    assert stored_media(ws.data_dir) == files_before
    assert ws.task_counts() == before.counts
    assert ws.batches() == before.batches

    monkeypatch.undo()
    report = ws.import_bundle(bigger)
    assert (report.tasks_added, report.media_added) == (4, 2)
    assert len(stored_media(ws.data_dir)) == 4


# -- bad bundles ----------------------------------------------------------------------------------


def tagging() -> tuple[Doc, Media]:
    """A fresh, valid tagging batch (its images differ from the cached audio batch)."""
    doc, media = batch_doc("tagging", 3, batch_id="bad-tagging")
    return copy.deepcopy(doc), dict(media)


def listed(media: Media) -> list[dict[str, Any]]:
    """The ``media`` list batch.json would carry for these files."""
    return [media_entry(path, media[path]) for path in sorted(media)]


def write_zip(out: Path, entries: dict[str, bytes]) -> Path:
    """A zip holding exactly ``entries``."""
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data)
    return out


def edited(edit: Callable[[Doc, Media], None]) -> Callable[[Path], Path]:
    """A builder: the valid tagging batch, changed by ``edit``, written with ``write_bundle``."""

    def build(out: Path) -> Path:
        doc, media = tagging()
        edit(doc, media)
        return write_bundle(out, doc, media)

    return build


def _not_a_zip(out: Path) -> Path:
    out.write_bytes(b"PK? this is a text file that was renamed to .zip\n" * 20)
    return out


def _no_batch_json(out: Path) -> Path:
    _, media = tagging()
    return write_zip(out, media)


def _bad_json(out: Path) -> Path:
    _, media = tagging()
    return write_raw_bundle(out, b'{"format": "labclient-batch/1", "batch_id": ', media)


def _latin1_json(out: Path) -> Path:
    doc, media = tagging()
    doc["project"]["name"] = "Café Kénya"
    doc["media"] = listed(media)
    return write_raw_bundle(out, json.dumps(doc, ensure_ascii=False).encode("latin-1"), media)


def _media_missing_from_zip(doc: Doc, media: Media) -> None:
    doc["media"] = listed(media)
    del media["media/img-0001.png"]


def _media_changed_after_listing(doc: Doc, media: Media) -> None:
    doc["media"] = listed(media)
    original = media["media/img-0001.png"]
    media["media/img-0001.png"] = original[:-1] + bytes([original[-1] ^ 0xFF])  # same size, other bytes


def _media_size_differs(doc: Doc, media: Media) -> None:
    doc["media"] = listed(media)
    doc["media"][1]["bytes"] += 1


def _media_path_climbs_out(doc: Doc, media: Media) -> None:
    doc["media"] = listed(media)
    doc["media"][0]["path"] = "media/../../outside.png"


def _zip_entry(name: str) -> Callable[[Doc, Media], None]:
    def edit(doc: Doc, media: Media) -> None:
        doc["media"] = listed(media)
        media[name] = b"not part of the batch"

    return edit


def _duplicate_task_ids(doc: Doc, media: Media) -> None:
    doc["tasks"][2]["id"] = doc["tasks"][0]["id"]


def _task_with_unlisted_media(doc: Doc, media: Media) -> None:
    doc["tasks"][0]["media"] = sha256_hex(png_bytes(10, 10))


def _listed_media_unused(doc: Doc, media: Media) -> None:
    media["media/spare.png"] = png_bytes(12, 12, (1, 2, 3))


def _ten_labels(doc: Doc, media: Media) -> None:
    doc["template"]["params"]["labels"] = [{"id": f"l{i}", "text": f"Label {i}"} for i in range(10)]


def _bad_regex(out: Path) -> Path:
    doc, media = batch_doc("data_entry", 3, batch_id="bad-entry")
    doc = copy.deepcopy(doc)  # the factory shares its data entry params between batches
    doc["template"]["params"]["fields"][1]["pattern"] = "[0-9"
    return write_bundle(out, doc, media)


def _audio_source_with_image(out: Path) -> Path:
    doc, media = batch_doc("transcription", 3, batch_id="bad-transcription", source="image")
    doc = copy.deepcopy(doc)
    doc["template"]["params"]["source"] = "audio"
    return write_bundle(out, doc, media)


def _set(path: str, value: Any) -> Callable[[Doc, Media], None]:
    """An edit that sets the dotted ``path`` (list indexes allowed) of the document to ``value``."""

    def edit(doc: Doc, media: Media) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return edit


def _delete(key: str) -> Callable[[Doc, Media], None]:
    def edit(doc: Doc, media: Media) -> None:
        del doc[key]

    return edit


@dataclass(frozen=True)
class Bad:
    """A bad bundle: how to write it, what the refusal must say, and limits to lower first."""

    build: Callable[[Path], Path]
    says: tuple[str, ...]
    limits: dict[str, int] = field(default_factory=dict)


BAD_BUNDLES = {
    "not-a-zip": Bad(_not_a_zip, ("is not a batch bundle", "not a readable zip")),
    "no-batch-json": Bad(_no_batch_json, ("batch.json is missing",)),
    "bad-json": Bad(_bad_json, ("batch.json is not valid JSON", "line 1")),
    "not-utf8": Bad(_latin1_json, ("batch.json is not UTF-8",)),
    "missing-field": Bad(edited(_delete("project")), ("missing field 'project'",)),
    "unknown-top-field": Bad(edited(_set("colour", "red")), ("batch:", "unknown field 'colour'")),
    "unknown-template-field": Bad(edited(_set("template.style", "dark")),
                                  ("batch.template", "unknown field 'style'")),
    "unknown-task-field": Bad(edited(_set("tasks.1.priority", 5)), ("batch.tasks[1]", "unknown field 'priority'")),
    "unknown-kind": Bad(edited(_set("template.kind", "drawing")), ("'drawing' is not a task kind",)),
    "template-version-99": Bad(edited(_set("template.version", 99)),
                               ("batch.template.version", "99 is newer than this LabClient knows")),
    "media-missing-from-zip": Bad(edited(_media_missing_from_zip),
                                  ("media/img-0001.png is listed in batch.json but missing",)),
    "media-hash-mismatch": Bad(edited(_media_changed_after_listing),
                               ("media/img-0001.png does not match its sha256",)),
    "media-size-differs": Bad(edited(_media_size_differs), ("media/img-0001.png is", "but batch.json says")),
    "media-path-climbs-out": Bad(edited(_media_path_climbs_out),
                                 ("batch.media[0].path", "'media/../../outside.png' must stay inside media/")),
    "zip-entry-dotdot": Bad(edited(_zip_entry("../evil.txt")), ("'../evil.txt' would be written outside",)),
    "zip-entry-absolute": Bad(edited(_zip_entry("/abs/path")), ("'/abs/path' would be written outside",)),
    "zip-entry-media-dotdot": Bad(edited(_zip_entry("media/../../x")),
                                  ("'media/../../x' would be written outside",)),
    "unexpected-top-level-entry": Bad(edited(_zip_entry("notes.txt")), ("unexpected entry 'notes.txt'",)),
    "oversized-batch-json": Bad(edited(_set("batch_id", "big")), ("batch.json is larger than",),
                                {"MAX_BATCH_JSON": 512}),
    "too-many-tasks": Bad(edited(_set("batch_id", "many")), ("batch.tasks: must hold 1 to 2 entries",),
                          {"MAX_TASKS": 2}),
    "duplicate-task-ids": Bad(edited(_duplicate_task_ids), ("batch.tasks[2].id", "'t-0000' is used twice")),
    "task-media-unlisted": Bad(edited(_task_with_unlisted_media),
                               ("batch.tasks[0].media", "is not listed in the batch's media")),
    "listed-media-unused": Bad(edited(_listed_media_unused), ("'media/spare.png' is listed but no task uses it",)),
    "tagging-ten-labels": Bad(edited(_ten_labels), ("batch.template.params.labels", "must hold 1 to 9 entries")),
    "data-entry-bad-regex": Bad(_bad_regex,
                                ("batch.template.params.fields[1].pattern", "is not a valid regular expression")),
    "audio-source-image-media": Bad(_audio_source_with_image,
                                    ("batch.tasks[0].media", "is image/png, but this template transcribes audio")),
}


@pytest.mark.parametrize("case", [pytest.param(bad, id=name) for name, bad in BAD_BUNDLES.items()])
def test_bad_bundle_is_refused_whole(
    ws: Workspace, bundles: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Bad
) -> None:
    ws.import_bundle(bundles["audio"])
    before = snapshot(ws)
    bad = case.build(tmp_path / "bad.zip")
    for name, value in case.limits.items():
        monkeypatch.setattr(labclient.batch, name, value)

    with pytest.raises(BundleError) as caught:
        ws.import_bundle(bad)

    message = caught.value.message
    assert message.startswith("The batch was refused: ")
    assert message.endswith("Nothing in the task cache changed.")
    for words in case.says:
        assert words in message
    assert snapshot(ws) == before
    assert bad.exists(), "the refused bundle itself must be left alone"


def test_missing_bundle_file_is_named(ws: Workspace, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "batch.zip"

    with pytest.raises(BundleError) as caught:
        ws.import_bundle(missing)

    assert f"there is no file {missing}" in caught.value.message
    assert ws.batches() == []


def test_task_bodies_are_stored_exactly_as_the_batch_gave_them(ws: Workspace, tmp_path: Path) -> None:
    doc, media = batch_doc("data_entry", 3)
    doc["tasks"][1]["text"] = "Duka la Mama Njeri — Moi Ave. · ماما نجیری کی دکان · ☎ +254 712 000 111"
    doc["tasks"][2]["prefill"] = {"name": "Café \"Le Soleil\"\n2e étage", "phone": ""}
    ws.import_bundle(write_bundle(tmp_path / "unicode.zip", doc, media))
    worker = sign_in(ws, "Amina Njeri")

    shown = []
    for _ in range(3):
        task = ws.next_task(worker)
        assert task is not None
        shown.append(task.body)
        ws.skip(worker, task.key, "checked")
    assert shown == doc["tasks"]


def test_a_task_with_a_field_written_twice_is_refused(ws: Workspace, tmp_path: Path) -> None:
    doc, media = batch_doc("data_entry", 2)
    doc["media"] = []
    text = json.dumps(doc).replace('{"id": "t-0001"', '{"id": "t-0001", "id": "t-0009"')
    bundle = write_raw_bundle(tmp_path / "twice.zip", text.encode(), media)

    with pytest.raises(BundleError, match=r"the key 'id' appears twice in one object"):
        ws.import_bundle(bundle)
    assert ws.task_counts() == {"new": 0, "done": 0, "skipped": 0, "flagged": 0}
    assert ws.batches() == []


def test_a_batch_is_stamped_with_the_workspaces_clock(data_dir: Path, tmp_path: Path) -> None:
    """The import time is the workstation's clock, as every other time it records (a test's
    fake one here), not another clock read on the side."""
    clock = FakeClock()
    with Workspace.open(data_dir, clock=clock) as ws:
        ws.import_bundle(make_bundle(tmp_path / "b", "tagging", 3))
        assert ws.store.query("SELECT imported_at FROM batches") == [{"imported_at": clock.wall()}]
