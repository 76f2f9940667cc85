"""Which labels annotators confuse: a matrix over overlapping spans of two annotators.

For every pair of annotators and every document both completed, each pair of overlapping spans
(one from each annotator, same class: entities with entities, a directive label with itself) is
one observation of (label of one, label of the other); a span that overlaps nothing in the other
annotator's layer is an observation of (label, NONE). The matrix is symmetric: an observation of
two different labels X, Y is counted in both cells (X, Y) and (Y, X); same-label observations
sit once on the diagonal.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from civannot.agreement.report import spans_of

NONE = "NONE"
Doc = Any  # a document key: the project's int id, or any hashable value in pure uses


@dataclass
class Confusion:
    labels: list[str]  # row and column order; NONE last
    counts: list[list[int]]
    annotators: list[str]
    documents: int
    examples: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, x: str, y: str) -> int:
        return self.counts[self.labels.index(x)][self.labels.index(y)]

    def confusions(self) -> list[tuple[str, str, int]]:
        """Off-diagonal cells (each unordered pair once), most frequent first."""
        out = []
        for i, x in enumerate(self.labels):
            for j in range(i + 1, len(self.labels)):
                if self.counts[i][j]:
                    out.append((x, self.labels[j], self.counts[i][j]))
        return sorted(out, key=lambda t: (-t[2], t[0], t[1]))

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "counts": [list(row) for row in self.counts],
            "annotators": list(self.annotators),
            "documents": self.documents,
            "confusions": [{"a": x, "b": y, "count": n} for x, y, n in self.confusions()],
            "examples": [
                {"a": x, "b": y, "items": items} for (x, y), items in sorted(self.examples.items())
            ],
        }


def _overlapping(a: list[tuple[int, int, str, str]], b: list[tuple[int, int, str, str]]):
    """Pairs (i, j) of overlapping spans; both lists sorted by start."""
    starts = [s[0] for s in b]
    longest = max((s[1] - s[0] for s in b), default=0)
    for i, (s, e, _l, _t) in enumerate(a):
        k = bisect_left(starts, e)
        j = k - 1
        while j >= 0 and starts[j] > s - longest:
            if b[j][1] > s:
                yield i, j
            j -= 1


def confusion_matrix(
    layers: Mapping[str, Mapping[Doc, Any]],
    completed: Mapping[str, Iterable[Doc]],
    labels: Sequence[str] | None = None,
    directive_labels: Sequence[str] = ("DIRECTIVE",),
    *,
    annotators: Sequence[str] | None = None,
    max_examples: int = 20,
) -> Confusion:
    """Label confusion over overlapping spans, summed over every pair of annotators."""
    if annotators is None:
        annotators = list(dict.fromkeys([*layers, *completed]))
    wanted = set(labels) if labels is not None else None
    directive = list(directive_labels)
    done = {name: set(completed.get(name, ())) for name in annotators}
    found: set[str] = set()
    cells: dict[tuple[str, str], int] = {}
    examples: dict[tuple[str, str], list[dict[str, Any]]] = {}
    docs_seen: set[Doc] = set()
    label_order = list(labels) if labels is not None else None

    def by_class(value: Any) -> dict[int, list[tuple[int, int, str, str]]]:
        groups: dict[int, list[tuple[int, int, str, str]]] = {}
        for s in dict.fromkeys(
            (s.start, s.end, s.label, s.text)
            for s in (spans_of(value) if value is not None else [])
        ):
            if wanted is not None and s[2] not in wanted:
                continue
            cls = directive.index(s[2]) + 1 if s[2] in directive else 0
            groups.setdefault(cls, []).append(s)
        for g in groups.values():
            g.sort()
        return groups

    def add(x: str, y: str, doc: Doc, a: str, b: str, sa: Any, sb: Any) -> None:
        if x == y:
            cells[(x, x)] = cells.get((x, x), 0) + 1
            return
        cells[(x, y)] = cells.get((x, y), 0) + 1
        cells[(y, x)] = cells.get((y, x), 0) + 1
        key = (x, y) if (x, y) <= (y, x) else (y, x)
        bucket = examples.setdefault(key, [])
        if len(bucket) < max_examples:
            bucket.append(
                {
                    "doc": doc,
                    "a": a,
                    "b": b,
                    "a_span": None if sa is None else list(sa[:3]) + [sa[3]],
                    "b_span": None if sb is None else list(sb[:3]) + [sb[3]],
                }
            )

    for a, b in combinations(annotators, 2):
        shared = done[a] & done[b]
        la, lb = layers.get(a, {}), layers.get(b, {})
        for d in shared:
            docs_seen.add(d)
            ga, gb = by_class(la.get(d)), by_class(lb.get(d))
            for cls in set(ga) | set(gb):
                xa, xb = ga.get(cls, []), gb.get(cls, [])
                found.update(s[2] for s in xa)
                found.update(s[2] for s in xb)
                hit_a: set[int] = set()
                hit_b: set[int] = set()
                for i, j in _overlapping(xa, xb):
                    hit_a.add(i)
                    hit_b.add(j)
                    add(xa[i][2], xb[j][2], d, a, b, xa[i], xb[j])
                for i, s in enumerate(xa):
                    if i not in hit_a:
                        add(s[2], NONE, d, a, b, s, None)
                for j, s in enumerate(xb):
                    if j not in hit_b:
                        add(NONE, s[2], d, a, b, None, s)
    order = label_order if label_order is not None else sorted(found)
    order = [x for x in order if x != NONE] + [NONE]
    counts = [[cells.get((x, y), 0) for y in order] for x in order]
    return Confusion(order, counts, list(annotators), len(docs_seen), examples)
