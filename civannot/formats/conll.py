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
from civannot.records import DocumentInput, LayerInput, Span

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


# --- import of character-per-line tag files ----------------------------------------------------
#
# The layouts of the common Chinese NER sets: one character per line, the character and its tag
# separated by a tab or spaces (the tag is the last column), a blank line between sentences:
# MSRA (B-PER/I-PER or B-NR/…), People's Daily 1998 (B-PER/I-LOC/…), Resume (BMES: B-NAME,
# M-NAME, E-NAME, S-NAME), Weibo (``weiboNER_2nd_conll``: the character carries its position in
# the word, ``科0``, ``技1``; B-PER.NAM/I-GPE.NOM), and the files civannot writes (character,
# offset, tag). Tags are O or a prefix B, I, M, E, S (- or _) and a label; chunks are decoded
# the way seqeval's ``get_entities`` does (conlleval's rules, M read as I), so an I- after O
# starts a chunk rather than being dropped.

TAG_PREFIXES = "BIMES"
_DOCSTART = "-DOCSTART-"


def looks_tagged(text: str, sample_lines: int = 200) -> bool:
    """Whether `text` is a character-per-line tag file rather than an article: nearly every
    non-blank line among the first ones is 'token TAG' with a BIO/BIOES/BMES tag or O."""
    seen = hits = 0
    for line in text.split("\n", sample_lines * 4)[: sample_lines * 4]:
        line = line.strip("\r")
        if not line.strip():
            continue
        seen += 1
        if line.startswith(_DOCSTART) or _is_tag_line(line):
            hits += 1
        if seen >= sample_lines:
            break
    return seen >= 2 and hits >= 0.95 * seen


def _is_tag_line(line: str) -> bool:
    """'token TAG': a tag (O, B-X, ...) in the last tab- or space-separated column, and a short
    token before it. Plain string work: a regular expression here would backtrack on long lines."""
    stripped = line.rstrip(" \t")
    cut = max(stripped.rfind(" "), stripped.rfind("\t"))
    if cut < 0 or cut > 40:
        return False
    tag = stripped[cut + 1 :]
    return " " not in tag and _split_tag(tag) is not None


def _split_tag(tag: str) -> tuple[str, str] | None:
    """('B', 'PER') for B-PER, ('O', '') for O, None for anything else."""
    if tag == "O":
        return "O", ""
    if len(tag) > 2 and tag[0] in TAG_PREFIXES and tag[1] in "-_":
        return tag[0], tag[2:]
    return None


def _end_of_chunk(prev_tag: str, tag: str, prev_type: str, type_: str) -> bool:
    # seqeval.metrics.sequence_labeling.end_of_chunk (conlleval's rules)
    if prev_tag in ("E", "S"):
        return True
    if prev_tag in ("B", "I") and tag in ("B", "S", "O"):
        return True
    return prev_tag != "O" and prev_type != type_


def _start_of_chunk(prev_tag: str, tag: str, prev_type: str, type_: str) -> bool:
    # seqeval.metrics.sequence_labeling.start_of_chunk
    if tag in ("B", "S"):
        return True
    if prev_tag in ("E", "S", "O") and tag in ("E", "I"):
        return True
    return tag != "O" and prev_type != type_


def chunks(tags: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, label) of each chunk in a sentence of (prefix, label) tags."""
    out: list[tuple[int, int, str]] = []
    prev_tag, prev_type, begin = "O", "", 0
    for i, (tag, type_) in enumerate([*tags, ("O", "")]):
        tag = "I" if tag == "M" else tag
        if _end_of_chunk(prev_tag, tag, prev_type, type_):
            out.append((begin, i, prev_type))
        if _start_of_chunk(prev_tag, tag, prev_type, type_):
            begin = i
        prev_tag, prev_type = tag, type_
    return out


def _join(tokens: list[str]) -> tuple[str, list[int]]:
    """The sentence text and each token's start. Tokens are characters; longer tokens (runs of
    digits or Latin letters in some sets) touch their neighbours except between two ASCII
    letters or digits, which a space keeps apart."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    prev = ""
    for tok in tokens:
        if prev and prev[-1].isascii() and prev[-1].isalnum() and tok[0].isascii() \
                and tok[0].isalnum() and (len(prev) > 1 or len(tok) > 1):  # fmt: skip
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), starts


def parse_tagged(
    text: str, name: str, stem: str, annotator: str = "conll", warnings: list[str] | None = None
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Documents with one done layer each from a character-per-line tag file.

    Without ``-DOCSTART-`` lines every sentence is a document (``STEM-N``); with them, each
    ``-DOCSTART-`` starts a document whose sentences are joined by line breaks (a file civannot
    wrote, with offsets, gets its documents back with the characters at their offsets and
    whitespace as spaces and line breaks)."""
    lines = text.split("\n")
    rows: list[tuple[int, list[str]]] = []  # (line number, columns); [] = sentence break
    doc_marks: list[tuple[int, str]] = []  # (row index, id)
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            rows.append((lineno, []))
            continue
        # Split on tabs or ASCII spaces only: a character column may be U+3000 or NBSP.
        if "\t" in line:
            cols = [c for c in (x.strip(" ") for x in line.split("\t")) if c]
        else:
            cols = [c for c in line.split(" ") if c]
        if len(cols) == 1 and line[0] in " \t" and _split_tag(cols[0]) is not None:
            cols = [" ", cols[0]]  # a space character, swallowed by the separator
        if cols[0] == _DOCSTART:
            ident = cols[1] if len(cols) > 2 and cols[1] != "-X-" else ""
            doc_marks.append((len(rows), ident))
            rows.append((lineno, []))
            continue
        if len(cols) < 2:
            raise FormatError(f"{name}:{lineno}: expected a character and a tag, got {line!r}")
        if _split_tag(cols[-1]) is None:
            raise FormatError(
                f"{name}:{lineno}: tag {cols[-1]!r} is not O or B-/I-/M-/E-/S- and a label"
            )
        rows.append((lineno, cols))
    token_rows = [cols for _n, cols in rows if cols]
    if not token_rows:
        raise FormatError(f"{name}: no tagged characters")
    # weiboNER_2nd_conll: every token is one character and its position in its word ("科0")
    weibo = all(len(c[0]) >= 2 and c[0][1:].isdigit() for c in token_rows)
    with_offsets = (
        bool(doc_marks)
        and all(len(c) == 3 for c in token_rows)
        and all(c[1].isdigit() for c in token_rows)
    )
    # Group rows into documents of sentences.
    docs: list[tuple[str, list[list[tuple[int, list[str]]]]]] = []
    mark_at = dict(doc_marks)
    current: list[list[tuple[int, list[str]]]] = []
    sentence: list[tuple[int, list[str]]] = []
    doc_id = ""
    started = False

    def close_sentence() -> None:
        nonlocal sentence
        if sentence:
            current.append(sentence)
            sentence = []

    for idx, (lineno, cols) in enumerate(rows):
        if idx in mark_at:
            close_sentence()
            if started:
                docs.append((doc_id, current))
            current, doc_id, started = [], mark_at[idx], True
            continue
        if not cols:
            close_sentence()
            if not doc_marks:
                if current:
                    docs.append(("", current))
                current = []
            continue
        sentence.append((lineno, cols))
    close_sentence()
    if current or started:
        docs.append((doc_id, current))
    out: list[tuple[DocumentInput, list[LayerInput]]] = []
    used: set[str] = set()
    labels_seen: dict[str, int] = {}
    for n, (ident, sentences) in enumerate(docs, 1):
        if not sentences:
            continue
        ext = ident or f"{stem}-{n}"
        if ext in used:
            ext = f"{ext}~{n}"
        used.add(ext)
        doc_text, spans = _document(sentences, name, weibo, with_offsets)
        for s in spans:
            labels_seen[s.label] = labels_seen.get(s.label, 0) + 1
        layer = LayerInput(annotator=annotator, spans=spans, done=True)
        out.append((DocumentInput(external_id=ext, text=doc_text, source=name), [layer]))
    if not out:
        raise FormatError(f"{name}: no tagged characters")
    if warnings is not None and weibo:
        warnings.append(f"{name}: Weibo layout (a character and its position in the word): "
                        "positions left out")  # fmt: skip
    return out


def _document(
    sentences: list[list[tuple[int, list[str]]]], name: str, weibo: bool, with_offsets: bool
) -> tuple[str, list[Span]]:
    texts: list[str] = []
    if with_offsets:
        # civannot's own files: put every character back at its offset.
        chars: dict[int, str] = {}
        breaks: set[int] = set()
        tagged: list[tuple[int, int, str]] = []
        for sentence in sentences:
            offs = []
            for lineno, cols in sentence:
                off = int(cols[1])
                if off in chars or len(cols[0]) != 1:
                    raise FormatError(f"{name}:{lineno}: offset {off} given twice or not one "
                                      "character")  # fmt: skip
                chars[off] = cols[0]
                offs.append(off)
            breaks.add(offs[-1] + 1)
            tags = [_split_tag(c[-1]) for _n, c in sentence]
            for a, b, label in chunks(tags):  # type: ignore[arg-type]
                tagged.append((offs[a], offs[b - 1] + 1, label))
        length = max(chars) + 1
        out = []
        for i in range(length):
            # whitespace is not in the file: a gap after a sentence was most likely a line break
            out.append(chars.get(i, "\n" if i in breaks else " "))
        doc_text = "".join(out)
        return doc_text, [Span(a, b, lab, doc_text[a:b]) for a, b, lab in tagged]
    found: list[tuple[int, int, str]] = []
    pos = 0
    for sentence in sentences:
        tokens = [cols[0][0] if weibo else cols[0] for _n, cols in sentence]
        sent_text, starts = _join(tokens)
        tags = [_split_tag(c[-1]) for _n, c in sentence]
        for a, b, label in chunks(tags):  # type: ignore[arg-type]
            found.append((pos + starts[a], pos + starts[b - 1] + len(tokens[b - 1]), label))
        texts.append(sent_text)
        pos += len(sent_text) + 1
    doc_text = "\n".join(texts)
    return doc_text, [Span(a, b, lab, doc_text[a:b]) for a, b, lab in found]
