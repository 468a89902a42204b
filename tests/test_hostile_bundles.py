"""Bundles made to break the reader: each is refused whole with the problem named, by the
workstation's import and by the hub's add-batch alike, and nothing already stored changes."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle, write_raw_bundle
from labclient.errors import BundleError
from labclient.workspace import Workspace
from labhub.batches import add_batch
from labhub.clock import HubClock
from labhub.errors import HubError
from labhub.store import HubStore
from tests.factory import batch_doc
from tests.helpers.cli import labclient


def valid(tmp_path: Path) -> tuple[str, dict[str, bytes]]:
    """A valid tagging batch.json (as text) and its media."""
    doc, media = batch_doc("tagging", 3, batch_id="b-hostile")
    bundle = write_bundle(tmp_path / "valid.zip", doc, media)
    return zipfile.ZipFile(bundle).read("batch.json").decode("utf-8"), media


def edited(text: str, change: Callable[[dict[str, object]], None]) -> str:
    doc = json.loads(text)
    change(doc)
    return json.dumps(doc)


def _kind_list(d: dict[str, object]) -> None:
    d["template"]["kind"] = ["tagging"]  # type: ignore[index]


def _media_list(d: dict[str, object]) -> None:
    d["tasks"][0]["media"] = [d["tasks"][0]["media"]]  # type: ignore[index]


def _task_string(d: dict[str, object]) -> None:
    d["tasks"][0] = "a task"  # type: ignore[index]


def _mime_list(d: dict[str, object]) -> None:
    d["media"][0]["mime"] = ["image/png"]  # type: ignore[index]


#: Ten million characters that do not compress much (so the zip is no bomb): echoing them back is the fault.
TEN_MB = "".join(f"{n:08x}" for n in range(1_250_000))

JSON_CASES: dict[str, tuple[Callable[[str], str], str]] = {
    "a list as the kind": (lambda t: edited(t, _kind_list), "batch.template.kind: must be a string"),
    "a list as a task's media": (lambda t: edited(t, _media_list), "batch.tasks[0].media"),
    "a task that is not an object": (lambda t: edited(t, _task_string), "batch.tasks[0]: must be an object"),
    "a list as a mime type": (lambda t: edited(t, _mime_list), "batch.media[0].mime"),
    "nesting 100,000 deep": (lambda t: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "a number of 5,000 digits": (lambda t: t[:-1] + ', "n": ' + "9" * 5000 + "}", "a number has 5000 digits"),
    "a lone surrogate": (lambda t: t.replace('"Test project"', '"Test \\ud800 project"'), "lone surrogate"),
    "a key twice": (lambda t: t[:-1] + ', "tasks": []}', "the key 'tasks' appears twice"),
    "NaN": (lambda t: t[:-1] + ', "n": NaN}', "NaN is not a JSON number"),
    "a key of 10 MB": (lambda t: t[:-1] + f', "k{TEN_MB}": 1}}', "batch: unknown field 'k0000000000000001"),
    "a project name of 10 MB": (lambda t: t.replace('"Test project"', f'"{TEN_MB}"'),
                                "batch.project.name: must be 1 to 200 characters long"),
    "a batch id of 10 MB": (lambda t: t.replace('"b-hostile"', f'"{TEN_MB}"'),
                            "batch.batch_id: must be 1 to 128 characters long"),
    "a task id of 10 MB": (lambda t: t.replace('"t-0001"', f'"{TEN_MB}"', 1), "batch.tasks[1].id"),
    "a task id that names a folder": (lambda t: t.replace('"t-0001"', '".."', 1),
                                      "batch.tasks[1].id: must be 1 to 128 letters, digits, '.', '_' or '-' "
                                      "(not '.' or '..')"),
    "a batch id that names a folder": (lambda t: t.replace('"b-hostile"', '"."'), "batch.batch_id"),
    "a zip bomb (whitespace unpacking a thousand to one)": (lambda t: t[:-1] + " " * 8_000_000 + "}",
                                                           "more than 200 to 1, which no real batch does"),
}


def _unknown_method(path: Path) -> None:
    """Mark batch.json as compressed with method 99 (no reader knows it), in both zip headers."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        data[at + offset:at + offset + 2] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))


def _corrupt_deflate(path: Path) -> None:
    """Spoil the deflate stream of batch.json (its first compressed bytes)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x03\x04")
    name_len = int.from_bytes(data[at + 26:at + 28], "little")
    extra_len = int.from_bytes(data[at + 28:at + 30], "little")
    start = at + 30 + name_len + extra_len
    data[start:start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


ZIP_CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "an unknown compression method": (_unknown_method, "batch.json is damaged in the zip (NotImplementedError"),
    "corrupt deflate data": (_corrupt_deflate, "batch.json is damaged in the zip"),
}


def deflated(tmp_path: Path, text: str, media: dict[str, bytes]) -> Path:
    out = tmp_path / "bad.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("batch.json", text)
        for name, data in media.items():
            zf.writestr(name, data)
    return out


def hostile_bundles(tmp_path: Path) -> list[tuple[str, Path, str]]:
    text, media = valid(tmp_path)
    cases = []
    for n, (name, (make, said)) in enumerate(JSON_CASES.items()):
        cases.append((name, write_raw_bundle(tmp_path / f"json-{n}.zip", make(text).encode("utf-8"), media), said))
    for n, (name, (spoil, said)) in enumerate(ZIP_CASES.items()):
        folder = tmp_path / f"zip-{n}"
        folder.mkdir()
        path = deflated(folder, text, media)
        spoil(path)
        cases.append((name, path, said))
    return cases


@pytest.mark.slow
def test_the_workstation_refuses_each_hostile_bundle_by_name_and_keeps_its_cache(tmp_path: Path) -> None:
    good_doc, good_media = batch_doc("tagging", 2, batch_id="b-good")
    with Workspace.open(tmp_path / "station") as ws:
        ws.import_bundle(write_bundle(tmp_path / "good.zip", good_doc, good_media))
        before = ws.task_counts()
        for name, bundle, said in hostile_bundles(tmp_path):
            with pytest.raises(BundleError) as refused:
                ws.import_bundle(bundle)
            assert said in refused.value.message, (name, refused.value.message)
            assert len(refused.value.message) < 600, "the refusal does not echo the input"
        assert ws.task_counts() == before
        assert [b.batch_id for b in ws.batches()] == ["b-good"]


@pytest.mark.slow
def test_the_hub_refuses_each_hostile_bundle_by_name_and_adds_nothing(tmp_path: Path) -> None:
    store = HubStore.open(tmp_path / "hub")
    try:
        for name, bundle, said in hostile_bundles(tmp_path):
            with pytest.raises((BundleError, HubError)) as refused:
                add_batch(store, HubClock(), bundle, "Gulu")
            said_back = str(refused.value.args[0] if refused.value.args else refused.value)
            assert said in said_back, name
            assert len(said_back) < 1200, f"{name}: the refusal does not echo the input"
        with store.snapshot() as c:
            assert c.execute("SELECT count(*) FROM batches").fetchone()[0] == 0
    finally:
        store.close()


def test_a_changed_batch_under_a_cached_id_is_refused_and_the_cached_one_kept(tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 3, batch_id="b-same")
    first = write_bundle(tmp_path / "first.zip", doc, media)
    text = zipfile.ZipFile(first).read("batch.json")
    respaced = write_raw_bundle(tmp_path / "respaced.zip",
                                json.dumps(json.loads(text), indent=4, sort_keys=True).encode("utf-8"), media)
    doc["tasks"][1]["id"] = "t-renamed"
    changed = write_bundle(tmp_path / "changed.zip", doc, media)
    with Workspace.open(tmp_path / "station") as ws:
        ws.import_bundle(first)

        assert ws.import_bundle(respaced).already_present, "the same values, spaced and ordered otherwise"
        with pytest.raises(BundleError) as refused:
            ws.import_bundle(changed)

        assert "a different batch with the id 'b-same' is already in the task cache" in refused.value.message
        ids = [r[0] for r in ws.store.read().execute("SELECT task_id FROM tasks ORDER BY id")]
        assert ids == ["t-0000", "t-0001", "t-0002"], "the cached batch is kept as it was"


def test_the_command_line_says_a_changed_batch_was_refused_and_exits_1(tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, batch_id="b-cli")
    first = write_bundle(tmp_path / "first.zip", doc, media)
    doc["template"]["title"] = "Another title"
    changed = write_bundle(tmp_path / "changed.zip", doc, media)
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "station"
    assert labclient(home, "--data-dir", data, "import-batch", first).returncode == 0

    again = labclient(home, "--data-dir", data, "import-batch", changed)

    assert again.returncode == 1
    assert "already in the task cache" not in again.stdout
    assert "a different batch with the id 'b-cli'" in again.stderr and "Traceback" not in again.stderr


def test_the_hub_takes_the_same_values_again_and_refuses_a_changed_batch_under_its_id(tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, batch_id="b-hub")
    first = write_bundle(tmp_path / "first.zip", doc, media)
    text = zipfile.ZipFile(first).read("batch.json")
    respaced = write_raw_bundle(tmp_path / "respaced.zip",
                                json.dumps(json.loads(text), indent=3, sort_keys=True).encode("utf-8"), media)
    doc["tasks"][0]["id"] = "t-other"
    changed = write_bundle(tmp_path / "changed.zip", doc, media)
    store = HubStore.open(tmp_path / "hub")
    try:
        assert not add_batch(store, HubClock(), first, "Gulu").already_present
        assert add_batch(store, HubClock(), respaced, "Gulu").already_present
        with pytest.raises(HubError) as refused:
            add_batch(store, HubClock(), changed, "Gulu")
        assert "already holds a different batch with the id 'b-hub'" in refused.value.message
    finally:
        store.close()
