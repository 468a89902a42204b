"""What every pushed item shares, whatever its type: the canonical text of its content, the
content hash that tells a resend from a conflict, and the per-item answer.

Item ids are a lab's own: dedupe looks only at the items of the pushing device's lab, so an id
another lab used is new here, and nothing tells this lab that it was used elsewhere."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from labhub.scope import LabScope, current_scope
from labhub.store import Conn

MAX_REASON = 500


@dataclass(frozen=True)
class Incoming:
    """One item of a push, its envelope already checked."""

    seq: int
    id: str
    type: str
    body: dict[str, Any]


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces: equal values give equal text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(item_type: str, body: dict[str, Any]) -> str:
    """The sha256 that says whether a resent id carries the same content."""
    return hashlib.sha256(canonical({"type": item_type, "body": body}).encode("utf-8")).hexdigest()


def answer(item_id: str, status: str, reason: str | None = None) -> dict[str, Any]:
    """One entry of the push answer's ``items``."""
    out: dict[str, Any] = {"id": item_id, "status": status}
    if reason:
        out["reason"] = reason[:MAX_REASON]
    return out


def seen_before(c: Conn, item_id: str, content: str, scope: LabScope | None = None
                ) -> dict[str, Any] | None:
    """The answer for an id the lab already holds, or None if it is new to the lab: a resend of
    the same content gets the verdict it was stored with when that was ``superseded`` (the answer
    to the first send may have been lost, and the station lists such results for its admin), and
    ``duplicate`` otherwise; other content is a ``conflict``. ``scope`` is the pushing device's;
    None: the scope of the request being served (:func:`labhub.scope.current_scope`,
    RuntimeError outside one)."""
    return held_answer(item_id, content, (scope or current_scope()).item_content(c, item_id))


def held_answer(item_id: str, content: str, held: tuple[str, str] | None) -> dict[str, Any] | None:
    """The answer for an item whose id the lab holds as ``held`` (content hash, status), or None
    when it holds nothing under it (see :func:`seen_before`)."""
    if held is None:
        return None
    held_content, status = held
    if held_content == content:
        if status == "superseded":
            return answer(item_id, "superseded", "sent again: it was stored before, beside the task's result of "
                                                 "record from another answer")
        return answer(item_id, "duplicate")
    return answer(item_id, "conflict", "this item id was stored before with different content; the first one "
                                       "stands")


def describe(exc: ValidationError, limit: int = 3) -> str:
    """A short English account of a Pydantic validation error: ``where: what`` for the first few."""
    parts = []
    for error in exc.errors()[:limit]:
        where = ".".join(str(p) for p in error["loc"]) or "body"
        parts.append(f"{where}: {error['msg']}")
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
