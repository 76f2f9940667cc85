"""Flag decisions and the texts they rewrite: pure functions over texts and flags."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from civannot.flag_review import Edit, apply_edits, is_repair
from civannot.records import Flag

# ---- flag decisions and the texts they rewrite -----------------------------------------------


def flags_of(stored: str | None) -> list[Flag]:
    return [Flag.from_json(f) for f in json.loads(stored or "[]")]


def doc_state(clean: str, flags: list[Flag]) -> dict[str, Any] | None:
    """A document's flags as a merge baseline: the flags, the reading each range holds, and
    the text's length (the text itself is the lead's and the bundle's to hold)."""
    if not flags:
        return None
    return {
        "flags": [f.to_json() for f in flags],
        "readings": [clean[f.start : f.end] for f in flags],
        "length": len(clean),
    }


def _edits(
    src_flags: list[Flag], src_readings: list[str], dst_text: str, dst_flags: list[Flag]
) -> tuple[list[Edit], list[str]] | None:
    """The replacements turning one copy of a document into another, read off their repair
    flags (same flags, index for index); None when the flags do not correspond."""
    if len(src_flags) != len(dst_flags) or len(src_readings) != len(src_flags):
        return None
    edits: list[Edit] = []
    readings: list[str] = []
    for a, ra, b in zip(src_flags, src_readings, dst_flags, strict=True):
        if a.kind != b.kind:
            return None
        if not (is_repair(a) and is_repair(b)):
            continue
        rb = dst_text[b.start : b.end]
        if ra != rb:
            edits.append((a.start, a.end, len(rb)))
            readings.append(rb)
    ordered = sorted(edits)
    if any(x[1] > y[0] for x, y in zip(ordered, ordered[1:], strict=False)):
        return None
    return edits, readings


def repair_edits(
    src_text: str, src_flags: list[Flag], dst_text: str, dst_flags: list[Flag]
) -> list[Edit] | None:
    """The replacements between two copies of a document, when repair decisions are their only
    difference (checked against the texts); None otherwise."""
    got = _edits(src_flags, [src_text[f.start : f.end] for f in src_flags], dst_text, dst_flags)
    if got is None or apply_edits(src_text, *got) != dst_text:
        return None
    return got[0]


def base_edits(base: dict[str, Any], dst_text: str, dst_flags: list[Flag]) -> list[Edit] | None:
    """The replacements from a baseline (flags and readings, no text) to a copy of it."""
    got = _edits(
        [Flag.from_json(f) for f in base.get("flags", [])],
        list(base.get("readings", [])),
        dst_text,
        dst_flags,
    )
    if got is None:
        return None
    edits = got[0]
    length = base.get("length")
    if length is not None and length + sum(n - (e - s) for s, e, n in edits) != len(dst_text):
        return None
    return edits


@dataclass
class DocMap:
    """How one document's offsets move between the copies being merged: the export baseline
    (E), the bundle (B) and the lead after the merge of the flag decisions (M)."""

    eb: list[Edit]
    em: list[Edit]
    bm: list[Edit]
    text: str  # the lead's text (M)


def describe(key: tuple[str, str | None]) -> str:
    status, reading = key
    return f"“{reading}” ({status})" if reading is not None else status
