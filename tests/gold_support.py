"""Loading the pre-annotation gold files (tests/gold/*.jsonl; the format is civannot.gold_records)
and scoring the engine on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from civannot.evaluation import evaluate
from civannot.gold_records import ArticleGold, GoldRecordError, article_gold, read_records
from civannot.preannotate import suggest
from civannot.records import Span

ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")


# an article's gold as the tests read it (civannot.gold_records holds the format)
GoldDoc = ArticleGold


def records(gold_file: Path) -> list[dict[str, Any]]:
    return read_records(gold_file)


def load_gold(gold_file: Path, base: Path) -> dict[str, GoldDoc]:
    """{file: GoldDoc}; `base` is the folder the records' file names are relative to."""
    out = {}
    for rec in records(gold_file):
        raw = (base / rec["file"]).read_text(encoding="utf-8")
        try:
            out[rec["file"]] = article_gold(rec, raw)
        except GoldRecordError as e:
            pytest.fail(str(e))
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
