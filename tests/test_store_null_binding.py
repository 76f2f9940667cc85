"""None bound as NULL through an adapter that answers at once (civannot.store.store, session 33).

sqlite3 looks every parameter that is not an exact int, float or str up in its adapters; for
None it found none and went on to two attribute lookups (one of them an AttributeError made
and cleared) before binding NULL. Pre-annotation binds a None for every relation it writes (its
confidence), so the store registers an adapter for None that gives None back: the same NULL,
the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import civannot.store.store as store_module
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput

TEXT = "2023年5月3日，青山县委书记林晓东在东湖公园检查工作。"


def test_none_has_an_adapter_that_gives_none_back() -> None:
    adapter = sqlite3.adapters.get((type(None), sqlite3.PrepareProtocol))
    assert adapter is store_module._null
    assert adapter(None) is None


def test_none_is_still_bound_as_null_and_other_values_as_before() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a REAL, b TEXT, c INTEGER)")
    db.executemany("INSERT INTO t VALUES (?, ?, ?)", [(None, None, None), (0.5, "x", 3)])
    rows = db.execute("SELECT a, b, c, typeof(a), typeof(b), typeof(c) FROM t").fetchall()
    assert rows == [
        (None, None, None, "null", "null", "null"),
        (0.5, "x", 3, "real", "text", "integer"),
    ]
    # a query's parameter too: `IS ?` with None matches the NULL row only
    assert db.execute("SELECT COUNT(*) FROM t WHERE a IS ?", (None,)).fetchone() == (1,)


def test_relations_without_a_confidence_are_written_with_null(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "n.civ")
    p.import_batch([(DocumentInput("d1", TEXT), [])])
    doc = next(iter(p.documents(raw=False))).id
    # 青山县委 书记 林晓东
    spans = [(10, 14, "ORG", 0.9, "r.org"), (14, 16, "TITLE", 0.9, "r.title"),
             (16, 19, "PERSON", None, "r.person")]  # fmt: skip
    rels = [("HOLDS_TITLE", 2, 1, "relation.holds.adjacent")]
    p.replace_layer_rows(AUTO_LAYER, [(doc, spans, rels)], origin="suggestion")
    got_spans = p.db.execute_sql(
        "SELECT label, text, confidence, typeof(confidence) FROM span ORDER BY start"
    ).fetchall()
    assert got_spans == [("ORG", "青山县委", 0.9, "real"), ("TITLE", "书记", 0.9, "real"),
                         ("PERSON", "林晓东", None, "null")]  # fmt: skip
    got_rels = p.db.execute_sql(
        "SELECT type, confidence, typeof(confidence), provenance FROM relation"
    ).fetchall()
    assert got_rels == [("HOLDS_TITLE", None, "null", "relation.holds.adjacent")]
    p.close()
