"""Agreement over 10,000 documents x 3 annotators (DESIGN.md §7: budget 5 s).

Documents of ~1,500 characters with ~20 entity spans and a few directives; each annotator
perturbs a shared truth (drops, relabels, shifted boundaries) so the figures are realistic.
Prints the median of 3 runs of agreement_report, and of the disagreement/premerge pass.

    /work/venv/bin/python bench/bench_agreement.py [--docs N] [--annotators M] [--coverage P]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from civannot.agreement import agreement_report, premerge  # noqa: E402
from civannot.records import Span  # noqa: E402

LABELS = ["PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN"]


def make_study(n_docs: int, n_ann: int, coverage: float, seed: int = 7):
    rng = random.Random(seed)
    names = [f"ann{i}" for i in range(n_ann)]
    texts_len: dict[int, int] = {}
    layers: dict[str, dict[int, list[Span]]] = {a: {} for a in names}
    completed: dict[str, set[int]] = {a: set() for a in names}
    for d in range(n_docs):
        length = rng.randint(1000, 2000)
        texts_len[d] = length
        truth = []
        pos = 0
        for _ in range(20):
            pos += rng.randint(5, 2 * length // 20 - 10)
            ln = rng.randint(2, 8)
            if pos + ln >= length:
                break
            truth.append((pos, pos + ln, rng.choice(LABELS)))
            pos += ln
        directives = []
        for _ in range(3):
            s = rng.randint(0, length - 100)
            directives.append((s, s + rng.randint(20, 90), "DIRECTIVE"))
        who = [a for a in names if rng.random() < coverage]
        for a in who:
            completed[a].add(d)
            spans = []
            last = 0
            for s, e, lab in truth:
                r = rng.random()
                if r < 0.05:
                    continue
                if r < 0.1:
                    lab = rng.choice(LABELS)
                elif r > 0.93:
                    s = max(last, s + rng.choice((-1, 1)))
                spans.append(Span(s, e, lab))
                last = e
            for s, e, lab in directives:
                if rng.random() < 0.85:
                    spans.append(Span(s, e + rng.choice((0, 0, 1)), lab))
            layers[a][d] = spans
    return texts_len, layers, completed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--annotators", type=int, default=3)
    ap.add_argument(
        "--coverage", type=float, default=1.0, help="chance an annotator did a document"
    )
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    texts_len, layers, completed = make_study(args.docs, args.annotators, args.coverage)
    n_spans = sum(len(v) for lay in layers.values() for v in lay.values())
    print(
        f"study: {args.docs} documents, {args.annotators} annotators, "
        f"{sum(texts_len.values()):,} characters, {n_spans:,} spans "
        f"(built in {time.perf_counter() - t0:.1f} s)"
    )
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        report = agreement_report(texts_len, layers, completed)
        times.append(time.perf_counter() - t)
    print(
        f"agreement_report: median {statistics.median(times):.2f} s over {args.runs} runs "
        f"({', '.join(f'{x:.2f}' for x in times)}); budget 5 s"
    )
    print(
        f"  overall κ of the first pair: {report['pairs'][0]['overall']['kappa']:.3f}, "
        f"Fleiss {report['fleiss']['overall']:.3f}, α {report['alpha']['overall']:.3f}"
    )
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        merged = premerge(layers, completed, "majority")
        times.append(time.perf_counter() - t)
    left = sum(len(v) for v in merged.remaining.values())
    print(
        f"premerge (majority): median {statistics.median(times):.2f} s; "
        f"{sum(len(v) for v in merged.spans.values()):,} spans agreed, {left:,} regions left"
    )


if __name__ == "__main__":
    main()
