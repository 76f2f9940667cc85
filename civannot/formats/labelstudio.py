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
they are written and read unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from civannot.formats._base import ExportDoc, FormatError, WriteStats
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
    path: str | Path, layer: str | None = None, warnings: list[str] | None = None
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """Documents and their layers from a Label Studio JSON export (a list of tasks).

    Without `layer`, each annotation becomes the layer of its annotator (``completed_by``: the
    e-mail, or ``user<N>``); with `layer`, a task may carry only one annotation. Cancelled
    (skipped) annotations are left out; predictions are left out (and counted in the warnings).
    """
    path = Path(path)
    warn = warnings if warnings is not None else []
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError:
        raise FormatError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise FormatError(f"{path}: not JSON: line {e.lineno}: {e.msg}") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise FormatError(f"{path}: expected a JSON list of tasks")
    out = []
    predictions = 0
    for n, t in enumerate(data, 1):
        where = f"{path}: task {n}"
        if not isinstance(t, dict) or not isinstance(t.get("data"), dict):
            raise FormatError(f"{where}: a task must be an object with 'data'")
        d = t["data"]
        text = d.get("text")
        if not isinstance(text, str):
            strings = [v for v in d.values() if isinstance(v, str)]
            if len(strings) != 1:
                raise FormatError(f"{where}: no 'text' field in data")
            text = strings[0]
        ext = d.get("external_id", t.get("id"))
        doc_id = str(ext) if ext not in (None, "") else f"{path.stem}-{n}"
        predictions += len(t.get("predictions") or [])
        layers: list[LayerInput] = []
        anns = [
            a for a in (t.get("annotations") or t.get("completions") or []) if isinstance(a, dict)
        ]
        anns = [a for a in anns if not a.get("was_cancelled")]
        if layer is not None and len(anns) > 1:
            raise FormatError(
                f"{where}: {len(anns)} annotations for one layer {layer!r}; import without a "
                "layer name to keep one layer per annotator"
            )
        seen: set[str] = set()
        for a in anns:
            name = layer if layer is not None else _annotator(a.get("completed_by"))
            if name in seen:
                raise FormatError(f"{where}: two annotations by {name!r}")
            seen.add(name)
            spans, rels = _result(a.get("result") or [], text, where)
            layers.append(LayerInput(annotator=name, spans=spans, relations=rels, done=True))
        meta = {k: v for k, v in d.items() if k not in ("text", "external_id", "annotators")
                and isinstance(v, (str, int, float, bool))}  # fmt: skip
        out.append((DocumentInput(external_id=doc_id, text=text, meta=meta), layers))
    if predictions:
        warn.append(f"{path}: {predictions} prediction(s) not imported (annotations only)")
    return out


def _annotator(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        completed_by = completed_by.get("email") or completed_by.get("id")
    if isinstance(completed_by, int):
        return f"user{completed_by}"
    if isinstance(completed_by, str) and completed_by:
        return completed_by
    return "labelstudio"


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
            if len(labels) != 1:
                raise FormatError(f"{where}: a relation needs exactly one label, got {labels!r}")
            head, tail = r.get("from_id"), r.get("to_id")
            if r.get("direction") == "left":
                head, tail = tail, head
            rels.append((labels[0], head, tail))
            continue
        v = r.get("value")
        if not isinstance(v, dict) or "start" not in v:
            continue  # choices, textarea, ...: not spans
        labels = v.get("labels") or v.get("hypertextlabels") or []
        s, e = v.get("start"), v.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or not (0 <= s < e <= len(text)):
            raise FormatError(f"{where}: span {s}-{e} outside the text")
        if "text" in v and v["text"] != text[s:e]:
            raise FormatError(
                f"{where}: span {s}-{e} says {v['text']!r} but the text has {text[s:e]!r}"
            )
        for label in labels:
            if r.get("id") is not None and str(r["id"]) not in ids:
                ids[str(r["id"])] = len(spans)
            spans.append(Span(s, e, str(label), text[s:e]))
    relations = []
    for rtype, h, t in rels:
        if str(h) not in ids or str(t) not in ids:
            raise FormatError(f"{where}: relation {rtype} names an unknown region")
        relations.append((str(rtype), ids[str(h)], ids[str(t)]))
    return spans, relations
