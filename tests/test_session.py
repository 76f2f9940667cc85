from __future__ import annotations

import pytest

from civannot.project import Project
from civannot.records import Span
from civannot.session import Session, SessionError
from tests.helpers import TEXT_A, TEXT_B, make_project


@pytest.fixture
def session(tmp_path):
    s = Session(make_project(tmp_path), "alice")
    yield s
    s.close()


def ids(session):
    return session.project.document_id("doc0"), session.project.document_id("doc1")


def triples(session, doc, layer="alice"):
    return [(s.start, s.end, s.label) for s in session.project.spans(doc, layer)]


def test_add_relabel_resize_remove_with_undo_redo(session):
    d0, _ = ids(session)
    seen = []
    session.subscribe(seen.append)
    ch = session.add_span(d0, 13, 16, "PERSON")
    sid = ch.spans_added[0].id
    assert ch.spans_added[0].text == "王明远" and ch.doc_id == d0 and ch.layer == "alice"
    session.relabel_span(sid, "TITLE")
    session.resize_span(sid, 13, 15)
    assert triples(session, d0) == [(13, 15, "TITLE")]
    assert session.undo_text.startswith("Resize TITLE")
    session.undo()
    assert triples(session, d0) == [(13, 16, "TITLE")]
    session.undo()
    assert triples(session, d0) == [(13, 16, "PERSON")]
    session.redo()
    session.redo()
    assert triples(session, d0) == [(13, 15, "TITLE")]
    session.remove_span(sid)
    assert triples(session, d0) == []
    session.undo()
    assert [s.id for s in session.project.spans(d0, "alice")] == [sid]  # same row comes back
    assert len(seen) == 9 and seen[-1].undo and seen[-1].spans_added[0].id == sid


def test_overlaps_follow_the_guideline(session):
    d0, _ = ids(session)
    session.add_span(d0, 13, 16, "PERSON")
    with pytest.raises(SessionError, match="overlap"):
        session.add_span(d0, 15, 17, "TITLE")
    with pytest.raises(SessionError, match="already there"):
        session.add_span(d0, 13, 16, "PERSON")
    # a DIRECTIVE may contain entities, but not another DIRECTIVE
    start = TEXT_A.index("各级")
    session.add_span(d0, start, len(TEXT_A) - 1, "DIRECTIVE")
    session.add_span(d0, start, start + 4, "ORG")
    with pytest.raises(SessionError, match="directive spans of one layer do not overlap"):
        session.add_span(d0, start + 2, len(TEXT_A), "DIRECTIVE")
    with pytest.raises(SessionError, match="not a range"):
        session.add_span(d0, 5, 500, "DATE")
    with pytest.raises(SessionError, match="not in this project's schema"):
        session.add_span(d0, 0, 2, "NOPE")


def test_relations_checked_and_undone_with_their_spans(session):
    d0, _ = ids(session)
    title = session.add_span(d0, 9, 13, "TITLE").spans_added[0].id
    person = session.add_span(d0, 13, 16, "PERSON").spans_added[0].id
    with pytest.raises(SessionError, match="HOLDS_TITLE goes from PERSON to TITLE"):
        session.add_relation("HOLDS_TITLE", title, person)
    rel = session.add_relation("HOLDS_TITLE", person, title).relations_added[0]
    assert [(r.type, r.head, r.tail) for r in session.project.relations(d0, "alice")] == [
        ("HOLDS_TITLE", person, title)
    ]
    ch = session.remove_span(title)
    assert ch.relations_removed == [rel.id]
    assert session.project.relations(d0, "alice") == []
    session.undo()
    assert [r.id for r in session.project.relations(d0, "alice")] == [rel.id]
    # relabelling the head to a label the relation does not allow drops the relation, undoably
    session.relabel_span(person, "ORG")
    assert session.project.relations(d0, "alice") == []
    session.undo()
    assert len(session.project.relations(d0, "alice")) == 1


def test_history_survives_switching_documents(session):
    d0, d1 = ids(session)
    session.add_span(d0, 0, 6, "DATE")
    session.add_span(d1, 0, 3, "GPE")  # 𠮷田县 is 3 code points
    assert triples(session, d1) == [(0, 3, "GPE")]
    assert session.project.spans(d1, "alice")[0].text == "𠮷田县"
    session.undo()
    session.undo()
    assert triples(session, d0) == [] and triples(session, d1) == []
    session.redo()
    assert triples(session, d0) == [(0, 6, "DATE")]


def test_status_and_append_only_history(session):
    d0, _ = ids(session)
    session.set_status(d0, "done")
    assert session.project.completed("alice") == {d0}
    session.undo()
    assert session.project.status(d0, "alice") == "todo"
    sid = session.add_span(d0, 13, 16, "PERSON").spans_added[0].id
    session.relabel_span(sid, "TITLE")
    session.undo()
    H = session.project.m.SpanHistory
    actions = [(h.action, h.source, h.author) for h in H.select().order_by(H.id)]
    assert actions == [
        ("status", "session", "alice"),
        ("status", "undo", "alice"),
        ("add", "session", "alice"),
        ("change", "session", "alice"),
        ("change", "undo", "alice"),
    ]


def test_accept_and_reject_suggestions(session):
    p = session.project
    d0, _ = ids(session)
    p.replace_layer(
        "auto",
        {
            d0: (
                [
                    Span(9, 13, "TITLE", origin="suggestion", author="auto", confidence=0.9),
                    Span(13, 16, "PERSON", origin="suggestion", author="auto", confidence=0.8),
                    Span(0, 6, "DATE", origin="suggestion", author="auto"),
                ],
                [("HOLDS_TITLE", 1, 0)],
            )
        },
    )
    auto = {s.label: s.id for s in p.spans(d0, "auto")}
    ch = session.accept_suggestions([auto["TITLE"], auto["PERSON"]])
    assert {s.origin for s in ch.spans_added} == {"suggestion"}
    mine = p.spans(d0, "alice")
    assert [(s.label, s.origin, s.author) for s in mine] == [
        ("TITLE", "suggestion", "alice"),
        ("PERSON", "suggestion", "alice"),
    ]
    assert [r.type for r in p.relations(d0, "alice")] == ["HOLDS_TITLE"]
    with pytest.raises(SessionError, match="already accepted"):
        session.accept_suggestions([auto["PERSON"]])
    session.reject_suggestion(auto["DATE"])
    assert [s.label for s in p.spans(d0, "auto")] == ["TITLE", "PERSON"]
    session.undo()
    assert len(p.spans(d0, "auto")) == 3
    session.undo()
    assert p.spans(d0, "alice") == [] and p.relations(d0, "alice") == []


@pytest.mark.sqlite_only  # reads the file with sqlite3
def test_changes_are_committed_at_once(session, tmp_path):
    d0, _ = ids(session)
    session.add_span(d0, 13, 16, "PERSON")
    import sqlite3

    con = sqlite3.connect(tmp_path / "p.civ")  # a second connection sees the commit
    assert con.execute("select count(*) from span").fetchone()[0] == 1
    con.close()


def test_layer_data_groups_by_document(session):
    d0, d1 = ids(session)
    session.add_span(d0, 13, 16, "PERSON")
    session.add_span(d1, 0, 3, "GPE")
    data = session.project.layer_data("alice")
    assert sorted(data) == [d0, d1]
    assert data[d1][0][0].text == "𠮷田县"
    assert TEXT_B.startswith("𠮷田县")
    assert isinstance(session.project, Project)


def test_group_is_one_undo_step(session):
    d0, _ = ids(session)
    with session.group("Decide region"):
        sid = session.add_span(d0, 13, 16, "PERSON").spans_added[0].id
        tid = session.add_span(d0, 9, 13, "TITLE").spans_added[0].id
        session.add_relation("HOLDS_TITLE", sid, tid)
    assert session.undo_text == "Decide region"
    ch = session.undo()
    assert triples(session, d0) == [] and set(ch.spans_removed) == {sid, tid}
    session.redo()
    assert len(session.project.relations(d0, "alice")) == 1
    with session.group("Just one"):
        session.remove_span(tid)
    assert session.undo_text == "Just one"


def test_set_meta_is_an_undoable_step_and_joins_a_group(session):
    p = session.project
    d0, _ = ids(session)
    seen = []
    session.subscribe(seen.append)
    ch = session.set_meta("notes", {"a": [1]}, "Note it")
    assert p.get_meta("notes") == {"a": [1]} and ch.meta_key == "notes" and ch.doc_id is None
    assert session.undo_text == "Note it" and session.undo_doc is None
    session.set_meta("notes", {"a": [1, 2]})
    with pytest.raises(SessionError, match="already has this value"):
        session.set_meta("notes", {"a": [1, 2]})
    with pytest.raises(SessionError, match="cannot be changed"):
        session.set_meta("uuid", "x")
    with pytest.raises(SessionError, match="notes"):
        session.set_meta("notes", {1, 2})  # not JSON
    session.undo()
    assert p.get_meta("notes") == {"a": [1]}
    session.undo()  # the key did not exist before: gone, not null
    assert p.get_meta("notes", "absent") == "absent"
    assert seen[-1].undo and seen[-1].meta_key == "notes"
    session.redo()
    assert p.get_meta("notes") == {"a": [1]}
    # with a document's spans in one group: one step, whose undo restores both
    sid = session.add_span(d0, 13, 16, "PERSON").spans_added[0].id
    with session.group("Decide: none"):
        session.remove_span(sid)
        session.set_meta("notes", {"none": [str(d0)]}, doc_id=d0)
    assert session.undo_text == "Decide: none" and session.undo_doc == d0
    ch = session.undo()
    assert ch.meta_key == "notes" and ch.layer == "alice" and ch.spans_added[0].id == sid
    assert p.get_meta("notes") == {"a": [1]} and triples(session, d0) == [(13, 16, "PERSON")]
    session.redo()
    assert p.get_meta("notes") == {"none": [str(d0)]} and triples(session, d0) == []
    # written elsewhere meanwhile: the undo is refused, the value written elsewhere stays
    p.set_meta("notes", {"other": True})
    with pytest.raises(SessionError, match="changed elsewhere"):
        session.undo()
    assert p.get_meta("notes") == {"other": True} and triples(session, d0) == []


def test_group_lets_an_error_through_and_keeps_what_committed(session):
    d0, d1 = ids(session)
    with pytest.raises(SessionError, match="overlap"):
        with session.group("Two steps"):
            session.add_span(d0, 13, 16, "PERSON")
            session.add_span(d0, 14, 15, "TITLE")  # refused
    assert triples(session, d0) == [(13, 16, "PERSON")]
    assert session.undo_text == "Two steps"
    with session.group("Across documents"):
        session.add_span(d0, 0, 6, "DATE")
        session.add_span(d1, 0, 3, "GPE")
    session.undo()  # documents stay separate steps
    assert triples(session, d1) == [] and (0, 6, "DATE") in triples(session, d0)
