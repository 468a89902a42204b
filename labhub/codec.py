"""Compressed HTTP bodies: decoding requests, choosing and applying a response encoding.

Requests may carry ``Content-Encoding: zstd`` or ``gzip`` (or ``identity``), one coding at most.
Decoding is strict and bounded, since it runs before anything else knows the body is sound:

- the decoded body may be at most the same ``max_request_bytes`` as the body sent, so a small
  compressed body cannot expand into a huge one; the work done and the memory used stay within a
  small multiple of that limit whatever the body claims (a zstd frame's declared window is
  capped too);
- a body is whole frames (zstd) or members (gzip), at most :data:`MAX_MEMBERS` of them: a
  truncated last one, or anything after the last one (garbage, padding), is refused, so a cut
  body is never taken for a shorter whole one, and a body of many empty members costs nothing.

The web layer calls :func:`decode_body` on a worker thread, never on the event loop. JSON
responses are compressed when ``Accept-Encoding`` allows, zstd preferred over gzip; media is
never recompressed (callers do not pass it here).
"""

from __future__ import annotations

import gzip
import zlib

import zstandard

from labhub.errors import BadRequest, TooLarge

ENCODINGS = ("zstd", "gzip")
#: Most zstd frames or gzip members in one body (a client sends one).
MAX_MEMBERS = 16
_READ = 1 << 16
#: The most a zstd block decodes to, and the fewest bytes a block takes (header and one byte).
_ZSTD_BLOCK_OUT = 128 * 1024
_ZSTD_BLOCK_IN = 4


def decode_body(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """The body with its ``Content-Encoding`` undone.

    Raises :class:`BadRequest` for an encoding this hub does not speak, more than one coding,
    data that does not decode, is truncated, has bytes after its end or more than
    :data:`MAX_MEMBERS` frames or members; :class:`TooLarge` when the decoded body is over
    ``limit`` bytes.
    """
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
    codings = [e for e in encodings if e != "identity"]
    for encoding in codings:
        if encoding not in ("zstd", "gzip", "x-gzip"):
            raise BadRequest(f"Content-Encoding {encoding!r} is not supported; send zstd, gzip or plain JSON.")
    if len(codings) > 1:
        raise BadRequest(f"The body is encoded {len(codings)} times ({', '.join(codings)}); the hub takes one coding "
                         "at most: zstd, gzip or plain JSON.")
    if not codings:
        return raw
    return _unzstd(raw, limit) if codings[0] == "zstd" else _gunzip(raw, limit)


def _too_large(limit: int) -> TooLarge:
    return TooLarge(f"The decoded request body is over the hub's limit of {limit} bytes; send smaller chunks.")


def _too_many(kind: str, encoding: str) -> BadRequest:
    return BadRequest(f"The request body holds more than {MAX_MEMBERS} {encoding} {kind}; the hub takes at most "
                      f"{MAX_MEMBERS}: send one.")


def _window_limit(limit: int) -> int:
    """The largest zstd window the hub allocates for a body decoding to at most ``limit`` bytes."""
    window = 1 << 20
    while window < limit and window < 1 << 27:
        window <<= 1
    return window


def _unzstd(data: bytes, limit: int) -> bytes:
    """Whole zstd frames, one after another, decoded within ``limit``.

    A frame is fed to the decoder in steps small enough that one step cannot decode to much more
    than the room left (a block of at least :data:`_ZSTD_BLOCK_IN` bytes decodes to at most
    :data:`_ZSTD_BLOCK_OUT`), so memory stays bounded even for a frame that declares no size.
    """
    out = bytearray()
    rest = memoryview(data)
    frames = 0
    decompressor = zstandard.ZstdDecompressor(max_window_size=_window_limit(limit))
    try:
        while rest:
            frames += 1
            if frames > MAX_MEMBERS:
                raise _too_many("frames", "zstd")
            frame = decompressor.decompressobj()
            pos = 0
            while not frame.eof:
                if pos >= len(rest):
                    raise BadRequest("The request body is truncated zstd data (its last frame is cut short).")
                room = max(0, limit + 1 - len(out))
                step = max(_ZSTD_BLOCK_IN * 16, min(_READ, _ZSTD_BLOCK_IN * (room // _ZSTD_BLOCK_OUT)))
                out += frame.decompress(rest[pos:pos + step])
                pos += step
                if len(out) > limit:
                    raise _too_large(limit)
            rest = memoryview(frame.unused_data + rest[pos:].tobytes()) if frame.unused_data else rest[pos:]
    except zstandard.ZstdError as exc:
        raise BadRequest(f"The request body is not valid zstd data ({exc}).") from None
    return bytes(out)


def _gunzip(data: bytes, limit: int) -> bytes:
    """Whole gzip members, one after another, decoded within ``limit``."""
    out = bytearray()
    rest = data
    members = 0
    try:
        while rest:  # a gzip stream may hold several members
            members += 1
            if members > MAX_MEMBERS:
                raise _too_many("members", "gzip")
            d = zlib.decompressobj(wbits=31)
            pending = rest
            while pending and not d.eof:
                out += d.decompress(pending, limit + 1 - len(out))
                if len(out) > limit:
                    raise _too_large(limit)
                pending = d.unconsumed_tail
            if not d.eof:
                raise BadRequest("The request body is truncated gzip data (its last member is cut short).")
            rest = d.unused_data
    except zlib.error as exc:
        raise BadRequest(f"The request body is not valid gzip data ({exc}).") from None
    return bytes(out)


def choose_encoding(accept_encoding: str | None) -> str | None:
    """The encoding to compress a JSON answer with: ``zstd`` if acceptable, else ``gzip``, else None.

    Follows ``Accept-Encoding`` q-values: a coding listed with ``q=0`` is refused, and ``*``
    stands for any coding not listed.
    """
    if not accept_encoding:
        return None
    quality: dict[str, float] = {}
    for part in accept_encoding.split(","):
        name, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if name:
            quality[name.lower()] = q
    best: str | None = None
    best_q = 0.0
    for encoding in ENCODINGS:
        q = quality.get(encoding, quality.get("*", 0.0))
        if q > best_q:
            best, best_q = encoding, q
    return best


def encode(data: bytes, encoding: str) -> bytes:
    """``data`` compressed with ``encoding`` (one of :data:`ENCODINGS`)."""
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=3).compress(data)
    if encoding == "gzip":
        return gzip.compress(data, compresslevel=6, mtime=0)
    raise ValueError(encoding)
