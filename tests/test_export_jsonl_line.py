"""The native JSONL writer's fast line (record_line) is json_line(record_json(...)) byte for
byte, with the same statistics, whatever the document holds."""

from __future__ import annotations

import json
import random

import pytest

from civannot.formats._base import ExportDoc, WriteStats, json_line
from civannot.formats.jsonl import record_json, record_line
from civannot.records import Span

PIECES = ["溪川市", "委书记", "周明远", '"引号"', "back\\slash", "\u2028", "\x85", "\u2029", "𠮷",
          "\t", "\x01", "abc", "，", " ", "\n"]  # fmt: skip


def random_doc(rng: random.Random) -> ExportDoc:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    spans: list[Span] = []
    for _ in range(rng.randint(0, 8)):
        if len(text) < 2:
            break
        s = rng.randrange(len(text) - 1)
        e = rng.randint(s + 1, len(text))
        seg = text[s:e]
        if rng.random() < 0.1:  # a span that does not fit: dropped, counted
            s, e, seg = e, e + 3, "xyz"
        spans.append(
            Span(
                s,
                e,
                rng.choice(["PERSON", "ORG", "TITLE", "ＧＰＥ"]),
                seg if rng.random() < 0.8 else "",
                rng.choice(["manual", "manual", "suggestion", "adjudicated"]),
                rng.choice(["alice", "bob", "周", ""]),
                None,
                rng.choice([None, None, 0.5, 1.0, 0.123456789, 1e-7]),
                None,
                rng.choice(["", "", "rule:x", "model:1 \u2028"]),
            )
        )
    rels = [
        (rng.choice(["HOLDS_TITLE", "MEMBER_OF"]), rng.randrange(9), rng.randrange(9))
        for _ in range(rng.randint(0, 3))
        if spans
    ]
    info = [(rng.choice(["", "rule:r"]), rng.choice([None, 0.9])) for _ in rels]
    raw = rng.choice([None, text, text + "\u3000原文"])
    meta = rng.choice([{}, {"title": "题目\u2028", "n": 3, "x": [1.5, None, True]}])
    comments = (
        [{"author": "a", "text": "注意", "updated": "2026-01-01 00:00:00", "span": None}]
        if rng.random() < 0.1
        else []
    )
    raw_ranges = [(sp.start, sp.end) for sp in spans] if rng.random() < 0.1 else None
    return ExportDoc(
        id=rng.choice(["a1", "文档\u2029", 'q"uote']),
        text=text,
        spans=spans,
        relations=rels,
        meta=meta,
        annotators=rng.choice([[], ["alice"]]),
        raw=raw,
        raw_ranges=raw_ranges,
        comments=comments,
        relation_info=info if rng.random() < 0.8 else None,
    )


@pytest.mark.parametrize("seed", range(5))
def test_record_line_is_the_record_json_line(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        doc = random_doc(rng)
        fast, slow = WriteStats(), WriteStats()
        line = record_line(doc, fast)
        assert line == json_line(record_json(doc, slow))
        assert (fast.spans, fast.dropped, fast.relations) == (
            slow.spans,
            slow.dropped,
            slow.relations,
        )
        assert len(line.splitlines()) == 1
        json.loads(line)
