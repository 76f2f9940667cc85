"""suggest(): entity, DIRECTIVE and relation suggestions for one clean text."""

from __future__ import annotations

from dataclasses import dataclass, field

from civannot.preannotate.directives import find_directives
from civannot.preannotate.entities import Cand, find_entities
from civannot.preannotate.lexicon import Lexicon
from civannot.records import Span

AUTHOR = "auto"
ORIGIN = "suggestion"


@dataclass
class Suggestions:
    spans: list[Span] = field(default_factory=list)
    # (type, head index, tail index) into spans
    relations: list[tuple[str, int, int]] = field(default_factory=list)


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Entity spans of a layer do not overlap: priority first, then the longer span."""
    if not cands:
        return []
    chosen: list[Cand] = []
    occupied = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start)):
        if c.end <= c.start or occupied.find(1, c.start, c.end) >= 0:
            continue
        chosen.append(c)
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    chosen.sort(key=lambda c: (c.start, c.end))
    return chosen


def suggest(text: str, *, lexicon: Lexicon | None = None) -> Suggestions:
    """Suggestions for a clean text: spans (origin "suggestion", author "auto") and relations."""
    if not isinstance(text, str):
        raise TypeError(f"suggest() needs the clean text as str, not {type(text).__name__}")
    if not text.strip():
        return Suggestions()
    ents = find_entities(text, lexicon)
    chosen = _resolve(ents.spans)
    spans: list[Span] = []
    index: dict[tuple[int, str], int] = {}
    for c in chosen:
        index[(c.start, c.label)] = len(spans)
        spans.append(
            Span(c.start, c.end, c.label, text[c.start : c.end], ORIGIN, AUTHOR, None, c.conf)
        )
    relations: list[tuple[str, int, int]] = []
    seen = set()
    for ps, ts in ents.holds:
        h, t = index.get((ps, "PERSON")), index.get((ts, "TITLE"))
        if h is not None and t is not None and (h, t) not in seen:
            seen.add((h, t))
            relations.append(("HOLDS_TITLE", h, t))
    persons = [(s.start, s.end) for s in spans if s.label == "PERSON"]
    for d in find_directives(text, persons):
        di = len(spans)
        spans.append(
            Span(d.start, d.end, "DIRECTIVE", text[d.start : d.end], ORIGIN, AUTHOR, None, d.conf)
        )
        if d.speaker is not None and (d.speaker, "PERSON") in index:
            relations.append(("ISSUED_BY", di, index[(d.speaker, "PERSON")]))
    return Suggestions(spans, relations)
