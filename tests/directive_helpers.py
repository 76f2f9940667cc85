"""What the directive audits' tests read off the engine for one made-up text."""

from __future__ import annotations

from civannot.preannotate import suggest


def directives(text: str) -> list[str]:
    """The DIRECTIVE suggestions' texts, in text order."""
    return [s.text for s in suggest(text).spans if s.label == "DIRECTIVE"]


def issued(text: str) -> list[tuple[str, str]]:
    """(directive text, speaker name) of every ISSUED_BY suggestion."""
    sug = suggest(text)
    return [(sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"]
