"""arc_levels files arcs in buckets: the levels must be those of comparing every pair."""

from __future__ import annotations

import random

from civannot.arcs import BUCKET, ArcSpec, arc_levels


def _pairwise(arcs: list[ArcSpec]) -> dict[int, int]:
    placed: list[tuple[int, int, int]] = []
    out: dict[int, int] = {}
    for arc in sorted(arcs, key=lambda a: (a.hi - a.lo, a.lo, a.id)):
        lo, hi = arc.lo, arc.hi
        level = min(1 + max((lv for a, b, lv in placed if a < hi and lo < b), default=0), 6)
        placed.append((lo, hi, level))
        out[arc.id] = level
    return out


def test_bucketed_levels_equal_pairwise_levels() -> None:
    rng = random.Random(18)
    for _ in range(300):
        arcs = []
        for i in range(rng.randrange(1, 50)):
            a, b = rng.randrange(0, 6 * BUCKET), rng.randrange(0, 6 * BUCKET)
            long_tail = rng.random() < 0.1
            arcs.append(
                ArcSpec(
                    i,
                    (a, a + rng.randrange(0, 5)),
                    (b, b + rng.randrange(0, 4 * BUCKET if long_tail else 5)),
                )
            )
        assert arc_levels(arcs) == _pairwise(arcs)


def test_arcs_ending_on_a_bucket_edge_still_stack() -> None:
    inner = ArcSpec(1, (BUCKET - 2, BUCKET - 1), (BUCKET - 1, BUCKET))
    outer = ArcSpec(2, (BUCKET - 3, BUCKET - 2), (BUCKET, BUCKET + 1))
    assert arc_levels([inner, outer]) == {1: 1, 2: 2}
