"""Compressed HTTP bodies: decoding requests, choosing and applying a response encoding.

Requests may carry ``Content-Encoding: zstd`` or ``gzip`` (or ``identity``); the decoded body may
be at most the same ``max_request_bytes`` as the body sent, so a small compressed body cannot
expand into a huge one. JSON responses are compressed when ``Accept-Encoding`` allows, zstd
preferred over gzip; media is never recompressed (callers do not pass it here).
"""

from __future__ import annotations

import gzip
import io
import zlib

import zstandard

from labhub.errors import BadRequest, TooLarge

ENCODINGS = ("zstd", "gzip")
_READ = 1 << 16


def decode_body(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """The body with its ``Content-Encoding`` undone.

    Raises :class:`BadRequest` for an encoding this hub does not speak or data that does not
    decode, and :class:`TooLarge` when the decoded body is over ``limit`` bytes.
    """
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
    body = raw
    for encoding in reversed(encodings):  # the last applied is listed last
        if encoding == "identity":
            continue
        if encoding == "zstd":
            body = _unzstd(body, limit)
        elif encoding in ("gzip", "x-gzip"):
            body = _gunzip(body, limit)
        else:
            raise BadRequest(f"Content-Encoding {encoding!r} is not supported; send zstd, gzip or plain JSON.")
    return body


def _too_large(limit: int) -> TooLarge:
    return TooLarge(f"The decoded request body is over the hub's limit of {limit} bytes; send smaller chunks.")


def _unzstd(data: bytes, limit: int) -> bytes:
    out = bytearray()
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as reader:
            while chunk := reader.read(_READ):
                out += chunk
                if len(out) > limit:
                    raise _too_large(limit)
    except zstandard.ZstdError as exc:
        raise BadRequest(f"The request body is not valid zstd data ({exc}).") from None
    return bytes(out)


def _gunzip(data: bytes, limit: int) -> bytes:
    out = bytearray()
    rest = data
    try:
        while rest:  # a gzip stream may hold several members
            d = zlib.decompressobj(wbits=31)
            pending = rest
            while pending:
                out += d.decompress(pending, limit + 1 - len(out))
                if len(out) > limit:
                    raise _too_large(limit)
                pending = d.unconsumed_tail
            if not d.eof:
                out += d.flush()
                if len(out) > limit:
                    raise _too_large(limit)
            if not d.eof:
                raise BadRequest("The request body is truncated gzip data.")
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
