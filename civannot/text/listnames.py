"""Names in running-text lists of officials, for the GBK repair's guard.

A list of people in a report (`市领导甲乙丙、丁戊、己庚辛等参加`, `主任欧阳建、宫晓燕、鞠长河`) is
where a guess that reads like a word renames someone: both 宫 and 公 are surnames, 严书同 and
严书童 are both names, and the words around the item say nothing about which one was written.
An item counts as a name when, with the reading in place, it is two or three Chinese characters
(four with a compound surname), opens with a surname that does not open a common word there
(文明, 居民), is no dictionary word itself, and stands in a list: beside a 、, after a post
(市长, 主任) or before 等 / 同志.
"""

from __future__ import annotations

from functools import lru_cache

from civannot.text import lm
from civannot.text.word_lists import gazetteer_words

REACH = 12  # characters looked at on each side of the reading: a list item is short
_ENDERS = ("等同志", "同志", "等")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(single surnames, compound surnames, posts longest first) from the gazetteers."""
    # both lists hold several words on a line (总指挥长 副总指挥长 常务副总指挥长): read them with
    # the rules' reader, or such a line is one post that never matches
    surnames = gazetteer_words("surnames.txt")
    single = frozenset(w for w in surnames if len(w) == 1)
    compound = frozenset(w for w in surnames if len(w) > 1)
    # 市领导 and 县领导 open a list of officials as a post does (市领导甲乙丙、丁戊出席)
    posts = sorted(set(gazetteer_words("title_posts.txt")) | {"领导"}, key=len, reverse=True)
    return single, compound, tuple(posts)


def _after_post(run: str) -> int:
    """Where a name may start in a Chinese run that holds a post (副市长严书同: 3), else 0."""
    _s, _c, posts = _tables()
    best = 0
    for p in posts:
        i = run.rfind(p)
        if i >= 0 and i + len(p) > best:
            best = i + len(p)
    return best


def name_opened(before: str) -> bool:
    """Does `before` end with a post and a surname (市政协主席邱, 副市长欧阳): a name begun?"""
    single, compound, posts = _tables()
    tail = before[-10:]
    for n in (1, 2):
        sur, head = tail[-n:], tail[:-n]
        if (sur in single if n == 1 else sur in compound) and head.endswith(posts):
            return True
    return False


# a surname character that opens a common word there is that word (文明, 高峰, 居民)
WORD_FREQ = 100


def _is_name(item: str) -> bool:
    single, compound, _p = _tables()
    if not 2 <= len(item) <= 4 or not all(lm.is_han(c) for c in item):
        return False
    freq, _ = lm.model()
    if freq.get(item):
        return False
    if item[:2] in compound:
        return True
    return item[:1] in single and len(item) <= 3 and (freq.get(item[:2]) or 0) < WORD_FREQ


def _splits_word(item: str, at: int) -> bool:
    """Whether a name's edge at `at` would cut a common word in two (文明 in 开展文明劝导)."""
    if at <= 0 or at >= len(item):
        return False
    freq, _ = lm.model()
    return (freq.get(item[at - 1 : at + 1]) or 0) >= WORD_FREQ


def _names(item: str, open_left: bool, open_right: bool) -> list[tuple[int, int]]:
    """Where a name may stand in a list item: the whole item, and when the item goes on past the
    name (a post or a title before it, a verb after it), its first or last two to four
    characters on the side where the item is bounded by the list itself."""
    n = len(item)
    spans = [(0, n)]
    for m in (2, 3, 4):
        if m < n:
            if not open_left:
                spans.append((0, m))
            if not open_right:
                spans.append((n - m, n))
    return spans


def in_name_list(before: str, reading: str, after: str, bounded: bool = False) -> bool:
    """Whether `reading`, written between `before` and `after` (the text on either side of the
    damaged run), falls inside a name in a list of people. `bounded`: only a name the list
    bounds on its left (a post or a 、 right before it)."""
    s = before[-REACH:] + reading + after[:REACH]
    a = len(before[-REACH:])
    b = a + len(reading)
    i = a
    while i < b:
        if not lm.is_han(s[i]):
            i += 1
            continue
        # the Chinese run around this character (、 and every other mark end it)
        lo = i
        while lo > 0 and lm.is_han(s[lo - 1]):
            lo -= 1
        hi = i + 1
        while hi < len(s) and lm.is_han(s[hi]):
            hi += 1
        left_comma = s[lo - 1 : lo] == "、"
        right_comma = s[hi : hi + 1] == "、"
        # a post before the name (副市长严书同) bounds it on the left
        post = _after_post(s[lo:hi])
        n0 = lo + post
        # 等 / 同志 after the name (at or after the reading) bound it on the right
        n1, ender = hi, False
        for e in _ENDERS:
            j = s.find(e, max(b, n0 + 1), hi)
            if j > n0:
                n1, ender = j, True
                break
        listed = left_comma or right_comma or post > 0 or ender
        if listed and n1 - n0 >= 2:
            item = s[n0:n1]
            # a side is closed where the list bounds the name: a 、, a post, 等 / 同志
            open_left = not (post > 0 or left_comma)
            open_right = not (ender or right_comma)
            if bounded and open_left:
                i = hi
                continue
            for x, y in _names(item, open_left, open_right):
                if (
                    max(a, n0 + x) < min(b, n0 + y)
                    and _is_name(item[x:y])
                    and not _splits_word(item, x)
                    and not _splits_word(item, y)
                ):
                    return True
        i = hi
    return False
