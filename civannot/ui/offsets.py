"""The one place where code points (the project's offsets) meet Qt's UTF-16 positions.

A character outside the BMP (𠮷, U+20BB7, occurs in names) is one code point in Python and two
UTF-16 units in Qt. Every offset crossing between the article view and the core goes through a
PositionMap; nothing else in the UI converts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    __slots__ = ("_astral", "_astral_q", "length", "qt_length")

    def __init__(self, text: str):
        # code-point indexes of the characters that take two UTF-16 units
        # (the encoded length tells in C whether there is any; the regex finds them in C too)
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            self._astral: list[int] = []
        else:
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # the same characters' UTF-16 positions
        self._astral_q = [i + k for k, i in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    @property
    def is_identity(self) -> bool:
        return not self._astral

    def to_qt(self, pos: int) -> int:
        """UTF-16 position of code point `pos` (0..len inclusive)."""
        if not self._astral:
            return pos
        return pos + bisect_left(self._astral, pos)

    def _before(self, qpos: int) -> tuple[int, bool]:
        """(astral characters wholly before qpos, whether qpos splits a surrogate pair)."""
        k = bisect_right(self._astral_q, qpos - 2)
        inside = k < len(self._astral_q) and self._astral_q[k] == qpos - 1
        return k, inside

    def from_qt(self, qpos: int) -> int:
        """Code point at UTF-16 position `qpos`; inside a surrogate pair rounds down."""
        if not self._astral:
            return qpos
        k, inside = self._before(qpos)
        return qpos - k - (1 if inside else 0)

    def from_qt_end(self, qpos: int) -> int:
        """Code point for an end position; inside a surrogate pair rounds up."""
        if not self._astral:
            return qpos
        k, _ = self._before(qpos)
        return qpos - k

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def range_from_qt(self, qstart: int, qend: int) -> tuple[int, int]:
        if qend < qstart:
            qstart, qend = qend, qstart
        return self.from_qt(qstart), self.from_qt_end(qend)
