"""civannot.processes.worker_pool: multiprocessing's Pool whose worker-handler thread does not
wake for results (it spun while the result pipe held unread results, on the writing process's
CPU) and still stops when closed."""

from __future__ import annotations

import time

from civannot.processes import pool_context, worker_pool


def _square(x: int) -> int:
    return x * x


def test_the_handler_waits_on_the_workers_and_the_notifier_not_on_the_results():
    pool = worker_pool(pool_context(), 2)
    try:
        # what Pool's worker handler waits on besides the workers' own sentinels
        waited = pool._worker_handler._args[12]  # (sentinels, as Pool.__init__ passes them)
        assert pool._change_notifier._reader in waited
        assert pool._outqueue._reader not in waited
        assert pool.map(_square, range(50), chunksize=5) == [x * x for x in range(50)]
    finally:
        pool.close()
        pool.join()


def test_close_ends_the_pool_promptly():
    # the handler leaves on the change notifier (close) without results to wake it
    pool = worker_pool(pool_context(), 2)
    try:
        assert sorted(pool.imap_unordered(_square, range(20), chunksize=3)) == sorted(
            x * x for x in range(20)
        )
    finally:
        pool.close()
        t0 = time.monotonic()
        pool.join()
    assert time.monotonic() - t0 < 10
