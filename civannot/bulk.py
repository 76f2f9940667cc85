"""Settings for work that builds many long-lived objects at once (imports, exports, writes of
pre-annotation)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block.

    Reading, checking and writing a file of 40,000 spans allocates hundreds of thousands of
    objects that all live until the write commits; the collector, triggered by the count of
    allocations, walks them again and again to free none of them (8 % of an import's time).
    Reference counting still frees everything as usual; the cycles a block leaves, if any, are
    collected once it ends. Nested and concurrent blocks (a GUI's worker threads) share one
    pause: the collector runs again when the last one ends, if it ran before the first."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
