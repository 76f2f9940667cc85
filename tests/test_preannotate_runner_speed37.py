"""The end of a pool's run (session 37): the tasks shrink as the run's end nears (runner._tasks)
and what comes near the end is written in pieces, each a batch of its own, so that the workers
finish together and little is left to write once they have; the suggestions stored are the
same, each document's once, and a cancel keeps the pieces written."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from civannot.preannotate import runner
from civannot.preannotate.runner import preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput
from civannot.store import Change

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_preannotate import article  # noqa: E402  (the dense fictional articles of the bench)


def items(n: int) -> list[tuple[int, str]]:
    return [(i, f"t{i}") for i in range(n)]


@pytest.mark.parametrize("workers", [2, 3])
def test_tasks_cover_a_chunk_in_order_and_shrink_only_near_the_end(workers: int) -> None:
    for total in (1, 7, 99, 200, 201, 450, 3000):
        chunks = [items(total)[i : i + runner.CHUNK] for i in range(0, total, runner.CHUNK)]
        sizes = []
        for n, chunk in enumerate(chunks):
            tasks = runner._tasks(chunk, total - n * runner.CHUNK, workers)
            assert [x for t in tasks for x in t] == chunk  # each document once, in order
            rest = len(chunk)
            for t in tasks:
                # whole tasks (as imap's chunksize gave them) while the run holds a task for
                # each worker twice over; never fewer than TAIL_TASK the chunk holds
                left = total - t[0][0]
                if left >= 2 * workers * runner.TASK:
                    assert len(t) == min(runner.TASK, rest)
                assert min(runner.TAIL_TASK, rest) <= len(t) <= runner.TASK
                rest -= len(t)
            sizes += [len(t) for t in tasks]
        tail = sizes[-(len(chunks[-1]) // runner.TASK + 1) :]
        assert tail == sorted(tail, reverse=True)  # shrinking towards the end
        assert sizes[-1] <= runner.TAIL_TASK or total < runner.TAIL_TASK
    # the bench's run of 3,000: eight tasks a chunk, then its last chunk's shrink to the end
    assert [len(t) for t in runner._tasks(items(200), 400, 2)] == [runner.TASK] * 8
    assert len(runner._tasks(items(200), 200, 2)) > 8


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    rng = random.Random(17)
    path = tmp_path / "tail.civ"
    with Project.create(path) as p:
        p.import_batch([(DocumentInput(f"d{i:03d}", article(rng)), []) for i in range(20)])
    return path


def writes(p: Project, written: list[set[int]]) -> Callable[[], None]:
    """Subscribe: each batch's documents as it is written (its clearing's change aside)."""

    def note(ch: Change) -> None:
        if ch.description == f"Import {AUTO_LAYER}":
            written.append(set(ch.documents))

    return p.bus.subscribe(note)


def stored(p: Project) -> dict[int, tuple[list, list]]:
    out = {}
    for d in p.document_infos():
        spans = p.spans(d.id, AUTO_LAYER)
        at = {s.id: (s.start, s.end, s.label, s.confidence, s.provenance) for s in spans}
        rels = [
            (r.type, at[r.head], at[r.tail], r.provenance) for r in p.relations(d.id, AUTO_LAYER)
        ]
        out[d.id] = (sorted(at.values()), sorted(rels))
    return out


@pytest.fixture()
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 8 documents, tasks down to one, pieces down to one (20 documents: 8, 8, 4)."""
    monkeypatch.setattr(runner, "CHUNK", 8)
    monkeypatch.setattr(runner, "TAIL_TASK", 1)
    monkeypatch.setattr(runner, "TAIL_PIECE", 1)


def test_the_end_in_pieces_stores_what_one_process_stores(path: Path, small: None) -> None:
    with Project.open(path) as p:
        preannotate_project(p, processes=1)
        ref = stored(p)
        written: list[set[int]] = []
        unsubscribe = writes(p, written)
        summary = preannotate_project(p, processes=2)
        unsubscribe()
        assert stored(p) == ref
        assert summary["documents"] == 20
        # every document written once, no batch over a chunk, and the last chunk (4 documents
        # in tasks of one) in pieces: 2, 1, 1 whatever order its tasks end in
        assert sorted(d for w in written for d in w) == sorted(ref)
        assert all(0 < len(w) <= 8 for w in written)
        assert [len(w) for w in written][-3:] == [2, 1, 1]


def test_a_cancel_in_the_end_keeps_the_pieces_written(path: Path, small: None) -> None:
    with Project.open(path) as p:
        preannotate_project(p, processes=1)
        ref = stored(p)
        written: list[set[int]] = []
        unsubscribe = writes(p, written)

        def cancel() -> bool:
            return sum(map(len, written)) > 8  # once a piece after the first chunk is in

        summary = preannotate_project(p, processes=2, cancel=cancel)
        unsubscribe()
        assert summary["cancelled"]
        assert summary["documents"] == sum(map(len, written)) < 20
        assert stored(p) == ref  # the pieces written anew, the rest as it was
