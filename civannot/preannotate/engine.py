"""suggest(): entity, DIRECTIVE and relation suggestions for one clean text, each with the stable
id of the rule that made it (civannot.preannotate.registry) and a confidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from civannot.preannotate import conventions
from civannot.preannotate.directives import SentenceMemo, UnitMemo, find_directives
from civannot.preannotate.entities import Cand, find_entities
from civannot.preannotate.lexicon import Lexicon
from civannot.preannotate.places import gpe_mentions_again, loc_mentions_again
from civannot.preannotate.registry import (
    CONVENTION_SWITCHES,
    DEFAULT_OFF,
    PLACE_APART_SWITCHES,
    resolve_disabled,
    skipped_steps,
)
from civannot.records import Span

AUTHOR = "auto"
ORIGIN = "suggestion"
# blanks a page leaves between a mark and the next clause (，　要…); no span opens with one
_BLANKS = frozenset(" \u3000\xa0\t")


@dataclass
class Suggestions:
    spans: list[Span] = field(default_factory=list)
    # (type, head index, tail index) into spans
    relations: list[tuple[str, int, int]] = field(default_factory=list)
    # registry ids parallel to spans and to relations
    rules: list[str] = field(default_factory=list)
    relation_rules: list[str] = field(default_factory=list)
    # what the directive rules read in each unit of the text (directives.UnitMemo): not a
    # suggestion, so outside equality; a second reading over other persons reuses it
    directive_units: UnitMemo | None = field(default=None, compare=False, repr=False)
    # what each sentence read as (directives.SentenceMemo), for the same second reading
    directive_sentences: SentenceMemo | None = field(default=None, compare=False, repr=False)
    # the rules that were off: a second reading of the speakers (civannot.learn.combine) draws
    # no edge of theirs either
    off: frozenset[str] = field(default=frozenset(), compare=False, repr=False)


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


# Span is a frozen dataclass with slots: its generated __init__ sets each of its ten fields
# through object.__setattr__, 4 us a span, a tenth of the rules' whole time on a dense article.
# Suggestions fill the slots through their own descriptors instead (half the cost), as long as
# Span is still the plain record this was written for; otherwise its constructor is used.
_SPAN_FIELDS = (
    "start", "end", "label", "text", "origin", "author", "id", "confidence", "uid", "provenance",
)  # fmt: skip
_SPAN_SETTERS = (
    tuple(Span.__dict__[f].__set__ for f in _SPAN_FIELDS)
    if tuple(f.name for f in fields(Span)) == _SPAN_FIELDS
    and not hasattr(Span, "__post_init__")
    and all(type(Span.__dict__[f]).__name__ == "member_descriptor" for f in _SPAN_FIELDS)
    else None
)


def suggestion_span(text: str, s: int, e: int, label: str, conf: float, rule: str) -> Span:
    """Span(s, e, label, text[s:e], ORIGIN, AUTHOR, None, conf, provenance=rule), built faster
    (the rules' spans and the model's in civannot.learn.combine)."""
    if _SPAN_SETTERS is None:
        return Span(s, e, label, text[s:e], ORIGIN, AUTHOR, None, conf, provenance=rule)
    sp = object.__new__(Span)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SPAN_SETTERS
    s0(sp, s)
    s1(sp, e)
    s2(sp, label)
    s3(sp, text[s:e])
    s4(sp, ORIGIN)
    s5(sp, AUTHOR)
    s6(sp, None)
    s7(sp, conf)
    s8(sp, None)
    s9(sp, rule)
    return sp


def suggest(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    disabled: Iterable[str] = DEFAULT_OFF,
    keep_sentences: bool = False,
) -> Suggestions:
    """Suggestions for a clean text: spans (origin "suggestion", author "auto") and relations.

    `disabled` switches rules off by registry id or family (`title.chain`, `gazetteer`): their
    candidates are dropped before overlaps are settled, so another rule may take the place, and
    a step (or the directive reading) whose every rule is off is not run at all
    (registry.skipped_steps): what it would have found shapes no other rule's output either.
    By default the opt-in rules (registry.DEFAULT_OFF) are off; an explicit list is taken as the
    whole set of rules off, so `disabled=()` runs every rule.
    `keep_sentences`: keep what each sentence of the directive rules read as
    (Suggestions.directive_sentences), for a model's second reading of the speakers
    (civannot.learn.combine); it costs the rules a little, so only when a model follows.
    """
    return _suggest(text, lexicon, disabled, keep_sentences, suggestion_span)


# what a pre-annotation worker sends back for one document (runner._work): (start, end, label,
# confidence, rule) per span and (type, head index, tail index, rule) per relation, as
# Store.add_rows takes them
SpanTuple = tuple[int, int, str, float | None, str]
RelationTuple = tuple[str, int, int, str]


def _span_row(text: str, s: int, e: int, label: str, conf: float, rule: str) -> SpanTuple:
    return (s, e, label, conf, rule)


def suggest_rows(
    text: str, *, lexicon: Lexicon | None = None, disabled: Iterable[str] = DEFAULT_OFF
) -> tuple[list[SpanTuple], list[RelationTuple]]:
    """What suggest(text, lexicon=lexicon, disabled=disabled) suggests, as rows: no Span is
    made (a worker that sends the suggestions on as tuples made a Span each and then its tuple,
    session 35)."""
    out = _suggest(text, lexicon, disabled, False, _span_row)
    rows: list[SpanTuple] = out.spans  # type: ignore[assignment]
    rels = [(t, h, tl, r) for (t, h, tl), r in zip(out.relations, out.relation_rules, strict=True)]
    return rows, rels


def _suggest(
    text: str,
    lexicon: Lexicon | None,
    disabled: Iterable[str],
    keep_sentences: bool,
    make: Callable[[str, int, int, str, float, str], Any],
) -> Suggestions:
    """suggest(), each span made by `make` (suggestion_span, or _span_row for suggest_rows)."""
    if not isinstance(text, str):
        raise TypeError(f"suggest() needs the clean text as str, not {type(text).__name__}")
    off = resolve_disabled(disabled)
    if not text.strip():
        return Suggestions()
    split = "gpe.before_post" not in off
    switches = CONVENTION_SWITCHES - off
    if "loc.venue" in off:
        # (loc.room_apart cuts the room off a venue loc.venue reads: with it off, no venue)
        switches -= {"loc.room_apart"}
    if split:
        # (a team splitting the place off its posts keeps it apart from 市领导 too)
        switches |= PLACE_APART_SWITCHES
    skip = skipped_steps(off) if off else frozenset()
    ents = find_entities(text, lexicon, split_place_posts=split, switches=switches, skip=skip)
    cands = [c for c in ents.spans if c.rule not in off] if off else ents.spans
    chosen = _resolve(cands)
    if "loc.repeat" not in off:
        # every further mention of a place read as a LOC (session 34, audit34b)
        chosen = loc_mentions_again(text, chosen)
    if "gpe.doc_place" not in off:
        # every further mention of a town or a sub-district read as a GPE (session 45, cw47)
        chosen = gpe_mentions_again(text, chosen)
    if "loc.place_whole" in switches:
        chosen = conventions.join_places_into_sites(chosen)
    if conventions.CORPS_CITY_APART in switches:
        chosen = conventions.split_corps_cities(text, chosen)
    moved: dict[int, int] = {}  # titles whose start a convention moved (their HOLDS_TITLE follow)
    if conventions.CORPS_BEFORE_POST in switches and not split:
        chosen, moved = conventions.split_corps_posts(text, chosen)
    out = Suggestions(off=off)
    index: dict[tuple[int, str], int] = {}
    add_span, add_rule = out.spans.append, out.rules.append
    for i, c in enumerate(chosen):
        s, label, rule = c.start, c.label, c.rule
        index[(s, label)] = i
        add_span(make(text, s, c.end, label, c.conf, rule))
        add_rule(rule)
    seen = set()
    for ps, ts, rule in ents.holds:
        if rule in off:
            continue
        h, t = index.get((ps, "PERSON")), index.get((moved.get(ts, ts), "TITLE"))
        if h is not None and t is not None and (h, t) not in seen:
            seen.add((h, t))
            out.relations.append(("HOLDS_TITLE", h, t))
            out.relation_rules.append(rule)
    # (the spans so far are those of `chosen`, in its order)
    persons = [(c.start, c.end) for c in chosen if c.label == "PERSON"]
    # the conventions of who issues (registry.CONVENTION_SWITCHES): the names of a frame, a relay
    first = conventions.FIRST_NAMED in switches
    relay = switches & {conventions.RELAYED_AUTHOR, conventions.RELAYED_NONE}
    starts = [p for p, _ in persons] if relay else []
    # (a directive opening right after its item's enumerator and its marker: 一是要…)
    enumerators = conventions.ENUMERATOR_KEPT in switches

    def named(p: int) -> bool:
        return (p, "PERSON") in index

    out.directive_units = {}
    # every ISSUED_BY rule off: who issued each directive is not settled (no edge is drawn), and
    # a model's second reading of the speakers is not done either (civannot.learn.combine), so
    # what each sentence read is not kept for it
    speakers = "directives.speakers" not in skip
    out.directive_sentences = SentenceMemo() if keep_sentences and speakers else None
    if "directives.find_directives" in skip:
        # every directive rule off: nothing to read (no DIRECTIVE, so no ISSUED_BY either; a
        # model's second reading of the speakers has no directive to attach to)
        return out
    for d in find_directives(
        text,
        persons,
        units=out.directive_units,
        sentences=out.directive_sentences,
        speakers=speakers,
    ):
        if d.rule in off:
            continue
        di = len(out.spans)
        start, rule = d.start, d.rule
        while start < d.end - 1 and text[start] in _BLANKS:
            # …天气， 要密切注意…: a stray blank after the comma a lead clause was cut at; the
            # requirement opens at its first word, as both golds of f51 have it (most readings
            # already skip blanks: this catches the ones that cut at a mark)
            start += 1
        if enumerators and (k := conventions.keep_enumerator(text, start)) != start:
            start, rule = k, conventions.ENUMERATOR_KEPT
        out.spans.append(make(text, start, d.end, "DIRECTIVE", d.conf, rule))
        out.rules.append(rule)
        if not speakers:
            continue
        edges: list[tuple[int, str]] = []
        if d.speaker is not None and (d.speaker, "PERSON") in index and d.speaker_rule not in off:
            # 甲、乙要求，…: the speakers named with the frame's own name, an edge each, in the
            # order written (the frame's own name, the one a single-speaker reading takes, last)
            edges = conventions.issuers(d.co_speakers, d.speaker, d.speaker_rule, named, first)
        if relay:
            edges = conventions.relay_issuers(
                edges, conventions.relayed_author(text, d.start, starts), relay
            )
        for who, rule in edges:
            out.relations.append(("ISSUED_BY", di, index[(who, "PERSON")]))
            out.relation_rules.append(rule)
    return out
