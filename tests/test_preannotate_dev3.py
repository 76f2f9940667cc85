"""The engine against development gold 3 (tests/gold/dev3_gold.jsonl), written and
annotated by GUIDELINES.md BEFORE the engine was run on it, aimed at speaker attribution.

DEVELOPMENT set (regression floor): it was held out once, but the rules were tuned on it
afterwards, so its figures say nothing about unseen text; the held-out figures come from
bench/eval_heldout.py on tests/data/heldout16/.

Six fictional articles in the style of real local-government news (tests/data/dev3/*.txt,
clean simplified text, clean offsets): a city meeting with speakers in turn, 会议强调 (no edge) and
a paragraph-initial 他 after a paragraph naming two people; an inspection whose speaker is named
only in the headline; a 批示 / 指示 and quoted speech (“…。”某某说， / 某某说：“…要…。”); a county
人大 inspection (县人大常委会党组书记、主任, 镇党委副书记、镇长) with attribution carried over
paragraphs; a 督导 feedback (市委副秘书长, 区委书记 A、区长 B, 她要求); a district mobilisation
(区委书记、区长, a name inside a requirement, 会议要求 carried into the next paragraph).
Only PERSON, TITLE, DIRECTIVE, HOLDS_TITLE and ISSUED_BY were annotated (the records' "labels");
other labels are not scored. Annotation source: tests/data/dev3/markup/ (`[text|LABEL#group$k]`,
`{directive}^k`); rebuild with `python tests/gold_markup.py dev3 --write-txt`.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold_support import annotated_labels, load_gold, records, scores_on_annotated_labels

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "dev3_gold.jsonl"


def test_gold_file_shape():
    recs = records(GOLD)
    assert len(recs) == 6
    labels = annotated_labels(GOLD)
    for rec in recs:
        assert set(rec) == {"file", "sha256", "offsets", "region", "spans", "relations", "labels"}
        assert rec["offsets"] == "clean"
        ids = {s["id"] for s in rec["spans"]}
        assert all(s["label"] in labels for s in rec["spans"])
        for r in rec["relations"]:
            assert r["type"] in labels
            assert r["head"] in ids and r["tail"] in ids


def test_gold_spans_follow_the_guideline():
    for name, doc in load_gold(GOLD, ROOT).items():
        spans, rels = doc.spans, doc.relations
        ents = sorted((s for s in spans if s.label != "DIRECTIVE"), key=lambda s: s.start)
        for a, b in zip(ents, ents[1:], strict=False):
            assert a.end <= b.start, (name, a.text, b.text)
        for s in spans:
            assert s.text[0] not in "“《（、，", (name, s.text)
            assert s.text[-1] not in "、。；！，", (name, s.text)
            if s.label != "DIRECTIVE":
                assert s.text[-1] not in "”》）" and "\n" not in s.text, (name, s.text)
        for t, h, tl in rels:
            want = ("PERSON", "TITLE") if t == "HOLDS_TITLE" else ("DIRECTIVE", "PERSON")
            assert (spans[h].label, spans[tl].label) == want


def dev3_scores() -> dict:
    return scores_on_annotated_labels(GOLD, ROOT)


def test_dev3_scores():
    res = dev3_scores()
    lab = res["labels"]
    # Floors a little under the figures measured after this round's fixes: PERSON, TITLE,
    # DIRECTIVE exact F1 1.00; HOLDS_TITLE 1.00; ISSUED_BY F1 1.00, accuracy 1.00 (29/29).
    # BEFORE the fixes, on the same gold (the engine had never seen these texts): PERSON 0.987,
    # TITLE 0.952, DIRECTIVE 0.957, HOLDS_TITLE 0.958, ISSUED_BY F1 0.800, accuracy 0.72 (21/29:
    # 作出批示： / 作出指示， frames, 某某说：“…” and “…。”某某说， quoted speech, a headline-only
    # speaker whose surname 洪 was missing, a 的-subject left out of a directive; TITLE missed
    # 县人大常委会党组书记、主任).
    assert lab["PERSON"]["exact"]["f1"] >= 0.97
    assert lab["TITLE"]["exact"]["f1"] >= 0.97
    assert lab["DIRECTIVE"]["exact"]["f1"] >= 0.95
    assert res["relations"]["HOLDS_TITLE"]["f1"] >= 0.95
    assert res["relations"]["ISSUED_BY"]["f1"] >= 0.95
    assert res["issued_by"]["directives"] == 29
    assert res["issued_by"]["accuracy"] >= 0.95
