"""The engine against development gold 1 (tests/gold/dev1_gold.jsonl).

DEVELOPMENT set (regression floor): it was held out once, but the rules were tuned on it
afterwards, so its figures say nothing about unseen text; the held-out figures come from
bench/eval_heldout.py on tests/data/heldout16/.

Nine articles: six untouched samples (resources/samples/002, 003, 004, 010, 013, 014; raw offsets
into the sample file, mapped through the normaliser's offset map, optional `trim` as in
samples_gold.jsonl) and three articles written for this set with structures the samples lack
(tests/data/dev1/: a district government executive meeting with agenda items and unnamed
"会议强调" frames, a 纪委 inspection notice with numbered requirements, a sub-district deployment
with 一要/二要 lists and a deputy speaking after the secretary; clean offsets). The gold was
annotated by GUIDELINES.md from the clean text before the engine was run on these files; the
annotation source is tests/data/dev1/markup/ (`[text|LABEL#group$speaker]`, `{directive}^speaker`;
rebuild with `python tests/gold_markup.py dev1`).

"""

from __future__ import annotations

from pathlib import Path

from civannot.text import normalize
from tests.gold_support import ENTITY_LABELS, assert_simplified, load_gold, records, scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "dev1_gold.jsonl"


def dev1_scores() -> dict:
    # the whole article is scored, not only the annotated region
    return scores(load_gold(GOLD, ROOT), within_region=False)


def _check_simplified() -> None:
    sample = ROOT / "resources/samples/002_qinzhou-mobilisation.txt"
    text = normalize(sample.read_text("utf-8")).text
    assert_simplified(text)
    assert "溱州" in text


def test_gold_file_shape():
    recs = records(GOLD)
    assert len(recs) == 9
    for rec in recs:
        assert set(rec) == {"file", "sha256", "offsets", "region", "spans", "relations"}
        assert rec["offsets"] in ("raw", "clean")
        ids = {s["id"] for s in rec["spans"]}
        for s in rec["spans"]:
            assert s["label"] in (*ENTITY_LABELS, "DIRECTIVE")
        for r in rec["relations"]:
            assert r["type"] in ("HOLDS_TITLE", "ISSUED_BY")
            assert r["head"] in ids and r["tail"] in ids


def test_gold_spans_follow_the_guideline():
    _check_simplified()
    for name, doc in load_gold(GOLD, ROOT).items():
        text, spans, rels = doc.text, doc.spans, doc.relations
        ents = sorted((s for s in spans if s.label != "DIRECTIVE"), key=lambda s: s.start)
        for a, b in zip(ents, ents[1:], strict=False):
            assert a.end <= b.start, (name, a.text, b.text)  # entities do not nest
        for s in spans:
            assert 0 <= s.start < s.end <= len(text)
            assert s.text[0] not in "“《（、，", (name, s.text)
            assert s.text[-1] not in "、。；！，", (name, s.text)
            if s.label not in ("DIRECTIVE", "DOC"):
                assert s.text[-1] not in "”》）" and "\n" not in s.text, (name, s.text)
        for t, h, tl in rels:
            want = ("PERSON", "TITLE") if t == "HOLDS_TITLE" else ("DIRECTIVE", "PERSON")
            assert (spans[h].label, spans[tl].label) == want


def test_dev1_scores():
    _check_simplified()
    res = dev1_scores()
    lab = res["labels"]
    # floors a little under the measured figures after the held-out round's genre fixes (all
    # 1.00 except GPE 0.955, LOC 0.95, SLOGAN 0.98, micro 0.988 exact). Before those fixes, on
    # the same gold: micro 0.869 exact / 0.906 overlap, GPE 0.82, LOC 0.56, SLOGAN 0.76, ORG 0.83,
    # TITLE 0.92, PERSON 0.96, DATE 0.96, DIRECTIVE 0.99, HOLDS_TITLE 0.93, ISSUED_BY 0.61.
    assert lab["PERSON"]["exact"]["f1"] >= 0.95
    assert lab["TITLE"]["exact"]["f1"] >= 0.95
    assert lab["ORG"]["exact"]["f1"] >= 0.93
    assert lab["GPE"]["exact"]["f1"] >= 0.90
    assert lab["LOC"]["exact"]["f1"] >= 0.85
    assert lab["SLOGAN"]["exact"]["f1"] >= 0.90
    assert lab["DATE"]["exact"]["f1"] >= 0.93
    assert lab["DOC"]["exact"]["f1"] >= 0.90
    assert res["micro"]["exact"]["f1"] >= 0.95
    assert res["micro"]["overlap"]["f1"] >= 0.95
    assert lab["DIRECTIVE"]["exact"]["f1"] >= 0.93
    assert lab["DIRECTIVE"]["overlap"]["f1"] >= 0.95
    assert res["relations"]["HOLDS_TITLE"]["f1"] >= 0.95
    assert res["relations"]["ISSUED_BY"]["f1"] >= 0.93
    assert res["issued_by"]["accuracy"] >= 0.95
