"""What the rules suggest for a made-up sentence, as texts: shared by the rule tests."""

from __future__ import annotations

from civannot.preannotate import suggest


def spans_and_holds(
    text: str, *, opt_in: bool = False
) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """(span text, label) of every suggested entity in order (directives left out), and the
    (person, title) texts of every HOLDS_TITLE; `opt_in` runs the rules off by default too."""
    out = suggest(text, disabled=()) if opt_in else suggest(text)
    spans = [(text[s.start : s.end], s.label) for s in out.spans if s.label != "DIRECTIVE"]
    holds = {
        (text[out.spans[h].start : out.spans[h].end], text[out.spans[t].start : out.spans[t].end])
        for typ, h, t in out.relations
        if typ == "HOLDS_TITLE"
    }
    return spans, holds


def entity_set(text: str) -> set[tuple[str, str]]:
    """(span text, label) of every suggested entity (directives left out), as a set: the audit
    tests' want / not_want checks."""
    sug = suggest(text)
    return {(text[s.start : s.end], s.label) for s in sug.spans if s.label != "DIRECTIVE"}


def labelled_spans(text: str) -> list[tuple[str, str]]:
    """(label, span text) of every suggested entity in order (directives left out)."""
    return [(s.label, s.text) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def holds_texts(text: str) -> set[tuple[str, str]]:
    """The (person, title) texts of every suggested HOLDS_TITLE."""
    return spans_and_holds(text)[1]
