"""Plain values that travel between the core modules, the workers and the UI.

None of these hold a database row: workers and formats get values, never ORM objects.
Offsets are code points of the clean text, 0-based, end-exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORIGINS = ("manual", "suggestion", "adjudicated")
STATUSES = ("todo", "in_progress", "done")
AUTO_LAYER = "auto"
GOLD_LAYER = "gold"
RESERVED_LAYERS = (AUTO_LAYER, GOLD_LAYER)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str
    text: str = ""
    origin: str = "manual"
    author: str = ""
    id: int | None = None  # database id once stored
    confidence: float | None = None  # suggestions only
    uid: str | None = None  # identity across project files (bundles); set once stored
    provenance: str = ""  # what made a suggestion: rule id, gazetteer/lexicon entry, model:version

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Relation:
    type: str
    head: int  # span id (database) or index into a span list (pure functions say which)
    tail: int
    author: str = ""
    id: int | None = None
    uid: str | None = None
    provenance: str = ""
    confidence: float | None = None


@dataclass(slots=True)
class Flag:
    """A quality flag on a document: a repair that was a guess, or damage left alone."""

    kind: str  # gbk_repair | pinyin | boilerplate | damage | encoding | ...
    start: int = 0  # clean offsets the flag refers to (0, 0 for the whole document)
    end: int = 0
    message: str = ""
    confidence: float | None = None
    applied: str | None = None  # the text now in the clean text
    alternatives: list[str] = field(default_factory=list)
    status: str = "open"  # open | accepted | rejected

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "confidence": self.confidence,
            "applied": self.applied,
            "alternatives": list(self.alternatives),
            "status": self.status,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Flag:
        return cls(
            kind=str(d["kind"]),
            start=int(d.get("start", 0)),
            end=int(d.get("end", 0)),
            message=str(d.get("message", "")),
            confidence=d.get("confidence"),
            applied=d.get("applied"),
            alternatives=list(d.get("alternatives", [])),
            status=str(d.get("status", "open")),
        )


@dataclass(slots=True)
class DocumentInput:
    """A document about to be stored (the result of an import)."""

    external_id: str
    text: str  # clean text
    raw: str | None = None  # None: raw == clean
    offset_map: str | None = None  # serialised OffsetMap; None means identity
    title: str = ""
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    # notes: {"author", "text", "updated"?, "layer"?, "span"?: (start, end, label) in "layer"}
    comments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class DocumentInfo:
    """A row of the document list: never carries the article text."""

    id: int
    external_id: str
    title: str
    source: str
    date: str
    length: int
    flag_count: int


@dataclass(slots=True)
class Document:
    id: int
    external_id: str
    text: str
    raw: str
    offset_map: str | None
    title: str
    source: str
    meta: dict[str, Any]
    flags: list[Flag]


@dataclass(slots=True)
class LayerInput:
    """One annotator's layer of one document, as it comes from an import or a bundle.

    Relations name spans by their index in `spans`.
    """

    annotator: str
    spans: list[Span] = field(default_factory=list)
    relations: list[tuple[str, int, int]] = field(default_factory=list)
    done: bool = False


@dataclass(slots=True)
class ImportReport:
    imported: list[str] = field(default_factory=list)  # external ids of new documents
    layers_added: int = 0
    duplicates: list[str] = field(default_factory=list)  # skipped: same raw text already stored
    errors: list[str] = field(default_factory=list)  # one line each, with file and line number
    flagged: list[str] = field(default_factory=list)

    def merge(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.layers_added += other.layers_added
        self.duplicates += other.duplicates
        self.errors += other.errors
        self.flagged += other.flagged
