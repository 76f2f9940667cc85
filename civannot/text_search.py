"""Search that finds: hits in one text, documents with hits and a snippet of each, and the
occurrences a "label all" would tag, with what stands in their way (the overlap rule)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from civannot.overlap import overlaps

if TYPE_CHECKING:
    from civannot.project import Project
    from civannot.records import Span

MAX_HITS = 10_000  # per text: a search for "的" must not build a million highlights
SCAN_CHUNK = 500


class SearchError(ValueError):
    """A query that cannot run (a bad regular expression): one line for the user."""


def compile_query(needle: str, regex: bool = False) -> re.Pattern[str] | None:
    """The query as a pattern; None for an empty one. Plain text is matched literally."""
    if not needle:
        return None
    if not regex:
        return re.compile(re.escape(needle))
    try:
        return re.compile(needle)
    except re.error as e:
        raise SearchError(f"not a valid regular expression: {e}") from None


def find_in_text(
    text: str, pattern: re.Pattern[str] | None, limit: int = MAX_HITS
) -> list[tuple[int, int]]:
    """Non-empty, non-overlapping hits (code points), in text order."""
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
            if len(out) >= limit:
                break
    return out


def snippet(text: str, start: int, end: int, width: int = 14) -> str:
    """The hit with some text either side, on one line, the hit in 【】."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    body = f"{'…' if start > width else ''}{left}【{text[start:end]}】{right}{'…' if end + width < len(text) else ''}"
    return " ".join(body.split())


@dataclass
class DocumentHits:
    doc_id: int
    count: int
    snippet: str


def search_documents(
    project: Project, needle: str, regex: bool = False, limit: int = 2000
) -> list[DocumentHits]:
    """Documents with hits, each with its hit count and the first hit's snippet. Plain text asks
    the full-text index first; a regular expression reads the texts (in chunks)."""
    pattern = compile_query(needle, regex)
    if pattern is None:
        return []
    D = project.m.Document
    if regex:
        ids: Iterable[int] | None = None
    else:
        ids = project.search(needle, limit=limit)
    out: list[DocumentHits] = []

    def scan(rows: Iterable[tuple[int, str]]) -> None:
        for doc_id, text in rows:
            hits = find_in_text(text or "", pattern, limit=MAX_HITS)
            if hits:
                out.append(DocumentHits(doc_id, len(hits), snippet(text, *hits[0])))

    if ids is None:
        last = 0
        while len(out) < limit:
            rows = list(
                D.select(D.id, D.clean).where(D.id > last).order_by(D.id).limit(SCAN_CHUNK).tuples()
            )
            if not rows:
                break
            scan(rows)
            last = rows[-1][0]
    else:
        id_list = list(ids)
        for i in range(0, len(id_list), SCAN_CHUNK):
            chunk = id_list[i : i + SCAN_CHUNK]
            scan(D.select(D.id, D.clean).where(D.id.in_(chunk)).order_by(D.id).tuples())
    return out[:limit]


@dataclass
class Occurrence:
    doc_id: int
    start: int
    end: int
    snippet: str
    # why it cannot be tagged: None (free), "same" (already this label there) or the span it
    # would overlap ("PERSON 张国旺")
    blocked: str | None = None

    @property
    def free(self) -> bool:
        return self.blocked is None


def occurrences(
    doc_id: int,
    text: str,
    pattern: re.Pattern[str] | None,
    label: str,
    spans: list[Span],
    is_directive: Callable[[str], bool],
) -> list[Occurrence]:
    """Every hit of the pattern in one text, as a candidate span of `label`, checked against
    the annotator's spans by the overlap rule (and against each other: of two overlapping hits
    the first is free, the second blocked)."""
    out = []
    taken = list(spans)
    for start, end in find_in_text(text, pattern):
        cand = _Cand(start, end, label)
        same = next((s for s in taken if (s.start, s.end, s.label) == (start, end, label)), None)
        if same is not None:
            blocked: str | None = "same"
        else:
            clash = overlaps(cand, taken, is_directive)
            blocked = None if clash is None else f"{clash.label} {text[clash.start : clash.end]}"
        if blocked is None:
            taken.append(cand)  # type: ignore[arg-type]
        out.append(Occurrence(doc_id, start, end, snippet(text, start, end), blocked))
    return out


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    label: str
