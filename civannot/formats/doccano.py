"""doccano JSONL, as doccano's sequence-labelling importer reads it, and back.

Two shapes, one document per line:

- without relations: ``{"text": ..., "label": [[start, end, "LABEL"], ...]}``
- with relations (doccano's "relation" projects): ``{"text": ..., "entities": [{"id", "label",
  "start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}``

We write the second shape for the whole file as soon as one document of the export has a
relation, so that one project type imports the whole file. Extra keys (``external_id``,
``annotators``) become document metadata in doccano and come back in its export; the reader uses
``external_id`` (or ``id``) as the document id.

Offsets. doccano's annotation screen counts positions in the JavaScript string: UTF-16 code units
(doccano issue #2290; a character outside the BMP such as 𠮷 is two units; "\\r\\n" is two), unless
the project has "Count grapheme clusters as one character" switched on: then it counts extended
grapheme clusters (v-annotator's ``Text`` model, with the ``grapheme-splitter`` package), so 𠮷 is
one and "\\r\\n" is one. We write UTF-16 offsets by default (``offsets="utf16"``);
``"graphemes"`` writes grapheme-cluster offsets for a project with the switch on, and
``"codepoints"`` Python code points, for scripts that read the file with Python. Texts without
characters outside the BMP, without "\\r\\n" and without combining sequences are the same every
way. Our records carry ``civannot_offsets`` saying which counting they use.

Reading (``offsets="auto"``) takes a record's counting from ``civannot_offsets`` when the file
has not been through doccano (no doccano ``id``), and otherwise from what the texts tell: an
offset that splits a surrogate pair is not UTF-16, an offset past the last grapheme cluster is
not graphemes. When both of doccano's countings fit a file and they give different characters
for some span, the records' ``civannot_offsets`` (which doccano keeps as metadata) decides, with a
note in the report; without it the file is refused with the line and the option to choose
(``--doccano-offsets``): a wrong guess would put every span after a 𠮷 or a "\\r\\n" on the wrong
characters without a word. Checked with doccano 1.8.4's own importer and exporter
(``CIVANNOT_DOCCANO_PYTHON``) and, for grapheme clusters, with grapheme-splitter itself
(``CIVANNOT_GRAPHEME_SPLITTER``).

What doccano's importer (1.8, ``data_import/pipeline``; checked by running it on our files) does
with a file, and what the notes of an export therefore tell the user:

- it keeps every span only in a project with "Allow overlapping entity" ticked; otherwise
  ``Spans.clean`` keeps the first of overlapping spans and drops the others without a word (a
  DIRECTIVE containing entities loses the entities), and a relation to a dropped span stops the
  import with a KeyError after the batch's texts are saved;
- the relation shape needs a Sequence Labeling project with "Use relation labeling" and the
  "JSONL(Relation)" import format;
- its "Auto" encoding is a chardet guess, which takes a small file with few non-ASCII characters
  (one record with 𠮷) for Latin-1 and garbles every text: choose utf_8 when importing.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Container, Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    from_utf16,
    has_astral,
    json_line,
    overlapping_pair,
    to_utf16,
)
from civannot.records import DocumentInput, LayerInput, Span

OFFSETS = ("utf16", "graphemes", "codepoints")
MARK = "civannot_offsets"


_PICTOGRAPH: Any = None


def grapheme_starts(text: str) -> list[int] | None:
    """Code-point offset where each extended grapheme cluster of `text` starts, plus len(text);
    None when every cluster is one code point (then grapheme offsets are code points)."""
    if text.isascii() and "\r\n" not in text:
        return None
    import regex  # lazily: only texts that need it

    global _PICTOGRAPH
    if _PICTOGRAPH is None:
        _PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")
    starts: list[int] = []
    for m in regex.finditer(r"\X", text):
        # grapheme-splitter (doccano's) keeps Unicode 10's rule: a ZWJ joins the pictograph
        # after it whatever precedes the ZWJ; newer rules need a pictograph before it too.
        # (Still different, and rare in news: regional-indicator pairs followed by combining
        # marks, and Indic conjuncts, which Unicode 15.1 made one cluster.)
        if starts and text[m.start() - 1] == "\u200d" and _PICTOGRAPH.match(text, m.start()):
            continue
        starts.append(m.start())
    if len(starts) == len(text):
        return None
    starts.append(len(text))
    return starts


def _converters(text: str, offsets: str) -> tuple[Callable[[int], int], Callable[[int], int]]:
    """(ours -> theirs, theirs -> ours) for one text; both raise ValueError for an offset the
    other counting cannot express."""
    if offsets == "utf16":
        return to_utf16(text), from_utf16(text)
    if offsets == "graphemes":
        starts = grapheme_starts(text)
        if starts is None:
            return _same(len(text)), _same(len(text))

        def to(i: int) -> int:
            k = bisect.bisect_left(starts, i)
            if k == len(starts) or starts[k] != i:
                raise ValueError(f"offset {i} falls inside a grapheme cluster")
            return k

        def back(g: int) -> int:
            if not 0 <= g < len(starts):
                raise ValueError(
                    f"offset {g} is past the text ({len(starts) - 1} grapheme clusters)"
                )
            return starts[g]

        return to, back
    return _same(len(text)), _same(len(text))


def _same(n: int) -> Callable[[int], int]:
    return lambda i: i


def _differs(text: str) -> bool:
    """Whether UTF-16 and grapheme counting give different offsets somewhere in `text`."""
    return has_astral(text) or grapheme_starts(text) is not None


def doc_record(doc: ExportDoc, relation_form: bool, offsets: str, stats: WriteStats) -> dict:
    conv, _back = _converters(doc.text, offsets)
    rec: dict[str, Any] = {"external_id": doc.id, "text": doc.text}
    placed: dict[int, tuple[int, int]] = {}
    for i, s in enumerate(doc.spans):
        try:
            placed[i] = (conv(s.start), conv(s.end))
        except ValueError:
            # e.g. a boundary between "\r" and "\n", which grapheme counting cannot express
            stats.drop("boundary inside a grapheme cluster", s.label)
    if relation_form:
        ents = []
        for i, (a, b) in placed.items():
            s = doc.spans[i]
            ents.append({"id": i + 1, "label": s.label, "start_offset": a, "end_offset": b})
            stats.spans[s.label] += 1
        rels = []
        for n, (rtype, h, t) in enumerate(doc.relations, 1):
            if h not in placed or t not in placed:
                stats.drop("relation to a span not written", rtype)
                continue
            rels.append({"id": n, "from_id": h + 1, "to_id": t + 1, "type": rtype})
            stats.relations += 1
        rec["entities"] = ents
        rec["relations"] = rels
    else:
        rec["label"] = [[a, b, doc.spans[i].label] for i, (a, b) in placed.items()]
        stats.spans.update(doc.spans[i].label for i in placed)
    rec[MARK] = offsets
    if doc.annotators:
        rec["annotators"] = doc.annotators
    stats.documents += 1
    return rec


def write_doccano(
    docs: Iterable[ExportDoc], path: str | Path, relation_form: bool, offsets: str = "utf16"
) -> WriteStats:
    """Write doccano JSONL; `relation_form` picks the entities/relations shape."""
    if offsets not in OFFSETS:
        raise ValueError(f"offsets must be one of {OFFSETS}")
    stats = WriteStats()
    overlapping = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for doc in docs:
            rec = doc_record(doc, relation_form, offsets, stats)
            out.write(json_line(rec))
            out.write("\n")
            overlapping += has_overlap(doc.spans)
    stats.notes += import_notes(relation_form, overlapping, offsets)
    return stats


def has_overlap(spans: Sequence[Span]) -> bool:
    ordered = sorted((s.start, s.end) for s in spans)
    # Sorted by start, a span overlapping a later one overlaps its next one too.
    return any(b[0] < a[1] for a, b in pairwise(ordered))


def import_notes(relation_form: bool, overlapping: int, offsets: str) -> list[str]:
    """What to choose in doccano so that its importer takes every span (see the docstring)."""
    how = (
        "doccano: import into a Sequence Labeling project with 'Use relation labeling' ticked, "
        "file format JSONL(Relation)"
        if relation_form
        else "doccano: import into a Sequence Labeling project, file format JSONL"
    )
    how += ", encoding utf_8 (its 'Auto' guess can misread a small file)"
    if offsets == "utf16":
        # Switched on, doccano counts 𠮷 and "\r\n" as one character each.
        how += "; leave 'Count grapheme clusters as one character' off (offsets are UTF-16 units)"
    elif offsets == "graphemes":
        how += "; switch 'Count grapheme clusters as one character' on (offsets are graphemes)"
    else:
        how += "; offsets are Python code points, which doccano's screen does not count"
    notes = [how]
    if overlapping:
        notes.append(
            f"doccano: {overlapping} documents have overlapping spans (e.g. a DIRECTIVE containing "
            "entities): tick 'Allow overlapping entity' in the doccano project before importing, "
            "or doccano keeps only the first of them without a word (and stops at a relation to a "
            "span it dropped)"
        )
    return notes


def read_doccano(
    path: str | Path,
    annotator: str = "doccano",
    offsets: str = "auto",
    warnings: list[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Documents and one layer each from a doccano JSONL export (either shape).

    `offsets` is ``auto`` (see the module docstring), ``utf16``, ``graphemes`` or
    ``codepoints``. A layer is marked done when the record is confirmed (``is_confirmed``) or has
    spans.
    """
    if offsets != "auto" and offsets not in OFFSETS:
        raise ValueError(f"offsets must be auto or one of {OFFSETS}")
    path = Path(path)
    warn = warnings if warnings is not None else []
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FormatError(
            f"{path}:{line}: not UTF-8 text (doccano exports UTF-8; convert the file first, e.g. "
            "with iconv -f GB18030 -t UTF-8)"
        ) from None
    return parse_doccano(content, str(path), path.stem, annotator, offsets, warn, directive_labels)


def parse_doccano(
    content: str,
    name: str,
    stem: str,
    annotator: str = "doccano",
    offsets: str = "auto",
    warnings: list[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """read_doccano on a decoded file; `name` is used in messages, `stem` for default ids."""
    if offsets != "auto" and offsets not in OFFSETS:
        raise ValueError(f"offsets must be auto or one of {OFFSETS}")
    warn = warnings if warnings is not None else []
    raws: list[_Raw] = []
    # JSON Lines ends records at "\n" only (a text may hold U+2028 unescaped).
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise FormatError(f"{where}: not JSON ({e.msg})") from None
        except (ValueError, RecursionError) as e:  # 5,000-digit integers, deep nesting
            raise FormatError(f"{where}: not a record civannot can read ({_short(e)})") from None
        raws.append(_parse(rec, where, stem, lineno))
    if not raws:
        raise FormatError(f"{name}: no records")
    chosen = _choose_offsets(raws, offsets, warn, name)
    return [
        _build(raw, counting, annotator, directive_labels)
        for raw, counting in zip(raws, chosen, strict=True)
    ]


def _short(e: BaseException) -> str:
    text = str(e) or type(e).__name__
    return text if len(text) < 80 else text[:77] + "..."


class _Raw:
    """One record, checked for shape; offsets still in the file's counting."""

    def __init__(self, where: str, rec: dict, text: str, doc_id: str) -> None:
        self.where = where
        self.rec = rec
        self.text = text
        self.doc_id = doc_id
        self.items: list[tuple[int, int, str]] = []  # start, end, label as in the file
        self.relations: list[tuple[str, int, int]] = []
        self.mark: str | None = None  # civannot_offsets of a file not (yet) through doccano
        self.hint: str | None = None  # civannot_offsets kept by doccano as metadata


def _int(value: Any, where: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where}: {what} {_brief(value)} is not an integer")
    return value


def _brief(value: Any) -> str:
    try:
        text = repr(value)
    except ValueError:  # an integer too long to print
        return "(a number too long to print)"
    return text if len(text) <= 40 else text[:37] + "..."


def _parse(rec: Any, where: str, stem: str, lineno: int) -> _Raw:
    if not isinstance(rec, dict):
        raise FormatError(f"{where}: a record must be a JSON object")
    text = rec.get("text", rec.get("data"))
    if not isinstance(text, str):
        raise FormatError(f"{where}: no 'text' string")
    ext = rec.get("external_id", rec.get("id"))
    if isinstance(ext, (dict, list)):
        raise FormatError(f"{where}: id {_brief(ext)} is not a number or a string")
    doc_id = str(ext) if ext is not None and ext != "" else f"{stem}-{lineno}"
    raw = _Raw(where, rec, text, doc_id)
    mark = rec.get(MARK)
    if mark is not None and mark not in OFFSETS:
        raise FormatError(f"{where}: {MARK} {_brief(mark)} is not one of {', '.join(OFFSETS)}")
    # A record that went through doccano has doccano's own id: its offsets are doccano's now.
    raw.mark = mark if "id" not in rec else None
    raw.hint = mark if "id" in rec and mark in ("utf16", "graphemes") else None

    def item(start: Any, end: Any, label: Any) -> None:
        s, e = _int(start, where, "start"), _int(end, where, "end")
        if not isinstance(label, str) or not label:
            raise FormatError(f"{where}: label {_brief(label)} is not a name")
        if not 0 <= s < e:
            raise FormatError(f"{where}: span {s}-{e} is empty or negative")
        raw.items.append((s, e, label))

    if "entities" in rec:
        ents = rec["entities"]
        if not isinstance(ents, list):
            raise FormatError(f"{where}: 'entities' must be a list")
        ids: dict[Any, int] = {}
        for ent in ents:
            if not isinstance(ent, dict):
                raise FormatError(f"{where}: an entity must be an object")
            eid = ent.get("id")
            if isinstance(eid, bool) or not isinstance(eid, (int, str)):
                raise FormatError(f"{where}: entity id {_brief(eid)} is not a number or a string")
            if eid in ids:
                raise FormatError(f"{where}: entity id {_brief(eid)} used twice")
            ids[eid] = len(raw.items)
            item(ent.get("start_offset"), ent.get("end_offset"), ent.get("label"))
        rels = rec.get("relations") or []
        if not isinstance(rels, list):
            raise FormatError(f"{where}: 'relations' must be a list")
        for rel in rels:
            if not isinstance(rel, dict):
                raise FormatError(f"{where}: a relation must be an object")
            h, t = rel.get("from_id"), rel.get("to_id")
            if not all(isinstance(x, (int, str)) and not isinstance(x, bool) for x in (h, t)):
                raise FormatError(
                    f"{where}: relation {_brief(rel.get('id'))}: from_id/to_id must be entity ids"
                )
            if h not in ids or t not in ids:
                raise FormatError(
                    f"{where}: relation {_brief(rel.get('id'))} names an unknown entity"
                )
            rtype = rel.get("type")
            if not isinstance(rtype, str) or not rtype:
                raise FormatError(f"{where}: relation {_brief(rel.get('id'))} has no type")
            raw.relations.append((rtype, ids[h], ids[t]))
    else:
        labels = rec.get("label", rec.get("labels", []))
        if not isinstance(labels, list):
            raise FormatError(f"{where}: 'label' must be a list of [start, end, label]")
        for it in labels:
            if not isinstance(it, list) or len(it) != 3:
                raise FormatError(
                    f"{where}: label {_brief(it)} is not [start, end, label] (a classification "
                    "project's export cannot be imported as spans)"
                )
            item(*it)
    return raw


def _place(raw: _Raw, counting: str) -> list[tuple[int, int]] | str:
    """The record's spans in our offsets under `counting`, or why they do not fit."""
    _to, back = _converters(raw.text, counting)
    out = []
    for s, e, _label in raw.items:
        try:
            a, b = back(s), back(e)
        except ValueError as err:
            return f"span {s}-{e}: {err}"
        if not (0 <= a < b <= len(raw.text)):
            return f"span {s}-{e} outside the text"
        out.append((a, b))
    return out


_NAMES = {"utf16": "UTF-16 units (doccano's default)",
          "graphemes": "grapheme clusters ('Count grapheme clusters as one character')",
          "codepoints": "code points"}  # fmt: skip


def _choose_offsets(raws: list[_Raw], offsets: str, warn: list[str], name: str) -> list[str]:
    """The counting of each record: the one asked for, the record's mark, or the one of
    doccano's two that the texts allow (refusing when they allow both and disagree)."""
    if offsets != "auto":
        for raw in raws:
            placed = _place(raw, offsets)
            if isinstance(placed, str):
                raise FormatError(f"{raw.where}: {placed} (counted in {_NAMES[offsets]})")
        return [offsets] * len(raws)
    chosen: list[str | None] = [raw.mark for raw in raws]
    for raw, mark in zip(raws, chosen, strict=True):
        if mark is not None:
            placed = _place(raw, mark)
            if isinstance(placed, str):
                raise FormatError(f"{raw.where}: {placed} (the record says {MARK}: {mark})")
    # Records without a mark: one counting for all of them, as one doccano project has.
    rest = [raw for raw, mark in zip(raws, chosen, strict=True) if mark is None]
    fits = {c: [_place(r, c) if _differs(r.text) else None for r in rest]
            for c in ("utf16", "graphemes")}  # fmt: skip
    ok = [c for c in ("utf16", "graphemes") if not any(isinstance(x, str) for x in fits[c])]
    if not ok:
        k = next(i for i, x in enumerate(fits["utf16"]) if isinstance(x, str))
        g = next(i for i, x in enumerate(fits["graphemes"]) if isinstance(x, str))
        raise FormatError(
            f"{rest[k].where}: {fits['utf16'][k]} (counted in UTF-16 units, doccano's default), "
            f"and line {rest[g].where.rsplit(':', 1)[1]} does not fit grapheme clusters either: "
            f"{fits['graphemes'][g]}"
        )
    if len(ok) == 2:
        differ = [
            i
            for i in range(len(rest))
            if fits["utf16"][i] is not None and fits["utf16"][i] != fits["graphemes"][i]
        ]
        hints = {rest[i].hint for i in differ}
        if differ and len(hints) == 1 and None not in hints:
            # Written by civannot in that counting and imported into doccano, which keeps the
            # mark: its project counted the same way (the export's note said so). Said, since a
            # project with the other setting would have shown those spans one place off.
            counting = str(hints.pop())
            warn.append(
                f"{name}: offsets read as {_NAMES[counting]}, as civannot wrote them before "
                f"this file went through doccano ({len(differ)} record(s) would differ the other "
                "way); if the doccano project counted the other way, import again with "
                "--doccano-offsets"
            )
            return [mark if mark is not None else counting for mark in chosen]
        if differ:
            raise FormatError(
                f"{rest[differ[0]].where}: the text has characters that doccano counts "
                "differently with 'Count grapheme clusters as one character' on and off (such "
                "as 𠮷 or \\r\\n), and the offsets fit both ways; say which with "
                "--doccano-offsets utf16 (off, doccano's default) or graphemes (on)"
            )
        counting = "utf16"
    else:
        counting = ok[0]
        other = "graphemes" if counting == "utf16" else "utf16"
        k = next(i for i, x in enumerate(fits[other]) if isinstance(x, str))
        if counting == "graphemes":
            warn.append(
                f"{name}: offsets read as grapheme clusters (the doccano project counted "
                f"'grapheme clusters as one character'): {rest[k].where.rsplit(':', 1)[1]}: "
                f"{fits[other][k]} in UTF-16 units"
            )
    return [mark if mark is not None else counting for mark in chosen]


def _build(
    raw: _Raw, counting: str, annotator: str, directive_labels: Container[str]
) -> tuple[DocumentInput, list[LayerInput]]:
    placed = _place(raw, counting)
    if isinstance(placed, str):
        raise FormatError(f"{raw.where}: {placed}")
    text = raw.text
    spans = [Span(a, b, label, text[a:b]) for (a, b), (_s, _e, label) in
             zip(placed, raw.items, strict=True)]  # fmt: skip
    pair = overlapping_pair(spans, directive_labels)
    if pair is not None:
        x, y = spans[pair[0]], spans[pair[1]]
        raise FormatError(
            f"{raw.where}: {y.label} {raw.items[pair[1]][0]}-{raw.items[pair[1]][1]} overlaps "
            f"{x.label} {raw.items[pair[0]][0]}-{raw.items[pair[0]][1]} (spans of one layer do "
            "not overlap, but a DIRECTIVE may contain entities)"
        )
    rec = raw.rec
    done = bool(rec.get("is_confirmed")) or bool(spans)
    meta = {k: v for k, v in rec.items() if k not in _KNOWN and _plain(v)}
    doc = DocumentInput(external_id=raw.doc_id, text=text, meta=meta)
    layer = LayerInput(annotator=annotator, spans=spans, relations=raw.relations, done=done)
    return doc, [layer]


_KNOWN = {
    "text", "data", "id", "external_id", "entities", "relations", "label", "labels",
    "annotators", "is_confirmed", "Comments", MARK,
}  # fmt: skip


def _plain(v: Any) -> bool:
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**63:
        return False  # SQLite holds 64-bit integers
    return isinstance(v, (str, int, float, bool)) or v is None
