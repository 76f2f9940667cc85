"""Provenance and confidence of suggestions survive native JSONL and bundles."""

import json

from civannot.assignment import assign_project
from civannot.bundle import export_bundle, import_bundles
from civannot.export import export_project
from civannot.importer import import_paths
from civannot.preannotate import preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput
from civannot.session import Session

TEXT = "市委书记王明远强调，要做好垃圾分类工作。副市长周文东出席会议。"


def make(tmp_path, name="p.civ"):
    p = Project.create(tmp_path / name)
    p.import_batch([(DocumentInput("d1", TEXT), []), (DocumentInput("d2", TEXT + "再见。"), [])])
    preannotate_project(p)  # the rules alone (no model in this project)
    return p


def test_native_jsonl_keeps_span_and_relation_provenance(tmp_path):
    p = make(tmp_path)
    try:
        rels_before = {
            (r.type, r.provenance) for d in p.text_lengths() for r in p.relations(d, AUTO_LAYER)
        }
        assert rels_before and all(prov for _, prov in rels_before)
        export_project(p, "jsonl", tmp_path / "out", layer=AUTO_LAYER)
    finally:
        p.close()
    path = next((tmp_path / "out").glob("*.jsonl"))
    rec = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    spans = {s["text"]: s for s in rec["spans"]}
    assert spans["市委书记"]["provenance"] == "title.chain"
    assert isinstance(spans["市委书记"]["confidence"], float)
    assert {r.get("provenance") for r in rec["relations"]} >= {"relation.holds.adjacent"}

    q = Project.create(tmp_path / "q.civ")
    try:
        res = import_paths(q, [path], workers=1)
        assert not res.refused
        d = q.document_id(rec["id"])
        layer = rec["spans"][0]["annotator"]
        got = {s.text: s for s in q.spans(d, layer)}
        assert got["市委书记"].provenance == "title.chain"
        assert got["市委书记"].confidence == spans["市委书记"]["confidence"]
        assert {(r.type, r.provenance) for r in q.relations(d, layer)} <= rels_before
        assert all(r.provenance for r in q.relations(d, layer))
    finally:
        q.close()


def test_jsonl_refuses_a_bad_provenance_in_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    rec = {"id": "x", "text": "王明远", "spans": [{"id": "s1", "start": 0, "end": 3,
           "label": "PERSON", "annotator": "a", "provenance": 7}]}  # fmt: skip
    bad.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    q = Project.create(tmp_path / "q.civ")
    try:
        res = import_paths(q, [bad], workers=1)
        assert res.refused and "provenance" in str(res.refused[0])
    finally:
        q.close()


def test_accepted_suggestions_keep_provenance_through_a_bundle(tmp_path):
    lead = make(tmp_path, "lead.civ")
    try:
        assign_project(lead, ["alice"], 0.0)
        out = tmp_path / "alice.civ"
        export_bundle(lead, "alice", out)
        with Project.open(out) as b:
            d = b.document_id("d1")
            autos = b.spans(d, AUTO_LAYER)
            assert {s.provenance for s in autos} >= {"title.chain", "person.after_title"}
            s = Session(b, "alice")
            s.accept_suggestions([a.id for a in autos])
        import_bundles(lead, [out])
        d = lead.document_id("d1")
        mine = {s.text: s for s in lead.spans(d, "alice")}
        assert mine["市委书记"].provenance == "title.chain" and mine["市委书记"].confidence
        assert mine["王明远"].provenance == "person.after_title"
        assert {r.provenance for r in lead.relations(d, "alice")} >= {"relation.holds.adjacent"}
    finally:
        lead.close()
