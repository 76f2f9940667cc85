"""Pre-annotation of ONE very long article: the time must grow linearly with its length.

    python bench/bench_preannotate_long.py [--sizes 1000000,3000000] [--runs 1]

The article is the development articles of the genre (tests/data/dev2/*.txt) repeated to the
given size, so it is dense in names, titles, speaker frames and directives. Prints the time of
suggest() and microseconds per character for each size (median of --runs). Issue 20: a 3-million-
character article used to take 89 s because every directive sorted every PERSON span.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def genre_text(size: int) -> str:
    base = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/dev2").glob("*.txt"))
    )
    return (base * (size // len(base) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    from civannot.preannotate import suggest

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000000,3000000")
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args(argv)
    suggest(genre_text(5000))  # load jieba and compile the rules outside the timing
    for size in (int(x) for x in args.sizes.split(",")):
        text = genre_text(size)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            sug = suggest(text)
            times.append(time.perf_counter() - t0)
        t = statistics.median(times)
        print(f"{size:>9} chars  {t:7.2f} s  {t / size * 1e6:6.2f} us/char  {len(sug.spans)} spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
