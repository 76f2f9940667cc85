"""What kind of file the importer has been given, from its content: a tag file is not an article,
and a JSON file is one of the annotated layouts civannot reads or is refused with the reason.

`sniff(text, kind)` takes the kind the file name suggests (``txt``, ``json``, ``jsonl``, ...) and
the decoded text, and gives the kind to read it as: ``conll``, ``cluener``, ``doccano``,
``labelstudio``, the kind it was given, or raises ValueError with a one-line reason.
"""

from __future__ import annotations

import json
from typing import Any

from civannot.formats.cluener import looks_like_cluener
from civannot.formats.conll import looks_tagged

ANNOTATED = ("conll", "cluener", "doccano", "labelstudio")


def _first_record(text: str) -> Any:
    for line in text.split("\n", 50)[:50]:
        if line.strip():
            try:
                return json.loads(line)
            except (ValueError, RecursionError):
                return None
    return None


def _whole(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _doccano_like(rec: Any) -> bool:
    return (
        isinstance(rec, dict)
        and isinstance(rec.get("text"), str)
        and "spans" not in rec
        and (isinstance(rec.get("label"), list) or isinstance(rec.get("entities"), list))
    )


def _labelstudio_like(data: Any) -> bool:
    tasks = data if isinstance(data, list) else [data]
    if not tasks or not all(isinstance(t, dict) for t in tasks):
        return False
    first = tasks[0]
    if isinstance(first.get("data"), dict) or "annotations" in first or "completions" in first:
        return True
    # JSON-MIN: flat records with an annotator or region lists
    return "annotator" in first or "annotation_id" in first


def sniff(text: str, kind: str) -> str:
    """The kind to read `text` as (see the module docstring)."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    if kind in ("txt", "conll"):
        if looks_tagged(text):
            return "conll"
        if kind == "conll":
            raise ValueError(
                "not a tag file: expected one character and its tag (O, B-X, I-X, E-X, S-X, "
                "M-X) per line"
            )
        if head in "{[" and head and (_whole(text) is not None or _first_record(text) is not None):
            raise ValueError(
                "a JSON file, not an article: give it a .json (Label Studio, CLUENER) or .jsonl "
                "(civannot, doccano) name, or --format"
            )
        return kind
    if kind == "json":
        data = _whole(text)
        if data is None:
            first = _first_record(text)
            if looks_like_cluener(first):
                return "cluener"
            if _doccano_like(first):
                return "doccano"
            raise ValueError(
                "not JSON, nor JSON Lines civannot knows (Label Studio export, CLUENER, doccano)"
            )
        if looks_like_cluener(data):
            return "cluener"
        if _labelstudio_like(data):
            return "labelstudio"
        raise ValueError(
            "a JSON file civannot does not recognise: it reads Label Studio exports (JSON or "
            "JSON-MIN), CLUENER files, and native records as .jsonl"
        )
    if kind == "jsonl":
        first = _first_record(text)
        if looks_like_cluener(first):
            return "cluener"
        if _doccano_like(first):
            return "doccano"
        return kind
    return kind
