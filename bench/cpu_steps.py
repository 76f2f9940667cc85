"""Per-step CPU counters for the benches' --phases: process_time around each call, not a
profiler (cProfile's per-call overhead inflates the Python steps several times over)."""

from __future__ import annotations

import time
from typing import Any


def count_cpu(spent: dict[str, float], owner: Any, attr: str, name: str) -> None:
    """Replace owner.attr by a wrapper that adds each call's CPU seconds to spent[name]."""
    inner = getattr(owner, attr)

    def timed(*a, **k):  # noqa: ANN002, ANN003, ANN202
        c = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - c

    setattr(owner, attr, timed)
