"""CSV files with broken quoting and long fields (issue 20)."""

from __future__ import annotations

import json

from bad_input_support import fingerprint, init, run

from civannot.project import Project

HEAD = "id,title,text\n"


def test_unclosed_quote_refused_with_its_line(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    before = fingerprint(p)
    f = tmp_path / "a.csv"
    f.write_text(
        HEAD + 'r1,标题一,"第一篇正文\n未完\nr2,标题二,第二篇正文。\nr3,标题三,第三篇正文。\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", p, f, "--json")
    assert code == 1
    rep = json.loads(out)
    assert rep["imported"] == []
    assert rep["refused"] == [
        f"{f}: line 2: a quote opened in this row is never closed "
        "(the rest of the file would be one field)"
    ]
    assert fingerprint(p) == before


def test_stray_quote_row_refused_with_its_line(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    f = tmp_path / "b.csv"
    # a quote opened in the row of line 3 swallows its delimiter and the line break, and is
    # closed inside a field on line 4
    f.write_text(
        HEAD + 'r1,标题一,第一篇正文。\nr2,"标题二,第二篇正文。\nr3,标题三,第三篇"正文。\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", p, f)
    assert code == 1
    assert (
        f"refused: {f}: line 3: bad quoting in this row: ',' expected after '\"' (found on line 4)"
    ) in out
    with Project.open(p) as project:
        assert project.document_count() == 0  # the file goes in whole or not at all


def test_multiline_quoted_fields_and_line_numbers(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    f = tmp_path / "c.csv"
    f.write_text(
        HEAD + 'r1,标题一,"第一段。\n第二段，含""引号""。"\n\nr2,标题二,第二篇。\nr3,标题三\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", p, f)
    assert code == 1 and f"{f}: line 6: 2 field(s) where the header has 3" in out
    f.write_text(
        HEAD + 'r1,标题一,"第一段。\n第二段，含""引号""。"\nr2,标题二,第二篇。,,\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", p, f)
    assert code == 0, out + err
    with Project.open(p) as project:
        texts = sorted(d.text for d in project.documents())
    assert texts == ["第一段。\n第二段，含“引号”。", "第二篇。"] or texts == [
        '第一段。\n第二段，含"引号"。',
        "第二篇。",
    ]


def test_field_longer_than_csv_limit_is_read(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    body = "各级各部门要压实责任，推进文明城市创建工作。" * 8000  # 176,000 characters
    assert len(body) > 131_072
    f = tmp_path / "long.csv"
    f.write_text(HEAD + f'r1,长文,"{body}"\nr2,短文,短文正文。\n', encoding="utf-8")
    code, out, err = run(capsys, "import", p, f, "--json")
    assert code == 0, err
    assert len(json.loads(out)["imported"]) == 2
    with Project.open(p) as project:
        lengths = sorted(len(d.text) for d in project.documents())
    assert lengths == [5, len(body)]
