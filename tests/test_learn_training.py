import pytest

from civannot.learn.data import GoldDoc, LearnError, rule_suggestions
from civannot.learn.evaluation import (
    choose_model_labels,
    compare_table,
    curve_sizes,
    score,
    split_documents,
)
from civannot.learn.training import run_training
from civannot.records import Span
from tests.learn_support import synthetic_docs

FAST = {"max_iterations": 25}


def test_split_is_seeded_disjoint_and_never_empty():
    tr, te = split_documents(10, 0.2, seed=3)
    assert (tr, te) == split_documents(10, 0.2, seed=3)
    assert sorted(tr + te) == list(range(10)) and len(te) == 2
    assert split_documents(10, 0.2, seed=4) != (tr, te)
    assert split_documents(2, 0.01)[1] and split_documents(2, 0.99)[0]
    assert split_documents(1) == ([0], [])


def test_curve_sizes_double_up_to_all():
    assert curve_sizes(20) == [1, 2, 5, 10, 20]
    assert curve_sizes(3) == [1, 3]
    assert curve_sizes(0) == []


def test_score_counts_only_the_labels_a_document_annotates():
    text = "市委书记王明远"
    gold = GoldDoc(0, text, [Span(4, 7, "PERSON")], [], frozenset({"PERSON"}))
    pred = ([Span(0, 4, "TITLE"), Span(4, 7, "PERSON")], [("HOLDS_TITLE", 1, 0)])
    s = score([gold], [pred])
    assert s["labels"]["PERSON"]["f1"] == 1.0
    assert "TITLE" not in s["labels"] and s["micro"]["precision"] == 1.0
    full = GoldDoc(0, text, [Span(4, 7, "PERSON")], [])
    assert score([full], [pred])["micro"]["precision"] == 0.5


def test_choose_model_labels_takes_labels_where_the_model_is_not_worse():
    rules = {"labels": {"ORG": {"f1": 0.5, "gold": 4}, "TITLE": {"f1": 0.9, "gold": 3}},
             "micro": {"f1": 0.7}, "relations": {}}  # fmt: skip
    model = {"labels": {"ORG": {"f1": 0.8, "gold": 4}, "TITLE": {"f1": 0.8, "gold": 3},
                        "GPE": {"f1": 1.0, "gold": 0}}, "micro": {"f1": 0.8}, "relations": {}}  # fmt: skip
    assert choose_model_labels(rules, model) == ["ORG"]


@pytest.fixture(scope="module")
def trained():
    docs = synthetic_docs(20, seed=1)
    sugs = rule_suggestions(docs)
    return run_training(docs, sugs, params=FAST)


def test_training_reports_rules_model_and_both_on_held_out_documents(trained):
    ev = trained.evaluation
    assert trained.split["test"] == 4 and trained.split["train"] + trained.split["check"] == 16
    assert set(ev) >= {"rules", "model", "both", "model_labels"}
    # the rules find a 联盟 ORG only through the lexicon (names seen in other documents' gold);
    # the model finds the unseen ones too
    assert ev["both"]["labels"]["ORG"]["f1"] > ev["rules"]["labels"]["ORG"]["f1"]
    assert ev["both"]["labels"]["ORG"]["f1"] > 0.9
    assert ev["both"]["micro"]["f1"] > ev["rules"]["micro"]["f1"]
    assert "ORG" in trained.model_labels
    # relations survive the combination
    assert (
        ev["both"]["relations"]["HOLDS_TITLE"]["f1"]
        >= ev["rules"]["relations"]["HOLDS_TITLE"]["f1"]
    )
    rows = {r["label"]: r for r in compare_table(ev)}
    assert rows["ORG"]["rules"] == ev["rules"]["labels"]["ORG"]["f1"] and rows["micro"]["gold"] > 0
    assert trained.data and trained.documents == 20


def test_learning_curve_goes_up_to_the_fitted_documents(trained):
    sizes = [p["documents"] for p in trained.curve]
    assert sizes == sorted(sizes) and sizes[-1] == trained.split["train"]
    assert trained.curve[-1]["both"] == trained.evaluation["both"]["micro"]["f1"]
    assert trained.curve[-1]["both"] >= trained.curve[0]["rules"]


def test_progress_runs_to_the_end_and_no_documents_is_refused():
    docs = synthetic_docs(6, seed=2)
    seen = []
    run_training(docs, rule_suggestions(docs), params={"max_iterations": 3}, curve=False,
                 progress=lambda d, t: seen.append(d))  # fmt: skip
    assert seen[-1] == 1000 and seen == sorted(seen)
    with pytest.raises(LearnError):
        run_training([], [])
