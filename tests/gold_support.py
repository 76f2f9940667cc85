"""Loading the pre-annotation gold files (tests/gold/*.jsonl) and scoring the engine on them.

A gold record names its article (`file`, checked by `sha256`) and its spans either by RAW offsets
into that file, mapped to the clean text through the normaliser's offset map (`offsets` absent or
"raw"), or by clean offsets ("clean"). Where the normaliser rebuilt several clean characters from
one damaged raw run (a GBK repair), a boundary can fall inside the run; such a span carries
`trim: [head, tail]`, the clean characters to drop at each end. A span whose raw text the
normaliser dropped (boilerplate) is left out, with its relations.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from civannot.evaluation import evaluate
from civannot.preannotate import suggest
from civannot.records import Span
from civannot.text import normalize

ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")


@dataclass
class GoldDoc:
    text: str  # clean
    region: tuple[int, int]  # the clean range that was annotated
    spans: list[Span]
    relations: list[tuple[str, int, int]]


def records(gold_file: Path) -> list[dict[str, Any]]:
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def clean_range(starts: list[int], rs: int, re_: int) -> tuple[int, int] | None:
    """Clean characters whose raw origin starts inside [rs, re_)."""
    i = bisect.bisect_left(starts, rs)
    j = bisect.bisect_left(starts, re_)
    return (i, j) if j > i else None


def load_gold(gold_file: Path, base: Path) -> dict[str, GoldDoc]:
    """{file: GoldDoc}; `base` is the folder the records' file names are relative to."""
    out = {}
    for rec in records(gold_file):
        raw = (base / rec["file"]).read_text(encoding="utf-8")
        if hashlib.sha256(raw.encode("utf-8")).hexdigest() != rec["sha256"]:
            pytest.fail(f"{rec['file']} changed since the gold was made (sha256 differs)")
        norm = normalize(raw)
        clean_offsets = rec.get("offsets") == "clean"
        starts = [a for a, _ in norm.offset_map.per_char()]
        if clean_offsets:
            region = tuple(rec.get("region") or (0, len(norm.text)))
        else:
            region = clean_range(starts, *rec["region"]) or (0, len(norm.text))
        spans, index = [], {}
        for s in rec["spans"]:
            if clean_offsets:
                a, b = s["start"], s["end"]
            else:
                m = clean_range(starts, s["raw_start"], s["raw_end"])
                if m is None:
                    continue
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
        out[rec["file"]] = GoldDoc(norm.text, region, spans, rels)
    return out


def predict(doc: GoldDoc, *, within_region: bool = True) -> tuple[list[Span], list]:
    sug = suggest(doc.text)
    if not within_region:
        return sug.spans, sug.relations
    lo, hi = doc.region
    keep = [i for i, s in enumerate(sug.spans) if lo <= s.start and s.end <= hi]
    new = {old: k for k, old in enumerate(keep)}
    rels = [(t, new[h], new[tl]) for t, h, tl in sug.relations if h in new and tl in new]
    return [sug.spans[i] for i in keep], rels


def scores(gold: dict[str, GoldDoc], *, within_region: bool = True) -> dict:
    g = {name: (d.spans, d.relations) for name, d in gold.items()}
    p = {name: predict(d, within_region=within_region) for name, d in gold.items()}
    return evaluate(g, p, entity_labels=ENTITY_LABELS)


def assert_simplified(text: str) -> None:
    """The engine reads clean simplified text: a regression of the normaliser fails here."""
    assert "(chuàng)" not in text and "銅仁" not in text and "瀾川" not in text


RELATION_TYPES = ("HOLDS_TITLE", "ISSUED_BY")


def annotated_labels(gold_file: Path) -> list[str]:
    """The labels a partially annotated gold file covers (its records' "labels")."""
    labels = {tuple(rec["labels"]) for rec in records(gold_file)}
    assert len(labels) == 1
    return list(labels.pop())


def scores_on_annotated_labels(gold_file: Path, base: Path) -> dict:
    """Scores over the annotated labels only: predictions of other labels are dropped."""
    kinds = [lab for lab in annotated_labels(gold_file) if lab not in RELATION_TYPES]
    gold, pred = {}, {}
    for name, doc in load_gold(gold_file, base).items():
        spans, rels = predict(doc, within_region=False)
        keep = [i for i, s in enumerate(spans) if s.label in kinds]
        new = {old: k for k, old in enumerate(keep)}
        pred[name] = (
            [spans[i] for i in keep],
            [(t, new[h], new[tl]) for t, h, tl in rels if h in new and tl in new],
        )
        gold[name] = (doc.spans, doc.relations)
    return evaluate(gold, pred, entity_labels=[k for k in kinds if k != "DIRECTIVE"])
