"""Import from doccano, Label Studio and brat into a layer; native JSONL export; the CLI command."""

from __future__ import annotations

import json
import sys

import pytest

from civannot.export import export_project
from civannot.interop import import_foreign
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from test_export_project import SPECIAL, build  # noqa: E402


def spans_of(project: Project, ext: str, layer: str) -> set[tuple[int, int, str, str]]:
    return {
        (s.start, s.end, s.label, s.text) for s in project.spans(project.document_id(ext), layer)
    }


@pytest.mark.parametrize(
    "fmt,file", [("doccano", "all.jsonl"), ("labelstudio", "all.json"), ("brat", "")]
)
def test_export_then_import_into_a_new_project(tmp_path, fmt, file):
    src = build(tmp_path)
    export_project(src, fmt, tmp_path / "out")
    dst = Project.create(tmp_path / "b.civ")
    report = import_foreign(dst, tmp_path / "out" / file, fmt, layer="carol")
    assert not report.errors, report.errors
    assert len(report.imported) == 32
    ext = "special"
    assert dst.document(dst.document_id(ext)).text == SPECIAL
    want = {(a, b, lab, t) for a, b, lab, t in spans_of(src, ext, "gold")}
    assert spans_of(dst, ext, "carol") == want
    assert {r.type for r in dst.relations(dst.document_id(ext), "carol")} == {
        "HOLDS_TITLE",
        "ISSUED_BY",
    }
    assert dst.document_id("special") in dst.completed("carol")
    # importing the same file again into another layer adds layers, not documents
    again = import_foreign(dst, tmp_path / "out" / file, fmt, layer="dave")
    assert not again.errors and again.imported == [] and again.layers_added == 32
    src.close()
    dst.close()


def test_unknown_labels_refuse_the_whole_file(tmp_path):
    p = Project.create(tmp_path / "p.civ")
    f = tmp_path / "d.jsonl"
    f.write_text(
        '{"text": "市委书记", "label": [[0, 4, "TITLE"]]}\n{"text": "张三", "label": [[0, 2, "NAME"]]}\n',
        encoding="utf-8",
    )
    report = import_foreign(p, f, "doccano")
    assert report.errors == [
        f"{f}: labels not in the project schema: NAME (1) (map them with --label-map "
        "THEIRS=OURS,…, or THEIRS= to leave one out)"
    ]
    assert p.document_count() == 0
    bad = import_foreign(p, tmp_path / "missing.json", "labelstudio")
    assert "no such file" in bad.errors[0]
    p.close()


def test_native_jsonl_export_with_raw_offsets(tmp_path):
    from civannot.text import normalize

    raw = "? ? ? 本报讯 市委书记張國旺强调。\r\n"
    n = normalize(raw)
    p = Project.create(tmp_path / "r.civ")
    i = n.text.index("市委书记")
    spans = [
        Span(i, i + 4, "TITLE", n.text[i : i + 4]),
        Span(i + 4, i + 7, "PERSON", n.text[i + 4 : i + 7]),
    ]
    p.import_batch([(DocumentInput("r", n.text, raw=raw, offset_map=n.offset_map.dumps()),
                     [LayerInput("gold", spans, [("HOLDS_TITLE", 1, 0)], True)])])  # fmt: skip
    report = export_project(p, "jsonl", tmp_path / "j", raw_offsets=True)
    assert report.files == ["README.md", "all.jsonl"]
    [rec] = [
        json.loads(x)
        for x in (tmp_path / "j" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert rec["text"] == n.text and rec["raw"] == raw and rec["annotators"] == ["gold"]
    for s in rec["spans"]:
        assert rec["text"][s["start"] : s["end"]] == s["text"]
        assert normalize(rec["raw"][s["raw_start"] : s["raw_end"]]).text == s["text"]
    assert rec["relations"] == [
        {"type": "HOLDS_TITLE", "head": "s2", "tail": "s1", "annotator": "gold"}
    ]
    p.close()


def test_cli_export(tmp_path, capsys):
    from civannot.cli import main

    p = build(tmp_path)
    p.close()
    code = main(["export", str(tmp_path / "p.civ"), "--format", "bioes", "--out", str(tmp_path / "o"),
                 "--split", "0.8,0.2", "--seed", "5", "--labels", "PERSON,TITLE", "--json"])  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["splits"] == {"train": 26, "test": 6} and data["seed"] == 5
    assert set(data["labels"]["train"]) == {"PERSON", "TITLE"}
    code = main(
        ["export", str(tmp_path / "p.civ"), "--format", "bioes", "--out", str(tmp_path / "o")]
    )
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("civannot export: error:") and "not empty" in err and "\n" not in err
    code = main(["export", str(tmp_path / "p.civ"), "-f", "conll", "-o", str(tmp_path / "o2"),
                 "--layer", "nobody"])  # fmt: skip
    assert code == 2 and "no layer 'nobody'" in capsys.readouterr().err


def test_jsonl_export_import_export_is_identical(tmp_path):
    from civannot.formats.jsonl import read_jsonl

    src = build(tmp_path)
    export_project(src, "jsonl", tmp_path / "one")
    first = (tmp_path / "one" / "all.jsonl").read_text(encoding="utf-8")
    records = read_jsonl(first.splitlines(), "all.jsonl")
    dst = Project.create(tmp_path / "b.civ")
    dst.import_batch([(r.document, r.layers) for r in records])
    export_project(dst, "jsonl", tmp_path / "two")
    second = (tmp_path / "two" / "all.jsonl").read_text(encoding="utf-8")
    assert second == first
    assert "𠮷" in first and "\\r\\n" in first
    src.close()
    dst.close()
