"""Faster scans with the same matches: a regex searched over a whole text is tried by the regex
engine at every position, and a pattern that opens with an optional group or an alternation of
hundreds of words costs a full attempt at each. A lookahead on the characters a match can start
with rejects most positions at the cost of one set test (the date rule ran ten times faster).

`guarded(pattern)` computes that set from the parsed pattern, so a rule or a word list can
change without the guard going stale; a pattern whose start it cannot bound (., [^…], a
backreference, an empty match, ignore-case) is compiled unchanged.

Where the regex compiler allows it (CPython 3.11+), the set is not a lookahead but the search's
own skip set (`scan_compile`): `re` already keeps one for a pattern that opens with a literal
or a character class, and skips in C, character by character, to the next position whose
character is in it; for any other pattern it calls its matcher at every position, and a
lookahead there is one more call per position. Given the set computed here, a search over a
text with the rules' 100-odd patterns took 5 % fewer of the workers' instructions than with the
lookaheads (callgrind, bench articles with the model). The set only skips positions where no
match can start; `match()` never reads it.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from civannot.preannotate.pattern_cache import kept

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons keep them under their old names
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_CATEGORY = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


# The parsed form of a pattern, read (never changed) by every helper here that looks at a
# pattern before compiling it: first_class, the makes of AfterScan, CueScan, TailScan and
# NearScan, needed_words. fast_compile asks for the same pattern up to seven times in a row,
# and parsing a long alternation (a word list's trie) is most of what compiling the rules
# costs (session 33, speed33: the parent's warm-up before its workers fork, a variant of a
# BranchGate compiled in each worker). _branch_guarded guards the alternations of its own
# parse in place: it parses afresh.
_parsed_last: list[tuple[str, int, Any]] = []


def _parsed(pattern: str, flags: int = 0) -> Any:
    """_p.parse(pattern, flags), the last few kept: the caller must not change it."""
    for p, f, tree in _parsed_last:
        if f == flags and p == pattern:
            return tree
    tree = _p.parse(pattern, flags)
    _parsed_last.insert(0, (pattern, flags, tree))
    if flags | tree.state.flags != flags:
        # (the same parse: the flags the parser adds, as a compiled pattern's flags hold them)
        _parsed_last.insert(0, (pattern, flags | tree.state.flags, tree))
    del _parsed_last[_PARSED_KEEP:]
    return tree


_PARSED_KEEP = 4


class _Unbounded(Exception):
    """The pattern may start with (almost) any character: no guard."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: list) -> list[str]:
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is _c.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])
        else:  # NEGATE, case-folded ranges, unknown categories
            raise _Unbounded
    return out


def _first(seq: list) -> tuple[list[str], bool]:
    """(class items a match of seq can start with, whether seq can match empty)."""
    out: list[str] = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes from what follows
        if op is _c.LITERAL:
            return out + [_char(av)], False
        if op is _c.IN:
            return out + _class_items(av), False
        if op is _c.BRANCH:
            nullable = False
            for alt in av[1]:
                items, n = _first(alt.data)
                out += items
                nullable = nullable or n
            if not nullable:
                return out, False
        elif op is _c.SUBPATTERN:
            items, n = _first(av[-1].data)
            out += items
            if not n:
                return out, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            lo, _hi, sub = av
            items, n = _first(sub.data)
            out += items
            if lo > 0 and not n:
                return out, False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            items, n = _first(av.data)
            out += items
            if not n:
                return out, False
        else:  # ANY, NOT_LITERAL, GROUPREF, conditionals
            raise _Unbounded
    return out, True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a non-empty match can start with, or None."""
    return _first_class(pattern, flags)


@kept
def _first_class(pattern: str, flags: int) -> str | None:
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        items, nullable = _first(parsed.data)
    except _Unbounded:
        return None
    except Exception:  # noqa: BLE001 - the parser is private API: if it changes, no guard
        return None
    if nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


class _Anything:
    """Holds every character: the start gate of a pattern whose first characters are no set."""

    def __contains__(self, ch: object) -> bool:
        return True


_ANYTHING = _Anything()
_START_SET_MAX = 2048  # a range of first characters spelled out as a set up to this size


def start_chars(compiled: Any, *, digits: bool = False) -> frozenset[str] | _Anything:
    """The characters a match of the compiled pattern can start with, as a set to test before
    `match` at a fixed position: a call of `match` that fails on its first character costs
    about ten times a set membership test (the call, its arguments, the matcher's state). A
    pattern whose start is unbounded, that may match empty, or whose first class holds a
    category gets a gate that lets everything through. `digits`: a \\d among the first
    characters is left to the caller (`ch.isdecimal()` is re's \\d of a str pattern)."""
    return _start_set(compiled.pattern, compiled.flags, digits)


def _start_set(pattern: str, flags: int, digits: bool) -> frozenset[str] | _Anything:
    """start_chars of the pattern before it is compiled."""
    found = _start_chars(pattern, flags, digits)
    return _ANYTHING if found is None else found


@kept
def _start_chars(pattern: str, flags: int, digits: bool) -> frozenset[str] | None:
    """_start_set's answer, None for _ANYTHING."""
    cls = first_class(pattern, flags)
    if cls is None:
        return None
    out: set[str] = set()
    try:
        op, av = _p.parse(cls).data[0]
        for iop, iav in av if op is _c.IN else [(op, av)]:
            if iop is _c.LITERAL:
                out.add(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < _START_SET_MAX:
                out.update(map(chr, range(iav[0], iav[1] + 1)))
            elif not (digits and iop is _c.CATEGORY and iav is _c.CATEGORY_DIGIT):
                return None
    except Exception:  # noqa: BLE001 - the parser is private API: if it changes, no gate
        return None
    return frozenset(out)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern) with its possible first characters as the search's skip set (or,
    where the compiler does not allow that, a lookahead on them): the same matches (finditer,
    search, match, at any pos), found without a full attempt at most positions."""
    cls = first_class(pattern, flags)
    if cls is None:
        return _plain(pattern, flags)
    fast = _with_skip_set(pattern, flags, cls)
    return fast if fast is not None else re.compile(f"(?={cls})(?:{pattern})", flags)


def scan_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), with its possible first characters as the search's skip set
    where `re` keeps none of its own (the pattern does not open with a literal or a class):
    the same pattern, the same matches."""
    cls = first_class(pattern, flags)
    fast = _with_skip_set(pattern, flags, cls) if cls is not None else None
    if fast is None and _SKIP_SET_OK:
        fast = _branch_guarded(pattern, flags)
    return fast if fast is not None else re.compile(pattern, flags)


def speed_up(namespace: dict[str, Any]) -> None:
    """Compile again every regex in `namespace` (a module's globals(), an object's vars()):
    with scan_compile, or as an AfterScan where a match can only start after one of a few
    characters; the same patterns and flags, so the same matches."""
    for name, value in list(namespace.items()):
        if isinstance(value, _Later):
            # (the flags re.compile would give it: those the parser adds too)
            flags = value.flags | _parser_flags(value.pattern, value.flags)
            namespace[name] = fast_compile(value.pattern, flags)
        elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = fast_compile(value.pattern, value.flags)


@kept
def _parser_flags(pattern: str, flags: int) -> int:
    """The flags the parser adds to the pattern's (its inline ones: (?s), (?m))."""
    return int(_parsed(pattern, flags).state.flags)


class _Later:
    """A pattern that speed_up compiles (its pattern and flags as re.compile's would be), not
    compiled twice: a long alternation of the rules cost a third of their warm-up compiled
    once as it was written and once more by speed_up (session 33, speed33). It has nothing but
    those two: anything that searches before speed_up fails at once."""

    __slots__ = ("pattern", "flags")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags


def later(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for speed_up to compile (_Later), typed as the compiled pattern it becomes
    there: an attribute of the rules (common._Rules) set so is compiled once."""
    return _Later(pattern, flags)  # type: ignore[return-value]


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """AfterScan(pattern) where a match can only start after one of a few characters (or at
    the text's start; TailScan or NearScan where it also holds one of a few words within
    reach), CueScan(pattern) where it holds a punctuation mark a few characters
    after its start, else scan_compile(pattern): the same matches either way. Where every
    match needs one of a few words, a whole text without them is not searched (TextGate)."""
    fast = (
        TailScan.make(pattern, flags)
        or NearScan.make(pattern, flags)
        or (
            None
            if _opens_on_few(pattern, flags)
            else AfterScan.make(pattern, flags) or CueScan.make(pattern, flags)
        )
    )
    inner: Any = fast if fast is not None else scan_compile(pattern, flags)
    words = needed_words(pattern, flags, _TEXT_GATE_WORDS)
    if words is not None:
        return TextGate(inner, words)  # type: ignore[return-value]
    return inner  # type: ignore[no-any-return]


def _opens_on_few(pattern: str, flags: int) -> bool:
    """Can a match open on a few characters only (a set of them, digits among them or not)?
    `re`'s own search then skips in C to the next of them (its skip set, or scan_compile's),
    where an AfterScan probes in C for the character before a match and then calls `match`
    from Python, and a CueScan calls `match` from Python at each position within reach of its
    mark: measured on the bench articles and the real pages of session 36 (speed36e), 18 of the
    19 of them whose match opens on such a set (“, 年, 省|市|县|区, a numeral…) cost more than
    the pattern searched as it is, the pattern alone ~40 % less. The same matches either way."""
    return not isinstance(_start_set(pattern, flags, True), _Anything)


# a branch is left out where none of the words it needs is, if they are this few (BranchGate;
# a whole pattern gated so, str.find for its words before each search, cost the rules more
# than it saved on the bench articles: dropped)
_GATE_WORDS = 6


# a whole text is searched only if it holds one of the words every match needs, if they are
# this few (TextGate: each `in` costs ~5 instructions a character, `re`'s pass ~60)
_TEXT_GATE_WORDS = 12
# ... and shorter than this, not looked at (a sentence sliced out: the regex's pass is short)
_GATE_SPAN = 200
# after this many searches a TextGate decides whether it is worth its call: ...
_GATE_SETTLE = 64
# ... kept where at least this share of the whole texts searched lacked the words
_GATE_KEEP = 0.125


class TextGate:
    """A pattern every match of which holds one of a few words (中央和省委 needs 中央, a zone's
    unit 开发区/高新区/…, a campaign body 创城/创文/…): a search of a WHOLE text (pos 0, no endpos
    short of its end, 200 characters or more: the rules' whole-text scans) first asks `word in text` for each, in C,
    and finds nothing where none is; `re`'s own pass over a text costs ~45k instructions before
    any attempt (its skip set's test at every character), each `in` ~5 a character. A part of a
    text (a sentence: pos or endpos given, or sliced out) goes to the pattern at once.

    The gate is a Python call in front of a C one: where a pattern is searched in parts only
    (per sentence), or its words are in nearly every text, it costs more than it saves (session
    8's GateScan looked before every search and was dropped for it). So after _GATE_SETTLE
    searches it settles: it stays where at least _GATE_KEEP of the whole texts searched lacked
    the words, else search and finditer become the pattern's own. Either way finditer and
    search give the pattern's matches; match, fullmatch and the rest are the pattern's own.

    A gate that stays asks for each word first whether the text holds one character of it,
    the one the texts seen while settling held least often (`c in text` is a memchr, ~0.5
    instructions a character; a word of two or more, ~8): a text without that character
    lacks the word. The gates' `in` were ~2 % of a worker's instructions before."""

    __slots__ = (
        "_inner", "_words", "_calls", "_whole", "_absent", "_held", "_keys",
        "search", "finditer", "match", "fullmatch", "pattern", "flags",
    )  # fmt: skip

    def __init__(self, inner: Any, words: frozenset[str]):
        self._inner = inner
        # (longest first: a longer word is rarer, and absent more often)
        self._words = tuple(sorted(words, key=lambda w: (-len(w), w)))
        self._calls = self._whole = self._absent = 0
        # while settling: how many whole texts held each character of the words
        self._held = dict.fromkeys("".join(self._words), 0)
        # once settled: (a character, the words looked for where it is, or None where it is
        # a word itself), one entry per character (several words may share one: 专家组, 测评组)
        self._keys: tuple[tuple[str, tuple[str, ...] | None], ...] | None = None
        self.match = inner.match
        self.fullmatch = inner.fullmatch
        self.pattern = inner.pattern
        self.flags = inner.flags
        self.search = self._gated_search
        self.finditer = self._gated_finditer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __repr__(self) -> str:
        return f"TextGate({self._inner!r}, {self._words!r})"

    def _lacks_words(self, string: str, pos: int, endpos: int) -> bool:
        """Is this a whole text without any of the words? (counted for settling)"""
        self._calls += 1
        if self._calls == _GATE_SETTLE:
            self._settle()
        n = len(string)
        if pos > 0 or endpos < n or n < _GATE_SPAN:
            return False
        self._whole += 1
        keys = self._keys
        if keys is not None:
            if not _lacks_keys(string, keys):
                return False
            self._absent += 1
            return True
        held = self._held
        for c in held:
            if c in string:
                held[c] += 1
        for w in self._words:
            if w in string:
                return False
        self._absent += 1
        return True

    def _settle(self) -> None:
        if self._absent < _GATE_KEEP * self._whole or not self._whole:
            self.search = self._inner.search
            self.finditer = self._inner.finditer
            return
        held = self._held
        # (each word's least held character, looked for once for all the words that share it)
        by_char: dict[str, list[str] | None] = {}
        for w in self._words:
            c = min(w, key=held.__getitem__)
            if len(w) == 1:
                by_char[c] = None
            elif c not in by_char:
                by_char[c] = [w]
            elif (ws := by_char[c]) is not None:
                ws.append(w)
        self._keys = keys = tuple(
            (c, None if ws is None else tuple(ws)) for c, ws in by_char.items()
        )
        self.search, self.finditer = _settled_gate(self._inner, keys)

    def _gated_search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if self._lacks_words(string, pos, endpos):
            return None
        return self._inner.search(string, pos, endpos)  # type: ignore[no-any-return]

    def _gated_finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._lacks_words(string, pos, endpos):
            return iter(())
        return self._inner.finditer(string, pos, endpos)  # type: ignore[no-any-return]


def _lacks_keys(string: str, keys: tuple[tuple[str, tuple[str, ...] | None], ...]) -> bool:
    """Does the text lack every word of a settled TextGate? (its keys: a character, and the
    words looked for where it stands, or None where the character is a word itself)"""
    for c, ws in keys:
        if c in string:
            if ws is None:
                return False
            for w in ws:
                if w in string:
                    return False
    return True


def _settled_gate(
    inner: Any, keys: tuple[tuple[str, tuple[str, ...] | None], ...]
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The search and finditer of a TextGate that stays (TextGate._lacks_words once settled,
    counted no more): one call before the pattern's instead of three (the gates answer ~37
    whole-text searches of a bench article, most of them at once; session 35, speed35e)."""
    inner_search, inner_finditer = inner.search, inner.finditer

    def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        n = len(string)
        if pos <= 0 and endpos >= n >= _GATE_SPAN and _lacks_keys(string, keys):
            return None
        return inner_search(string, pos, endpos)  # type: ignore[no-any-return]

    def finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        n = len(string)
        if pos <= 0 and endpos >= n >= _GATE_SPAN and _lacks_keys(string, keys):
            return iter(())
        return inner_finditer(string, pos, endpos)  # type: ignore[no-any-return]

    return search, finditer


# a mark found a few characters into every match is looked for with str.find only within reach
_CUE_REACH = 8


def _cue(seq: list, lo: int, hi: int) -> tuple[str, int, int] | None:
    """(mark, fewest, most characters before it) of the first literal punctuation mark every
    match of seq holds, the widths before it bounded by _CUE_REACH; None if there is none."""
    for op, av in seq:
        if op is _c.LITERAL:
            ch = chr(av)
            if not ch.isalnum() and lo >= 1:
                return ch, lo, hi
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            got = _cue(list(av[3]), lo, hi)
            if got is not None:
                return got
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            got = _cue(list(av[2]), lo, hi)
            if got is not None:
                return got
        w = _p.SubPattern(_p.State(), [(op, av)]).getwidth()
        lo, hi = lo + w[0], hi + w[1]
        if hi > _CUE_REACH:
            return None
    return None


def _after_class(seq: list, multiline: bool = False) -> tuple[list[str], bool] | None:
    """A sequence that opens with `(?<=[…])`, `^|(?<=[…])` or groups of them: (class items of
    the character a match must follow, whether it may also start at the text's start); None
    where a match may start anywhere. (`^` under MULTILINE also follows a line break.)"""
    if not seq:
        return None
    op, av = seq[0]
    if op is _c.AT:
        if av is _c.AT_BEGINNING:
            return ([_char(10)] if multiline else []), True
        return ([], True) if av is _c.AT_BEGINNING_STRING else None
    if op is _c.ASSERT and av[0] == -1:  # a lookbehind: one character of a class
        inner = list(av[1])
        if len(inner) != 1:
            return None
        iop, iav = inner[0]
        if iop is _c.LITERAL:
            return [_char(iav)], False
        if iop is _c.IN:
            return _class_items(list(iav)), False
        return None
    if op is _c.SUBPATTERN:
        _group, add, rm, sub = av
        return _after_class(list(sub), multiline) if not add and not rm else None
    if op is _c.BRANCH:
        items: list[str] = []
        at_start = False
        for alt in av[1]:
            got = _after_class(list(alt), multiline)
            if got is None:
                return None
            items += got[0]
            at_start = at_start or got[1]
        return items, at_start
    return None


class _PatternProxy:
    """A compiled pattern searched a faster way (AfterScan, CueScan, TailScan): match,
    fullmatch, pattern and flags are the pattern's own, and so is anything the proxy does not
    define; each subclass gives its own search and finditer, with the pattern's matches."""

    __slots__ = ("_p", "match", "fullmatch", "pattern", "flags")

    def __init__(self, compiled: re.Pattern[str]):
        self._p = compiled
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch
        self.pattern = compiled.pattern
        self.flags = compiled.flags

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._p!r})"


class AfterScan(_PatternProxy):
    """A pattern whose matches can only start at the text's start or after one of a few
    characters (`(?:^|(?<=[，。\n]))NAME强调`), searched from those characters only: `re`
    would try the whole pattern at every position its first character allows (for a name,
    any Chinese character), and fail at once at most for want of the character before. A
    probe, that character followed by a lookahead on the whole pattern, skips in C to the
    next of them (its first op is a class) and succeeds where a match starts right after it;
    the match is then the pattern's own (`match` at that position). finditer and search give
    the same matches as the compiled pattern; anything else is the pattern's own method."""

    __slots__ = ("_probe", "_at_start")

    def __init__(self, compiled: re.Pattern[str], probe: re.Pattern[str], at_start: bool):
        super().__init__(compiled)
        self._probe = probe
        self._at_start = at_start

    @classmethod
    def make(cls, pattern: str, flags: int = 0) -> AfterScan | None:
        plan = _after_plan(pattern, flags)
        if plan is None:
            return None
        try:
            probe = _plain(plan[0], flags)
        except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
            return None
        return cls(scan_compile(pattern, flags), probe, plan[1])

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # (with endpos, the probe and the pattern both read the text cut there: the same cut)
        pos = max(pos, 0)
        if pos == 0 and self._at_start:
            m = self._p.match(string, 0, endpos)
            if m is not None:
                return m
        c = self._probe.search(string, max(pos - 1, 0), endpos)
        return self._p.match(string, c.start() + 1, endpos) if c is not None else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pos = max(pos, 0)
        match = self._p.match
        last = pos
        if pos == 0 and self._at_start:
            m = match(string, 0, endpos)
            if m is not None:
                yield m
                last = m.end()
        for c in self._probe.finditer(string, max(pos - 1, 0), endpos):
            q = c.start() + 1
            if q >= last:
                m = match(string, q, endpos)
                if m is not None:  # (the probe found it: always)
                    yield m
                    last = m.end()


def _opening(pattern: str, flags: int) -> tuple[Any, list[str], bool] | None:
    """(the parse, the class items of the character a match must follow, whether it may also
    start the text) of a pattern whose matches, never empty, can start only after a few
    characters; None otherwise, or where the parse is not read (case folded, verbose). Raises
    what the parse or _after_class raise."""
    parsed = _parsed(pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    if parsed.getwidth()[0] == 0:
        return None  # an empty match: finditer's steps past it are not copied by the scans
    got = _after_class(list(parsed), bool(parsed.state.flags & re.MULTILINE))
    if got is None or not got[0]:
        return None
    return parsed, got[0], got[1]


@kept
def _after_plan(pattern: str, flags: int) -> tuple[str, bool] | None:
    """AfterScan's probe (the pattern) and whether a match may start the text, or None where
    the pattern's matches may start anywhere."""
    try:
        opening = _opening(pattern, flags)
    except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
        return None
    if opening is None:
        return None
    _parse, after, at_start = opening
    return f"[{''.join(dict.fromkeys(after))}](?=(?:{pattern}))", at_start


class CueScan(_PatternProxy):
    """A pattern every match of which holds a punctuation mark a few characters after its start
    (`[…]{2,6}(?:、[…]{2,8}){2,}`: 、 two to six characters in): `re` tries it at every position
    its first character allows (here any Chinese character), reading up to six characters and
    going back over them at each. The mark is found with str.find, and the pattern is tried only
    at the few positions that far before it, in order, none twice, none inside the previous
    match: the same matches as finditer and search; anything else is the pattern's own method."""

    __slots__ = ("_cue", "_lo", "_hi")

    def __init__(self, compiled: re.Pattern[str], cue: str, lo: int, hi: int):
        super().__init__(compiled)
        self._cue, self._lo, self._hi = cue, lo, hi

    @classmethod
    def make(cls, pattern: str, flags: int = 0) -> CueScan | None:
        got = _cue_plan(pattern, flags)
        if got is None:
            return None
        return cls(scan_compile(pattern, flags), *got)

    def __repr__(self) -> str:
        return f"CueScan({self._p!r}, {self._cue!r})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pos = max(pos, 0)
        end = min(endpos, len(string))
        cue, lo, hi, match, find = self._cue, self._lo, self._hi, self._p.match, string.find
        nxt = pos  # every start before it was tried or lies inside a match given
        q = find(cue, pos + lo, end)
        while q >= 0:
            a, b = max(nxt, q - hi), q - lo
            while a <= b:
                m = match(string, a, endpos)
                if m is None:
                    a += 1
                else:
                    yield m
                    a = m.end()  # (never empty: the pattern's width is at least one)
            nxt = max(nxt, a)
            q = find(cue, max(q + 1, nxt + lo), end)


@kept
def _cue_plan(pattern: str, flags: int) -> tuple[str, int, int] | None:
    """CueScan's (mark, fewest, most characters before it), or None."""
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        if parsed.getwidth()[0] == 0:
            return None
        return _cue(list(parsed), 0, 0)
    except Exception:  # noqa: BLE001 - the parser is private API: if it changes, no cue
        return None


# a TailScan's pattern reaches this far at most before its closing words (a speaker frame:
# name, 同志, 在…时, an adverb)
_TAIL_REACH = 40


class _ClauseScan(_PatternProxy):
    """What TailScan and NearScan share: the pattern, the lookahead for the words that every
    match holds (the cue), the clause marks a match starts after, whether it may start the
    text, and how far before the cue a match may start."""

    __slots__ = ("_cue", "_after", "_at_start", "_reach")

    def __init__(
        self,
        compiled: re.Pattern[str],
        cue: re.Pattern[str],
        after: re.Pattern[str],
        at_start: bool,
        reach: int,
    ):
        super().__init__(compiled)
        self._cue = cue
        self._after = after
        self._at_start = at_start
        self._reach = reach

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)


class TailScan(_ClauseScan):
    """A pattern that can only start after one of a few characters (as for AfterScan) and
    whose every match ends with one of a few words and a mark, at most a few characters after
    its start (`(?<=[，。\n])NAME(?:在…时)?(?:强调|指出|要求|…)[，：:,]`: a speaker frame).
    AfterScan tries the whole pattern at every clause start (a name, an optional place and
    time, an adverb: dozens of alternatives each); the closing words and mark are rarer than
    clause starts, so they are looked for first (one lookahead, the words' first characters as
    its skip set), and the pattern is tried only at the clause starts within reach before each,
    in order, none before the end of the match just given: the same matches as finditer and
    search; anything else is the pattern's own method.

    (A match starting at q holds the words at some x with q <= x <= q + reach: so no match
    starts between the end of the previous one and reach before the next place the words stand,
    and those within reach are all tried.)"""

    __slots__ = ()

    @classmethod
    def make(cls, pattern: str, flags: int = 0) -> TailScan | None:
        plan = _tail_plan(pattern, flags)
        if plan is None:
            return None
        tail_re, firsts, after_re, at_start, reach = plan
        try:
            tail = _with_skip_set(tail_re, flags, firsts) or re.compile(tail_re, flags)
            after = re.compile(after_re, flags)
        except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
            return None
        return cls(_plain(pattern, flags), tail, after, at_start, reach)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pos = max(pos, 0)
        match, after, reach = self._p.match, self._after.finditer, self._reach
        for t in self._cue.finditer(string, pos, endpos):
            x = t.start()
            if x < pos:
                continue  # (inside the match just given)
            lo = max(pos, x - reach)
            m = match(string, 0, endpos) if lo == 0 and self._at_start else None
            if m is None:
                for c in after(string, max(lo - 1, 0), x):
                    m = match(string, c.start() + 1, endpos)
                    if m is not None:
                        break
            if m is not None:
                yield m
                pos = m.end()  # (never empty: the words and the mark are at least two)
            else:
                pos = x + 1


@kept
def _tail_plan(pattern: str, flags: int) -> tuple[str, str, str, bool, int] | None:
    """TailScan's (lookahead for the closing words and mark, their first characters' class,
    the class of the characters a match follows, whether it may start the text, its reach),
    or None where the pattern has no such end."""
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        items = list(parsed)
        if len(items) < 3:
            return None
        got = _after_class(items, bool(parsed.state.flags & re.MULTILINE))
        if got is None or not got[0]:
            return None
        # (the mark: punctuation, a few literal characters; a word's last character would
        # not be rarer than the word)
        mop, mav = items[-1]
        if mop is _c.LITERAL:
            codes = [mav]
        elif mop is _c.IN and all(iop is _c.LITERAL for iop, _ in mav):
            codes = [iav for _, iav in mav]
        else:
            return None
        if not codes or any(chr(c).isalnum() for c in codes):
            return None
        mark = [_char(c) for c in codes]
        words = _words([items[-2]], classes=True)
        if not words or "" in words or len(words) > _FINITE_MAX:
            return None
        reach = _p.SubPattern(parsed.state, items[:-2]).getwidth()[1]
        if reach > _TAIL_REACH:
            return None
    except _Unbounded:
        return None
    except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
        return None
    finally:
        _WORDS_SEEN.clear()
    alts = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
    tail_re = f"(?=(?:{alts})[{''.join(mark)}])"
    firsts = "[" + "".join(sorted({_char(ord(w[0])) for w in words})) + "]"
    return tail_re, firsts, f"[{''.join(dict.fromkeys(got[0]))}]", got[1], reach


# a NearScan's words start at most this far after the match's start ...
_NEAR_REACH = 24
# ... after a part whose width may vary by this much at least (what a failing attempt at each
# clause start walks through before it fails)
_NEAR_SPREAD = 4
# the clause marks a NearScan's start follows one of: the frequent ones, so that AfterScan's
# probe tries the pattern often
_NEAR_MARKS = frozenset("，。、")


def _near(seq: list, lo: int, hi: int, state: Any) -> tuple[frozenset[str], int, int] | None:
    """(words, fewest and most characters before them) of a small set of words one of which
    every match of seq holds, starting within _NEAR_REACH of the match's start (in a lookahead
    too: the text holds it); the rarest found (its shortest word longest, then the fewest
    words), or None."""
    best: tuple[frozenset[str], int, int] | None = None
    for op, av in seq:
        cand: tuple[frozenset[str], int, int] | None = None
        words = _words([(op, av)], classes=True) if op in _WORD_OPS else None
        if words and "" not in words:
            cand = (frozenset(words), lo, hi)
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            cand = _near(list(av[3]), lo, hi, state)
        elif op is _c.ASSERT and av[0] == 1:
            cand = _near(list(av[1]), lo, hi, state)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            cand = _near(list(av[2]), lo, hi, state)
        elif op is _c.BRANCH:
            per = [_near(list(alt), lo, hi, state) for alt in av[1]]
            if per and all(p is not None for p in per):
                cand = (
                    frozenset().union(*(p[0] for p in per if p is not None)),
                    min(p[1] for p in per if p is not None),
                    max(p[2] for p in per if p is not None),
                )
        if cand is not None and cand[2] <= _NEAR_REACH:
            rank = (-min(map(len, cand[0])), len(cand[0]), cand[2])
            if best is None or rank < (-min(map(len, best[0])), len(best[0]), best[2]):
                best = cand
        w = _p.SubPattern(state, [(op, av)]).getwidth()
        lo, hi = lo + w[0], hi + w[1]
        if lo > _NEAR_REACH:
            break
    return best


_WORD_OPS = (_c.LITERAL, _c.IN, _c.BRANCH, _c.SUBPATTERN)


@kept
def _near_plan(pattern: str, flags: int) -> tuple[str, str, str, bool, int] | None:
    """NearScan's (lookahead for the words, their first characters' class, the class of the
    clause marks a match follows, whether it may start the text, how far before the words a
    match may start), or None where the pattern has no such words."""
    try:
        opening = _opening(pattern, flags)
        if opening is None:
            return None
        parsed, after_items, at_start = opening
        after_re = f"[{''.join(dict.fromkeys(after_items))}]"
        after = re.compile(after_re, flags)
        if not any(after.match(m) for m in _NEAR_MARKS):
            return None
        found = _near(list(parsed), 0, 0, parsed.state)
    except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
        return None
    finally:
        _WORDS_SEEN.clear()
    if found is None:
        return None
    words, lo, hi = found
    # (a word that is a mark is as frequent as the clause marks: nothing to gain)
    if hi - lo < _NEAR_SPREAD or not all(w[0].isalnum() for w in words):
        return None
    alts = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
    firsts = "[" + "".join(sorted({_char(ord(w[0])) for w in words})) + "]"
    return f"(?=(?:{alts}))", firsts, after_re, at_start, hi


class NearScan(_ClauseScan):
    """A pattern that can only start after a clause mark (as for AfterScan: ，。、 among the
    marks) and whose every match holds one of a few words a varying few characters after its
    start (`(?<=[、，。])(?=[^，。]{1,11}?(?:长|主任|经理))…`: a body named by its kind and its
    head; `(?<=[，、])…{1,8}?(?:开发区|园区|…)`: a zone's unit). AfterScan tries the pattern at
    every clause mark, and a failing attempt walks every width of the varying part before it
    fails; here the words are looked for first (one lookahead, their first characters as its
    skip set), and the pattern is tried only at the clause starts within reach before each, in
    order, none before the end of the match just given: the same matches as finditer and
    search (the argument of TailScan's, the words anywhere within reach instead of at the
    end); anything else is the pattern's own method."""

    __slots__ = ()

    @classmethod
    def make(cls, pattern: str, flags: int = 0) -> NearScan | None:
        plan = _near_plan(pattern, flags)
        if plan is None:
            return None
        near_re, firsts, after_re, at_start, reach = plan
        try:
            after = re.compile(after_re, flags)
            near = _with_skip_set(near_re, flags, firsts) or re.compile(near_re, flags)
        except Exception:  # noqa: BLE001 - the parser is private API, a group may not nest
            return None
        return cls(scan_compile(pattern, flags), near, after, at_start, reach)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pos = max(pos, 0)
        match, after, reach = self._p.match, self._after.finditer, self._reach
        nxt = pos  # every clause start before it was tried or lies inside a match given
        for t in self._cue.finditer(string, pos, endpos):
            x = t.start()
            if x < nxt:
                continue
            lo = max(nxt, x - reach)
            if lo == 0 and self._at_start:
                m = match(string, 0, endpos)
                if m is not None:
                    yield m
                    nxt = lo = m.end()  # (never empty: the pattern's width is at least one)
            while lo <= x:
                m = None
                for c in after(string, max(lo - 1, 0), x):
                    if c.start() + 1 >= lo:
                        m = match(string, c.start() + 1, endpos)
                        if m is not None:
                            break
                if m is None:
                    break
                yield m
                nxt = lo = m.end()
            nxt = max(nxt, x + 1)


# (_program's skip set: any failure, another Python or a changed compiler, leaves the plain
# pattern, which matches the same)
_LOCK = threading.Lock()
try:  # Python 3.11+
    import _sre
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    _sre_compiler = None
_SKIP_SET_OK = _sre_compiler is not None and hasattr(_sre_compiler, "_get_charset_prefix")


def _with_skip_set(pattern: str, flags: int, cls: str) -> re.Pattern[str] | None:
    if not _SKIP_SET_OK:
        return None
    try:
        return _compiled(pattern, flags, cls)
    except Exception:  # noqa: BLE001 - private API: if it changed, the plain pattern
        return None


# What _sre.compile takes after the pattern: its flags, its program, its number of groups, its
# group names both ways (as re._compiler.compile passes them).
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _compiled(pattern: str, flags: int, skip: str | None) -> Any:
    """The pattern compiled from its program (_program: kept between runs), its alternations
    guarded, with `skip` as its skip set where re finds none (None: the pattern's own)."""
    program = _program(pattern, flags, skip)
    if program is None:
        return None
    try:
        return _sre.compile(pattern, *program)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        # (a program kept by a regex engine of the same version and MAGIC that reads it
        # otherwise: worked out afresh)
        program = _program.__wrapped__(pattern, flags, skip)  # type: ignore[attr-defined]
        return None if program is None else _sre.compile(pattern, *program)


@kept
def _program(pattern: str, flags: int, skip: str | None) -> _Program | None:
    """_compiled's program; None where `skip` is no class of characters a match opens with."""
    if skip is None:
        return _guarded_program(pattern, flags)
    op, av = _p.parse(skip).data[0]
    items = list(av) if op is _c.IN else [(op, av)]
    if not items or items[0][0] is _c.NEGATE:
        return None
    # The skip set is given to the regex compiler through its function that looks for one
    # (re._compiler._get_charset_prefix, private): wrapped, in this thread only and while this
    # module compiles, to answer the computed set where it finds none itself.
    orig = _sre_compiler._get_charset_prefix
    me = threading.get_ident()

    def charset_prefix(*args: Any, **kwargs: Any) -> Any:
        found = orig(*args, **kwargs)
        if found is None and threading.get_ident() == me:
            return items
        return found

    with _LOCK:
        _sre_compiler._get_charset_prefix = charset_prefix
        try:
            return _guarded_program(pattern, flags)
        finally:
            _sre_compiler._get_charset_prefix = orig


# A large alternation inside a pattern (a word list's trie: the levels, the bodies, the names
# of organisations, with tens of first characters at one node) is tried by the regex engine
# one alternative after another: at a position where none can start, each is looked at before
# the alternation fails (~6 instructions an alternative opening with a character, a whole
# attempt one opening with a group). A lookahead on the characters the alternation can start
# with (the class scan._first computes) fails there in one class test. It is put in front of
# an alternation whose alternatives cost at least _GUARD_COST that way (an alternative opening
# with a character or a class 1, any other _GUARD_JUMP), and never at the pattern's start (the
# search's skip set does that). The alternation cannot match at a position the lookahead
# rejects, and the lookahead consumes nothing, sets no group and is not backtracked into: the
# same matches, groups and lastindex, found with fewer instructions (session 21, speed22).
_GUARD_COST = 16
_GUARD_JUMP = 8


def _alternatives_cost(alts: list[Any]) -> int:
    cost = 0
    for alt in alts:
        first = alt.data[0][0] if len(alt.data) else None
        cost += 1 if first is _c.LITERAL or first is _c.IN else _GUARD_JUMP
    return cost


def _guard_seq(seq: Any, at_start: bool) -> None:
    """Guard the alternations of a parsed sequence in place (see _GUARD_COST)."""
    seq.data[:] = _guarded(seq, at_start).data


def _guarded(seq: Any, at_start: bool) -> Any:
    """A parsed sequence with its alternations guarded (see _GUARD_COST): `seq` itself where
    nothing in it is guarded, else a new sequence sharing what is unchanged; `seq` is not
    changed (scan._parsed keeps what the parser gave). A copy of the whole parse, guarded in
    place, was a fifth of the rules' warm-up where most of a word list's trie is left as it
    is (session 35, speed35e)."""
    out: list[Any] = []
    changed = False
    for op, av in seq.data:
        # (at the start: nothing but zero-width items before it, 某某(?:(?<=[，。])|^) too)
        start = at_start
        at_start = at_start and _p.SubPattern(seq.state, [(op, av)]).getwidth()[1] == 0
        new = av
        if op is _c.BRANCH:
            alts = [_guarded(alt, False) for alt in av[1]]
            if any(x is not y for x, y in zip(alts, av[1], strict=True)):
                new = (av[0], alts)
            if not start and _alternatives_cost(new[1]) >= _GUARD_COST:
                try:
                    items, nullable = _first([(op, new)])
                except _Unbounded:
                    items, nullable = [], True
                if items and not nullable:
                    cls = _p.parse("[" + "".join(dict.fromkeys(items)) + "]").data
                    out.append((_c.ASSERT, (1, _p.SubPattern(seq.state, cls))))
                    changed = True
        elif op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unbounded
            sub = _guarded(av[-1], start)
            if sub is not av[-1]:
                new = (*av[:-1], sub)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            sub = _guarded(av[2], False)
            if sub is not av[2]:
                new = (av[0], av[1], sub)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            if av[0] > 0:  # (a lookbehind left as it is)
                sub = _guarded(av[1], False)
                if sub is not av[1]:
                    new = (av[0], sub)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            new = _guarded(av, False)
        changed = changed or new is not av
        out.append((op, new))
    return _p.SubPattern(seq.state, out) if changed else seq


def _plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern for match() at given positions (no skip set): its alternations guarded."""
    return _branch_guarded(pattern, flags) if _SKIP_SET_OK else re.compile(pattern, flags)


def _branch_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """_sre_compiler.compile(pattern, flags) with its inner alternations guarded (_guard_seq);
    the pattern's own compile where that cannot be done (case folded, a private API changed)."""
    try:
        return _compiled(pattern, flags, None)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - private API: if it changed, the plain pattern
        return _sre_compiler.compile(pattern, flags)  # type: ignore[no-any-return]


def _guarded_program(pattern: str, flags: int) -> _Program:
    """The program of the pattern with its inner alternations guarded (_guard_seq); the
    pattern's own program where they cannot be (case folded, a private API changed)."""
    try:
        parsed = _parsed(pattern, flags)
        if (flags | parsed.state.flags) & re.IGNORECASE:
            raise _Unbounded
        return _program_of(_guarded(parsed, True), flags)
    except Exception:  # noqa: BLE001 - private API: if it changed, the plain pattern
        return _program_of(_p.parse(pattern, flags), flags)


def _program_of(parsed: Any, flags: int) -> _Program:
    """What re._compiler.compile passes _sre.compile for a parsed pattern."""
    # (the compiler's opcodes are named ints, which marshal cannot store: their values)
    code = list(map(int, _sre_compiler._code(parsed, flags)))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
        tuple(indexgroup),
    )  # fmt: skip


@kept
def may_consume(pattern: str, ch: str) -> bool:
    """Whether a match of `pattern` (no flags) may consume the character `ch`; True where its
    parse cannot tell (persons.title_after_mark reads the title matches kept where none can
    consume a 、)."""
    try:
        return _may_consume(list(_parsed(pattern)), ord(ch))
    except Exception:  # noqa: BLE001 - a private parser: if it changes, it may
        return True


# (the categories as patterns, to ask whether a character is one)
_CATEGORIES = {op: re.compile(cls) for op, cls in _CATEGORY.items()}


def _in_class(items: list, ch: int) -> bool:
    negate = hit = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or av == ch
        elif op is _c.RANGE:
            hit = hit or av[0] <= ch <= av[1]
        elif op is _c.CATEGORY:
            hit = hit or _CATEGORIES[av].match(chr(ch)) is not None
        else:
            raise ValueError(op)
    return hit != negate


def _may_consume(seq: list, ch: int) -> bool:
    """Whether a match of the parsed items may consume the character `ch` (lookarounds and
    anchors consume nothing; a backreference only what its group, read here too, consumed).
    Raises ValueError on an item it does not know."""
    c = _c
    for op, av in seq:
        if op is c.LITERAL:
            if av == ch:
                return True
        elif op is c.NOT_LITERAL or op is c.ANY:
            if op is c.ANY or av != ch:
                return True
        elif op is c.IN:
            if _in_class(av, ch):
                return True
        elif op is c.CATEGORY:
            if _CATEGORIES[av].match(chr(ch)) is not None:
                return True
        elif op is c.SUBPATTERN:
            if _may_consume(list(av[3]), ch):
                return True
        elif op is c.BRANCH:
            if any(_may_consume(list(alt), ch) for alt in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _may_consume(list(av[2]), ch):
                return True
        elif op is c.ATOMIC_GROUP:
            if _may_consume(list(av), ch):
                return True
        elif op is c.GROUPREF_EXISTS:
            if any(_may_consume(list(alt), ch) for alt in av[1:] if alt is not None):
                return True
        elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT, c.GROUPREF):
            raise ValueError(op)
    return False


def find_words(words: set[str] | frozenset[str], text: str) -> list[tuple[int, int]]:
    """(start, end) of what `re.compile(alternation(words)).finditer(text)` finds: leftmost,
    longest at a start, not overlapping. For a handful of words known only per text (the names
    of one article) compiling that regex cost more than the whole scan: str.find does it."""
    longest: dict[int, int] = {}
    for w in words:
        if not w:
            continue
        n = len(w)
        i = text.find(w)
        while i >= 0:
            if longest.get(i, 0) < i + n:
                longest[i] = i + n
            i = text.find(w, i + 1)
    out = []
    last = 0
    for s in sorted(longest):
        if s >= last:
            last = longest[s]
            out.append((s, last))
    return out


_FINITE_MAX = 24  # a part of a pattern spelled out as its words when it has no more than these


def _words(seq: list, classes: bool = False) -> set[str] | None:
    """Every string seq matches, if it is a small finite set of literal words; else None.
    `classes`: a class of a few literal characters counts as their words (the parser makes
    one of 指出|指示's tails)."""
    out = {""}
    for op, av in seq:
        if op is _c.LITERAL:
            alts: AbstractSet[str] | None = {chr(av)}
        else:
            got = _WORDS_SEEN.get((id(av), op, classes))
            if got is not None and got[0] is av:
                alts = got[1]
            else:
                alts = _item_words(op, av, classes)
                _WORDS_SEEN[(id(av), op, classes)] = (av, alts)
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _FINITE_MAX:
            return None
    return out


# what _words found for an item of a parse, by the item (kept with it, so that its id is not
# another's): _needs asks it again for each run of items an item ends, and the needs of a
# pattern, read two ways, walk its parse twice; needed_words and needed_word_sets cost a quarter
# of the rules' warm-up (session 35, speed35e). Emptied after each of their calls.
_WORDS_SEEN: dict[tuple[int, object, bool], tuple[Any, frozenset[str] | None]] = {}


def _item_words(op: object, av: Any, classes: bool) -> frozenset[str] | None:
    """_words([(op, av)], classes), for an item other than a literal."""
    if op is _c.IN and classes and all(iop is _c.LITERAL for iop, _ in av):
        return frozenset(chr(iav) for _, iav in av)
    if op is _c.BRANCH:
        alts: set[str] = set()
        for alt in av[1]:
            got = _words(alt.data, classes)
            if got is None:
                return None
            alts |= got
        return frozenset(alts)
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        got = _words(av[3].data, classes)
        return None if got is None else frozenset(got)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        got = _words(av[2].data, classes)
        return None if got is None else frozenset(got) | {""}
    return None


def _nested_needs(
    op: object,
    av: Any,
    classes: bool,
    needs: Callable[[list, bool], list[frozenset[str]]],
) -> list[frozenset[str]]:
    """What every match of an item holding items of its own (a group, a lookahead, a repeat
    taken at least once, an alternation) requires, as `needs` reads the items it holds."""
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return needs(av[3].data, classes)
    if op is _c.ASSERT and av[0] == 1:
        return needs(av[1].data, classes)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return needs(av[2].data, classes)
    if op is _c.BRANCH:
        # a word from each alternative: the alternatives' needs, one of them met
        per = [needs(alt.data, classes) for alt in av[1]]
        if per and all(per):
            best = [max(p, key=lambda s: min(map(len, s))) for p in per]
            return [frozenset().union(*best)]
    return []


def _run_needs(seq: list, classes: bool = False) -> list[frozenset[str]]:
    """Sets of words one of which every match of seq holds (in the text from its start on: a
    lookbehind is not read), from its literal runs, its small alternations of words and what
    they hold, its lookaheads and groups included. `classes`: as _words takes it."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        words = _words([(op, av)], classes) if op in (_c.BRANCH, _c.SUBPATTERN) else None
        if words is not None and "" not in words:
            out.append(frozenset(words))
        else:
            out += _nested_needs(op, av, classes, _run_needs)
    if run:
        out.append(frozenset([run]))
    return out


def _needs(seq: list, classes: bool = False) -> list[frozenset[str]]:
    """Sets of words one of which every match of seq holds (in the text from its start on: a
    lookbehind is not read), from its runs of items spelled out as a few words (literals, small
    alternations, optional parts: 局(?:常务)?长 needs 局长 or 局常务长, rarer than 局 or 长), its
    lookaheads and groups included. `classes`: as _words takes it."""
    out: list[frozenset[str]] = []
    i, n = 0, len(seq)
    while i < n:
        # the longest run of items from i that _words spells out, its words few
        words = {""}
        j = i
        while j < n:
            got = _words([seq[j]], classes)
            if got is None:
                break
            longer = {a + b for a in words for b in got}
            if len(longer) > _FINITE_MAX:
                break
            words = longer
            j += 1
        if j > i:
            if "" not in words:
                # (a word holding another of the set adds nothing: a text lacking the shorter
                # one lacks it too)
                out.append(frozenset(w for w in words if not any(v != w and v in w for v in words)))
            # ... and its literal runs alone (one word: fewer to look for than the run's words)
            run = ""
            for op, av in [*seq[i:j], (None, None)]:
                if op is _c.LITERAL:
                    run += chr(av)
                    continue
                if run and (len(run) < j - i or "" in words):
                    out.append(frozenset([run]))
                run = ""
            i = j
            continue
        op, av = seq[i]
        i += 1
        out += _nested_needs(op, av, classes, _needs)
    return out


def needed_words(pattern: str, flags: int = 0, most: int | None = None) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds, the rarest such set found (its
    shortest word longest; of `most` words at most, where given), or None: a text without any
    of them has no match."""
    return _needed_words(pattern, flags, most)


@kept
def _needed_words(pattern: str, flags: int, most: int | None) -> frozenset[str] | None:
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        seq = parsed.data
        sets = [s for s in _run_needs(seq) + _needs(seq) if s and all(s)]
    except Exception:  # noqa: BLE001 - private API: if it changes, nothing is needed
        return None
    finally:
        _WORDS_SEEN.clear()
    if most is not None:
        sets = [s for s in sets if len(s) <= most]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)))


def needed_word_sets(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Every set of words found one of which each match of `pattern` holds (a class of a few
    literal characters read as their words: 指[出示] needs 指出 or 指示); [] where none is found."""
    return list(_needed_word_sets(pattern, flags))


@kept
def _needed_word_sets(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return ()
        seq = parsed.data
        return tuple(s for s in _run_needs(seq, True) + _needs(seq, True) if s and all(s))
    except Exception:  # noqa: BLE001 - private API: if it changes, nothing is needed
        return ()
    finally:
        _WORDS_SEEN.clear()


class BranchGate:
    """An alternation of branches some of which need one of a few words (督导组组长 needs 组长,
    考察团团长 团长): a search leaves out the branches whose words the part searched lacks, as a
    pattern of the other branches in their order (compiled once per set of branches left, with
    fast_compile). A branch that cannot match anywhere in the text changes none of the others'
    matches nor which wins a tie, so finditer and search give the whole alternation's matches;
    match and fullmatch are the whole alternation's own."""

    def __init__(self, branches: list[str], gates: dict[int, tuple[str, ...]]):
        self._branches = branches
        self._gates = tuple(sorted(gates.items()))
        self._variants: dict[tuple[int, ...], Any] = {}
        # (the text last searched, its endpos and pos, the branches left out there)
        self._last: tuple[str | None, int, int, tuple[int, ...]] = (None, 0, 0, ())
        # the whole alternation is compiled where something asks for it (match, fullmatch,
        # flags, groups): the searches use the variants, and a title part (common._Rules) is
        # only searched; its compile was a fifth of the rules' warm-up (session 33, speed33)
        self.pattern = "|".join(branches)

    def _compiled(self) -> Any:
        whole = self.__dict__.get("_whole")
        if whole is None:
            whole = _plain(self.pattern)
            self.__dict__.update(
                _whole=whole, match=whole.match, fullmatch=whole.fullmatch, flags=whole.flags
            )
        return whole

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_whole":
            raise AttributeError(name)  # (copy and pickle ask for their hooks)
        whole = self._compiled()
        return self.__dict__[name] if name in self.__dict__ else getattr(whole, name)

    def __repr__(self) -> str:
        return f"BranchGate({self._compiled()!r}, {dict(self._gates)!r})"

    def _variant(self, string: str, pos: int, endpos: int) -> Any:
        pos = max(pos, 0)
        last = self._last
        if last[0] is string and last[1] == endpos and last[2] <= pos:
            # the same text searched on (title_matches): a word missing from a part of it is
            # missing from what follows in that part
            off = last[3]
        else:
            find = string.find
            off = tuple(
                i for i, words in self._gates if all(find(w, pos, endpos) < 0 for w in words)
            )
            self._last = (string, endpos, pos, off)
        v = self._variants.get(off)
        if v is None and off not in self._variants:
            left = [b for i, b in enumerate(self._branches) if i not in off]
            v = self._variants[off] = fast_compile("|".join(left)) if left else None
        return v

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        v = self._variant(string, pos, endpos)
        return None if v is None else v.search(string, pos, endpos)  # type: ignore[no-any-return]

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        v = self._variant(string, pos, endpos)
        return iter(()) if v is None else v.finditer(string, pos, endpos)  # type: ignore[no-any-return]


def fast_alternation(branches: list[str]) -> re.Pattern[str]:
    """The alternation of `branches` (a pattern each, no flags), searched as fast_compile does
    and, where some branches need one of a few words, as a BranchGate: the same matches."""
    gates = {}
    for i, b in enumerate(branches):
        if _group_count(b) > 1:  # (re.compile(b).groups + 1, without compiling it)
            # a branch left out would take its groups with it and renumber the later ones
            # (m.groups() of a variant would differ from the whole alternation's)
            continue
        words = needed_words(b, most=_GATE_WORDS)
        if words is not None and min(map(len, words)) >= 2:
            gates[i] = tuple(sorted(words, key=lambda w: (-len(w), w)))
    if not gates or len(gates) > _BRANCH_GATES:
        return fast_compile("|".join(branches))
    return BranchGate(branches, gates)  # type: ignore[return-value]


_BRANCH_GATES = 5  # at most 2**5 patterns of the branches left per alternation


@kept
def _group_count(pattern: str) -> int:
    """The parser's count of the pattern's groups, the whole match as group 0 among them."""
    return int(_parsed(pattern).state.groups)
