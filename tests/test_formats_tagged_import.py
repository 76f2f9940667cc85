"""Character-per-line tag files (CoNLL/BIO/BIOES/BMES in the layouts of the common Chinese NER
sets) and CLUENER JSON imported into a layer with a label map; files `import` cannot recognise are
refused with the reason; native JSONL records that add a layer to a stored document.

The sample files are made up here (fictional names), laid out as the sets lay theirs out.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from civannot.cli import main
from civannot.formats.conll import chunks, looks_tagged, parse_tagged, write_conll
from civannot.importer import import_paths
from civannot.project import Project

MSRA = "张\tB-PER\n三\tI-PER\n到\tO\n云\tB-LOC\n川\tI-LOC\n市\tI-LOC\n\n市\tB-ORG\n委\tI-ORG\n开\tO\n会\tO\n"
PEOPLES_DAILY = "李 B-PER\n明 I-PER\n在 O\n北 B-LOC\n山 I-LOC\n县 I-LOC\n讲 O\n话 O\n"
RESUME = "高 B-NAME\n远 E-NAME\n任 O\n经 B-TITLE\n理 E-TITLE\n， O\n男 S-RACE\n\n"
WEIBO = "王0\tB-PER.NAM\n五1\tI-PER.NAM\n说0\tO\n县0\tB-GPE.NOM\n里1\tI-GPE.NOM\n"


def spans(items, i: int = 0) -> list[tuple[int, int, str, str]]:
    doc, [layer] = items[i]
    return [(s.start, s.end, s.label, s.text) for s in layer.spans]


def test_layouts_of_the_common_sets():
    items = parse_tagged(MSRA, "msra.txt", "msra")
    assert [d.external_id for d, _ in items] == ["msra-1", "msra-2"]
    assert items[0][0].text == "张三到云川市" and items[0][1][0].done
    assert spans(items) == [(0, 2, "PER", "张三"), (3, 6, "LOC", "云川市")]
    assert spans(items, 1) == [(0, 2, "ORG", "市委")]
    assert spans(parse_tagged(PEOPLES_DAILY, "pd", "pd")) == [
        (0, 2, "PER", "李明"), (3, 6, "LOC", "北山县")]  # fmt: skip
    assert spans(parse_tagged(RESUME, "r", "r")) == [
        (0, 2, "NAME", "高远"), (3, 5, "TITLE", "经理"), (6, 7, "RACE", "男")]  # fmt: skip
    warnings: list[str] = []
    weibo = parse_tagged(WEIBO, "w", "w", warnings=warnings)
    assert weibo[0][0].text == "王五说县里"
    assert spans(weibo) == [(0, 2, "PER.NAM", "王五"), (3, 5, "GPE.NOM", "县里")]
    assert warnings and "Weibo" in warnings[0]
    # Windows line ends and several spaces
    crlf = "张  B-PER\r\n三  I-PER\r\n\r\n"
    assert spans(parse_tagged(crlf, "c", "c")) == [(0, 2, "PER", "张三")]


def test_chunks_are_decoded_as_seqeval_decodes_them():
    seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
    rng = random.Random(7)
    tags = ["O", "B-A", "I-A", "E-A", "S-A", "B-B", "I-B", "E-B", "S-B", "M-A"]
    for _ in range(3000):
        seq = [rng.choice(tags) for _ in range(rng.randint(1, 12))]
        # seqeval reads M (BMES) as it reads I
        ref = seqeval.get_entities([t.replace("M-", "I-") for t in seq])
        got = chunks([(t[0], t[2:]) if t != "O" else ("O", "") for t in seq])
        assert sorted((lab, a, b - 1) for a, b, lab in got) == sorted(ref), seq


def test_what_civannot_writes_comes_back(tmp_path):
    from civannot.formats._base import ExportDoc
    from civannot.records import Span

    text = "市委书记李明\n强调：要抓好落实。𠮷州 县长"
    sp = [Span(0, 4, "TITLE", "市委书记"), Span(4, 6, "PERSON", "李明"),
          Span(16, 18, "GPE", "𠮷州")]  # fmt: skip
    for scheme in ("BIO", "BIOES"):
        path = tmp_path / f"d.{scheme}"
        write_conll([ExportDoc("doc one", text, sp)], path, scheme=scheme)
        content = path.read_text(encoding="utf-8")
        [(doc, [layer])] = parse_tagged(content, str(path), "d")
        assert doc.external_id == "doc_one"
        assert len(doc.text) == len(text)
        assert [(s.start, s.end, s.label, s.text) for s in layer.spans] == [
            (s.start, s.end, s.label, s.text) for s in sp]  # fmt: skip


def test_tag_file_sniffing():
    assert looks_tagged(MSRA) and looks_tagged(RESUME) and looks_tagged(WEIBO)
    assert not looks_tagged("10月13日，云川市召开会议。\n市委书记李明出席会议并讲话。\n")
    assert not looks_tagged("O\n")


@pytest.fixture()
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.civ"
    Project.create(path).close()
    return path


def stats(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_imports_a_tag_file_with_a_label_map(tmp_path, project_path, capsys):
    f = tmp_path / "train.txt"  # MSRA's files are .txt: recognised by content
    f.write_text(MSRA, encoding="utf-8")
    before = stats(project_path, capsys)
    code = main(["import", str(project_path), str(f)])
    out = capsys.readouterr().out
    assert code == 1
    assert "labels not in the project schema: PER (1)" in out
    assert "--label-map" in out and stats(project_path, capsys) == before
    code = main(["import", str(project_path), str(f), "--label-map", "PER=PERSON,LOC=GPE,ORG=ORG",
                 "--layer", "gold"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    after = stats(project_path, capsys)
    assert after["documents"] == 2
    assert {k: n for k, n in after["labels"].items() if n} == {"GPE": 1, "ORG": 1, "PERSON": 1}
    assert "read as conll" in out
    # the same through --format conll, into another layer; a label left out is said
    code = main(["import", str(project_path), "--format", "conll", str(f), "--label-map",
                 "PER=PERSON,LOC=GPE,ORG=", "--layer", "other"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "spans left out by the label map: ORG 1" in out
    p = Project.open(project_path)
    assert [s.text for s in p.spans(p.document_id("train-1"), "other")] == ["张三", "云川市"]
    p.close()


def test_folder_of_tag_files(tmp_path, project_path, capsys):
    folder = tmp_path / "sets"
    folder.mkdir()
    (folder / "resume.bmes").write_text(RESUME, encoding="utf-8")
    (folder / "pd.bio").write_text(PEOPLES_DAILY, encoding="utf-8")
    (folder / "msra.conll").write_text(MSRA, encoding="utf-8")
    code = main(["import", str(project_path), str(folder), "--label-map",
                 "PER=PERSON,LOC=GPE,ORG=ORG,NAME=PERSON,TITLE=TITLE,RACE="])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert stats(project_path, capsys)["documents"] == 4
    # a folder with nothing importable is refused with its reason, not "0 files"
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "a.xyz").write_text("x", encoding="utf-8")
    code = main(["import", str(project_path), str(empty)])
    out = capsys.readouterr().out
    assert code == 1 and "no file civannot can import in this folder (1 other file(s): .xyz)" in out


def test_unrecognised_files_are_refused_not_taken_as_articles(tmp_path, project_path, capsys):
    bad_tags = tmp_path / "broken.conll"
    bad_tags.write_text("张 B-PER\n三 X-PER\n", encoding="utf-8")
    js = tmp_path / "data.json"
    js.write_text('{"whatever": 1}', encoding="utf-8")
    js_txt = tmp_path / "records.txt"
    js_txt.write_text('[{"text": "市委"}]', encoding="utf-8")
    before = stats(project_path, capsys)
    for path, reason in [
        (bad_tags, "not a tag file"),
        (js, "a JSON file civannot does not recognise"),
        (js_txt, "a JSON file, not an article"),
    ]:
        code = main(["import", str(project_path), str(path)])
        out = capsys.readouterr().out
        assert code == 1 and f"refused: {path}: {reason}" in out, out
    assert stats(project_path, capsys) == before
    # with --format conll the reader names the line
    code = main(["import", str(project_path), "--format", "conll", str(bad_tags)])
    out = capsys.readouterr().out
    assert code == 1 and f"{bad_tags}:2: tag 'X-PER' is not O or B-/I-/M-/E-/S- and a label" in out


def test_cluener(tmp_path, project_path, capsys):
    recs = [
        {"text": "浙川银行信贷部叶明远博士讲话", "label": {"company": {"浙川银行": [[0, 3]]},
                                                  "name": {"叶明远": [[7, 9]]}}},
        {"id": 9, "text": "没有标注的测试句"},
    ]  # fmt: skip
    f = tmp_path / "train.json"
    f.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8"
    )
    code = main(["import", str(project_path), str(f), "--label-map", "company=ORG,name=PERSON",
                 "--layer", "gold"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    p = Project.open(project_path)
    assert [(s.start, s.end, s.label, s.text) for s in p.spans(p.document_id("train-1"), "gold")] \
        == [(0, 4, "ORG", "浙川银行"), (7, 10, "PERSON", "叶明远")]  # fmt: skip
    assert p.document_id("9") is not None
    p.close()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"text": "叶明远", "label": {"name": {"叶明远": [[0, 3]]}}},
                              ensure_ascii=False), encoding="utf-8")  # fmt: skip
    before = stats(project_path, capsys)
    code = main(["import", str(project_path), "--format", "cluener", str(bad)])
    out = capsys.readouterr().out
    assert code == 1 and "at 0-3 is outside the text" in out
    assert stats(project_path, capsys) == before


def test_native_record_adds_a_layer_without_text(tmp_path):
    p = Project.create(tmp_path / "n.civ")
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"id": "d1", "text": "市委书记李明讲话"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")  # fmt: skip
    assert not import_paths(p, [first]).refused
    more = tmp_path / "b.jsonl"
    more.write_text(
        json.dumps({"id": "d1", "annotators": ["bob"],
                    "spans": [{"start": 4, "end": 6, "label": "PERSON", "annotator": "bob",
                               "text": "李明"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = import_paths(p, [more])
    assert not result.refused and result.report.layers_added == 1
    assert [s.text for s in p.spans(p.document_id("d1"), "bob")] == ["李明"]
    unknown = tmp_path / "c.jsonl"
    unknown.write_text('{"id": "nope", "annotators": ["bob"]}\n', encoding="utf-8")
    result = import_paths(p, [unknown])
    assert result.refused == [
        f"{unknown}:1: needs 'text' or 'raw' (no document 'nope' in the project to add layers to)"
    ]
    p.close()


def test_whitespace_characters_and_long_lines():
    # U+3000 as a character (People's Daily has them), a space swallowed by a space separator
    t = "\u3000\tO\n张\tB-PER\n三\tI-PER\n李 B-PER\n  O\n"
    [(doc, [layer])] = parse_tagged(t, "x", "x")
    assert doc.text == "\u3000张三李 " and [s.text for s in layer.spans] == ["张三", "李"]
    # sniffing an article with very long lines stays linear (no regular expression backtracking)
    import time

    long = ("甲 " * 200_000 + "\n") * 3
    t0 = time.perf_counter()
    assert not looks_tagged(long)
    assert time.perf_counter() - t0 < 2.0
