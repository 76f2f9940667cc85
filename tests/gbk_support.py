"""What the GBK repair tests share: a stand-in for the genre's context."""

from __future__ import annotations


class PairsContext:
    """A context that knows a few character pairs (log-likelihood ratios) and nothing else."""

    def __init__(self, pairs: dict[str, float]) -> None:
        self.pairs = pairs

    def __bool__(self) -> bool:
        return True

    def pmi(self, a: str, b: str) -> float:
        return self.pairs.get(a + b, 0.0)
