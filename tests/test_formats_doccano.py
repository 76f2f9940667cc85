"""doccano JSONL: UTF-16 offsets as doccano's screen counts them, both shapes, read back exact."""

from __future__ import annotations

import json

import pytest

from civannot.formats._base import ExportDoc, FormatError, from_utf16, to_utf16
from civannot.formats.doccano import read_doccano, write_doccano
from civannot.records import Span

TEXT = "市委书记张𠮷旺强调：\r\n要扎实开展问题整改。𠮷𠮷漳州市"


def sp(s: int, e: int, label: str) -> Span:
    return Span(s, e, label, TEXT[s:e])


def sample() -> ExportDoc:
    g = TEXT.index("漳州")
    spans = [sp(0, 4, "TITLE"), sp(4, 7, "PERSON"), sp(12, 21, "DIRECTIVE"), sp(g, g + 3, "GPE")]
    return ExportDoc("d1", TEXT, spans, [("HOLDS_TITLE", 1, 0)], annotators=["alice"])


def js_slice(text: str, a: int, b: int) -> str:
    """What JavaScript's text.slice(a, b) gives: UTF-16 units."""
    return text.encode("utf-16-le")[2 * a : 2 * b].decode("utf-16-le")


def test_utf16_helpers_invert():
    to, back = to_utf16(TEXT), from_utf16(TEXT)
    for i in range(len(TEXT) + 1):
        assert back(to(i)) == i
    assert to(len(TEXT)) == len(TEXT.encode("utf-16-le")) // 2


def test_label_shape_utf16(tmp_path):
    doc = sample()
    doc.relations = []
    path = tmp_path / "d.jsonl"
    stats = write_doccano([doc], path, relation_form=False)
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert set(rec) >= {"text", "label", "external_id"}
    assert rec["text"] == TEXT
    for (a, b, label), s in zip(rec["label"], doc.spans, strict=True):
        assert js_slice(TEXT, a, b) == s.text and label == s.label
    assert rec["label"][1] == [4, 8, "PERSON"]  # 𠮷 is two units
    assert stats.spans["PERSON"] == 1
    [(d, [layer])] = read_doccano(path, annotator="bob")
    assert d.external_id == "d1" and d.text == TEXT
    assert [(s.start, s.end, s.label) for s in layer.spans] == [
        (s.start, s.end, s.label) for s in doc.spans
    ]
    assert layer.annotator == "bob" and layer.done


def test_relation_shape_round_trip(tmp_path):
    doc = sample()
    path = tmp_path / "d.jsonl"
    stats = write_doccano([doc, ExportDoc("d2", "没有标注", [])], path, relation_form=True)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert set(lines[0]) >= {"text", "entities", "relations"}
    ent = lines[0]["entities"][1]
    assert set(ent) == {"id", "label", "start_offset", "end_offset"}
    assert lines[0]["relations"] == [{"id": 1, "from_id": 2, "to_id": 1, "type": "HOLDS_TITLE"}]
    assert stats.relations == 1 and stats.documents == 2
    items = read_doccano(path)
    layer = items[0][1][0]
    assert layer.relations == [("HOLDS_TITLE", 1, 0)]
    assert [s.text for s in layer.spans] == [s.text for s in doc.spans]
    assert items[1][1][0].spans == [] and items[1][1][0].done is False


def test_codepoint_offsets_option(tmp_path):
    path = tmp_path / "d.jsonl"
    write_doccano([sample()], path, relation_form=False, offsets="codepoints")
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert rec["label"][1] == [4, 7, "PERSON"]
    [(_d, [layer])] = read_doccano(path, offsets="codepoints")
    assert layer.spans[1].text == "张𠮷旺"


def test_reader_errors_name_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"text": "市委书记", "label": [[0, 4, "TITLE"]]}\n{"text": "𠮷", "label": [[1, 2, "X"]]}\n',
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match=r"bad.jsonl:2: .*surrogate"):
        read_doccano(path)
    path.write_text('{"text": "市委", "label": [[0, 9, "TITLE"]]}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad.jsonl:1: span 0-9 outside"):
        read_doccano(path)
    path.write_text('{"text": "市委", "label": ["positive"]}\n', encoding="utf-8")
    with pytest.raises(FormatError, match="classification"):
        read_doccano(path)
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad.jsonl:1: not JSON"):
        read_doccano(path)


def test_doccano_export_shape_is_read(tmp_path):
    """What doccano itself exports: id, text, label, extra columns as metadata."""
    path = tmp_path / "admin.jsonl"
    path.write_text(
        json.dumps({"id": 17, "text": "市委书记张三", "label": [[0, 4, "TITLE"]], "source": "x",
                    "Comments": []}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    [(d, [layer])] = read_doccano(path)
    assert d.external_id == "17" and d.meta == {"source": "x"}
    assert layer.spans[0].text == "市委书记"
