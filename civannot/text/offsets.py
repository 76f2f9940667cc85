"""Offset map: for each clean character, the raw range it came from.

Stored as runs rather than one pair per character, because almost all of an article maps 1:1
onto its raw text. A run is either

- an *identity* run: clean char ``k`` of the run maps to raw ``(raw_start + k, raw_start + k + 1)``;
- a *block* run: every char of the run maps to the same raw range ``(raw_start, raw_end)``
  (what a repair that rewrites several raw characters into others produces).

Both kinds compose with further edits without losing exactness, and the per-character ranges are
monotone (starts and ends never decrease) because edits never reorder text.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

# A run: (length, raw_start, raw_end) where raw_end == -1 marks an identity run.
Run = tuple[int, int, int]
IDENTITY = -1


class OffsetMapError(ValueError):
    """A serialised offset map that does not fit its text."""


class OffsetMap:
    __slots__ = ("_runs", "_starts", "_ends", "_len")

    def __init__(self, runs: Iterable[Run] = ()):
        merged: list[Run] = []
        for n, rs, re_ in runs:
            if n <= 0:
                continue
            if n == 1 and re_ == rs + 1:
                re_ = IDENTITY  # canonical form: a one-char block of one raw char is identity
            if merged:
                pn, prs, pre = merged[-1]
                if re_ == IDENTITY and pre == IDENTITY and prs + pn == rs:
                    merged[-1] = (pn + n, prs, IDENTITY)
                    continue
                if re_ != IDENTITY and (prs, pre) == (rs, re_):
                    merged[-1] = (pn + n, prs, pre)
                    continue
            merged.append((n, rs, re_))
        self._runs = merged
        starts = []
        ends = []  # raw end of each run: monotone, so a raw position is found by bisection
        pos = 0
        for n, rs, re_ in merged:
            starts.append(pos)
            ends.append(rs + n if re_ == IDENTITY else re_)
            pos += n
        self._starts = starts
        self._ends = ends
        self._len = pos

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls([(n, 0, IDENTITY)] if n > 0 else [])

    @classmethod
    def from_ranges(cls, ranges: Sequence[tuple[int, int]]) -> OffsetMap:
        """Build from one raw range per clean character (the inverse of per_char)."""
        runs: list[Run] = []
        for a, b in ranges:
            runs.append((1, a, IDENTITY) if b == a + 1 else (1, a, b))
        return cls(runs)

    # -- queries ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._len

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self._runs == other._runs

    def __repr__(self) -> str:
        return f"OffsetMap({self._len} chars, {len(self._runs)} runs)"

    @property
    def runs(self) -> list[Run]:
        return list(self._runs)

    def is_identity(self) -> bool:
        return not self._runs or (
            len(self._runs) == 1 and self._runs[0][1] == 0 and self._runs[0][2] == IDENTITY
        )

    def char(self, i: int) -> tuple[int, int]:
        """Raw range of clean character i."""
        if not 0 <= i < self._len:
            raise IndexError(f"clean offset {i} outside 0..{self._len}")
        r = bisect_right(self._starts, i) - 1
        n, rs, re_ = self._runs[r]
        if re_ == IDENTITY:
            k = rs + i - self._starts[r]
            return k, k + 1
        return rs, re_

    def per_char(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for n, rs, re_ in self._runs:
            if re_ == IDENTITY:
                out.extend((k, k + 1) for k in range(rs, rs + n))
            else:
                out.extend([(rs, re_)] * n)
        return out

    def raw_end(self) -> int:
        """Raw position just after the last mapped character (0 for an empty map)."""
        if not self._runs:
            return 0
        n, rs, re_ = self._runs[-1]
        return rs + n if re_ == IDENTITY else re_

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw range of the clean span [start, end); an empty span maps to an empty raw point."""
        if start < 0 or end < start or end > self._len:
            raise IndexError(f"clean span {start}..{end} outside 0..{self._len}")
        if start == end:
            p = self.char(start)[0] if start < self._len else self.raw_end()
            return p, p
        return self.char(start)[0], self.char(end - 1)[1]

    def from_raw(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Smallest clean span covering the clean characters whose raw range meets
        [raw_start, raw_end).

        A raw range that produced no clean character (removed boilerplate, a dropped pinyin group)
        gives the empty clean span at the place where it was.
        """
        if raw_end <= raw_start:
            return (self._point(raw_start),) * 2
        lo = hi = None
        # Runs ending before raw_start can neither meet the range nor lie past it: start after
        # them (a scan from the first run made one lookup per flag linear in the map).
        first = bisect_left(self._ends, raw_start)
        pos = self._starts[first] if first < len(self._runs) else self._len
        for r in range(first, len(self._runs)):
            n, rs, re_ = self._runs[r]
            if re_ == IDENTITY:
                a, b = max(raw_start, rs), min(raw_end, rs + n)
                if a < b:
                    if lo is None:
                        lo = pos + a - rs
                    hi = pos + b - rs
                elif lo is None and rs >= raw_end:
                    return pos, pos
            else:
                meets = (
                    rs < raw_end and raw_start < re_ or (rs == re_ and raw_start <= rs < raw_end)
                )
                if meets:
                    if lo is None:
                        lo = pos
                    hi = pos + n
                elif lo is None and rs >= raw_end:
                    return pos, pos
            if hi is not None and lo is not None and (rs >= raw_end):
                break
            pos += n
        if lo is None or hi is None:
            return self._len, self._len
        return lo, hi

    def _point(self, p: int) -> int:
        """Clean position of the first character whose raw range starts at or after p."""
        first = bisect_left(self._ends, p)  # runs ending before p come before its place
        pos = self._starts[first] if first < len(self._runs) else self._len
        for r in range(first, len(self._runs)):
            n, rs, re_ = self._runs[r]
            if re_ == IDENTITY:
                k = max(0, p - rs)
                if k < n:
                    return pos + k
            elif rs >= p:
                return pos
            pos += n
        return self._len

    # -- storage ------------------------------------------------------------------------------

    def dumps(self) -> str:
        """Compact JSON: a flat list of (length, raw_start[, raw_end]) with the raw start stored
        relative to the end of the previous run (runs are monotone, so mostly small numbers).
        A negative length marks a block run, which is followed by its raw length."""
        flat: list[int] = []
        prev = 0
        for n, rs, re_ in self._runs:
            if re_ == IDENTITY:
                flat += [n, rs - prev]
                prev = rs + n
            else:
                flat += [-n, rs - prev, re_ - rs]
                prev = re_
        return json.dumps(flat, separators=(",", ":"))

    @classmethod
    def loads(cls, s: str, clean_len: int) -> OffsetMap:
        try:
            flat = json.loads(s)
        except ValueError as e:
            raise OffsetMapError(f"offset map is not JSON: {e}") from None
        if not isinstance(flat, list) or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in flat
        ):
            raise OffsetMapError("offset map must be a flat list of integers")
        runs: list[Run] = []
        prev = 0
        i = 0
        try:
            while i < len(flat):
                n = flat[i]
                if n > 0:
                    rs = prev + flat[i + 1]
                    runs.append((n, rs, IDENTITY))
                    prev = rs + n
                    i += 2
                elif n < 0:
                    rs = prev + flat[i + 1]
                    re_ = rs + flat[i + 2]
                    runs.append((-n, rs, re_))
                    prev = re_
                    i += 3
                else:
                    raise OffsetMapError("offset map has an empty run")
        except IndexError:
            raise OffsetMapError("offset map ends in the middle of a run") from None
        m = cls(runs)
        if m._len != clean_len:
            raise OffsetMapError(f"offset map covers {m._len} characters, the text has {clean_len}")
        return m

    # -- composition --------------------------------------------------------------------------

    def slice_runs(self, start: int, end: int) -> list[Run]:
        """Runs covering clean characters [start, end) of this map."""
        out: list[Run] = []
        if start >= end:
            return out
        r = bisect_right(self._starts, start) - 1
        while r < len(self._runs) and self._starts[r] < end:
            n, rs, re_ = self._runs[r]
            s0 = self._starts[r]
            a = max(start, s0) - s0
            b = min(end, s0 + n) - s0
            if re_ == IDENTITY:
                out.append((b - a, rs + a, IDENTITY))
            else:
                out.append((b - a, rs, re_))
            r += 1
        return out

    def apply(self, edits: Sequence[Edit], text_len: int) -> OffsetMap:
        """The map of the text obtained by applying `edits` to the text this map belongs to.

        Edits are (start, end, replacement, charwise), sorted and non-overlapping, in the
        coordinates of the current text. A charwise edit replaces character for character (same
        length) and keeps each character's own raw range; any other edit maps every new character
        to the raw range of everything it replaced.
        """
        runs: list[Run] = []
        pos = 0
        for start, end, repl, charwise in edits:
            if start < pos or end < start or end > text_len:
                raise ValueError(f"bad edit {start}..{end} after {pos} (text {text_len})")
            runs += self.slice_runs(pos, start)
            if repl:
                if charwise and len(repl) == end - start:
                    runs += self.slice_runs(start, end)
                else:
                    rs, re_ = self._block(start, end)
                    runs.append((len(repl), rs, re_))
            pos = end
        runs += self.slice_runs(pos, text_len)
        return OffsetMap(runs)

    def _block(self, start: int, end: int) -> tuple[int, int]:
        if start == end:
            # A pure insertion points at the raw place between its neighbours.
            p = self.char(start)[0] if start < self._len else self.raw_end()
            return p, p
        return self.char(start)[0], self.char(end - 1)[1]


# (start, end, replacement, charwise)
Edit = tuple[int, int, str, bool]


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, repl, _ in edits:
        parts.append(text[pos:start])
        parts.append(repl)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def align(raw: str, clean: str) -> OffsetMap:
    """An offset map for a clean text that came with its raw text but without a map (an import
    of both): matching stretches map 1:1, rewritten stretches map to what they replaced."""
    from difflib import SequenceMatcher

    runs: list[Run] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, raw, clean, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            runs.append((j2 - j1, i1, IDENTITY))
        elif op in ("replace", "insert"):
            runs.append((j2 - j1, i1, i2))
    return OffsetMap(runs)
