"""Scores of rules alone, model alone and both on held-out documents, and the learning curve.

Scores are exact-match precision, recall and F1 per label (civannot.evaluation.evaluate), over
the labels each document has annotated: on a partially annotated document, predictions of the
other labels are not counted as wrong.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from typing import Any

from civannot.evaluation import evaluate
from civannot.learn.data import GoldDoc
from civannot.learn.features import ENTITY_LABELS
from civannot.records import Span

Prediction = tuple[list[Span], list[tuple[str, int, int]]]


def split_documents(
    n: int, test_fraction: float = 0.2, seed: int = 0
) -> tuple[list[int], list[int]]:
    """(train, test) indices: a seeded shuffle, at least one document on each side (n >= 2)."""
    if n < 2:
        return list(range(n)), []
    idx = list(range(n))
    random.Random(seed).shuffle(idx)
    k = min(n - 1, max(1, round(n * test_fraction)))
    return sorted(idx[k:]), sorted(idx[:k])


def _restrict(
    spans: Sequence[Span], rels: Sequence[Any], labels: frozenset[str] | None
) -> Prediction:
    if labels is None:
        return list(spans), [tuple(r[:3]) for r in rels]
    keep = [i for i, s in enumerate(spans) if s.label in labels]
    new = {old: k for k, old in enumerate(keep)}
    return (
        [spans[i] for i in keep],
        [
            (r[0], new[r[1]], new[r[2]])
            for r in rels
            if r[1] in new and r[2] in new and r[0] in labels
        ],
    )


def score(docs: Sequence[GoldDoc], preds: Sequence[Prediction]) -> dict[str, Any]:
    """{"labels": {L: {precision, recall, f1, gold, pred}}, "micro": {...}, "relations":
    {type: {...}}} of `preds` (parallel to docs); undefined ratios are None."""
    gold: dict[Hashable, tuple[Sequence[Span], Sequence[Any]]] = {}
    pred: dict[Hashable, tuple[Sequence[Span], Sequence[Any]]] = {}
    for n, (d, (spans, rels)) in enumerate(zip(docs, preds, strict=True)):
        gold[n] = _restrict(d.spans, d.relations, d.labels)
        pred[n] = _restrict(spans, rels, d.labels)
    res = evaluate(gold, pred, entity_labels=ENTITY_LABELS)
    labels = {}
    for lab, v in res["labels"].items():
        e = v["exact"]
        labels[lab] = {
            "gold": v["gold"],
            "pred": v["pred"],
            "precision": e["precision"],
            "recall": e["recall"],
            "f1": e["f1"],
        }
    m = res["micro"]["exact"]
    tg = sum(v["gold"] for k, v in labels.items() if k in ENTITY_LABELS)
    tp_ = sum(v["pred"] for k, v in labels.items() if k in ENTITY_LABELS)
    return {
        "labels": labels,
        "micro": {
            "gold": tg,
            "pred": tp_,
            "precision": m["precision"],
            "recall": m["recall"],
            "f1": m["f1"],
        },  # fmt: skip
        "relations": {
            k: {f: v[f] for f in ("gold", "pred", "precision", "recall", "f1")}
            for k, v in res["relations"].items()
        },
    }


def f1_of(scores: dict[str, Any], label: str) -> float | None:
    if label == "micro":
        return scores["micro"]["f1"]
    if label in scores["relations"]:
        return scores["relations"][label]["f1"]
    v = scores["labels"].get(label)
    return v["f1"] if v else None


def choose_model_labels(rules: dict[str, Any], model: dict[str, Any]) -> list[str]:
    """The entity labels where the model's F1 is above the rules' on a check split. A tie stays
    with the rules (it is no evidence, and the rules were often tuned on the very genre), and so
    does a label the check split does not have: nothing says the model knows it."""
    out = []
    for lab in ENTITY_LABELS:
        r, m = f1_of(rules, lab), f1_of(model, lab)
        if m is not None and (r is None or m > r) and rules["labels"].get(lab, {}).get("gold"):
            out.append(lab)
    return out


def curve_sizes(n_train: int, points: int = 5) -> list[int]:
    """Training sizes of the learning curve: doubling up to all of the training documents."""
    if n_train <= 0:
        return []
    sizes = {n_train}
    s = n_train
    while len(sizes) < points and s > 1:
        s = max(1, s // 2)
        sizes.add(s)
    return sorted(sizes)


def compare_table(ev: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows label, rules F1, rules + learned corrections F1 ("corrected": None for an
    evaluation stored before them), model F1, both F1 (entity labels, micro, relations) for
    display."""
    rows = []
    names = [*ENTITY_LABELS, "micro", *sorted(ev["rules"]["relations"])]
    for lab in names:
        r, m, b = (f1_of(ev[k], lab) for k in ("rules", "model", "both"))
        c = f1_of(ev["corrected"], lab) if ev.get("corrected") else None
        if r is None and m is None and b is None:
            continue
        gold = (
            ev["rules"]["micro"]["gold"]
            if lab == "micro"
            else (ev["rules"]["relations"].get(lab) or ev["rules"]["labels"].get(lab) or {}).get(
                "gold", 0
            )
        )
        rows.append({"label": lab, "gold": gold, "rules": r, "corrected": c, "model": m, "both": b})
    return rows


def format_f1(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"
