"""A database file saved by schema version 1 opens and upgrades without loss."""

from __future__ import annotations

import shutil
from pathlib import Path

from civannot.models import migrations
from civannot.models.tables import SCHEMA_VERSION
from civannot.project import Project
from civannot.session import Session

V1 = Path(__file__).parent / "data" / "project_v1.civ"


def test_upgrade_from_v1_keeps_everything(tmp_path):
    path = tmp_path / "old.civ"
    shutil.copy(V1, path)
    with Project.open(path) as p:
        assert migrations.read_version(p.db) == SCHEMA_VERSION
        assert p.uuid == "00000000-0000-4000-8000-000000000001"
        d = p.document_id("v1-doc")
        doc = p.document(d)
        assert doc.flags[0].kind == "pinyin"
        assert p.document_infos()[0].flag_count == 1  # derived by migration 2
        spans = p.spans(d, "alice")
        assert [(s.label, s.text, s.confidence) for s in spans] == [
            ("TITLE", "市委书记", None),
            ("PERSON", "王明远", None),
        ]
        rels = p.relations(d, "alice")
        assert [(r.type, r.head, r.tail) for r in rels] == [
            ("HOLDS_TITLE", spans[1].id, spans[0].id)
        ]
        assert p.completed("alice") == {d}
        assert p.spans(d, "auto")[0].label == "DATE"
        assert p.schema.guideline == "v1 guideline"
        assert p.search("王明远") == [d]  # the search index was built by the upgrade
        H = p.m.SpanHistory
        assert [(h.action, h.source) for h in H.select()] == [("add", "session")]
    # and it works as a current project afterwards
    s = Session(Project.open(path), "bob")
    s.add_span(d, 0, 6, "DATE")
    s.close()
    with Project.open(path) as p:
        assert [x.text for x in p.spans(d, "bob")] == ["10月13日"]


def test_fixture_is_really_version_1():
    import sqlite3

    con = sqlite3.connect(f"file:{V1}?mode=ro", uri=True)
    assert (
        con.execute("select value from project_meta where key='schema_version'").fetchone()[0]
        == "1"
    )
    cols = [r[1] for r in con.execute("pragma table_info(span)")]
    assert "confidence" not in cols
    con.close()


V2 = Path(__file__).parent / "data" / "project_v2.civ"


def test_upgrade_from_v2_gives_keys_and_never_reuses_an_id(tmp_path):
    """Schema 3: every span and relation gets a uid; ids come from a counter that starts past
    every id the file ever used, so the id freed by a removal is not handed out again."""
    path = tmp_path / "v2.civ"
    shutil.copy(V2, path)
    with Project.open(path) as p:
        assert migrations.read_version(p.db) == SCHEMA_VERSION >= 3
        d = p.document_id("v2-doc")
        spans = p.spans(d, "alice")
        assert [(s.label, s.text) for s in spans] == [("TITLE", "市委书记"), ("PERSON", "王明远")]
        assert all(s.uid and len(s.uid) == 32 for s in spans)
        assert len({s.uid for s in spans} | {p.spans(d, "auto")[0].uid}) == 3
        (rel,) = p.relations(d, "alice")
        assert rel.uid and (rel.head, rel.tail) == (spans[1].id, spans[0].id)
        assert p.spans(d, "auto")[0].confidence == 0.9
        assert p.completed("alice") == {d}
        assert p.assignments() == {"alice": [d], "bob": [p.document_id("v2-other")]}
        H = p.m.SpanHistory
        assert [h.action for h in H.select().order_by(H.id)] == [
            "add",  # the auto layer's import of schema 2 kept a history row
            "add",
            "add",
            "relation+",
            "add",
            "remove",
        ]
        removed_id = max(s.id for s in p.spans(d, "alice")) + 1  # the removed PERSON's id
    s = Session(Project.open(path), "alice")
    new = s.add_span(d, 33, 35, "PERSON").spans_added[0]
    assert new.id > removed_id and new.uid
    s.close()


V4 = Path(__file__).parent / "data" / "project_v4.civ"


def _raw_column(db) -> list[tuple]:  # noqa: ANN001 - a peewee database
    return db.execute_sql('SELECT external_id, raw IS NULL FROM "document" ORDER BY id').fetchall()


def test_upgrade_from_v4_stores_the_raw_text_only_where_it_differs(tmp_path):
    """Schema 5: a raw text equal to the clean one is NULL; readers still get it, the search
    index's triggers survive the change of the column, a repair keeps the old text as raw."""
    import sqlite3

    con = sqlite3.connect(f"file:{V4}?mode=ro", uri=True)
    assert (
        con.execute("select value from project_meta where key='schema_version'").fetchone()[0]
        == "4"
        and con.execute("select count(*) from document where raw = clean").fetchone()[0] == 1
    )
    con.close()
    path = tmp_path / "v4.civ"
    shutil.copy(V4, path)
    with Project.open(path) as p:
        assert migrations.read_version(p.db) == SCHEMA_VERSION >= 5
        assert p.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _raw_column(p.db) == [("v4-same", 1), ("v4-norm", 0)]
        notnull = {r[1]: r[3] for r in p.db.execute_sql('PRAGMA table_info("document")')}
        assert notnull["raw"] == 0 and notnull["clean"] == 1
        same, norm = p.document_id("v4-same"), p.document_id("v4-norm")
        d1, d2 = p.document(same), p.document(norm)
        assert d1.raw == d1.text and d1.text.startswith("10月13日")
        assert d2.raw == "１０月１５日，縣長李華到社區檢查創建工作 。" and d2.text != d2.raw
        assert [d.raw for d in p.documents([norm, same])] == [d2.raw, d1.raw]
        assert [d.raw for d in p.documents()] == [d1.raw, d2.raw]
        assert [s.text for s in p.spans(same, "alice")] == ["市委书记", "王明远"]
        assert p.search("王明远") == [same] and p.search("县长李华") == [norm]
        # new documents: NULL where normalisation changed nothing, the search index follows
        from civannot.records import DocumentInput

        p.import_batch(
            [(DocumentInput("new-same", "副县长张立新出席。"), []),
             (DocumentInput("new-norm", "副县长张立新出席。", raw="副縣長張立新出席。"), [])]
        )  # fmt: skip
        assert _raw_column(p.db)[2:] == [("new-same", 1), ("new-norm", 0)]
        assert p.search("张立新") == [p.document_id("new-same"), p.document_id("new-norm")]
        # a repair rewrites the clean text: the text it replaces stays the raw one
        assert p._write_text_row(same, "改" + d1.text[1:], None, [], expect=d1.text)
        after = p.document(same)
        assert after.raw == d1.text and after.text == "改" + d1.text[1:]
        assert p.search("改") == [same]
