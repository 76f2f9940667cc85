"""Pre-annotation time grows linearly with the length of one article (issue 20: a 3-million-
character article took 89 s because every directive sorted every PERSON span). The limits are
generous: a quadratic step fails them by far, an ordinary slow machine does not."""

from __future__ import annotations

import time
from pathlib import Path

from civannot.preannotate import suggest

DEV2 = Path(__file__).parent / "data" / "dev2"


def _genre(size: int) -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV2.glob("*.txt")))
    return (base * (size // len(base) + 1))[:size]


def _timed(text: str) -> float:
    t0 = time.perf_counter()
    suggest(text)
    return time.perf_counter() - t0


def test_one_long_article_is_linear():
    suggest(_genre(3000))  # load jieba and the rules outside the timing
    small = min(_timed(_genre(25_000)) for _ in range(2))
    big = _timed(_genre(200_000))  # 8x the text
    # linear: about 8x; the old quadratic directive step made it over 20x here
    assert big < 8 * small * 2.5 + 1.0, (small, big)
    assert big < 60, big
