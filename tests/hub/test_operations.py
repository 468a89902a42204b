"""What the engineer who runs the hub relies on: the health check, JSON logs, ``labhub check``,
and explicit migrations of a PostgreSQL database."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from labhub.process import HubStartError
from labhub.schema import SCHEMA_VERSION
from labhub.store import HubStore
from tests.helpers.hub_api import Hub, run_labhub, start_hub, stop_hub


def test_the_health_check_answers_and_the_logs_are_json_lines(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "hub", "--log-format", "json", "--access-log")
    try:
        health = hub.get("/v1/health")
        refused = hub.post("/v1/push", {"items": []})
    finally:
        assert stop_hub(hub) == 0
    lines = [json.loads(line) for line in (tmp_path / "hub" / "hub.log").read_text("utf-8").splitlines() if line]

    assert health.status_code == 200
    assert health.json()["status"] == "ok" and health.json()["schema_version"] == SCHEMA_VERSION
    assert health.json()["engine"] in ("sqlite", "postgresql")
    assert refused.status_code == 401
    assert all({"time", "level", "logger", "pid", "message"} <= set(line) for line in lines)
    assert any("/v1/health" in line["message"] for line in lines), "the access log is in it"
    assert len({line["pid"] for line in lines}) == 1


def test_check_names_a_missing_or_changed_media_file_and_changes_nothing(hub: Hub, lab: str, tmp_path: Path) -> None:
    hub.add_batch(lab, kind="transcription", n=2)
    whole = run_labhub(tmp_path, "--data-dir", hub.data_dir, "check", "--hashes")
    store = HubStore.open(hub.data_dir)
    try:
        (gone, changed) = [r["sha256"] for r in store.query("SELECT sha256 FROM media ORDER BY sha256 LIMIT 2")]
    finally:
        store.close()
    media = hub.data_dir / "media"
    (media / gone[:2] / gone).rename(tmp := media / "aside")
    path = media / changed[:2] / changed
    kept = path.read_bytes()
    path.write_bytes(bytes([kept[0] ^ 1]) + kept[1:])  # same size, other bytes: only --hashes sees it
    try:
        quick = run_labhub(tmp_path, "--data-dir", hub.data_dir, "check")
        thorough = run_labhub(tmp_path, "--data-dir", hub.data_dir, "check", "--hashes")
    finally:
        tmp.rename(media / gone[:2] / gone)
        path.write_bytes(kept)

    assert whole.returncode == 0 and "records are whole" in whole.stdout, whole.stderr
    assert quick.returncode == 1 and gone in quick.stderr and changed not in quick.stderr
    assert "'labhub add-batch'" in quick.stderr and "nothing was changed" in quick.stderr
    assert thorough.returncode == 1 and gone in thorough.stderr and changed in thorough.stderr
    assert "Traceback" not in quick.stderr + thorough.stderr


@pytest.mark.engine_fixed
def test_a_postgresql_database_is_migrated_only_when_asked_and_a_lost_one_answers_503(
        tmp_path: Path, pg_server: str, pg_database: str) -> None:
    data = tmp_path / "hub" / "data"
    dry = run_labhub(tmp_path, "--data-dir", data, "--database", pg_database, "migrate", "--dry-run")
    with pytest.raises(HubStartError) as refused:
        start_hub(tmp_path / "early", "--database", pg_database)
    done = run_labhub(tmp_path, "--data-dir", data, "--database", pg_database, "migrate")
    again = run_labhub(tmp_path, "--data-dir", data, "migrate", "--database", pg_database)
    hub = start_hub(tmp_path / "hub", "--database", pg_database)
    try:
        healthy = hub.get("/v1/health")
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {pg_database.rsplit('/', 1)[1]} WITH (FORCE)")
        lost = hub.get("/v1/health")
        enrol = hub.post("/v1/enroll", {"code": "AAAA-BBBB-CCCC", "device_name": "PC"})
    finally:
        assert stop_hub(hub) == 0

    assert dry.returncode == 0 and "at schema 0" in dry.stdout and "Nothing was changed" in dry.stdout
    assert "Run 'labhub migrate'" in str(refused.value)
    assert done.returncode == 0 and f"went from schema 0 to {SCHEMA_VERSION}" in done.stdout, done.stderr
    assert again.returncode == 0 and "nothing to do" in again.stdout
    assert healthy.status_code == 200 and healthy.json()["engine"] == "postgresql"
    assert lost.status_code == 503 and lost.json()["error"] == "busy" and "Retry-After" in lost.headers
    assert enrol.status_code == 503, enrol.text
