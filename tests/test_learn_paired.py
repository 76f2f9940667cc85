"""The paired bootstrap over documents the combination policy decides by (civannot.learn.paired)."""

from __future__ import annotations

from civannot.evaluation import evaluate
from civannot.learn.paired import Resampler, f1, label_counts, relation_counts
from civannot.records import Span


def _s(a: int, b: int, lab: str) -> Span:
    return Span(a, b, lab, "")


def test_label_counts_are_the_exact_match_counts_of_evaluate():
    gold = [_s(0, 2, "GPE"), _s(2, 5, "TITLE"), _s(5, 8, "PERSON"), _s(9, 12, "LOC")]
    pred = [_s(0, 5, "TITLE"), _s(5, 8, "PERSON"), _s(9, 12, "ORG"), _s(13, 15, "LOC")]
    got = label_counts(gold, pred, ("GPE", "TITLE", "PERSON", "LOC", "ORG"))
    ev = evaluate({0: (gold, [])}, {0: (pred, [])})["labels"]
    for lab, (tp, fp, fn) in got.items():
        e = ev[lab]
        assert (tp + fp, tp + fn) == (e["pred"], e["gold"]), lab
        assert f1((tp, fp, fn)) == (e["exact"]["f1"] or 0.0), lab
    assert got["PERSON"] == (1, 0, 0) and got["LOC"] == (0, 1, 1) and got["GPE"] == (0, 0, 1)


def test_relation_counts_match_by_both_ends():
    spans = [_s(0, 3, "TITLE"), _s(3, 6, "PERSON"), _s(6, 9, "TITLE")]
    gold = (spans, [("HOLDS_TITLE", 1, 0), ("HOLDS_TITLE", 1, 2)])
    pred = (spans, [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)])
    assert relation_counts(gold, pred, "HOLDS_TITLE") == (1, 0, 1)


def test_a_gain_on_one_document_of_twenty_is_not_sure_and_one_on_most_is():
    same = [(3, 1, 1)] * 20
    draws = Resampler(20)
    assert draws.share_better(same, same) == 0.0
    # two spans better on one page: better pooled, but only in the resamples that draw the page
    one = [(5, 0, 0), *same[1:]]
    assert 0.5 < draws.share_better(same, one) < 0.75
    # one span better on 15 pages, one worse on 2
    most = [(4, 1, 0)] * 15 + [(2, 2, 2)] * 2 + [(3, 1, 1)] * 3
    assert draws.share_better(same, most) > 0.99
    # seeded: the same documents give the same share
    assert Resampler(20).share_better(same, one) == draws.share_better(same, one)


def test_no_documents_is_no_evidence():
    assert Resampler(0).share_better([], []) == 0.0


def test_a_sum_of_f1s_is_better_only_where_the_sum_is():
    # entities one span better on every page, HOLDS_TITLE two worse on every page: not better
    draws = Resampler(20)
    ents, held = [(3, 1, 1)] * 20, [(2, 0, 0)] * 20
    more_ents, less_held = [(4, 0, 1)] * 20, [(1, 1, 1)] * 20
    assert draws.share_better(ents, more_ents) == 1.0
    assert draws.share_better_sum([ents, held], [more_ents, less_held]) == 0.0
    assert draws.share_better_sum([ents, held], [more_ents, held]) == 1.0


def test_share_positive_reads_how_a_gain_spreads_over_the_documents():
    r = Resampler(12)
    assert r.share_positive([3] * 6 + [0] * 6) == 1.0
    assert r.share_positive([-3] * 12) == 0.0
    # one page's gain against two pages' losses of half its size each: about a coin's toss
    lean = r.share_positive([6, -3, -3] + [0] * 9)
    assert 0.2 < lean < 0.8
    # the gain on five pages, one page against
    assert r.share_positive([3, 3, 3, 3, 3, -3] + [0] * 6) >= 0.9
    assert r.share_positive([]) == 0.0
