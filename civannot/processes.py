"""Worker processes for long work (normalising an import, pre-annotating a project)."""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.pool
import os
import threading
from collections.abc import Callable
from multiprocessing.context import BaseContext
from typing import Any


def pool_context() -> BaseContext:
    """fork where it is safe (fast: workers inherit loaded dictionaries), spawn otherwise.

    Forking a process that runs other threads (the GUI, a thread pool) can deadlock in the
    child, so a process with threads spawns, at the price of loading libraries once per worker.
    """
    if threading.active_count() > 1 or "fork" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    return mp.get_context("fork")


class _QuietPool(multiprocessing.pool.Pool):
    """multiprocessing's Pool whose worker-handler thread sleeps until a worker exits or the
    pool's state changes.

    The stock handler also wakes whenever the result pipe is readable (Pool._get_sentinels
    lists the pipe's reader) and only the result-handler thread drains that pipe: while this
    process writes a batch and the result handler waits for the interpreter lock, the
    handler's wait() returns at once, again and again, and the writing process spends its own
    CPU spinning (pre-annotation: some 0.1 ms per document, a fifth of the main process's work
    beside the writing, bench_preannotate_write --phases "outside replace_layer_rows"). The
    handler has nothing to do about results: it joins and replaces exited workers (their
    sentinels stay in the wait) and leaves when told (the change notifier stays too)."""

    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        if notifier is None:  # pragma: no cover - a multiprocessing without it: as it is
            return super()._get_sentinels()  # type: ignore[misc, no-any-return]
        return [notifier._reader]


def worker_pool(
    context: BaseContext,
    processes: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> multiprocessing.pool.Pool:
    """context.Pool(processes, initializer, initargs) without the handler thread's spinning
    while results wait to be read (_QuietPool)."""
    return _QuietPool(processes, initializer=initializer, initargs=initargs, context=context)


def process_age_ms() -> int | None:
    """Milliseconds since this process started (Linux /proc); None where that is not known.

    Unlike a clock started by Python, this counts what comes before the interpreter runs (a
    frozen app's bootloader, the dynamic loader), which is part of an annotator's wait.
    """
    try:
        with open("/proc/self/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        # the command name (field 2) may hold spaces and parentheses: count after the last ")"
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])  # field 22, starttime
        return max(0, round((uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000))
    except (OSError, ValueError, IndexError, AttributeError):
        return None
