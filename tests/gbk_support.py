"""What the GBK repair tests share: a stand-in for the genre's context."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from civannot.text import gbk


class PairsContext:
    """A context that knows a few character pairs (log-likelihood ratios) and nothing else."""

    def __init__(self, pairs: dict[str, float]) -> None:
        self.pairs = pairs

    def __bool__(self) -> bool:
        return True

    def pmi(self, a: str, b: str) -> float:
        return self.pairs.get(a + b, 0.0)


@contextmanager
def genre_context(lines: list[str]) -> Iterator[None]:
    """The genre's context made of `lines` for the time of a test, then none again."""
    gbk.set_context(gbk.Context(lines))
    try:
        yield
    finally:
        gbk.set_context(None)
