"""Writes tests/data/project_v4.civ with the release of schema version 4 (every document's raw
text stored, the clean copy beside it).

Kept for reference; the .civ file is committed and must not be regenerated with newer code.
Run with the schema-4 release on the path, e.g. `git worktree add /tmp/v4 70aee88` then
`PYTHONPATH=/tmp/v4 python tests/data/make_v4_project.py`.
"""

from pathlib import Path

from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session
from civannot.text import normalize

out = Path(__file__).with_name("project_v4.civ")
for p in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
    p.unlink(missing_ok=True)
text = "10月13日，市委书记王明远主持召开创建全国文明城市工作推进会。王明远要求，各级要抓好整改。"
# traditional characters, full-width digits and a stray space: normalised, raw != clean
n = normalize("１０月１５日，縣長李華到社區檢查創建工作 。")
p = Project.create(out)
p.import_batch(
    [
        (
            DocumentInput("v4-same", text, title="推进会"),
            [LayerInput("auto", [Span(0, 6, "DATE", origin="suggestion", confidence=0.9)])],
        ),
        (
            DocumentInput(
                "v4-norm",
                n.text,
                raw=n.raw,
                offset_map=None if n.offset_map.is_identity() else n.offset_map.dumps(),
                flags=n.flags,
            ),
            [],
        ),
    ]
)
s = Session(p, "alice")
d = p.document_id("v4-same")
title = s.add_span(d, 7, 11, "TITLE").spans_added[0].id
person = s.add_span(d, 11, 14, "PERSON").spans_added[0].id
s.add_relation("HOLDS_TITLE", person, title)
s.set_status(d, "done")
p.assign([(d, "alice"), (p.document_id("v4-norm"), "bob")])
p.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
p.close()
print(out)
