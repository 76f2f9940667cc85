"""Typed write operations. Each knows its inverse, so a command's undo is the inverses of its
operations in reverse order, applied through the same checks."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from typing import Any

from civannot.records import Relation, Span


def new_uid() -> str:
    """A fresh uid: new_uids(1)[0]."""
    return new_uids(1)[0]


def new_uids(n: int) -> list[str]:
    """n uids: version 7 UUIDs (RFC 9562) as 32 hex digits, the time in milliseconds first,
    then random bits, the last 62 of which the batch counts up from (the RFC's monotonic
    method).

    A batch's uids come out in increasing order and after every older batch's, so the unique
    index on span.uid takes them at its end, not all over the tree: with random (version 4)
    uids that index was 40 % of a 200,000-span import's insert time. Two writers cannot
    collide: each starts at its own random point among 2**74 in the same millisecond."""
    if n <= 0:
        return []
    ms = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rnd = int.from_bytes(os.urandom(10), "big")
    rand_a = rnd >> 68  # 12 bits
    low = (rnd & ((1 << 62) - 1)) % ((1 << 62) - n)  # room to count n up without a carry
    prefix = f"{(ms << 16) | (7 << 12) | rand_a:016x}"  # time, version 7, rand_a
    first = (2 << 62) | low  # variant 10, then rand_b
    # The second half's 16 digits are its top 13 (the same for 4,096 uids in a row) and its
    # last 3, taken from a table: one string addition per uid, in C. Formatting each number
    # (a 64-bit one, counted by a range of Python longs) took 2,700 instructions a uid, 8 % of
    # the writing process's over bench_preannotate_write's 700,000 uids.
    out: list[str] = []
    at, end = first, first + n
    while at < end:
        top = at >> 12
        stop = min(end, (top + 1) << 12)
        low3 = at & 0xFFF
        out += map(f"{prefix}{top:013x}".__add__, _HEX3[low3 : low3 + stop - at])
        at = stop
    return out


# the 4,096 three-digit endings of new_uids, in order
_HEX3 = [f"{i:03x}" for i in range(1 << 12)]


def span_record(
    start: int,
    end: int,
    label: str,
    text: str,
    origin: str,
    author: str,
    id: int,  # noqa: A002 - the record's key
    uid: str,
    confidence: float | None,
    provenance: str,
) -> dict[str, Any]:
    """A span's history record: SpanRow.to_json's, and Store.add_rows' for rows that never
    become a SpanRow. The keys and their order are the stored JSON's."""
    d: dict[str, Any] = {"start": start, "end": end, "label": label, "text": text,
                         "origin": origin, "author": author, "id": id, "uid": uid}  # fmt: skip
    if confidence is not None:
        d["confidence"] = confidence
    if provenance:
        d["provenance"] = provenance
    return d


def relation_record(
    id: int,  # noqa: A002 - the record's key
    uid: str,
    type: str,  # noqa: A002
    head: int,
    tail: int,
    author: str,
    provenance: str,
) -> dict[str, Any]:
    """A relation's history record (RelationRow.to_json's and Store.add_rows')."""
    d: dict[str, Any] = {"id": id, "uid": uid, "type": type, "head": head, "tail": tail,
                         "author": author}  # fmt: skip
    if provenance:
        d["provenance"] = provenance
    return d


@dataclass(frozen=True, slots=True)
class SpanRow:
    """A span as stored: `id` is the row id in this file, `uid` its identity everywhere."""

    id: int
    uid: str
    doc: int
    layer: str
    start: int
    end: int
    label: str
    text: str
    origin: str = "manual"
    author: str = ""
    confidence: float | None = None
    provenance: str = ""

    def to_span(self) -> Span:
        return Span(
            self.start,
            self.end,
            self.label,
            self.text,
            self.origin,
            self.author,
            self.id,
            self.confidence,
            self.uid,
            self.provenance or "",
        )

    def to_json(self) -> dict[str, Any]:
        """The history's record of the span (its layer and document are columns there)."""
        return span_record(
            self.start, self.end, self.label, self.text, self.origin, self.author, self.id,
            self.uid, self.confidence, self.provenance,
        )  # fmt: skip

    def with_(self, **changes: Any) -> SpanRow:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class RelationRow:
    id: int
    uid: str
    doc: int
    layer: str
    type: str
    head: int  # span row ids
    tail: int
    author: str = ""
    confidence: float | None = None
    provenance: str = ""

    def to_relation(self) -> Relation:
        return Relation(
            self.type,
            self.head,
            self.tail,
            self.author,
            self.id,
            self.uid,
            self.provenance or "",
            self.confidence,
        )

    def to_json(self) -> dict[str, Any]:
        return relation_record(
            self.id, self.uid, self.type, self.head, self.tail, self.author, self.provenance
        )


@dataclass(frozen=True, slots=True)
class AddSpan:
    row: SpanRow

    def inverse(self) -> RemoveSpan:
        return RemoveSpan(self.row)


@dataclass(frozen=True, slots=True)
class RemoveSpan:
    row: SpanRow

    def inverse(self) -> AddSpan:
        return AddSpan(self.row)


@dataclass(frozen=True, slots=True)
class ChangeSpan:
    """Same span (id, uid, document, layer), other bounds, label, text or origin."""

    before: SpanRow
    after: SpanRow

    def inverse(self) -> ChangeSpan:
        return ChangeSpan(self.after, self.before)


@dataclass(frozen=True, slots=True)
class AddRelation:
    row: RelationRow

    def inverse(self) -> RemoveRelation:
        return RemoveRelation(self.row)


@dataclass(frozen=True, slots=True)
class RemoveRelation:
    row: RelationRow

    def inverse(self) -> AddRelation:
        return AddRelation(self.row)


@dataclass(frozen=True, slots=True)
class SetStatus:
    """An annotator's status of a document; None = no row (the annotator never started)."""

    doc: int
    annotator: str
    before: str | None
    after: str | None

    def inverse(self) -> SetStatus:
        return SetStatus(self.doc, self.annotator, self.after, self.before)


@dataclass(frozen=True, slots=True)
class ChangeText:
    """A repair decision: the document's clean text, offset map and flags (raw text stays).

    `before`/`after` hold "clean", "offset_map", "flags" (JSON list), "reading" and
    "flag_index"; the spans that move with the text are ChangeSpan/RemoveSpan in the same list.
    """

    doc: int
    before: dict[str, Any]
    after: dict[str, Any]

    def inverse(self) -> ChangeText:
        return ChangeText(self.doc, self.after, self.before)


@dataclass(frozen=True, slots=True)
class SetMeta:
    """A project meta value (JSON text); None = absent."""

    key: str
    before: str | None
    after: str | None

    def inverse(self) -> SetMeta:
        return SetMeta(self.key, self.after, self.before)


@dataclass(frozen=True, slots=True)
class SetComment:
    """A note on a document or one of its spans (the `comment` table, keyed by uid): `before`
    and `after` are the row's values (uid, id, doc, layer, span_uid, author, text, created,
    updated); None = no such comment."""

    uid: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> SetComment:
        return SetComment(self.uid, self.after, self.before)


Op = (
    AddSpan
    | RemoveSpan
    | ChangeSpan
    | AddRelation
    | RemoveRelation
    | SetStatus
    | ChangeText
    | SetMeta
    | SetComment
)


def inverse_all(ops: list[Op]) -> list[Op]:
    return [op.inverse() for op in reversed(ops)]


def op_to_json(op: Op) -> dict[str, Any]:
    """A plain record of an operation (kept with a bundle merge so it can be undone later)."""
    if isinstance(op, AddSpan | RemoveSpan):
        return {"op": type(op).__name__, "row": _row_json(op.row)}
    if isinstance(op, ChangeSpan):
        return {"op": "ChangeSpan", "before": _row_json(op.before), "after": _row_json(op.after)}
    if isinstance(op, AddRelation | RemoveRelation):
        return {"op": type(op).__name__, "row": _rel_json(op.row)}
    if isinstance(op, SetStatus):
        return {
            "op": "SetStatus",
            "doc": op.doc,
            "annotator": op.annotator,
            "before": op.before,
            "after": op.after,
        }
    if isinstance(op, ChangeText):
        return {"op": "ChangeText", "doc": op.doc, "before": op.before, "after": op.after}
    if isinstance(op, SetComment):
        return {"op": "SetComment", "uid": op.uid, "before": op.before, "after": op.after}
    return {"op": "SetMeta", "key": op.key, "before": op.before, "after": op.after}


def op_from_json(d: dict[str, Any]) -> Op:
    kind = d["op"]
    if kind == "AddSpan":
        return AddSpan(SpanRow(**d["row"]))
    if kind == "RemoveSpan":
        return RemoveSpan(SpanRow(**d["row"]))
    if kind == "ChangeSpan":
        return ChangeSpan(SpanRow(**d["before"]), SpanRow(**d["after"]))
    if kind == "AddRelation":
        return AddRelation(RelationRow(**d["row"]))
    if kind == "RemoveRelation":
        return RemoveRelation(RelationRow(**d["row"]))
    if kind == "SetStatus":
        return SetStatus(d["doc"], d["annotator"], d["before"], d["after"])
    if kind == "ChangeText":
        return ChangeText(d["doc"], d["before"], d["after"])
    if kind == "SetMeta":
        return SetMeta(d["key"], d["before"], d["after"])
    if kind == "SetComment":
        return SetComment(d["uid"], d["before"], d["after"])
    raise ValueError(f"unknown operation {kind!r}")


def _row_json(r: SpanRow) -> dict[str, Any]:
    return {f: getattr(r, f) for f in SpanRow.__dataclass_fields__}


def _rel_json(r: RelationRow) -> dict[str, Any]:
    return {f: getattr(r, f) for f in RelationRow.__dataclass_fields__}
