"""The store's checks of one command on a long article: whether it reads the spans near the
change (a few documents) or whole layers (a bulk change), it refuses the same writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from civannot.project import Project
from civannot.records import DocumentInput
from civannot.session import Session
from civannot.store import store as store_module
from civannot.store.ops import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    RelationRow,
    RemoveSpan,
    SpanRow,
    new_uid,
)
from civannot.store.store import StoreError

TEXT = "市委书记张三出席会议。" * 200  # 2,200 characters: spans far apart


@pytest.fixture(params=["narrow", "whole"])
def setup(request, tmp_path: Path, monkeypatch):  # noqa: ANN001, ANN201
    if request.param == "whole":
        monkeypatch.setattr(store_module, "NARROW_PAIRS", 0)
    project = Project.create(tmp_path / "p.civ")
    project.import_batch([(DocumentInput("d", TEXT), [])])
    doc = project.document_id("d")
    s = Session(project, "alice")
    for k in range(0, 200, 10):  # TITLE 市委书记 and PERSON 张三 in every tenth sentence
        at = 11 * k
        title = s.add_span(doc, at, at + 4, "TITLE").spans_added[0]
        person = s.add_span(doc, at + 4, at + 6, "PERSON").spans_added[0]
        s.add_relation("HOLDS_TITLE", person.id, title.id)
    s.add_span(doc, 0, 0 + 6, "TITLE", layer="bob")
    yield project, doc
    project.close()


def rows(project: Project, doc: int, layer: str = "alice") -> list[SpanRow]:
    return sorted(project.store.current_spans({doc}, {layer}).values(), key=lambda r: r.start)


def apply(project: Project, ops: list) -> None:  # noqa: ANN001
    project.store.apply(ops, description="test", author="alice")


def test_refusals_are_the_same_near_and_whole(setup) -> None:  # noqa: ANN001
    project, doc = setup
    spans = rows(project, doc)
    rels = list(project.store.current_relations({doc}, {"alice"}).values())
    last_title = spans[-2]  # far from the start, with a relation on it
    assert last_title.label == "TITLE"
    new = SpanRow(10_000, new_uid(), doc, "alice", last_title.start + 1, last_title.start + 3,
                  "ORG", TEXT[last_title.start + 1 : last_title.start + 3])  # fmt: skip
    with pytest.raises(StoreError, match="would overlap TITLE"):
        apply(project, [AddSpan(new)])
    same = new.with_(start=last_title.start, end=last_title.end, label="TITLE",
                     text=last_title.text)  # fmt: skip
    with pytest.raises(StoreError, match="is already there"):
        apply(project, [AddSpan(same)])
    with pytest.raises(StoreError, match="would point at span"):
        apply(project, [RemoveSpan(last_title)])
    rel = next(r for r in rels if r.tail == last_title.id)
    twin = RelationRow(10_001, new_uid(), doc, "alice", rel.type, rel.head, rel.tail)
    with pytest.raises(StoreError, match="is already there"):
        apply(project, [AddRelation(twin)])
    bob = rows(project, doc, "bob")[0]
    across = RelationRow(10_002, new_uid(), doc, "alice", "HOLDS_TITLE", rel.head, bob.id)
    with pytest.raises(StoreError, match="not in layer alice"):
        apply(project, [AddRelation(across)])
    relabel = last_title.with_(label="ORG")
    with pytest.raises(StoreError, match="goes from"):
        apply(project, [ChangeSpan(last_title, relabel)])
    stale = last_title.with_(start=last_title.start + 1)
    with pytest.raises(StoreError, match="changed elsewhere"):
        apply(project, [RemoveSpan(stale)])
    assert rows(project, doc) == spans  # nothing written


def test_allowed_changes_still_go_through(setup) -> None:  # noqa: ANN001
    project, doc = setup
    spans = rows(project, doc)
    free = SpanRow(10_000, new_uid(), doc, "alice", 2_150, 2_152, "ORG", TEXT[2_150:2_152])
    apply(project, [AddSpan(free)])
    # a directive may contain entities
    sentence = SpanRow(10_001, new_uid(), doc, "alice", spans[-2].start, spans[-2].start + 10,
                       "DIRECTIVE", TEXT[spans[-2].start : spans[-2].start + 10])  # fmt: skip
    apply(project, [AddSpan(sentence)])
    # a span moved to where a removed one was, in one change
    person = spans[-1]
    title = spans[-2]
    rel = next(
        r for r in project.store.current_relations({doc}, {"alice"}).values() if r.head == person.id
    )
    from civannot.store.ops import RemoveRelation

    apply(project, [RemoveRelation(rel), RemoveSpan(person), ChangeSpan(title, title.with_(
        end=person.end, text=TEXT[title.start : person.end]))])  # fmt: skip
    assert len(rows(project, doc)) == len(spans) + 2 - 1
