"""``GET /v1/media/{sha256}``: the bytes, resumable with Range, 404 for what the hub lacks."""

from __future__ import annotations

import hashlib

from tests.helpers.hub_api import Device, Hub


def first_media(device: Device) -> tuple[str, str, int]:
    """(sha256, mime, bytes) of the first media file of the first batch the device pulls."""
    (entry,) = device.pull()["batches"]
    media = entry["batch"]["media"][0]
    return media["sha256"], media["mime"], media["bytes"]


def test_a_media_file_is_served_whole(hub: Hub, lab: str) -> None:
    hub.add_batch(lab, kind="transcription")
    device = hub.enroll(lab)
    sha, mime, size = first_media(device)

    r = hub.get(f"/v1/media/{sha}", headers={**device.headers, "Accept-Encoding": "zstd, gzip"})

    assert r.status_code == 200
    assert hashlib.sha256(r.content).hexdigest() == sha and len(r.content) == size
    assert r.headers["Content-Type"] == mime
    assert r.headers["ETag"] == f'"{sha}"'
    assert r.headers["Accept-Ranges"] == "bytes"
    assert "Content-Encoding" not in r.headers, "media is never recompressed"


def test_a_range_resumes_a_download(hub: Hub, lab: str) -> None:
    hub.add_batch(lab)
    device = hub.enroll(lab)
    sha, _, size = first_media(device)
    whole = hub.get(f"/v1/media/{sha}", headers=device.headers).content

    tail = hub.get(f"/v1/media/{sha}", headers={**device.headers, "Range": "bytes=100-"})
    middle = hub.get(f"/v1/media/{sha}", headers={**device.headers, "Range": "bytes=10-19"})
    last = hub.get(f"/v1/media/{sha}", headers={**device.headers, "Range": "bytes=-7"})

    assert tail.status_code == 206
    assert tail.headers["Content-Range"] == f"bytes 100-{size - 1}/{size}"
    assert tail.content == whole[100:]
    assert whole[:100] + tail.content == whole
    assert middle.status_code == 206 and middle.content == whole[10:20]
    assert middle.headers["Content-Range"] == f"bytes 10-19/{size}"
    assert last.status_code == 206 and last.content == whole[-7:]


def test_a_range_past_the_end_is_416(hub: Hub, lab: str) -> None:
    hub.add_batch(lab)
    device = hub.enroll(lab)
    sha, _, size = first_media(device)

    r = hub.get(f"/v1/media/{sha}", headers={**device.headers, "Range": f"bytes={size}-"})

    assert r.status_code == 416
    assert r.headers["Content-Range"] == f"bytes */{size}"
    assert r.json()["error"] == "bad_request"


def test_unknown_media_is_404(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    for name in ("0" * 64, "not-a-hash", "A" * 64):
        r = hub.get(f"/v1/media/{name}", headers=device.headers)
        assert r.status_code == 404, name
        assert r.json()["error"] == "not_found"
