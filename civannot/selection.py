"""Turning a rough selection into a span that follows GUIDELINES.md.

Qt-free: the article view hands code-point offsets in and gets code-point offsets back, so every
rule here is tested without a display. jieba is loaded only when word snapping is asked for.
"""

from __future__ import annotations

import re

# Marks that never belong to a span (GUIDELINES.md): quotes, book-title marks, brackets, the
# enumeration comma and sentence or clause punctuation, in full and half width.
ENCLOSING = frozenset("“”‘’「」『』《》〈〉（）()【】[]\"'、，,。．.；;！!？?：:…—·")
SENTENCE_END = frozenset("。！？!?")
CLAUSE_END = SENTENCE_END | frozenset("；;")
LINE_BREAKS = frozenset("\n\r\u2028\u2029")

# The reporting frame, connectives and list numbers that a directive leaves out.
_FRAME = re.compile(r"(?:强调|指出|要求|表示|说|提出|叮嘱|寄语|坦言|认为|提到|称)[，：:,]")
_MARKER = re.compile(r"一定要|决不能|必须|务必|需要|要(?!求)|请|希望")
_CONNECTIVE = re.compile(r"^(?:同时|此外|另外|这里|其次|最后|首先|因此|所以|总之)[，,]")
_LIST_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，,、])"
)


def _is_trimmed(ch: str) -> bool:
    return ch.isspace() or ch in ENCLOSING or ch == "\u3000"


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip whitespace and enclosing marks off both ends; None when nothing is left."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and _is_trimmed(text[start]):
        start += 1
    while end > start and _is_trimmed(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _jieba():  # noqa: ANN202 (a jieba.Tokenizer)
    """jieba over its prepared dictionary: the first snap does not wait a second for jieba to
    load its whole dictionary (the same words as jieba's own, preannotate/jieba_dict.py)."""
    from civannot.preannotate.jieba_dict import tokenizer

    return tokenizer()


def word_boundaries(text: str) -> list[int]:
    """Offsets between jieba words (0 and len(text) included)."""
    bounds = [0]
    pos = 0
    for word in _jieba().lcut(text, HMM=True):
        pos += len(word)
        bounds.append(pos)
    return bounds


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and text[a - 1] not in LINE_BREAKS:
        a -= 1
    b = end
    while b < len(text) and text[b] not in LINE_BREAKS:
        b += 1
    return a, b


def word_snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen a selection to whole jieba words, then strip marks like `snap`.

    Only the line(s) around the selection are segmented, so this stays fast on long articles.
    """
    first = snap(text, start, end)
    if first is None:
        return None
    start, end = first
    a, b = _line_bounds(text, start, end)
    bounds = [a + x for x in word_boundaries(text[a:b])]
    new_start = max(x for x in bounds if x <= start)
    new_end = min(x for x in bounds if x >= end)
    return snap(text, new_start, new_end)


def _unit_around(text: str, pos: int, ends: frozenset[str]) -> tuple[int, int] | None:
    pos = max(0, min(pos, len(text)))
    # a caret right after the closing mark still means the unit it closes
    if pos > 0 and (pos == len(text) or text[pos] in LINE_BREAKS) and text[pos - 1] in ends:
        pos -= 1
    if pos < len(text) and text[pos] in ends and pos > 0:
        pos -= 1
    a = pos
    while a > 0 and text[a - 1] not in ends and text[a - 1] not in LINE_BREAKS:
        a -= 1
    b = pos
    while b < len(text) and text[b] not in ends and text[b] not in LINE_BREAKS:
        b += 1
    return snap(text, a, b)


def sentence_around(text: str, pos: int) -> tuple[int, int] | None:
    """The sentence holding the caret, without its final mark (ends at 。！？ or a line end)."""
    return _unit_around(text, pos, SENTENCE_END)


def clause_around(text: str, pos: int) -> tuple[int, int] | None:
    """The clause holding the caret: like a sentence, but a ；also ends it."""
    return _unit_around(text, pos, CLAUSE_END)


def directive_around(text: str, pos: int, *, clause: bool = False) -> tuple[int, int] | None:
    """The sentence (or clause) around the caret as a DIRECTIVE span.

    Leaves out what GUIDELINES.md leaves out at the start: the reporting frame (`李作勋强调，`),
    connectives (`同时，`) and list numbers (`一、`, but `一要` stays).
    """
    found = clause_around(text, pos) if clause else sentence_around(text, pos)
    if found is None:
        return None
    start, end = found
    changed = True
    while changed:
        changed = False
        piece = text[start:end]
        marker = _MARKER.search(piece)
        limit = marker.start() if marker else len(piece)
        frames = [m for m in _FRAME.finditer(piece, 0, limit + 1) if m.end() <= limit]
        if frames:
            start += frames[-1].end()
            changed = True
        for pattern in (_LIST_NUMBER, _CONNECTIVE):
            m = pattern.match(text[start:end])
            if m and m.end() < end - start:
                start += m.end()
                changed = True
                break
        trimmed = snap(text, start, end)
        if trimmed is None:
            return found
        start, end = trimmed
    return start, end
