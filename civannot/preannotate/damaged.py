"""Titles in a text whose GBK repair left U+FFFD in them (县委\ufffd记某某, \ufffd政协主席某某,
人大常委\ufffd主任): the entity rules read a copy of the text in which such a character is the one
that makes the longest title across it; the spans keep the text as written (GUIDELINES: annotate
what is written), at the same offsets (one character for one). Names with a lost character are
read by persons.name_after itself (\ufffd远山, 柯远\ufffd).

Only a character the title vocabularies (levels, bodies, posts) put there is tried, and only where
the grammar then reads a title across it: a lost character elsewhere stays as it is. A lost 、
between two titles (县委副书记\ufffd县长某某) is read as 、 (session 11 audit: the traditional mirror
copies with GBK damage)."""

from __future__ import annotations

from functools import lru_cache

from civannot.preannotate.common import _Rules, rules
from civannot.preannotate.persons import name_after

FFFD = "\ufffd"
# the longest vocabulary word looked for around a lost character
_WORD_MAX = 6


@lru_cache(maxsize=1)
def _word_keys() -> dict[str, str]:
    """Each vocabulary word with one character lost (县委\ufffd记 has none: 书\ufffd, \ufffd记 of 书记)
    -> the characters that stand there, most words first."""
    g = rules().g
    counts: dict[str, dict[str, int]] = {}
    for w in (*g.levels, *g.bodies, *g.posts, *g.lone_posts):
        if not 2 <= len(w) <= _WORD_MAX:
            continue
        for j, c in enumerate(w):
            key = w[:j] + FFFD + w[j + 1 :]
            per = counts.setdefault(key, {})
            per[c] = per.get(c, 0) + 1
    return {k: "".join(sorted(v, key=lambda c: -v[c])) for k, v in counts.items()}


@lru_cache(maxsize=1)
def _single_chars() -> str:
    """The one-character levels and bodies (区, 县, 委…): tried after the words' characters."""
    g = rules().g
    return "".join(dict.fromkeys(w for w in (*g.levels, *g.bodies) if len(w) == 1))


def _candidates(text: str, i: int) -> list[str]:
    """The characters the vocabulary words around position i put there, from the longest word,
    then the one-character levels and bodies."""
    keys = _word_keys()
    out: list[str] = []
    for n in range(_WORD_MAX, 1, -1):
        for j in range(n):
            a = i - j
            if a < 0 or a + n > len(text):
                continue
            for c in keys.get(text[a : a + n], ""):
                if c not in out:
                    out.append(c)
    out.extend(c for c in _single_chars() if c not in out)
    return out


def _title_across(text: str, i: int, r: _Rules) -> int:
    """The length of the longest title the grammar reads across position i (0 if none). Not a
    body named by its kind (会议要求建立�长效机制 is no 会议要求建立部长), and a title of two
    characters only before a name (区�某某: 区长)."""
    best = 0
    for k in range(max(0, i - 12), i + 1):
        # (县领导甲、乙: the leaders of a level are read as a title too)
        for m in (r.title.match(text, k), r.leaders.match(text, k)):
            if m is None or m.end() <= i or m.groupdict().get("bykind") is not None:
                continue
            if m.end() - k < 3 and not name_after(text, m.end(), r):
                continue
            best = max(best, m.end() - k)
    return best


def reading_text(text: str, r: _Rules) -> str:
    """`text` with each lost character inside a title read as the one the title needs."""
    if FFFD not in text:
        return text
    chars = list(text)
    i = text.find(FFFD)
    while i >= 0:
        lo, hi = max(0, i - 14), min(len(text), i + 14)
        window = "".join(chars[lo:hi])
        at = i - lo
        best, best_len = "", 0
        if at and r.title.match(window, at + 1) is not None:
            # 县委副书记\ufffd县长某某: a lost 、 between two titles
            ends = {m.end() for k in range(max(0, at - 12), at) if (m := r.title.match(window, k))}
            if at in ends:
                best = "、"
        for c in () if best else _candidates(window, at):
            w = window[:at] + c + window[at + 1 :]
            n = _title_across(w, at, r)
            if n > best_len:
                best, best_len = c, n
        if best:
            chars[i] = best
        i = text.find(FFFD, i + 1)
    return "".join(chars)
