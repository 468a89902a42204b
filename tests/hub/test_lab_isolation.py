"""Every route answers only for the caller's lab (docs/protocol.md, "Labs keep apart").

A device of one lab must not read, write or learn anything of another lab: not its batches,
tasks, media, items or users, not its devices' ids or names, and not even whether an identifier
is another lab's or unknown. The walk below goes over every route of the hub's OpenAPI document
(so a new route is walked too) and sends each request twice, from devices of two labs set up
alike: once naming lab B's data, once naming identifiers nobody has. The two answers must be the
same once those identifiers are put aside, and lab B's rows must be as they were. The targeted
tests after it pin each defect down.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import pytest
import requests

from labclient.bundle_writer import write_bundle
from labhub.auth import authenticate, enroll, make_enrol_code
from labhub.batches import add_batch
from labhub.clock import HubClock
from labhub.push import Incoming, push_items
from labhub.schema import MIGRATIONS
from labhub.store import Conn, HubStore
from labhub.users import add_user
from tests.factory import batch_doc, make_bundle, png_bytes
from tests.helpers.hub_api import CLOCK, DAY_S, Device, Hub
from tests.helpers.hub_items import event_item

# -- the world: lab B, whose data is the target, and two attacker labs set up alike ---------------


def unique_bundle(folder: Path, batch_id: str, n: int = 2) -> Path:
    """A tagging bundle whose media no other batch holds (random colours and sizes)."""
    doc, _ = batch_doc("tagging", n, batch_id=batch_id)
    media: dict[str, bytes] = {}
    seed = uuid.uuid4().bytes
    for i, task in enumerate(doc["tasks"]):
        data = png_bytes(40 + seed[i] % 50, 30 + seed[i + 4] % 40, (seed[i + 8], seed[i + 9], i))
        media[f"media/own-{i:04d}.png"] = data
        task["media"] = hashlib.sha256(data).hexdigest()
    return write_bundle(folder / f"{batch_id}.zip", doc, media)


def add_unique_batch(hub: Hub, lab: str) -> str:
    """Add a batch of unique media for ``lab``; its id."""
    batch_id = f"b-{uuid.uuid4().hex[:12]}"
    store = HubStore.open(hub.data_dir)
    try:
        add_batch(store, hub.clock, unique_bundle(hub.data_dir.parent / "bundles", batch_id), lab)
    finally:
        store.close()
    return batch_id


def add_hub_user(hub: Hub, lab: str, name: str) -> str:
    """Add a worker to ``lab`` at the hub; the user's id."""
    store = HubStore.open(hub.data_dir)
    try:
        return add_user(store, hub.clock, lab, name, "worker", "8642").id
    finally:
        store.close()


@dataclass(frozen=True)
class Ids:
    """The identifiers a probe names: lab B's, or unknown ones of the same shapes."""

    batch_id: str
    task_id: str
    done_task_id: str     # a task that already has a result of record
    item_id: str          # a result item stored for the batch
    event_id: str         # a timesheet event item stored
    sha256: str           # a media file of the batch
    user_id: str
    user_name: str
    device_id: str
    device_name: str
    new_item: str         # a fresh id, used by nobody yet

    @classmethod
    def unknown(cls, like: Ids) -> Ids:
        """Identifiers of the same shapes that the hub has never seen."""
        return replace(like, batch_id=f"b-{uuid.uuid4().hex[:12]}", item_id=str(uuid.uuid4()),
                       event_id=str(uuid.uuid4()), sha256=hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
                       user_id=f"u-{uuid.uuid4().hex}", user_name=f"Nobody {uuid.uuid4().hex[:6]}",
                       device_id=f"d-{uuid.uuid4().hex}", device_name=f"NO-PC-{uuid.uuid4().hex[:6]}",
                       new_item=str(uuid.uuid4()))

    def with_new_item(self) -> Ids:
        """The same identifiers with another fresh item id."""
        return replace(self, new_item=str(uuid.uuid4()))

    def secrets(self) -> list[str]:
        """What an answer to another lab must never hold unless the request named it."""
        return [self.device_id, self.device_name, self.user_id, self.user_name]


@dataclass
class Attacker:
    """A device of a lab other than B, with a batch of its own leased to it."""

    lab: str
    device: Device
    own_batch: str
    seq: int = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


@dataclass
class World:
    """Lab B with its data, and two attacker labs set up alike."""

    hub: Hub
    lab_b: str
    b_device: Device
    b: Ids
    b_result: dict[str, Any]
    b_event: dict[str, Any]
    attackers: tuple[Attacker, Attacker]
    b_batches: list[str] = field(default_factory=list)


def make_attacker(hub: Hub) -> Attacker:
    lab = f"Lab A {uuid.uuid4().hex[:8]}"
    own = hub.add_batch(lab, n=4)
    device = hub.enroll(lab, "A-PC")
    assert [b["batch"]["batch_id"] for b in device.pull()["batches"]] == [own]
    return Attacker(lab, device, own)


@pytest.fixture(scope="module")
def world(hub: Hub) -> World:
    lab_b = f"Lab B {uuid.uuid4().hex[:8]}"
    batch = add_unique_batch(hub, lab_b)
    b_name = f"B-SECRET-PC-{uuid.uuid4().hex[:6]}"
    b_device = hub.enroll(lab_b, b_name)
    pulled = b_device.pull()
    (entry,) = pulled["batches"]
    user_name = f"Bea Secret {uuid.uuid4().hex[:6]}"
    user_id = add_hub_user(hub, lab_b, user_name)
    result = b_device.item(batch, "t-0001")
    event = event_item(b_device.next_seq, str(uuid.uuid4()))
    b_device.next_seq += 1
    answer = b_device.push([result, event]).json()
    assert [i["status"] for i in answer["items"]] == ["applied", "applied"]
    ids = Ids(batch_id=batch, task_id="t-0000", done_task_id="t-0001", item_id=result["id"], event_id=event["id"],
              sha256=entry["batch"]["media"][0]["sha256"], user_id=user_id, user_name=user_name,
              device_id=b_device.id, device_name=b_name, new_item=str(uuid.uuid4()))
    return World(hub, lab_b, b_device, ids, result, event, (make_attacker(hub), make_attacker(hub)), [batch])


def lab_b_state(w: World) -> dict[str, Any]:
    """Every row of lab B's data, and every row anyone has about it (read from the hub's database)."""
    store = HubStore.open(w.hub.data_dir)
    try:
        with store.snapshot() as db:
            return _lab_b_rows(db, w)
    finally:
        store.close()


def _lab_b_rows(db: Conn, w: World) -> dict[str, Any]:
    lab_id = db.execute("SELECT id FROM labs WHERE name = ?", (w.lab_b,)).fetchone()[0]
    marks = ", ".join("?" * len(w.b_batches))
    queries = {
        "lab": ("SELECT * FROM labs WHERE id = ?", (lab_id,)),
        "batches": ("SELECT batch_id, leased_to, lease_expires FROM batches WHERE lab_id = ? ORDER BY batch_id",
                    (lab_id,)),
        "tasks": (f"SELECT batch_id, task_id, result_item FROM tasks WHERE batch_id IN ({marks})"
                  " ORDER BY batch_id, task_id", w.b_batches),
        "items": (f"SELECT item_id, device_id, seq, content_sha256, status FROM items WHERE batch_id IN ({marks})"
                  " OR device_id IN (SELECT id FROM devices WHERE lab_id = ?) ORDER BY device_id, seq",
                  (*w.b_batches, lab_id)),
        "events": ("SELECT e.item_id, e.device_id, e.flags FROM events e JOIN devices d ON d.id = e.device_id"
                   " WHERE d.lab_id = ? ORDER BY e.chain_id, e.n", (lab_id,)),
        "conflicts": ("SELECT c.item_id, c.device_id FROM event_conflicts c JOIN devices d ON d.id = c.device_id"
                      " WHERE d.lab_id = ?", (lab_id,)),
        "lease_events": (f"SELECT device_id, batch_id, event FROM lease_events WHERE batch_id IN ({marks})"
                         " ORDER BY seq", w.b_batches),
        "users": ("SELECT id, name, role, disabled, changed_at FROM users WHERE lab_id = ?", (lab_id,)),
        "people": ("SELECT device_id, local_id, user_id FROM device_people WHERE user_id = ? OR device_id = ?",
                   (w.b.user_id, w.b.device_id)),
        "device": ("SELECT id, watermark, revoked_at FROM devices WHERE lab_id = ?", (lab_id,)),
    }
    return {name: [tuple(r) for r in db.execute(sql, params).fetchall()] for name, (sql, params) in queries.items()}


# -- requests and their answers, with identifiers put aside ----------------------------------------

@dataclass(frozen=True)
class Call:
    """One request: method, path (with its parameters filled in), JSON body, extra headers."""

    method: str
    path: str
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Probe = Callable[[Ids, Attacker], Call]

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")


def normalised(r: requests.Response, ids: Ids, me: Attacker) -> tuple[int, str, str]:
    """(status, content type, body) with the identifiers of ``ids`` and of the caller named by
    their field, and times, the cursor and hub_time left out."""
    text = r.text
    if "json" in r.headers.get("content-type", ""):
        body = r.json()
        if isinstance(body, dict):
            body.pop("hub_time", None)
            if "cursor" in body:
                body["cursor"] = "<cursor>"
        text = json.dumps(body, sort_keys=True)
    names = {getattr(ids, f.name): f"<{f.name}>" for f in fields(ids) if f.name not in ("task_id", "done_task_id")}
    names |= {me.device.id: "<me>", me.lab: "<my lab>", me.own_batch: "<my batch>"}
    for value in sorted(names, key=len, reverse=True):
        text = text.replace(value, names[value])
    return r.status_code, r.headers.get("content-type", ""), _TIME.sub("<time>", text)


def send(hub: Hub, me: Attacker, call: Call) -> requests.Response:
    """Send ``call`` with ``me``'s token."""
    return hub.session.request(call.method, hub.url + call.path, json=call.body, timeout=30,
                               headers={**me.device.headers, **call.headers})


# -- probes: the hand-made ones for the routes we know, and a generic one for every route -------------

def result_body(batch_id: str, task_id: str, labels: list[str]) -> dict[str, Any]:
    return {"batch_id": batch_id, "task_id": task_id, "worker": {"id": "w-1", "name": "Amina Njeri"},
            "action": "submit", "content": {"labels": labels}, "created_at": "2026-11-24T08:00:00.000000Z",
            "created_mono_ns": 42, "boot_id": "test-boot", "active_ms": 5400}


def push_call(me: Attacker, *items: dict[str, Any], people: dict[str, str] | None = None) -> Call:
    body: dict[str, Any] = {"clock": CLOCK, "items": list(items)}
    if people is not None:
        body["people"] = people
    return Call("POST", "/v1/push", body)


def push_probes(w: World) -> list[Probe]:
    """Pushes that name lab B's batch, tasks, items and users."""
    def result(item: Callable[[Ids, Attacker], str], batch: Callable[[Ids, Attacker], str], task: str,
               labels: list[str]) -> Probe:
        return lambda ids, me: push_call(me, {"seq": me.next_seq(), "id": item(ids, me), "type": "result",
                                              "body": result_body(batch(ids, me), task, labels)})

    def event(same_content: bool) -> Probe:
        def probe(ids: Ids, me: Attacker) -> Call:
            item = event_item(me.next_seq(), ids.event_id, seat=w.b_event["body"]["payload"]["seat"]
                              if same_content else "A-SEAT")
            if same_content:
                item["body"] = w.b_event["body"] | {}
            return push_call(me, item)
        return probe

    def b_batch(ids: Ids, me: Attacker) -> str:
        return ids.batch_id

    def mine(ids: Ids, me: Attacker) -> str:
        return me.own_batch

    return [
        result(lambda ids, me: ids.new_item, b_batch, "t-0000", ["cat"]),        # write to B's open task
        result(lambda ids, me: ids.new_item, b_batch, "t-0001", ["dog"]),        # B's task with a result
        result(lambda ids, me: ids.new_item, b_batch, "t-9999", ["cat"]),        # B's batch, no such task
        result(lambda ids, me: ids.item_id, b_batch, "t-0001", ["cat"]),          # B's own item, resent
        result(lambda ids, me: ids.item_id, mine, "t-0002", ["bird"]),           # B's item id, my batch
        event(same_content=False),                                                # B's event id, other content
        event(same_content=True),                                                 # B's event, resent
        lambda ids, me: push_call(me, people={"w-1": ids.user_id, ids.user_id: ids.user_id}),
    ]


def pull_probes() -> list[Probe]:
    def pull(have: Callable[[Ids], list[str]]) -> Probe:
        return lambda ids, me: Call("POST", "/v1/pull", {"clock": CLOCK, "cursor": None, "have": have(ids),
                                                         "max_batches": 5})
    return [pull(lambda ids: []), pull(lambda ids: [ids.batch_id])]


def media_probes() -> list[Probe]:
    return [lambda ids, me: Call("GET", f"/v1/media/{ids.sha256}"),
            lambda ids, me: Call("GET", f"/v1/media/{ids.sha256}", headers={"Range": "bytes=10-"})]


def example(schema: dict[str, Any], spec: dict[str, Any], ids: Ids, name: str = "") -> Any:
    """A value for ``schema`` (from the OpenAPI document) that names lab B's identifiers where a
    string goes, chosen by the field's name; required fields only."""
    if "$ref" in schema:
        target: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return example(target, spec, ids, name)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return example(options[0], spec, ids, name) if options else None
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        out = {k: example(v, spec, ids, k) for k, v in props.items() if k in schema.get("required", [])}
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict):
            out = {ids.user_id: example(extra, spec, ids, "user_id")}
        return out
    if kind == "array":
        return [example(schema.get("items", {}), spec, ids, name)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return 1
    if kind == "boolean":
        return False
    by_name = {"sha256": ids.sha256, "batch_id": ids.batch_id, "task_id": ids.task_id, "id": ids.item_id,
               "item_id": ids.item_id, "user_id": ids.user_id, "device_id": ids.device_id, "code": ids.batch_id,
               "name": ids.user_name, "device_name": ids.device_name}
    return by_name.get(name, ids.batch_id)


def generic_probe(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> Probe:
    """Each path parameter and every required field named after lab B's data."""
    def probe(ids: Ids, me: Attacker) -> Call:
        filled = path
        for param in op.get("parameters", []):
            if param.get("in") == "path":
                filled = filled.replace("{" + param["name"] + "}", str(example(param.get("schema", {}), spec, ids,
                                                                                param["name"])))
        content = op.get("requestBody", {}).get("content", {}).get("application/json")
        body = example(content["schema"], spec, ids) if content else None
        return Call(method.upper(), filled, body)
    return probe


def probes_for(w: World, spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> list[Probe]:
    known: dict[tuple[str, str], list[Probe]] = {
        ("post", "/v1/push"): push_probes(w), ("post", "/v1/pull"): pull_probes(),
        ("get", "/v1/media/{sha256}"): media_probes(),
        ("get", "/v1/batches/{batch_id}/document"): [
            lambda ids, me: Call("GET", f"/v1/batches/{ids.batch_id}/document", headers={"Range": "bytes=5-"})]}
    return [generic_probe(spec, path, method, op), *known.get((method, path), [])]


@pytest.mark.slow
def test_every_route_answers_another_lab_as_if_lab_b_did_not_exist(world: World) -> None:
    w = world
    spec = w.hub.get("/openapi.json").json()
    operations = [(path, method, op) for path, methods in spec["paths"].items() for method, op in methods.items()]
    assert {("/v1/push", "post"), ("/v1/pull", "post"), ("/v1/media/{sha256}", "get"),
            ("/v1/batches/{batch_id}/document", "get")} <= {
        (p, m) for p, m, _ in operations}
    before = lab_b_state(w)
    real_side, fake_side = w.attackers
    nobodys = Ids.unknown(w.b)  # as lab B's, the same throughout: the sides repeat alike
    walked = 0
    for path, method, op in operations:
        for probe in probes_for(w, spec, path, method, op):
            b_ids = w.b.with_new_item()
            unknown = nobodys.with_new_item()
            call = probe(b_ids, real_side)
            real = send(w.hub, real_side, call)
            fake = send(w.hub, fake_side, probe(unknown, fake_side))
            where = f"{method.upper()} {path}: {real.text[:300]}"
            assert normalised(real, b_ids, real_side) == normalised(fake, unknown, fake_side), where
            assert real.status_code < 500 and fake.status_code < 500, where
            sent = json.dumps(call.body) + call.path
            for secret in b_ids.secrets():
                assert secret in sent or secret not in real.text, f"{where} names {secret!r} of lab B"
            walked += 1
    assert walked >= len(operations) + 10
    assert lab_b_state(w) == before, "a request from another lab changed lab B's data"


# -- targeted: one test per defect ---------------------------------------------------------------

def test_a_result_for_another_labs_batch_is_rejected_like_an_unknown_batch(world: World) -> None:
    w = world
    me = w.attackers[0]
    unknown = f"b-{uuid.uuid4().hex[:12]}"
    theirs = me.device.item(w.b.batch_id, "t-0000", seq=me.next_seq())
    nobodys = me.device.item(unknown, "t-0000", seq=me.next_seq())

    answer = me.device.push([theirs, nobodys]).json()

    (a, b) = answer["items"]
    assert a["status"] == b["status"] == "rejected"
    assert a["reason"].replace(w.b.batch_id, "<batch>") == b["reason"].replace(unknown, "<batch>")
    assert w.b_device.push([w.b_device.item(w.b.batch_id, "t-0000")]).json()["items"][0]["status"] == "applied", \
        "lab B's task is still open for lab B"


def test_another_labs_media_is_404_like_an_unknown_hash(world: World) -> None:
    w = world
    me = w.attackers[0]
    unknown = hashlib.sha256(uuid.uuid4().bytes).hexdigest()

    theirs = w.hub.get(f"/v1/media/{w.b.sha256}", headers=me.device.headers)
    nobodys = w.hub.get(f"/v1/media/{unknown}", headers=me.device.headers)
    own = w.hub.get(f"/v1/media/{w.b.sha256}", headers=w.b_device.headers)

    assert theirs.status_code == nobodys.status_code == 404
    assert theirs.json()["message"].replace(w.b.sha256, "<sha>") == nobodys.json()["message"].replace(unknown, "<sha>")
    assert own.status_code == 200 and hashlib.sha256(own.content).hexdigest() == w.b.sha256


def test_media_of_the_own_labs_batch_is_served_only_to_a_device_it_was_leased_to(hub: Hub, lab: str) -> None:
    batch = add_unique_batch(hub, lab)
    holder = hub.enroll(lab, "PC-1")
    other = hub.enroll(lab, "PC-2")
    (entry,) = holder.pull()["batches"]
    assert entry["batch"]["batch_id"] == batch
    sha = entry["batch"]["media"][0]["sha256"]

    assert hub.get(f"/v1/media/{sha}", headers=holder.headers).status_code == 200
    assert hub.get(f"/v1/media/{sha}", headers=other.headers).status_code == 404


def test_a_push_answer_never_names_another_labs_device(world: World) -> None:
    w = world
    me = w.attackers[0]
    late = me.device.item(w.b.batch_id, w.b.done_task_id, seq=me.next_seq())

    answer = me.device.push([late]).json()

    text = json.dumps(answer)
    assert w.b.device_name not in text and w.b.device_id not in text
    assert answer["items"][0]["status"] == "rejected"


def test_an_item_id_another_lab_used_is_new_to_this_lab(world: World) -> None:
    w = world
    me = w.attackers[1]
    result = me.device.item(me.own_batch, "t-0003", seq=me.next_seq(), item_id=w.b.item_id)
    event = event_item(me.next_seq(), w.b.event_id, seat="A-SEAT")

    first = [i["status"] for i in me.device.push([result, event]).json()["items"]]
    again = [i["status"] for i in me.device.push([result, event]).json()["items"]]
    theirs = [i["status"] for i in w.b_device.push([w.b_result, w.b_event]).json()["items"]]

    assert first == ["applied", "applied"]
    assert again == ["duplicate", "duplicate"]
    assert theirs == ["duplicate", "duplicate"], "lab B's items are still lab B's"


# -- the upgrade of a hub database from before per-lab item ids ----------------------------------------

def _isolation_migration() -> int:
    """The index of the migration that made item ids unique per lab."""
    return next(i for i, script in enumerate(MIGRATIONS) if "items_by_lab_item" in script)


@pytest.mark.engine_fixed
def test_an_old_hub_database_is_upgraded_and_keeps_its_items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    clock = HubClock()
    before = _isolation_migration()
    monkeypatch.setattr("labhub.store.MIGRATIONS", MIGRATIONS[:before])
    monkeypatch.setattr("labhub.store.SCHEMA_VERSION", before)
    old = HubStore.open(tmp_path / "data")
    try:
        add_batch(old, clock, make_bundle(tmp_path / "bundles", "tagging", 3, batch_id="old-batch"), "Gulu")
        device = authenticate(old, f"Bearer {enroll(old, clock, make_enrol_code(old, clock, 'Gulu'), 'OLD-PC').token}")
        other = authenticate(old, f"Bearer {enroll(old, clock, make_enrol_code(old, clock, 'Lira'), 'L-PC').token}")
        result = Incoming(1, str(uuid.uuid4()), "result", result_body("old-batch", "t-0000", ["cat"]))
        event = event_item(2, str(uuid.uuid4()))
        events = [Incoming(2, event["id"], "event", event["body"]),
                  Incoming(3, str(uuid.uuid4()), "event", event_item(3, "x", n=2)["body"])]
        _, answers, _ = push_items(old, clock, device, CLOCK, [result, *events], DAY_S)
        assert [a["status"] for a in answers] == ["applied"] * 3
    finally:
        old.close()
    monkeypatch.undo()

    store = HubStore.open(tmp_path / "data")
    try:
        with store.snapshot() as c:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            rows = c.execute("SELECT i.item_id, i.lab_id = d.lab_id FROM items i JOIN devices d ON d.id = i.device_id"
                             " ORDER BY i.seq").fetchall()
            record = c.execute("SELECT result_item FROM tasks WHERE batch_id = 'old-batch' AND task_id = 't-0000'"
                               ).fetchone()[0]
            kept_events = c.execute("SELECT count(*) FROM events").fetchone()[0]
            broken = c.execute("PRAGMA foreign_key_check").fetchall()
        again = push_items(store, clock, device, CLOCK, [result, *events], DAY_S)[1]
        elsewhere = push_items(store, clock, other, CLOCK, [Incoming(1, result.id, "event", event["body"]),
                                                            Incoming(2, event["id"], "event", event["body"])], DAY_S)[1]
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as c:
            c.execute("DELETE FROM events")
    finally:
        store.close()

    assert version == len(MIGRATIONS)
    assert rows == [(result.id, 1), (events[0].id, 1), (events[1].id, 1)]
    assert record == result.id and kept_events == 2 and broken == []
    assert [a["status"] for a in again] == ["duplicate"] * 3
    assert [a["status"] for a in elsewhere] == ["applied", "applied"], "another lab may use the same ids"

