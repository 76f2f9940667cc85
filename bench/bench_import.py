"""Import + normalise 10,000 damaged articles (~20 MB) into a fresh project (DESIGN.md §7: ≤ 60 s).

The articles are fictional (civannot.text.damage.sample_article) and damaged with the recipes of
DESIGN.md §4: traditional characters with inline pinyin, ASCII-folded punctuation, `?` indents,
doubled punctuation, GBK lead-byte loss and site boilerplate, in the mix a copying site produces.

    python bench/bench_import.py [--docs 10000] [--workers 2] [--keep DIR]
    python bench/bench_import.py --docs 2000 --normalize-only   # normaliser CPU alone

Prints chars/s and total seconds (generation is not timed). --normalize-only runs just
civannot.text.normalize over the generated articles in this process and prints its CPU time
(time.process_time), the figure to compare before and after a change to the normaliser.

Prints chars/s and total seconds (generation is not timed).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.text import damage  # noqa: E402


def damaged_article(rng: random.Random) -> str:
    # ~2 KB of UTF-8 per article: 20 MB for 10,000.
    text = damage.sample_article(rng, paragraphs=rng.randint(5, 9))
    roll = rng.random()
    if roll < 0.15:
        return damage.traditional_with_pinyin(text, rng)
    if roll < 0.35:
        for _ in range(rng.randint(1, 2)):
            for _attempt in range(5):
                i = rng.randrange(len(text))
                try:
                    text = damage.gbk_lead_loss(text, i)
                    break
                except (ValueError, UnicodeEncodeError):
                    continue
    text = damage.doubled_punctuation(text, rng, rate=0.02)
    if rng.random() < 0.5:
        text = damage.nbsp_indents(text, rng)
    if rng.random() < 0.4:
        text = damage.boilerplate(text)
    return damage.fold_punctuation(text)


def normalize_only(docs: int, seed: int) -> int:
    from civannot.text import normalize

    rng = random.Random(seed)
    texts = [damaged_article(rng) for _ in range(docs)]
    chars = sum(len(t) for t in texts)
    normalize(texts[0])  # load jieba, OpenCC and the tables outside the timing
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    flagged = sum(1 for t in texts if normalize(t).flags)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    print(
        f"normalised {docs} articles ({chars:,} characters, {flagged} flagged): CPU {cpu:.2f} s "
        f"({1000 * cpu / docs:.2f} ms/article), wall {wall:.2f} s, load {load:.1f} -> "
        f"{os.getloadavg()[0]:.1f}"
    )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="keep the generated files and project in this folder")
    ap.add_argument(
        "--normalize-only", action="store_true", help="time the normaliser alone (CPU), no import"
    )
    args = ap.parse_args()
    if args.normalize_only:
        return normalize_only(args.docs, args.seed)

    from civannot.importer import import_paths
    from civannot.project import Project

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="civannot-bench-"))
    corpus = work / "articles"
    corpus.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    chars = size = 0
    for i in range(args.docs):
        t = damaged_article(rng)
        chars += len(t)
        data = t.encode("utf-8")
        size += len(data)
        (corpus / f"{i:05d}.txt").write_bytes(data)
    proj_path = work / "bench.civ"
    if proj_path.exists():
        proj_path.unlink()
    print(f"generated {args.docs} articles, {chars:,} characters, {size / 1e6:.1f} MB")

    def children() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    load = os.getloadavg()[0]
    t0, c0, k0 = time.perf_counter(), time.process_time(), children()
    project = Project.create(proj_path)
    with project:
        result = import_paths(project, [corpus], workers=args.workers)
        n = project.document_count()
    dt = time.perf_counter() - t0
    cpu_main, cpu_workers = time.process_time() - c0, children() - k0
    rep = result.report
    print(
        f"imported {n} documents ({len(rep.duplicates)} duplicates, {len(result.refused)} refused, "
        f"{len(rep.flagged)} flagged) in {dt:.1f} s: {chars / dt:,.0f} chars/s"
    )
    # On a busy machine the wall time depends on what else runs; the CPU seconds spread over
    # the workers' cores say what an idle machine would take.
    idle = max(cpu_main, (cpu_main + cpu_workers) / max(args.workers, 1))
    print(
        f"wall {dt:.1f} s, load {load:.1f} -> {os.getloadavg()[0]:.1f}; CPU: this process "
        f"{cpu_main:.1f} s, workers {cpu_workers:.1f} s; idle-machine estimate {idle:.1f} s "
        f"(goal <= 60 s at 10,000; scaled to --docs: by wall "
        f"{'OK' if dt <= 60 * args.docs / 10_000 else 'NOT MET'}, by CPU "
        f"{'OK' if idle <= 60 * args.docs / 10_000 else 'NOT MET'})"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
