from __future__ import annotations

import json
import sqlite3

import pytest

from civannot.project import Project, ProjectError
from civannot.records import DocumentInput, LayerInput, Span
from civannot.schema import SchemaError, default_schema, load_schema
from tests.helpers import TEXT_A, TEXT_B, make_project


def test_create_open_and_read_back(tmp_path):
    p = make_project(tmp_path)
    assert p.document_count() == 2
    infos = p.document_infos()
    assert [i.external_id for i in infos] == ["doc0", "doc1"]
    assert infos[1].length == len(TEXT_B)  # code points: 𠮷 counts once
    uuid = p.uuid
    p.close()
    q = Project.open(tmp_path / "p.civ")
    assert q.uuid == uuid
    assert q.document(q.document_id("doc0")).text == TEXT_A
    assert q.schema.label_names == default_schema().label_names
    assert "DIRECTIVE" in q.schema.guideline
    q.close()


def test_create_refuses_existing_file(tmp_path):
    make_project(tmp_path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(tmp_path / "p.civ")


def test_open_refuses_foreign_files(tmp_path):
    (tmp_path / "notes.civ").write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectError, match="not a civannot project"):
        Project.open(tmp_path / "notes.civ")
    con = sqlite3.connect(tmp_path / "other.db")
    con.execute("create table t (x)")
    con.commit()
    con.close()
    before = (tmp_path / "other.db").read_bytes()
    with pytest.raises(ProjectError, match="not a civannot project"):
        Project.open(tmp_path / "other.db")
    assert (tmp_path / "other.db").read_bytes() == before
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "missing.civ")


@pytest.mark.sqlite_only  # edits the file with sqlite3
def test_open_refuses_newer_schema(tmp_path):
    make_project(tmp_path).close()
    con = sqlite3.connect(tmp_path / "p.civ")
    con.execute("UPDATE project_meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="newer civannot"):
        Project.open(tmp_path / "p.civ")


@pytest.mark.sqlite_only  # the file's writer lock; a server arbitrates by itself
def test_readers_share_a_project_and_writers_take_turns(tmp_path):
    p = make_project(tmp_path)
    other = Project.open(tmp_path / "p.civ", who="civannot import")  # a second process
    assert other.document_count() == p.document_count()  # reading never waits
    with other.writing():
        with pytest.raises(ProjectError, match=r"being written by .*civannot import"):
            p._lock.acquire(timeout=0.2)  # type: ignore[union-attr]
        assert p.document_count() == 2
    p.set_meta("after", 1)  # the other writer is done: this one writes
    other.close()
    p.close()


def test_import_batch_is_atomic(tmp_path):
    p = make_project(tmp_path)
    good = (DocumentInput(external_id="new", text="新的文本"), [])
    bad = (
        DocumentInput(external_id="bad", text="短"),
        [LayerInput("alice", [Span(0, 5, "PERSON")])],  # outside the text
    )
    with pytest.raises(ProjectError, match="outside the text"):
        p.import_batch([good, bad])
    assert p.document_id("new") is None
    assert p.document_count() == 2


def test_import_batch_duplicates_and_layers(tmp_path):
    p = make_project(tmp_path)
    rep = p.import_batch([(DocumentInput(external_id="again", text=TEXT_A), [])])
    assert rep.imported == [] and len(rep.duplicates) == 1
    layer = LayerInput("alice", [Span(13, 16, "PERSON")], done=True)
    rep = p.import_batch([(DocumentInput(external_id="doc0", text=TEXT_A), [layer])])
    assert rep.layers_added == 1
    d = p.document_id("doc0")
    assert [(s.start, s.end, s.label, s.text) for s in p.spans(d, "alice")] == [
        (13, 16, "PERSON", "王明远")
    ]
    assert p.completed("alice") == {d}
    with pytest.raises(ProjectError, match="text differs"):
        p.import_batch([(DocumentInput(external_id="doc0", text="别的"), [])])


def test_search_finds_chinese_substrings(tmp_path):
    p = make_project(tmp_path)
    assert p.search("王明远") == [p.document_id("doc0")]
    assert p.search("会议") == [p.document_id("doc0"), p.document_id("doc1")]
    assert p.search("𠮷") == [p.document_id("doc1")]  # shorter than a trigram: LIKE
    assert p.search("不存在的词") == []


def test_stats_shape(tmp_path):
    p = make_project(tmp_path)
    d = p.document_id("doc0")
    p.import_batch(
        [(DocumentInput("doc0", TEXT_A), [LayerInput("bob", [Span(13, 16, "PERSON")], done=True)])]
    )
    p.assign([(d, "bob")])
    s = p.stats()
    assert s["documents"] == 2
    assert s["layers"]["bob"] == {"spans": 1, "documents_done": 1}
    assert s["labels"]["PERSON"] == 1
    assert s["assignments"] == {"bob": ["doc0"]}
    json.dumps(s)


def test_schema_file_checks(tmp_path):
    f = tmp_path / "s.json"
    f.write_text(
        '{"labels": [{"name": "A", "kind": "thing", "colour": "#000000"}]}', encoding="utf-8"
    )
    with pytest.raises(SchemaError, match="kind 'thing'"):
        load_schema(f)
    f.write_text("{not json", encoding="utf-8")
    with pytest.raises(SchemaError, match="not valid JSON: line 1"):
        load_schema(f)
    f.write_text(
        '{"labels": [{"name": "A", "colour": "#000000"}],'
        ' "relations": [{"name": "R", "head": ["A"], "tail": ["B"]}]}',
        encoding="utf-8",
    )
    with pytest.raises(SchemaError, match="tail label 'B' is not defined"):
        load_schema(f)
    f.write_text(
        '{"name": "mine", "labels": [{"name": "A", "colour": "#000000", "shortcut": "1"}]}',
        encoding="utf-8",
    )
    s = load_schema(f)
    p = Project.create(tmp_path / "x.civ", s)
    assert p.schema.label_names == ["A"] and p.schema.name == "mine"
    p.close()


def test_refused_import_leaves_no_stale_layer(tmp_path):
    """A layer created inside a rolled-back import must not be reused afterwards."""
    p = make_project(tmp_path)
    bad = (
        DocumentInput(external_id="doc0", text=TEXT_A),
        [LayerInput("newcomer", [Span(0, 500, "PERSON")])],  # outside the text: refused
    )
    with pytest.raises(ProjectError):
        p.import_batch([bad])
    assert "newcomer" not in p.layers()
    good = (
        DocumentInput(external_id="doc0", text=TEXT_A),
        [LayerInput("newcomer", [Span(13, 16, "PERSON")])],
    )
    p.import_batch([good])
    assert [s.text for s in p.spans(p.document_id("doc0"), "newcomer")] == ["王明远"]
    p.close()
