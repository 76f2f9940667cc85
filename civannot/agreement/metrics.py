"""Agreement measures (DESIGN.md §6) as small pure functions.

Units are characters of the clean text. Each character takes the entity label of the span covering
it, or "O"; directive labels (DIRECTIVE) form a binary layer of their own, since a directive may
contain entities. The coefficients are computed from confusion / coincidence matrices so that the
report can build those matrices once, vectorised, and derive every figure from them.

Every coefficient returns `(value, reason)`: a float and None, or None and a one-line reason when
the value is undefined (no items, or one category only). Undefined is never reported as 0 or 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np

O_LABEL = "O"
NO_ITEMS = "no items: no characters in documents completed by the annotators compared"
ONE_CATEGORY = "one category only: chance agreement is 1"
NO_SPANS = "no spans"

Value = tuple[float | None, str | None]


class SpanLike(Protocol):
    start: int
    end: int
    label: str


# ---- per-character label sequences ------------------------------------------------------------


def resolve_overlaps(intervals: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Make entity intervals of one layer disjoint.

    A layer should never have overlapping entity spans; when one does anyway, the span starting
    first (the longer one on a tie) keeps the shared characters and the later one keeps the rest.
    The vectorised report applies the same rule, so both agree on damaged layers too.
    """
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for start, end, label in sorted(intervals, key=lambda t: (t[0], -t[1], t[2])):
        start = max(start, last_end)
        if start < end:
            out.append((start, end, label))
            last_end = end
    return out


def _check_span(s: SpanLike, length: int) -> None:
    if not (0 <= s.start < s.end <= length):
        raise ValueError(
            f"span {s.start}-{s.end} {s.label} lies outside the text ({length} characters)"
        )


def label_sequence(
    length: int,
    spans: Iterable[SpanLike],
    labels: Iterable[str] | None = None,
    directive_labels: Iterable[str] = ("DIRECTIVE",),
) -> list[str]:
    """The entity label of every character ("O" outside entity spans).

    Directive spans are left out (see `directive_sequence`); with `labels`, spans of other
    labels are left out too, so their characters read "O".
    """
    wanted = set(labels) if labels is not None else None
    directive = set(directive_labels)
    seq = [O_LABEL] * length
    chosen = []
    for s in spans:
        _check_span(s, length)
        if s.label in directive or (wanted is not None and s.label not in wanted):
            continue
        chosen.append((s.start, s.end, s.label))
    for start, end, label in resolve_overlaps(chosen):
        seq[start:end] = [label] * (end - start)
    return seq


def directive_sequence(
    length: int, spans: Iterable[SpanLike], label: str = "DIRECTIVE"
) -> list[bool]:
    """For every character: is it inside a span of this directive label."""
    seq = [False] * length
    for s in spans:
        _check_span(s, length)
        if s.label == label:
            seq[s.start : s.end] = [True] * (s.end - s.start)
    return seq


# ---- coefficients from matrices ---------------------------------------------------------------


def _ratio(num: float, den: float) -> float:
    return float(num) / float(den)


def cohen_kappa(confusion: np.ndarray) -> Value:
    """Cohen's κ from a square confusion matrix (rows: annotator a, columns: annotator b)."""
    c = np.asarray(confusion, dtype=np.float64)
    n = c.sum()
    if n <= 0:
        return None, NO_ITEMS
    po = np.trace(c) / n
    pe = float(c.sum(axis=1) @ c.sum(axis=0)) / (n * n)
    if pe >= 1.0:
        return None, ONE_CATEGORY
    return _ratio(po - pe, 1.0 - pe), None


def binary_confusion(confusion: np.ndarray, index: int) -> np.ndarray:
    """Collapse a multi-class confusion matrix to `index` vs every other category."""
    c = np.asarray(confusion, dtype=np.float64)
    n11 = c[index, index]
    n10 = c[index, :].sum() - n11
    n01 = c[:, index].sum() - n11
    n00 = c.sum() - n11 - n10 - n01
    return np.array([[n00, n01], [n10, n11]])


def fleiss_kappa(pair_confusions: Sequence[np.ndarray], marginals: Sequence[np.ndarray]) -> Value:
    """Fleiss' κ for m raters who all rated the same N items.

    `pair_confusions` holds the confusion matrix of every unordered pair of raters over those
    items, `marginals` each rater's category counts. Σ_j n_ij² over an item equals m plus twice
    the number of agreeing pairs, so P̄ needs only the pairs' diagonals.
    """
    m = len(marginals)
    if m < 2:
        return None, "fewer than two annotators"
    totals = np.sum([np.asarray(x, dtype=np.float64) for x in marginals], axis=0)
    n_items = float(np.asarray(marginals[0]).sum())
    if n_items <= 0:
        return None, "no items: no characters in documents completed by every annotator compared"
    agreeing = sum(float(np.trace(np.asarray(c, dtype=np.float64))) for c in pair_confusions)
    p_bar = 2.0 * agreeing / (m * (m - 1) * n_items)
    p_j = totals / (n_items * m)
    pe = float((p_j * p_j).sum())
    if pe >= 1.0:
        return None, ONE_CATEGORY
    return _ratio(p_bar - pe, 1.0 - pe), None


def krippendorff_alpha_nominal(coincidence: np.ndarray) -> Value:
    """Krippendorff's α (nominal) from a coincidence matrix o_ck (pairable values only)."""
    o = np.asarray(coincidence, dtype=np.float64)
    n = o.sum()
    if n <= 1:
        return None, "no items: no character rated by two annotators"
    n_c = o.sum(axis=1)
    observed = n - np.trace(o)
    expected = n * n - float((n_c * n_c).sum())
    if expected <= 0:
        return None, ONE_CATEGORY
    return 1.0 - (n - 1.0) * observed / expected, None


def coincidence_from_pairs(weighted_confusions: Iterable[tuple[np.ndarray, float]]) -> np.ndarray:
    """o = Σ (C + Cᵀ) / (m_u − 1) over pair confusions, each grouped by its units' rater count."""
    total = None
    for c, raters in weighted_confusions:
        c = np.asarray(c, dtype=np.float64)
        part = (c + c.T) / (raters - 1.0)
        total = part if total is None else total + part
    if total is None:
        return np.zeros((1, 1))
    return total


# ---- span F1 ----------------------------------------------------------------------------------


def f1(matched: int, a_count: int, b_count: int) -> Value:
    """2·matched / (|A|+|B|); undefined when neither side has a span."""
    if a_count + b_count == 0:
        return None, NO_SPANS
    return 2.0 * matched / (a_count + b_count), None


def max_bipartite_matching(adjacency: Sequence[Sequence[int]], n_right: int) -> int:
    """Size of a maximum matching (Hopcroft–Karp); adjacency[i] lists right nodes of left node i."""
    inf = len(adjacency) + n_right + 1
    match_l = [-1] * len(adjacency)
    match_r = [-1] * n_right
    size = 0
    while True:
        # BFS layers from free left nodes
        dist = [inf] * len(adjacency)
        queue = [i for i in range(len(adjacency)) if match_l[i] == -1]
        for i in queue:
            dist[i] = 0
        found = False
        head = 0
        while head < len(queue):
            i = queue[head]
            head += 1
            for j in adjacency[i]:
                k = match_r[j]
                if k == -1:
                    found = True
                elif dist[k] == inf:
                    dist[k] = dist[i] + 1
                    queue.append(k)
        if not found:
            return size

        for root in range(len(adjacency)):
            if match_l[root] == -1 and _augment(root, adjacency, dist, match_l, match_r, inf):
                size += 1


def _augment(
    root: int,
    adjacency: Sequence[Sequence[int]],
    dist: list[int],
    match_l: list[int],
    match_r: list[int],
    inf: int,
) -> bool:
    # iterative DFS along the BFS layers: long chains of overlapping spans would exceed the
    # recursion limit
    stack = [(root, iter(adjacency[root]))]
    chosen: list[int] = []
    while stack:
        i, it = stack[-1]
        pushed = False
        for j in it:
            k = match_r[j]
            if k == -1:
                chosen.append(j)
                for (node, _), right in zip(stack, chosen, strict=True):
                    match_l[node] = right
                    match_r[right] = node
                return True
            if dist[k] == dist[i] + 1:
                chosen.append(j)
                stack.append((k, iter(adjacency[k])))
                pushed = True
                break
        if not pushed:
            dist[i] = inf
            stack.pop()
            if chosen:
                chosen.pop()
    return False


def overlap_matches(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """One-to-one matching of intervals sharing at least one character: maximum size."""
    adjacency = [[j for j, (bs, be) in enumerate(b) if s < be and bs < e] for s, e in a]
    return max_bipartite_matching(adjacency, len(b))


def span_keys(
    spans: Iterable[SpanLike], labels: Iterable[str] | None = None
) -> set[tuple[int, int, str]]:
    wanted = set(labels) if labels is not None else None
    return {(s.start, s.end, s.label) for s in spans if wanted is None or s.label in wanted}


def span_f1(
    a: Iterable[SpanLike], b: Iterable[SpanLike], label: str | None = None
) -> dict[str, float | int | None]:
    """Exact and overlap F1 between two span lists of one document (one label, or all).

    Duplicate spans within a layer count once. Overlap matching pairs spans of the same label.
    """
    ka = span_keys(a, None if label is None else [label])
    kb = span_keys(b, None if label is None else [label])
    exact = len(ka & kb)
    overlap = 0
    for lab in {k[2] for k in ka} & {k[2] for k in kb}:
        overlap += overlap_matches(
            sorted((s, e) for s, e, la in ka if la == lab),
            sorted((s, e) for s, e, la in kb if la == lab),
        )
    return {
        "f1_exact": f1(exact, len(ka), len(kb))[0],
        "f1_overlap": f1(overlap, len(ka), len(kb))[0],
        "exact": exact,
        "overlap": overlap,
        "a_spans": len(ka),
        "b_spans": len(kb),
    }
