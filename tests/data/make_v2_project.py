"""Writes tests/data/project_v2.civ with the release before the store (schema version 2).

Kept for reference; the .civ file is committed and must not be regenerated with newer code.
Run with the schema-2 release on the path, e.g. `git worktree add /tmp/v2 7af70fa` then
`PYTHONPATH=/tmp/v2 python tests/data/make_v2_project.py`.
"""

from pathlib import Path

from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session

out = Path(__file__).with_name("project_v2.civ")
for p in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
    p.unlink(missing_ok=True)
text = "10月13日，市委书记王明远主持召开创建全国文明城市工作推进会。王明远要求，各级要抓好整改。"
p = Project.create(out)
p.import_batch(
    [
        (
            DocumentInput("v2-doc", text, title="推进会"),
            [LayerInput("auto", [Span(0, 6, "DATE", origin="suggestion", confidence=0.9)])],
        ),
        (DocumentInput("v2-other", "县长李华到社区检查创建工作。"), []),
    ]
)
s = Session(p, "alice")
d = p.document_id("v2-doc")
title = s.add_span(d, 7, 11, "TITLE").spans_added[0].id
person = s.add_span(d, 11, 14, "PERSON").spans_added[0].id
s.add_relation("HOLDS_TITLE", person, title)
gone = s.add_span(d, 33, 35, "PERSON").spans_added[0].id
s.remove_span(gone)  # the highest id is free again: schema 2 would hand it out twice
s.set_status(d, "done")
p.assign([(d, "alice"), (p.document_id("v2-other"), "bob")])
p.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
p.close()
print(out)
