"""brat standoff: written, parsed back exactly; offsets counted the way brat's own server reads .txt
files (as stored, "\\r\\n" two characters)."""

from __future__ import annotations

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


def brat_text(path) -> str:
    """The text brat's server sees. brat's ``server/src/annotation.py`` (nlplab/brat)::

        def open_textfile(filename, mode='rU'):
            ...
            return codecs_open(filename, mode, encoding='utf8', errors='strict')

    and ``TextAnnotations._read_document_text`` returns ``open_textfile(textfn, 'r').read()``.
    ``codecs.open`` opens the file in binary mode whatever the mode says, so the "U" (universal
    newlines) has no effect on Python 3: "\\r\\n" stays two characters, and offsets count it so.
    (Python 3.11 refuses "U" in a mode, so the call is made here without it; the reading is the
    same.) bratiaa's copy of the parser uses open() in text mode and folds "\\r\\n": not brat.
    """
    import codecs

    with codecs.open(str(path), "r", encoding="utf8", errors="strict") as f:
        return f.read()


def brat_t_lines(ann_path, text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """T lines checked by the rules of brat's ``_parse_textbound_annotation``: every fragment in
    range, fragments not overlapping, the .ann text equal to the fragments joined by a space."""
    import codecs

    out = []
    with codecs.open(str(ann_path), "r", encoding="utf8", errors="strict") as f:
        for line in f:  # a codecs reader splits lines where str.splitlines() does
            line = line.rstrip("\n")
            if not line.startswith("T"):
                continue
            _tid, mid, frag_text = line.split("\t")
            label, offs = mid.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in offs.split(";")]
            for a, b in frags:
                assert 0 <= a <= b <= len(text)
            assert " ".join(text[a:b] for a, b in frags) == frag_text, line
            out.append((label, frags))
    return out


def test_offsets_are_what_brat_reads(tmp_path):
    write_brat([sample()], tmp_path, default_schema())
    seen = brat_text(tmp_path / "tongren_2023_10.txt")
    assert seen == TEXT  # "\r\n" kept
    t_lines = brat_t_lines(tmp_path / "tongren_2023_10.ann", seen)
    assert len(t_lines) == 4
    got = {(label, frags[0][0], frags[-1][1]) for label, frags in t_lines}
    assert got == {(s.label, s.start, s.end) for s in sample().spans}
    # the directive crosses a line break: two fragments, none holding a line break
    [directive] = [frags for label, frags in t_lines if label == "DIRECTIVE"]
    assert len(directive) == 2 and all("\n" not in seen[a:b] for a, b in directive)
    lines = (tmp_path / "tongren_2023_10.ann").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("R") and "Arg1:T" in line for line in lines)


def test_crlf_offsets_after_the_first_line_break(tmp_path):
    """Every span after a "\\r\\n" lands on its characters in brat's reading (issue 17.1)."""
    text = "第一行\r\n第二行有张三\r\n第三行有李四"
    spans = [sp(text.index("张三"), text.index("张三") + 2, "PERSON", text),
             sp(text.index("李四"), text.index("李四") + 2, "PERSON", text)]  # fmt: skip
    write_brat([ExportDoc("d", text, spans)], tmp_path, default_schema())
    seen = brat_text(tmp_path / "d.txt")
    t_lines = brat_t_lines(tmp_path / "d.ann", seen)
    assert [seen[f[0][0] : f[-1][1]] for _l, f in t_lines] == ["张三", "李四"]


def test_reads_what_brat_writes_for_crlf_text(tmp_path):
    text = "市委书记\r\n张三强调"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    # as brat's annotator writes it: offsets over the text as stored
    (tmp_path / "a.ann").write_text("T1\tPERSON 6 8\t张三\n", encoding="utf-8")
    [(doc, [layer])] = read_brat(tmp_path)
    assert doc.text == text
    assert [(s.start, s.end, s.text) for s in layer.spans] == [(6, 8, "张三")]


def test_reads_older_exports_that_counted_crlf_once(tmp_path):
    text = "市委书记\r\n张三强调"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "a.ann").write_text("T1\tPERSON 5 7\t张三\n", encoding="utf-8")
    warnings: list[str] = []
    [(_doc, [layer])] = read_brat(tmp_path, warnings=warnings)
    assert [(s.start, s.end, s.text) for s in layer.spans] == [(6, 8, "张三")]
    assert any('count "\\r\\n" as one character' in w for w in warnings)


def test_byte_order_mark_counts_as_brat_counts_it(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeff市委书记张三".encode())
    (tmp_path / "a.ann").write_text("T1\tPERSON 5 7\t张三\n", encoding="utf-8")
    [(doc, [layer])] = read_brat(tmp_path)
    assert doc.text == "市委书记张三" and (layer.spans[0].start, layer.spans[0].text) == (4, "张三")


def test_type_names_with_a_hyphen(tmp_path):
    """7 of brat's 10 example collections use names such as Part-of, Member-of."""
    from civannot.schema import parse_schema

    schema = parse_schema({"labels": [{"name": "Person"}, {"name": "Organization"}],
                           "relations": [{"name": "Member-of", "head": ["Person"],
                                          "tail": ["Organization"]}]})  # fmt: skip
    assert schema.relations[0].name == "Member-of"
    (tmp_path / "a.txt").write_text("张三是市委成员", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tPerson 0 2\t张三\nT2\tOrganization 3 5\t市委\nR1\tMember-of Arg1:T1 Arg2:T2\n",
        encoding="utf-8",
    )
    [(_d, [layer])] = read_brat(tmp_path)
    assert layer.relations == [("Member-of", 0, 1)]


def test_discontinuous_spans_are_split_never_widened(tmp_path):
    (tmp_path / "a.txt").write_text("市委和市政府书记", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tTITLE 0 1;6 8\t市 书记\nT2\tORG 3 6\t市政府\nR1\tHOLDS_TITLE Arg1:T2 Arg2:T1\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    [(_d, [layer])] = read_brat(tmp_path, warnings=warnings)
    assert [(s.start, s.end, s.text) for s in layer.spans] == [
        (0, 1, "市"), (6, 8, "书记"), (3, 6, "市政府")]  # fmt: skip
    assert layer.relations == []  # its end was split: not guessed
    [msg] = [w for w in warnings if "discontinuous" in w]
    assert "1 discontinuous annotation(s) (e.g. T1 in a.ann) split into 2 spans" in msg
    assert "1 relation(s) to them not imported" in msg


def test_non_utf8_files_are_one_line_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes("市委书记".encode("gb18030"))
    with pytest.raises(FormatError, match=r"a.txt: not UTF-8 text \(byte 0\); brat reads"):
        read_brat(tmp_path)
    (tmp_path / "a.txt").write_text("市委书记", encoding="utf-8")
    (tmp_path / "a.ann").write_bytes("T1\tTITLE 0 4\t市委书记\n".encode("gb18030"))
    with pytest.raises(FormatError, match=r"a.ann: not UTF-8 text"):
        read_brat(tmp_path)


def test_overlapping_spans_are_refused_with_the_line(tmp_path):
    (tmp_path / "a.txt").write_text("市委书记张三", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tTITLE 0 4\t市委书记\nT2\tORG 0 2\t市委\nT3\tDIRECTIVE 0 6\t市委书记张三\n",
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match=r"a.ann:2: ORG 0-2 overlaps TITLE 0-4 \(line 1\)"):
        read_brat(tmp_path)


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


def test_reader_names_what_it_does_not_import(tmp_path):
    (tmp_path / "a.txt").write_text("市委书记张三遇袭", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tTITLE 0 4\t市委书记\nA1\tNegated T1\nA2\tNegated T1\nM3\tSpeculation T1\n"
        "#1\tAnnotatorNotes T1\tnote\nT2\tAttack 6 8\t遇袭\nE1\tAttack:T2 Target:T1\n"
        "N1\tReference T1 Wikidata:Q1\tx\n*\tEquiv T1 T1\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("无标注", encoding="utf-8")
    warnings: list[str] = []
    items = read_brat(tmp_path, warnings=warnings)
    assert [d.external_id for d, _ in items] == ["a", "b"]
    assert items[1][1][0].done is False and items[0][1][0].done is True
    # the event's trigger is part of the event, not an entity span
    assert [s.label for s in items[0][1][0].spans] == ["TITLE"]
    [msg] = warnings
    assert msg.endswith(
        "not imported (civannot keeps text spans and relations): 3 attribute(s) (Negated 2, "
        "Speculation 1); 1 note(s); 1 event(s) (Attack 1); 1 normalisation(s) (Reference 1); "
        "1 equivalence(s) (Equiv 1)"
    )


def test_unsafe_ids_become_unique_file_names(tmp_path):
    docs = [ExportDoc("a/b", "一", []), ExportDoc("a:b", "二", []), ExportDoc("A_B", "三", [])]
    for d in docs:
        d.spans = []
    stats = write_brat(docs, tmp_path, default_schema())
    names = sorted(p.name for p in tmp_path.glob("*.txt"))
    assert names == ["A_B-3.txt", "a_b-2.txt", "a_b.txt"]
    assert stats.notes
