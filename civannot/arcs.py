"""Relation arcs over the text, as brat and INCEpTION draw them: the geometry, without Qt.

An arc goes from the head span to the tail span above the lines. Arcs that cover one another
stack: an arc is drawn one level higher than every arc it covers, so nested relations stay
apart and crossing ones get different heights. The view gives the anchor points (the top
middle of each end as laid out on screen); this module gives the curve, the label position and
the hit test, so a click can select a relation.
"""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]

BASE = 8.0  # height of a level-1 arc above its ends, in pixels
STEP = 6.0  # every further level
BUCKET = 64  # code points per bucket of arc_levels


@dataclass(frozen=True, slots=True)
class ArcSpec:
    """A relation as the arcs see it: an id and the code-point ranges of its two ends."""

    id: int
    head: tuple[int, int]
    tail: tuple[int, int]

    @property
    def lo(self) -> int:
        return min(self.head[0], self.tail[0])

    @property
    def hi(self) -> int:
        return max(self.head[1], self.tail[1])


def arc_levels(arcs: list[ArcSpec]) -> dict[int, int]:
    """Level (1, 2, …) of each arc: shortest arcs lowest; an arc sits above every arc whose
    range overlaps its own and that was placed before it (shorter, or same length earlier)."""
    # the arcs placed so far, filed under every stretch of BUCKET code points they cover: an
    # arc is compared with its neighbours only, not with all (300 arcs: 5 ms → under 1 ms)
    buckets: dict[int, list[tuple[int, int, int]]] = {}  # bucket → [(lo, hi, level)]
    out: dict[int, int] = {}
    for arc in sorted(arcs, key=lambda a: (a.hi - a.lo, a.lo, a.id)):
        lo, hi = arc.lo, arc.hi
        first, last = lo // BUCKET, max(lo, hi - 1) // BUCKET
        below = 0
        for k in range(first, last + 1):
            for a, b, lv in buckets.get(k, ()):
                if lv > below and a < hi and lo < b:
                    below = lv
        # a tall stack is unreadable anyway: cap it so arcs stay near their line
        level = min(below + 1, 6)
        entry = (lo, hi, level)
        for k in range(first, last + 1):
            buckets.setdefault(k, []).append(entry)
        out[arc.id] = level
    return out


def arc_curve(head: Point, tail: Point, level: int, ceiling: float = 0.0) -> list[Point]:
    """The four control points of a cubic Bézier from head to tail, rising `level` steps above
    the higher of the two ends (never above `ceiling`, the top of the view)."""
    (x1, y1), (x2, y2) = head, tail
    rise = BASE + STEP * (level - 1)
    if abs(y1 - y2) < 1.0:
        top = max(min(y1, y2) - rise * 1.33, ceiling)  # the curve peaks at 3/4 of the controls
        return [(x1, y1), (x1, top), (x2, top), (x2, y2)]
    # ends on different lines: leave each end upwards, so the arc reads as one from its start
    return [
        (x1, y1),
        (x1, max(y1 - rise * 1.6, ceiling)),
        (x2, max(y2 - rise * 1.6, ceiling)),
        (x2, y2),
    ]


def point_at(curve: list[Point], t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    u = 1.0 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def label_point(curve: list[Point]) -> Point:
    """Where the relation's name goes: the top of the curve (its middle)."""
    return point_at(curve, 0.5)


Box = tuple[float, float, float, float]  # x, y, width, height


def place_label(curve: list[Point], width: float, height: float, taken: list[Box]) -> Box | None:
    """Where a relation's name goes: centred on the top of its curve, unless another arc's
    name is there already. Then None: the arc is drawn without its name (the list and the
    tooltip still name it). Dense passages used to stack names one over another, unreadable,
    and moving them along their arcs only covered more of the text."""
    x, y = point_at(curve, 0.5)
    box = (x - width / 2, y - height / 2, width, height)
    if any(_overlap(box, o) for o in taken):
        return None
    return box


def place_in_band(
    x: float, peak: float, width: float, height: float, band: tuple[float, float], taken: list[Box]
) -> Box | None:
    """Where a relation's name goes without covering text: in the free band between the line
    above and the line its arc rises from (band = top, bottom in pixels), centred on `x`, as
    near the arc's peak as the band allows. None when the band is lower than the name or
    another name is there: dense passages keep their text readable, the list and the tooltip
    still name the relation."""
    top, bottom = band
    if bottom - top < height:
        return None
    y = min(max(peak - height / 2, top), bottom - height)
    box = (x - width / 2, y, width, height)
    if any(_overlap(box, o) for o in taken):
        return None
    return box


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def distance(curve: list[Point], p: Point, samples: int = 24) -> float:
    """Distance in pixels from `p` to the curve (sampled: precise enough for a click)."""
    px, py = p
    best = float("inf")
    prev = curve[0]
    for i in range(1, samples + 1):
        cur = point_at(curve, i / samples)
        best = min(best, _segment_distance(prev, cur, px, py))
        prev = cur
    return best


def _segment_distance(a: Point, b: Point, px: float, py: float) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    qx, qy = ax + t * dx, ay + t * dy
    return ((px - qx) ** 2 + (py - qy) ** 2) ** 0.5


def hit(
    painted: list[tuple[int, list[Point], tuple[float, float, float, float]]],
    p: Point,
    tolerance: float = 5.0,
) -> int | None:
    """The relation under `p`: its label box first (x, y, w, h), then the nearest curve."""
    px, py = p
    for rid, _curve, (x, y, w, h) in reversed(painted):
        if x <= px <= x + w and y <= py <= y + h:
            return rid
    best: tuple[float, int] | None = None
    for rid, curve, _box in painted:
        d = distance(curve, p)
        if d <= tolerance and (best is None or d < best[0]):
            best = (d, rid)
    return best[1] if best else None
