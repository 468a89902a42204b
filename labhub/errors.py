"""Errors the hub answers with, one class per error code of ``docs/protocol.md``.

Each carries the HTTP status, the protocol's error code and an English sentence for the body
``{"error": code, "message": message, "hub_time": ...}``; :mod:`labhub.web` turns them into
responses. The command line prints ``message`` of a :class:`HubError` and exits 1.

They derive from Starlette's ``HTTPException`` so that FastAPI passes them through unchanged
when they are raised while the request body is read.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException

#: The longest message an error carries (an answer's body, a line the command line prints).
MAX_MESSAGE_CHARS = 1000


class HubError(HTTPException):
    """Something the hub refuses or cannot do, with its protocol error code and HTTP status."""

    status = 500
    code = "server_error"

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        if len(message) > MAX_MESSAGE_CHARS:  # it may quote a caller's input: never megabytes of it back
            message = f"{message[:MAX_MESSAGE_CHARS]}… ({len(message):,} characters)"
        super().__init__(status_code=self.status, detail=message, headers=headers)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadRequest(HubError):
    """A malformed body: not JSON, a missing or unknown field, an undecodable encoding."""

    status = 400
    code = "bad_request"


class Unauthorized(HubError):
    """A missing, unknown or revoked device token."""

    status = 401
    code = "unauthorized"

    def __init__(self, message: str) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class CodeInvalid(HubError):
    """An enrolment code the hub never made."""

    status = 403
    code = "code_invalid"


class CodeUsed(HubError):
    """An enrolment code that was used already (codes are one-time)."""

    status = 403
    code = "code_used"


class CodeExpired(HubError):
    """An enrolment code older than its validity (``labhub.auth.CODE_VALID_DAYS``), never used."""

    status = 403
    code = "code_expired"


class NotFound(HubError):
    """No such media file (or no such path)."""

    status = 404
    code = "not_found"


class TooLarge(HubError):
    """A request body over ``max_request_bytes`` (as sent or once decoded), or too many items."""

    status = 413
    code = "too_large"


class LengthRequired(HubError):
    """A file sent without its length (``Content-Length``): it is written as it comes, and the
    hub wants to refuse one too large before it reads a byte."""

    status = 411
    code = "bad_request"


class Busy(HubError):
    """The hub cannot take the request now (database locked); try again after ``Retry-After``."""

    status = 503
    code = "busy"

    def __init__(self, message: str, *, retry_after: int | None = 1) -> None:
        super().__init__(message, headers={"Retry-After": str(retry_after)} if retry_after is not None else None)


class TooManyAttempts(HubError):
    """Too many failed attempts (wrong enrolment codes) lately: ``429`` with ``Retry-After``."""

    status = 429
    code = "busy"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, headers={"Retry-After": str(max(1, retry_after))})


class ClientGone(HubError):
    """The client closed its connection before the hub started the work; no one reads the answer.

    Status 499 (as nginx logs it) so that the access log tells these apart from answers sent.
    """

    status = 499
    code = "client_gone"


class Forbidden(HubError):
    """The device may not make this request (a lab relay pushing or pulling)."""

    status = 403
    code = "forbidden"


class Refused(HubError):
    """A command-line request the hub refuses (bad bundle, clashing batch id, …); exit code 1."""

    status = 400
    code = "bad_request"


#: The protocol's error code for an HTTP status that has no more specific one.
def code_for_status(status: int) -> str:
    """``busy`` for 429/503, ``server_error`` for other 5xx, ``not_found`` for 404, and so on."""
    if status in (429, 503):
        return "busy"
    if status >= 500:
        return "server_error"
    return {401: "unauthorized", 404: "not_found", 413: "too_large"}.get(status, "bad_request")
