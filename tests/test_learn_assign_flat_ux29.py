"""`civannot assign --order uncertainty` when the model is equally sure of every document (a
model that decides no label scores each document 0): it says the order is the list's, as the
window's Next document by uncertainty does, instead of listing "least sure first" a column of
equal scores (ux29)."""

from civannot.assignment import assign_project
from civannot.learn.uncertainty import META_KEY
from tests.learn_support import build_project


def scored(tmp_path, scores):  # noqa: ANN001, ANN201
    p = build_project(tmp_path / "p.civ", n=4)
    ids = sorted(p.text_lengths())
    p.set_meta(META_KEY, {"model": "model:crf@1", "scores": {
        str(d): {"score": s} for d, s in zip(ids, scores, strict=True)
    }})  # fmt: skip
    return p, ids


def test_equal_scores_say_the_order_is_the_lists(tmp_path):
    p, _ids = scored(tmp_path, [0.0, 0.0, 0.0, 0.0])
    try:
        summary = assign_project(p, ["alice", "bob"], 0.0, order="uncertainty", limit=2)
        text = summary.render()
        assert "equally sure of every document" in text and "least sure first" not in text
        assert summary.to_json()["equally_sure"] is True
    finally:
        p.close()


def test_different_scores_list_the_least_sure_first(tmp_path):
    p, ids = scored(tmp_path, [0.1, 0.7, 0.2, 0.5])
    try:
        summary = assign_project(p, ["alice", "bob"], 0.0, order="uncertainty", limit=2)
        assert "least sure first" in summary.render()
        assert summary.to_json()["equally_sure"] is False
        assert [r["id"] for r in summary.uncertain_first] == [ids[1], ids[3]]
    finally:
        p.close()
