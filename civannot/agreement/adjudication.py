"""Adjudication merge logic: disagreement regions, automatic pre-merge, merge into gold.

A *region* of a document is a group of spans of one overlap class (entities together,
directives together, since directives contain entities: the layer's one rule in
civannot/overlap.py) that overlap one another, taken from every
annotator who completed the document. Each annotator's *reading* of the region is the tuple of
their spans in it (possibly empty). A region is agreed when every reading is the same.

A relation is identified by its type and the (start, end, label) of its endpoint spans, so two
annotators' relations agree when type and endpoint spans agree. Each distinct relation is a
region of its own whose readings are "has it" or "has not".

Strategies: `unanimous` accepts a reading shared by every annotator of the document; `majority`
one shared by more than half of them (an empty majority reading accepts "nothing here").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from civannot.overlap import overlap_class, overlaps
from civannot.records import Relation, Span

STRATEGIES = ("unanimous", "majority")
SpanKey = tuple[int, int, str]
RelationKey = tuple[str, SpanKey, SpanKey]
Doc = Any  # a document key: the project's int id, or any hashable value in pure uses


@dataclass(frozen=True)
class Version:
    """One distinct span (or relation) and who holds it."""

    key: Any  # SpanKey or RelationKey
    annotators: tuple[str, ...]
    state: str  # all | some | one

    def to_json(self) -> dict[str, Any]:
        return {**key_json(self.key), "annotators": list(self.annotators), "state": self.state}


def key_json(key: Any) -> dict[str, Any]:
    """A span key as {start, end, label}; a relation key as {type, head, tail}."""
    if isinstance(key[1], tuple):
        rtype, head, tail = key
        return {"type": rtype, "head": key_json(head), "tail": key_json(tail)}
    return {"start": key[0], "end": key[1], "label": key[2]}


@dataclass
class Region:
    kind: str  # "span" | "relation"
    start: int
    end: int
    participants: tuple[str, ...]
    readings: dict[str, tuple[Any, ...]]  # annotator -> their versions here (empty: none)
    versions: list[Version] = field(default_factory=list)
    state: str = "all"  # support of the most widely shared reading: all | some | one

    @property
    def agreed(self) -> bool:
        return self.state == "all"

    def support(self) -> dict[tuple[Any, ...], tuple[str, ...]]:
        """Each distinct reading and the annotators who hold it, most widely held first."""
        groups: dict[tuple[Any, ...], list[str]] = {}
        for name in self.participants:
            groups.setdefault(self.readings[name], []).append(name)
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0] == (), kv[0]))
        return {k: tuple(v) for k, v in ranked}

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "state": self.state,
            "participants": list(self.participants),
            "versions": [v.to_json() for v in self.versions],
            "readings": {name: [key_json(k) for k in keys] for name, keys in self.readings.items()},
        }


def _state(support: int, total: int) -> str:
    if support >= total:
        return "all"
    return "one" if support == 1 else "some"


def _spans_and_relations(value: Any) -> tuple[list[Span], list[Relation]]:
    if value is None:
        return [], []
    if isinstance(value, tuple):
        return list(value[0]), list(value[1])
    return list(value), []


def relation_keys(spans: Sequence[Span], relations: Iterable[Relation]) -> list[RelationKey]:
    """Relations as (type, head key, tail key).

    head/tail are span database ids when every span carries one (as the project gives them),
    else indices into `spans`.
    """
    by_id = {s.id: s for s in spans} if all(s.id is not None for s in spans) else {}
    out = []
    for r in relations:
        ends = []
        for ref in (r.head, r.tail):
            s = by_id.get(ref) if by_id else (spans[ref] if 0 <= ref < len(spans) else None)
            if s is None:
                raise ValueError(f"relation {r.type} names span {ref}, which is not in the layer")
            ends.append((s.start, s.end, s.label))
        out.append((r.type, ends[0], ends[1]))
    return out


def regions(
    doc_layers: Mapping[str, Any],
    participants: Sequence[str],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
) -> list[Region]:
    """Every span and relation region of one document, in text order.

    doc_layers: annotator -> spans or (spans, relations) for this document; only the
    `participants` (the annotators who completed it) are read.
    """
    participants = tuple(dict.fromkeys(participants))
    n = len(participants)
    is_directive = set(directive_labels).__contains__
    items: list[tuple[int, int, int, str, str]] = []  # class, start, end, label, annotator
    rel_holders: dict[RelationKey, list[str]] = {}
    for name in participants:
        spans, rels = _spans_and_relations(doc_layers.get(name))
        for key in dict.fromkeys((s.start, s.end, s.label) for s in spans):
            # one region per overlap class, by the store's one rule (civannot/overlap.py):
            # gold, which the decision writes, holds one reading of each class there
            cls = 1 if overlap_class(key[2], is_directive) == "directive" else 0
            items.append((cls, key[0], key[1], key[2], name))
        for rk in dict.fromkeys(relation_keys(spans, rels)):
            rel_holders.setdefault(rk, []).append(name)

    out: list[Region] = []
    items.sort(key=lambda t: (t[0], t[1]))
    group: list[tuple[int, int, int, str, str]] = []
    reach = -1
    for it in [*items, None]:
        if it is not None and group and it[0] == group[0][0] and it[1] < reach:
            group.append(it)
            reach = max(reach, it[2])
            continue
        if group:
            out.append(_span_region(group, participants))
        if it is not None:
            group = [it]
            reach = it[2]
    for rk, holders in rel_holders.items():
        readings = {name: ((rk,) if name in holders else ()) for name in participants}
        region = Region(
            "relation",
            min(rk[1][0], rk[2][0]),
            max(rk[1][1], rk[2][1]),
            participants,
            readings,
            [Version(rk, tuple(holders), _state(len(holders), n))],
        )
        region.state = _state(len(next(iter(region.support().values()))), n)
        out.append(region)
    out.sort(key=lambda r: (r.start, r.kind != "span", -r.end))
    return out


def _span_region(
    group: list[tuple[int, int, int, str, str]], participants: tuple[str, ...]
) -> Region:
    holders: dict[SpanKey, list[str]] = {}
    readings: dict[str, list[SpanKey]] = {name: [] for name in participants}
    for _cls, start, end, label, name in group:
        holders.setdefault((start, end, label), []).append(name)
        readings[name].append((start, end, label))
    n = len(participants)
    region = Region(
        "span",
        min(g[1] for g in group),
        max(g[2] for g in group),
        participants,
        {name: tuple(sorted(keys)) for name, keys in readings.items()},
        [Version(k, tuple(v), _state(len(v), n)) for k, v in sorted(holders.items())],
    )
    region.state = _state(len(next(iter(region.support().values()))), n)
    return region


def disagreements(
    doc_layers: Mapping[str, Any],
    participants: Sequence[str],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
) -> list[Region]:
    """The regions of one document on which its annotators do not all agree."""
    return [r for r in regions(doc_layers, participants, directive_labels) if not r.agreed]


def _participants(
    layers: Mapping[str, Mapping[Doc, Any]], completed: Mapping[str, Iterable[Doc]]
) -> dict[Doc, list[str]]:
    names = list(dict.fromkeys([*layers, *completed]))
    by_doc: dict[Doc, list[str]] = {}
    for name in names:
        for d in completed.get(name, ()):
            by_doc.setdefault(d, []).append(name)
    return by_doc


def document_disagreements(
    layers: Mapping[str, Mapping[Doc, Any]],
    completed: Mapping[str, Iterable[Doc]],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
    min_annotators: int = 2,
) -> dict[Doc, list[Region]]:
    """Disagreements of every document completed by at least `min_annotators` annotators."""
    out = {}
    for d, names in _participants(layers, completed).items():
        if len(names) >= min_annotators:
            doc_layers = {name: layers.get(name, {}).get(d) for name in names}
            out[d] = disagreements(doc_layers, names, directive_labels)
    return out


class Premerge(NamedTuple):
    spans: dict[Doc, list[Span]]  # accepted spans, per document, in text order
    relations: dict[Doc, list[Relation]]  # head/tail: indices into that document's spans
    remaining: dict[Doc, list[Region]]  # regions the strategy could not decide


def _accepts(strategy: str, support: int, total: int) -> bool:
    if strategy == "unanimous":
        return support == total
    return 2 * support > total


def premerge(
    layers: Mapping[str, Mapping[Doc, Any]],
    completed: Mapping[str, Iterable[Doc]],
    strategy: str = "unanimous",
    directive_labels: Sequence[str] = ("DIRECTIVE",),
    min_annotators: int = 2,
) -> Premerge:
    """What the annotators agree on, as gold spans and relations, and what is left to decide.

    Only documents completed by at least `min_annotators` annotators are merged. A relation is
    accepted when its own reading is accepted and both endpoint spans were accepted too;
    otherwise it stays among the remaining regions.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r} (use {' or '.join(STRATEGIES)})")
    author = f"adjudicator:{strategy}"
    gold_spans: dict[Doc, list[Span]] = {}
    gold_rels: dict[Doc, list[Relation]] = {}
    remaining: dict[Doc, list[Region]] = {}
    for d, names in _participants(layers, completed).items():
        if len(names) < min_annotators:
            continue
        doc_layers = {name: layers.get(name, {}).get(d) for name in names}
        texts: dict[SpanKey, str] = {}
        for name in names:
            for s in _spans_and_relations(doc_layers[name])[0]:
                texts.setdefault((s.start, s.end, s.label), s.text)
        accepted: list[SpanKey] = []
        rel_regions: list[Region] = []
        left: list[Region] = []
        for region in regions(doc_layers, names, directive_labels):
            if region.kind == "relation":
                rel_regions.append(region)
                continue
            reading, holders = next(iter(region.support().items()))
            if _accepts(strategy, len(holders), len(names)):
                accepted.extend(reading)
            else:
                left.append(region)
        accepted = sorted(dict.fromkeys(accepted))
        index = {k: i for i, k in enumerate(accepted)}
        rels: list[Relation] = []
        for region in rel_regions:
            reading, holders = next(iter(region.support().items()))
            if not _accepts(strategy, len(holders), len(names)):
                left.append(region)
            elif reading:
                rtype, head, tail = reading[0]
                if head in index and tail in index:
                    rels.append(Relation(rtype, index[head], index[tail], author))
                else:
                    left.append(region)
        spans = [
            Span(s, e, lab, texts.get((s, e, lab), ""), "adjudicated", author)
            for s, e, lab in accepted
        ]
        if spans:
            gold_spans[d] = spans
        if rels:
            gold_rels[d] = rels
        if left:
            left.sort(key=lambda r: (r.start, r.kind != "span", -r.end))
            remaining[d] = left
    return Premerge(gold_spans, gold_rels, remaining)


class GoldMerge(NamedTuple):
    spans: list[Span]
    relations: list[tuple[str, int, int]]  # indices into spans
    added_spans: int
    added_relations: int
    skipped: list[Span]  # agreed spans that clash with a span already in gold


def merge_into_gold(
    existing_spans: Sequence[Span],
    existing_relations: Iterable[Relation],
    new_spans: Sequence[Span],
    new_relations: Iterable[Relation],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
) -> GoldMerge:
    """Add pre-merged spans and relations to a gold layer without touching what is there.

    An agreed span identical to a gold span is not added twice; one that overlaps a gold span
    of its class (entities; or directives) is skipped, since whoever put the gold
    span there decided already. A relation is added when both its endpoints are in the result.
    existing_relations name spans by id (or by index when the spans carry no ids); new_relations
    by index into new_spans.
    """
    directive = list(directive_labels)
    spans = list(existing_spans)
    existing_rel_keys = relation_keys(spans, existing_relations)
    pos = {(s.start, s.end, s.label): i for i, s in enumerate(spans)}
    new_index: dict[int, int] = {}
    skipped: list[Span] = []
    added = 0
    for j, s in enumerate(new_spans):
        key = (s.start, s.end, s.label)
        if key in pos:
            new_index[j] = pos[key]
            continue
        # the layer's own overlap rule, the one the store enforces when gold is written
        if overlaps(s, spans, directive.__contains__) is not None:
            skipped.append(s)
            continue
        pos[key] = len(spans)
        new_index[j] = len(spans)
        spans.append(s)
        added += 1
    rels: list[tuple[str, int, int]] = [
        (rtype, pos[head], pos[tail]) for rtype, head, tail in existing_rel_keys
    ]
    seen = set(rels)
    added_rels = 0
    for r in new_relations:
        if r.head not in new_index or r.tail not in new_index:
            continue
        t = (r.type, new_index[r.head], new_index[r.tail])
        if t not in seen:
            seen.add(t)
            rels.append(t)
            added_rels += 1
    return GoldMerge(spans, rels, added, added_rels, skipped)


def settled_by_gold(
    region: Region,
    gold_spans: Sequence[Span],
    gold_relations: Iterable[Relation],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
) -> bool:
    """Whether gold already holds a decision for this region (a span of its class over it, or
    the relation itself)."""
    if region.kind == "relation":
        rk = region.versions[0].key
        return rk in set(relation_keys(list(gold_spans), gold_relations))
    directive = set(directive_labels)
    start, end, label = region.start, region.end, region.versions[0].key[2]
    return overlaps(Span(start, end, label), gold_spans, directive.__contains__) is not None
