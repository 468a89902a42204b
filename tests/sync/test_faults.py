"""Sync over a bad link: a real client and a real hub with a fault-injecting TCP proxy between them.

Each workstation is enrolled *through* its proxy, so the hub address it keeps is the proxy's and
every byte of its syncs crosses the faults. The hub takes chunks of 60 results, so a push of
300 is five chunks; where a fault must land at a precise point (mid-request, mid-answer), a
twin workstation with the same amount of work is synced cleanly first and its byte counts at
each acknowledged chunk say where that point is.

What a person would notice, and what is checked: the sync finishes, every result is on the hub
exactly once, and a cut costs at most about one chunk (or, for media, one read) sent again.
Backoff waits cost no real time (``NoSleep``); the only real waits are socket timeouts.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import HubUnreachableError
from labclient.media import MediaStore
from labclient.sync.client import BACKOFF_CAP_S, FETCH_CONNECTIONS, SyncProgress, SyncRun, enroll
from labclient.sync.media_fetch import CHUNK, part_path
from labclient.sync.state import history
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle, wav_bytes
from tests.faultproxy import FaultProxy, Faults
from tests.helpers.sync_hub import Hub, hub_results, start_hub
from tests.helpers.sync_station import NoSleep, work

RESULTS = 300
CHUNK_ITEMS = 60  # the hub's --max-items: a push of RESULTS is RESULTS / CHUNK_ITEMS chunks


@pytest.fixture
def chunked_hub(tmp_path: Path) -> Iterator[Hub]:
    """A hub that takes chunks of at most CHUNK_ITEMS results."""
    running = start_hub(tmp_path / "hub", "--max-items", str(CHUNK_ITEMS))
    yield running
    running.process.terminate()
    running.process.wait(timeout=30)
    assert running.process.stdout is not None
    running.process.stdout.close()


@dataclass
class Station:
    """A workstation enrolled through its own proxy, with work queued."""

    data_dir: Path
    proxy: FaultProxy
    ids: list[str]


@pytest.fixture
def stations(tmp_path: Path) -> Iterator[Callable[..., Station]]:
    """Make workstations behind proxies: ``stations(hub, "name", results)``. Each has its own lab
    and batch, so no workstation's pull brings another's work."""
    proxies = contextlib.ExitStack()

    def make(hub: Hub, name: str, results: int) -> Station:
        parts = urlsplit(hub.url)
        assert parts.hostname is not None and parts.port is not None
        proxy = proxies.enter_context(FaultProxy((parts.hostname, parts.port)))
        data_dir = tmp_path / name
        enroll(data_dir, proxy.url, hub.admin("enroll-code", "--lab", name).strip(), device_name=name)
        if not results:
            return Station(data_dir, proxy, [])
        bundle = make_bundle(tmp_path / "bundles", "tagging", results, batch_id=name)
        hub.admin("add-batch", str(bundle), "--lab", name)
        return Station(data_dir, proxy, work(data_dir, bundle, results))

    with proxies:
        yield make


@dataclass
class Marks:
    """Bytes that had crossed a proxy (up, down) when each chunk of a clean push was acknowledged."""

    start: tuple[int, int]
    chunks: list[tuple[int, int]]
    total_up: int

    def chunk_up(self, n: int) -> int:
        """Bytes of the request of chunk ``n`` (0-based, n >= 1), headers included."""
        return self.chunks[n][0] - self.chunks[n - 1][0]

    def chunk_down(self, n: int) -> int:
        """Bytes of the answer of chunk ``n`` (n >= 1)."""
        return self.chunks[n][1] - self.chunks[n - 1][1]

    def down_before(self, n: int) -> int:
        """Bytes from the hub from the start of the run to the start of chunk ``n``'s answer."""
        return self.chunks[n - 1][1] - self.start[1]

    def before(self, n: int) -> int:
        """Bytes (both ways) from the start of the run to the start of chunk ``n`` (n >= 1)."""
        return sum(self.chunks[n - 1]) - sum(self.start)


def clean_run(station: Station) -> Marks:
    """Sync ``station`` with no faults, noting the proxy's byte counts at each acknowledged chunk."""
    proxy = station.proxy
    start = (proxy.bytes_up, proxy.bytes_down)
    chunks: list[tuple[int, int]] = []

    def note(p: SyncProgress) -> None:
        if p.message.startswith("Sent "):
            chunks.append((proxy.bytes_up, proxy.bytes_down))

    report = SyncRun(station.data_dir, progress=note).run()
    assert report.complete, report.message
    assert len(chunks) == RESULTS // CHUNK_ITEMS
    return Marks(start, chunks, proxy.bytes_up - start[0])


def assert_exactly_once(hub: Hub, *stations: Station) -> None:
    """Every result of the stations is on the hub, once, and nothing else is."""
    on_hub = [r["id"] for r in hub_results(hub)]
    assert len(on_hub) == len(set(on_hub)), "a result is on the hub twice"
    assert sorted(on_hub) == sorted(i for s in stations for i in s.ids)


def synced(station: Station) -> tuple[SyncRun, NoSleep]:
    """A sync of ``station`` whose backoff waits cost no real time, and its recorded waits."""
    sleep = NoSleep()
    return SyncRun(station.data_dir, sleep=sleep, timer=sleep.clock), sleep


@pytest.mark.slow
@pytest.mark.parametrize("where", ["request", "answer"])
def test_a_reset_mid_push_costs_at_most_one_chunk_sent_again(chunked_hub: Hub, stations: Callable[..., Station],
                                                            where: str) -> None:
    twin, station = stations(chunked_hub, "twin", RESULTS), stations(chunked_hub, "cut", RESULTS)
    marks = clean_run(twin)
    # The reset lands in the middle of chunk 3's request (the hub never sees it whole) or of its
    # answer (the hub has committed it; the client never reads that).
    cut_at = marks.before(2) + (marks.chunk_up(2) // 2 if where == "request"
                                else marks.chunk_up(2) + marks.chunk_down(2) // 2)
    station.proxy.set_faults(Faults(reset_after=cut_at))
    before = station.proxy.bytes_up
    run, sleep = synced(station)
    report = run.run()

    assert report.complete, report.message
    assert station.proxy.resets == 1 and len(sleep.calls) == 1, "one cut, one retry"
    assert report.tally.applied + report.tally.duplicate == RESULTS
    assert report.tally.duplicate == (CHUNK_ITEMS if where == "answer" else 0)
    assert_exactly_once(chunked_hub, twin, station)
    extra = station.proxy.bytes_up - before - marks.total_up
    chunk = max(marks.chunk_up(n) for n in range(1, len(marks.chunks)))
    assert extra <= chunk + 512, f"{extra} bytes sent again; one chunk is {chunk}"


@pytest.mark.slow
def test_resets_every_few_chunks_still_get_everything_through(chunked_hub: Hub,
                                                             stations: Callable[..., Station]) -> None:
    twin, station = stations(chunked_hub, "twin", RESULTS), stations(chunked_hub, "cut", RESULTS)
    marks = clean_run(twin)
    chunk = max(marks.chunk_up(n) + marks.chunk_down(n) for n in range(1, len(marks.chunks)))
    every = int(chunk * 1.6)  # more than one chunk's request and answer, less than two
    station.proxy.set_faults(Faults(reset_after=every, repeat=True))
    run, sleep = synced(station)
    report = run.run()

    assert report.complete, report.message
    assert station.proxy.resets >= 3, "the link was cut again and again"
    assert len(sleep.calls) == station.proxy.resets
    assert report.tally.applied + report.tally.duplicate == RESULTS
    assert_exactly_once(chunked_hub, twin, station)


class ClearFaultsOnRetry(NoSleep):
    """NoSleep that also heals the link when the sync loop decides to wait and retry."""

    def __init__(self, proxy: FaultProxy) -> None:
        super().__init__()
        self.proxy = proxy

    def __call__(self, seconds: float) -> None:
        super().__call__(seconds)
        self.proxy.set_faults(Faults())


@pytest.mark.slow
def test_a_stalled_link_is_given_up_on_and_the_sync_resumes(chunked_hub: Hub,
                                                            stations: Callable[..., Station]) -> None:
    station = stations(chunked_hub, "stall", RESULTS)
    # Every connection goes silent after 9 KB (mid-push) until the sync loop gives up on it.
    station.proxy.set_faults(Faults(stall_after=9_000, repeat=True))
    sleep = ClearFaultsOnRetry(station.proxy)
    started = time.monotonic()
    report = SyncRun(station.data_dir, sleep=sleep, timer=sleep.clock, stall_timeout=0.5).run()
    elapsed = time.monotonic() - started

    assert report.complete, report.message
    assert len(sleep.calls) == 1, "one stall, noticed and retried once"
    assert elapsed < 10, f"the stalled sync took {elapsed:.1f} s"
    assert report.tally.applied + report.tally.duplicate == RESULTS
    assert_exactly_once(chunked_hub, station)


@pytest.mark.slow
@pytest.mark.parametrize("where", ["request", "answer_headers", "answer_body"])
def test_a_cleanly_cut_connection_is_retried_and_counted_once(chunked_hub: Hub, stations: Callable[..., Station],
                                                             where: str) -> None:
    twin, station = stations(chunked_hub, "twin", RESULTS), stations(chunked_hub, "cut", RESULTS)
    marks = clean_run(twin)
    # A cut inside the answer's headers leaves a status line and no body: a cut, not a strange hub.
    # Answers are counted alone (their sizes do not vary between stations; requests do a little).
    faults = {"request": Faults(truncate_after=marks.before(3) + marks.chunk_up(3) // 2),
              "answer_headers": Faults(truncate_after=marks.down_before(3) + 30, down_only=True),
              "answer_body": Faults(truncate_after=marks.down_before(3) + marks.chunk_down(3) - 3, down_only=True)}
    station.proxy.set_faults(faults[where])
    run, sleep = synced(station)
    report = run.run()

    assert report.complete, report.message
    assert len(sleep.calls) == 1
    assert report.tally.duplicate == (0 if where == "request" else CHUNK_ITEMS)
    assert report.tally.applied + report.tally.duplicate == RESULTS
    assert_exactly_once(chunked_hub, twin, station)


class CutForGoodOnRetry(NoSleep):
    """NoSleep that, at the first retry, cuts the link for good: every connection is reset at once."""

    def __init__(self, proxy: FaultProxy) -> None:
        super().__init__()
        self.proxy = proxy

    def __call__(self, seconds: float) -> None:
        super().__call__(seconds)
        if len(self.calls) == 1:
            self.proxy.set_faults(Faults(reset_after=1, repeat=True))


def test_a_sync_cut_off_for_good_says_how_much_it_sent(chunked_hub: Hub, stations: Callable[..., Station]) -> None:
    station = stations(chunked_hub, "cutoff", RESULTS)
    station.proxy.set_faults(Faults(reset_after=9_000))  # mid-push; from then on the line is dead
    sleep = CutForGoodOnRetry(station.proxy)
    report = SyncRun(station.data_dir, sleep=sleep, timer=sleep.clock, deadline_s=120, connect_retries=0).run()

    assert report.outcome == "offline", report.message
    sent = RESULTS - report.remaining
    assert 0 < sent < RESULTS, "some chunks went before the line died"
    assert sorted(r["id"] for r in hub_results(chunked_hub)) == sorted(station.ids[:sent])
    with Workspace.open(station.data_dir) as ws:
        (last_run, *_) = history(ws.store)
    # What the person sees: the sync history and ``labclient sync --json`` say what went out.
    assert last_run["outcome"] == "offline"
    assert (report.tally.applied, last_run["items_sent"]) == (sent, sent)


class NotePartOnRetry(NoSleep):
    """NoSleep that notes, at each retry, the bytes downloaded so far and the size of the part file."""

    def __init__(self, proxy: FaultProxy, part: Path) -> None:
        super().__init__()
        self.proxy, self.part, self.start = proxy, part, proxy.bytes_down
        self.notes: list[tuple[int, int]] = []

    def __call__(self, seconds: float) -> None:
        super().__call__(seconds)
        self.notes.append((self.proxy.bytes_down - self.start, self.part.stat().st_size if self.part.exists() else 0))


@pytest.mark.slow
@pytest.mark.parametrize("cut_kind", ["reset", "clean"])
def test_a_media_download_cut_again_and_again_resumes_each_time(chunked_hub: Hub, tmp_path: Path,
                                                               stations: Callable[..., Station],
                                                               cut_kind: str) -> None:
    doc, _ = batch_doc("transcription", 1, batch_id="long-clip")
    clip = wav_bytes(seconds=40.0)  # 640 KB: ten media reads
    sha = hashlib.sha256(clip).hexdigest()
    doc["tasks"][0]["media"] = sha
    chunked_hub.admin("add-batch", str(write_bundle(tmp_path / "long.zip", doc, {"media/clip-0000.wav": clip})),
                      "--lab", "media")
    station = stations(chunked_hub, "media", 0)
    cut = len(clip) // 2 - 10_000  # every connection is cut a little before half the file
    station.proxy.set_faults(Faults(reset_after=cut, repeat=True) if cut_kind == "reset"
                             else Faults(truncate_after=cut, repeat=True))
    media = MediaStore(station.data_dir / "media")
    sleep = NotePartOnRetry(station.proxy, part_path(media, sha))
    report = SyncRun(station.data_dir, sleep=sleep, timer=sleep.clock).run()

    assert report.complete, report.message
    assert report.batches_received == ["long-clip"]
    assert media.path_for(sha).read_bytes() == clip
    assert not part_path(media, sha).exists()
    with Workspace.open(station.data_dir) as ws:
        assert ws.task_counts()["new"] == 1, "the clip's task can be worked"
    cuts = len(sleep.notes)
    assert cuts >= 2
    kept = [size for _, size in sleep.notes]
    assert kept == sorted(kept) and kept[-1] > 0, f"each attempt went on from the last one: {sleep.notes}"
    if cut_kind == "clean":
        assert 0 < kept[0] < kept[1], f"each attempt added to the part file: {sleep.notes}"
    downloaded = station.proxy.bytes_down - sleep.start
    # A cut wastes what was in flight, never what was kept before. A reset also throws away
    # what sat unread in the client's socket buffer, so it costs at most the cut's bytes; a
    # clean cut costs at most the read in progress (one CHUNK).
    waste = cut if cut_kind == "reset" else CHUNK + 2_000
    assert downloaded <= len(clip) + cuts * waste + 10_000, \
        f"{downloaded} bytes downloaded for a {len(clip)}-byte file over {cuts} cuts: {sleep.notes}"


def test_media_files_come_over_several_connections_at_once(chunked_hub: Hub,
                                                          stations: Callable[..., Station], tmp_path: Path) -> None:
    station = stations(chunked_hub, "lanes", 0)
    chunked_hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 9, batch_id="lanes")), "--lab", "lanes")
    station.proxy.set_faults(Faults(latency_s=0.05))
    before = station.proxy.connections

    report = SyncRun(station.data_dir).run()

    assert report.complete and report.batches_received == ["lanes"], report.message
    assert station.proxy.connections - before == 1 + FETCH_CONNECTIONS, \
        "one connection for the sync, and a few for media so that round trips overlap"
    with Workspace.open(station.data_dir) as ws:
        tasks = [ws.task(key) for key in range(1, 10)]
        assert all(t.media is not None and t.media.path.is_file() for t in tasks)


@pytest.mark.slow
def test_a_slow_far_link_gets_everything_through(chunked_hub: Hub, stations: Callable[..., Station]) -> None:
    station = stations(chunked_hub, "slow", 120)
    station.proxy.set_faults(Faults(latency_s=0.1, bandwidth_bps=2_000_000))
    run, sleep = synced(station)
    started = time.monotonic()
    report = run.run()
    elapsed = time.monotonic() - started

    assert report.complete, report.message
    assert report.tally.applied == 120 and sleep.calls == []
    # two pushes and a pull (the limits came with the enrolment), each at least one round trip
    # (0.2 s) over the slow link
    assert elapsed >= 3 * 0.2
    assert_exactly_once(chunked_hub, station)


def test_the_backoff_after_thousands_of_attempts_is_still_a_wait_of_at_most_the_cap(tmp_path: Path) -> None:
    """A sleep that returns at once (a clock that stood still, say) let the attempts run into the
    thousands, and 2**1024 seconds of backoff is no float: the run crashed in its retry loop."""
    run = SyncRun(tmp_path / "none", sleep=lambda _s: None)
    offline = HubUnreachableError(hub="http://127.0.0.1:9", detail="refused")
    delays = [run._delay(attempt, offline) for attempt in (1, 10, 1024, 10**6)]
    assert all(0 <= d <= BACKOFF_CAP_S for d in delays)
