"""The ``labhub`` command, run as a real process the way a hub admin runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from labclient.bundle_writer import media_entry, write_bundle
from tests.factory import batch_doc, make_bundle
from tests.helpers.hub_api import Hub, start_hub, stop_hub
from tests.helpers.hub_api import run_labhub as labhub


def test_results_show_what_was_received_exactly_once(hub: Hub, lab: str, home: Path) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab, "PC-RESULTS")
    items = [device.item(batch, "t-0000"), device.item(batch, "t-0001", action="skip"),
             device.item(batch, "t-0099")]
    assert device.push(items).status_code == 200
    assert device.push(items).status_code == 200

    proc = labhub(home, "--data-dir", hub.data_dir, "results", "--json")
    text = labhub(home, "results", "--data-dir", hub.data_dir)

    assert proc.returncode == 0, proc.stderr
    mine = [r for r in json.loads(proc.stdout) if r["device_id"] == device.id]
    assert [(r["id"], r["seq"], r["batch_id"], r["task_id"], r["worker"], r["action"], r["status"])
            for r in mine] == [(items[0]["id"], 1, batch, "t-0000", "Amina Njeri", "submit", "applied"),
                               (items[1]["id"], 2, batch, "t-0001", "Amina Njeri", "skip", "applied")]
    assert all(r["device_name"] == "PC-RESULTS" and r["received_at"].endswith("Z") for r in mine)
    assert text.returncode == 0
    assert text.stdout.count(items[0]["id"]) == 1 and items[2]["id"] not in text.stdout


def test_add_batch_adds_once_and_says_so_the_second_time(tmp_path: Path, home: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 3)
    data = tmp_path / "data"

    first = labhub(home, "--data-dir", data, "add-batch", bundle, "--lab", "Gulu")
    second = labhub(home, "--data-dir", data, "add-batch", bundle, "--lab", "Gulu")
    elsewhere = labhub(home, "--data-dir", data, "add-batch", bundle, "--lab", "Kampala")

    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Added batch test-tagging (Test tagging) for 'Gulu': 3 tasks, 3 new media files."
    assert second.returncode == 0
    assert "already on the hub" in second.stdout and "nothing changed" in second.stdout
    assert elsewhere.returncode == 1 and "'Gulu'" in elsewhere.stderr
    assert len(list((data / "media").glob("*/*"))) == 3
    assert not list((data / "media").glob(".incoming-*")), "no staging folder is left behind"


def test_add_batch_refuses_a_bad_bundle_naming_the_problem(tmp_path: Path, home: Path) -> None:
    doc, media = batch_doc("tagging", 2, batch_id="lying")
    doc["media"] = [media_entry(path, data) for path, data in sorted(media.items())]
    first = sorted(media)[0]
    damaged = {**media, first: bytes(len(media[first]))}  # same size, other bytes
    lying = write_bundle(tmp_path / "lying.zip", doc, damaged)
    unknown_field = write_bundle(tmp_path / "typo.zip", {**batch_doc("tagging", 1, batch_id="typo")[0],
                                                          "colour": "red"}, batch_doc("tagging", 1)[1])
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("hello")
    data = tmp_path / "data"

    for bundle, reason in ((lying, f"{first} does not match its sha256"), (unknown_field, "colour"),
                           (not_zip, "not a batch bundle"), (tmp_path / "missing.zip", "there is no file")):
        proc = labhub(home, "--data-dir", data, "add-batch", bundle, "--lab", "Gulu")
        assert proc.returncode == 1, bundle
        assert reason in proc.stderr, proc.stderr
        assert proc.stdout == ""
    assert not any(p.is_file() for p in (data / "media").rglob("*")), "a refused bundle leaves no media"


def test_enroll_code_prints_one_code(tmp_path: Path, home: Path) -> None:
    proc = labhub(home, "--data-dir", tmp_path / "data", "enroll-code", "--lab", "Gulu")

    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}\n", proc.stdout)


def test_demo_data_adds_every_demo_bundle(tmp_path: Path, home: Path) -> None:
    data = tmp_path / "data"

    proc = labhub(home, "--data-dir", data, "demo-data")
    again = labhub(home, "--data-dir", data, "demo-data", "--lab", "Demo Lab")

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("Added batch demo-") == 9 and "for 'Demo Lab'" in proc.stdout
    assert again.returncode == 0 and again.stdout.count("nothing changed") == 9


def test_wrong_usage_exits_2(tmp_path: Path, home: Path) -> None:
    for args in ((), ("enroll-code",), ("serve", "--port", "x"), ("serve", "--lease-days", "0"), ("frobnicate",)):
        proc = labhub(home, "--data-dir", tmp_path / "data", *args)
        assert proc.returncode == 2, args
        assert "usage:" in proc.stderr


def test_serve_prints_one_line_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "hub")
    assert hub.get("/v1/hello").status_code == 200

    code = stop_hub(hub)

    assert code == 0
    assert "Finished server process" in (tmp_path / "hub" / "hub.log").read_text()
