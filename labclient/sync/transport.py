"""HTTP to the hub: one keep-alive session, timeouts, compressed JSON, and strict answer checks.

Every call returns the hub's JSON object or raises a :class:`labclient.errors.SyncError`
subclass a person can act on: offline, busy (with Retry-After), credential refused, or an answer
that is not the hub's (a captive portal's HTML page). The token is sent in a header and never
appears in an error message or log line. urllib3 retries only failed connections; everything
else is retried by the sync loop, which is safe because the protocol is idempotent.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import requests
import zstandard
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from labclient import __version__
from labclient.errors import (
    BadHubResponseError,
    HubAuthError,
    HubBusyError,
    HubUnreachableError,
    SyncError,
)

CONNECT_TIMEOUT_S = 15.0
#: No byte for this long is a stall (requests' read timeout is per read, not for the whole body).
STALL_TIMEOUT_S = 45.0
MAX_ANSWER_BYTES = 64 * 1024 * 1024
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def check_hub_url(url: str) -> str:
    """The hub URL without a trailing slash. ValueError unless https (or http to this machine)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"{url!r} is not a hub address (https://…)")
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        raise ValueError(f"{url!r} is not encrypted; a hub address starts with https://")
    return url.strip().rstrip("/")


class Transport:
    """Talks to one hub. Not thread-safe; one per sync run (or per thread)."""

    def __init__(self, hub_url: str, token: str | None = None, *, connect_timeout: float = CONNECT_TIMEOUT_S,
                 stall_timeout: float = STALL_TIMEOUT_S, connect_retries: int = 2) -> None:
        self.hub_url = check_hub_url(hub_url)
        self.token = token
        self.timeouts = (connect_timeout, stall_timeout)
        self._connect_retries = connect_retries
        self.bytes_sent = 0
        self.bytes_received = 0
        self.session = requests.Session()
        retry = Retry(total=connect_retries, connect=connect_retries, read=0, status=0, other=0, redirect=0,
                      backoff_factor=0.5,
                      allowed_methods=None, raise_on_status=False)
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.mount("http://", HTTPAdapter(max_retries=retry))
        self.session.headers.update({"User-Agent": f"LabClient/{__version__}", "Accept-Encoding": "zstd, gzip"})
        # Level 15: a chunk of 250 results is 17.8 KB against 20.9 KB with gzip -6, in ~15 ms; on
        # a metered 2G line the bytes cost more than the CPU.
        self._compressor = zstandard.ZstdCompressor(level=15)

    def close(self) -> None:
        """Close the keep-alive connections."""
        self.session.close()

    def twin(self) -> Transport:
        """A new transport to the same hub with the same credential and timeouts (its own
        connection, for another thread). Its byte counts are its own."""
        connect, stall = self.timeouts
        return Transport(self.hub_url, self.token, connect_timeout=connect, stall_timeout=stall,
                         connect_retries=self._connect_retries)

    def hello(self) -> dict[str, Any]:
        """``GET /v1/hello``: the cheap probe."""
        return self._send("GET", "/v1/hello", None, auth=False)

    def post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        """POST a JSON body (zstd-compressed) and return the hub's JSON answer."""
        return self._send("POST", path, body, auth=auth)

    def _send(self, method: str, path: str, body: dict[str, Any] | None, *, auth: bool) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = self._compressor.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
            headers.update({"Content-Type": "application/json", "Content-Encoding": "zstd"})
        if auth:
            if not self.token:
                raise HubAuthError(detail="no credential is stored for this hub")
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.session.request(method, self.hub_url + path, data=data, headers=headers,
                                            timeout=self.timeouts, allow_redirects=False)
            content = response.content
        except requests.exceptions.SSLError as exc:
            raise HubUnreachableError(hub=self.hub_url, detail=f"the hub's certificate is not valid: {_short(exc)}") \
                from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise HubUnreachableError(hub=self.hub_url, detail=_short(exc)) from None
        except requests.exceptions.RequestException as exc:
            raise HubUnreachableError(hub=self.hub_url, detail=_short(exc)) from None
        self.bytes_sent += len(data or b"") + 200  # headers, roughly
        self.bytes_received += int(response.headers.get("Content-Length") or len(content)) + 200
        if not content and "Content-Length" not in response.headers and "Transfer-Encoding" not in response.headers:
            # The line was cut inside the headers (http.client takes the end of the stream as
            # their end): a cut, to retry, not a strange answer. A hub always says how long it is.
            raise HubUnreachableError(hub=self.hub_url, detail="the connection was cut before the answer arrived")
        return self._answer(response, content)

    def _answer(self, response: requests.Response, content: bytes) -> dict[str, Any]:
        status = response.status_code
        answer = self._decode(content)
        if status == 401:
            raise HubAuthError(detail=str((answer or {}).get("message", "401 unauthorized")))
        if status in (429, 503) or status >= 500:
            retry_after = _retry_after(response.headers.get("Retry-After"))
            raise HubBusyError(detail=f"HTTP {status}", retry_after=retry_after)
        if answer is None or "hub_time" not in answer:
            kind = response.headers.get("Content-Type", "no content type").split(";")[0]
            raise BadHubResponseError(hub=self.hub_url, detail=f"HTTP {status}, {kind}")
        if status >= 300:
            raise SyncError(detail=f"the hub answered {status} {answer.get('error', '')}: "
                                   f"{str(answer.get('message', ''))[:300]}", status=status,
                            error=answer.get("error"))
        return answer

    @staticmethod
    def _decode(content: bytes) -> dict[str, Any] | None:
        if content.startswith(_ZSTD_MAGIC):  # urllib3 passes zstd through when it cannot decode it
            try:
                content = zstandard.ZstdDecompressor().decompress(content, max_output_size=MAX_ANSWER_BYTES)
            except zstandard.ZstdError:
                return None
        if len(content) > MAX_ANSWER_BYTES:
            return None
        try:
            answer = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return None
        return answer if isinstance(answer, dict) else None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: treat as unknown, the loop backs off on its own


def _short(exc: BaseException) -> str:
    """A one-line reason without URLs' query strings or headers (never the token)."""
    text = str(exc).split("\n")[0]
    return text[:200]
