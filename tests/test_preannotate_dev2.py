"""The engine against development gold 2 (tests/gold/dev2_gold.jsonl), written and
annotated by GUIDELINES.md BEFORE the engine was run on it.

DEVELOPMENT set (regression floor): it was held out once, but the rules were tuned on it
afterwards, so its figures say nothing about unseen text; the held-out figures come from
bench/eval_heldout.py on tests/data/heldout16/.

Eight fictional articles in the style of real local-government news, with structures the earlier
sets lack (tests/data/dev2/*.txt, clean simplified text, clean offsets): a provincial 文明委
plenary with many attendees and a female speaker (她还要求), a city 创卫 inspection tour (调研中，
某某强调 / 她指出), a county speech transcript whose speaker is named only on its byline
(县委书记　某某) with imperative headings, a district meeting with three speakers in sequence and
an unnamed 会议要求 that ends the attribution, a town 移风易俗 meeting, a short 暗访 news brief
whose requirements come from an office (no ISSUED_BY), an interview (某某：… / 记者：…) and a
provincial supervision feedback (督导组组长、…). Annotation source: tests/data/dev2/markup/
(`[text|LABEL#group$speaker]`, `{directive}^speaker`); rebuild with
`python tests/gold_markup.py dev2 --write-txt`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold_support import ENTITY_LABELS, load_gold, records, scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "dev2_gold.jsonl"


def test_gold_file_shape():
    recs = records(GOLD)
    assert len(recs) == 8
    for rec in recs:
        assert set(rec) == {"file", "sha256", "offsets", "region", "spans", "relations"}
        assert rec["offsets"] == "clean"
        ids = {s["id"] for s in rec["spans"]}
        for s in rec["spans"]:
            assert s["label"] in (*ENTITY_LABELS, "DIRECTIVE")
        for r in rec["relations"]:
            assert r["type"] in ("HOLDS_TITLE", "ISSUED_BY")
            assert r["head"] in ids and r["tail"] in ids


def test_gold_spans_follow_the_guideline():
    for name, doc in load_gold(GOLD, ROOT).items():
        text, spans, rels = doc.text, doc.spans, doc.relations
        assert "(chuàng)" not in text and "會議" not in text  # clean simplified text
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


def test_dev2_scores():
    res = scores(load_gold(GOLD, ROOT), within_region=False)
    lab = res["labels"]
    # Floors a little under the figures measured after this round's genre fixes: every label
    # 1.00 exact except LOC 0.98 (县汽车站 missed); micro 0.998; DIRECTIVE 1.00; HOLDS_TITLE 1.00;
    # ISSUED_BY accuracy 1.00 (50/50).
    # BEFORE the fixes, on the same gold (the engine had never seen these texts): micro exact
    # 0.868 / overlap 0.873; PERSON 0.978, TITLE 0.866, ORG 0.841, GPE 0.600, LOC 0.880,
    # DATE 0.979, DOC 1.00, SLOGAN 0.848; DIRECTIVE exact 0.982; HOLDS_TITLE 0.877;
    # ISSUED_BY F1 0.716, accuracy 0.58 (29/50: the byline-named transcript, 她还要求, the
    # interview turns and a name inside a requirement taken for the antecedent of 他).
    assert lab["PERSON"]["exact"]["f1"] >= 0.96
    assert lab["TITLE"]["exact"]["f1"] >= 0.96
    assert lab["ORG"]["exact"]["f1"] >= 0.95
    assert lab["GPE"]["exact"]["f1"] >= 0.93
    assert lab["LOC"]["exact"]["f1"] >= 0.92
    assert lab["SLOGAN"]["exact"]["f1"] >= 0.93
    # (0.94: dev2's gold writes a range of days apart, 8月3日 + 5日; the engine joins it since
    # session 27, misc27, as the annotators of sessions 18 and 27 read it)
    assert lab["DATE"]["exact"]["f1"] >= 0.93
    assert lab["DOC"]["exact"]["f1"] >= 0.95
    assert res["micro"]["exact"]["f1"] >= 0.96
    assert res["micro"]["overlap"]["f1"] >= 0.96
    assert lab["DIRECTIVE"]["exact"]["f1"] >= 0.95
    assert res["relations"]["HOLDS_TITLE"]["f1"] >= 0.95
    assert res["relations"]["ISSUED_BY"]["f1"] >= 0.95
    assert res["issued_by"]["accuracy"] >= 0.95
