"""What the pool of pre-annotation adds per document: the workers' CPU inside the work on a
document against the same work in one process, and what they spend outside it.

    python bench/bench_worker_overhead.py [--articles 2000] [--model 40] [--processes 2]

The articles are bench_preannotate.py's; --model N trains a model on N team-genre gold articles
first (as bench_preannotate_write.py --model does) and pre-annotates with it. In ONE run:
1. the pool (preannotate_project on --processes workers, writing included): each worker counts
   its CPU inside runner._work (rules, model, the result's tuples) and its whole CPU, written to
   a file every 25 documents (a pool worker is ended without running exit handlers);
2. then in this process, runner._work over the same documents once, its caches as cold as a
   worker's at its start (a fresh refiner; the rules' vocabularies were loaded before both).
A worker's CPU outside _work is the pool's own cost (texts and results pickled, messages);
_work per document in a worker against in this process is what running in a worker costs
(nothing beyond the noise of a shared machine when they agree). Each worker's caches start cold
and warm over its share of the documents, as one process's do over all of them: compare the
two on the same number of documents per process (--articles in the pool is split among the
workers; the single-process run reads the first articles / processes of them, and all).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_preannotate import article  # noqa: E402
from bench_preannotate_write import _store_model  # noqa: E402

from civannot.preannotate import runner  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput  # noqa: E402

_EVERY = 25
# the counted work's state (module level: the pool pickles the function it runs by name)
_COUNT: dict = {"work": 0.0, "n": 0}


def _counted(item):  # noqa: ANN001, ANN202
    c = time.process_time()
    try:
        return _COUNT["inner"](item)
    finally:
        _COUNT["work"] += time.process_time() - c
        _COUNT["n"] += 1
        if _COUNT["n"] % _EVERY == 0:  # in a worker: what it spent so far
            (_COUNT["dir"] / f"w-{os.getpid()}").write_text(
                f"{_COUNT['n']} {time.process_time()} {_COUNT['work']}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--model", type=int, default=40, metavar="N", help="0: rules only")
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    rng = random.Random(7)
    texts = [article(rng) for _ in range(args.articles)]
    work = Path(tempfile.mkdtemp(prefix="civannot-workers-"))
    try:
        project = Project.create(work / "p.civ")
        for i in range(0, len(texts), 2000):
            project.import_batch(
                [(DocumentInput(f"p{j:06d}", t), []) for j, t in enumerate(texts[i : i + 2000], i)]
            )
        if args.model:
            _store_model(project, args.model)
        return _measure(project, args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure(project: Project, args: argparse.Namespace, work: Path) -> int:
    from civannot.learn.apply import ModelRefiner, preannotate
    from civannot.learn.model_store import latest_model

    inner = runner._work
    _COUNT["inner"], _COUNT["dir"] = inner, work
    runner._work = _counted  # the workers are forked from here: they run the counted one
    t0, c0 = time.perf_counter(), time.process_time()
    if args.model:
        preannotate(project, processes=args.processes)
    else:
        runner.preannotate_project(project, processes=args.processes)
    wall, main_cpu = time.perf_counter() - t0, time.process_time() - c0
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"{args.articles} articles, model {'on ' + str(args.model) if args.model else 'none'}; "
          f"pool of {args.processes}: wall {wall:.2f} s, main process (reading, writing) "
          f"{main_cpu:.2f} s; load {load}")  # fmt: skip
    in_pool = out_pool = docs = 0.0
    for f in sorted(work.glob("w-*")):
        n, total, inside = f.read_text().split()
        nd, tot, ins = int(n), float(total), float(inside)
        docs += nd
        in_pool += ins
        out_pool += tot - ins
        print(f"  worker {f.name[2:]}: {nd} documents counted, in _work {ins / nd * 1000:.3f} "
              f"ms/doc, outside it {(tot - ins) / nd * 1000:.3f} ms/doc")  # fmt: skip
    runner._work = inner
    # this process, as a worker starts: the refiner fresh (its tagger and caches unmade)
    D = project.m.Document
    ids = [r[0] for r in D.select(D.id).order_by(D.id).tuples()]
    items = [(d.id, d.text) for d in project.documents(ids, raw=False)]
    from civannot.learn.rules_report import disabled_rules
    from civannot.preannotate.registry import resolve_disabled

    stored = latest_model(project) if args.model else None
    refiner = ModelRefiner(stored) if stored is not None else None
    runner._init_worker(
        runner.learn_lexicon(project).to_json(),
        resolve_disabled(disabled_rules(project)),
        refiner,
    )
    share = max(1, len(items) // max(args.processes, 1))
    marks: dict[int, float] = {}
    c = time.process_time()
    for k, item in enumerate(items, 1):
        runner._work(item)
        if k in (share, len(items)):
            marks[k] = time.process_time() - c
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"one process, cold: first {share} documents {marks[share] / share * 1000:.3f} ms/doc, "
          f"all {len(items)} {marks[len(items)] / len(items) * 1000:.3f} ms/doc; load {load}")  # fmt: skip
    if docs:
        ratio = in_pool / docs / (marks[share] / share)
        print(f"pool workers: in _work {in_pool / docs * 1000:.3f} ms/doc ({ratio:.2f}x one "
              f"process over as many documents), outside _work {out_pool / docs * 1000:.3f} "
              f"ms/doc ({out_pool / max(in_pool, 1e-9):.1%} of the work)")  # fmt: skip
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
