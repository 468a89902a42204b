"""HTTP plumbing shared by the routes: decoded request bodies, JSON answers, errors as JSON.

- :class:`HubRoute` hands routes a :class:`HubRequest`, whose body is read with the size limit
  (``413 too_large`` past ``max_request_bytes``, as sent or as decoded) and with its
  ``Content-Encoding`` (zstd, gzip) undone before FastAPI parses and checks the JSON.
- :func:`reply` makes every JSON answer: it adds ``hub_time`` and compresses the body when
  ``Accept-Encoding`` allows (zstd preferred, then gzip).
- :func:`install_error_handlers` makes every error an ``{"error", "message", "hub_time"}``
  answer with the protocol's code for its status.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from labhub.clock import HubClock
from labhub.codec import choose_encoding, decode_body, encode
from labhub.errors import BadRequest, HubError, TooLarge, code_for_status

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

    async def body(self) -> bytes:
        """The decoded body; TooLarge or BadRequest as described above."""
        if not hasattr(self, "_body"):
            limit = int(self.app.state.config.max_request_bytes)
            too_large = TooLarge(f"The request body is over the hub's limit of {limit} bytes; send smaller chunks.")
            declared = self.headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > limit + DRAIN_CAP:
                raise too_large
            chunks: list[bytes] = []
            size = 0
            async for chunk in self.stream():
                size += len(chunk)
                if size <= limit:
                    chunks.append(chunk)
                elif size > limit + DRAIN_CAP:
                    break
            if size > limit:
                raise too_large
            self._body = decode_body(b"".join(chunks), self.headers.get("content-encoding"), limit)
        return self._body


class HubRoute(APIRoute):
    """An APIRoute that gives its endpoint a :class:`HubRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler, called with the request re-wrapped as a HubRequest."""
        handler = super().get_route_handler()

        async def hub_handler(request: Request) -> Response:
            return await handler(HubRequest(request.scope, request.receive))

        return hub_handler


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
