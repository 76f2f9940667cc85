"""Normalising one hostile article: every pattern of civannot.text.damage.ADVERSARIAL at 1 MB.

Each step of the normaliser must be linear or near-linear in the size of one article (issue 20):
a quadratic step turned 100 KB of `a` into a minute and 1 MB into hours. The time at half size
is printed too, so the ratio shows the growth (≈ 2 for a linear step).

    python bench/bench_adversarial.py [--size 1000000] [--only NAME ...] [--repeat 1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.text import damage, normalize  # noqa: E402


def timed(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        normalize(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per pattern")
    ap.add_argument("--only", nargs="*", choices=damage.ADVERSARIAL, help="patterns to run")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (median printed)")
    args = ap.parse_args()
    normalize("预热：加载词典。")  # the language model and OpenCC load once, outside the timing
    print(f"{'pattern':24s} {'half (s)':>9s} {'full (s)':>9s} {'ratio':>6s}")
    worst = 0.0
    for name in args.only or damage.ADVERSARIAL:
        half = timed(damage.adversarial(name, args.size // 2), args.repeat)
        full = timed(damage.adversarial(name, args.size), args.repeat)
        worst = max(worst, full)
        ratio = full / half if half > 0 else float("nan")
        print(f"{name:24s} {half:9.2f} {full:9.2f} {ratio:6.2f}", flush=True)
    print(f"slowest pattern at {args.size:,} characters: {worst:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
