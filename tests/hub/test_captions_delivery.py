"""Captions in the deliverable: :mod:`labhub.captions` writes SubRip and WebVTT text, and
``deliver`` writes both files for each delivered task of a captioning batch, from a real hub
store (SQLite) filled through the hub's own code paths (add-batch, enrolment, push)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labhub.auth import authenticate, enroll, make_enrol_code
from labhub.batches import add_batch
from labhub.captions import srt, webvtt
from labhub.clock import HubClock
from labhub.delivery import as_text, deliver
from labhub.errors import Refused
from labhub.items import Incoming
from labhub.push import push_items
from labhub.store import HubStore
from tests.factory import batch_doc, wav_bytes

HOUR_MS = 3_600_000

# Out of order: a two-line caption past the first hour, one of nothing but white space, then the first.
SEGMENTS: list[dict[str, Any]] = [
    {"start_ms": HOUR_MS + 2_500, "end_ms": HOUR_MS + 61_000, "text": "Two lines,\nthe second."},
    {"start_ms": 1_300, "end_ms": 2_000, "text": " \n "},
    {"start_ms": 0, "end_ms": 1_250, "text": "Hello."},
]


# --- SubRip and WebVTT text --------------------------------------------------------------------

def test_srt_numbers_blocks_from_one_in_time_order_and_leaves_out_blank_captions() -> None:
    assert srt(SEGMENTS) == (
        "1\n"
        "00:00:00,000 --> 00:00:01,250\n"
        "Hello.\n"
        "\n"
        "2\n"
        "01:00:02,500 --> 01:01:01,000\n"
        "Two lines,\n"
        "the second.\n")


def test_webvtt_has_its_header_then_the_cues_in_time_order() -> None:
    assert webvtt(SEGMENTS) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.000 --> 00:00:01.250\n"
        "Hello.\n"
        "\n"
        "01:00:02.500 --> 01:01:01.000\n"
        "Two lines,\n"
        "the second.\n")


def test_webvtt_escapes_markup_and_arrows_and_drops_blank_lines_inside_a_cue() -> None:
    text = "Tom & <b>Jerry</b> --> out\n\n  \nrun--->\r\nnow"
    assert webvtt([{"start_ms": 500, "end_ms": 1_500, "text": text}]) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.500 --> 00:00:01.500\n"
        "Tom &amp; &lt;b>Jerry&lt;/b> --&gt; out\n"
        "run---&gt;\n"
        "now\n")


def test_srt_keeps_the_text_as_it_is_but_drops_blank_lines_inside_a_block() -> None:
    text = "Tom & <b>Jerry</b> --> out\n\n  \nrun\r\nnow"
    assert srt([{"start_ms": 500, "end_ms": 1_500, "text": text}]) == (
        "1\n"
        "00:00:00,500 --> 00:00:01,500\n"
        "Tom & <b>Jerry</b> --> out\n"
        "run\n"
        "now\n")


def test_captions_that_start_together_keep_their_order() -> None:
    same = [{"start_ms": 1_000, "end_ms": 2_000, "text": name} for name in ("first", "second")]
    later = {"start_ms": 5_000, "end_ms": 6_000, "text": "later"}
    assert [line for line in srt([later, *same]).splitlines() if line.islower()] == ["first", "second", "later"]
    assert [line for line in webvtt([later, *same]).splitlines() if line.islower()] == ["first", "second", "later"]


def test_no_caption_with_text_gives_an_empty_file() -> None:
    blank = [{"start_ms": 0, "end_ms": 1_000, "text": "\n"}]
    assert (srt([]), srt(blank), webvtt([]), webvtt(blank)) == ("", "", "WEBVTT\n", "WEBVTT\n")


@pytest.mark.parametrize("segment", [{"start_ms": -1, "end_ms": 1_000, "text": "x"},
                                     {"start_ms": 0.5, "end_ms": 1_000, "text": "x"},
                                     {"start_ms": True, "end_ms": 1_000, "text": "x"},
                                     {"start_ms": 0, "text": "x"}, {"start_ms": 0, "end_ms": 1_000, "text": 3},
                                     "not a segment"])
def test_a_segment_that_is_not_timed_text_is_refused(segment: Any) -> None:
    with pytest.raises(ValueError, match="segment 0"):
        srt([segment])
    with pytest.raises(ValueError, match="segment 0"):
        webvtt([segment])


# --- The deliverable -----------------------------------------------------------------------------

CLIP = wav_bytes(4.0)
CLIP_SHA = hashlib.sha256(CLIP).hexdigest()
GOLD = {"segments": [{"start_ms": 200, "end_ms": 1_800, "text": "The cat sat"},
                     {"start_ms": 2_000, "end_ms": 3_600, "text": "on the mat."}]}
ANSWER = {"segments": [{"start_ms": 100, "end_ms": 1_900, "text": "How are you,\n<i>Amina</i>?"},
                       {"start_ms": 2_000, "end_ms": 3_500, "text": "Très bien, merci."}]}
GOLD_TASKS = 3


def captioning_doc(batch_id: str, task_ids: list[str]) -> dict[str, Any]:
    """A captioning batch of the project "test" (tests.factory's): three gold tasks, then ``task_ids``."""
    tasks: list[dict[str, Any]] = [{"id": task_id, "media": CLIP_SHA, "duration_ms": 4000}
                                   for task_id in [f"g-{i}" for i in range(GOLD_TASKS)] + task_ids]
    for task in tasks[:GOLD_TASKS]:
        task["gold"] = {"answer": GOLD, "explanation": "What is said, when it is said."}
    return {"format": "labclient-batch/1.1", "batch_id": batch_id, "project": {"id": "test", "name": "Test project"},
            "template": {"kind": "captioning", "version": 1, "title": "Caption the clip",
                         "instructions": "Type what is said, when it is said.", "params": {"source": "audio"}},
            "tasks": tasks}


class Lab:
    """One workstation of the lab Gulu pushing its workers' results to the hub store."""

    def __init__(self, store: HubStore, clock: HubClock) -> None:
        self.store, self.clock, self.seq = store, clock, 0
        token = enroll(store, clock, make_enrol_code(store, clock, "Gulu"), "LAB-PC-01").token
        self.device = authenticate(store, f"Bearer {token}")

    def push(self, batch_id: str, task_id: str, content: dict[str, Any], action: str = "submit") -> None:
        self.seq += 1
        item = Incoming(self.seq, f"00000000-0000-4000-8000-{self.seq:012d}", "result", {
            "batch_id": batch_id, "task_id": task_id, "worker": {"id": "w-amina", "name": "Amina Njeri"},
            "action": action, "content": content, "created_at": self.clock.now_text(),
            "created_mono_ns": self.seq, "boot_id": "test-boot", "active_ms": 60_000})
        _, answers, _ = push_items(self.store, self.clock, self.device,
                                   {"wall": self.clock.now_text(), "mono_ns": 1, "boot_id": "test-boot"}, [item],
                                   3600.0)
        assert answers[0]["status"] == "applied", answers


@pytest.fixture
def worked(tmp_path: Path) -> Iterator[tuple[HubStore, HubClock]]:
    """A hub store holding the project "test": a captioning batch ``cap-1`` whose gold Amina gets
    right, two of its tasks answered, one skipped and one waiting, and a tagging batch answered."""
    store, clock = HubStore.open(tmp_path / "hub"), HubClock()
    try:
        cap = write_bundle(tmp_path / "cap-1.zip", captioning_doc("cap-1", ["t-0000", "t-0001", "t-0002", "t-0003"]),
                           {"media/clip.wav": CLIP})
        add_batch(store, clock, cap, "Gulu")
        doc, media = batch_doc("tagging", 1, batch_id="tag-1")
        add_batch(store, clock, write_bundle(tmp_path / "tag-1.zip", doc, media), "Gulu")
        lab = Lab(store, clock)
        for i in range(GOLD_TASKS):
            lab.push("cap-1", f"g-{i}", GOLD)
        lab.push("cap-1", "t-0000", ANSWER)
        lab.push("cap-1", "t-0001", {"segments": [{"start_ms": 0, "end_ms": 1_000, "text": "Yes."}]})
        lab.push("cap-1", "t-0002", {"reason": "no speech in the clip"}, action="skip")
        lab.push("tag-1", "t-0000", {"labels": ["cat"]})
        yield store, clock
    finally:
        store.close()


def caption_files(out: Path) -> set[str]:
    """Every file under ``out/captions``, relative to ``out``."""
    return {p.relative_to(out).as_posix() for p in (out / "captions").rglob("*") if p.is_file()}


CAPTIONS = {"captions/cap-1/t-0000.srt", "captions/cap-1/t-0000.vtt",
            "captions/cap-1/t-0001.srt", "captions/cap-1/t-0001.vtt"}


def test_each_delivered_captioning_answer_comes_as_srt_and_webvtt(worked: tuple[HubStore, HubClock],
                                                                  tmp_path: Path) -> None:
    store, clock = worked
    out = tmp_path / "delivery"

    summary = deliver(store, clock, "test", out)

    delivered = [json.loads(line) for line in (out / "answers.jsonl").read_text("utf-8").splitlines()]
    assert [(r["batch_id"], r["task_id"]) for r in delivered] == [
        ("cap-1", "t-0000"), ("cap-1", "t-0001"), ("tag-1", "t-0000")], "gold tasks are never delivered"
    assert caption_files(out) == CAPTIONS, "skipped, waiting and tagging tasks have none"
    assert (out / "captions/cap-1/t-0000.srt").read_bytes() == (  # UTF-8, no byte order mark
        "1\n00:00:00,100 --> 00:00:01,900\nHow are you,\n<i>Amina</i>?\n\n"
        "2\n00:00:02,000 --> 00:00:03,500\nTrès bien, merci.\n").encode()
    assert (out / "captions/cap-1/t-0000.vtt").read_bytes() == (
        "WEBVTT\n\n00:00:00.100 --> 00:00:01.900\nHow are you,\n&lt;i>Amina&lt;/i>?\n\n"
        "00:00:02.000 --> 00:00:03.500\nTrès bien, merci.\n").encode()
    assert (out / "captions/cap-1/t-0001.srt").read_text("utf-8") == "1\n00:00:00,000 --> 00:00:01,000\nYes.\n"
    assert summary.caption_files == 2
    assert json.loads((out / "summary.json").read_text("utf-8"))["caption_files"] == 2
    assert f"captions (SRT and WebVTT) of 2 task(s) in {out / 'captions'}" in as_text(summary, out)
    assert not [p for p in out.rglob(".*")], "no temporary file is left"


def test_force_leaves_exactly_the_current_caption_files(worked: tuple[HubStore, HubClock], tmp_path: Path) -> None:
    store, clock = worked
    out = tmp_path / "delivery"
    deliver(store, clock, "test", out)
    assert caption_files(out) == CAPTIONS

    strict = deliver(store, clock, "test", out, min_gold=5, force=True)  # Amina has 3 gold results: none delivered

    assert (strict.delivered, strict.caption_files) == (0, 0)
    assert not (out / "captions").exists(), "the earlier deliverable's captions are gone with it"
    assert "captions" not in as_text(strict, out)

    deliver(store, clock, "test", out, force=True)
    (out / "captions/cap-1/t-0003.srt").write_text("stale", "utf-8")  # as if from an earlier deliverable
    (out / "captions/old-batch").mkdir()
    (out / "captions/old-batch/t-0000.vtt").write_text("stale", "utf-8")
    again = deliver(store, clock, "test", out, force=True)

    assert again.caption_files == 2
    assert caption_files(out) == CAPTIONS
    assert not (out / "captions/old-batch").exists()


def test_force_removes_a_link_named_captions_not_what_it_points_to(worked: tuple[HubStore, HubClock],
                                                                  tmp_path: Path) -> None:
    store, clock = worked
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine", "utf-8")
    out = tmp_path / "delivery"
    out.mkdir()
    (out / "captions").symlink_to(elsewhere, target_is_directory=True)

    deliver(store, clock, "test", out, force=True)

    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"], "nothing written through the link"
    assert not (out / "captions").is_symlink() and caption_files(out) == CAPTIONS


def test_a_task_id_that_names_a_folder_is_refused_at_the_hub(tmp_path: Path) -> None:
    # A task named ".." would name a folder in captions/<batch>/<task>.srt: the batch is refused
    # whole. (Delivery still skips such an id, for a hub database written before this rule.)
    store, clock = HubStore.open(tmp_path / "hub"), HubClock()
    try:
        cap = write_bundle(tmp_path / "cap-2.zip", captioning_doc("cap-2", ["..", "t-0000"]), {"media/clip.wav": CLIP})
        with pytest.raises(Refused) as refused:
            add_batch(store, clock, cap, "Gulu")
    finally:
        store.close()
    assert "not '.' or '..'" in str(refused.value)
