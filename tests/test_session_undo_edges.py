"""Issue 22: undo never loses a step (four edge cases), and a model-based test of the session."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from civannot.project import Project
from civannot.session import Session, SessionError
from tests.helpers import make_project


@pytest.fixture
def session(tmp_path):
    s = Session(make_project(tmp_path), "alice")
    yield s
    s.close()


def doc0(s: Session) -> int:
    d = s.project.document_id("doc0")
    assert d is not None
    return d


def test_repeated_id_in_remove_spans_is_removed_once_and_undoes(session):
    d = doc0(session)
    sid = session.add_span(d, 13, 16, "PERSON").spans_added[0].id
    session.remove_spans([sid, sid])
    assert session.project.spans(d, "alice") == []
    session.undo()
    assert [s.id for s in session.project.spans(d, "alice")] == [sid]
    assert session.can_redo and session.can_undo


def test_a_refused_undo_keeps_its_step(session):
    d = doc0(session)
    sid = session.add_span(d, 13, 16, "PERSON").spans_added[0].id
    session.relabel_span(sid, "TITLE")
    # another writer moves the span meanwhile: the undo is refused and stays on the stack
    mark = session.project.db.param
    session.project.db.execute_sql(
        f'UPDATE span SET "end" = 15, text = {mark} WHERE id = {mark}', ("王明", sid)
    )
    with pytest.raises(SessionError, match="changed elsewhere"):
        session.undo()
    assert session.can_undo and session.undo_text.startswith("Relabel")
    assert not session.can_redo


def test_unknown_document_is_the_sessions_error(session):
    with pytest.raises(SessionError, match="no document 999"):
        session.add_span(999, 0, 2, "DATE")
    with pytest.raises(SessionError, match="no document 999"):
        session.set_status(999, "done")


def test_undo_of_a_first_status_leaves_no_row(session):
    d = doc0(session)
    before = session.project.annotators()
    session.set_status(d, "done", annotator="carol")
    assert "carol" in session.project.annotators()
    session.undo()
    assert session.project.statuses("carol") == {}
    assert session.project.annotators() == before
    session.redo()
    assert session.project.statuses("carol") == {d: "done"}


def test_undo_removes_a_layer_the_command_created(session):
    d = doc0(session)
    layers = session.project.layers()
    session.add_span(d, 0, 2, "DATE", layer="bob")
    assert "bob" in session.project.layers()
    session.undo()
    assert session.project.layers() == layers
    assert "bob" not in session.project.annotators()
    session.redo()
    assert [(s.start, s.end) for s in session.project.spans(d, "bob")] == [(0, 2)]


# ---- model-based test ------------------------------------------------------------------------

LABELS = ["PERSON", "TITLE", "ORG", "DATE", "DIRECTIVE", "NOPE"]
LAYERS = ["alice", "bob"]


class SessionMachine(RuleBasedStateMachine):
    """Random valid and invalid commands, undo/redo and reopening, checked against a plain
    model of the layers after every step: a refused command changes nothing, undo and redo
    restore exactly."""

    def __init__(self) -> None:
        super().__init__()
        import tempfile
        from pathlib import Path

        self.tmp = tempfile.TemporaryDirectory()
        self.project = make_project(Path(self.tmp.name))
        self.path = self.project.location
        self.s = Session(self.project, "alice")
        self.docs = [self.project.document_id("doc0"), self.project.document_id("doc1")]
        self.texts = {d: self.project.document(d).text for d in self.docs}
        # model: states after each step; undo/redo move along them
        self.history: list[dict] = [self.snapshot()]
        self.pos = 0

    def snapshot(self) -> dict:
        p = self.s.project
        out = {}
        for d in self.docs:
            for layer in LAYERS:
                spans = frozenset((s.start, s.end, s.label) for s in p.spans(d, layer))
                by_id = {s.id: (s.start, s.end, s.label) for s in p.spans(d, layer)}
                rels = frozenset(
                    (r.type, by_id[r.head], by_id[r.tail]) for r in p.relations(d, layer)
                )
                status = p.statuses_of([d], layer).get(d)
                out[(d, layer)] = (spans, rels, status)
        return out

    def step(self, fn) -> None:
        try:
            fn()
        except SessionError:
            assert self.snapshot() == self.history[self.pos], "a refused command changed data"
            return
        del self.history[self.pos + 1 :]
        self.history.append(self.snapshot())
        self.pos += 1

    def any_span(self, data, layer=None):
        spans = [
            s
            for d in self.docs
            for ly in ([layer] if layer else LAYERS)
            for s in self.s.project.spans(d, ly)
        ]
        return data.draw(st.sampled_from(spans)) if spans else None

    @rule(
        d=st.integers(0, 1),
        start=st.integers(-1, 40),
        length=st.integers(0, 6),
        label=st.sampled_from(LABELS),
        layer=st.sampled_from(LAYERS),
    )
    def add(self, d, start, length, label, layer):
        self.step(lambda: self.s.add_span(self.docs[d], start, start + length, label, layer=layer))

    @rule(data=st.data())
    def remove(self, data):
        s = self.any_span(data)
        if s is not None:
            self.step(lambda: self.s.remove_spans([s.id, s.id]))

    @rule(data=st.data(), label=st.sampled_from(LABELS))
    def relabel(self, data, label):
        s = self.any_span(data)
        if s is not None:
            self.step(lambda: self.s.relabel_span(s.id, label))

    @rule(data=st.data(), start=st.integers(-1, 40), length=st.integers(0, 6))
    def resize(self, data, start, length):
        s = self.any_span(data)
        if s is not None:
            self.step(lambda: self.s.resize_span(s.id, start, start + length))

    @rule(data=st.data(), rtype=st.sampled_from(["HOLDS_TITLE", "ISSUED_BY"]))
    def link(self, data, rtype):
        a, b = self.any_span(data), self.any_span(data)
        if a is not None and b is not None:
            self.step(lambda: self.s.add_relation(rtype, a.id, b.id))

    @rule(
        d=st.integers(0, 1),
        status=st.sampled_from(["todo", "in_progress", "done"]),
        layer=st.sampled_from(LAYERS),
    )
    def status(self, d, status, layer):
        self.step(lambda: self.s.set_status(self.docs[d], status, annotator=layer))

    @precondition(lambda self: self.pos > 0)
    @rule()
    def undo(self):
        self.s.undo()
        self.pos -= 1

    @precondition(lambda self: self.pos < len(self.history) - 1)
    @rule()
    def redo(self):
        self.s.redo()
        self.pos += 1

    @rule()
    def reopen(self):
        # a new process: the undo history is gone, the data stays
        self.s.close()
        self.s = Session(Project.open(self.path), "alice")
        self.history = [self.history[self.pos]]
        self.pos = 0

    @invariant()
    def matches_model(self):
        assert self.snapshot() == self.history[self.pos]
        assert self.s.can_undo == (self.pos > 0)
        assert self.s.can_redo == (self.pos < len(self.history) - 1)

    def teardown(self):
        self.s.close()
        self.tmp.cleanup()


SessionMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("CIVANNOT_STATEFUL_EXAMPLES", "25")),
    stateful_step_count=int(os.environ.get("CIVANNOT_STATEFUL_STEPS", "30")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestSessionModel = SessionMachine.TestCase
