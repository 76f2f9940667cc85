"""CLUENER 2020 (the CLUE benchmark's fine-grained Chinese NER set): one JSON object per line,

    {"text": "...", "label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]}}}

``label`` maps a type to the entity strings of that type, each with its positions as
``[start, end]`` with the end *inclusive* (``text[start:end + 1]`` is the entity). Offsets are code
points. The test split has no ``label`` (and an ``id``): such records become documents without a
layer. The ten types (address, book, company, game, government, movie, name, organization,
position, scene) are mapped to the schema with ``--label-map``.
"""

from __future__ import annotations

import json
from collections.abc import Container
from typing import Any

from civannot.formats._base import FormatError, overlapping_pair
from civannot.records import DocumentInput, LayerInput, Span


def looks_like_cluener(first: Any) -> bool:
    return (
        isinstance(first, dict)
        and isinstance(first.get("text"), str)
        and isinstance(first.get("label"), dict)
        and "spans" not in first
    )


def parse_cluener(
    content: str,
    name: str,
    stem: str,
    annotator: str = "cluener",
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    out: list[tuple[DocumentInput, list[LayerInput]]] = []
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise FormatError(f"{where}: not JSON ({e.msg})") from None
        except (ValueError, RecursionError):
            raise FormatError(f"{where}: not a record civannot can read") from None
        out.append(_record(rec, where, stem, lineno, annotator, directive_labels))
    if not out:
        raise FormatError(f"{name}: no records")
    return out


def _record(
    rec: Any, where: str, stem: str, lineno: int, annotator: str, directive: Container[str]
) -> tuple[DocumentInput, list[LayerInput]]:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise FormatError(f"{where}: a CLUENER record is an object with a 'text' string")
    text = rec["text"]
    ident = rec.get("id")
    ext = str(ident) if isinstance(ident, (int, str)) and not isinstance(ident, bool) else ""
    doc = DocumentInput(external_id=ext or f"{stem}-{lineno}", text=text)
    if "label" not in rec:
        return doc, []
    labels = rec["label"]
    if not isinstance(labels, dict):
        raise FormatError(f"{where}: 'label' must map each type to its entities")
    spans: list[Span] = []
    for type_, entities in labels.items():
        if not isinstance(entities, dict):
            raise FormatError(f"{where}: label {type_!r}: expected {{entity: [[start, end]]}}")
        for entity, positions in entities.items():
            if not isinstance(positions, list):
                raise FormatError(f"{where}: {type_} {entity!r}: positions must be a list")
            for pos in positions:
                if (
                    not isinstance(pos, list)
                    or len(pos) != 2
                    or not all(isinstance(x, int) and not isinstance(x, bool) for x in pos)
                ):
                    raise FormatError(
                        f"{where}: {type_} {entity!r}: position {pos!r} is not [start, end]"
                    )
                start, last = pos
                if not 0 <= start <= last < len(text):
                    raise FormatError(
                        f"{where}: {type_} {entity!r} at {start}-{last} is outside the text"
                    )
                if text[start : last + 1] != entity:
                    raise FormatError(
                        f"{where}: {type_} {entity!r} at [{start}, {last}] does not match the "
                        f"text there ({text[start : last + 1]!r}; CLUENER ends are inclusive)"
                    )
                spans.append(Span(start, last + 1, type_, entity))
    spans.sort(key=lambda s: (s.start, s.end))
    pair = overlapping_pair(spans, directive)
    if pair is not None:
        a, b = spans[pair[0]], spans[pair[1]]
        raise FormatError(
            f"{where}: {b.label} {b.text!r} overlaps {a.label} {a.text!r} (spans of one layer do "
            "not overlap)"
        )
    return doc, [LayerInput(annotator=annotator, spans=spans, done=True)]
