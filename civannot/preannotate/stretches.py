"""A search that tries a pattern only where a match can be: in the stretches of a text made of
the characters its matches are made of, and only in a stretch that holds one of the words
every match needs (StretchScan).

The title grammar's branches that open with a level or a body (common._Rules, the first title
part) are tried at every level and body in a text (~180 places a bench article) and match at a
few: a level, a body, a run of any characters before a kind and a post are tried before each
attempt fails. Every match is made of CJK characters (and the brackets of 校（院）长) and ends
in a post, so a clause with no post (most of them) holds no match: a search of the posts
(a plain word list) finds the few clauses to try (session 36, speed36t).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from civannot.preannotate.gazetteers import alternation
from civannot.preannotate.pattern_cache import kept
from civannot.preannotate.scan import _c, _parsed, fast_compile, needed_word_sets, scan_compile


class _Unbounded(Exception):
    """The pattern can read a character of no bounded set (., [^…], \\w), or an anchor that
    looks at the text's end: no stretch can be drawn around its matches."""


# anchors that read nothing after their place (the text's start, a line's start: a character
# before it); the others (an end, a word boundary) read what follows, which a search cut at a
# stretch's end would not see
_START_ANCHORS = frozenset({_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE})


def _chars_read(seq: Any, out: list[tuple[int, int]]) -> None:
    """Add to `out` the (first, last) code points of every character `seq` can consume or a
    lookahead in it can read (a lookbehind reads before the place it stands, left out)."""
    for op, av in seq:
        if op is _c.LITERAL:
            out.append((av, av))
        elif op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.append((iav, iav))
                elif iop is _c.RANGE:
                    out.append((iav[0], iav[1]))
                else:  # NEGATE, CATEGORY
                    raise _Unbounded
        elif op is _c.BRANCH:
            for alt in av[1]:
                _chars_read(alt.data, out)
        elif op is _c.SUBPATTERN:
            _chars_read(av[3].data, out)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            _chars_read(av[2].data, out)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] > 0:
                _chars_read(av[1].data, out)
        elif op is _c.AT:
            if av not in _START_ANCHORS:
                raise _Unbounded
        else:  # ANY, NOT_LITERAL, GROUPREF, conditionals, possessive and atomic parts
            raise _Unbounded


@kept
def chars_class(pattern: str) -> str | None:
    """A character class of every character a match of `pattern` (no flags) can consume or
    look ahead at, or None where that is no bounded set."""
    try:
        parsed = _parsed(pattern)
        if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
            return None  # (a letter stands for its other case too; spaces for nothing)
        out: list[tuple[int, int]] = []
        _chars_read(parsed.data, out)
    except _Unbounded:
        return None
    out.sort()
    merged: list[list[int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])

    # (a letter beyond ASCII as itself, anything else escaped: no character of the class is
    # read as syntax)
    def lit(code: int) -> str:
        return chr(code) if code >= 128 and chr(code).isalnum() else f"\\U{code:08x}"

    return "[" + "".join(lit(a) if a == b else f"{lit(a)}-{lit(b)}" for a, b in merged) + "]"


def _rarest(sets: list[frozenset[str]], others: frozenset[str]) -> frozenset[str]:
    """Of the word sets one of which a branch's every match holds, the one that adds to
    `others` (the other branches' words) the fewest words of one character, then the longest
    words on average, then the fewest (a character is in most clauses, a longer word in fewer
    than a short one; a word the others look for anyway costs nothing)."""

    def cost(s: frozenset[str]) -> tuple[int, float, int]:
        new = s - others
        mean = sum(map(len, new)) / len(new) if new else float("inf")
        return (sum(len(w) == 1 for w in new), -mean, len(new))

    return min(sets, key=cost)


def needed_words_of_branches(branches: list[str]) -> frozenset[str] | None:
    """Words one of which every match of the alternation of `branches` holds: for each branch
    one of the sets scan.needed_word_sets finds for it, those adding the fewest words to the
    others' (None where a branch has none)."""
    return _needed_words_of_branches(tuple(branches))


@kept
def _needed_words_of_branches(branches: tuple[str, ...]) -> frozenset[str] | None:
    found = [needed_word_sets(b) for b in branches]
    if not all(found):
        return None
    first = [_rarest(sets, frozenset()) for sets in found]
    words: set[str] = set()
    for i, sets in enumerate(found):
        others = frozenset().union(*(f for j, f in enumerate(first) if j != i))
        words |= _rarest(sets, others)
    return frozenset(words)


@kept
def _may_be_empty(pattern: str) -> bool:
    return bool(_parsed(pattern).getwidth()[0] == 0)


class StretchScan:
    """The alternation of some branches, searched only in the stretches of a text that can
    hold a match: runs of the characters its matches are made of (chars_class) that hold one
    of the words every match needs (needed_words_of_branches). finditer and search (any pos
    and endpos) give the alternation's own matches, groups included; match, fullmatch and the
    rest are the alternation's own.

    Why exact: a match and what its lookaheads read are characters of the class, so they lie
    in one stretch, and the word every match holds lies there too, at or after the match's
    start. So the leftmost match from pos lies in the stretch of the first word found from pos
    or in a later one, never before the first word's stretch. Inside a stretch the search is
    cut at the stretch's end: what the pattern could read there is a character outside its
    class, which no part of it, lookaheads included, can consume, and it has no anchor that
    reads the text's end; so a match tried from a place in the stretch is the same, cut or not.
    """

    __slots__ = (
        "_inner", "_find_word", "_stretch", "_last",
        "pattern", "flags", "groups", "groupindex", "match", "fullmatch",
    )  # fmt: skip

    def __init__(self, inner: Any, words: Any, stretch: Any):
        self._inner = inner
        self._find_word = words
        self._stretch = stretch
        # the last text searched and its reverse: where a stretch opens is read in the reverse
        # text forwards, in C (a search reads a text ~8 times, one reverse for all of them)
        self._last: tuple[str | None, str] = (None, "")
        self.pattern = inner.pattern
        self.flags = inner.flags
        self.groups = inner.groups
        self.groupindex = inner.groupindex
        self.match = inner.match
        self.fullmatch = inner.fullmatch

    @classmethod
    def make(cls, branches: list[str], like: StretchScan | None = None) -> StretchScan | None:
        """A StretchScan of the branches' alternation, or None where its matches may hold a
        character of no bounded set, may be empty, or need no words found. `like`: the scan
        of branches that match whatever these match (these with optional parts left out):
        its class and its words hold for these too, and are not worked out again."""
        pattern = "|".join(branches)
        if like is not None:
            return cls(scan_compile(pattern), like._find_word, like._stretch)
        chars = chars_class(pattern)
        if chars is None or _may_be_empty(pattern):
            return None
        words = needed_words_of_branches(branches)
        if not words:
            return None
        # (the pattern searched in stretches only, between pos and endpos: the skip set on its
        # first characters is all fast_compile's scans could add there)
        return cls(
            scan_compile(pattern), fast_compile(alternation(words)), scan_compile(chars + "*")
        )

    def __repr__(self) -> str:
        return f"StretchScan({self._inner!r})"

    def _reversed(self, string: str) -> str:
        last = self._last
        if last[0] is not string:
            last = self._last = (string, string[::-1])
        return last[1]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        n = len(string)
        pos, endpos = max(pos, 0), min(endpos, n)
        find_word, stretch, inner = self._find_word.search, self._stretch.match, self._inner.search
        while pos < endpos:
            word = find_word(string, pos, endpos)
            if word is None:
                return None
            q = word.start()
            # the stretch around the word, from pos on: back in the reverse text, then forwards
            start = q - (stretch(self._reversed(string), n - q, n - pos).end() - (n - q))
            end = stretch(string, q, endpos).end()
            m = inner(string, start, end)
            if m is not None:
                return m
            # (a word starting with a character outside the class: no stretch, the next place)
            pos = end if end > q else q + 1
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        # (no match is empty: the next is searched from the end of the last)
        while (m := self.search(string, pos, endpos)) is not None:
            yield m
            pos = m.end()
