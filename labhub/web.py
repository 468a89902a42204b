"""HTTP plumbing shared by the routes: decoded request bodies, JSON answers, errors as JSON.

- :class:`HubRoute` checks what is cheap to check before any work (the enrolment rate limit, the
  device token before the body is read, a client that went away), admits a bounded number of
  requests to work at once, and hands routes a :class:`HubRequest`, whose body is read with the
  size limit (``413 too_large`` past ``max_request_bytes``, as sent or as decoded) and has its
  ``Content-Encoding`` (zstd, gzip) undone on a worker thread before FastAPI checks the JSON.
- :func:`reply` makes every JSON answer: it adds ``hub_time`` and compresses the body when
  ``Accept-Encoding`` allows (zstd preferred, then gzip).
- :func:`install_error_handlers` makes every error an ``{"error", "message", "hub_time"}``
  answer with the protocol's code for its status.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security.base import SecurityBase
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from labclient import strictjson
from labhub.auth import FailureLimit, authenticate, client_key
from labhub.clock import HubClock
from labhub.codec import choose_encoding, decode_body, encode
from labhub.errors import (
    BadRequest,
    ClientGone,
    CodeExpired,
    CodeInvalid,
    CodeUsed,
    HubError,
    TooLarge,
    TooManyAttempts,
    code_for_status,
)

log = logging.getLogger("labhub")

#: Past the limit the rest of a body is still read (and dropped), up to this many bytes, so the
#: client sees the 413 instead of a connection reset.
DRAIN_CAP = 64 * 1024 * 1024


def hub_clock(request: Request) -> HubClock:
    """The clock of the app serving ``request``."""
    clock = request.app.state.clock
    assert isinstance(clock, HubClock)
    return clock


class HubRequest(Request):
    """A request whose :meth:`body` is size-limited and decoded (see the module docstring)."""

    def _limit(self) -> int:
        return int(self.app.state.config.max_request_bytes)

    async def read_raw(self) -> bytes:
        """The body as sent, at most ``max_request_bytes`` (TooLarge past it, after draining up to
        :data:`DRAIN_CAP` more so the client reads the answer); ClientGone when the client left."""
        limit = self._limit()
        too_large = TooLarge(f"The request body is over the hub's limit of {limit} bytes; send smaller chunks.")
        declared = self.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit + DRAIN_CAP:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in self.stream():
                size += len(chunk)
                if size <= limit:
                    chunks.append(chunk)
                elif size > limit + DRAIN_CAP:
                    break
        except ClientDisconnect:
            raise ClientGone("The client went away while sending its request.") from None
        if size > limit:
            raise too_large
        return b"".join(chunks)

    async def decode(self, raw: bytes) -> bytes:
        """Undo the body's ``Content-Encoding`` and parse its JSON off the event loop, so a body
        that is slow to decode never holds up other requests; the result is what :meth:`body`
        (and :meth:`json`, when the body is valid JSON) answer from then on."""
        encoding = ",".join(self.headers.getlist("content-encoding")) or None
        self._body, parsed = await run_in_threadpool(_decode_and_parse, raw, encoding, self._limit())
        if parsed is not _NOT_JSON:
            self._json = parsed
        return self._body

    async def body(self) -> bytes:
        """The decoded body; TooLarge or BadRequest as described above."""
        if not hasattr(self, "_body"):
            await self.decode(await self.read_raw())
        return self._body


_NOT_JSON = object()


def _decode_and_parse(raw: bytes, encoding: str | None, limit: int) -> tuple[bytes, Any]:
    """The decoded body and its JSON, read strictly (no key twice, no NaN, no endless number or
    nesting, no lone surrogate: labclient.strictjson); BadRequest naming what is wrong."""
    body = decode_body(raw, encoding, limit)
    if not body:
        return body, _NOT_JSON  # no body: FastAPI says what was expected
    try:
        return body, strictjson.loads(body)
    except strictjson.StrictJSONError as exc:
        raise BadRequest(f"The request body is malformed: {exc}.") from None


#: The route whose wrong codes are rate-limited (``labhub.auth.FailureLimit``).
ENROL_PATH = "/v1/enroll"


@dataclass
class WebState:
    """What the HTTP layer keeps per app: the admission gate, and the enrolment limit (whose
    counts are in the database: shared by every hub process)."""

    gate: asyncio.Semaphore
    enrol_limit: FailureLimit


def web_state(app: Any) -> WebState:
    """The app's :class:`WebState`, made on first use (inside the server's event loop)."""
    state = getattr(app.state, "web", None)
    if state is None:
        state = app.state.web = WebState(asyncio.Semaphore(int(app.state.config.max_active_requests)),
                                          FailureLimit(app.state.store))
    assert isinstance(state, WebState)
    return state


def _wants_token(dependant: Any) -> bool:
    """Whether a route's dependencies include a security scheme (the device's bearer token)."""
    stack = [dependant]
    while stack:
        current = stack.pop()
        if isinstance(getattr(current, "call", None), SecurityBase):
            return True
        stack.extend(getattr(current, "dependencies", ()))
    return False


class HubRoute(APIRoute):
    """An APIRoute that checks what is cheap to check before the work starts, then hands FastAPI's
    handler a :class:`HubRequest`. In order:

    1. ``POST /v1/enroll`` from an address with too many wrong codes lately: ``429``.
    2. A route that wants the device token: the token, before the body is read (``401``).
    3. The body as sent, size-limited.
    4. At most ``max_active_requests`` requests with a body go past here at once (the others wait
       their turn); a request whose client has gone by then is dropped (:class:`ClientGone`).
    5. The body decoded and its JSON parsed on a worker thread; then FastAPI's handler.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler, behind the checks above."""
        handler = super().get_route_handler()
        wants_token = _wants_token(getattr(self, "dependant", None))
        has_body = getattr(self, "body_field", None) is not None
        enrolment = self.path == ENROL_PATH

        async def hub_handler(request: Request) -> Response:
            hub_request = HubRequest(request.scope, request.receive)
            state = web_state(request.app)
            client = client_key(request.client.host if request.client else None)
            if enrolment:
                await run_in_threadpool(_check_enrol_limit, request, state, client)
            if wants_token:
                await run_in_threadpool(authenticate, request.app.state.store, request.headers.get("authorization"))
            if not has_body:
                return await handler(hub_request)
            raw = await hub_request.read_raw()
            async with state.gate:
                if await hub_request.is_disconnected():
                    raise ClientGone("The client went away before the hub started on its request.")
                await hub_request.decode(raw)
                try:
                    return await handler(hub_request)
                except (CodeInvalid, CodeUsed, CodeExpired):
                    if enrolment:
                        await run_in_threadpool(state.enrol_limit.failed, client, _limit_time(request))
                    raise

        return hub_handler


def _limit_time(request: Request) -> float:
    """The hub's clock (its test offset included) in seconds since the epoch: one time for every
    hub process counting enrolment failures in the database."""
    return hub_clock(request).now().timestamp()


def _check_enrol_limit(request: Request, state: WebState, client: str) -> None:
    wait = state.enrol_limit.wait_s(client, _limit_time(request))
    if wait > 0:
        minutes = max(1, math.ceil(wait / 60))
        raise TooManyAttempts(f"Too many wrong enrolment codes were tried lately; wait {minutes} minute"
                              f"{'s' if minutes != 1 else ''}, then type the code again, carefully (ask the hub "
                              "admin for a new one if it keeps failing).", retry_after=math.ceil(wait))


def reply(request: Request, payload: dict[str, Any], status: int = 200,
          headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer with ``hub_time``, compressed when the client accepts it."""
    body = {**payload, "hub_time": hub_clock(request).now_text()}
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out = dict(headers or {})
    out["Vary"] = "Accept-Encoding"
    encoding = choose_encoding(request.headers.get("accept-encoding"))
    if encoding is not None:
        data = encode(data, encoding)
        out["Content-Encoding"] = encoding
    return Response(data, status_code=status, headers=out, media_type="application/json")


def error_reply(request: Request, status: int, code: str, message: str,
                headers: Mapping[str, str] | None = None) -> Response:
    """A protocol error answer."""
    return reply(request, {"error": code, "message": message}, status, headers)


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, ours or the framework's, in the protocol's JSON form."""

    async def hub_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HubError)
        return error_reply(request, exc.status, exc.code, exc.message, exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "The request failed."
        if exc.status_code == 404:
            message = f"There is no {request.url.path} on this hub."
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}."
        return error_reply(request, exc.status_code, code_for_status(exc.status_code), message,
                           dict(exc.headers or {}))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_reply(request, 400, BadRequest.code, f"The request body is malformed: {describe(exc)}.")

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_reply(request, 500, "server_error", "The hub failed; nothing was committed for this request. "
                                                         "Try again later.")

    app.add_exception_handler(HubError, hub_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)


def describe(exc: RequestValidationError, limit: int = 3) -> str:
    """``where: what`` for the first few problems FastAPI found in a request."""
    errors = list(exc.errors())
    parts = []
    for error in errors[:limit]:
        loc = [str(p) for p in error.get("loc", ()) if p != "body"]
        where = ".".join(loc) or "body"
        what = str(error.get("msg", "invalid"))
        if error.get("type") == "json_invalid":
            what = f"not valid JSON ({error.get('ctx', {}).get('error', 'decode error')})"
            where = "body"
        elif where == "body" and error.get("type") in ("model_attributes_type", "dict_type"):
            what = "must be a JSON object sent as Content-Type: application/json"
        parts.append(f"{where}: {what}")
    more = len(errors) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
