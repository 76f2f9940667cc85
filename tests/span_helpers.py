"""What the rules suggest for a text, read the ways the engine's tests compare it (fictional
texts only)."""

from __future__ import annotations

from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def labelled(text: str, *labels: str) -> list[tuple[str, str]]:
    """(text, label) of every suggested span of `labels`, in order."""
    return [(s.text, s.label) for s in suggest(text).spans if s.label in labels]


def holds(text: str) -> list[tuple[str, str]]:
    """(name, title) of every suggested HOLDS_TITLE edge, in order."""
    sug = suggest(text)
    return [
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    ]


def people(text: str) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """The suggested TITLEs, PERSONs and HOLDS_TITLE edges (name, title) of `text`."""
    r = suggest(text)
    titles = {s.text for s in r.spans if s.label == "TITLE"}
    persons = {s.text for s in r.spans if s.label == "PERSON"}
    edges = {
        (r.spans[h].text, r.spans[t].text) for kind, h, t in r.relations if kind == "HOLDS_TITLE"
    }
    return titles, persons, edges


def speakers(text: str) -> list[tuple[str, list[str]]]:
    """(directive text, every speaker it is ISSUED_BY, in text order) of each DIRECTIVE, with the
    rules a project has off by default left off."""
    sug = suggest(text, disabled=DEFAULT_OFF)
    to: dict[int, list[int]] = {}
    for r, h, t in sug.relations:
        if r == "ISSUED_BY":
            to.setdefault(h, []).append(t)
    return [
        (
            s.text,
            [sug.spans[t].text for t in sorted(to.get(i, []), key=lambda t: sug.spans[t].start)],
        )
        for i, s in enumerate(sug.spans)
        if s.label == "DIRECTIVE"
    ]
