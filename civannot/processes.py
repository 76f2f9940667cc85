"""Worker processes for long work (normalising an import, pre-annotating a project)."""

from __future__ import annotations

import multiprocessing as mp
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
