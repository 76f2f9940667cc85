"""brat standoff: a ``.txt`` and an ``.ann`` per document, ``annotation.conf`` and ``visual.conf``.

Offsets. brat counts characters of the ``.txt`` as it is stored: its server reads the file with
``open_textfile``, which is ``codecs.open(path, 'rU', encoding='utf8')`` (brat's
``server/src/annotation.py``); on Python 3 ``codecs.open`` always opens the file in binary mode,
so the ``U`` does nothing and "\\r\\n" stays two characters, and the web client, which receives that text,
writes its offsets over it. So our offsets are brat's offsets: code points of the text, "\\r\\n"
two (𠮷 one). The ``.txt`` is written byte for byte as our text. (bratiaa's copy of the parser
folds "\\r\\n"; brat does not.) brat's web client positions annotations with JavaScript string
indices, so in a document with characters outside the BMP it draws everything after such a
character one place off per character (brat issue #1115, open); the files are right, and the
export says so in a note.

A span that crosses a line break is written as a discontinuous annotation (``T1 LABEL 0 5;7 9``),
one fragment per line, because a ``.ann`` line cannot hold a line break; reading joins fragments
whose gaps are only line-break characters back into one span. Other discontinuous annotations
(brat's own, ``T1 LABEL 0 1;4 7``) are split into one span per fragment, and the report says how
many: a civannot span is continuous and is never widened over the text between. Relations are
``R`` lines (``Arg1`` = head, ``Arg2`` = tail). Attributes, notes, events (with their trigger
annotations), normalisations and equivalences are not imported; the report names them with
their counts per type. Files imported before this rule (older exports counted "\\r\\n" once) are
recognised when every annotation's text matches only under that counting, and the report says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable
from pathlib import Path

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    from_lf,
    has_astral,
    overlapping_pair,
)
from civannot.records import DocumentInput, LayerInput, Span
from civannot.schema import Schema

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]')
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")


def file_stem(doc_id: str, used: set[str]) -> str:
    """A file name for a document id: unsafe characters become _, clashes get a number."""
    stem = _UNSAFE.sub("_", doc_id).lstrip(".") or "doc"
    stem = stem[:150]
    candidate, n = stem, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate.lower())
    return candidate


# What str.splitlines() ends a line at: brat reads the .ann through a codecs reader, whose
# readline() splits there, so a fragment's text must hold none of them.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of [start, end) without line-break characters."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        while i < end and text[i] in LINE_BREAKS:
            i += 1
        j = i
        while j < end and text[j] not in LINE_BREAKS:
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def ann_lines(doc: ExportDoc, stats: WriteStats) -> list[str]:
    text = doc.text
    lines: list[str] = []
    t_ids: dict[int, str] = {}
    for idx, span in enumerate(doc.spans):
        frags = _fragments(text, span.start, span.end)
        if not frags:
            stats.drop("line breaks only", span.label)
            continue
        if frags[0][0] != span.start or frags[-1][1] != span.end:
            stats.adjust("edge line break left out", span.label)
        tid = f"T{len(t_ids) + 1}"
        t_ids[idx] = tid
        offs = ";".join(f"{a} {b}" for a, b in frags)
        frag_text = " ".join(text[a:b] for a, b in frags)
        lines.append(f"{tid}\t{span.label} {offs}\t{frag_text}")
        stats.spans[span.label] += 1
    for n, (rel_type, head, tail) in enumerate(doc.relations, 1):
        if head not in t_ids or tail not in t_ids:
            stats.drop("relation to a span not written", rel_type)
            continue
        lines.append(f"R{n}\t{rel_type} Arg1:{t_ids[head]} Arg2:{t_ids[tail]}")
        stats.relations += 1
    return lines


def write_brat(docs: Iterable[ExportDoc], folder: str | Path, schema: Schema) -> WriteStats:
    """Write one .txt/.ann pair per document into `folder`, plus annotation.conf and visual.conf."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write_conf(folder, schema)
    stats = WriteStats()
    used: set[str] = set()
    renamed = astral = 0
    for doc in docs:
        astral += has_astral(doc.text)
        stem = file_stem(doc.id, used)
        renamed += stem != doc.id
        # newline="" keeps "\r\n" as it is in the text.
        with open(folder / f"{stem}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(doc.text)
        lines = ann_lines(doc, stats)
        with open(folder / f"{stem}.ann", "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(line + "\n" for line in lines))
        stats.documents += 1
    if renamed:
        stats.notes.append(
            f"{renamed} document ids were not usable as file names and were adjusted (brat names "
            "documents by file)"
        )
    if astral:
        stats.notes.append(
            f"brat: {astral} documents have characters outside the BMP (such as 𠮷); the .ann "
            "offsets are right, but brat's web client draws annotations after such a character "
            "one place off per character (brat issue #1115)"
        )
    return stats


def write_conf(folder: Path, schema: Schema) -> None:
    conf = ["[entities]", *schema.label_names, "", "[relations]"]
    for rel in schema.relations:
        conf.append(f"{rel.name}\tArg1:{'|'.join(rel.head)}, Arg2:{'|'.join(rel.tail)}")
    conf += ["", "[events]", "", "[attributes]", ""]
    (folder / "annotation.conf").write_text("\n".join(conf), encoding="utf-8")
    visual = ["[labels]", *(f"{lab.name} | {lab.name}" for lab in schema.labels), "", "[drawing]"]
    visual += [f"{lab.name}\tbgColor:{lab.colour}" for lab in schema.labels]
    (folder / "visual.conf").write_text("\n".join(visual) + "\n", encoding="utf-8")


def read_brat(
    folder: str | Path,
    annotator: str = "brat",
    warnings: list[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Every ``*.txt`` under `folder` (recursively) with its ``.ann``, as documents with one layer.

    The document id is the file path relative to `folder`, without ``.txt``. A layer is marked
    done when its ``.ann`` has at least one annotation.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FormatError(
            f"{folder}: not a folder (a brat import reads a folder of .txt/.ann files)"
        )
    warn = warnings if warnings is not None else []
    tally = _Tally()
    out: list[tuple[DocumentInput, list[LayerInput]]] = []
    for txt in sorted(folder.rglob("*.txt")):
        text = _read_utf8(txt, "brat reads .txt files as UTF-8 only")
        # brat's codec keeps a byte-order mark as a character: offsets count it.
        shift = 1 if text.startswith("\ufeff") else 0
        text = text[shift:]
        ann = txt.with_suffix(".ann")
        doc_id = txt.relative_to(folder).with_suffix("").as_posix()
        layer = LayerInput(annotator=annotator)
        if ann.is_file():
            lines = _read_utf8(ann, "brat reads .ann files as UTF-8 only").split("\n")
            layer.spans, layer.relations = _read_ann(ann, lines, text, shift, tally)
            _check_overlaps(ann, layer.spans, tally.line_of, directive_labels)
            layer.done = bool(layer.spans)
        out.append((DocumentInput(external_id=doc_id, text=text, source=str(txt)), [layer]))
    if not out:
        raise FormatError(f"{folder}: no .txt files found")
    warn.extend(tally.messages(folder))
    return out


def _read_utf8(path: Path, why: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FormatError(
            f"{path}: not UTF-8 text (byte {e.start}); {why}: convert it first, e.g. with "
            "iconv -f GB18030 -t UTF-8"
        ) from None


class _Tally:
    """What a folder held that is not imported, or not as it was, for the report."""

    def __init__(self) -> None:
        self.skipped: dict[str, Counter[str]] = {}  # kind -> type -> n
        self.split = 0  # discontinuous annotations split into one span per fragment
        self.split_spans = 0
        self.split_example = ""
        self.split_relations = 0
        self.joined = 0  # fragments separated by line breaks only, read as one span
        self.folded: list[str] = []  # files whose offsets count "\r\n" once
        self.line_of: list[int] = []  # .ann line of each span of the file being read

    def skip(self, kind: str, type_: str, n: int = 1) -> None:
        self.skipped.setdefault(kind, Counter())[type_] += n

    def messages(self, folder: Path) -> list[str]:
        out = []
        if self.skipped:
            parts = []
            for kind in _KIND_ORDER:
                types = self.skipped.get(kind)
                if not types:
                    continue
                total = sum(types.values())
                listed = ", ".join(f"{t} {n}" for t, n in sorted(types.items()) if t)
                parts.append(f"{total} {kind}" + (f" ({listed})" if listed else ""))
            out.append(f"{folder}: not imported (civannot keeps text spans and relations): "
                       + "; ".join(parts))  # fmt: skip
        if self.split:
            rel = (
                f"; {self.split_relations} relation(s) to them not imported"
                if self.split_relations
                else ""
            )
            out.append(
                f"{folder}: {self.split} discontinuous annotation(s) (e.g. {self.split_example}) "
                f"split into {self.split_spans} spans, one per fragment: a civannot span is "
                f"continuous{rel}"
            )
        if self.joined:
            out.append(
                f"{folder}: {self.joined} annotation(s) in fragments separated only by line "
                "breaks read as one span each (civannot writes a span that crosses a line so)"
            )
        if self.folded:
            out.append(
                f'{folder}: {len(self.folded)} file(s) (e.g. {self.folded[0]}) count "\\r\\n" '
                "as one character (older exports); read that way since every annotation's text "
                "matches only so"
            )
        return out


_KIND_ORDER = ("attribute(s)", "note(s)", "event(s)", "relation(s) to event triggers",
               "normalisation(s)", "equivalence(s)", "other line(s)")  # fmt: skip
_KINDS = {"A": "attribute(s)", "M": "attribute(s)", "#": "note(s)", "E": "event(s)",
          "N": "normalisation(s)", "*": "equivalence(s)"}  # fmt: skip


def _read_ann(
    ann: Path, lines: list[str], text: str, shift: int, tally: _Tally
) -> tuple[list[Span], list[tuple[str, int, int]]]:
    """Spans and relations of one .ann over `text`, offsets as brat counts them."""
    t_lines: list[tuple[int, str, str, list[tuple[int, int]], str]] = []
    r_lines: list[tuple[int, str, str, str]] = []
    triggers: set[str] = set()
    other: list[tuple[str, str]] = []
    for lineno, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if line[0] == "T":
            m = _T_LINE.match(line)
            if not m:
                raise FormatError(f"{ann}:{lineno}: malformed text-bound annotation")
            tid, label, offs, frag_text = m.groups()
            pairs = [(int(a) - shift, int(b) - shift) for a, b in
                     (p.split() for p in offs.split(";"))]  # fmt: skip
            t_lines.append((lineno, tid, label, [(max(a, 0), max(b, 0)) for a, b in pairs],
                            frag_text))  # fmt: skip
        elif line[0] == "R":
            m = _R_LINE.match(line)
            if not m:
                raise FormatError(f"{ann}:{lineno}: malformed relation")
            r_lines.append((lineno, m.group(2), m.group(3), m.group(4)))
        else:
            head, _, rest = line.partition("\t")
            kind = _KINDS.get(head[:1], "other line(s)")
            type_ = rest.split(" ", 1)[0].split(":", 1)[0] if rest else ""
            if kind == "event(s)":
                # E1\tAttack:T3 Target:T1 -- T3 is the event's trigger, not an entity.
                trig = rest.split(" ", 1)[0].split(":", 1)
                if len(trig) == 2:
                    triggers.add(trig[1])
            if kind == "note(s)":
                type_ = ""
            other.append((kind, type_))
    for kind, type_ in other:
        tally.skip(kind, type_)
    t_lines = [t for t in t_lines if t[1] not in triggers]
    try:
        matched = _match(ann, t_lines, text, lambda i: i)
    except FormatError:
        if "\r\n" not in text:
            raise
        # An older export (or bratiaa's parser) counted "\r\n" once: take that reading only
        # if every annotation's text matches under it.
        back = from_lf(text)
        try:
            matched = _match(ann, t_lines, text, back)
        except FormatError:
            matched = None
        if matched is None:
            raise
        tally.folded.append(ann.name)
    assert matched is not None  # a failed second match re-raised above
    spans: list[Span] = []
    index: dict[str, list[int]] = {}
    tally.line_of = []
    for (lineno, tid, label, _pairs, _t), frags in zip(t_lines, matched, strict=True):
        joined = _join_line_breaks(text, frags)
        if len(joined) < len(frags):
            tally.joined += 1
        if len(joined) > 1:
            tally.split += 1
            tally.split_spans += len(joined)
            tally.split_example = tally.split_example or f"{tid} in {ann.name}"
        index[tid] = []
        for a, b in joined:
            index[tid].append(len(spans))
            spans.append(Span(a, b, label, text[a:b]))
            tally.line_of.append(lineno)
    relations: list[tuple[str, int, int]] = []
    for lineno, rtype, a1, a2 in r_lines:
        if a1 in triggers or a2 in triggers:
            tally.skip("relation(s) to event triggers", rtype)
            continue
        if a1 not in index or a2 not in index:
            raise FormatError(
                f"{ann}:{lineno}: relation names {a1 if a1 not in index else a2}, which is not "
                "a text-bound annotation of this file"
            )
        if len(index[a1]) != 1 or len(index[a2]) != 1:
            tally.split_relations += 1
            continue
        relations.append((rtype, index[a1][0], index[a2][0]))
    return spans, relations


def _match(
    ann: Path,
    t_lines: list[tuple[int, str, str, list[tuple[int, int]], str]],
    text: str,
    back: Callable[[int], int],
) -> list[list[tuple[int, int]]]:
    """Each annotation's fragments in our offsets, checked as brat checks them (in range, not
    overlapping one another, their texts joined by a space equal to the .ann text)."""
    out = []
    for lineno, _tid, _label, pairs, frag_text in t_lines:
        frags = sorted((back(a), back(b)) for a, b in pairs)
        if any(not (0 <= a < b <= len(text)) for a, b in frags):
            offs = ";".join(f"{a} {b}" for a, b in pairs)
            raise FormatError(f"{ann}:{lineno}: offsets {offs} outside the text "
                              f"({len(text)} characters)")  # fmt: skip
        if any(b[0] < a[1] for a, b in zip(frags, frags[1:], strict=False)):
            raise FormatError(f"{ann}:{lineno}: fragments overlap")
        got = " ".join(text[a:b] for a, b in frags)
        if got != frag_text:
            offs = ";".join(f"{a} {b}" for a, b in pairs)
            raise FormatError(
                f"{ann}:{lineno}: text {frag_text!r} does not match the .txt at {offs} ({got!r})"
            )
        out.append(frags)
    return out


def _join_line_breaks(text: str, frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments with gaps of line-break characters only joined (how ann_lines splits a span)."""
    out = [frags[0]]
    for a, b in frags[1:]:
        gap = text[out[-1][1] : a]
        if gap and not gap.strip(LINE_BREAKS):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _check_overlaps(
    ann: Path, spans: list[Span], line_of: list[int], directive_labels: Container[str]
) -> None:
    pair = overlapping_pair(spans, directive_labels)
    if pair is not None:
        # name the line read later, and the earlier one it clashes with
        i, j = sorted(pair, key=lambda k: line_of[k])
        a, b = spans[i], spans[j]
        raise FormatError(
            f"{ann}:{line_of[j]}: {b.label} {b.start}-{b.end} overlaps {a.label} {a.start}-{a.end} "
            f"(line {line_of[i]}); spans of one layer do not overlap, but a DIRECTIVE may contain "
            "entities"
        )
