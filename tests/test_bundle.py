from __future__ import annotations

import json
import shutil
import sqlite3
import time

import pytest

from civannot.assignment import assign_project
from civannot.bundle import (
    BundleError,
    bundle_info,
    export_bundle,
    export_bundles,
    import_bundles,
)
from civannot.cli import main
from civannot.project import Project
from civannot.records import DocumentInput, Flag, LayerInput, Span
from civannot.session import Session

# fictional sentences; PERSON at 2-5 and TITLE at 5-7 in each, ORG somewhere after
TEXTS = [f"今天王明远书记在第{i}次会议上讲话，市委办公室负责落实，要求压实责任。" for i in range(6)]


def build_lead(tmp_path, name="lead.civ"):
    p = Project.create(tmp_path / name)
    items = []
    for i, t in enumerate(TEXTS):
        doc = DocumentInput(
            f"d{i}",
            t,
            raw=t.replace("，", ","),
            flags=[Flag("damage", 1, 2, "test flag")],
        )
        layers = []
        if i == 0:  # alice already has work in the lead before the bundles go out
            layers.append(LayerInput("alice", [Span(2, 5, "PERSON", t[2:5])]))
        items.append((doc, layers))
    p.import_batch(items)
    auto = {}
    for d in p.text_lengths():
        t = p.document(d).text
        auto[d] = (
            [
                Span(2, 5, "PERSON", t[2:5], "suggestion", "", None, 0.9),
                Span(5, 7, "TITLE", t[5:7], "suggestion", "", None, 0.8),
            ],
            [("HOLDS_TITLE", 0, 1)],
        )
    p.replace_layer("auto", auto)
    p.set_meta("lexicon", {"王明远": "PERSON"})
    return p


def dump(target) -> list[str]:
    """Every row of a project: a file's SQL dump, or a server project's rows table by table."""
    if isinstance(target, Project) and target.url is not None:
        rows = []
        for model in target.m.all:
            pk = model._meta.get_primary_keys()
            rows += [
                f"{model._meta.table_name} {r!r}" for r in model.select().order_by(*pk).tuples()
            ]
        return rows
    if isinstance(target, Project):
        target = target.path
    con = sqlite3.connect(target)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def triples(project, ext, layer):
    d = project.document_id(ext)
    return sorted((s.start, s.end, s.label) for s in project.spans(d, layer))


def layer_state(project, layer):
    out = {}
    for ext in sorted(f"d{i}" for i in range(6)):
        d = project.document_id(ext)
        if d is None:
            continue
        spans = {s.id: (s.start, s.end, s.label) for s in project.spans(d, layer)}
        rels = sorted((r.type, spans[r.head], spans[r.tail]) for r in project.relations(d, layer))
        out[ext] = (sorted(spans.values()), rels, project.status(d, layer))
    return out


def bundle_info_of(path):
    with Project.open(path) as b:
        return bundle_info(b)


def docs_of(project, annotator):
    return [project.document(d).external_id for d in project.assignments()[annotator]]


def first_doc(s: Session) -> int:
    return s.project.assignments()[s.annotator][0]


@pytest.fixture
def lead(tmp_path):
    p = build_lead(tmp_path)
    assign_project(p, ["alice", "bob", "chen"], 0.5, seed=2)
    yield p
    p.close()


def test_bundle_contents_and_commands(lead, tmp_path, capsys):
    out = tmp_path / "alice.civ"
    s = export_bundle(lead, "alice", out)
    assert s.documents == len(lead.assignments()["alice"])
    assert not (tmp_path / "alice.civ.part").exists()
    with Project.open(out) as b:
        assert b.kind == "bundle" and b.uuid != lead.uuid
        info = bundle_info(b)
        assert info.annotator == "alice" and info.source_project == lead.uuid
        assert b.schema == lead.schema and b.schema.guideline
        assert b.get_meta("lexicon") == {"王明远": "PERSON"}
        assert set(b.layers()) >= {"auto", "alice"} and "bob" not in b.layers()
        assert sorted(d.external_id for d in map(b.document, b.text_lengths())) == sorted(
            docs_of(lead, "alice")
        )
        for d in b.text_lengths():
            doc = b.document(d)
            lead_doc = lead.document(lead.document_id(doc.external_id))
            assert (doc.raw, doc.text, doc.offset_map) == (
                lead_doc.raw,
                lead_doc.text,
                lead_doc.offset_map,
            )
            assert [f.to_json() for f in doc.flags] == [f.to_json() for f in lead_doc.flags]
            assert len(b.spans(d, "auto")) == 2 and len(b.relations(d, "auto")) == 1
        assert b.assignments() == {"alice": sorted(b.text_lengths())}
    # every command works on it
    assert main(["stats", str(out), "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert list(st["assignments"]) == ["alice"]
    assert (
        main(
            [
                "export",
                str(out),
                "--format",
                "jsonl",
                "--out",
                str(tmp_path / "ex"),
                "--layer",
                "auto",
            ]
        )
        == 0
    )
    # refusals of export
    with pytest.raises(BundleError, match="already exists"):
        export_bundle(lead, "alice", out)
    with pytest.raises(BundleError, match="no assigned documents"):
        export_bundle(lead, "zoe", tmp_path / "zoe.civ")


def test_three_annotator_round_trip(lead, tmp_path):
    paths = {a: tmp_path / f"{a}.civ" for a in ("alice", "bob", "chen")}
    for a, p in paths.items():
        export_bundle(lead, a, p)

    # alice: relabels her pre-existing span, accepts suggestions, links, finishes a document
    with Project.open(paths["alice"]) as b:
        s = Session(b, "alice")
        d0 = b.document_id("d0")
        own = b.spans(d0, "alice")[0]
        s.resize_span(own.id, 2, 4)
        s.relabel_span(own.id, "ORG")  # a move and a relabel: one changed span
        d = b.assignments()["alice"][1]
        s.accept_suggestions([x.id for x in b.spans(d, "auto")])
        s.set_status(d, "done")
        alice_expect = layer_state(b, "alice")
    # bob: manual spans, a relation, a removal of one of his own
    with Project.open(paths["bob"]) as b:
        s = Session(b, "bob")
        d = first_doc(s)
        p1 = s.add_span(d, 2, 5, "PERSON").spans_added[0].id
        t1 = s.add_span(d, 5, 7, "TITLE").spans_added[0].id
        s.add_relation("HOLDS_TITLE", p1, t1)
        tmp = s.add_span(d, 16, 21, "ORG").spans_added[0].id
        s.remove_span(tmp)
        s.add_span(d, 16, 21, "ORG")
        s.set_status(d, "in_progress")
        bob_expect = layer_state(b, "bob")
    # chen: marks all done with nothing tagged (all O is a valid answer)
    with Project.open(paths["chen"]) as b:
        s = Session(b, "chen")
        for d in b.assignments()["chen"]:
            s.set_status(d, "done")
        chen_expect = layer_state(b, "chen")
    # the lead edits meanwhile too: a gold span somewhere, unaffected by the merge
    gold_doc = lead.document_id("d3")
    Session(lead, "lead").add_span(gold_doc, 2, 5, "PERSON", layer="gold")

    summary = import_bundles(lead, list(paths.values()))
    per = summary.per_annotator()
    assert per["chen"]["documents_done"] == len(lead.assignments()["chen"])
    assert per["bob"]["spans_added"] == 3 and per["bob"]["relations_added"] == 1
    assert per["alice"]["spans_added"] == 2 and per["alice"]["relations_added"] == 1
    assert per["alice"]["spans_changed"] == 1 and per["alice"]["spans_removed"] == 0
    assert not any(r.conflicts for r in summary.bundles)
    for a, expect in (("alice", alice_expect), ("bob", bob_expect), ("chen", chen_expect)):
        got = layer_state(lead, a)
        for ext, val in expect.items():
            assert got[ext] == val, (a, ext)
    assert triples(lead, "d3", "gold") == [(2, 5, "PERSON")]
    # provenance: which bundle and when
    H = lead.m.SpanHistory
    sources = {r.source for r in H.select().where(H.layer == "bob")}
    created = bundle_info_of(paths["bob"]).created
    assert sources == {f"bundle:bob.civ@{created}"}
    rendered = summary.render()
    assert "bob" in rendered and "per annotator" in rendered

    # idempotent: the same bundles again change nothing at all
    before = dump(lead)
    again = import_bundles(lead, list(paths.values()))
    assert dump(lead) == before
    assert all(not r.changed_anything for r in again.bundles)
    assert "nothing new" in again.render()

    # a later copy of the same bundle adds only what is new
    with Project.open(paths["bob"]) as b:
        s = Session(b, "bob")
        d = first_doc(s)
        s.add_span(d, 8, 9, "DATE")
        s.set_status(d, "done")
    later = import_bundles(lead, [paths["bob"]])
    r = later.bundles[0]
    assert (r.spans_added, r.spans_changed, r.spans_removed, r.statuses_changed) == (1, 0, 0, 1)
    bd = lead.assignments()["bob"][0]
    assert lead.status(bd, "bob") == "done"


def test_conflicting_edits_newer_wins_other_in_history(lead, tmp_path):
    ext = "d0"
    assert ext in docs_of(lead, "alice")  # seed 2 hands d0 (with alice's span) to her
    b1, b2 = tmp_path / "a1.civ", tmp_path / "a2.civ"
    export_bundle(lead, "alice", b1)
    export_bundle(lead, "alice", b2)
    with Project.open(b1) as b:
        sid = b.spans(b.document_id(ext), "alice")[0].id
        Session(b, "alice").relabel_span(sid, "ORG")  # older edit
    time.sleep(0.01)
    with Project.open(b2) as b:
        sid = b.spans(b.document_id(ext), "alice")[0].id
        Session(b, "alice").relabel_span(sid, "GPE")  # newer edit
    # imported in the "wrong" order on purpose: the newer edit must still win
    s1 = import_bundles(lead, [b2])
    s2 = import_bundles(lead, [b1])
    assert triples(lead, ext, "alice") == [(2, 5, "GPE")]
    assert s1.bundles[0].spans_changed == 1 and not s1.bundles[0].conflicts
    assert len(s2.bundles[0].conflicts) == 1 and s2.bundles[0].spans_changed == 0
    H = lead.m.SpanHistory
    rows = list(H.select().where((H.layer == "alice") & (H.action == "conflict")))
    assert len(rows) == 1
    assert json.loads(rows[0].before)["label"] == "ORG"  # the losing edit, kept in history
    assert json.loads(rows[0].after)["label"] == "GPE"
    assert rows[0].source.startswith("bundle:a1.civ@")
    # re-importing the losing bundle is still idempotent
    before = dump(lead)
    import_bundles(lead, [b1, b2])
    assert dump(lead) == before

    # the other way round: a newer edit in a bundle replaces an older one in the project
    b3 = tmp_path / "a3.civ"
    export_bundle(lead, "alice", b3)
    d0 = lead.document_id(ext)
    Session(lead, "lead").relabel_span(lead.spans(d0, "alice")[0].id, "LOC")
    time.sleep(0.01)
    with Project.open(b3) as b:
        sid = b.spans(b.document_id(ext), "alice")[0].id
        Session(b, "alice").relabel_span(sid, "DATE")
    s3 = import_bundles(lead, [b3])
    assert triples(lead, ext, "alice") == [(2, 5, "DATE")]
    assert s3.bundles[0].spans_changed == 1 and len(s3.bundles[0].conflicts) == 1
    rows = list(H.select().where((H.layer == "alice") & (H.action == "conflict")))
    assert json.loads(rows[-1].before)["label"] == "LOC"


def test_removed_top_span_whose_id_comes_back_is_a_new_span(lead, tmp_path):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)
    with Project.open(out) as b:
        s = Session(b, "bob")
        d = first_doc(s)
        s.add_span(d, 2, 5, "PERSON")
    import_bundles(lead, [out])
    with Project.open(out) as b:
        d = b.assignments()["bob"][0]
        sid = b.spans(d, "bob")[0].id
        Session(b, "bob").remove_span(sid)
    with Project.open(out) as b:  # a new session: MAX(id)+1 hands out the same id again
        d = b.assignments()["bob"][0]
        new = Session(b, "bob").add_span(d, 8, 11, "ORG").spans_added[0]
        assert new.id != sid
    r = import_bundles(lead, [out]).bundles[0]
    assert (r.spans_added, r.spans_removed, r.spans_changed) == (1, 1, 0)
    ext = lead.document(lead.assignments()["bob"][0]).external_id
    assert triples(lead, ext, "bob") == [(8, 11, "ORG")]


def test_overlap_with_a_newer_project_span_is_recorded_not_applied(lead, tmp_path):
    out = tmp_path / "chen.civ"
    export_bundle(lead, "chen", out)
    with Project.open(out) as b:
        s = Session(b, "chen")
        s.add_span(first_doc(s), 2, 7, "ORG")
    time.sleep(0.01)
    d = lead.assignments()["chen"][0]
    Session(lead, "chen").add_span(d, 4, 6, "PERSON")  # later, in the project
    r = import_bundles(lead, [out]).bundles[0]
    assert r.spans_added == 0 and len(r.conflicts) == 1
    assert [(s.start, s.end) for s in lead.spans(d, "chen")] == [(4, 6)]


@pytest.mark.parametrize(
    "kind",
    [
        "foreign",
        "truncated",
        "newer",
        pytest.param("project", marks=pytest.mark.sqlite_only),  # copies the lead's file
        "wrongtext",
    ],
)
def test_refusals_write_nothing(lead, tmp_path, kind):
    good = tmp_path / "alice.civ"
    export_bundle(lead, "alice", good)
    with Project.open(good) as b:
        s = Session(b, "alice")
        s.add_span(first_doc(s), 8, 11, "ORG")
    bad = tmp_path / f"{kind}.civ"
    if kind == "foreign":
        other = build_lead(tmp_path, "other.civ")
        assign_project(other, ["alice"], 0.0)
        export_bundle(other, "alice", bad)
        other.close()
        msg = "another project"
    elif kind == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
        msg = "truncated"
    elif kind == "newer":
        shutil.copy(good, bad)
        con = sqlite3.connect(bad)
        con.execute("UPDATE project_meta SET value = '99' WHERE key = 'schema_version'")
        con.commit()
        con.close()
        msg = "newer civannot"
    elif kind == "project":
        shutil.copy(lead.path, bad)
        msg = "not a bundle"
    else:
        shutil.copy(good, bad)
        con = sqlite3.connect(bad)
        con.execute(
            "UPDATE document SET clean = clean || '。' WHERE id = (SELECT MIN(id) FROM document)"
        )
        con.commit()
        con.close()
        msg = "differs"
    before = dump(lead)
    with pytest.raises(BundleError, match=msg):
        import_bundles(lead, [good, bad])  # the good one is not merged either
    assert dump(lead) == before
    # the reason reaches the command line as one line, exit 2
    assert main(["bundle", "import", lead.location, str(good), str(bad)]) == 2
    assert dump(lead) == before


def test_cli_export_import(lead, tmp_path, capsys):
    lead_path = lead.location
    lead.close()
    out = tmp_path / "b.civ"
    assert (
        main(["bundle", "export", lead_path, "--annotator", "bob", "--out", str(out), "--json"])
        == 0
    )
    ex = json.loads(capsys.readouterr().out)
    assert ex["annotator"] == "bob" and ex["documents"] >= 1
    with Project.open(out) as b:
        s = Session(b, "bob")
        d = first_doc(s)
        s.add_span(d, 2, 5, "PERSON")
        s.set_status(d, "done")
    assert main(["bundle", "import", lead_path, str(out), "--json"]) == 0
    im = json.loads(capsys.readouterr().out)
    assert im["annotators"]["bob"]["spans_added"] == 1
    assert im["annotators"]["bob"]["documents_done"] == 1
    assert main(["bundle", "import", lead_path, str(out)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert main(["bundle", "export", lead_path, "--annotator", "bob", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_export_bundles_names_do_not_collide(lead, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    first = export_bundles(lead, ["alice", "bob"], folder)
    second = export_bundles(lead, ["alice"], folder)
    names = {s.path for s in first + second}
    assert len(names) == 3


@pytest.mark.seeds
def test_seed_article_round_trip(tmp_path, seed_files):
    from civannot.text import normalize

    p = Project.create(tmp_path / "seed.civ")
    items = []
    for f in seed_files:
        n = normalize(f.read_text(encoding="utf-8"))
        items.append(
            (DocumentInput(f.stem, n.text, n.raw, n.offset_map.dumps(), flags=n.flags), [])
        )
    p.import_batch(items)
    assign_project(p, ["a"], 0.0)
    out = tmp_path / "a.civ"
    export_bundle(p, "a", out)
    with Project.open(out) as b:
        s = Session(b, "a")
        for d in b.assignments()["a"]:
            s.add_span(d, 0, 2, "ORG")
            s.set_status(d, "done")
    r = import_bundles(p, [out]).bundles[0]
    assert r.spans_added == len(seed_files) and r.documents_done == len(seed_files)
    for d in p.text_lengths():
        assert p.document(d).raw  # raw text untouched
    p.close()
