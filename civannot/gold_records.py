"""Gold records: an article's gold spans and relations kept beside its raw file, one JSON line
per article (the sample corpus's `resources/samples/gold.jsonl`, the development sets under
tests/gold).

A record names its article (`file`, checked by `sha256` of the raw file) and its spans either by
RAW offsets into that file, mapped to the clean text through the normaliser's offset map
(`offsets` absent or "raw"), or by clean offsets ("clean"). Raw offsets survive a change of the
normaliser that moves clean offsets. Where the normaliser rebuilt several clean characters from
one damaged raw run (a GBK repair), a boundary can fall inside the run; such a span carries
`trim: [head, tail]`, the clean characters to drop at each end. A span whose raw text the
normaliser dropped (boilerplate) is left out, with its relations. `region` is the part of the
article that was annotated (all of it when absent).
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civannot.records import Span
from civannot.text import normalize


class GoldRecordError(ValueError):
    """A record that does not fit its article (the file changed since the gold was made)."""


@dataclass
class ArticleGold:
    text: str  # clean
    region: tuple[int, int]  # the clean range that was annotated
    spans: list[Span]
    relations: list[tuple[str, int, int]]  # (type, head index, tail index) into spans

    @property
    def whole(self) -> bool:
        """Annotated from end to end (a partly annotated article would teach that what lies
        outside its region holds no entity)."""
        return self.region == (0, len(self.text))


def read_records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def clean_range(starts: list[int], rs: int, re_: int) -> tuple[int, int] | None:
    """Clean characters whose raw origin starts inside [rs, re_)."""
    i = bisect.bisect_left(starts, rs)
    j = bisect.bisect_left(starts, re_)
    return (i, j) if j > i else None


def article_gold(rec: dict[str, Any], raw: str) -> ArticleGold:
    """The record's spans and relations on the clean text of `raw` (its article)."""
    if hashlib.sha256(raw.encode("utf-8")).hexdigest() != rec["sha256"]:
        raise GoldRecordError(f"{rec['file']} changed since the gold was made (sha256 differs)")
    norm = normalize(raw)
    clean_offsets = rec.get("offsets") == "clean"
    starts = [a for a, _ in norm.offset_map.per_char()]
    region: tuple[int, int]
    if clean_offsets:
        a, b = rec.get("region") or (0, len(norm.text))
        region = (a, b)
    else:
        region = clean_range(starts, *rec["region"]) or (0, len(norm.text))
    spans: list[Span] = []
    index: dict[Any, int] = {}
    for s in rec["spans"]:
        if clean_offsets:
            a, b = s["start"], s["end"]
        else:
            m = clean_range(starts, s["raw_start"], s["raw_end"])
            if m is None:
                continue
            head, tail = s.get("trim", (0, 0))
            a, b = m[0] + head, m[1] - tail
            if b <= a:
                continue
        index[s["id"]] = len(spans)
        spans.append(Span(a, b, s["label"], norm.text[a:b]))
    rels = [
        (r["type"], index[r["head"]], index[r["tail"]])
        for r in rec.get("relations", ())
        if r["head"] in index and r["tail"] in index
    ]
    return ArticleGold(norm.text, region, spans, rels)
