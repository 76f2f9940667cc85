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
(doccano issue #2290; a character outside the BMP such as 𠮷 is two units), unless the project has
"Count grapheme clusters as one character" switched on. "\\r\\n" is two units there, as in
Python. So we write UTF-16 offsets by default (``offsets="utf16"``) and convert back on reading;
``offsets="codepoints"`` writes Python code points instead, for scripts that read the file with
Python. Texts without characters outside the BMP are the same either way.

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

import json
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    from_utf16,
    json_line,
    to_utf16,
)
from civannot.records import DocumentInput, LayerInput, Span

OFFSETS = ("utf16", "codepoints")


def doc_record(doc: ExportDoc, relation_form: bool, offsets: str, stats: WriteStats) -> dict:
    conv = to_utf16(doc.text) if offsets == "utf16" else (lambda i: i)
    rec: dict[str, Any] = {"external_id": doc.id, "text": doc.text}
    if relation_form:
        ents = []
        for i, s in enumerate(doc.spans):
            ents.append(
                {
                    "id": i + 1,
                    "label": s.label,
                    "start_offset": conv(s.start),
                    "end_offset": conv(s.end),
                }
            )
            stats.spans[s.label] += 1
        rels = []
        for n, (rtype, h, t) in enumerate(doc.relations, 1):
            rels.append({"id": n, "from_id": h + 1, "to_id": t + 1, "type": rtype})
            stats.relations += 1
        rec["entities"] = ents
        rec["relations"] = rels
    else:
        rec["label"] = [[conv(s.start), conv(s.end), s.label] for s in doc.spans]
        stats.spans.update(s.label for s in doc.spans)
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
    stats.notes += import_notes(relation_form, overlapping, offsets == "utf16")
    return stats


def has_overlap(spans: Sequence[Span]) -> bool:
    ordered = sorted((s.start, s.end) for s in spans)
    # Sorted by start, a span overlapping a later one overlaps its next one too.
    return any(b[0] < a[1] for a, b in pairwise(ordered))


def import_notes(relation_form: bool, overlapping: int, utf16: bool) -> list[str]:
    """What to choose in doccano so that its importer takes every span (see the docstring)."""
    how = (
        "doccano: import into a Sequence Labeling project with 'Use relation labeling' ticked, "
        "file format JSONL(Relation)"
        if relation_form
        else "doccano: import into a Sequence Labeling project, file format JSONL"
    )
    how += ", encoding utf_8 (its 'Auto' guess can misread a small file)"
    if utf16:
        # Switched on, doccano counts 𠮷 and "\r\n" as one character each.
        how += "; leave 'Count grapheme clusters as one character' off (offsets are UTF-16 units)"
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
    offsets: str = "utf16",
    warnings: list[str] | None = None,
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Documents and one layer each from a doccano JSONL export (either shape).

    A layer is marked done when the record is confirmed (``is_confirmed``) or has spans.
    """
    if offsets not in OFFSETS:
        raise ValueError(f"offsets must be one of {OFFSETS}")
    path = Path(path)
    out: list[tuple[DocumentInput, list[LayerInput]]] = []
    try:
        f = open(path, encoding="utf-8-sig")
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror}") from None
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise FormatError(f"{where}: not JSON ({e.msg})") from None
            except UnicodeDecodeError:
                raise FormatError(f"{where}: not UTF-8 text") from None
            out.append(_record(rec, where, path.stem, lineno, annotator, offsets))
    if not out:
        raise FormatError(f"{path}: no records")
    return out


def _int(value: Any, where: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where}: {what} {value!r} is not a whole number")
    return value


def _record(
    rec: Any, where: str, stem: str, lineno: int, annotator: str, offsets: str
) -> tuple[DocumentInput, list[LayerInput]]:
    if not isinstance(rec, dict):
        raise FormatError(f"{where}: a record must be a JSON object")
    text = rec.get("text", rec.get("data"))
    if not isinstance(text, str):
        raise FormatError(f"{where}: no 'text' string")
    ext = rec.get("external_id", rec.get("id"))
    doc_id = str(ext) if ext is not None and ext != "" else f"{stem}-{lineno}"
    back = from_utf16(text) if offsets == "utf16" else (lambda u: u)

    def span(start: Any, end: Any, label: Any) -> Span:
        s, e = _int(start, where, "start"), _int(end, where, "end")
        try:
            s, e = back(s), back(e)
        except ValueError as err:
            raise FormatError(f"{where}: {err}") from None
        if not isinstance(label, str) or not label:
            raise FormatError(f"{where}: label {label!r} is not a name")
        if not (0 <= s < e <= len(text)):
            raise FormatError(f"{where}: span {start}-{end} outside the text")
        return Span(s, e, label, text[s:e])

    spans: list[Span] = []
    relations: list[tuple[str, int, int]] = []
    if "entities" in rec:
        ents = rec["entities"]
        if not isinstance(ents, list):
            raise FormatError(f"{where}: 'entities' must be a list")
        ids: dict[Any, int] = {}
        for ent in ents:
            if not isinstance(ent, dict):
                raise FormatError(f"{where}: an entity must be an object")
            ids[ent.get("id")] = len(spans)
            spans.append(span(ent.get("start_offset"), ent.get("end_offset"), ent.get("label")))
        for rel in rec.get("relations") or []:
            if not isinstance(rel, dict):
                raise FormatError(f"{where}: a relation must be an object")
            h, t = rel.get("from_id"), rel.get("to_id")
            if h not in ids or t not in ids:
                raise FormatError(f"{where}: relation {rel.get('id')} names an unknown entity")
            rtype = rel.get("type")
            if not isinstance(rtype, str) or not rtype:
                raise FormatError(f"{where}: relation {rel.get('id')} has no type")
            relations.append((rtype, ids[h], ids[t]))
    else:
        labels = rec.get("label", rec.get("labels", []))
        if not isinstance(labels, list):
            raise FormatError(f"{where}: 'label' must be a list of [start, end, label]")
        for item in labels:
            if not isinstance(item, list) or len(item) != 3:
                raise FormatError(
                    f"{where}: label {item!r} is not [start, end, label] (a classification "
                    "project's export cannot be imported as spans)"
                )
            spans.append(span(*item))
    done = bool(rec.get("is_confirmed")) or bool(spans)
    meta = {k: v for k, v in rec.items() if k not in _KNOWN and _plain(v)}
    doc = DocumentInput(external_id=doc_id, text=text, meta=meta)
    return doc, [LayerInput(annotator=annotator, spans=spans, relations=relations, done=done)]


_KNOWN = {
    "text", "data", "id", "external_id", "entities", "relations", "label", "labels",
    "annotators", "is_confirmed", "Comments",
}  # fmt: skip


def _plain(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool)) or v is None
