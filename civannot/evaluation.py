"""Precision, recall and F1 of one layer against another: per label, exact and overlap, and
for relations. Pure functions over plain values.

Input: {doc: (spans, relations)} for gold and for prediction. Relations are `Relation` objects
or (type, head, tail) tuples; head and tail are span ids when the spans carry ids (as a project
returns them) and indices into the document's span list otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from civannot.records import Relation, Span

DIRECTIVE_LABELS = ("DIRECTIVE",)
Layer = Mapping[Any, tuple[Sequence[Span], Sequence[Any]]]  # by document key


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    if n_gold == 0 and n_pred == 0:
        f1 = None
    else:
        f1 = 2 * tp / (n_gold + n_pred)
    return {"tp": tp, "precision": p, "recall": r, "f1": f1}


def _matching(gold: list[Span], pred: list[Span]) -> list[tuple[int, int]]:
    """One-to-one matching of spans that share at least one character (maximum cardinality)."""
    adj = [[j for j, p in enumerate(pred) if g.start < p.end and p.start < g.end] for g in gold]
    # try closer candidates first so that the matching prefers the best-aligned partner
    for i, g in enumerate(gold):
        adj[i].sort(key=lambda j: abs(pred[j].start - g.start) + abs(pred[j].end - g.end))
    match_pred: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_pred or augment(match_pred[j], seen):
                match_pred[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in match_pred.items())


def _rel_triples(spans: Sequence[Span], rels: Iterable[Any]) -> list[tuple[str, Span, Span]]:
    by_id = {s.id: s for s in spans if s.id is not None}
    out = []
    for rel in rels:
        if isinstance(rel, Relation):
            rtype, h, t = rel.type, rel.head, rel.tail
        else:
            rtype, h, t = rel[0], rel[1], rel[2]
        if by_id:
            hs, ts = by_id.get(h), by_id.get(t)
        else:
            hs = spans[h] if 0 <= h < len(spans) else None
            ts = spans[t] if 0 <= t < len(spans) else None
        if hs is None or ts is None:
            raise ValueError(f"relation {rtype} names a span that is not in its document")
        out.append((rtype, hs, ts))
    return out


def _key(s: Span) -> tuple[int, int, str]:
    return (s.start, s.end, s.label)


def evaluate(
    gold: Layer, pred: Layer, *, entity_labels: Iterable[str] | None = None
) -> dict[str, Any]:
    """Scores of `pred` against `gold` over the documents of `gold`.

    Returns {"documents", "labels": {L: {"gold", "pred", "exact", "overlap"}}, "micro":
    {"exact", "overlap", "labels"}, "relations": {type: {"gold", "pred", "tp", "precision",
    "recall", "f1"}, ...}, "issued_by": {"directives", "correct", "accuracy", "same_name",
    "accuracy_same_name"}}. Undefined ratios are None.
    """
    docs = list(gold)
    labels: set[str] = set()
    counts: dict[str, dict[str, int]] = {}
    rel_counts: dict[str, dict[str, int]] = {}
    issued = {"directives": 0, "correct": 0, "same_name": 0}

    def bump(d: dict, key: str, field: str, n: int = 1) -> None:
        d.setdefault(key, {"gold": 0, "pred": 0, "exact": 0, "overlap": 0, "tp": 0})[field] += n

    for doc in docs:
        g_spans, g_rels = gold[doc]
        p_spans, p_rels = pred.get(doc, ((), ()))
        g_spans, p_spans = list(g_spans), list(p_spans)
        for lab in {s.label for s in g_spans} | {s.label for s in p_spans}:
            labels.add(lab)
            gl = [s for s in g_spans if s.label == lab]
            pl = [s for s in p_spans if s.label == lab]
            bump(counts, lab, "gold", len(gl))
            bump(counts, lab, "pred", len(pl))
            bump(counts, lab, "exact", len({_key(s) for s in gl} & {_key(s) for s in pl}))
            bump(counts, lab, "overlap", len(_matching(gl, pl)))
        g_tr = _rel_triples(g_spans, g_rels)
        p_tr = _rel_triples(p_spans, p_rels)
        gset = {(t, _key(h), _key(tl)) for t, h, tl in g_tr}
        pset = {(t, _key(h), _key(tl)) for t, h, tl in p_tr}
        for rtype in {t for t, _, _ in gset} | {t for t, _, _ in pset}:
            gs = {x for x in gset if x[0] == rtype}
            ps = {x for x in pset if x[0] == rtype}
            bump(rel_counts, rtype, "gold", len(gs))
            bump(rel_counts, rtype, "pred", len(ps))
            bump(rel_counts, rtype, "tp", len(gs & ps))
        # ISSUED_BY: does the matched predicted directive point at the right person span?
        g_dir = [s for s in g_spans if s.label in DIRECTIVE_LABELS]
        p_dir = [s for s in p_spans if s.label in DIRECTIVE_LABELS]
        g_tail = {_key(h): tl for t, h, tl in g_tr if t == "ISSUED_BY"}
        p_tail = {_key(h): tl for t, h, tl in p_tr if t == "ISSUED_BY"}
        matched = dict(_matching(g_dir, p_dir))
        for i, gd in enumerate(g_dir):
            if _key(gd) not in g_tail:
                continue
            issued["directives"] += 1
            want = g_tail[_key(gd)]
            j = matched.get(i)
            got = p_tail.get(_key(p_dir[j])) if j is not None else None
            if got is not None and (got.start, got.end) == (want.start, want.end):
                issued["correct"] += 1
            if got is not None and got.text and got.text == want.text:
                issued["same_name"] += 1

    ent = set(entity_labels) if entity_labels is not None else labels - set(DIRECTIVE_LABELS)
    out_labels = {}
    for lab in sorted(labels):
        c = counts[lab]
        out_labels[lab] = {
            "gold": c["gold"],
            "pred": c["pred"],
            "exact": _prf(c["exact"], c["gold"], c["pred"]),
            "overlap": _prf(c["overlap"], c["gold"], c["pred"]),
        }
    tg = sum(counts[lab]["gold"] for lab in ent if lab in counts)
    tp_ = sum(counts[lab]["pred"] for lab in ent if lab in counts)
    micro = {
        "labels": sorted(ent),
        "exact": _prf(sum(counts[lab]["exact"] for lab in ent if lab in counts), tg, tp_),
        "overlap": _prf(sum(counts[lab]["overlap"] for lab in ent if lab in counts), tg, tp_),
    }
    rels = {}
    for rtype in sorted(rel_counts):
        c = rel_counts[rtype]
        rels[rtype] = {"gold": c["gold"], "pred": c["pred"], **_prf(c["tp"], c["gold"], c["pred"])}
    n = issued["directives"]
    return {
        "documents": len(docs),
        "labels": out_labels,
        "micro": micro,
        "relations": rels,
        "issued_by": {
            "directives": n,
            "correct": issued["correct"],
            "accuracy": issued["correct"] / n if n else None,
            "same_name": issued["same_name"],
            "accuracy_same_name": issued["same_name"] / n if n else None,
        },
    }
