"""The protocol's JSON bodies as Pydantic models: request checks and the OpenAPI document.

Requests are strict: a missing field, an unknown field or a value of the wrong JSON type is a
``400 bad_request`` (no coercion: ``"5"`` is not a number, ``true`` is not an integer). An item's
``body`` is checked per item by :data:`RESULT_BODY` instead, so one bad item is ``rejected`` with
a reason while the rest of its chunk goes through.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

MAX_ID = 128
MAX_SEQ = 2**62
MAX_PEOPLE = 10_000
FEATURES = ("people", "signed_events", "batch_documents", "reviews", "qualifications", "media_budget")
"""What this hub takes beyond the base of protocol 1 (the hello and enrolment answers say so):
``people``, the push's map of a workstation's worker ids to the hub's users; ``signed_events``,
a timesheet event's ``mac`` (its device signature, docs/people.md); ``batch_documents``, the
pull's ``inline_max_bytes`` and ``GET /v1/batches/{batch_id}/document``; ``reviews``, items of
type ``review`` (a supervisor's verdict on a result, docs/quality.md)."""
MAX_NOTE = 2000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Clock(_Strict):
    """The device's clocks when it sent the request."""

    wall: str = Field(max_length=64, description="the device's wall clock, UTC ISO 8601")
    mono_ns: int = Field(ge=0, le=MAX_SEQ, description="the device's monotonic clock, nanoseconds")
    boot_id: str = Field(max_length=128, description="the boot the monotonic clock belongs to")


class HelloAnswer(BaseModel):
    """``GET /v1/hello``."""

    hub: str
    protocol: int
    hub_time: str
    max_request_bytes: int
    max_items: int
    features: list[str] = Field(description="what the hub takes beyond protocol 1's base: 'people' (the push's "
                                            "people map)")


class HealthAnswer(BaseModel):
    """``GET /v1/health``: for a load balancer; 200 only when the database answers."""

    status: str = Field(description="'ok'")
    engine: str = Field(description="'sqlite' or 'postgresql'")
    schema_version: int
    version: str = Field(description="this hub's version")


class EnrollRequest(_Strict):
    """``POST /v1/enroll``."""

    code: str = Field(min_length=1, max_length=64)
    device_name: str = Field(min_length=1, max_length=200)


class EnrollAnswer(BaseModel):
    """The device's id and token (shown once) and its lab."""

    device_id: str
    token: str
    lab: str
    hub_time: str
    max_request_bytes: int
    max_items: int
    features: list[str] = Field(description="as in the hello answer")


class PushItem(_Strict):
    """One outbox item."""

    seq: int = Field(ge=1, le=MAX_SEQ, description="the device's sequence number, 1, 2, 3, … never reused")
    id: str = Field(min_length=1, max_length=MAX_ID, description="the item's UUID, made on the device")
    type: str = Field(min_length=1, max_length=64, description="'result' or 'event'")
    body: dict[str, Any]


class PushRequest(_Strict):
    """``POST /v1/push``: a chunk of outbox items, oldest first."""

    clock: Clock
    items: list[PushItem]
    report: Literal["all", "exceptions"] = Field(
        default="all", description="'exceptions': list only the items that were not applied (the rest were)")
    people: dict[str, str] | None = Field(
        default=None, max_length=MAX_PEOPLE,
        description="{local worker id: hub user id} for workers the device's roster confirmed; an entry the hub "
                    "cannot use (no such user in the device's lab) is ignored and counted, never an error")


class PeopleAnswer(BaseModel):
    """What the hub did with the request's people map."""

    recorded: int = Field(description="entries kept")
    ignored: int = Field(description="entries ignored: no such user in the device's lab, or an unusable id")


class ItemAnswer(BaseModel):
    """What the hub did with one item."""

    id: str
    status: Literal["applied", "superseded", "duplicate", "conflict", "rejected"]
    reason: str | None = None


class PushAnswer(BaseModel):
    """Per-item statuses and the device's watermark, sent after the chunk is committed."""

    hub_time: str
    watermark: int
    applied: int = Field(description="how many items of the request were applied")
    items: list[ItemAnswer] = Field(description="every item, or with report='exceptions' those not applied")
    people: PeopleAnswer | None = Field(default=None, description="present when the request carried a people map")


class RelayOutboxAnswer(BaseModel):
    """``POST /v1/relay/outbox/{name}``: what the import did, and the signed receipt."""

    hub_time: str
    device: str = Field(description="the name of the workstation the file came from")
    counts: dict[str, int] = Field(description="how many items got each status (applied, duplicate, ...)")
    receipt: dict[str, Any] = Field(description="the receipt labhub import-outbox writes (docs/protocol.md)")


class PullRequest(_Strict):
    """``POST /v1/pull``."""

    clock: Clock
    cursor: str | None = Field(default=None, max_length=40)
    have: list[str] = Field(default_factory=list, max_length=100_000)
    max_batches: int = Field(default=5, ge=1, le=100)
    max_media_bytes: int | None = Field(
        default=None, ge=0, le=MAX_SEQ,
        description="lease new batches only while their media bytes, together, stay within this (the first is "
                    "leased even when larger, unless 0); absent: no limit")
    strict_media_bytes: bool = Field(
        default=False,
        description="with max_media_bytes: the first new batch too must fit it (a data budget that must not be "
                    "passed; feature media_budget); false: the first is leased even when larger")
    roster_as_of: str | None = Field(
        default=None, max_length=64,
        description="the as_of of the roster the device holds; the answer's roster is null while it is current")
    inline_max_bytes: int | None = Field(
        default=None, ge=0, le=MAX_SEQ,
        description="send a batch document whose JSON text is longer than this as a reference, to be fetched "
                    "from GET /v1/batches/{batch_id}/document (feature batch_documents); absent: every "
                    "document inline")
    reviews_after: int | None = Field(
        default=None, ge=0, le=MAX_SEQ,
        description="send the lab's reviews stored after this cursor (0: from the first), the ones this device "
                    "made left out (feature reviews); absent: none")


class DocumentReference(BaseModel):
    """A batch document to fetch from ``GET /v1/batches/{batch_id}/document``."""

    batch_id: str
    sha256: str = Field(description="sha256 of the document's UTF-8 JSON text, checked after decompressing")
    json_bytes: int = Field(description="the length of that text")
    bytes: int = Field(description="the length of the zstd file the route serves")


class LeasedBatch(BaseModel):
    """A batch newly leased to the device: its document, or (larger than the pull's
    ``inline_max_bytes``) a reference to fetch it by."""

    lease_expires: str
    batch: dict[str, Any] | None = None
    document: DocumentReference | None = None


class Lease(BaseModel):
    """One of the device's current leases."""

    batch_id: str
    expires: str


class RosterUser(BaseModel):
    """One user of the lab, as ``labclient.people.roster.apply_roster`` takes it."""

    id: str
    name: str
    role: Literal["worker", "supervisor", "admin"]
    lab: str
    secret_hash: str | None
    disabled: bool


class Roster(BaseModel):
    """The lab's users as of the hub's time of their last change."""

    as_of: str = Field(description="the hub's time of the last change to the lab's users; strictly increasing")
    users: list[RosterUser]


class PullAnswer(BaseModel):
    """New work and lease news since the cursor."""

    hub_time: str
    cursor: str
    batches: list[LeasedBatch]
    leases: list[Lease]
    revoked: list[str]
    more: bool
    roster: Roster | None = Field(
        description="the lab's users when they changed since the request's roster_as_of (or the lab has users "
                    "and the device holds none); null otherwise")
    reviews: list[dict[str, Any]] | None = Field(
        default=None, description="with reviews_after: the lab's reviews after it, oldest first (docs/protocol.md, "
                                  "Reviews); absent otherwise")
    reviews_cursor: int | None = Field(default=None, description="with reviews_after: the cursor to send next time")


class ErrorAnswer(BaseModel):
    """Every non-2xx answer."""

    error: str
    message: str
    hub_time: str


class FaultRequest(_Strict):
    """``POST /v1/_test/faults`` (only with ``labhub serve --test-faults``)."""

    status: int = Field(ge=400, le=599)
    count: int = Field(default=1, ge=0, le=1_000_000)
    retry_after: int | None = Field(default=None, ge=0, le=86_400)
    after_commit: bool = False


class Worker(_Strict):
    """Who did the work."""

    id: str = Field(min_length=1, max_length=MAX_ID)
    name: str = Field(min_length=1, max_length=200)


class ResultBody(_Strict):
    """The body of an item of type ``result``."""

    batch_id: str = Field(min_length=1, max_length=MAX_ID)
    task_id: str = Field(min_length=1, max_length=MAX_ID)
    worker: Worker
    action: Literal["submit", "skip", "flag"]
    content: dict[str, Any]
    created_at: str = Field(max_length=64)
    created_mono_ns: int = Field(ge=0, le=MAX_SEQ)
    boot_id: str = Field(max_length=128)
    active_ms: int = Field(ge=0, le=MAX_SEQ)


RESULT_BODY: TypeAdapter[ResultBody] = TypeAdapter(ResultBody)


class ReviewBody(_Strict):
    """The body of an item of type ``review``: a supervisor accepted a result, or corrected it
    (``content``, the corrected result) with a ``note`` to the worker."""

    result_id: str = Field(min_length=1, max_length=MAX_ID)
    batch_id: str = Field(min_length=1, max_length=MAX_ID)
    task_id: str = Field(min_length=1, max_length=MAX_ID)
    reviewer: Worker
    verdict: Literal["accepted", "corrected"]
    content: dict[str, Any] | None
    note: str = Field(max_length=MAX_NOTE)
    created_at: str = Field(max_length=64)


REVIEW_BODY: TypeAdapter[ReviewBody] = TypeAdapter(ReviewBody)


class QualificationBody(_Strict):
    """The body of an item of type ``qualification``: a worker passed a project's training set on
    the workstation (docs/quality.md, "Training and qualification")."""

    worker: Worker
    project_id: str = Field(min_length=1, max_length=MAX_ID)
    score: float = Field(ge=0.0, le=1.0)
    attempt: int = Field(ge=1, le=1000)
    passed_at: str = Field(max_length=64)


QUALIFICATION_BODY: TypeAdapter[QualificationBody] = TypeAdapter(QualificationBody)


HASH_PATTERN = r"^[0-9a-f]{64}$"


class _Payload(_Strict):
    pass


class SeatPayload(_Payload):
    """``clock_in``."""

    seat: str = Field(max_length=200)


class EmptyPayload(_Payload):
    """``clock_out``, ``break_start``, ``break_end``."""


class ActivityPayload(_Payload):
    """``activity``: active milliseconds since the previous report, on a Workspace task (or none)."""

    active_ms: int = Field(ge=0, le=MAX_SEQ)
    task: str | int | None = None


class IdlePromptPayload(_Payload):
    """``idle_prompt``."""

    after_s: int = Field(ge=0, le=MAX_SEQ)


class IdleAnswerPayload(_Payload):
    """``idle_answer``."""

    still_working: bool


class ClockJumpPayload(_Payload):
    """``clock_jump``: how far the wall clock moved against the monotonic clock, after which event."""

    jump_ms: int = Field(ge=-MAX_SEQ, le=MAX_SEQ)
    after: str = Field(min_length=1, max_length=MAX_ID)


class CorrectionPayload(_Payload):
    """``correction``: a supervisor's change to a worker's day."""

    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    clocked_ms: int = Field(ge=-MAX_SEQ, le=MAX_SEQ)
    active_ms: int = Field(ge=-MAX_SEQ, le=MAX_SEQ)
    reason: str = Field(min_length=1, max_length=2000)
    by: Worker


class ApprovalPayload(_Payload):
    """``approval``: the totals a supervisor approved for a worker and a range of days."""

    first_day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    last_day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    clocked_ms: int = Field(ge=0, le=MAX_SEQ)
    active_ms: int = Field(ge=0, le=MAX_SEQ)
    flags: int = Field(ge=0, le=MAX_SEQ)
    by: Worker


#: The payload each event type carries (docs/people.md, "Timesheet events").
EVENT_PAYLOADS: dict[str, type[_Payload]] = {
    "clock_in": SeatPayload, "clock_out": EmptyPayload, "break_start": EmptyPayload, "break_end": EmptyPayload,
    "activity": ActivityPayload, "idle_prompt": IdlePromptPayload, "idle_answer": IdleAnswerPayload,
    "clock_jump": ClockJumpPayload, "correction": CorrectionPayload, "approval": ApprovalPayload,
}


class EventBody(_Strict):
    """The body of an item of type ``event``: one timesheet event (docs/people.md, "The outbox item").

    Its ``payload`` is checked against :data:`EVENT_PAYLOADS` separately."""

    n: int = Field(ge=1, le=MAX_SEQ, description="the event's place in the device's chain")
    type: Literal["clock_in", "clock_out", "break_start", "break_end", "activity", "idle_prompt", "idle_answer",
                  "clock_jump", "correction", "approval"]
    worker: Worker | None
    wall: str = Field(max_length=64)
    mono_ns: int = Field(ge=0, le=MAX_SEQ)
    boot_id: str = Field(max_length=128)
    prev_hash: str = Field(pattern=HASH_PATTERN)
    hash: str = Field(pattern=HASH_PATTERN)
    payload: dict[str, Any]


EVENT_BODY: TypeAdapter[EventBody] = TypeAdapter(EventBody)
