"""The hub's web app: the routes of ``docs/protocol.md`` over a :class:`labhub.store.HubStore`.

Routes are plain (synchronous) functions, run on the server's worker threads; each request that
writes does so in one database transaction (SQLite or PostgreSQL) and is answered only after it
committed. The OpenAPI
document is served at ``/openapi.json``.

Every route that takes a device's token answers only for the device's lab: whatever the request
names is looked up through :class:`labhub.scope.LabScope`, so another lab's batch, media file,
item or user is answered exactly as one the hub does not have (docs/protocol.md, "Labs keep
apart"; ``tests/hub/test_lab_isolation.py`` walks every route of the OpenAPI document).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response, Security
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from labclient.relay.outbox_drop import NAME_RE as OUTBOX_NAME_RE
from labclient.sync.usb import MAX_FILE_BYTES, RECEIPT_FORMAT, read_signed
from labhub import PROTOCOL, __version__, documents
from labhub.auth import Device, authenticate, enroll, is_relay
from labhub.batches import media_folder
from labhub.clock import HubClock
from labhub.config import HubConfig
from labhub.errors import Busy, ClientGone, Forbidden, LengthRequired, NotFound, TooLarge, code_for_status
from labhub.faults import Fault, Faults
from labhub.lab_file import MAX_FILE_MB, lab_documents
from labhub.leases import parse_cursor, pull
from labhub.media import SHA256_RE, parse_range, read_range
from labhub.models import (
    FEATURES,
    EnrollAnswer,
    EnrollRequest,
    ErrorAnswer,
    FaultRequest,
    HealthAnswer,
    HelloAnswer,
    PullAnswer,
    PullRequest,
    PushAnswer,
    PushRequest,
    RelayOutboxAnswer,
)
from labhub.outbox_page import PAGE
from labhub.push import Incoming, push_items
from labhub.reviews import reviews_after
from labhub.scope import LabScope
from labhub.store import HubStore
from labhub.usb import Imported, import_outbox
from labhub.web import HubRoute, error_reply, install_error_handlers, reply

_bearer = HTTPBearer(auto_error=False, description="the device token from POST /v1/enroll")


def current_device(request: Request,
                   _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]) -> Device:
    """The device the request's bearer token belongs to; 401 otherwise (declared for OpenAPI)."""
    store = request.app.state.store
    assert isinstance(store, HubStore)
    return authenticate(store, request.headers.get("authorization"))


#: A route parameter that is the authenticated device. Module-level: FastAPI resolves the
#: (postponed) annotations of routes in this module's globals.
CurrentDevice = Annotated[Device, Depends(current_device)]


#: Files one ``GET /v1/relay/media`` lists at most (the oldest batches first).
RELAY_MEDIA_LIMIT = 2000


def working_device(request: Request, device: CurrentDevice) -> Device:
    """The device, when it is a workstation: a lab relay takes no work and sends no results (403)."""
    if is_relay(request.app.state.store, device):
        raise Forbidden("This device is the lab's relay (labhub make-relay): it fetches media for the workstations, "
                        "and takes no work. A workstation needs an enrolment of its own (labhub enroll-code).")
    return device


#: A route parameter that is an authenticated workstation (not a relay).
WorkingDevice = Annotated[Device, Depends(working_device)]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorAnswer} for status in statuses}


def _ranged(request: Request, path: Path, size: int, etag: str, mime: str) -> Response:
    """The file at ``path`` (``size`` bytes, never changing under ``etag``), whole or the one
    range the ``Range`` header asks for (honoured only while ``If-Range``, if sent, is ``etag``)."""
    headers = {"ETag": etag, "Accept-Ranges": "bytes", "Cache-Control": "private, max-age=31536000, immutable"}
    if_range = request.headers.get("if-range")
    try:
        wanted = parse_range(request.headers.get("range"), size) if if_range in (None, etag) else None
    except ValueError as exc:
        return error_reply(request, 416, "bad_request", f"The range cannot be served: {exc}.",
                           {"Content-Range": f"bytes */{size}"})
    start, end = wanted or (0, size)
    headers["Content-Length"] = str(end - start)
    if wanted is not None:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(read_range(path, start, end), status_code=206 if wanted else 200,
                             media_type=mime, headers=headers)


async def _receive_file(request: Request, path: Path, limit: int) -> None:
    """Write the request's body to ``path`` as it comes (never all in memory): at most ``limit``
    bytes, and the length given first (411 otherwise, 413 past the limit)."""
    declared = request.headers.get("content-length", "")
    if not declared.isdigit() or len(declared) > 12:
        raise LengthRequired("Give the file's length (Content-Length).")
    if int(declared) > limit:
        raise TooLarge(f"A file sent here is at most {limit} bytes.")
    size = 0
    try:
        with open(path, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"A file sent here is at most {limit} bytes.")
                await run_in_threadpool(out.write, chunk)
    except ClientDisconnect:
        raise ClientGone("The client went away while sending its file.") from None


def create_app(config: HubConfig, store: HubStore) -> FastAPI:
    """The web app for ``config``, serving ``store`` (the caller opens and closes it)."""
    app = FastAPI(title="LabHub", version=__version__,
                  description="The reference hub of the LabClient protocol, version 1 (docs/protocol.md).")
    app.router.route_class = HubRoute
    app.state.config = config
    app.state.store = store
    app.state.clock = clock = HubClock(config.clock_offset_file)
    app.state.faults = faults = Faults()
    install_error_handlers(app)
    _add_sync_routes(app, config, store, clock, faults)
    _add_file_routes(app, store)
    _add_outbox_and_relay_routes(app, config, store, clock)
    if config.test_faults:
        @app.post("/v1/_test/faults", include_in_schema=False)
        def arm_faults(request: Request, body: FaultRequest) -> Response:
            faults.arm(Fault(body.status, body.retry_after, body.after_commit), body.count)
            return reply(request, {"pending": faults.pending})

    return app


def _add_sync_routes(app: FastAPI, config: HubConfig, store: HubStore, clock: HubClock, faults: Faults) -> None:
    """What every workstation asks: hello, health, enrolment, push and pull (the last two with
    the test hook's faults)."""

    def injected(request: Request, fault: Fault) -> Response:
        headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
        return error_reply(request, fault.status, code_for_status(fault.status),
                           "A fault injected by the test hook.", headers)

    @app.get("/v1/hello", response_model=HelloAnswer, summary="Is the hub there, and what are its limits")
    def hello(request: Request) -> Response:
        return reply(request, {"hub": "labhub", "protocol": PROTOCOL, "max_request_bytes": config.max_request_bytes,
                               "max_items": config.max_items, "features": list(FEATURES)})

    @app.get("/v1/health", response_model=HealthAnswer, responses=_errors(503),
             summary="For a load balancer: 200 while this process can use the database, else 503")
    def health(request: Request) -> Response:
        version = store.schema_version()  # Busy (503) when the database is out of reach
        return reply(request, {"status": "ok", "engine": store.engine, "schema_version": version,
                               "version": __version__})

    @app.post("/v1/enroll", response_model=EnrollAnswer, responses=_errors(400, 403, 413),
              summary="Enrol a device with a one-time code")
    def enroll_device(request: Request, body: EnrollRequest) -> Response:
        done = enroll(store, clock, body.code, body.device_name)
        return reply(request, {"device_id": done.device_id, "token": done.token, "lab": done.lab,
                               "max_request_bytes": config.max_request_bytes, "max_items": config.max_items,
                               "features": list(FEATURES)})

    @app.post("/v1/push", response_model=PushAnswer, responses=_errors(400, 401, 413, 503),
              summary="Store a chunk of outbox items; answers per item after the commit")
    def push(request: Request, body: PushRequest, device: WorkingDevice) -> Response:
        fault = faults.take()
        if fault is not None and not fault.after_commit:
            return injected(request, fault)
        if len(body.items) > config.max_items:
            raise TooLarge(f"A push holds at most {config.max_items} items; this one holds {len(body.items)}. "
                           "Send smaller chunks.")
        items = [Incoming(i.seq, i.id, i.type, i.body) for i in body.items]
        watermark, answers, people = push_items(store, clock, device, body.clock.model_dump(), items,
                                                config.lease_seconds, body.people)
        if fault is not None:
            return injected(request, fault)
        applied = sum(1 for a in answers if a["status"] == "applied")
        if body.report == "exceptions":
            answers = [a for a in answers if a["status"] != "applied"]
        done: dict[str, Any] = {"watermark": watermark, "applied": applied, "items": answers}
        if people is not None:
            done["people"] = people.as_json()
        return reply(request, done)

    @app.post("/v1/pull", response_model=PullAnswer, responses=_errors(400, 401, 413, 503),
              summary="New work, lease news and the lab's roster (when it changed) for this device")
    def pull_news(request: Request, body: PullRequest, device: WorkingDevice) -> Response:
        fault = faults.take()
        if fault is not None and not fault.after_commit:
            return injected(request, fault)
        news = pull(store, clock, device, body.clock.model_dump(), parse_cursor(body.cursor), set(body.have),
                    body.max_batches, config.lease_seconds, body.max_media_bytes, body.roster_as_of,
                    body.inline_max_bytes, strict_media_bytes=body.strict_media_bytes)
        answer = {"cursor": str(news.cursor), "batches": news.batches, "leases": news.leases,
                  "revoked": news.revoked, "more": news.more, "roster": news.roster}
        if body.reviews_after is not None:
            answer["reviews"], answer["reviews_cursor"], more = reviews_after(store, device, body.reviews_after)
            answer["more"] = news.more or more
        if fault is not None:
            return injected(request, fault)
        return reply(request, answer)


def _only_relay(store: HubStore, device: Device) -> None:
    """Forbidden unless ``device`` is its lab's relay."""
    if not is_relay(store, device):
        raise Forbidden("Only the lab's relay (labhub make-relay) may ask this.")


def _add_file_routes(app: FastAPI, store: HubStore) -> None:
    """Media files and batch documents, resumable (Range), each only to a device of its lab; the
    relay's list of media to fetch ahead."""
    media = media_folder(store)

    @app.get("/v1/relay/media", responses=_errors(401, 403),
             summary="For the lab's relay: the media files of the lab's batches that no workstation has taken yet")
    def relay_media(request: Request, device: CurrentDevice) -> Response:
        _only_relay(store, device)
        with store.snapshot() as c:
            files = LabScope.of(device).media_ahead(c, RELAY_MEDIA_LIMIT)
        return reply(request, {"media": [{"sha256": sha, "bytes": size} for sha, size in files]})

    @app.get("/v1/media/{sha256}", responses={200: {"content": {"application/octet-stream": {}}},
                                              206: {"description": "the range asked for"}, **_errors(401, 404, 416)},
             response_class=Response, summary="The bytes of one media file; supports Range: bytes=N-")
    def get_media(sha256: str, request: Request, device: CurrentDevice) -> Response:
        mime = None
        if SHA256_RE.fullmatch(sha256):
            with store.snapshot() as c:
                mime = LabScope.of(device).media_mime(c, sha256)
        path = media.path_for(sha256)
        try:
            size = path.stat().st_size if mime is not None else -1
        except FileNotFoundError:
            size = -1
        if mime is None or size < 0:  # unknown, or not this device's to see: the same answer
            raise NotFound(f"The hub has no media file {sha256[:64]!r}.")
        return _ranged(request, path, size, f'"{sha256}"', mime)

    @app.get("/v1/batches/{batch_id}/document",
             responses={200: {"content": {"application/zstd": {}}}, 206: {"description": "the range asked for"},
                        **_errors(401, 404, 416)},
             response_class=Response, summary="A batch document, zstd-compressed; supports Range: bytes=N-")
    def get_document(batch_id: str, request: Request, device: CurrentDevice) -> Response:
        with store.snapshot() as c:
            doc = LabScope.of(device).batch_doc(c, batch_id)
        if doc is None:  # unknown, or another lab's: the same answer
            raise NotFound(f"The hub has no batch {batch_id[:128]!r}.")
        path = documents.compressed(store, doc)
        return _ranged(request, path, path.stat().st_size, f'"{path.stem}"', "application/zstd")


def _add_outbox_and_relay_routes(app: FastAPI, config: HubConfig, store: HubStore, clock: HubClock) -> None:
    """Outbox files carried by hand or kept by the lab's relay, and the lab file the relay serves."""

    async def take_outbox_file(request: Request, name: str, lab_id: int | None
                               ) -> tuple[Imported, dict[str, Any], bytes]:
        """Receive an outbox file into a folder of its own and apply it as ``labhub import-outbox``
        does (only a device of ``lab_id``, when given); what it did, and its receipt as a
        document and as the file's bytes."""
        with tempfile.TemporaryDirectory(dir=config.data_dir, prefix=".outbox-file-") as folder:
            path = Path(folder) / (name if OUTBOX_NAME_RE.fullmatch(name) else "labclient-outbox.lco")
            await _receive_file(request, path, MAX_FILE_BYTES)
            done = await run_in_threadpool(import_outbox, store, clock, path, Path(folder), config.lease_seconds,
                                           lab_id=lab_id)
            return done, read_signed(done.receipt, RECEIPT_FORMAT), done.receipt.read_bytes()

    @app.post("/v1/relay/outbox/{name}", response_model=RelayOutboxAnswer, responses=_errors(400, 401, 403, 411, 413),
              summary="For the lab's relay: a workstation's outbox file it keeps, applied as labhub import-outbox "
                      "would; answers the receipt")
    async def relay_outbox(name: str, request: Request, device: CurrentDevice) -> Response:
        await run_in_threadpool(_only_relay, store, device)
        done, receipt, _ = await take_outbox_file(request, name, device.lab_id)
        return reply(request, {"device": done.device, "counts": done.counts, "receipt": receipt})

    anonymous = asyncio.Lock()  # files sent without a credential: one at a time (each may be 64 MiB)

    @app.get("/outbox", response_class=HTMLResponse, include_in_schema=False)
    def outbox_page() -> Response:
        return HTMLResponse(PAGE)

    @app.post("/v1/outbox-files/{name}", response_class=Response,
              responses={200: {"content": {"application/octet-stream": {}}}, **_errors(400, 411, 413, 503)},
              summary="An outbox file carried by hand (the page /outbox): applied as labhub import-outbox; "
                      "answers the receipt file. No credential: the file's signature is its workstation's")
    async def outbox_file(name: str, request: Request) -> Response:
        if anonymous.locked():
            raise Busy("Another outbox file is being taken now; send this one again in a moment.", retry_after=5)
        async with anonymous:
            done, _, receipt = await take_outbox_file(request, name, None)
        counts = ", ".join(f"{n} {status}" for status, n in sorted(done.counts.items())) or "no items"
        return Response(receipt, media_type="application/octet-stream",
                        headers={"Content-Disposition": f'attachment; filename="{done.receipt.name}"',
                                 "X-Receipt-Name": done.receipt.name, "X-Receipt-Counts": counts})

    @app.get("/v1/relay/lab", responses={200: {"content": {"application/zip": {}}}, 304: {"description": "unchanged"},
                                         **_errors(401, 403)},
             response_class=Response,
             summary="For the lab's relay: the lab file's documents (no media), as labhub export-lab would write them")
    def relay_lab(request: Request, device: CurrentDevice, per_workstation: int = 5, max_mb: int = 2000) -> Response:
        _only_relay(store, device)
        made = lab_documents(store, clock, device, max_bytes=max(0, min(max_mb, MAX_FILE_MB)) * 2**20,
                             batches_per_device=max(0, min(per_workstation, 100)), lease_seconds=config.lease_seconds)
        etag = f'"{made.etag}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(made.zip_bytes, media_type="application/zip", headers={"ETag": etag})
