"""What the export/import format modules share: the document record they write, the loss
counter they fill, and the offset conversions between our code points and what other tools count.

Our offsets are code points of the clean text, end-exclusive. Other tools count differently
(UTF-16 units in a browser; one character for "\\r\\n" where a file is read with universal
newlines, as older civannot brat exports assumed); the conversions live here so that every module
converts the same way and the tests check them once.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from civannot.records import Span

ASTRAL = "\U00010000"


class FormatError(ValueError):
    """A foreign file that cannot be read; the message names the file and the line.

    The message is always one line: a line break that came from the file (a label, a type name)
    is shown escaped."""

    def __init__(self, message: str) -> None:
        super().__init__(message.translate(_ESCAPE_BREAKS))


_ESCAPE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


@dataclass(slots=True)
class ExportDoc:
    """One document as the writers see it: plain values, spans already checked and filtered.

    `relations` name spans by their index in `spans`.
    """

    id: str
    text: str
    spans: list[Span]
    relations: list[tuple[str, int, int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    annotators: list[str] = field(default_factory=list)
    # Native JSONL only: the raw text and each span's raw range (when raw offsets are asked for).
    raw: str | None = None
    raw_ranges: list[tuple[int, int]] | None = None
    # Native JSONL only: notes, {"author", "text", "updated", "span": index in spans or None}
    comments: list[dict[str, Any]] = field(default_factory=list)
    # Native JSONL only: (provenance, confidence) of each relation, parallel to `relations`.
    relation_info: list[tuple[str, float | None]] | None = None


@dataclass
class WriteStats:
    """What a writer carried and what it could not, with the reason: nothing is lost silently."""

    documents: int = 0
    spans: Counter[str] = field(default_factory=Counter)  # label -> written
    relations: int = 0
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)  # (reason, label) -> n
    # Written, but not exactly as stored (e.g. edge whitespace left untagged): (reason, label) -> n
    adjusted: Counter[tuple[str, str]] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def drop(self, reason: str, label: str, n: int = 1) -> None:
        self.dropped[(reason, label)] += n

    def adjust(self, reason: str, label: str, n: int = 1) -> None:
        self.adjusted[(reason, label)] += n

    def merge(self, other: WriteStats) -> None:
        self.documents += other.documents
        self.spans.update(other.spans)
        self.relations += other.relations
        self.dropped.update(other.dropped)
        self.adjusted.update(other.adjusted)
        for note in other.notes:
            if note not in self.notes:
                self.notes.append(note)


# Characters that json.dumps(ensure_ascii=False) leaves raw but that str.splitlines() (and so
# many JSONL readers, ours included) takes for line ends: NEL, LINE and PARAGRAPH SEPARATOR.
# They can be in a clean text; escaped, a record stays on one line for every reader.
_LINE_BREAKERS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def json_line(obj: Any) -> str:
    """`obj` as one line of JSONL: UTF-8 text kept readable, every line-breaking character escaped.

    The three characters can only occur inside JSON strings, where the escape means the same.
    """
    return one_line(json.dumps(obj, ensure_ascii=False))


def one_line(line: str) -> str:
    """A JSON text with its line-breaking characters escaped (they occur only inside strings)."""
    if not line.isascii():
        # `in` and replace() are C scans; str.translate would cost ten times the dump itself.
        for ch, escaped in _LINE_BREAKERS:
            if ch in line:
                line = line.replace(ch, escaped)
    return line


def overlapping_pair(
    spans: Sequence[Span], directive_labels: Container[str] = ("DIRECTIVE",)
) -> tuple[int, int] | None:
    """Indices (earlier, later) of two spans of one layer that overlap where DESIGN §3 forbids it,
    or None. Entity spans do not overlap one another, nor directives one another; a directive may
    contain entities."""
    for directive in (False, True):
        same = sorted(
            (i for i, s in enumerate(spans) if (s.label in directive_labels) == directive),
            key=lambda i: (spans[i].start, spans[i].end),
        )
        # Sorted by start, a span overlapping a later one overlaps its next one too, unless an
        # earlier longer span does: keep the furthest end seen.
        reach = -1
        for i in same:
            if reach >= 0 and spans[i].start < spans[reach].end:
                return reach, i
            if reach < 0 or spans[i].end > spans[reach].end:
                reach = i
    return None


def check_span(text: str, span: Span) -> str | None:
    """Why a span cannot be written against `text`, or None when it can."""
    if not (0 <= span.start < span.end <= len(text)):
        return f"offsets {span.start}-{span.end} outside the text (length {len(text)})"
    if span.text and text[span.start : span.end] != span.text:
        return (
            f"offsets {span.start}-{span.end} give {text[span.start : span.end]!r}, "
            f"not the stored {span.text!r}"
        )
    return None


# --- UTF-16 units (what JavaScript's String.length counts) ---------------------------------


def has_astral(text: str) -> bool:
    return not text.isascii() and max(text) >= ASTRAL


def to_utf16(text: str) -> Callable[[int], int]:
    """A function taking a code-point offset of `text` to the UTF-16 unit offset."""
    if not has_astral(text):
        return lambda i: i
    astral = [i for i, ch in enumerate(text) if ch >= ASTRAL]
    return lambda i: i + bisect.bisect_left(astral, i)


def from_utf16(text: str) -> Callable[[int], int]:
    """A function taking a UTF-16 unit offset of `text` back to code points.

    Raises ValueError for an offset that falls between the two halves of a surrogate pair.
    """
    if not has_astral(text):
        return lambda u: u
    # Unit offset at which each astral character starts.
    starts: list[int] = []
    extra = 0
    for i, ch in enumerate(text):
        if ch >= ASTRAL:
            starts.append(i + extra)
            extra += 1

    def convert(u: int) -> int:
        k = bisect.bisect_left(starts, u)  # astral characters starting before u
        if k and starts[k - 1] + 1 == u:
            raise ValueError(f"UTF-16 offset {u} splits a surrogate pair")
        return u - k

    return convert


# --- "\r\n" counted as one character (universal newlines; older brat exports) -----------------


def crlf_positions(text: str) -> list[int]:
    """Code-point index of every "\\r" that is followed by "\\n"."""
    out: list[int] = []
    i = text.find("\r\n")
    while i >= 0:
        out.append(i)
        i = text.find("\r\n", i + 2)
    return out


def to_lf(text: str) -> Callable[[int], int | None]:
    """Code-point offset -> offset in the text with every "\\r\\n" read as one "\\n".

    Gives None for an offset between "\\r" and "\\n", which that reading cannot express.
    """
    pairs = crlf_positions(text)
    if not pairs:
        return lambda i: i
    inside = {p + 1 for p in pairs}

    def convert(i: int) -> int | None:
        if i in inside:
            return None
        return i - bisect.bisect_left(pairs, i - 1)

    return convert


def from_lf(text: str) -> Callable[[int], int]:
    """Offset in the "\\r\\n"-as-one reading of `text` -> our code-point offset."""
    pairs = crlf_positions(text)
    if not pairs:
        return lambda i: i
    # In the collapsed text, pair k sits at pairs[k] - k.
    collapsed = [p - k for k, p in enumerate(pairs)]
    return lambda i: i + bisect.bisect_left(collapsed, i)
