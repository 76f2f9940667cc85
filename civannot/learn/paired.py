"""Whether one way of suggesting beats another on the same documents: per-document counts of
exact matches, and a paired bootstrap over the documents.

The combination policy (civannot.learn.training.choose_policy) compares the rules with the model
per label on some twenty documents the model did not see. A pooled F1 that is higher by one or
two spans is no evidence on so few: on the team's next pages it went the other way as often as
not (a label given to the model on a two-span difference lost 3-6 points there). Resampling the
documents asks how often the difference survives a different draw of the same pages; documents,
not spans, are resampled because a page's spans are not independent (one venue named five times,
one author's habit) — Koehn 2004, Berg-Kirkpatrick et al. 2012.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from civannot.records import Span

# (true positives, false positives, false negatives) of one label on one document
Counts = tuple[int, int, int]

# resamples of the documents: the share that decides is read to about ±0.01 at 0.9
RESAMPLES = 1000


def label_counts(
    gold: Sequence[Span], pred: Sequence[Span], labels: Iterable[str]
) -> dict[str, Counts]:
    """Exact-match counts per label of `pred` against `gold` (one document), as
    civannot.evaluation counts them: a span is its (start, end, label); the counts of gold and
    predicted spans are those of the lists."""
    out: dict[str, Counts] = {}
    for lab in labels:
        g = [(s.start, s.end) for s in gold if s.label == lab]
        p = [(s.start, s.end) for s in pred if s.label == lab]
        tp = len(set(g) & set(p))
        out[lab] = (tp, len(p) - tp, len(g) - tp)
    return out


def relation_counts(
    gold: tuple[Sequence[Span], Iterable[tuple[str, int, int]]],
    pred: tuple[Sequence[Span], Iterable[tuple[str, int, int]]],
    rtype: str,
) -> Counts:
    """Exact-match counts of the relations of one type (one document): a relation is its type and
    the (start, end, label) of both ends."""

    def triples(spans: Sequence[Span], rels: Iterable[tuple[str, int, int]]) -> set[tuple]:
        return {
            (
                spans[h].start,
                spans[h].end,
                spans[h].label,
                spans[t].start,
                spans[t].end,
                spans[t].label,
            )
            for r, h, t in rels
            if r == rtype
        }

    g, p = triples(*gold), triples(*pred)
    tp = len(g & p)
    return tp, len(p) - tp, len(g) - tp


def f1(c: Counts) -> float:
    """The F1 of pooled counts; 0.0 where there is nothing to score."""
    tp, fp, fn = c
    d = 2 * tp + fp + fn
    return 2 * tp / d if d else 0.0


class Resampler:
    """One fixed set of resamples of n documents (seeded: the same choice on the same data), so
    that every comparison on the documents is read on the same draws."""

    def __init__(self, n: int, resamples: int = RESAMPLES, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        # how often each document is drawn in each resample (resamples x n)
        self._weights = np.zeros((resamples, n), dtype=np.int64)
        if n:
            picks = rng.integers(0, n, size=(resamples, n))
            rows = np.repeat(np.arange(resamples), n)
            np.add.at(self._weights, (rows, picks.ravel()), 1)

    def share_better(self, base: Sequence[Counts], other: Sequence[Counts]) -> float:
        """The share of resamples on which `other`'s pooled F1 is above `base`'s (a tie counts
        as not above)."""
        return self.share_better_sum([base], [other])

    def share_better_sum(
        self, base: Sequence[Sequence[Counts]], other: Sequence[Sequence[Counts]]
    ) -> float:
        """As share_better, for a sum of F1s (entity micro-F1 + HOLDS_TITLE F1: one series of
        per-document counts for each)."""
        if not base or not len(base[0]):
            return 0.0

        def f1s(series: Sequence[Counts]) -> np.ndarray:
            c = self._weights @ np.asarray(series, dtype=np.int64)
            d = 2 * c[:, 0] + c[:, 1] + c[:, 2]
            return np.divide(2 * c[:, 0], d, out=np.zeros(len(c)), where=d > 0)

        b = sum(f1s(x) for x in base)
        o = sum(f1s(x) for x in other)
        return float(np.mean(o > b + 1e-9))

    def share_positive(self, values: Sequence[int]) -> float:
        """The share of resamples on which the documents' `values` (one a document: errors
        removed) sum above zero."""
        if not len(values):
            return 0.0
        return float(np.mean(self._weights @ np.asarray(values, dtype=np.int64) > 0))
