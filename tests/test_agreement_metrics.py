"""Agreement figures against scikit-learn, statsmodels and krippendorff, a hand-worked case,
and the undefined cases (null with a reason, never 0 or 1)."""

from __future__ import annotations

import math
import random
import warnings
from fractions import Fraction

import numpy as np
import pytest

from civannot.agreement import (
    agreement_report,
    directive_sequence,
    document_disagreements,
    label_sequence,
    render_report,
    span_f1,
)
from civannot.agreement.metrics import max_bipartite_matching
from civannot.agreement.report import Cancelled
from civannot.records import Span

LABELS = ["PERSON", "TITLE", "ORG", "GPE", "DATE"]


def random_study(seed, n_docs=25, annotators=("a", "b", "c"), p_complete=0.7, maxlen=160):
    """Annotators perturb a shared truth; coverage is uneven (each document done by 0..3)."""
    rng = random.Random(seed)
    texts_len, layers = {}, {a: {} for a in annotators}
    completed = {a: set() for a in annotators}
    for d in range(n_docs):
        length = rng.choice([0, 1, rng.randint(2, maxlen), rng.randint(2, maxlen)])
        doc = f"d{d}"
        texts_len[doc] = length
        truth, pos = [], 0
        while length and pos < length - 1:
            pos += rng.randint(0, 12)
            ln = rng.randint(1, 6)
            if pos + ln > length:
                break
            truth.append((pos, pos + ln, rng.choice(LABELS)))
            pos += ln
        for a in annotators:
            if rng.random() < p_complete:
                completed[a].add(doc)
            spans, last = [], 0
            for s, e, lab in truth:
                r = rng.random()
                if r < 0.1:
                    continue
                if r < 0.2:
                    lab = rng.choice(LABELS)
                if r > 0.9:
                    s = max(last, s + rng.choice([-1, 1]))
                    if s >= e:
                        continue
                spans.append(Span(s, e, lab))
                last = e
            if length > 10 and rng.random() < 0.7:
                s = rng.randint(0, length - 5)
                spans.append(Span(s, rng.randint(s + 1, length), "DIRECTIVE"))
            if rng.random() < 0.9:  # a completed document may have no layer entry at all
                layers[a][doc] = spans
    return texts_len, layers, completed


def _same(ours, ref):
    if ref is None or (isinstance(ref, float) and not math.isfinite(ref)):
        return ours is None
    return ours is not None and abs(ours - ref) < 1e-9


def _ref_alpha(data):
    import krippendorff

    try:
        return krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    except ValueError:  # "more than one value in the domain": undefined
        return None


def _ref_fleiss(codes):
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

    if codes.shape[1] == 0:
        return None
    table, _ = aggregate_raters(codes.T)
    return fleiss_kappa(table)


def _ref_matching(a, b):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching

    if not a or not b:
        return 0
    m = np.array([[int(s < be and bs < e) for bs, be in b] for s, e in a])
    match = maximum_bipartite_matching(csr_matrix(m), perm_type="column")
    return int((match >= 0).sum())


@pytest.mark.parametrize("seed", range(12))
def test_matches_reference_libraries(seed):
    from sklearn.metrics import cohen_kappa_score

    warnings.simplefilter("ignore")
    texts_len, layers, completed = random_study(seed, p_complete=0.45 + 0.04 * seed)
    report = agreement_report(texts_len, layers, completed)
    ann = report["annotators"]
    assert ann == ["a", "b", "c"]
    labs = sorted(
        {
            s.label
            for lay in layers.values()
            for d, v in lay.items()
            for s in v
            if sum(d in completed[x] for x in ann) >= 2 and d in completed[_owner(layers, lay)]
        }
    )
    seqs = {
        a: {d: label_sequence(texts_len[d], layers[a].get(d, [])) for d in completed[a]}
        for a in ann
    }
    dseq = {
        a: {d: directive_sequence(texts_len[d], layers[a].get(d, [])) for d in completed[a]}
        for a in ann
    }
    cats = {"O": 0, **{lab: i + 1 for i, lab in enumerate(x for x in labs if x != "DIRECTIVE")}}

    for pair in report["pairs"]:
        a, b = pair["a"], pair["b"]
        docs = [d for d in texts_len if d in completed[a] and d in completed[b]]
        assert pair["documents"] == len(docs)
        x = [v for d in docs for v in seqs[a][d]]
        y = [v for d in docs for v in seqs[b][d]]
        ref = cohen_kappa_score(x, y) if x else None
        assert _same(pair["overall"]["kappa"], ref), (a, b)
        exact = overlap = na = nb = 0
        for lab in labs:
            if lab == "DIRECTIVE":
                xb = [v for d in docs for v in dseq[a][d]]
                yb = [v for d in docs for v in dseq[b][d]]
            else:
                xb, yb = [v == lab for v in x], [v == lab for v in y]
            entry = pair["labels"][lab]
            assert _same(entry["kappa"], cohen_kappa_score(xb, yb) if xb else None), (a, b, lab)
            # span F1, one document at a time, with scipy's matching for the overlap variant
            e = o = ca = cb = 0
            for d in docs:
                ka = {(s.start, s.end) for s in layers[a].get(d, []) if s.label == lab}
                kb = {(s.start, s.end) for s in layers[b].get(d, []) if s.label == lab}
                e += len(ka & kb)
                o += _ref_matching(sorted(ka), sorted(kb))
                ca, cb = ca + len(ka), cb + len(kb)
            assert (entry["a_spans"], entry["b_spans"]) == (ca, cb)
            assert _same(entry["f1_exact"], 2 * e / (ca + cb) if ca + cb else None)
            assert _same(entry["f1_overlap"], 2 * o / (ca + cb) if ca + cb else None)
            if lab != "DIRECTIVE":  # overall pools the entity labels only (DESIGN §6)
                exact, overlap, na, nb = exact + e, overlap + o, na + ca, nb + cb
        assert _same(pair["overall"]["f1_exact"], 2 * exact / (na + nb) if na + nb else None)
        assert _same(pair["overall"]["f1_overlap"], 2 * overlap / (na + nb) if na + nb else None)

    every = [d for d in texts_len if all(d in completed[a] for a in ann)]
    codes = np.array([[cats[v] for d in every for v in seqs[a][d]] for a in ann]).reshape(3, -1)
    assert _same(report["fleiss"]["overall"], _ref_fleiss(codes))
    two = [d for d in texts_len if sum(d in completed[a] for a in ann) >= 2]
    assert report["documents"] == len(two)
    rel = np.array(
        [
            [
                float(cats[v]) if d in completed[a] else np.nan
                for d in two
                for v in (seqs[a][d] if d in completed[a] else ["O"] * texts_len[d])
            ]
            for a in ann
        ]
    )
    assert _same(report["alpha"]["overall"], _ref_alpha(rel) if rel.size else None)
    for lab in labs:
        if lab == "DIRECTIVE":
            fb = np.array([[int(v) for d in every for v in dseq[a][d]] for a in ann]).reshape(3, -1)
            ab = np.array(
                [
                    [
                        float(v) if d in completed[a] else np.nan
                        for d in two
                        for v in (dseq[a][d] if d in completed[a] else [False] * texts_len[d])
                    ]
                    for a in ann
                ]
            )
        else:
            fb = (codes == cats[lab]).astype(int)
            ab = np.where(np.isnan(rel), np.nan, (rel == cats[lab]).astype(float))
        assert _same(report["fleiss"]["labels"][lab], _ref_fleiss(fb)), lab
        assert _same(report["alpha"]["labels"][lab], _ref_alpha(ab) if ab.size else None), lab

    # per document: disagreement counts agree with the adjudication regions
    regions = document_disagreements(layers, completed)
    for entry in report["per_document"]:
        assert entry["disagreements"] == len(regions[entry["id"]])


def _owner(layers, lay):
    return next(a for a, v in layers.items() if v is lay)


def test_two_annotators_with_uneven_coverage_subset():
    texts_len, layers, completed = random_study(99, n_docs=40, annotators=("a", "b", "c", "d"))
    full = agreement_report(texts_len, layers, completed)
    sub = agreement_report(texts_len, layers, completed, annotators=["b", "d"])
    assert sub["annotators"] == ["b", "d"] and len(sub["pairs"]) == 1
    same = next(p for p in full["pairs"] if (p["a"], p["b"]) == ("b", "d"))
    assert sub["pairs"][0] == same
    # with two annotators Fleiss' κ is Scott's π over the pair's documents
    assert sub["documents"] == same["documents"]


# ---- a case worked by hand --------------------------------------------------------------------


def hand_case():
    # A: P P O O R R R R O O      B: P P O O R R R O G G
    a = [Span(0, 2, "PERSON"), Span(4, 8, "ORG")]
    b = [Span(0, 2, "PERSON"), Span(4, 7, "ORG"), Span(8, 10, "GPE")]
    return {"doc": 10}, {"A": {"doc": a}, "B": {"doc": b}}, {"A": {"doc"}, "B": {"doc"}}


def test_hand_worked_case():
    texts_len, layers, completed = hand_case()
    r = agreement_report(texts_len, layers, completed, labels=["PERSON", "ORG", "GPE", "DATE"])
    pair = r["pairs"][0]
    # po = 7/10, pe = (2·2 + 4·3 + 4·3 + 0·2)/100 = 0.28  ->  κ = 0.42/0.72 = 7/12
    assert pair["overall"]["kappa"] == pytest.approx(7 / 12)
    assert pair["overall"]["f1_exact"] == pytest.approx(2 * 1 / 5)
    assert pair["overall"]["f1_overlap"] == pytest.approx(2 * 2 / 5)
    labels = pair["labels"]
    assert labels["PERSON"]["kappa"] == pytest.approx(1.0)
    assert labels["ORG"]["kappa"] == pytest.approx(float(Fraction(36, 46)))  # 0.36 / 0.46
    assert labels["GPE"]["kappa"] == 0.0  # defined: B used GPE, A did not
    assert labels["ORG"]["f1_exact"] == 0.0 and labels["ORG"]["f1_overlap"] == 1.0
    assert (labels["GPE"]["a_spans"], labels["GPE"]["b_spans"]) == (0, 1)
    # nobody used DATE: κ and F1 undefined, with reasons
    assert labels["DATE"]["kappa"] is None and labels["DATE"]["f1_exact"] is None
    assert "neither annotator used" in labels["DATE"]["reasons"]["kappa"]
    assert "no spans" in labels["DATE"]["reasons"]["f1_exact"]
    # pooled p = (4, 7, 7, 2)/20 -> pe = 118/400; P̄ = 7/10 -> κ = 0.405/0.705 = 27/47
    assert r["fleiss"]["overall"] == pytest.approx(27 / 47)
    # o: 20 pairable values, 6 disagreeing; Σ n_c² = 118 -> α = 1 − 19·6/282 = 28/47
    assert r["alpha"]["overall"] == pytest.approx(28 / 47)
    assert r["per_document"] == [{"id": "doc", "f1_exact": pytest.approx(0.4), "disagreements": 2}]
    text = render_report(r)
    assert "0.583" in text and "Undefined values" in text and "DATE" in text


def test_directive_is_a_layer_of_its_own():
    # the directive covers the entities; κ overall only sees entities, DIRECTIVE is binary
    a = [Span(0, 10, "DIRECTIVE"), Span(2, 4, "PERSON")]
    b = [Span(0, 8, "DIRECTIVE"), Span(2, 4, "PERSON")]
    r = agreement_report({"d": 10}, {"a": {"d": a}, "b": {"d": b}}, {"a": {"d"}, "b": {"d"}})
    pair = r["pairs"][0]
    assert pair["overall"]["kappa"] == pytest.approx(1.0)
    # DIRECTIVE: n11 = 8, n10 = 2 -> po = .8, pe = (10·8 + 0)/100 = .8 -> κ = 0
    assert pair["labels"]["DIRECTIVE"]["kappa"] == 0.0
    assert pair["labels"]["DIRECTIVE"]["f1_overlap"] == 1.0
    assert pair["labels"]["DIRECTIVE"]["f1_exact"] == 0.0
    assert r["per_document"][0]["disagreements"] == 1
    # overall span F1 leaves DIRECTIVE out like κ: the PERSON spans agree exactly
    assert pair["overall"]["f1_exact"] == 1.0 and pair["overall"]["f1_overlap"] == 1.0
    assert "entity labels only" in render_report(r)


def test_overlap_f1_uses_a_maximum_matching():
    # nested directives: matching the long span to the first overlapping one would give 1
    a = [Span(0, 10, "DIRECTIVE"), Span(0, 2, "DIRECTIVE")]
    b = [Span(0, 2, "DIRECTIVE"), Span(5, 7, "DIRECTIVE")]
    assert span_f1(a, b)["overlap"] == 2
    r = agreement_report({"d": 12}, {"a": {"d": a}, "b": {"d": b}}, {"a": {"d"}, "b": {"d"}})
    assert r["pairs"][0]["labels"]["DIRECTIVE"]["f1_overlap"] == 1.0
    assert r["pairs"][0]["labels"]["DIRECTIVE"]["f1_exact"] == 0.5


def test_matching_long_chain_and_random_graphs():
    n = 3000  # a chain longer than the recursion limit
    adjacency = [[i, i + 1] if i + 1 < n else [i] for i in range(n)]
    adjacency[0] = [1] if n > 1 else [0]
    assert max_bipartite_matching(adjacency, n) == _ref_graph(adjacency, n)
    rng = random.Random(3)
    for _ in range(200):
        nl, nr = rng.randint(0, 8), rng.randint(0, 8)
        adj = [[j for j in range(nr) if rng.random() < 0.3] for _ in range(nl)]
        assert max_bipartite_matching(adj, nr) == _ref_graph(adj, nr)


def _ref_graph(adj, nr):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching

    if not adj or not nr:
        return 0
    m = np.zeros((len(adj), nr), dtype=int)
    for i, js in enumerate(adj):
        m[i, js] = 1
    return int((maximum_bipartite_matching(csr_matrix(m), perm_type="column") >= 0).sum())


def test_overlapping_entities_in_one_layer_resolve_the_same_way():
    spans = [Span(0, 5, "ORG"), Span(3, 8, "PERSON"), Span(3, 4, "GPE")]
    assert label_sequence(9, spans) == ["ORG"] * 5 + ["PERSON"] * 3 + ["O"]
    other = [Span(0, 5, "ORG"), Span(5, 8, "PERSON")]
    r = agreement_report({"d": 9}, {"a": {"d": spans}, "b": {"d": other}}, {"a": {"d"}, "b": {"d"}})
    assert r["pairs"][0]["overall"]["kappa"] == pytest.approx(1.0)


# ---- undefined values -------------------------------------------------------------------------


def test_no_shared_documents():
    r = agreement_report(
        {"x": 5, "y": 5},
        {"a": {"x": [Span(0, 2, "PERSON")]}, "b": {"y": [Span(0, 2, "PERSON")]}},
        {"a": {"x"}, "b": {"y"}},
    )
    assert r["documents"] == 0 and r["per_document"] == []
    pair = r["pairs"][0]
    assert pair["documents"] == 0
    for key in ("kappa", "f1_exact", "f1_overlap"):
        assert pair["overall"][key] is None
        assert "no documents completed by both" in pair["overall"]["reasons"][key]
    assert pair["labels"]["PERSON"]["kappa"] is None
    assert r["fleiss"]["overall"] is None and r["fleiss"]["reasons"]["overall"].startswith(
        "no items"
    )
    assert r["alpha"]["overall"] is None and "reasons" in r["alpha"]


def test_one_category_only_is_null_not_one():
    # both annotators completed the documents and marked nothing: every character is O
    r = agreement_report(
        {"x": 8, "y": 3}, {}, {"a": {"x", "y"}, "b": {"x", "y"}}, labels=["PERSON"]
    )
    pair = r["pairs"][0]
    assert pair["documents"] == 2
    assert pair["overall"]["kappa"] is None
    assert "one category" in pair["overall"]["reasons"]["kappa"]
    assert pair["overall"]["f1_exact"] is None and pair["labels"]["PERSON"]["kappa"] is None
    assert r["fleiss"]["overall"] is None and "one category" in r["fleiss"]["reasons"]["overall"]
    assert r["alpha"]["overall"] is None and r["alpha"]["labels"]["PERSON"] is None
    assert r["alpha"]["reasons"]["labels"]["PERSON"]
    assert all(d["f1_exact"] is None and d["reasons"]["f1_exact"] for d in r["per_document"])


def test_everything_the_same_label_is_undefined_but_perfect_f1():
    spans = [Span(0, 4, "DATE")]
    r = agreement_report({"d": 4}, {"a": {"d": spans}, "b": {"d": spans}}, {"a": {"d"}, "b": {"d"}})
    assert r["pairs"][0]["overall"]["kappa"] is None
    assert r["pairs"][0]["overall"]["f1_exact"] == 1.0
    assert r["per_document"][0]["disagreements"] == 0


def test_fleiss_needs_a_document_done_by_everyone():
    texts = {"x": 6, "y": 6}
    lay = {n: {"x": [Span(0, 2, "PERSON")], "y": [Span(1, 3, "ORG")]} for n in "abc"}
    r = agreement_report(texts, lay, {"a": {"x", "y"}, "b": {"x"}, "c": {"y"}})
    assert r["fleiss"]["overall"] is None
    assert "every annotator" in r["fleiss"]["reasons"]["overall"]
    assert r["alpha"]["overall"] == pytest.approx(1.0)
    single = agreement_report(texts, {"a": lay["a"]}, {"a": {"x"}})
    assert (
        single["pairs"] == []
        and single["fleiss"]["reasons"]["overall"] == "fewer than two annotators"
    )


def test_bad_input_and_cancel():
    with pytest.raises(ValueError, match="outside the text"):
        agreement_report({"d": 3}, {"a": {"d": [Span(1, 5, "PERSON")]}}, {"a": {"d"}, "b": {"d"}})
    texts_len, layers, completed = random_study(1)
    seen = []
    agreement_report(texts_len, layers, completed, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
    with pytest.raises(Cancelled):
        agreement_report(texts_len, layers, completed, cancel=lambda: True)


def test_labels_restrict_the_report():
    texts_len, layers, completed = random_study(5)
    r = agreement_report(texts_len, layers, completed, labels=["PERSON", "DIRECTIVE"])
    pair = r["pairs"][0]
    assert list(pair["labels"]) == ["PERSON", "DIRECTIVE"]
    assert list(r["fleiss"]["labels"]) == ["PERSON", "DIRECTIVE"]
    # overall κ is PERSON vs O only: other entity labels read as O
    a, b = pair["a"], pair["b"]
    docs = [d for d in texts_len if d in completed[a] and d in completed[b]]
    from sklearn.metrics import cohen_kappa_score

    x = [v for d in docs for v in label_sequence(texts_len[d], layers[a].get(d, []), ["PERSON"])]
    y = [v for d in docs for v in label_sequence(texts_len[d], layers[b].get(d, []), ["PERSON"])]
    assert pair["overall"]["kappa"] == pytest.approx(cohen_kappa_score(x, y))
