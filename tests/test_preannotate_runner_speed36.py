"""The pre-annotation runner's process set-up (session 36, speed36w): a pool worker's collector
stays paused and runs once every COLLECT_EVERY documents; the one process of a short run keeps
the collector gc_paused paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from civannot.bulk import gc_paused
from civannot.preannotate import runner

TEXT = "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查工作。"


@pytest.fixture
def worker_state() -> Iterator[None]:
    """The runner's worker globals and the collector as they were, after the test."""
    was_enabled = gc.isenabled()
    saved = (runner._worker_lexicon, runner._worker_disabled, runner._worker_refiner)
    try:
        yield
    finally:
        runner._worker_collect_in = 0
        runner._worker_lexicon, runner._worker_disabled, runner._worker_refiner = saved
        if was_enabled:
            gc.enable()


def test_a_pool_worker_collects_once_every_so_many_documents(
    worker_state: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "COLLECT_EVERY", 3)
    collections: list[int] = []
    monkeypatch.setattr(runner.gc, "collect", lambda: collections.append(1) or 0)
    gc.enable()  # (as a spawned worker starts)
    runner._init_pool_worker({}, frozenset())
    assert not gc.isenabled()
    done = []
    for i in range(7):
        done.append(runner._work((i, TEXT)))
        assert not gc.isenabled()
    assert len(collections) == 2  # after the 3rd and the 6th document
    # what it sends back is what a worker that never paused its collector sends
    runner._init_worker({}, frozenset())
    gc.enable()
    assert done == [runner._work((i, TEXT)) for i in range(7)]


def test_the_one_process_of_a_short_run_keeps_the_collector_paused(worker_state: None) -> None:
    gc.enable()
    with gc_paused():
        runner._init_worker({}, frozenset())
        assert not gc.isenabled()  # (it was re-enabled here before session 36)
        runner._work((1, TEXT))
        assert not gc.isenabled()
    assert gc.isenabled()
    assert runner._worker_collect_in == 0  # not a pool worker: _work never collects
