"""Label Studio: a tasks JSON file with annotation results, the matching labelling config, and back.

Each task is ``{"data": {"text", "external_id", ...}, "annotations": [{"result": [...]}]}``; a span
is a ``labels`` result on the ``label`` control of the ``text`` object, a relation a ``relation``
result with ``from_id`` (head) and ``to_id`` (tail). ``label_config.xml`` holds the labelling
config (labels with their colours, relation types) to paste into the project settings before
importing the tasks.

The config sets ``white-space: pre-wrap`` on the text, as Label Studio's Text tag documentation
advises, so that line breaks and spaces show as they are. Checked with label-studio-sdk's
``LabelInterface`` (config parsed, every result and relation validated against it).

Offsets. Label Studio stores code points since the fix for texts with emoji (label-studio
#1008/#1559, label-studio-frontend #308: "store code points instead of js length"), so 𠮷 counts
one, as in Python; and its Text tag counts "\\r\\n" as two characters (labelstud.io, Text tag:
"The Label Studio editor counts \\r\\n as two different symbols"). Our offsets are exactly that:
they are written and read unchanged. An export whose span texts match only under UTF-16 counting
(an older Label Studio) is refused with that reason, never converted by a guess.

A span's ``value.text`` is compared with the text at its offsets as Label Studio's front end
writes it: every line break as the two characters backslash and n (``shown_text``), so spans that
cross a line break are read. The JSON-MIN export layout (flat records: the task's data fields, the
results under the control's name, ``annotator``) is read too; it holds no relations, and the
report says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from civannot.formats._base import (
    ExportDoc,
    FormatError,
    WriteStats,
    from_utf16,
    overlapping_pair,
)
from civannot.records import DocumentInput, LayerInput, Span
from civannot.schema import Schema

FROM_NAME = "label"
TO_NAME = "text"


def label_config(schema: Schema) -> str:
    # Without pre-wrap Label Studio collapses line breaks and runs of spaces on screen (its Text
    # tag documentation); offsets count every character either way.
    lines = ["<View>", "  <Style>.htx-text { white-space: pre-wrap; }</Style>"]
    if schema.relations:
        lines.append("  <Relations>")
        lines += [f"    <Relation value={quoteattr(r.name)}/>" for r in schema.relations]
        lines.append("  </Relations>")
    lines.append(f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">')
    for lab in schema.labels:
        lines.append(f"    <Label value={quoteattr(lab.name)} background={quoteattr(lab.colour)}/>")
    lines.append("  </Labels>")
    lines.append(f'  <Text name="{TO_NAME}" value="$text"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def task(doc: ExportDoc, stats: WriteStats) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    for i, s in enumerate(doc.spans):
        result.append(
            {
                "id": f"s{i}",
                "from_name": FROM_NAME,
                "to_name": TO_NAME,
                "type": "labels",
                "value": {"start": s.start, "end": s.end, "text": doc.text[s.start : s.end],
                          "labels": [s.label]},
            }
        )  # fmt: skip
        stats.spans[s.label] += 1
    for rtype, h, t in doc.relations:
        result.append(
            {"from_id": f"s{h}", "to_id": f"s{t}", "type": "relation", "direction": "right",
             "labels": [rtype]}
        )  # fmt: skip
        stats.relations += 1
    stats.documents += 1
    data: dict[str, Any] = {"text": doc.text, "external_id": doc.id}
    if doc.annotators:
        data["annotators"] = ", ".join(doc.annotators)
    return {"data": data, "annotations": [{"result": result}]}


def write_labelstudio(docs: Iterable[ExportDoc], path: str | Path) -> WriteStats:
    """Write a JSON list of tasks, one per document, each with one annotation."""
    stats = WriteStats()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("[\n")
        first = True
        for doc in docs:
            if not first:
                out.write(",\n")
            first = False
            out.write(json.dumps(task(doc, stats), ensure_ascii=False))
        out.write("\n]\n")
    return stats


def read_labelstudio(
    path: str | Path,
    layer: str | None = None,
    warnings: list[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Documents and their layers from a Label Studio export: JSON (a list of tasks) or JSON-MIN.

    Without `layer`, each annotation becomes the layer of its annotator (``completed_by``: the
    e-mail, or ``user<N>``); with `layer`, a task may carry only one annotation. Cancelled
    (skipped) annotations are left out; predictions are left out (and counted in the warnings).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FormatError(
            f"{path}:{line}: not UTF-8 text (Label Studio exports UTF-8; convert the file first)"
        ) from None
    return parse_labelstudio(content, str(path), path.stem, layer, warnings, directive_labels)


# Keys JSON-MIN adds to each record beside the task's data (label_studio_sdk's converter,
# convert_to_json_min): not the text, not spans.
_MIN_KEYS = {"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time",
             "agreement", "history", "was_cancelled"}  # fmt: skip


def parse_labelstudio(
    content: str,
    name: str,
    stem: str,
    layer: str | None = None,
    warnings: list[str] | None = None,
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """read_labelstudio on a decoded file; `name` is used in messages, `stem` for default ids."""
    warn = warnings if warnings is not None else []
    try:
        data = json.loads(content)
    except json.JSONDecodeError as e:
        raise FormatError(f"{name}: not JSON: line {e.lineno}: {e.msg}") from None
    except (ValueError, RecursionError) as e:
        raise FormatError(f"{name}: not a file civannot can read ({_brief(str(e), 60)})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise FormatError(f"{name}: expected a JSON list of tasks")
    if all(isinstance(t, dict) for t in data) and not any(
        "data" in t or "annotations" in t or "completions" in t for t in data
    ):
        return _json_min(data, name, stem, layer, warn, directive_labels)
    out = []
    predictions = 0
    for n, t in enumerate(data, 1):
        where = f"{name}: task {n}"
        if not isinstance(t, dict) or not isinstance(t.get("data"), dict):
            raise FormatError(f"{where}: a task must be an object with 'data'")
        d = t["data"]
        text = _text(d, where)
        ext = d.get("external_id", t.get("id"))
        doc_id = _ident(ext) or f"{stem}-{n}"
        preds = t.get("predictions") or []
        predictions += len(preds) if isinstance(preds, list) else 0
        anns = t.get("annotations") or t.get("completions") or []
        if not isinstance(anns, list):
            raise FormatError(f"{where}: 'annotations' must be a list")
        anns = [a for a in anns if isinstance(a, dict) and not a.get("was_cancelled")]
        if layer is not None and len(anns) > 1:
            raise FormatError(
                f"{where}: {len(anns)} annotations for one layer {layer!r}; import without a "
                "layer name to keep one layer per annotator"
            )
        layers: list[LayerInput] = []
        seen: set[str] = set()
        for a in anns:
            lname = layer if layer is not None else _annotator(a.get("completed_by"))
            if lname in seen:
                raise FormatError(f"{where}: two annotations by {lname!r}")
            seen.add(lname)
            result = a.get("result") or []
            if not isinstance(result, list):
                raise FormatError(f"{where}: 'result' must be a list")
            spans, rels = _result(result, text, where)
            _check_overlaps(spans, where, directive_labels)
            layers.append(LayerInput(annotator=lname, spans=spans, relations=rels, done=True))
        meta = {k: v for k, v in d.items() if k not in ("text", "external_id", "annotators")
                and _plain(v)}  # fmt: skip
        out.append((DocumentInput(external_id=doc_id, text=text, meta=meta), layers))
    if predictions:
        warn.append(f"{name}: {predictions} prediction(s) not imported (annotations only)")
    return out


def _json_min(
    data: list[dict[str, Any]],
    name: str,
    stem: str,
    layer: str | None,
    warn: list[str],
    directive_labels: Container[str],
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """The JSON-MIN layout: one flat record per annotation (the task's data fields, the results
    under their control's name, ``annotator``, ...); no relations."""
    docs: dict[str, tuple[DocumentInput, list[LayerInput]]] = {}
    for n, rec in enumerate(data, 1):
        where = f"{name}: record {n}"
        fields = {k: v for k, v in rec.items() if k not in _MIN_KEYS}
        regions = {k: v for k, v in fields.items() if _is_regions(v)}
        text = _text({k: v for k, v in fields.items() if k not in regions}, where,
                     "JSON-MIN")  # fmt: skip
        ext = rec.get("external_id", rec.get("id"))
        doc_id = _ident(ext) or f"{stem}-{n}"
        if doc_id in docs and docs[doc_id][0].text != text:
            raise FormatError(f"{where}: task {doc_id} appears with two different texts")
        meta = {k: v for k, v in fields.items() if k not in regions and k not in
                ("text", "external_id", "annotators") and _plain(v)}  # fmt: skip
        doc, layers = docs.setdefault(
            doc_id, (DocumentInput(external_id=doc_id, text=text, meta=meta), [])
        )
        if not regions and "annotator" not in rec:
            continue  # a task without annotations
        lname = layer if layer is not None else _annotator(rec.get("annotator"))
        if any(x.annotator == lname for x in layers):
            raise FormatError(
                f"{where}: task {doc_id} has two annotations for layer {lname!r}"
                + ("; import without a layer name to keep one layer per annotator" if layer else "")
            )
        result = [{"value": v} for values in regions.values() for v in values]
        spans, _rels = _result(result, text, where)
        _check_overlaps(spans, where, directive_labels)
        layers.append(LayerInput(annotator=lname, spans=spans, done=True))
    warn.append(
        f"{name}: a JSON-MIN export, which holds no relations: export 'JSON' from Label Studio "
        "to keep them"
    )
    return list(docs.values())


def _is_regions(v: Any) -> bool:
    return (
        isinstance(v, list)
        and bool(v)
        and all(isinstance(x, dict) and "start" in x and "end" in x for x in v)
    )


def _text(d: dict[str, Any], where: str, layout: str = "") -> str:
    text = d.get("text")
    if isinstance(text, str):
        return text
    strings = [v for v in d.values() if isinstance(v, str)]
    if len(strings) != 1:
        raise FormatError(f"{where}: no 'text' field in {'the record' if layout else 'data'}")
    return strings[0]


def _ident(ext: Any) -> str:
    if isinstance(ext, bool) or not isinstance(ext, (int, str)) or ext == "":
        return ""
    return str(ext) if not isinstance(ext, int) or abs(ext) < 10**30 else ""


def _plain(v: Any) -> bool:
    if isinstance(v, int) and not isinstance(v, bool):
        return abs(v) <= 2**63  # SQLite holds 64-bit integers
    return isinstance(v, (str, float, bool))


def _brief(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."


def _show(v: Any) -> str:
    try:
        return _brief(repr(v))
    except ValueError:  # an integer too long to print
        return "(a number too long to print)"


def _annotator(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        completed_by = completed_by.get("email") or completed_by.get("id")
    if isinstance(completed_by, int) and not isinstance(completed_by, bool):
        return f"user{completed_by}" if abs(completed_by) < 10**30 else "labelstudio"
    if isinstance(completed_by, str) and completed_by:
        return completed_by
    return "labelstudio"


def shown_text(text: str) -> str:
    """A span's text as Label Studio stores it in ``value.text``: its front end normalises the
    selection, writing every "\\n" and "\\r" as the two characters backslash and n (``normalizeText``
    in label-studio's ``web/libs/editor/src/tags/object/RichText/domManager.ts``)."""
    return re.sub(r"[\n\r]", lambda _m: "\\n", text)


def _check_overlaps(spans: list[Span], where: str, directive_labels: Container[str]) -> None:
    pair = overlapping_pair(spans, directive_labels)
    if pair is not None:
        a, b = spans[pair[0]], spans[pair[1]]
        raise FormatError(
            f"{where}: {b.label} {b.start}-{b.end} overlaps {a.label} {a.start}-{a.end} (spans of "
            "one layer do not overlap, but a DIRECTIVE may contain entities)"
        )


def _result(
    result: list[Any], text: str, where: str
) -> tuple[list[Span], list[tuple[str, int, int]]]:
    spans: list[Span] = []
    ids: dict[str, int] = {}
    rels: list[tuple[str, Any, Any]] = []
    for r in result:
        if not isinstance(r, dict):
            raise FormatError(f"{where}: a result must be an object")
        if r.get("type") == "relation":
            labels = r.get("labels") or []
            if (
                not isinstance(labels, list)
                or len(labels) != 1
                or not isinstance(labels[0], str)
                or not labels[0]
            ):
                raise FormatError(
                    f"{where}: a relation needs exactly one label name, got {_show(labels)}"
                )
            head, tail = r.get("from_id"), r.get("to_id")
            if r.get("direction") == "left":
                head, tail = tail, head
            rels.append((labels[0], head, tail))
            continue
        v = r.get("value")
        if not isinstance(v, dict) or "start" not in v:
            continue  # choices, textarea, ...: not spans
        labels = v.get("labels", v.get("hypertextlabels", []))
        if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
            raise FormatError(
                f"{where}: 'labels' must be a list of label names, not {_show(labels)}"
            )
        s_, e_ = v.get("start"), v.get("end")
        for what, x in (("start", s_), ("end", e_)):
            if isinstance(x, bool) or not isinstance(x, int):
                raise FormatError(f"{where}: span {what} {_show(x)} is not an integer")
        assert isinstance(s_, int) and isinstance(e_, int)  # checked just above
        s, e = s_, e_
        if not (0 <= s < e <= len(text)):
            raise FormatError(
                f"{where}: span {_show(s)}-{_show(e)} outside the text ({len(text)} characters)"
            )
        if "text" in v and v["text"] != text[s:e] and v["text"] != shown_text(text[s:e]):
            raise FormatError(_mismatch(where, text, s, e, v["text"]))
        for label in labels:
            if r.get("id") is not None and str(r["id"]) not in ids:
                ids[str(r["id"])] = len(spans)
            spans.append(Span(s, e, label, text[s:e]))
    relations = []
    for rtype, h, t in rels:
        if str(h) not in ids or str(t) not in ids:
            raise FormatError(f"{where}: relation {rtype} names an unknown region")
        relations.append((rtype, ids[str(h)], ids[str(t)]))
    return spans, relations


def _mismatch(where: str, text: str, s: int, e: int, said: Any) -> str:
    msg = f"{where}: span {s}-{e} says {_show(said)} but the text has {text[s:e]!r}"
    try:
        back = from_utf16(text)
        a, b = back(s), back(e)
    except ValueError:
        return msg
    if said in (text[a:b], shown_text(text[a:b])):
        return (
            f"{msg}: its offsets are UTF-16 units, as an older Label Studio counted them; "
            "current Label Studio counts code points: re-export the project from a current "
            "Label Studio (civannot does not guess which counting a file used)"
        )
    return msg
