"""The adjudication's domain state without a display (issue 13 point 4): stepping across
documents, running a decision as one undo step, the decision trail, undo that returns to the
region just decided, and copying what everyone agrees on through the one pre-merge."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_ui_adjudication import (
    DATE,
    PERSON_A,
    PERSON_B,
    PERSON_LI,
    TITLE_LONG,
    TITLE_SHORT,
    build,
    gold_keys,
)

from civannot.adjudication_model import Adjudication, AdjudicationError
from civannot.project import Project
from civannot.review import DecisionError, read_none_marks, region_signature
from civannot.session import Session


@pytest.fixture
def model(tmp_path: Path):  # noqa: ANN201
    project = Project.open(build(tmp_path))
    m = Adjudication(Session(project, "lead"))
    m.load_documents()
    yield m
    project.close()


def test_the_model_needs_no_qt() -> None:
    code = (
        "import sys, civannot.adjudication_model, civannot.comments; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'civannot.ui'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_documents_regions_and_stepping_across_documents(model: Adjudication) -> None:
    p = model.project
    doc_a, doc_b = p.document_id("docA"), p.document_id("docB")
    # docC was completed by one annotator only
    assert [e.doc_id for e in model.entries] == [doc_a, doc_b]
    assert model.counts(doc_a, ["alice", "bob", "carol"])[0] == len(
        model.open_disagreements(doc_a, ["alice", "bob", "carol"], False)
    )
    order = [doc_a, doc_b]
    assert model.open(doc_a)
    first = model.region
    assert first is not None and first.kind == "span"
    # step through docA's disagreements, then on into docB
    seen = [region_signature(first)]
    while True:
        moved = model.step(+1, False, order)
        if moved.kind != "here":
            break
        seen.append(region_signature(model.region))
    assert moved.kind == "document" and moved.doc_id == doc_b and not moved.wrapped
    assert model.doc.id == doc_b and model.cursor.current == 0
    assert len(seen) == len(model.open_disagreements(doc_a, ["alice", "bob", "carol"], False))
    # back from docB's first region: docA again, at its last disagreement
    back = model.step(-1, False, order)
    assert back.kind == "document" and back.doc_id == doc_a
    assert model.cursor.current == len(model.disagreements) - 1
    # past the end of the list it goes round, and says so
    model.open(doc_b, at_end=True)
    around = model.step(+1, False, order)
    assert around.kind == "document" and around.doc_id == doc_a and around.wrapped
    assert not model.open(p.document_id("docC"))


def test_a_decision_is_one_undo_step_and_undo_returns_to_its_region(model: Adjudication) -> None:
    p = model.project
    doc_a, doc_b = p.document_id("docA"), p.document_id("docB")
    order = [doc_a, doc_b]
    model.open(doc_a)
    while model.region is not None and {v.key for v in model.region.versions} != {
        TITLE_SHORT,
        TITLE_LONG,
    }:
        assert model.step(+1, False, order).kind == "here"
    title_region = region_signature(model.region)
    name, reading = model.reading_of(2)  # bob: 云川市委书记
    assert name == "bob" and reading == [TITLE_LONG]
    steps = len(model.session._undo)
    assert model.decide(reading, "Adjudicate: bob's version")
    assert len(model.session._undo) == steps + 1  # one step, however many commands
    assert TITLE_LONG in gold_keys(p, doc_a) and model.settled(model.region)
    assert not model.decide(reading, "again")  # gold holds it already
    # decide "nothing here" on the next undecided region of another document, then undo twice
    moved = model.advance(order)
    while moved.kind == "here":
        moved = model.advance(order)
    assert moved.kind == "document" and model.doc.id == doc_b
    here = region_signature(model.region)
    assert model.decide([], "Adjudicate: none")
    assert here in read_none_marks(p)[doc_b]
    assert model.history(undo=True) is False  # the none mark goes; same document
    assert here not in read_none_marks(p).get(doc_b, set())
    assert region_signature(model.region) == here
    # undoing the title decision opens docA again at the title region
    assert model.history(undo=True) is True
    assert model.doc.id == doc_a and region_signature(model.region) == title_region
    assert TITLE_LONG not in gold_keys(p, doc_a)
    assert model.history(undo=False) is False  # redo: back in gold, same place
    assert TITLE_LONG in gold_keys(p, doc_a) and region_signature(model.region) == title_region
    assert model.history(undo=False) is True  # the none mark again: docB, its region
    assert model.doc.id == doc_b and region_signature(model.region) == here
    assert here in read_none_marks(p)[doc_b]
    with pytest.raises(AdjudicationError, match="nothing to redo"):
        model.history(undo=False)


def test_refusals_change_nothing(model: Adjudication) -> None:
    p = model.project
    doc_b = p.document_id("docB")
    model.open(doc_b)
    with pytest.raises(AdjudicationError, match="annotators here"):
        model.reading_of(9)
    region = model.region
    # two overlapping versions at once: one of them only
    keys = [v.key for v in region.versions]
    if len(keys) > 1:
        with pytest.raises(DecisionError, match="overlap"):
            model.decide(keys[:2], "Adjudicate: both")
    assert gold_keys(p, doc_b) == []


def test_copy_agreed_is_the_cli_premerge_as_one_undo_step(model: Adjudication) -> None:
    p = model.project
    doc_a, doc_b = p.document_id("docA"), p.document_id("docB")
    model.open(doc_b)
    # docB: everyone agrees on 𠮷祥 only (李华 is alice's alone, 𠮷田县 is GPE/GPE/ORG)
    done = model.copy_agreed("Adjudicate: copy agreed")
    assert (done.spans, done.relations, done.skipped) == (1, 0, 0)
    assert gold_keys(p, doc_b) == [PERSON_B]
    assert PERSON_LI not in gold_keys(p, doc_b)
    again = model.copy_agreed("Adjudicate: copy agreed")
    assert (again.spans, again.relations) == (0, 0)
    model.history(undo=True)
    assert gold_keys(p, doc_b) == []
    # docA: DATE is agreed by all three; a gold span already over it keeps its place
    model.open(doc_a)
    model.session.add_span(doc_a, DATE[0], DATE[1] - 1, "DATE", layer="gold")
    model.refresh_gold()
    done = model.copy_agreed("Adjudicate: copy agreed")
    assert done.skipped == 1 and DATE not in gold_keys(p, doc_a)
    assert PERSON_A not in gold_keys(p, doc_a)  # carol has no PERSON: not unanimous


def test_regions_follow_the_one_overlap_rule_with_two_directive_labels() -> None:
    """Two directive-kind labels are one overlap class for the store; a region groups them, so
    the lead decides between them and gold never gets two overlapping directives."""
    from civannot.agreement.adjudication import regions
    from civannot.records import Span

    a = [Span(0, 10, "DIRECTIVE", "x" * 10), Span(2, 4, "PERSON", "xx")]
    b = [Span(0, 8, "REQUIREMENT", "x" * 8), Span(2, 4, "PERSON", "xx")]
    regs = regions({"a": a, "b": b}, ["a", "b"], ["DIRECTIVE", "REQUIREMENT"])
    spans = [r for r in regs if r.kind == "span"]
    assert len(spans) == 2
    (directive,) = [r for r in spans if not r.agreed]
    assert {v.key for v in directive.versions} == {(0, 10, "DIRECTIVE"), (0, 8, "REQUIREMENT")}
