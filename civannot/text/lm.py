"""A small language-model score from jieba's dictionary word frequencies.

Used to rank repair candidates: the log-probability of the best segmentation of a short window
into dictionary words (a unigram word model, as jieba's own route finder uses), optionally with
extra words and their frequencies (words that occur elsewhere in the same article).
"""

from __future__ import annotations

import logging
import math
from functools import lru_cache

MAX_WORD = 8
# Log-probabilities of characters that are not Chinese words, roughly as often as they occur in
# news prose (a two-character word scores about -9). Common marks are cheap, odd symbols (what a
# misaligned decoder produces: full-width letters, circled numbers) are as bad as unknown words.
_MARKS = {
    "，": -3.5,
    "。": -4.0,
    "、": -4.5,
    "“": -5.5,
    "”": -5.5,
    "：": -6.0,
    "；": -6.0,
    "（": -6.5,
    "）": -6.5,
    "《": -6.5,
    "》": -6.5,
    "！": -7.0,
    "？": -7.0,
    "【": -7.5,
    "】": -7.5,
    "‘": -8.0,
    "’": -8.0,
    "「": -8.5,
    "」": -8.5,
    "—": -7.5,
    "…": -7.5,
    "·": -8.5,
    "\n": -4.0,
    " ": -7.0,
    ",": -4.0,
    ":": -6.0,
    ";": -6.0,
    "!": -7.0,
    "?": -7.0,
    "(": -6.5,
    ")": -6.5,
    ".": -6.0,
    "-": -7.0,
    "/": -8.0,
}
PUNCT_LOGP = -9.0  # ASCII letters and digits


def mark_logp(ch: str) -> float:
    """The log-probability the model gives a mark of running text (0 for anything else)."""
    return _MARKS.get(ch, 0.0)


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, int], float]:
    """(jieba's word -> frequency table, log of the total), loaded once per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, math.log(jieba.dt.total)


@lru_cache(maxsize=1)
def _char_counts() -> tuple[dict[str, int], int]:
    """How often each character occurs inside the dictionary's words, weighted by the words'
    frequencies: a character unigram model (a name character such as 曼 is rare as a word of its
    own but not inside words)."""
    freq, _ = model()
    counts: dict[str, int] = {}
    get = counts.get
    for w, f in freq.items():
        if f:
            for ch in w:
                counts[ch] = get(ch, 0) + f
    return counts, sum(counts.values())


def char_prob(ch: str) -> float:
    """Unigram probability of a character in running text (a floor for unknown ones)."""
    counts, total = _char_counts()
    return max(counts.get(ch, 0), 1) / total


def char_freq(ch: str) -> int:
    freq, _ = model()
    return freq.get(ch) or 0


def is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or o >= 0x20000


def score(s: str, local: dict[str, float] | None = None) -> float:
    """Log-probability of the best segmentation of `s`.

    `local` maps extra words to log-probabilities; it must also hold every proper prefix of those
    words (with value -inf) so the search knows to keep extending.
    """
    freq, logtotal = model()
    n = len(s)
    neg = -math.inf
    best = [neg] * (n + 1)
    best[0] = 0.0
    unknown = -logtotal - 2.0
    for i in range(n):
        bi = best[i]
        if bi == neg:
            continue
        ch = s[i]
        if not is_han(ch):
            if ch in _MARKS:
                c = _MARKS[ch]
            elif ch.isascii() and ch.isalnum():
                c = PUNCT_LOGP
            else:
                c = unknown
            v = bi + c
            if v > best[i + 1]:
                best[i + 1] = v
            continue
        single = False
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            w = s[i:j]
            f = freq.get(w)
            lp = local.get(w) if local else None
            if f is None and lp is None:
                break
            val = neg
            if f:
                val = math.log(f) - logtotal
            if lp is not None and lp > val:
                val = lp
            if val == neg:
                continue
            if j == i + 1:
                single = True
            v = bi + val
            if v > best[j]:
                best[j] = v
        if not single:
            v = bi + unknown
            if v > best[i + 1]:
                best[i + 1] = v
    return best[n]
