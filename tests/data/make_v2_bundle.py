"""Writes tests/data/bundle_v2_lead.civ and tests/data/bundle_v2.civ with the release before the
store (schema version 2): a lead's project and a bundle of it that its annotator edited, where
the bundle's session handed out a removed span's id again (MAX(id)+1), as that release did.

Kept for reference; the .civ files are committed and must not be regenerated with newer code.
Run with the schema-2 release on the path, e.g. `git archive 7af70fa civannot resources | tar
-x -C /tmp/v2` (civannot/resources a link to ../resources) then
`PYTHONPATH=/tmp/v2 python tests/data/make_v2_bundle.py`.
"""

from pathlib import Path

from civannot.bundle import export_bundle
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session

here = Path(__file__).parent
lead_path, bundle_path = here / "bundle_v2_lead.civ", here / "bundle_v2.civ"
for f in (lead_path, bundle_path):
    for p in (f, Path(f"{f}-wal"), Path(f"{f}-shm")):
        p.unlink(missing_ok=True)
text = "今天王明远书记在第一次会议上讲话，市委办公室负责落实，要求压实责任。"
lead = Project.create(lead_path)
lead.import_batch(
    [
        (
            DocumentInput("v2-b1", text),
            [LayerInput("alice", [Span(2, 5, "PERSON"), Span(5, 7, "TITLE"), Span(17, 22, "ORG")])],
        ),
        (DocumentInput("v2-b2", "县长李华到社区检查创建工作。"), []),
    ]
)
d1, d2 = lead.document_id("v2-b1"), lead.document_id("v2-b2")
lead.assign([(d1, "alice"), (d2, "alice")])
person, title, org = (s.id for s in lead.spans(d1, "alice"))
s = Session(lead, "alice")
s.add_relation("HOLDS_TITLE", person, title)
export_bundle(lead, "alice", bundle_path)
lead.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
lead.close()

b = Project.open(bundle_path)
s = Session(b, "alice")
s.remove_span(org)  # the highest span id: the next session hands it out again
s.resize_span(person, 2, 4)
s.set_status(d1, "done")
b.close()
b = Project.open(bundle_path)
new = Session(b, "alice").add_span(d2, 0, 2, "TITLE").spans_added[0]
assert new.id == org, (new.id, org)  # the id came back for another span, in another document
b.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
b.close()
print(lead_path, bundle_path)
