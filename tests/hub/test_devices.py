"""Listing devices and revoking one: ``labhub devices`` and ``labhub revoke-device``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers.hub_api import CLOCK, Hub
from tests.helpers.hub_api import run_labhub as labhub

#: The routes anyone may call; every other route of the OpenAPI document must want a device token.
#: An outbox file sent from the page /outbox carries no token: its workstation's signature is its credential.
OPEN_ROUTES = {("get", "/v1/hello"), ("get", "/v1/health"), ("post", "/v1/enroll"),
               ("post", "/v1/outbox-files/{name}")}


def authenticated_operations(hub: Hub) -> list[tuple[str, str]]:
    """(method, path) of every operation the hub's OpenAPI document says needs the bearer token.

    Asserts that the only operations without it are those of :data:`OPEN_ROUTES`, so a new route
    that forgot its token fails here, and a new route that has one is walked by the tests.
    """
    document = hub.get("/openapi.json").json()
    secured, open_ = [], set()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if operation.get("security"):
                secured.append((method, path))
            else:
                open_.add((method, path))
    assert open_ == OPEN_ROUTES, "a route without the device token"
    assert ("post", "/v1/push") in secured and ("get", "/v1/media/{sha256}") in secured
    return secured


def call(hub: Hub, method: str, path: str, headers: dict[str, str]) -> Any:
    """One request to an operation, with made-up path parameters and a small JSON body."""
    concrete = path.replace("{sha256}", "0" * 64)
    while "{" in concrete:
        start = concrete.index("{")
        concrete = concrete[:start] + "x" + concrete[concrete.index("}", start) + 1:]
    body: dict[str, Any] | None = {"clock": CLOCK, "items": []} if method in ("post", "put", "patch") else None
    return hub.session.request(method.upper(), hub.url + concrete, json=body, headers=headers, timeout=30)


def test_a_revoked_token_is_refused_on_every_route_at_once(hub: Hub, lab: str, home: Path) -> None:
    device = hub.enroll(lab, "PC-STOLEN")
    other = hub.enroll(lab, "PC-KEPT")
    operations = authenticated_operations(hub)
    before = {op: call(hub, *op, device.headers).status_code for op in operations}
    assert 401 not in before.values(), before

    done = labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, device.id)

    assert done.returncode == 0, done.stderr
    assert device.id in done.stdout and "PC-STOLEN" in done.stdout
    for op in operations:  # the same hub process, the same keep-alive connection
        r = call(hub, *op, device.headers)
        assert r.status_code == 401, (op, r.text)
        assert r.json()["error"] == "unauthorized"
        assert "revoked" in r.json()["message"]
    assert hub.post("/v1/push", {"clock": CLOCK, "items": []}, headers=other.headers).status_code == 200


def test_revoking_frees_the_devices_leases_for_the_lab(hub: Hub, lab: str, home: Path) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab, "PC-GONE")
    assert [b["batch"]["batch_id"] for b in device.pull()["batches"]] == [batch]
    other = hub.enroll(lab, "PC-NEXT")
    assert other.pull()["batches"] == [], "leased to the first device"

    done = labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, device.id)

    assert done.returncode == 0, done.stderr
    assert "1 batch" in done.stdout
    assert [b["batch"]["batch_id"] for b in other.pull()["batches"]] == [batch]


def test_revoking_twice_says_so_and_an_unknown_device_is_refused(hub: Hub, lab: str, home: Path) -> None:
    device = hub.enroll(lab, "PC-TWICE")
    assert labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, device.id).returncode == 0

    again = labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, device.id)
    unknown = labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, "d-" + "0" * 32)
    wrong_lab = labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab + " else", device.id)

    assert again.returncode == 0, again.stderr
    assert "already" in again.stdout and "nothing changed" in again.stdout
    for proc in (unknown, wrong_lab):
        assert proc.returncode == 1
        assert proc.stdout == ""
        assert "labhub devices" in proc.stderr and "Traceback" not in proc.stderr
    assert f"no device {'d-' + '0' * 32!r}" in unknown.stderr
    assert repr(lab + " else") in wrong_lab.stderr


def test_devices_lists_each_device_with_its_state(hub: Hub, lab: str, home: Path) -> None:
    seen = hub.enroll(lab, "PC-SEEN")
    seen.pull()
    never = hub.enroll(lab, "PC-NEVER")
    gone = hub.enroll(lab, "PC-REVOKED")
    assert labhub(home, "--data-dir", hub.data_dir, "revoke-device", "--lab", lab, gone.id).returncode == 0

    listed = labhub(home, "--data-dir", hub.data_dir, "devices", "--lab", lab, "--json")
    text = labhub(home, "--data-dir", hub.data_dir, "devices", "--lab", lab)
    every = labhub(home, "--data-dir", hub.data_dir, "devices", "--json")
    hub.code(lab + " empty")  # the lab exists, with no device yet
    nothing = labhub(home, "--data-dir", hub.data_dir, "devices", "--lab", lab + " empty")
    unknown = labhub(home, "--data-dir", hub.data_dir, "devices", "--lab", lab + " typo")

    assert listed.returncode == 0, listed.stderr
    rows = {r["id"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {seen.id, never.id, gone.id}
    assert {r["lab"] for r in rows.values()} == {lab}
    assert [rows[d.id]["name"] for d in (seen, never, gone)] == ["PC-SEEN", "PC-NEVER", "PC-REVOKED"]
    assert rows[seen.id]["last_seen_at"] is not None and rows[never.id]["last_seen_at"] is None
    assert rows[gone.id]["revoked_at"] is not None and rows[seen.id]["revoked_at"] is None
    assert all(r["enrolled_at"].endswith("Z") for r in rows.values())
    assert {seen.id, never.id, gone.id} <= {r["id"] for r in json.loads(every.stdout)}
    assert text.returncode == 0
    line = next(x for x in text.stdout.splitlines() if gone.id in x)
    assert "PC-REVOKED" in line and "revoked" in line
    assert "never" in next(x for x in text.stdout.splitlines() if never.id in x)
    assert nothing.returncode == 0 and "No devices" in nothing.stdout
    assert unknown.returncode == 1 and f"no lab {lab + ' typo'!r}" in unknown.stderr
