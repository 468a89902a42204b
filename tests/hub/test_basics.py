"""Hello, enrolment, authentication, error bodies and the OpenAPI document."""

from __future__ import annotations

import re

from tests.helpers.hub_api import CLOCK, Hub

HUB_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def test_hello_says_what_the_hub_is_and_its_limits(hub: Hub) -> None:
    r = hub.get("/v1/hello")

    assert r.status_code == 200
    answer = r.json()
    assert {k: answer[k] for k in ("hub", "protocol", "max_request_bytes", "max_items")} == {
        "hub": "labhub", "protocol": 1, "max_request_bytes": 4 * 1024 * 1024, "max_items": 2000}
    assert HUB_TIME.fullmatch(answer["hub_time"])


def test_an_enrolment_code_works_once(hub: Hub, lab: str) -> None:
    code = hub.code(lab)

    first = hub.post("/v1/enroll", {"code": code.lower(), "device_name": "LAB-PC-07"})
    second = hub.post("/v1/enroll", {"code": code, "device_name": "LAB-PC-08"})

    assert first.status_code == 200, first.text
    answer = first.json()
    assert answer["lab"] == lab and answer["device_id"].startswith("d-") and len(answer["token"]) >= 40
    assert HUB_TIME.fullmatch(answer["hub_time"])
    assert second.status_code == 403
    assert second.json()["error"] == "code_used"
    assert HUB_TIME.fullmatch(second.json()["hub_time"])


def test_an_unknown_code_is_refused(hub: Hub) -> None:
    for code in ("AAAA-BBBB-CCCC", "not a code"):
        r = hub.post("/v1/enroll", {"code": code, "device_name": "LAB-PC-07"})
        assert r.status_code == 403
        assert r.json()["error"] == "code_invalid"
        assert r.json()["message"]


def test_enrolment_codes_avoid_look_alike_characters(hub: Hub, lab: str) -> None:
    codes = [hub.code(lab) for _ in range(20)]

    assert all(re.fullmatch(r"[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}", c) for c in codes)
    assert len(set(codes)) == 20


def test_push_pull_and_media_need_a_valid_token(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    body = {"clock": CLOCK, "items": []}
    cases = [({}, "missing"), ({"Authorization": "Bearer not-a-token"}, "wrong"),
             ({"Authorization": f"Basic {device.token}"}, "wrong scheme")]
    for headers, _ in cases:
        for path in ("/v1/push", "/v1/pull"):
            r = hub.post(path, body, headers=headers)
            assert r.status_code == 401, (path, headers)
            assert r.json()["error"] == "unauthorized"
            assert r.headers["WWW-Authenticate"] == "Bearer"
        r = hub.get("/v1/media/" + "0" * 64, headers=headers)
        assert r.status_code == 401

    assert hub.post("/v1/push", body, headers=device.headers).status_code == 200


def test_malformed_bodies_are_bad_requests(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    cases = [
        b"{not json",
        b'{"clock": {"wall": "x", "mono_ns": 1, "boot_id": "b"}}',                       # items missing
        b'{"clock": {"wall": "x", "mono_ns": 1, "boot_id": "b"}, "items": [], "x": 1}',  # unknown field
        b'{"clock": {"wall": "x", "mono_ns": "1", "boot_id": "b"}, "items": []}',        # a string for a number
        b'{"clock": {"wall": "x", "mono_ns": 1, "boot_id": "b"}, "items": [{"seq": 0, "id": "a", "type": "result",'
        b' "body": {}}]}',                                                                # seq starts at 1
        b"[]",
    ]
    for raw in cases:
        r = hub.session.post(hub.url + "/v1/push", data=raw, timeout=30,
                             headers={**device.headers, "Content-Type": "application/json"})
        assert r.status_code == 400, raw
        assert r.json()["error"] == "bad_request"
        assert r.json()["message"].startswith("The request body is malformed"), r.json()
    r = hub.post("/v1/pull", {"clock": CLOCK, "cursor": "not-ours"}, headers=device.headers)
    assert r.status_code == 400
    assert "cursor" in r.json()["message"]


def test_an_unknown_path_is_a_json_404(hub: Hub) -> None:
    r = hub.get("/v1/nothing-here")

    assert r.status_code == 404
    assert r.json()["error"] == "not_found"
    assert HUB_TIME.fullmatch(r.json()["hub_time"])


def test_the_openapi_document_lists_the_protocol(hub: Hub) -> None:
    r = hub.get("/openapi.json")

    assert r.status_code == 200
    paths = r.json()["paths"]
    assert {"/v1/hello", "/v1/enroll", "/v1/push", "/v1/pull", "/v1/media/{sha256}"} <= set(paths)
    assert "/v1/_test/faults" not in paths
    assert set(paths["/v1/push"]["post"]["requestBody"]["content"]) == {"application/json"}


def test_json_the_hub_and_a_reader_could_disagree_on_is_refused(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    clock = '{"wall": "2026-11-24T08:00:00.000000Z", "mono_ns": 1, "boot_id": "b"}'
    cases = {
        b'{"clock": %s, "items": [], "items": [{"seq": 1}]}' % clock.encode(): "the key 'items' appears twice",
        b'{"clock": %s, "items": [], "report": NaN}' % clock.encode(): "NaN is not a JSON number",
        b'{"clock": %s, "items": [], "n": %s}' % (clock.encode(), b"9" * 5000): "a number has 5000 digits",
        b"[" * 50_000 + b"]" * 50_000: "nested too deeply",
        b'{"clock": %s, "items": [], "x": "\\udc00"}' % clock.encode(): "lone surrogate",
    }
    for raw, said in cases.items():
        r = hub.session.post(hub.url + "/v1/push", data=raw, timeout=30,
                             headers={**device.headers, "Content-Type": "application/json"})
        assert r.status_code == 400, raw[:80]
        assert said in r.json()["message"] and len(r.json()["message"]) < 300, r.json()
