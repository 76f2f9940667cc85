"""brat standoff: a ``.txt`` and an ``.ann`` per document, ``annotation.conf`` and ``visual.conf``.

Offsets. brat counts characters of the decoded text (Python code points, so 𠮷 is one), but it
reads ``.txt`` files with universal newlines: "\\r\\n" is one character to brat (brat issue #853,
``open_textfile`` in brat's annotation.py; Python's ``open()`` in text mode, used by most brat
readers, does the same). We write the ``.txt`` byte for byte as our text, "\\r\\n" included, and
count offsets the way brat reads it: every "\\r\\n" before an offset counts once. The reader here
opens the ``.txt`` with ``newline=""`` and converts back, so offsets stay exact both ways.
Checked with brat's own parser (``TextAnnotations`` and ``ProjectConfiguration`` of brat's
server, as packaged in ``bratiaa``'s ``bratsubset``): no line refused, every fragment's text
matched. brat's web client, however, positions annotations with JavaScript string indices, so in a
document with characters outside the BMP it draws everything after such a character one place off
per character (brat issue #1115, open); the files are right, and the export says so in a note.

A span that crosses a line break is written as a discontinuous annotation (``T1 LABEL 0 5;6 9``),
one fragment per line, because a ``.ann`` line cannot hold a line break; the reader takes the
first fragment's start and the last fragment's end. Relations are ``R`` lines
(``Arg1`` = head, ``Arg2`` = tail). Lines the reader does not use (events, attributes, notes,
normalisations) are counted in the warnings, not dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    from_lf,
    has_astral,
    to_lf,
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


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of [start, end) without line-break characters."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        while i < end and text[i] in "\r\n":
            i += 1
        j = i
        while j < end and text[j] not in "\r\n":
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def ann_lines(doc: ExportDoc, stats: WriteStats) -> list[str]:
    text = doc.text
    lf = to_lf(text)
    lines: list[str] = []
    t_ids: dict[int, str] = {}
    for idx, span in enumerate(doc.spans):
        frags = _fragments(text, span.start, span.end)
        conv = [(lf(a), lf(b)) for a, b in frags]
        if not frags or any(a is None or b is None for a, b in conv):
            stats.drop("boundary inside a line break" if frags else "line breaks only", span.label)
            continue
        if frags[0][0] != span.start or frags[-1][1] != span.end:
            stats.adjust("edge line break left out", span.label)
        tid = f"T{len(t_ids) + 1}"
        t_ids[idx] = tid
        offs = ";".join(f"{a} {b}" for a, b in conv)
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
    folder: str | Path, annotator: str = "brat", warnings: list[str] | None = None
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
    out: list[tuple[DocumentInput, list[LayerInput]]] = []
    for txt in sorted(folder.rglob("*.txt")):
        try:
            with open(txt, encoding="utf-8-sig", newline="") as f:
                text = f.read()
        except UnicodeDecodeError:
            raise FormatError(f"{txt}: not UTF-8 text") from None
        ann = txt.with_suffix(".ann")
        doc_id = txt.relative_to(folder).with_suffix("").as_posix()
        layer = LayerInput(annotator=annotator)
        if ann.is_file():
            layer.spans, layer.relations = _read_ann(ann, text, warn)
            layer.done = bool(layer.spans)
        out.append((DocumentInput(external_id=doc_id, text=text, source=str(txt)), [layer]))
    if not out:
        raise FormatError(f"{folder}: no .txt files found")
    return out


def _read_ann(
    ann: Path, text: str, warn: list[str]
) -> tuple[list[Span], list[tuple[str, int, int]]]:
    back = from_lf(text)
    spans: list[Span] = []
    index: dict[str, int] = {}
    pending: list[tuple[int, str, str, str]] = []
    skipped: dict[str, int] = {}
    with open(ann, encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if line[0] == "T":
                m = _T_LINE.match(line)
                if not m:
                    raise FormatError(f"{ann}:{lineno}: malformed text-bound annotation")
                tid, label, offs, frag_text = m.groups()
                pairs = [tuple(int(x) for x in p.split()) for p in offs.split(";")]
                start, end = back(pairs[0][0]), back(pairs[-1][1])
                frags = [text[back(a) : back(b)] for a, b in pairs]
                if not (0 <= start < end <= len(text)) or any(back(a) > back(b) for a, b in pairs):
                    raise FormatError(f"{ann}:{lineno}: offsets {offs} outside the text")
                if " ".join(frags) != frag_text:
                    raise FormatError(
                        f"{ann}:{lineno}: text {frag_text!r} does not match the .txt at {offs} "
                        f"({' '.join(frags)!r})"
                    )
                index[tid] = len(spans)
                spans.append(Span(start, end, label, text[start:end]))
            elif line[0] == "R":
                m = _R_LINE.match(line)
                if not m:
                    raise FormatError(f"{ann}:{lineno}: malformed relation")
                pending.append((lineno, m.group(2), m.group(3), m.group(4)))
            else:
                kind = line.split("\t", 1)[0][:1] or "?"
                skipped[kind] = skipped.get(kind, 0) + 1
    relations: list[tuple[str, int, int]] = []
    for lineno, rtype, a1, a2 in pending:
        if a1 not in index or a2 not in index:
            raise FormatError(f"{ann}:{lineno}: relation names an unknown annotation")
        relations.append((rtype, index[a1], index[a2]))
    for kind, n in sorted(skipped.items()):
        warn.append(f"{ann}: {n} '{kind}' line(s) not imported (only T and R lines are)")
    return spans, relations
