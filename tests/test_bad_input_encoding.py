"""Encoding detection on files a careless copy produces (issue 20)."""

from __future__ import annotations

import json

from bad_input_support import fingerprint, init, run

from civannot.importer import decode
from civannot.project import Project

ARTICLE = "溪川市委书记周明远在会上强调，要扎实推进文明城市创建工作。各级干部要压实责任。"
TRAD = "溪川市委書記周明遠在會上強調，要紮實推進文明城市創建工作。各級幹部要壓實責任。"


def test_utf8_cut_inside_last_character_is_utf8_with_a_note() -> None:
    data = (ARTICLE + "完").encode("utf-8")[:-1]
    d = decode(data)
    text, enc, _ = d
    assert enc == "utf-8" and text == ARTICLE
    assert any("ends inside a character" in n for n in d.notes)


def test_short_big5_is_big5() -> None:
    text, enc, guessed = decode("市長講話".encode("big5"))
    assert (text, enc, guessed) == ("市長講話", "big5", True)
    text, enc, _ = decode("市长讲话".encode("gb18030"))
    assert (text, enc) == ("市长讲话", "gb18030")
    text, enc, _ = decode(TRAD.encode("big5"))
    assert (text, enc) == (TRAD, "big5")


def test_utf8_with_one_bad_byte_stays_utf8() -> None:
    raw = ARTICLE.encode("utf-8")
    data = raw[:30] + b"\xff" + raw[30:]
    d = decode(data)
    assert d[1] == "utf-8" and d[0].replace("\ufffd", "") != "" and "市委书记" in d[0]
    assert any("not UTF-8" in n for n in d.notes)


def test_close_readings_are_flagged() -> None:
    # one character whose two bytes are a common character in Big5 (部) and in GB18030 (场):
    # neither reading can be trusted, and the note says so
    data = "部".encode("big5")
    assert data.decode("gb18030") == "场"
    d = decode(data)
    assert d[2] is True
    assert len(d.notes) == 1 and d.notes[0].startswith("encoding uncertain: read as ")


def test_truncated_file_import_stores_utf8_and_flags(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    f = tmp_path / "cut.txt"
    f.write_bytes((ARTICLE + "完").encode("utf-8")[:-2])
    code, out, err = run(capsys, "import", p, f, "--json")
    assert code == 0, err
    rep = json.loads(out)
    assert len(rep["imported"]) == 1
    assert any("ends inside a character" in n for n in rep["notes"])
    with Project.open(p) as project:
        doc = next(project.documents())
        assert doc.text == ARTICLE
        assert any(fl.kind == "encoding" and "ends inside" in fl.message for fl in doc.flags)
    # the human report says it too
    f2 = tmp_path / "cut2.txt"
    f2.write_bytes(("再来一篇：" + ARTICLE + "完").encode("utf-8")[:-1])
    code, out, _ = run(capsys, "import", p, f2)
    assert code == 0 and "note:" in out and "ends inside a character" in out


def test_big5_file_import_reads_big5(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    f = tmp_path / "b.txt"
    f.write_bytes("市長講話".encode("big5"))
    code, out, err = run(capsys, "import", p, f, "--json")
    assert code == 0, err
    assert json.loads(out)["encodings"] == {str(f): "big5"}
    with Project.open(p) as project:
        assert next(project.documents()).text == "市长讲话"


def test_binary_file_refused_project_unchanged(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    before = fingerprint(p)
    f = tmp_path / "x.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    code, out, _ = run(capsys, "import", p, f)
    assert code == 1 and "refused: " in out and "binary file" in out
    assert fingerprint(p) == before
