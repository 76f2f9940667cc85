"""Time `train_project` on a project of N generated articles with gold (default 1,000).

    PYTHONPATH=. python bench/bench_train.py [--docs 1000] [--no-evaluate] [--runs 1]

The articles are bench_preannotate's fictional articles of the genre; their "gold" is the rules'
own suggestions with every seventh entity dropped and every eleventh TITLE cut by a character,
so that the model has something to learn (only the time matters here). The project is built
first (not timed); then the whole training is timed as `civannot train` runs it: reading the
gold, the rules' suggestions (two processes), held-out evaluation with the learning curve, and
the kept model (trained in a second process meanwhile). Budget (issue 15): 1,000 documents in
at most 2 minutes on 2 cores. Also prints pre-annotation speed with and without the model.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402

from civannot.preannotate import suggest  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.records import GOLD_LAYER, DocumentInput, LayerInput, Span  # noqa: E402


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        text = article(rng)
        sug = suggest(text)
        spans: list[Span] = []
        for k, s in enumerate(sug.spans):
            if s.label != "DIRECTIVE" and k % 7 == 3:
                continue
            if s.label == "TITLE" and k % 11 == 5 and s.end - s.start > 2:
                s = Span(s.start + 1, s.end, s.label, text[s.start + 1 : s.end])
            spans.append(Span(s.start, s.end, s.label, text[s.start : s.end], "adjudicated"))
        items.append((DocumentInput(f"a{i:05d}", text), [LayerInput(GOLD_LAYER, spans, [], True)]))
    project = Project.create(path)
    try:
        project.import_batch(items)
    finally:
        project.close()


def _cpu() -> float:
    """CPU seconds of this process and its finished children: on a shared machine the wall
    time says more about the neighbours than about the code."""
    a = resource.getrusage(resource.RUSAGE_SELF)
    b = resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-evaluate", action="store_true")
    ap.add_argument("--no-preannotate", action="store_true", help="time the training only")
    ap.add_argument(
        "--no-corrections", action="store_true", help="learn no corrections of the rules (A/B)"
    )
    ap.add_argument(
        "--keep", metavar="PATH", help="build the project here once and reuse it on later runs"
    )
    args = ap.parse_args()
    from civannot.learn.apply import preannotate as preannotate_project
    from civannot.learn.training import train_project

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "bench.civ"
        if not path.exists():
            build(path, args.docs)
        work = Path(tmp) / "work.civ"
        shutil.copyfile(path, work)
        path = work
        times: list[float] = []
        cpu: list[float] = []
        for _ in range(args.runs):
            project = Project.open(path)
            try:
                t0 = time.perf_counter()
                c0 = _cpu()
                rep = train_project(
                    project, evaluate=not args.no_evaluate, corrections=not args.no_corrections
                )
                times.append(time.perf_counter() - t0)
                cpu.append(_cpu() - c0)
            finally:
                project.close()
        chars = rep["characters"]
        print(f"train: {args.docs} documents, {chars} characters: "
              f"{statistics.median(times):.1f} s wall (median of {len(times)}; budget 120 s), "
              f"{statistics.median(cpu):.1f} s CPU over all processes, load average "
              f"{os.getloadavg()[0]:.1f}")  # fmt: skip
        if rep.get("evaluation"):
            ev = rep["evaluation"]
            print("  held-out micro F1: rules {:.3f} model {:.3f} both {:.3f}".format(
                ev["rules"]["micro"]["f1"], ev["model"]["micro"]["f1"], ev["both"]["micro"]["f1"]))  # fmt: skip
        if args.no_preannotate:
            return 0
        cost = {}
        for use_model in (False, True, False, True):
            project = Project.open(path)
            try:
                t0 = time.perf_counter()
                c0 = _cpu()
                preannotate_project(project, use_model=use_model)
                dt = time.perf_counter() - t0
                dc = _cpu() - c0
            finally:
                project.close()
            cost.setdefault(use_model, []).append(dc)
            print(f"preannotate {'with' if use_model else 'without'} the model: "
                  f"{args.docs / dt:.0f} docs/s ({dt:.1f} s wall), "
                  f"{1000 * dc / args.docs:.2f} ms CPU/document, load {os.getloadavg()[0]:.1f}")  # fmt: skip
        r, m = min(cost[False]), min(cost[True])
        print(f"CPU with the model / rules only (best of 2 each, writing included): {m / r:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
