"""evaluate(): exact and overlap scores per label, micro, relations, ISSUED_BY accuracy."""

from __future__ import annotations

import pytest

from civannot.evaluation import evaluate
from civannot.records import Relation, Span


def S(a: int, b: int, label: str, text: str = "", id: int | None = None) -> Span:
    return Span(a, b, label, text, id=id)


def test_exact_and_overlap_per_label():
    gold = {1: ([S(0, 3, "PERSON"), S(5, 9, "TITLE"), S(10, 12, "PERSON")], [])}
    pred = {1: ([S(0, 3, "PERSON"), S(5, 8, "TITLE"), S(20, 22, "PERSON")], [])}
    res = evaluate(gold, pred)
    per = res["labels"]["PERSON"]
    assert per["gold"] == 2 and per["pred"] == 2
    assert per["exact"] == {"tp": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert res["labels"]["TITLE"]["exact"]["f1"] == 0.0
    assert res["labels"]["TITLE"]["overlap"]["f1"] == 1.0
    assert res["micro"]["exact"]["tp"] == 1
    assert res["micro"]["exact"]["f1"] == pytest.approx(2 * 1 / 6)
    assert res["micro"]["overlap"]["f1"] == pytest.approx(2 * 2 / 6)


def test_overlap_matching_is_one_to_one():
    # one long predicted span over two gold spans counts once
    gold = {1: ([S(0, 2, "ORG"), S(3, 5, "ORG")], [])}
    pred = {1: ([S(0, 5, "ORG")], [])}
    ov = evaluate(gold, pred)["labels"]["ORG"]["overlap"]
    assert ov["tp"] == 1 and ov["precision"] == 1.0 and ov["recall"] == 0.5


def test_overlap_matching_finds_the_maximum():
    # greedy would pair gold[0] with pred[0] and leave gold[1] alone
    gold = {1: ([S(0, 4, "GPE"), S(4, 6, "GPE")], [])}
    pred = {1: ([S(3, 5, "GPE"), S(0, 2, "GPE")], [])}
    assert evaluate(gold, pred)["labels"]["GPE"]["overlap"]["tp"] == 2


def test_labels_other_than_gold_and_undefined_values():
    gold = {1: ([S(0, 2, "DATE")], [])}
    pred = {1: ([S(4, 6, "GPE")], [])}
    res = evaluate(gold, pred)
    assert res["labels"]["GPE"]["exact"]["recall"] is None
    assert res["labels"]["DATE"]["exact"]["precision"] is None
    assert res["labels"]["DATE"]["exact"]["f1"] == 0.0
    empty = evaluate({1: ([], [])}, {1: ([], [])})
    assert empty["micro"]["exact"]["f1"] is None and empty["issued_by"]["accuracy"] is None


def test_directive_is_not_in_micro():
    gold = {1: ([S(0, 2, "PERSON"), S(3, 20, "DIRECTIVE")], [])}
    pred = {1: ([S(0, 2, "PERSON")], [])}
    res = evaluate(gold, pred)
    assert res["micro"]["exact"]["f1"] == 1.0
    assert res["labels"]["DIRECTIVE"]["exact"]["recall"] == 0.0


def test_missing_prediction_document_counts_as_empty():
    res = evaluate(
        {1: ([S(0, 2, "PERSON")], []), 2: ([S(0, 2, "PERSON")], [])}, {1: ([S(0, 2, "PERSON")], [])}
    )
    assert res["documents"] == 2 and res["labels"]["PERSON"]["exact"]["recall"] == 0.5


def test_holds_title_exact_by_endpoint_spans():
    g_spans = [S(0, 4, "TITLE"), S(4, 7, "PERSON"), S(8, 10, "TITLE")]
    gold = {1: (g_spans, [("HOLDS_TITLE", 1, 0), ("HOLDS_TITLE", 1, 2)])}
    p_spans = [S(0, 4, "TITLE"), S(4, 7, "PERSON"), S(8, 11, "TITLE")]
    pred = {1: (p_spans, [("HOLDS_TITLE", 1, 0), ("HOLDS_TITLE", 1, 2)])}
    ht = evaluate(gold, pred)["relations"]["HOLDS_TITLE"]
    assert ht["tp"] == 1 and ht["precision"] == 0.5 and ht["recall"] == 0.5


def test_issued_by_accuracy_and_span_ids():
    # gold as a project returns it: spans with database ids, relations naming ids
    g_spans = [
        S(0, 3, "PERSON", "钱江", id=11),
        S(10, 30, "DIRECTIVE", id=12),
        S(40, 60, "DIRECTIVE", id=13),
        S(61, 64, "PERSON", "钱江", id=14),
        S(70, 90, "DIRECTIVE", id=15),
    ]
    g_rels = [
        Relation("ISSUED_BY", 12, 11),
        Relation("ISSUED_BY", 13, 11),
        Relation("ISSUED_BY", 15, 14),
    ]
    p_spans = [
        S(0, 3, "PERSON", "钱江"),
        S(12, 30, "DIRECTIVE"),  # boundary off: still matched by overlap
        S(40, 60, "DIRECTIVE"),
        S(61, 64, "PERSON", "钱江"),
        S(70, 90, "DIRECTIVE"),
    ]
    p_rels = [("ISSUED_BY", 1, 0), ("ISSUED_BY", 2, 3), ("ISSUED_BY", 4, 3)]
    res = evaluate({"a": (g_spans, g_rels)}, {"a": (p_spans, p_rels)})
    ib = res["issued_by"]
    assert ib["directives"] == 3 and ib["correct"] == 2
    assert ib["accuracy"] == pytest.approx(2 / 3)
    assert ib["accuracy_same_name"] == 1.0  # the wrong edge still names the same person
    assert res["relations"]["ISSUED_BY"]["tp"] == 1


def test_relation_to_unknown_span_is_an_error():
    with pytest.raises(ValueError, match="names a span"):
        evaluate({1: ([S(0, 2, "PERSON")], [("HOLDS_TITLE", 0, 5)])}, {1: ([], [])})
