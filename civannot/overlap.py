"""The overlap rule of a layer, in one place: the store checks every write against it, and the
importers, the adjudication merge and the views ask it the same question."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


T = TypeVar("T", bound=_Ranged)


def overlap_class(label: str, is_directive: Callable[[str], bool]) -> str:
    """Spans of one class may not overlap within a layer: entities with entities, directives
    with directives; a directive may contain entities."""
    return "directive" if is_directive(label) else "entity"


def first_overlap(spans: Iterable[T], is_directive: Callable[[str], bool]) -> tuple[T, T] | None:
    """The first pair of spans of one class that overlap (or are the same span twice), or None.

    Sorting by start makes this linear after the sort: within a class, a span can only clash
    with the one of that class that reaches furthest right before it.
    """
    furthest: dict[str, T] = {}
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        cls = overlap_class(s.label, is_directive)
        prev = furthest.get(cls)
        if prev is not None and prev.end > s.start:
            return prev, s
        if prev is None or s.end > prev.end:
            furthest[cls] = s
    return None


def overlaps(
    candidate: _Ranged, others: Iterable[_Ranged], is_directive: Callable[[str], bool]
) -> _Ranged | None:
    """The first span of `others` that `candidate` may not overlap, or None."""
    cls = overlap_class(candidate.label, is_directive)
    for o in others:
        if (
            o.start < candidate.end
            and candidate.start < o.end
            and overlap_class(o.label, is_directive) == cls
        ):
            return o
    return None
