"""Results and timesheets by USB when the line is down: the workstation writes its outbox to a
signed file, the hub applies it as pushes (each item once) and writes a receipt, and the receipt
empties the outbox. Twice is once; a changed byte, another workstation's receipt or a revoked
device is refused whole. A real hub, real workstations, the real command lines."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import requests
import zstandard
from pytestqt.qtbot import QtBot

from labclient.people.events import device_key
from labclient.sync import credentials
from labclient.sync.client import SyncRun
from labclient.sync.state import read_settings
from labclient.sync.usb import OUTBOX_CONTEXT, sign
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.cli import run_program as run
from tests.helpers.sync_hub import Hub, hub_results
from tests.helpers.sync_station import enrolled_device, make_admin
from tests.helpers.ui import admin_screen
from tests.logins import sign_in


def worked_offline(hub: Hub, tmp_path: Path, name: str = "LAB-PC-01", answers: int = 3) -> Path:
    """A workstation that fetched a batch, then answered ``answers`` tasks with the line down."""
    station = enrolled_device(hub, tmp_path, name)
    assert SyncRun(station).run().complete
    with Workspace.open(station) as ws:
        amina = sign_in(ws, "Amina Njeri")
        for _ in range(answers):
            task = ws.next_task(amina)
            assert task is not None
            ws.submit(amina, task.key, {"labels": ["cat"]})
    return station


@pytest.mark.slow
def test_the_outbox_goes_by_usb_and_the_receipt_brings_the_answers_back(hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 4)), "--lab", "Gulu")
    station = worked_offline(hub, tmp_path)
    stick = tmp_path / "usb-stick"

    exported = run("labclient", "export-outbox", "--data-dir", station, "--to", stick)
    assert exported.returncode == 0, exported.stderr
    [outbox] = stick.glob("*.lco")
    assert "Wrote 3 item(s)" in exported.stdout
    with Workspace.open(station) as ws:
        settings = read_settings(ws.store)
    token = credentials.load(station, settings.credential_store, str(settings.hub_url), str(settings.device_id))
    assert token and token.encode() not in zstandard.ZstdDecompressor().decompress(outbox.read_bytes()), \
        "a stick lost on the bus gives nobody the workstation's credential"
    assert not list(stick.glob(".*")), "no half-written file left"

    imported = run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox)
    assert imported.returncode == 0, imported.stderr
    assert "3 applied" in imported.stdout
    [receipt] = stick.glob("*.lcr")
    again = run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox)
    assert "3 duplicate" in again.stdout, "the same file twice stores nothing twice"
    assert [r["status"] for r in json.loads(hub.admin("results", "--json"))] == ["applied"] * 3

    recorded = run("labclient", "import-receipt", "--data-dir", station, receipt)
    assert recorded.returncode == 0, recorded.stderr
    with Workspace.open(station) as ws:
        assert ws.store.read().execute("SELECT count(*) FROM outbox o JOIN results r ON r.id = o.item_id"
                                       ).fetchone()[0] == 0, "the results left the outbox"
        statuses = {s for (s,) in ws.store.read().execute("SELECT hub_status FROM results")}
    assert statuses == {"duplicate"}, "the receipt of the second import answered them (already there)"
    report = SyncRun(station).run()
    assert report.complete and report.tally.applied == 0, "a later online sync agrees with the receipt"


@pytest.mark.slow
def test_a_changed_file_a_foreign_receipt_and_an_empty_outbox_are_refused_in_a_sentence(hub: Hub,
                                                                                       tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 6)), "--lab", "Gulu")
    first = worked_offline(hub, tmp_path, "LAB-PC-01", answers=2)
    stick = tmp_path / "stick"
    assert run("labclient", "export-outbox", "--data-dir", first, "--to", stick).returncode == 0
    [outbox] = stick.glob("*.lco")

    doc = json.loads(zstandard.ZstdDecompressor().decompress(outbox.read_bytes()))
    doc["items"][0]["body"]["content"] = {"labels": ["dog"]}  # a result changed on the way
    forged = stick / "forged.lco"
    forged.write_bytes(zstandard.ZstdCompressor().compress(json.dumps(doc).encode()))
    refused = run("labhub", "--data-dir", hub.data_dir, "import-outbox", forged)
    assert refused.returncode == 1 and "signature does not match" in refused.stderr
    assert "Traceback" not in refused.stderr and json.loads(hub.admin("results", "--json")) == []

    for key, bad in (("items", {"not": "a list"}), ("people", {"w-1": 42})):  # signed, yet malformed
        wrong = dict(json.loads(zstandard.ZstdDecompressor().decompress(outbox.read_bytes())), **{key: bad})
        wrong["mac"] = sign(device_key(hashlib.sha256(token_of(first).encode()).hexdigest()), OUTBOX_CONTEXT, wrong)
        malformed = stick / f"malformed-{key}.lco"
        malformed.write_bytes(zstandard.ZstdCompressor().compress(json.dumps(wrong).encode()))
        said = run("labhub", "--data-dir", hub.data_dir, "import-outbox", malformed)
        assert said.returncode == 1 and "malformed" in said.stderr and "Traceback" not in said.stderr

    garbage = stick / "garbage.lco"
    garbage.write_bytes(b"\x00" * 100)
    assert "damaged or not a file this program made" in run("labhub", "--data-dir", hub.data_dir, "import-outbox",
                                                            garbage).stderr

    assert run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox).returncode == 0
    [receipt] = stick.glob("*.lcr")
    other = enrolled_device(hub, tmp_path, "LAB-PC-02")
    foreign = run("labclient", "import-receipt", "--data-dir", other, receipt)
    assert foreign.returncode == 1 and "a receipt for another workstation" in foreign.stderr

    assert run("labclient", "import-receipt", "--data-dir", first, receipt).returncode == 0
    empty = run("labclient", "export-outbox", "--data-dir", first, "--to", tmp_path / "again")
    assert empty.returncode == 1 and "Nothing waits to go to the hub" in empty.stderr


def test_the_admin_screen_writes_the_outbox_and_reads_the_receipt(qtbot: QtBot, hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3)), "--lab", "Gulu")
    make_admin(tmp_path / "LAB-PC-01")  # before enrolment, as a partner admin sets a workstation up
    station = worked_offline(hub, tmp_path, answers=2)
    stick = tmp_path / "stick"
    ws = Workspace.open(station)
    try:
        window, admin = admin_screen(qtbot, ws)
        admin.export_outbox(stick)
        qtbot.waitUntil(lambda: admin.progress_text.text().startswith("Wrote 2 items"), timeout=10_000)
        [outbox] = stick.glob("*.lco")
        assert run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox).returncode == 0
        [receipt] = stick.glob("*.lcr")
        admin.import_receipt(receipt)
        qtbot.waitUntil(lambda: admin.progress_text.text().startswith("Receipt read: 2 items"), timeout=10_000)
        assert "waiting to go out: 0" in window.connection.text() or ws.outbox_size() == 0
        admin.import_receipt(tmp_path / "no-such.lcr")
        qtbot.waitUntil(lambda: "cannot be read" in admin.progress_text.text(), timeout=10_000)
        admin.close()
        window.close()
    finally:
        ws.close()


def token_of(station: Path) -> str:
    with Workspace.open(station) as ws:
        settings = read_settings(ws.store)
    token = credentials.load(station, settings.credential_store, str(settings.hub_url), str(settings.device_id))
    assert token is not None
    return token


def test_at_the_cafe_the_admin_sends_the_outbox_from_a_browser_and_saves_the_receipt(hub: Hub,
                                                                                     tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 4)), "--lab", "Gulu")
    station = worked_offline(hub, tmp_path)
    stick = tmp_path / "usb-stick"
    assert run("labclient", "export-outbox", "--data-dir", station, "--to", stick).returncode == 0
    [outbox] = stick.glob("*.lco")

    page = requests.get(f"{hub.url}/outbox", timeout=30)
    assert page.status_code == 200 and 'type="file"' in page.text and "/v1/outbox-files/" in page.text
    url = f"{hub.url}/v1/outbox-files/{outbox.name}"
    sent = requests.post(url, data=outbox.read_bytes(), timeout=30)  # what the page's script sends: no credential
    assert sent.status_code == 200, sent.text
    assert sent.headers["X-Receipt-Counts"] == "3 applied"
    receipt = stick / sent.headers["X-Receipt-Name"]
    assert receipt.name.startswith("labhub-receipt-") and "attachment" in sent.headers["Content-Disposition"]
    receipt.write_bytes(sent.content)  # saved on the stick

    again = requests.post(url, data=outbox.read_bytes(), timeout=30)
    assert again.status_code == 200 and again.headers["X-Receipt-Counts"] == "3 duplicate", "twice is once"
    changed = json.loads(zstandard.ZstdDecompressor().decompress(outbox.read_bytes()))
    changed["items"][0]["body"]["answer"] = {"labels": ["dog"]}
    refused = requests.post(url, data=zstandard.ZstdCompressor().compress(json.dumps(changed).encode()), timeout=30)
    assert refused.status_code == 400 and "signature does not match" in refused.json()["message"]
    assert len(hub_results(hub)) == 3

    read = run("labclient", "import-receipt", "--data-dir", station, receipt)
    assert read.returncode == 0, read.stderr
    with Workspace.open(station) as ws:
        assert ws.outbox_size() == 0, "the receipt saved at the café emptied the outbox"
