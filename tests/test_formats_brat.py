"""brat standoff: written, parsed back exactly; \\r\\n counted the way brat reads .txt files."""

from __future__ import annotations

import re

import pytest

from civannot.formats._base import ExportDoc, FormatError, WriteStats
from civannot.formats.brat import ann_lines, read_brat, write_brat
from civannot.records import Span
from civannot.schema import default_schema

TEXT = "市委书记张𠮷旺强调：\r\n要扎实开展\r\n问题整改。\n漳州市文明办"


def sp(s: int, e: int, label: str, text: str = TEXT) -> Span:
    return Span(s, e, label, text[s:e])


def sample() -> ExportDoc:
    d0 = TEXT.index("要扎实")
    gpe = TEXT.index("漳州")
    spans = [
        sp(0, 4, "TITLE"),
        sp(4, 7, "PERSON"),
        sp(d0, d0 + 11, "DIRECTIVE"),
        sp(gpe, gpe + 2, "GPE"),
    ]
    assert spans[2].text == "要扎实开展\r\n问题整改"
    return ExportDoc("tongren/2023 10", TEXT, spans, [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)])


def test_round_trip_exact(tmp_path):
    doc = sample()
    stats = write_brat([doc], tmp_path, default_schema())
    assert stats.spans == {"TITLE": 1, "PERSON": 1, "DIRECTIVE": 1, "GPE": 1}
    assert stats.relations == 2 and not stats.dropped
    # the .txt is the text byte for byte, \r\n included
    txt = tmp_path / "tongren_2023_10.txt"
    assert txt.read_bytes() == TEXT.encode("utf-8")
    items = read_brat(tmp_path, annotator="alice")
    assert len(items) == 1
    [(d, [layer])] = items
    assert d.text == TEXT and d.external_id == "tongren_2023_10"
    assert [(s.start, s.end, s.label, s.text) for s in layer.spans] == [
        (s.start, s.end, s.label, s.text) for s in doc.spans
    ]
    assert layer.relations == doc.relations and layer.annotator == "alice" and layer.done


def test_offsets_are_what_brat_reads(tmp_path):
    """brat reads .txt with universal newlines: check every T line against that reading."""
    write_brat([sample()], tmp_path, default_schema())
    with open(tmp_path / "tongren_2023_10.txt", encoding="utf-8") as f:  # newline=None, as brat
        seen = f.read()
    assert "\r" not in seen
    lines = (tmp_path / "tongren_2023_10.ann").read_text(encoding="utf-8").splitlines()
    t_lines = [line for line in lines if line.startswith("T")]
    assert len(t_lines) == 4
    for line in t_lines:
        _tid, mid, text = line.split("\t")
        frags = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]
        assert " ".join(seen[a:b] for a, b in frags) == text
        for a, b in frags:
            assert "\n" not in seen[a:b]
    # the directive crosses a line break: two fragments
    directive = next(line for line in t_lines if "DIRECTIVE" in line)
    assert re.search(r"DIRECTIVE \d+ \d+;\d+ \d+\t", directive)
    assert any(line.startswith("R") and "Arg1:T" in line for line in lines)


def test_conf_files(tmp_path):
    write_brat([sample()], tmp_path, default_schema())
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]" in conf and "\nDIRECTIVE\n" in conf
    assert "HOLDS_TITLE\tArg1:PERSON, Arg2:TITLE" in conf
    visual = (tmp_path / "visual.conf").read_text(encoding="utf-8")
    assert "PERSON\tbgColor:#e6194b" in visual


def test_line_breaks_at_span_edges_are_reported():
    text = "甲\r\n乙"
    doc = ExportDoc("a", text, [Span(0, 2, "ORG", text[0:2]), Span(1, 3, "GPE", text[1:3])])
    stats = WriteStats()
    assert ann_lines(doc, stats) == ["T1\tORG 0 1\t甲"]
    assert stats.adjusted[("edge line break left out", "ORG")] == 1
    assert stats.dropped[("line breaks only", "GPE")] == 1


def test_reader_rejects_mismatched_text(tmp_path):
    (tmp_path / "a.txt").write_text("市委书记张三", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tTITLE 0 4\t市委书\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"a.ann:1: text"):
        read_brat(tmp_path)


def test_reader_counts_unused_lines(tmp_path):
    (tmp_path / "a.txt").write_text("市委书记张三", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tTITLE 0 4\t市委书记\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tnote\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("无标注", encoding="utf-8")
    warnings: list[str] = []
    items = read_brat(tmp_path, warnings=warnings)
    assert [d.external_id for d, _ in items] == ["a", "b"]
    assert items[1][1][0].done is False and items[0][1][0].done is True
    assert any("'A' line" in w for w in warnings) and any("'#' line" in w for w in warnings)


def test_unsafe_ids_become_unique_file_names(tmp_path):
    docs = [ExportDoc("a/b", "一", []), ExportDoc("a:b", "二", []), ExportDoc("A_B", "三", [])]
    for d in docs:
        d.spans = []
    stats = write_brat(docs, tmp_path, default_schema())
    names = sorted(p.name for p in tmp_path.glob("*.txt"))
    assert names == ["A_B-3.txt", "a_b-2.txt", "a_b.txt"]
    assert stats.notes
