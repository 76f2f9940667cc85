"""Worker processes for long work (normalising an import, pre-annotating a project)."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
from multiprocessing.context import BaseContext


def pool_context() -> BaseContext:
    """fork where it is safe (fast: workers inherit loaded dictionaries), spawn otherwise.

    Forking a process that runs other threads (the GUI, a thread pool) can deadlock in the
    child, so a process with threads spawns, at the price of loading libraries once per worker.
    """
    if threading.active_count() > 1 or "fork" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    return mp.get_context("fork")


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
