"""Native JSONL (DESIGN.md §3): one document per line, with its layers.

```
{"id": "...", "text": "<clean>", "raw": "<raw, optional>", "meta": {...},
 "annotators": ["alice"], "spans": [{"id": "s1", "start": 0, "end": 6, "label": "DATE",
 "text": "10月13日", "annotator": "alice", "raw_start": 0, "raw_end": 6}],
 "relations": [{"type": "HOLDS_TITLE", "head": "s7", "tail": "s6", "annotator": "alice"}]}
```

Reading checks every field and reports the first problem as ``FILE:LINE: reason``; a file with
a bad line yields nothing (the importer writes a file all at once or not at all).

- ``text`` is the clean text as it is; spans refer to it. A record with only ``raw`` is
  normalised first, and its spans must then carry ``raw_start``/``raw_end``. A record whose
  ``id`` is already in the project may leave both out: it adds its layers to that document.
- ``annotators`` lists the layers that are complete; an annotator listed without spans still
  gets a (done, empty) layer.
- Relations name spans by their ``id`` within the record and belong to the layer of their spans.
- ``comments`` (on the record, or on a span) are notes: ``[{"author", "text", "updated"}]``.

Each record is one line: NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (which a clean text may hold,
and which ``str.splitlines()`` takes for line ends) are written as ``\\u`` escapes. Hugging Face
``datasets`` reads the file with ``load_dataset("json", data_files=...)`` as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from typing import IO, Any

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    check_span,
    json_line,
    one_line,
)
from civannot.jsontext import dump_str, dumps
from civannot.overlap import first_overlap
from civannot.records import DocumentInput, Flag, LayerInput, Span

_RECORD_KEYS = {"id", "text", "raw", "meta", "annotators", "spans", "relations", "title", "flags",
                "comments"}  # fmt: skip
_SPAN_KEYS = {"id", "start", "end", "label", "text", "annotator", "raw_start", "raw_end",
              "origin", "confidence", "provenance", "comments"}  # fmt: skip
_COMMENT_KEYS = {"author", "text", "updated"}
_REL_KEYS = {"type", "head", "tail", "annotator", "id", "provenance", "confidence"}
_ORIGINS = ("manual", "suggestion", "adjudicated")
_FLAG_KEYS = {"kind", "start", "end", "message", "confidence", "applied", "alternatives", "status"}


@dataclass
class JsonlRecord:
    """One checked line: the document and its layers, ready for Project.import_batch."""

    line: int
    document: DocumentInput
    layers: list[LayerInput]
    # The record gave only raw text: the importer normalised it here.
    normalised: bool = False


def _int(v: Any, what: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"{what} must be a whole number, not {v!r}")
    return v


def _str(v: Any, what: str, *, empty: bool = False) -> str:
    if not isinstance(v, str) or (not empty and not v):
        raise ValueError(f"{what} must be a {'' if empty else 'non-empty '}string, not {v!r}")
    return v


def _comments(v: Any, what: str) -> list[dict[str, Any]]:
    """Notes on a record or a span: [{"author", "text", "updated"?}]."""
    if not isinstance(v, list):
        raise ValueError(f"{what}: 'comments' must be a list")
    out = []
    for n, c in enumerate(v, 1):
        if not isinstance(c, dict):
            raise ValueError(f"{what}: comment {n} must be an object")
        bad = set(c) - _COMMENT_KEYS
        if bad:
            raise ValueError(f"{what}: comment {n}: unknown field(s): {', '.join(sorted(bad))}")
        d = {
            "author": _str(c.get("author"), f"{what}: comment {n}: 'author'"),
            "text": _str(c.get("text"), f"{what}: comment {n}: 'text'"),
        }
        if "updated" in c:
            d["updated"] = _str(c["updated"], f"{what}: comment {n}: 'updated'")
        out.append(d)
    return out


def parse_record(
    obj: Any,
    labels: Container[str] | None = None,
    relation_types: Container[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
    stored_text: Callable[[str], str | None] | None = None,
) -> tuple[DocumentInput, list[LayerInput], bool]:
    """Check one decoded record; raise ValueError with the reason.

    `stored_text` gives the text of a document already in the project by its id: a record that
    names such a document may leave out ``text`` to add layers to it (DESIGN §3)."""
    if not isinstance(obj, dict):
        raise ValueError("a record must be a JSON object")
    unknown = set(obj) - _RECORD_KEYS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    if "id" not in obj:
        raise ValueError("missing 'id'")
    ext = obj["id"]
    if isinstance(ext, int) and not isinstance(ext, bool):
        ext = str(ext)
    ext = _str(ext, "'id'")
    text = obj.get("text")
    raw = obj.get("raw")
    if text is None and raw is None:
        text = stored_text(ext) if stored_text is not None else None
        if text is None:
            raise ValueError(
                f"needs 'text' or 'raw' (no document {ext!r} in the project to add layers to)"
            )
    if text is not None:
        _str(text, "'text'", empty=True)
    if raw is not None:
        _str(raw, "'raw'", empty=True)
    meta = obj.get("meta", {})
    if not isinstance(meta, dict):
        raise ValueError("'meta' must be an object")
    annotators = obj.get("annotators", [])
    if not isinstance(annotators, list):
        raise ValueError("'annotators' must be a list of names")
    for a in annotators:
        _str(a, "an annotator name")
    flags_in = obj.get("flags", []) or []
    if not isinstance(flags_in, list):
        raise ValueError("'flags' must be a list")
    flags = [_flag(f, n) for n, f in enumerate(flags_in, 1)]

    normalised = False
    offset_map = None
    if text is None:
        from civannot.text import normalize

        assert raw is not None  # a record needs text or raw (checked above)
        norm = normalize(raw)
        text = norm.text
        offset_map = norm.offset_map
        flags = flags or norm.flags
        normalised = True
    elif raw is not None and raw != text:
        from civannot.text.offsets import align

        offset_map = align(raw, text)

    for n, f in enumerate(flags, 1):
        if not f.start <= f.end <= len(text):
            raise ValueError(
                f"flag {n}: offsets {f.start}-{f.end} outside the text ({len(text)} characters)"
            )

    spans_in = obj.get("spans", [])
    if not isinstance(spans_in, list):
        raise ValueError("'spans' must be a list")
    by_layer: dict[str, list[Span]] = {}
    where: dict[str, tuple[str, int]] = {}  # span id -> (annotator, index in its layer)
    notes = _comments(obj["comments"], "record") if "comments" in obj else []
    n_text = len(text)
    for n, s in enumerate(spans_in, 1):
        # The common well-formed span, checked in one expression (an import reads 100,000s);
        # anything else takes the path below, which names what is wrong.
        if type(s) is dict and not normalised and _SPAN_KEYS.issuperset(s) and "comments" not in s:
            label, annotator = s.get("label"), s.get("annotator")
            start, end, sid = s.get("start"), s.get("end"), s.get("id")
            conf, origin = s.get("confidence"), s.get("origin", "manual")
            prov = s.get("provenance", "")
            if (
                type(label) is str
                and label
                and (labels is None or label in labels)
                and type(annotator) is str
                and annotator
                and type(start) is int
                and type(end) is int
                and 0 <= start < end <= n_text
                and (sid is None or (type(sid) is str and sid and sid not in where))
                and (conf is None or type(conf) in (int, float))
                and origin in _ORIGINS
                and type(prov) is str
                and len(prov) <= 255
            ):
                seg = text[start:end]
                stext = s.get("text")
                if stext is None or stext == seg:
                    layer = by_layer.setdefault(annotator, [])
                    if sid is not None:
                        where[sid] = (annotator, len(layer))
                    layer.append(
                        Span(start, end, label, seg, origin, annotator, None, conf, None, prov)
                    )
                    continue
        what = f"span {n}"
        if not isinstance(s, dict):
            raise ValueError(f"{what} must be an object")
        bad = set(s) - _SPAN_KEYS
        if bad:
            raise ValueError(f"{what}: unknown field(s): {', '.join(sorted(bad))}")
        sid = s.get("id")
        if sid is not None:
            sid = str(sid) if isinstance(sid, int) and not isinstance(sid, bool) else sid
            sid = _str(sid, f"{what}: 'id'")
            what = f"span {sid!r}"
            if sid in where:
                raise ValueError(f"{what}: id used twice")
        label = _str(s.get("label"), f"{what}: 'label'")
        if labels is not None and label not in labels:
            raise ValueError(f"{what}: label {label!r} is not in the project's schema")
        annotator = _str(s.get("annotator"), f"{what}: 'annotator'")
        if normalised:
            if "raw_start" not in s or "raw_end" not in s:
                raise ValueError(f"{what}: a record with only 'raw' needs raw_start/raw_end")
            rs, re_ = (
                _int(s["raw_start"], f"{what}: raw_start"),
                _int(s["raw_end"], f"{what}: raw_end"),
            )
            if not 0 <= rs < re_ <= len(raw):  # type: ignore[arg-type]
                raise ValueError(f"{what}: raw range {rs}-{re_} outside the raw text")
            start, end = offset_map.from_raw(rs, re_)  # type: ignore[union-attr]
            if start >= end:
                raise ValueError(f"{what}: raw range {rs}-{re_} was removed by normalisation")
        else:
            start = _int(s.get("start"), f"{what}: 'start'")
            end = _int(s.get("end"), f"{what}: 'end'")
        if not 0 <= start < end <= len(text):
            raise ValueError(
                f"{what}: offsets {start}-{end} outside the text ({len(text)} characters)"
            )
        stext = s.get("text")
        if (
            stext is not None
            and not normalised
            and _str(stext, f"{what}: 'text'") != text[start:end]
        ):
            raise ValueError(
                f"{what}: 'text' {stext!r} differs from the text at {start}-{end} ({text[start:end]!r})"
            )
        origin = s.get("origin", "manual")
        if origin not in _ORIGINS:
            raise ValueError(f"{what}: origin must be one of {', '.join(_ORIGINS)}")
        conf = s.get("confidence")
        if conf is not None and (isinstance(conf, bool) or not isinstance(conf, (int, float))):
            raise ValueError(f"{what}: confidence must be a number")
        if "comments" in s:
            for c in _comments(s["comments"], what):
                notes.append({**c, "layer": annotator, "span": (start, end, label)})
        prov = s.get("provenance", "")
        if not isinstance(prov, str) or len(prov) > 255:
            raise ValueError(f"{what}: provenance must be a string of at most 255 characters")
        layer = by_layer.setdefault(annotator, [])
        if sid is not None:
            where[sid] = (annotator, len(layer))
        layer.append(
            Span(start, end, label, text[start:end], origin, annotator, None, conf, None, prov)
        )

    for annotator, spans in by_layer.items():
        _check_overlaps(annotator, spans, directive_labels)

    rels_in = obj.get("relations", [])
    if not isinstance(rels_in, list):
        raise ValueError("'relations' must be a list")
    rels: dict[str, list[tuple]] = {}
    for n, r in enumerate(rels_in, 1):
        what = f"relation {n}"
        if not isinstance(r, dict):
            raise ValueError(f"{what} must be an object")
        bad = set(r) - _REL_KEYS
        if bad:
            raise ValueError(f"{what}: unknown field(s): {', '.join(sorted(bad))}")
        rtype = _str(r.get("type"), f"{what}: 'type'")
        if relation_types is not None and rtype not in relation_types:
            raise ValueError(f"{what}: type {rtype!r} is not in the project's schema")
        ends = []
        allowed = relation_types.get(rtype) if isinstance(relation_types, Mapping) else None
        for k, key in enumerate(("head", "tail")):
            ref = r.get(key)
            ref = str(ref) if isinstance(ref, int) and not isinstance(ref, bool) else ref
            if not isinstance(ref, str) or ref not in where:
                raise ValueError(f"{what}: {key} {ref!r} is not the id of a span in this record")
            ends.append(where[ref])
            # the schema names the labels each end may have (HOLDS_TITLE: PERSON -> TITLE)
            if allowed is not None and allowed[k]:
                label = by_layer[where[ref][0]][where[ref][1]].label
                if label not in allowed[k]:
                    raise ValueError(
                        f"{what}: {rtype} {key} must be {' or '.join(allowed[k])}, "
                        f"not {label} (span {ref!r})"
                    )
        (ha, hi), (ta, ti) = ends
        if ha != ta:
            raise ValueError(f"{what}: head and tail belong to different annotators ({ha}, {ta})")
        ann = r.get("annotator", ha)
        if ann != ha:
            raise ValueError(f"{what}: annotator {ann!r} differs from its spans' annotator {ha!r}")
        rprov = r.get("provenance", "")
        if not isinstance(rprov, str) or len(rprov) > 255:
            raise ValueError(f"{what}: provenance must be a string of at most 255 characters")
        rconf = r.get("confidence")
        if rconf is not None and (isinstance(rconf, bool) or not isinstance(rconf, (int, float))):
            raise ValueError(f"{what}: confidence must be a number")
        # provenance and confidence ride after (type, head, tail) where there are any
        rel: tuple = (
            (rtype, hi, ti, rprov, rconf) if rprov or rconf is not None else (rtype, hi, ti)
        )
        rels.setdefault(ha, []).append(rel)

    layers = []
    for name in list(dict.fromkeys(list(by_layer) + annotators)):
        layers.append(
            LayerInput(
                annotator=name,
                spans=by_layer.get(name, []),
                relations=rels.get(name, []),
                done=name in annotators,
            )
        )
    title = obj.get("title") or meta.get("title") or ""
    doc = DocumentInput(
        external_id=ext,
        text=text,
        raw=raw if raw is not None and raw != text else None,
        offset_map=offset_map.dumps() if offset_map is not None else None,
        title=str(title),
        source=str(meta.get("source", "")),
        meta=meta,
        flags=flags,
        comments=notes,
    )
    return doc, layers, normalised


_FLAG_STATUSES = ("open", "accepted", "rejected", "chosen")


def _flag(f: Any, n: int) -> Flag:
    """A quality flag of a record, every field checked (a bad one would break review later)."""
    what = f"flag {n}"
    if not isinstance(f, dict) or "kind" not in f:
        raise ValueError(f"{what} must be an object with a 'kind'")
    bad = set(f) - _FLAG_KEYS
    if bad:
        raise ValueError(f"{what}: unknown field(s): {', '.join(sorted(bad))}")
    kind = _str(f["kind"], f"{what}: 'kind'")
    start = _int(f.get("start", 0), f"{what}: 'start'")
    end = _int(f.get("end", 0), f"{what}: 'end'")
    if not 0 <= start <= end:
        raise ValueError(f"{what}: offsets {start}-{end} are not a range")
    message = _str(f.get("message", ""), f"{what}: 'message'", empty=True)
    conf = f.get("confidence")
    if conf is not None and (isinstance(conf, bool) or not isinstance(conf, (int, float))):
        raise ValueError(f"{what}: 'confidence' must be a number")
    applied = f.get("applied")
    if applied is not None:
        _str(applied, f"{what}: 'applied'", empty=True)
    alternatives = f.get("alternatives", [])
    if not isinstance(alternatives, list):
        raise ValueError(f"{what}: 'alternatives' must be a list of strings")
    for a in alternatives:
        _str(a, f"{what}: an alternative", empty=True)
    status = f.get("status", "open")
    if status not in _FLAG_STATUSES:
        raise ValueError(f"{what}: status {status!r} is not one of {', '.join(_FLAG_STATUSES)}")
    return Flag(kind, start, end, message, conf, applied, list(alternatives), status)


def _check_overlaps(annotator: str, spans: list[Span], directive_labels: Container[str]) -> None:
    """DESIGN §3: entity spans of one layer do not overlap; a DIRECTIVE may contain entities
    (directives do not overlap one another either). The store's rule (civannot.overlap)."""
    clash = first_overlap(spans, directive_labels.__contains__)
    if clash is not None:
        a, b = clash
        raise ValueError(
            f"layer {annotator!r}: {b.label} {b.start}-{b.end} overlaps {a.label} "
            f"{a.start}-{a.end} (spans of one layer do not overlap, but a DIRECTIVE may "
            "contain entities)"
        )


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(obj: Any) -> bool:
    """A string (or key) holding a lone surrogate cannot be stored or written as UTF-8."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (ValueError, RecursionError):  # not ours to judge here
        return False
    return False


def read_jsonl(
    lines: Iterable[str],
    name: str,
    labels: Container[str] | None = None,
    relation_types: Container[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
    stored_text: Callable[[str], str | None] | None = None,
) -> list[JsonlRecord]:
    """Every record of a native JSONL file; FormatError("NAME:LINE: reason") on the first bad one."""
    out: list[JsonlRecord] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise FormatError(f"{where}: not JSON ({e.msg} at column {e.colno})") from None
        except ValueError:  # a 5,000-digit integer (Python's limit on int conversion)
            raise FormatError(
                f"{where}: not a record civannot can read (a number with too many digits)"
            ) from None
        except RecursionError:
            raise FormatError(
                f"{where}: not a record civannot can read (nesting too deep)"
            ) from None
        if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(obj):
            raise FormatError(
                f"{where}: a \\u escape is half of a UTF-16 surrogate pair (lone surrogate), "
                "not a character"
            )
        try:
            doc, layers, normalised = parse_record(
                obj, labels, relation_types, directive_labels, stored_text
            )
        except ValueError as e:
            raise FormatError(f"{where}: {e}") from None
        if doc.external_id in seen:
            raise FormatError(
                f"{where}: id {doc.external_id!r} already used on line {seen[doc.external_id]}"
            )
        seen[doc.external_id] = lineno
        out.append(JsonlRecord(lineno, doc, layers, normalised))
    return out


def record_json(doc: ExportDoc, stats: WriteStats | None = None) -> dict[str, Any]:
    """The native record of one exported document."""
    rec: dict[str, Any] = {"id": doc.id, "text": doc.text}
    if doc.raw is not None and doc.raw != doc.text:
        rec["raw"] = doc.raw
    rec["meta"] = doc.meta
    rec["annotators"] = list(doc.annotators)
    spans = []
    ids: list[str | None] = []
    text, n = doc.text, len(doc.text)
    for i, s in enumerate(doc.spans):
        # check_span's test inline (every span of an export passes here); its message below
        fits = 0 <= s.start < s.end <= n and (not s.text or text[s.start : s.end] == s.text)
        problem = None if fits else check_span(text, s)
        if problem:
            if stats is not None:
                stats.drop("span does not fit the text", s.label)
            ids.append(None)
            continue
        sid = f"s{i + 1}"
        ids.append(sid)
        d: dict[str, Any] = {
            "id": sid,
            "start": s.start,
            "end": s.end,
            "label": s.label,
            "text": doc.text[s.start : s.end],
            "annotator": s.author,
        }
        if s.origin != "manual":
            d["origin"] = s.origin
        if s.confidence is not None:
            d["confidence"] = s.confidence
        if s.provenance:
            d["provenance"] = s.provenance
        if doc.raw_ranges is not None:
            d["raw_start"], d["raw_end"] = doc.raw_ranges[i]
        notes = [_note(c) for c in doc.comments if c.get("span") == i]
        if notes:
            d["comments"] = notes
        spans.append(d)
        if stats is not None:
            stats.spans[s.label] += 1
    rec["spans"] = spans
    rec["relations"] = _relations_json(doc, ids, stats)
    notes = [_note(c) for c in doc.comments if c.get("span") is None]
    if notes:
        rec["comments"] = notes
    return rec


def _relations_json(
    doc: ExportDoc, ids: list[str | None], stats: WriteStats | None
) -> list[dict[str, Any]]:
    """The record's relations, by the ids of the spans written (`ids`, None: dropped)."""
    rels = []
    for k, (rtype, h, t) in enumerate(doc.relations):
        if not (0 <= h < len(ids) and 0 <= t < len(ids)) or ids[h] is None or ids[t] is None:
            if stats is not None:
                stats.drop("relation to a dropped span", rtype)
            continue
        rd: dict[str, Any] = {
            "type": rtype,
            "head": ids[h],
            "tail": ids[t],
            "annotator": doc.spans[h].author,
        }
        if doc.relation_info is not None and k < len(doc.relation_info):
            prov, conf = doc.relation_info[k]
            if prov:
                rd["provenance"] = prov
            if conf is not None:
                rd["confidence"] = conf
        rels.append(rd)
        if stats is not None:
            stats.relations += 1
    return rels


def _note(c: dict[str, Any]) -> dict[str, Any]:
    d = {"author": c["author"], "text": c["text"]}
    if c.get("updated"):
        d["updated"] = c["updated"]
    return d


def record_line(doc: ExportDoc, stats: WriteStats | None = None) -> str:
    """``json_line(record_json(doc, stats))``, the same line byte for byte, written without a
    dictionary per span: building and encoding 20 of them per document was half of a native
    export's time. A document with raw ranges or notes takes record_json itself."""
    if doc.raw_ranges is not None or doc.comments:
        return json_line(record_json(doc, stats))
    text, n = doc.text, len(doc.text)
    parts: list[str] = []
    ids: list[str | None] = []
    enc = dump_str
    for i, s in enumerate(doc.spans):
        fits = 0 <= s.start < s.end <= n and (not s.text or text[s.start : s.end] == s.text)
        if not fits and check_span(text, s):
            if stats is not None:
                stats.drop("span does not fit the text", s.label)
            ids.append(None)
            continue
        sid = f"s{i + 1}"
        ids.append(sid)
        head = (
            f'{{"id": "{sid}", "start": {int(s.start)}, "end": {int(s.end)}, '
            f'"label": {enc(s.label)}, "text": {enc(text[s.start : s.end])}, '
            f'"annotator": {enc(s.author)}'
        )
        if s.origin == "manual" and s.confidence is None and not s.provenance:
            parts.append(head + "}")
        else:
            extra: dict[str, Any] = {}
            if s.origin != "manual":
                extra["origin"] = s.origin
            if s.confidence is not None:
                extra["confidence"] = s.confidence
            if s.provenance:
                extra["provenance"] = s.provenance
            parts.append(head + ", " + dumps(extra)[1:])
        if stats is not None:
            stats.spans[s.label] += 1
    rels = _relations_json(doc, ids, stats)
    line = f'{{"id": {dumps(doc.id)}, "text": {enc(text)}'
    if doc.raw is not None and doc.raw != doc.text:
        line += f', "raw": {dumps(doc.raw)}'
    line += (
        f', "meta": {dumps(doc.meta)}, "annotators": {dumps(list(doc.annotators))}, '
        f'"spans": [{", ".join(parts)}], "relations": {dumps(rels)}}}'
    )
    return one_line(line)


def write_jsonl(records: Iterable[ExportDoc], fh: IO[str]) -> WriteStats:
    """Write native JSONL, one document per line, to an open text file."""
    stats = WriteStats()
    for doc in records:
        fh.write(record_line(doc, stats))
        fh.write("\n")
        stats.documents += 1
    return stats
