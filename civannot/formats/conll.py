"""Character-level CoNLL: BIO (``conll``) and BIOES (``bioes``) tagging, one character per line.

Layout of a file::

    -DOCSTART- <document id> O
    <blank line>
    市 0 B-TITLE
    委 1 I-TITLE
    ...
    <blank line between sentences and between documents>

Columns are separated by one space: the character, its code-point offset in the document text
(our clean text, or the raw text with raw offsets), and the tag in the last column, so readers that
take the first and the last column (as CoNLL-2003 loaders do) work unchanged.
Whitespace characters (spaces, ideographic spaces, line breaks, "\\r") are left out; the offset
column keeps the position of every other character exact, so a span decoded from the tags maps
back to the text with ``start = offset of its first character`` and ``end = offset of its last + 1``.
Characters outside the BMP (𠮷) are one line and one offset, as in Python.

Sentences end after 。！？ (with any closing quotes or brackets that follow) and at line breaks,
but never inside a span: a boundary that would cut a span is not used.

One tag per character cannot carry overlapping spans. Entity spans are placed first, then
DIRECTIVE-kind spans where they fit; what does not fit is counted as dropped ("overlap"), never
silently merged. Whitespace at the edges of a span is not tagged (counted as adjusted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from civannot.formats._base import ExportDoc, FormatError, WriteStats
from civannot.records import Span

SCHEMES = ("BIO", "BIOES")
SENTENCE_END = "。！？"
CLOSERS = "”’」』）》】〕\"')"
# A sentence ends after 。！？ and any marks or closing quotes that follow, or at a line break.
_SENTENCE = re.compile(f"[{SENTENCE_END}][{SENTENCE_END}{re.escape(CLOSERS)}]*|[\r\n]")
_WS = re.compile(r"\s+")


def _choose(doc: ExportDoc, directive_labels: set[str], stats: WriteStats) -> list[Span]:
    """Spans that one tag per character can carry; the rest are counted as dropped."""
    text = doc.text
    taken = bytearray(len(text))
    kept: list[Span] = []
    ordered = sorted(
        doc.spans, key=lambda s: (s.label in directive_labels, s.start, -(s.end - s.start))
    )
    for span in ordered:
        if not text[span.start : span.end].strip():
            stats.drop("whitespace only", span.label)
            continue
        if any(taken[span.start : span.end]):
            stats.drop("overlap", span.label)
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: s.start)
    return kept


def _tags(text: str, spans: list[Span], scheme: str, stats: WriteStats) -> list[str]:
    tags = ["O"] * len(text)
    for span in spans:
        idx = [i for i in range(span.start, span.end) if not text[i].isspace()]
        if idx[0] != span.start or idx[-1] != span.end - 1:
            stats.adjust("edge whitespace left untagged", span.label)
        label = span.label
        stats.spans[label] += 1
        if scheme == "BIOES" and len(idx) == 1:
            tags[idx[0]] = f"S-{label}"
            continue
        tags[idx[0]] = f"B-{label}"
        inner = f"I-{label}"
        for i in idx[1:]:
            tags[i] = inner
        if scheme == "BIOES":
            tags[idx[-1]] = f"E-{label}"
    return tags


def _boundaries(text: str, spans: list[Span]) -> list[int]:
    """Offsets before which a new sentence starts, in order."""
    inside = bytearray(len(text) + 1)
    for span in spans:
        inside[span.start + 1 : span.end] = b"\x01" * (span.end - span.start - 1)
    return [m.end() for m in _SENTENCE.finditer(text) if not inside[m.end()]]


def doc_lines(
    doc: ExportDoc, scheme: str, directive_labels: set[str], stats: WriteStats
) -> list[str]:
    text = doc.text
    spans = _choose(doc, directive_labels, stats)
    tags = _tags(text, spans, scheme, stats)
    bounds = _boundaries(text, spans)
    doc_id = "_".join(doc.id.split()) or "_"
    lines = [f"-DOCSTART- {doc_id} O", ""]
    # Runs of non-whitespace characters; whitespace is left out of the file.
    runs: list[tuple[int, int]] = []
    prev = 0
    for m in _WS.finditer(text):
        if m.start() > prev:
            runs.append((prev, m.start()))
        prev = m.end()
    if prev < len(text):
        runs.append((prev, len(text)))

    def emit(a: int, b: int) -> None:
        lines.extend(
            [f"{c} {i} {t}" for c, i, t in zip(text[a:b], range(a, b), tags[a:b], strict=True)]
        )

    open_sentence = False
    k, nb = 0, len(bounds)
    for a, b in runs:
        while k < nb and bounds[k] <= a:
            if open_sentence:
                lines.append("")
                open_sentence = False
            k += 1
        while k < nb and bounds[k] < b:
            emit(a, bounds[k])
            lines.append("")
            a = bounds[k]
            k += 1
        emit(a, b)
        open_sentence = True
    if open_sentence:
        lines.append("")
    stats.documents += 1
    # Relations have no place in a tag column.
    for rel_type, _h, _t in doc.relations:
        stats.drop("relations not carried by CoNLL", rel_type)
    return lines


def write_conll(
    docs: Iterable[ExportDoc],
    path: str | Path,
    scheme: str = "BIO",
    directive_labels: Iterable[str] = ("DIRECTIVE",),
) -> WriteStats:
    """Write `docs` to one CoNLL file; the stats count what was written and what was not."""
    scheme = scheme.upper()
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r} (BIO or BIOES)")
    directive = set(directive_labels)
    stats = WriteStats()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for doc in docs:
            lines = doc_lines(doc, scheme, directive, stats)
            out.write("\n".join(lines))
            out.write("\n")
    return stats


def read_conll(path: str | Path) -> list[tuple[str, list[list[tuple[str, int, str]]]]]:
    """Documents of a file written by write_conll: (id, sentences of (char, offset, tag))."""
    docs: list[tuple[str, list[list[tuple[str, int, str]]]]] = []
    sentence: list[tuple[str, int, str]] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    docs[-1][1].append(sentence)
                    sentence = []
                continue
            parts = line.split(" ")
            if parts[0] == "-DOCSTART-":
                docs.append((parts[1] if len(parts) > 2 else "", []))
                continue
            if len(parts) != 3 or not docs:
                raise FormatError(f"{path}:{lineno}: expected 'char offset tag'")
            try:
                offset = int(parts[1])
            except ValueError:
                raise FormatError(f"{path}:{lineno}: offset {parts[1]!r} is not a number") from None
            sentence.append((parts[0], offset, parts[2]))
    if sentence and docs:
        docs[-1][1].append(sentence)
    return docs


def decode_tags(tokens: list[tuple[str, int, str]]) -> list[tuple[int, int, str]]:
    """Spans (start, end, label) in text offsets from one sentence of BIO or BIOES tags."""
    out: list[tuple[int, int, str]] = []
    cur: list = []  # [start, end, label]
    for _ch, off, tag in tokens:
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "S") or prefix == "O" or (cur and label != cur[2]):
            if cur:
                out.append(tuple(cur))
                cur = []
        if prefix == "O":
            continue
        if not cur:
            cur = [off, off + 1, label]
        else:
            cur[1] = off + 1
        if prefix in ("E", "S"):
            out.append(tuple(cur))
            cur = []
    if cur:
        out.append(tuple(cur))
    return out
