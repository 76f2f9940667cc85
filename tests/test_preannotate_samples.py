"""The engine against a held-out gold on the fictional sample corpus (tests/gold/samples_gold.jsonl).

The samples (resources/samples/) were written independently of the engine's rules, in other
invented cities, so this is the honest measure of how the rules generalise; the seeds' gold
(tests/gold/seeds_gold.jsonl) is the development set. The gold was annotated by GUIDELINES.md
from the clean text before the engine was run on these files.

Offsets are RAW offsets into the sample files, mapped to the clean text through the normaliser's
offset map. Where the normaliser rebuilt several clean characters from one damaged raw run (a
GBK lead-byte repair), a span boundary can fall inside that run; such a span carries
`trim: [head, tail]`, the clean characters to drop at each end of the mapped range.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from civannot.evaluation import evaluate
from civannot.preannotate import suggest
from civannot.records import Span
from civannot.text import normalize

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold" / "samples_gold.jsonl"
SAMPLES = ROOT / "resources" / "samples"
ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def _clean_range(starts: list[int], rs: int, re_: int) -> tuple[int, int] | None:
    """Clean characters whose raw origin starts inside [rs, re_)."""
    i = bisect.bisect_left(starts, rs)
    j = bisect.bisect_left(starts, re_)
    return (i, j) if j > i else None


def load_gold() -> dict[str, tuple[str, tuple[int, int], list[Span], list]]:
    """{file: (clean text, clean region, gold spans, gold relations as index triples)}."""
    out = {}
    for rec in _records():
        raw = (SAMPLES / rec["file"]).read_text(encoding="utf-8")
        if hashlib.sha256(raw.encode("utf-8")).hexdigest() != rec["sha256"]:
            pytest.fail(f"{rec['file']} changed since the gold was made (sha256 differs)")
        norm = normalize(raw)
        starts = [a for a, _ in norm.offset_map.per_char()]
        region = _clean_range(starts, *rec["region"]) or (0, len(norm.text))
        spans, index = [], {}
        for s in rec["spans"]:
            m = _clean_range(starts, s["raw_start"], s["raw_end"])
            if m is None:
                continue  # the normaliser dropped it (boilerplate)
            head, tail = s.get("trim", (0, 0))
            a, b = m[0] + head, m[1] - tail
            if b <= a:
                continue
            index[s["id"]] = len(spans)
            spans.append(Span(a, b, s["label"], norm.text[a:b]))
        rels = [
            (r["type"], index[r["head"]], index[r["tail"]])
            for r in rec["relations"]
            if r["head"] in index and r["tail"] in index
        ]
        out[rec["file"]] = (norm.text, region, spans, rels)
    return out


def predict(text: str, region: tuple[int, int]) -> tuple[list[Span], list]:
    sug = suggest(text)
    keep = [i for i, s in enumerate(sug.spans) if region[0] <= s.start and s.end <= region[1]]
    new = {old: k for k, old in enumerate(keep)}
    rels = [(t, new[h], new[tl]) for t, h, tl in sug.relations if h in new and tl in new]
    return [sug.spans[i] for i in keep], rels


def sample_scores() -> dict:
    g, p = {}, {}
    for name, (text, region, spans, rels) in load_gold().items():
        g[name] = (spans, rels)
        p[name] = predict(text, region)
    return evaluate(g, p, entity_labels=ENTITY_LABELS)


def _normaliser_simplifies() -> bool:
    probe = normalize((SAMPLES / "001_lanchuan-leading-group.txt").read_text(encoding="utf-8"))
    return "澜川" in probe.text and "瀾川" not in probe.text


def test_gold_file_shape():
    recs = _records()
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
    if not _normaliser_simplifies():
        pytest.skip("the normaliser does not simplify yet")
    for name, (text, _region, spans, _rels) in load_gold().items():
        for s in spans:
            assert s.text == text[s.start : s.end]
            assert s.text[0] not in "“《（、" and s.text[-1] not in "”》）、。；！", (name, s.text)
            if s.label != "DIRECTIVE":
                assert "\n" not in s.text and len(s.text) <= 40, (name, s.text)


def test_sample_scores():
    if not _normaliser_simplifies():
        pytest.skip("the normaliser does not simplify yet; the engine reads clean simplified text")
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
