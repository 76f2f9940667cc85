"""The engine against the development gold on the fictional sample corpus (tests/gold/dev_samples_gold.jsonl).

DEVELOPMENT set (regression floor): it was held out once, but the rules were tuned on it
afterwards, so its figures say nothing about unseen text; the held-out figures come from
bench/eval_heldout.py on tests/data/heldout16/.

The samples (resources/samples/) were written independently of the engine's rules, in other
invented cities, so this is the honest measure of how the rules generalise; the seeds' gold
(tests/gold/dev_seeds_gold.jsonl) is the development set. The gold was annotated by GUIDELINES.md
from the clean text before the engine was run on these files.

Offsets are RAW offsets into the sample files, mapped to the clean text through the normaliser's
offset map. Where the normaliser rebuilt several clean characters from one damaged raw run (a
GBK lead-byte repair), a span boundary can fall inside that run; such a span carries
`trim: [head, tail]`, the clean characters to drop at each end of the mapped range.
"""

from __future__ import annotations

from pathlib import Path

from civannot.text import normalize
from tests.gold_support import ENTITY_LABELS, assert_simplified, load_gold, records, scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "dev_samples_gold.jsonl"
SAMPLES = ROOT / "resources" / "samples"


def sample_scores() -> dict:
    return scores(load_gold(GOLD, SAMPLES))


def _check_simplified() -> None:
    assert_simplified(
        normalize((SAMPLES / "001_lanchuan-leading-group.txt").read_text("utf-8")).text
    )


def test_gold_file_shape():
    recs = records(GOLD)
    assert len(recs) >= 6
    for rec in recs:
        assert set(rec) == {"file", "sha256", "region", "spans", "relations"}
        assert (SAMPLES / rec["file"]).is_file()
        ids = {s["id"] for s in rec["spans"]}
        for s in rec["spans"]:
            assert set(s) <= {"id", "label", "raw_start", "raw_end", "trim"}
            assert s["raw_start"] < s["raw_end"]
            assert s["label"] in (*ENTITY_LABELS, "DIRECTIVE")
        for r in rec["relations"]:
            assert r["type"] in ("HOLDS_TITLE", "ISSUED_BY")
            assert r["head"] in ids and r["tail"] in ids


def test_gold_spans_follow_the_guideline_marks():
    """No gold span keeps an enclosing mark or a final stop (GUIDELINES.md)."""
    _check_simplified()
    for name, doc in load_gold(GOLD, SAMPLES).items():
        text = doc.text
        for s in doc.spans:
            assert s.text == text[s.start : s.end]
            assert s.text[0] not in "“《（、" and s.text[-1] not in "”》）、。；！", (name, s.text)
            if s.label != "DIRECTIVE":
                assert "\n" not in s.text and len(s.text) <= 40, (name, s.text)


def test_sample_scores():
    _check_simplified()
    res = sample_scores()
    lab = res["labels"]
    # floors a little under the measured figures (report of the issue 5 follow-up: all 1.00
    # except ORG 0.99, GPE 0.98 and micro 0.996 exact); before the genre fixes the engine had
    # micro 0.84, GPE 0.42, LOC 0.00, SLOGAN 0.77, DIRECTIVE 0.95, HOLDS_TITLE 0.91
    assert lab["PERSON"]["exact"]["f1"] >= 0.95
    assert lab["TITLE"]["exact"]["f1"] >= 0.95
    assert lab["ORG"]["exact"]["f1"] >= 0.93
    assert lab["GPE"]["exact"]["f1"] >= 0.90
    assert lab["LOC"]["exact"]["f1"] >= 0.85
    assert lab["SLOGAN"]["exact"]["f1"] >= 0.90
    assert lab["DATE"]["exact"]["f1"] >= 0.93
    assert res["micro"]["exact"]["f1"] >= 0.94
    assert res["micro"]["overlap"]["f1"] >= 0.95
    assert lab["DIRECTIVE"]["exact"]["f1"] >= 0.93
    assert lab["DIRECTIVE"]["overlap"]["f1"] >= 0.95
    assert res["relations"]["HOLDS_TITLE"]["f1"] >= 0.95
    assert res["issued_by"]["accuracy"] >= 0.95
