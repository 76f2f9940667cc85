"""Disagreement regions, the unanimous/majority pre-merge, merging into gold, confusion."""

from __future__ import annotations

import random

import pytest

from civannot.agreement import (
    confusion_matrix,
    disagreements,
    merge_into_gold,
    premerge,
    regions,
    settled_by_gold,
)
from civannot.records import Relation, Span


def S(s, e, lab, text=""):
    return Span(s, e, lab, text)


def study():
    """Three annotators, one document; relations name spans by index (no database ids)."""
    a = [S(0, 3, "PERSON", "王明远"), S(4, 8, "TITLE"), S(10, 12, "GPE"), S(20, 30, "DIRECTIVE")]
    b = [S(0, 3, "PERSON", "王明远"), S(4, 8, "TITLE"), S(10, 13, "GPE"), S(20, 29, "DIRECTIVE")]
    c = [S(0, 3, "PERSON", "王明远"), S(4, 8, "ORG"), S(10, 12, "GPE")]
    layers = {
        "a": {"d": (a, [Relation("HOLDS_TITLE", 0, 1)])},
        "b": {"d": (b, [Relation("HOLDS_TITLE", 0, 1)])},
        "c": {"d": (c, [])},
    }
    return layers, {"a": {"d"}, "b": {"d"}, "c": {"d"}}


def test_regions_and_states():
    layers, _ = study()
    doc = {k: v["d"] for k, v in layers.items()}
    rs = regions(doc, ["a", "b", "c"])
    spans = [r for r in rs if r.kind == "span"]
    assert [(r.start, r.end, r.state) for r in spans] == [
        (0, 3, "all"),
        (4, 8, "some"),
        (10, 13, "some"),
        (20, 30, "one"),
    ]
    title = spans[1]
    assert {v.key: (v.annotators, v.state) for v in title.versions} == {
        (4, 8, "ORG"): (("c",), "one"),
        (4, 8, "TITLE"): (("a", "b"), "some"),
    }
    assert title.readings["c"] == ((4, 8, "ORG"),)
    directive = spans[3]
    assert directive.readings["c"] == ()  # c marked nothing there
    rel = [r for r in rs if r.kind == "relation"]
    assert len(rel) == 1 and rel[0].versions[0].annotators == ("a", "b")
    assert rel[0].versions[0].key == ("HOLDS_TITLE", (0, 3, "PERSON"), (4, 8, "TITLE"))
    assert [r.start for r in disagreements(doc, ["a", "b", "c"])] == [0, 4, 10, 20]
    js = title.to_json()
    assert js["state"] == "some" and js["readings"]["c"] == [{"start": 4, "end": 8, "label": "ORG"}]


def test_unanimous_premerge():
    layers, completed = study()
    gold, rels, left = premerge(layers, completed, "unanimous")
    assert [(s.start, s.end, s.label) for s in gold["d"]] == [(0, 3, "PERSON")]
    s = gold["d"][0]
    assert (s.origin, s.author, s.text) == ("adjudicated", "adjudicator:unanimous", "王明远")
    assert rels == {}
    kinds = [(r.kind, r.start) for r in left["d"]]
    assert kinds == [("relation", 0), ("span", 4), ("span", 10), ("span", 20)]


def test_majority_premerge_spans_and_relations():
    layers, completed = study()
    gold, rels, left = premerge(layers, completed, "majority")
    keys = [(s.start, s.end, s.label) for s in gold["d"]]
    # TITLE 2 of 3; GPE [10,12) 2 of 3; DIRECTIVE: a and b disagree on the end, c has nothing,
    # so no reading has a majority and the region is left
    assert keys == [(0, 3, "PERSON"), (4, 8, "TITLE"), (10, 12, "GPE")]
    assert all(s.author == "adjudicator:majority" for s in gold["d"])
    assert [(r.type, r.head, r.tail) for r in rels["d"]] == [("HOLDS_TITLE", 0, 1)]
    assert [(r.kind, r.start, r.end) for r in left["d"]] == [("span", 20, 30)]


def test_majority_can_decide_there_is_nothing():
    lay = {
        "a": {"d": [S(0, 2, "PERSON")]},
        "b": {"d": []},
        "c": {"d": []},
    }
    gold, _, left = premerge(lay, {n: {"d"} for n in "abc"}, "majority")
    assert gold == {} and left == {}
    gold, _, left = premerge(lay, {n: {"d"} for n in "abc"}, "unanimous")
    assert gold == {} and len(left["d"]) == 1 and left["d"][0].state == "some"


def test_relation_needs_its_endpoints_accepted():
    head, tail = S(0, 2, "PERSON"), S(3, 5, "TITLE")
    lay = {
        "a": {"d": ([head, tail], [Relation("HOLDS_TITLE", 0, 1)])},
        "b": {"d": ([head, S(3, 6, "TITLE")], [Relation("HOLDS_TITLE", 0, 1)])},
    }
    gold, rels, left = premerge(lay, {"a": {"d"}, "b": {"d"}}, "unanimous")
    assert [(s.start, s.end) for s in gold["d"]] == [(0, 2)]
    assert rels == {}
    # the two relations differ (their tails differ), so both stay for review
    assert sum(r.kind == "relation" for r in left["d"]) == 2


def test_relations_by_database_id():
    a = [Span(0, 2, "PERSON", id=11), Span(3, 5, "TITLE", id=12)]
    b = [Span(3, 5, "TITLE", id=42), Span(0, 2, "PERSON", id=41)]
    lay = {
        "a": {"d": (a, [Relation("HOLDS_TITLE", 11, 12, id=1)])},
        "b": {"d": (b, [Relation("HOLDS_TITLE", 41, 42, id=2)])},
    }
    gold, rels, left = premerge(lay, {"a": {"d"}, "b": {"d"}})
    assert left == {}
    r = rels["d"][0]
    assert (gold["d"][r.head].label, gold["d"][r.tail].label) == ("PERSON", "TITLE")
    bad = {"a": {"d": (a, [Relation("HOLDS_TITLE", 11, 99)])}}
    with pytest.raises(ValueError, match="not in the layer"):
        premerge(bad, {"a": {"d"}, "b": {"d"}})


def test_single_annotator_documents_and_strategy_check():
    lay = {"a": {"d": [S(0, 2, "PERSON")]}}
    assert premerge(lay, {"a": {"d"}}).spans == {}
    assert len(premerge(lay, {"a": {"d"}}, min_annotators=1).spans["d"]) == 1
    with pytest.raises(ValueError, match="unknown strategy"):
        premerge(lay, {"a": {"d"}}, "vote")


def test_merge_into_gold_keeps_what_a_person_decided():
    person = Span(4, 8, "ORG", origin="adjudicated", author="lead", id=7)
    also = Span(0, 3, "PERSON", origin="manual", author="lead", id=8)
    new = [S(0, 3, "PERSON"), S(4, 8, "TITLE"), S(10, 12, "GPE")]
    new_rels = [Relation("HOLDS_TITLE", 0, 1), Relation("LOCATED", 2, 0)]
    m = merge_into_gold([person, also], [Relation("X", 8, 7)], new, new_rels)
    assert m.spans[:2] == [person, also]  # untouched, in place
    assert [(s.start, s.label) for s in m.spans[2:]] == [(10, "GPE")]
    assert m.skipped == [new[1]]
    assert m.added_spans == 1
    # the relation to the skipped TITLE is dropped; the other maps onto the existing PERSON
    assert m.relations == [("X", 1, 0), ("LOCATED", 2, 1)]
    assert m.added_relations == 1
    again = merge_into_gold(
        m.spans, [Relation(t, h, tl) for t, h, tl in m.relations], new, new_rels
    )
    assert again.added_spans == 0 and again.added_relations == 0


def test_settled_by_gold():
    layers, _ = study()
    doc = {k: v["d"] for k, v in layers.items()}
    left = disagreements(doc, ["a", "b", "c"])
    title = next(r for r in left if r.kind == "span" and r.start == 4)
    assert settled_by_gold(title, [S(5, 6, "ORG")], [])
    assert not settled_by_gold(title, [S(20, 30, "DIRECTIVE")], [])
    rel = next(r for r in left if r.kind == "relation")
    gold = [S(0, 3, "PERSON"), S(4, 8, "TITLE")]
    assert settled_by_gold(rel, gold, [Relation("HOLDS_TITLE", 0, 1)])
    assert not settled_by_gold(rel, gold, [])


def test_random_premerge_invariants():
    rng = random.Random(4)
    labels = ["PERSON", "ORG", "GPE"]
    for _ in range(30):
        lay, completed = {}, {}
        for name in "abcd":
            spans, pos = [], 0
            while pos < 60:
                pos += rng.randint(0, 6)
                e = pos + rng.randint(1, 4)
                spans.append(S(pos, e, rng.choice(labels)))
                pos = e
            lay[name] = {"d": spans}
            if rng.random() < 0.8:
                completed[name] = {"d"}
        for strategy in ("unanimous", "majority"):
            gold, _, left = premerge(lay, completed, strategy)
            spans = gold.get("d", [])
            # gold entity spans never overlap, and each is held by enough annotators
            for x, y in zip(spans, spans[1:], strict=False):
                assert x.end <= y.start
            names = sorted(completed)
            for s in spans:
                holders = sum(
                    (s.start, s.end, s.label) in {(t.start, t.end, t.label) for t in lay[n]["d"]}
                    for n in names
                )
                assert (
                    holders == len(names) if strategy == "unanimous" else 2 * holders > len(names)
                )
            # no region is both merged and left
            for r in left.get("d", []):
                assert not any(s.start < r.end and r.start < s.end for s in spans)


def test_confusion_matrix():
    lay = {
        "a": {"d": [S(0, 3, "PERSON"), S(4, 8, "TITLE"), S(10, 12, "GPE"), S(0, 20, "DIRECTIVE")]},
        "b": {"d": [S(0, 3, "PERSON"), S(4, 8, "ORG"), S(14, 16, "LOC"), S(0, 18, "DIRECTIVE")]},
        "c": {"x": [S(0, 1, "PERSON")]},  # completed nothing shared
    }
    conf = confusion_matrix(lay, {"a": {"d"}, "b": {"d"}, "c": {"x"}})
    assert conf.labels[-1] == "NONE" and conf.documents == 1
    assert conf.count("PERSON", "PERSON") == 1
    assert conf.count("TITLE", "ORG") == 1 and conf.count("ORG", "TITLE") == 1
    assert conf.count("GPE", "NONE") == 1 and conf.count("NONE", "LOC") == 1
    # directives are compared only with directives, never with the entities they contain
    assert conf.count("DIRECTIVE", "DIRECTIVE") == 1 and conf.count("DIRECTIVE", "NONE") == 0
    assert conf.counts == [list(row) for row in zip(*conf.counts, strict=True)]  # symmetric
    top = conf.confusions()
    assert ("ORG", "TITLE", 1) in top
    js = conf.to_json()
    ex = next(e for e in js["examples"] if (e["a"], e["b"]) == ("ORG", "TITLE"))
    assert ex["items"][0]["doc"] == "d"
    only = confusion_matrix(lay, {"a": {"d"}, "b": {"d"}}, labels=["TITLE", "ORG"])
    assert only.labels == ["TITLE", "ORG", "NONE"] and only.count("TITLE", "ORG") == 1
