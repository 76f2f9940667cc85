"""Native JSONL: full validation with line numbers, layers, atomic files, the writer."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from civannot.formats._base import ExportDoc, FormatError
from civannot.formats.jsonl import read_jsonl, write_jsonl
from civannot.importer import import_paths
from civannot.project import Project
from civannot.records import Span

TEXT = "市委书记张三出席会议。"
GOOD = {
    "id": "d1",
    "text": TEXT,
    "meta": {"source": "test", "date": "2023-10-13"},
    "annotators": ["alice", "bob"],
    "spans": [
        {
            "id": "s1",
            "start": 0,
            "end": 4,
            "label": "TITLE",
            "text": "市委书记",
            "annotator": "alice",
        },
        {"id": "s2", "start": 4, "end": 6, "label": "PERSON", "annotator": "alice"},
    ],
    "relations": [{"type": "HOLDS_TITLE", "head": "s2", "tail": "s1", "annotator": "alice"}],
}


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.civ")
    yield p
    p.close()


def _lines(*records: object) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r for r in records]


def test_good_record_gives_layers() -> None:
    (rec,) = read_jsonl(_lines(GOOD), "f.jsonl")
    layers = {lay.annotator: lay for lay in rec.layers}
    assert set(layers) == {"alice", "bob"}
    assert layers["bob"].done and not layers["bob"].spans  # completed with no spans
    assert layers["alice"].relations == [("HOLDS_TITLE", 1, 0)]
    assert rec.document.meta["date"] == "2023-10-13"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{not json", "not JSON"),
        ({"text": TEXT}, "missing 'id'"),
        ({"id": "x"}, "needs 'text' or 'raw'"),
        ({"id": "x", "text": TEXT, "extra": 1}, "unknown field"),
        (
            {
                "id": "x",
                "text": TEXT,
                "spans": [{"start": 0, "end": 99, "label": "PERSON", "annotator": "a"}],
            },
            "outside the text",
        ),
        (
            {
                "id": "x",
                "text": TEXT,
                "spans": [
                    {"start": 0, "end": 2, "label": "PERSON", "text": "错", "annotator": "a"}
                ],
            },
            "differs",
        ),
        (
            {
                "id": "x",
                "text": TEXT,
                "spans": [{"start": 0, "end": 2, "label": "NOPE", "annotator": "a"}],
            },
            "not in the project's schema",
        ),
        (
            {"id": "x", "text": TEXT, "spans": [{"start": 0, "end": 2, "label": "PERSON"}]},
            "'annotator'",
        ),
        (
            {
                "id": "x",
                "text": TEXT,
                "relations": [{"type": "HOLDS_TITLE", "head": "s9", "tail": "s1"}],
            },
            "not the id of a span",
        ),
        (
            {
                "id": "x",
                "text": TEXT,
                "spans": [
                    {"id": "s1", "start": 0, "end": 2, "label": "PERSON", "annotator": "a"},
                    {"id": "s1", "start": 2, "end": 3, "label": "PERSON", "annotator": "a"},
                ],
            },
            "used twice",
        ),
        (
            {
                "id": "x",
                "raw": TEXT,
                "spans": [{"start": 0, "end": 2, "label": "PERSON", "annotator": "a"}],
            },
            "raw_start",
        ),
    ],
)
def test_bad_line_reported_with_its_number(bad: object, reason: str) -> None:
    with pytest.raises(FormatError) as e:
        read_jsonl(
            _lines(GOOD, "", bad),
            "f.jsonl",
            labels={"PERSON", "TITLE"},
            relation_types={"HOLDS_TITLE"},
        )
    assert str(e.value).startswith("f.jsonl:3: ")
    assert reason in str(e.value)


def test_duplicate_id_in_file() -> None:
    with pytest.raises(FormatError, match="f.jsonl:2: id 'd1' already used on line 1"):
        read_jsonl(_lines(GOOD, GOOD), "f.jsonl")


def test_raw_only_record_is_normalised_and_spans_mapped() -> None:
    raw = "? ? 市委書記(shū)張三出席會議。"
    rec = {
        "id": "r",
        "raw": raw,
        "spans": [
            {
                "start": 0,
                "end": 0,
                "raw_start": 13,
                "raw_end": 15,
                "label": "PERSON",
                "annotator": "a",
            }
        ],
    }
    (r,) = read_jsonl(_lines(rec), "f.jsonl")
    assert r.normalised and r.document.text == TEXT
    span = r.layers[0].spans[0]
    assert (span.start, span.end, span.text) == (4, 6, "张三")
    assert r.document.offset_map and r.document.raw == raw


def test_malformed_file_writes_nothing_and_layers_add_to_existing(
    project: Project, tmp_path: Path
) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text("\n".join(_lines(GOOD, {"id": "d2", "text": 5})) + "\n", encoding="utf-8")
    result = import_paths(project, [f])
    assert result.refused == [f"{f}:2: 'text' must be a string, not 5"]
    assert project.document_count() == 0  # atomic: line 1 was not written either
    g = tmp_path / "good.jsonl"
    g.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    result = import_paths(project, [g])
    assert result.report.imported == ["d1"] and result.report.layers_added == 2
    doc_id = project.document_id("d1")
    assert [s.label for s in project.spans(doc_id, "alice")] == ["TITLE", "PERSON"]
    assert project.completed("bob") == {doc_id}
    # the same id again with carol's layer adds it; a different text is refused
    carol = {
        "id": "d1",
        "text": TEXT,
        "annotators": ["carol"],
        "spans": [{"start": 6, "end": 10, "label": "TITLE", "annotator": "carol"}],
    }
    h = tmp_path / "carol.jsonl"
    h.write_text(json.dumps(carol, ensure_ascii=False), encoding="utf-8")
    result = import_paths(project, [h])
    assert result.report.layers_added == 1 and not result.refused
    assert project.document_count() == 1
    carol["text"] = "别的文本。"
    carol["spans"] = []
    h.write_text(json.dumps(carol, ensure_ascii=False), encoding="utf-8")
    result = import_paths(project, [h])
    assert result.refused and "differs" in result.refused[0]


def test_writer_round_trip() -> None:
    spans = [
        Span(0, 4, "TITLE", "市委书记", author="alice"),
        Span(4, 6, "PERSON", "张三", author="alice"),
    ]
    doc = ExportDoc(
        id="d1",
        text=TEXT,
        spans=spans,
        relations=[("HOLDS_TITLE", 1, 0)],
        meta={"date": "x"},
        annotators=["alice"],
    )
    buf = io.StringIO()
    stats = write_jsonl([doc], buf)
    assert stats.documents == 1 and stats.relations == 1
    (rec,) = read_jsonl(buf.getvalue().splitlines(), "out.jsonl")
    layer = rec.layers[0]
    assert [(s.start, s.end, s.label) for s in layer.spans] == [(0, 4, "TITLE"), (4, 6, "PERSON")]
    assert layer.relations == [("HOLDS_TITLE", 1, 0)] and layer.done


def test_line_separator_inside_a_string_is_not_a_record_break(tmp_path):
    """JSON allows U+2028/U+0085 unescaped in strings; JSON Lines breaks records at \\n only."""
    import json as _json

    from civannot.importer import import_paths
    from civannot.project import Project

    text = "市委书记王明\u2028出席会议\x85并讲话。"
    f = tmp_path / "odd.jsonl"
    f.write_text(
        _json.dumps({"id": "odd", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert "\u2028" in f.read_text(encoding="utf-8")
    with Project.create(tmp_path / "p.civ") as p:
        result = import_paths(p, [f], workers=1)
        assert result.refused == []
        assert p.document(p.document_id("odd")).text == text


def test_overlapping_entities_in_a_layer_refuse_the_file(tmp_path):
    import json as _json

    from civannot.importer import import_paths
    from civannot.project import Project

    text = "市委书记王明远出席会议并讲话，要求各部门压实责任。"
    ok = {"id": "ok", "text": "市长李华主持。"}
    bad = {
        "id": "bad",
        "text": text,
        "annotators": ["alice"],
        "spans": [
            {"id": "t", "start": 0, "end": 4, "label": "TITLE", "annotator": "alice"},
            {"id": "p", "start": 3, "end": 7, "label": "PERSON", "annotator": "alice"},
            # a DIRECTIVE containing entities is fine
            {"id": "d", "start": 0, "end": 24, "label": "DIRECTIVE", "annotator": "alice"},
        ],
    }
    f = tmp_path / "x.jsonl"
    f.write_text(
        "\n".join(_json.dumps(r, ensure_ascii=False) for r in (ok, bad)) + "\n", encoding="utf-8"
    )
    with Project.create(tmp_path / "p.civ") as p:
        result = import_paths(p, [f], workers=1)
        assert len(result.refused) == 1
        assert (
            "x.jsonl:2:" in result.refused[0]
            and "PERSON 3-7 overlaps TITLE 0-4" in result.refused[0]
        )
        assert p.document_count() == 0  # the whole file, line 1 included
        bad["spans"] = [bad["spans"][0], bad["spans"][2]]
        f.write_text(_json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
        assert import_paths(p, [f], workers=1).refused == []
