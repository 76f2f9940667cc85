"""Writes tests/data/project_v1.civ: a project as schema version 1 (the first release) saved it.

Kept for reference; the .civ file is committed and must not be regenerated with newer code.
Run: python tests/data/make_v1_project.py
"""

import json
from pathlib import Path

import peewee as pw

from civannot.models import migrations
from civannot.models.tables import make_models
from civannot.schema import default_schema

out = Path(__file__).with_name("project_v1.civ")
out.unlink(missing_ok=True)
db = pw.SqliteDatabase(str(out), pragmas={"foreign_keys": 1})
db.connect()
migrations.upgrade(db, target=1)
m = make_models(db, version=1)
schema = default_schema()
with db.atomic():
    for k, v in {
        "app": "civannot",
        "uuid": "00000000-0000-4000-8000-000000000001",
        "kind": "project",
        "created": "2026-11-01T00:00:00",
        "schema": {
            "name": schema.name,
            "version": schema.version,
            "guideline_text": "v1 guideline",
        },
    }.items():
        m.ProjectMeta.create(key=k, value=json.dumps(v, ensure_ascii=False))
    for pos, lab in enumerate(schema.labels):
        m.Label.create(
            name=lab.name, kind=lab.kind, colour=lab.colour, shortcut=lab.shortcut, position=pos
        )
    for rel in schema.relations:
        m.RelationType.create(name=rel.name, head=json.dumps(rel.head), tail=json.dumps(rel.tail))
    auto = m.Layer.create(name="auto", kind="auto")
    m.Layer.create(name="gold", kind="gold")
    alice = m.Layer.create(name="alice", kind="annotator")
    text = "10月13日，云川市委书记王明远出席会议并讲话。他强调，各级各部门要压实责任。"
    doc = m.Document.create(
        external_id="v1-doc",
        title="云川市会议",
        raw=text,
        clean=text,
        length=len(text),
        flags=json.dumps([{"kind": "pinyin", "message": "3 groups"}]),
        content_hash="x" * 64,
    )
    t = m.Span.create(
        document=doc, layer=alice, start=9, end=13, label="TITLE", text="市委书记", author="alice"
    )
    p = m.Span.create(
        document=doc, layer=alice, start=13, end=16, label="PERSON", text="王明远", author="alice"
    )
    m.Span.create(
        document=doc, layer=auto, start=0, end=6, label="DATE", text="10月13日", origin="suggestion"
    )
    m.Relation.create(document=doc, layer=alice, type="HOLDS_TITLE", head=p, tail=t, author="alice")
    m.Assignment.create(document=doc, annotator="alice", status="done")
    m.SpanHistory.create(document=doc.id, layer="alice", span_id=p.id, action="add", author="alice")
db.execute_sql("VACUUM")
db.close()
print(out, out.stat().st_size)
