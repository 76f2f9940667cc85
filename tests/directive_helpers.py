"""What the directive audits' tests read off the engine for one made-up text."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF

ANNOUNCED = "relation.issued_by.announced"


def directives(text: str) -> list[str]:
    """The DIRECTIVE suggestions' texts, in text order."""
    return [s.text for s in suggest(text).spans if s.label == "DIRECTIVE"]


def issued(text: str, *, announced: bool = False) -> list[tuple[str, str]]:
    """(directive text, speaker name) of every ISSUED_BY suggestion; `announced`: with the
    opt-in rule that carries a bare announcement of a speech over the paragraphs after it on."""
    sug = suggest(text, disabled=DEFAULT_OFF - {ANNOUNCED} if announced else DEFAULT_OFF)
    return [(sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"]


def issued_or_none(text: str) -> list[tuple[str, str | None]]:
    """(directive text, speaker name or None) of every DIRECTIVE suggestion, in text order: a
    directive with no speaker shows as None."""
    sug = suggest(text, disabled=DEFAULT_OFF)
    to = {h: t for r, h, t in sug.relations if r == "ISSUED_BY"}
    return [
        (s.text, sug.spans[to[i]].text if i in to else None)
        for i, s in enumerate(sug.spans)
        if s.label == "DIRECTIVE"
    ]
