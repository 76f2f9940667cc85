"""Annotated files of other tools as those tools write them, and bad ones: doccano's two countings,
Label Studio's own value.text and JSON-MIN, and the bad inputs of issue 20 that live in the
readers. Every refusal is checked through the CLI: one line, exit code 1, the project unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civannot.cli import main
from civannot.formats._base import FormatError
from civannot.formats.doccano import grapheme_starts, read_doccano, write_doccano
from civannot.formats.labelstudio import read_labelstudio, shown_text
from civannot.interop import import_foreign
from civannot.project import Project


@pytest.fixture()
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.civ"
    Project.create(path).close()
    # one document already there, so that "unchanged" means something
    (tmp_path / "seed.jsonl").write_text(
        json.dumps({"id": "seed", "text": "云川市委书记王明远讲话。", "annotators": ["gold"],
                    "spans": [{"start": 2, "end": 6, "label": "TITLE", "annotator": "gold"}]},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert main(["import", str(path), str(tmp_path / "seed.jsonl")]) == 0
    return path


def snapshot(path: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["stats", str(path), "--json"]) == 0
    return capsys.readouterr().out


def refused(capsys, path: Path, args: list[str]) -> str:
    """Run `import` and return its one refusal line; the project must be unchanged."""
    before = snapshot(path, capsys)
    code = main(["import", str(path), *args])
    out = capsys.readouterr()
    assert code == 1, out
    assert "Traceback" not in out.out + out.err
    lines = [x for x in out.out.splitlines() if x.strip().startswith("refused:")]
    assert len(lines) == 1, out.out
    assert snapshot(path, capsys) == before
    return lines[0].strip().removeprefix("refused: ")


# --- doccano: which counting ------------------------------------------------------------------

ASTRAL = "𠮷田县县长𠮷祥主持会议，李明讲话。"


def test_grapheme_clusters_as_doccano_counts_them():
    # v-annotator's Text model splits with grapheme-splitter: "\r\n" is one cluster, 𠮷 one,
    # a letter with a combining mark one
    assert grapheme_starts("甲\r\n乙") == [0, 1, 3, 4]
    assert grapheme_starts("e\u0301x") == [0, 2, 3]
    assert grapheme_starts("𠮷市") is None  # one code point per cluster: same as code points
    assert grapheme_starts("市委") is None


def test_grapheme_file_is_detected_where_utf16_splits_a_pair(tmp_path):
    # 'Count grapheme clusters as one character' on: 李明 is at 12-14 in clusters, 14-16 in UTF-16
    path = tmp_path / "g.jsonl"
    i = ASTRAL.index("李明")
    rec = {"id": 3, "text": ASTRAL, "label": [[0, 1, "GPE"], [i, i + 2, "PERSON"]]}
    # a span ending after the first 𠮷 in clusters (end 1) splits the pair in UTF-16
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    warnings: list[str] = []
    [(_d, [layer])] = read_doccano(path, warnings=warnings)
    assert [s.text for s in layer.spans] == ["𠮷", "李明"]
    assert any("read as grapheme clusters" in w for w in warnings)


def test_ambiguous_file_is_refused_never_guessed(tmp_path, project_path, capsys):
    # the case: grapheme offsets that also fit UTF-16, on other characters (长李)
    i = ASTRAL.index("李明")
    path = tmp_path / "amb.jsonl"
    path.write_text(
        json.dumps({"id": 1, "text": ASTRAL, "label": [[i, i + 2, "PERSON"]]}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match="amb.jsonl:1: .*--doccano-offsets"):
        read_doccano(path)
    line = refused(capsys, project_path, ["--format", "doccano", str(path)])
    assert line.startswith(f"{path}:1: the text has characters that doccano counts differently")
    # told which, it imports exactly
    assert main(["import", str(project_path), "--format", "doccano", "--doccano-offsets",
                 "graphemes", "--layer", "g", str(path)]) == 0  # fmt: skip
    p = Project.open(project_path)
    [s] = p.spans(p.document_id("1"), "g")
    assert s.text == "李明"
    p.close()
    [(_d, [layer])] = read_doccano(path, offsets="utf16")
    assert layer.spans[0].text == "议，"  # what a guess would have stored


def test_export_and_import_each_counting(tmp_path, project_path, capsys):
    text = "甲\r\n𠮷市委书记李明"
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "crlf", "text": text, "annotators": ["gold"],
                    "spans": [{"start": 4, "end": 8, "label": "TITLE", "annotator": "gold"},
                              {"start": 8, "end": 10, "label": "PERSON", "annotator": "gold"}]},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert main(["import", str(project_path), str(tmp_path / "d.jsonl")]) == 0
    want = {(4, 8, "TITLE"), (8, 10, "PERSON")}
    expected = {"utf16": [[5, 9, "TITLE"], [9, 11, "PERSON"]],
                "graphemes": [[3, 7, "TITLE"], [7, 9, "PERSON"]],
                "codepoints": [[4, 8, "TITLE"], [8, 10, "PERSON"]]}  # fmt: skip
    for counting, labels in expected.items():
        out = tmp_path / f"out-{counting}"
        code = main(["export", str(project_path), "-f", "doccano", "-o", str(out),
                     "--doccano-offsets", counting])  # fmt: skip
        assert code == 0
        recs = [json.loads(x) for x in (out / "all.jsonl").read_text(encoding="utf-8").splitlines()]
        [rec] = [r for r in recs if r["external_id"] == "crlf"]
        assert rec["label"] == labels and rec["civannot_offsets"] == counting
        card = (out / "README.md").read_text(encoding="utf-8")
        assert {"utf16": "UTF-16 code units", "graphemes": "grapheme clusters",
                "codepoints": "code points (Python string indices)"}[counting] in card  # fmt: skip
        # read back by its mark, without being told
        items = read_doccano(out / "all.jsonl")
        [(_d, [layer])] = [x for x in items if x[0].external_id == "crlf"]
        assert {(s.start, s.end, s.label) for s in layer.spans} == want
        # as it comes back from doccano (its own id added): the mark is no longer trusted
        rec2 = dict(rec, id=7)
        (tmp_path / "back.jsonl").write_text(json.dumps(rec2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")  # fmt: skip
        if counting == "codepoints":
            continue
        [(_d, [layer])] = read_doccano(tmp_path / "back.jsonl", offsets=counting)
        assert {(s.start, s.end, s.label) for s in layer.spans} == want
        # not told: what the texts allow, else the mark doccano kept, said in a note
        notes: list[str] = []
        [(_d, [layer])] = read_doccano(tmp_path / "back.jsonl", warnings=notes)
        assert {(s.start, s.end, s.label) for s in layer.spans} == want
        if counting == "graphemes":  # these offsets fit UTF-16 too, on other characters
            assert any("as civannot wrote them before this file went through doccano" in n
                       for n in notes)  # fmt: skip
    capsys.readouterr()
    code = main(["export", str(project_path), "-f", "jsonl", "-o", str(tmp_path / "x"),
                 "--doccano-offsets", "graphemes"])  # fmt: skip
    assert code == 2 and "goes with --format doccano" in capsys.readouterr().err


def test_grapheme_export_drops_a_span_inside_a_cluster(tmp_path):
    from civannot.formats._base import ExportDoc
    from civannot.records import Span

    text = "甲\r\n乙"
    doc = ExportDoc("d", text, [Span(0, 2, "ORG", "甲\r"), Span(3, 4, "GPE", "乙")])
    stats = write_doccano([doc], tmp_path / "g.jsonl", relation_form=False, offsets="graphemes")
    assert stats.dropped[("boundary inside a grapheme cluster", "ORG")] == 1
    rec = json.loads((tmp_path / "g.jsonl").read_text(encoding="utf-8"))
    assert rec["label"] == [[2, 3, "GPE"]]


# --- doccano: bad files (issue 20) ------------------------------------------------------------


@pytest.mark.parametrize(
    "content,message",
    [
        ('{"text": "市委书记张三", "entities": [{"id": [1], "label": "TITLE", "start_offset": 0, '
         '"end_offset": 4}], "relations": []}',
         ":1: entity id [1] is not a number or a string"),
        ('{"text": "市委书记张三", "label": [["0", 4, "TITLE"]]}',
         ":1: start '0' is not an integer"),
        ('{"text": "市委书记张三", "label": [[0, 4, "TITLE"], [2, 6, "PERSON"]]}',
         ":1: PERSON 2-6 overlaps TITLE 0-4 (spans of one layer do not overlap"),
        ('{"text": "市委书记张三", "label": [[0, ' + "9" * 5000 + ', "TITLE"]]}',
         ":1: not a record civannot can read"),
        ('{"text": "市委", "entities": [{"id": 1, "label": "TITLE", "start_offset": 0, '
         '"end_offset": 2}], "relations": [{"id": 1, "from_id": [1], "to_id": 1, "type": "X"}]}',
         ":1: relation 1: from_id/to_id must be entity ids"),
    ],
)  # fmt: skip
def test_doccano_bad_records(tmp_path, project_path, capsys, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content + "\n", encoding="utf-8")
    line = refused(capsys, project_path, ["--format", "doccano", str(path)])
    assert line.startswith(f"{path}{message}"), line
    # found by name and content with --format auto as well
    line = refused(capsys, project_path, [str(path)])
    assert message in line


def test_doccano_directive_may_contain_entities(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text('{"text": "要求张三抓好落实", "label": [[0, 8, "DIRECTIVE"], [2, 4, "PERSON"]]}\n',
                    encoding="utf-8")  # fmt: skip
    [(_d, [layer])] = read_doccano(path)
    assert len(layer.spans) == 2


def test_doccano_not_utf8(tmp_path, project_path, capsys):
    path = tmp_path / "gbk.jsonl"
    path.write_bytes('{"text": "市委书记", "label": [[0, 4, "TITLE"]]}\n'.encode("gb18030"))
    line = refused(capsys, project_path, ["--format", "doccano", str(path)])
    assert line.startswith(f"{path}:1: not UTF-8 text")


def test_brat_not_utf8_through_the_cli(tmp_path, project_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_bytes("市委书记".encode("gb18030"))
    line = refused(capsys, project_path, ["--format", "brat", str(folder)])
    assert line.startswith(f"{folder / 'a.txt'}: not UTF-8 text")


# --- Label Studio -----------------------------------------------------------------------------

MULTI = "市委书记张三强调：\r\n要压实责任，\n抓好落实。"


def ls_task(value: dict, text: str = MULTI) -> list:
    return [{"id": 5, "data": {"text": text}, "annotations": [{"completed_by": 2, "result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": value}]}]}]  # fmt: skip


def test_labelstudio_span_across_line_breaks(tmp_path):
    """Label Studio's front end stores the selection with every \\n and \\r as a literal \\n."""
    s, e = MULTI.index("要压实"), MULTI.index("抓好落实") + 4
    assert shown_text(MULTI[s:e]) == "要压实责任，\\n抓好落实"
    path = tmp_path / "ls.json"
    value = {"start": s, "end": e, "text": shown_text(MULTI[s:e]), "labels": ["DIRECTIVE"]}
    path.write_text(json.dumps(ls_task(value), ensure_ascii=False), encoding="utf-8")
    [(_d, [layer])] = read_labelstudio(path)
    assert layer.annotator == "user2" and layer.spans[0].text == MULTI[s:e]
    s = MULTI.index("张三强调")
    value = {"start": s, "end": s + 7, "text": "张三强调：\\n\\n", "labels": ["DIRECTIVE"]}
    path.write_text(json.dumps(ls_task(value), ensure_ascii=False), encoding="utf-8")
    [(_d, [layer])] = read_labelstudio(path)  # "\r\n" is two literal \n
    assert layer.spans[0].text == "张三强调：\r\n"


def test_labelstudio_json_min(tmp_path):
    """convert_to_json_min of label_studio_sdk: the task's data, the results under the control's
    name (value without type), annotator, annotation_id, ... one record per annotation."""
    recs = [
        {"text": "市委书记张三讲话", "external_id": "a", "id": 1,
         "label": [{"start": 0, "end": 4, "text": "市委书记", "labels": ["TITLE"]},
                   {"start": 4, "end": 6, "text": "张三", "labels": ["PERSON"]}],
         "annotator": "alice@example.org", "annotation_id": 11, "created_at": "x",
         "updated_at": "y", "lead_time": 3.5},
        {"text": "市委书记张三讲话", "external_id": "a", "id": 1,
         "label": [{"start": 4, "end": 6, "text": "张三", "labels": ["PERSON"]}],
         "annotator": 7, "annotation_id": 12, "created_at": "x", "updated_at": "y",
         "lead_time": 1.0},
        {"text": "没有标注", "id": 2},
    ]  # fmt: skip
    path = tmp_path / "min.json"
    path.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    warnings: list[str] = []
    items = read_labelstudio(path, warnings=warnings)
    assert [d.external_id for d, _ in items] == ["a", "2"]
    layers = {x.annotator: [(s.start, s.end, s.label) for s in x.spans] for x in items[0][1]}
    assert layers == {"alice@example.org": [(0, 4, "TITLE"), (4, 6, "PERSON")],
                      "user7": [(4, 6, "PERSON")]}  # fmt: skip
    assert items[1][1] == []
    assert any("JSON-MIN" in w and "relations" in w for w in warnings)


def test_labelstudio_json_min_from_label_studio_sdk(tmp_path):
    """Our JSON export turned into JSON-MIN by Label Studio's own converter, read back."""
    pytest.importorskip("label_studio_sdk")
    from label_studio_sdk.converter import Converter

    from civannot.formats._base import ExportDoc
    from civannot.formats.labelstudio import label_config, write_labelstudio
    from civannot.records import Span
    from civannot.schema import default_schema

    text = "𠮷田县县长𠮷祥主持会议，\r\n李明讲话。"
    spans = [Span(0, 3, "GPE", "𠮷田县"), Span(3, 5, "TITLE", "县长"),
             Span(5, 7, "PERSON", "𠮷祥"), Span(text.index("李明"), text.index("李明") + 2,
                                               "PERSON", "李明")]  # fmt: skip
    src = tmp_path / "tasks.json"
    write_labelstudio([ExportDoc("d1", text, spans)], src)
    tasks = json.loads(src.read_text(encoding="utf-8"))
    tasks[0]["id"] = 1
    src.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    conv = Converter(label_config(default_schema()), project_dir=str(tmp_path))
    conv.convert_to_json_min(str(src), str(tmp_path / "min"), is_dir=False)
    [(doc, [layer])] = read_labelstudio(tmp_path / "min" / "result.json")
    assert doc.text == text
    assert [(s.start, s.end, s.label) for s in layer.spans] == [
        (s.start, s.end, s.label) for s in spans]  # fmt: skip


def test_labelstudio_old_utf16_export_is_refused_loudly(tmp_path, project_path, capsys):
    text = "𠮷田县县长𠮷祥主持会议"
    # an old export: UTF-16 units (县长 at 3-5 in code points, 4-6 in UTF-16)
    path = tmp_path / "old.json"
    value = {"start": 4, "end": 6, "text": "县长", "labels": ["TITLE"]}
    path.write_text(json.dumps(ls_task(value, text), ensure_ascii=False), encoding="utf-8")
    line = refused(capsys, project_path, ["--format", "labelstudio", str(path)])
    assert "its offsets are UTF-16 units, as an older Label Studio counted them" in line


@pytest.mark.parametrize(
    "value,message",
    [
        ({"start": 0, "end": 4, "text": "市委书记", "labels": "TITLE"},
         "'labels' must be a list of label names, not 'TITLE'"),
        ({"start": 0, "end": 4, "text": "市委书记", "labels": [10 ** 50]},
         "'labels' must be a list of label names"),
        ({"start": "4", "end": 6, "text": "张三", "labels": ["PERSON"]},
         "span start '4' is not an integer"),
        ({"start": 0, "end": 6, "text": "市委书记张三", "labels": [["PERSON"]]},
         "'labels' must be a list of label names"),
    ],
)  # fmt: skip
def test_labelstudio_bad_values(tmp_path, project_path, capsys, value, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(ls_task(value, "市委书记张三讲话"), ensure_ascii=False),
                    encoding="utf-8")  # fmt: skip
    line = refused(capsys, project_path, ["--format", "labelstudio", str(path)])
    assert line.startswith(f"{path}: task 1: {message}"), line
    assert "outside the text" not in line


def test_labelstudio_huge_integer_and_overlap(tmp_path, project_path, capsys):
    path = tmp_path / "huge.json"
    path.write_text('[{"data": {"text": "市委"}, "annotations": [{"result": [{"value": '
                    '{"start": 0, "end": ' + "9" * 5000 + ', "labels": ["TITLE"]}}]}]}]',
                    encoding="utf-8")  # fmt: skip
    line = refused(capsys, project_path, ["--format", "labelstudio", str(path)])
    assert line.startswith(f"{path}: not a file civannot can read")
    value = [{"value": {"start": 0, "end": 4, "labels": ["TITLE"]}},
             {"value": {"start": 2, "end": 6, "labels": ["PERSON"]}}]  # fmt: skip
    path.write_text(json.dumps([{"data": {"text": "市委书记张三"},
                                 "annotations": [{"result": value}]}], ensure_ascii=False),
                    encoding="utf-8")  # fmt: skip
    line = refused(capsys, project_path, ["--format", "labelstudio", str(path)])
    assert line.startswith(f"{path}: task 1: PERSON 2-6 overlaps TITLE 0-4")


def test_import_foreign_round_trip_keeps_working(tmp_path):
    p = Project.create(tmp_path / "q.civ")
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "市委书记", "label": [[0, 4, "TITLE"]]}\n', encoding="utf-8")
    report = import_foreign(p, path, "doccano", label_map={"TITLE": "TITLE"})
    assert not report.errors and len(report.imported) == 1
    p.close()


def test_grapheme_counting_matches_doccanos_grapheme_splitter(tmp_path):
    """doccano's annotator (v-annotator, ``src/domain/models/Label/Text.ts``) counts with the npm
    package grapheme-splitter. Runs when CIVANNOT_GRAPHEME_SPLITTER names a node_modules folder
    holding it (``npm install grapheme-splitter``) and node is installed. Regional-indicator
    flags followed by combining marks, and Indic conjuncts, are left out of the sample: there
    grapheme-splitter's old rules and current Unicode differ (said in grapheme_starts)."""
    import os
    import random
    import shutil
    import subprocess

    modules = os.environ.get("CIVANNOT_GRAPHEME_SPLITTER")
    if not modules or not shutil.which("node"):
        pytest.skip("set CIVANNOT_GRAPHEME_SPLITTER to a node_modules with grapheme-splitter")
    script = tmp_path / "split.js"
    script.write_text(
        'const S = require("grapheme-splitter"); const s = new S();\n'
        'const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
        "console.log(JSON.stringify(texts.map(t => s.splitGraphemes(t).map(g => g.length))));\n",
        encoding="utf-8",
    )
    rng = random.Random(3)
    pool = "甲乙市委𠮷𡈼\r\n \u3000\u0301\u0308\ufe0f\U000e0100\u200d👨❤한\u1100\u1161a1，"
    texts = ["甲\r\n乙", "𠮷田县\r\n县长", "e\u0301", "👨\u200d👩\u200d👧", "a\u200d👨"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    run = subprocess.run(["node", str(script)], input=json.dumps(texts), capture_output=True,
                         text=True, encoding="utf-8", env={**os.environ, "NODE_PATH": modules},
                         timeout=120, check=True)  # fmt: skip
    for text, lengths in zip(texts, json.loads(run.stdout), strict=True):
        # JavaScript lengths are UTF-16 units: turn them into code-point starts
        bounds, units = {0}, 0
        for n in lengths:
            units += n
            bounds.add(units)
        cp_starts, u = [], 0
        for k, ch in enumerate(text):
            if u in bounds:
                cp_starts.append(k)
            u += 2 if ord(ch) > 0xFFFF else 1
        cp_starts.append(len(text))
        ours = grapheme_starts(text) or list(range(len(text) + 1))
        assert ours == cp_starts, repr(text)
